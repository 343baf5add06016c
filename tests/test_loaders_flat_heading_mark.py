"""A crawl that stored each Markdown page run together on one line (flat layout): the page opens with its heading's
mark (#江州市X关于…的通知江州市X关于…的通知江建〔2023〕11号各有关单位：…), and the title starts right after it."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

TITLE = "江州市住房和城乡建设管理委员会关于延长《江州市建筑垃圾运输管理规定》有效期的通知"
PAGE = (
    f"#{TITLE}{TITLE}江建〔2023〕11号各有关单位：根据《江州市行政规范性文件管理规定》，经研究，决定将《江州市建筑垃圾"
    "运输管理规定》有效期延长至2028年6月30日。特此通知。江州市住房和城乡建设管理委员会2023年6月20日"
)
OTHER = (
    "江州市财政局关于做好2023年部门预算编制工作的通知江财预〔2023〕5号各区财政局，市级各部门：为做好2023年部门预算编制"
    "工作，根据《中华人民共和国预算法》，现就有关事项通知如下。一、严格预算编制。二、加强绩效管理。江州市财政局2023年1月10日"
)


def test_a_flat_page_opening_with_a_heading_mark_keeps_its_title():
    docs = parse_text(OTHER + "\n" + PAGE + "\n", "flat.txt").documents
    titles = [d.title for d in docs]
    assert TITLE in titles
    doc = docs[titles.index(TITLE)]
    assert str(doc.doc_number) == "江建〔2023〕11号"
    assert doc.date == "2023-06-20"
