"""One document printed in two files (two sites' copies of a notice, a compilation reprinting a gazette's text)
is one node that keeps every place it is printed; a portal's 废止日期 label repeals nothing."""

from __future__ import annotations

from policykg import build_graph
from policykg.loaders.parse import parse_text

from factories import write_file

NOTICE = (
    "甲市人民政府办公室关于印发甲市乙项工作方案的通知\n\n甲政办发〔2024〕7号\n\n各县（区）人民政府：\n\n"
    "现将《甲市乙项工作方案》印发给你们，请认真贯彻执行。\n\n甲市人民政府办公室\n\n2024年3月5日\n"
)
PAGE_COPY = "首页 > 政务公开 > 文件\n\n" + NOTICE + "\n打印本页 关闭窗口\n"


def test_a_notice_printed_in_two_files_is_one_node_listing_the_second_copy(tmp_path):
    first = write_file(tmp_path, "a.txt", NOTICE)
    second = write_file(tmp_path, "b.txt", PAGE_COPY)
    G = build_graph([first, second], as_of="2025-01-01", jobs=1)
    nodes = [
        a for _, a in G.nodes(data=True) if a["label"] == "Document" and a.get("doc_number") == "甲政办发〔2024〕7号"
    ]
    assert len(nodes) == 1
    node = nodes[0]
    assert node["source_file"].endswith("a.txt") and node["source_line"] == 1
    assert [w.rsplit("/", 1)[-1] for w in node["printed_also_in"]] == ["b.txt:3"]


def test_a_document_in_one_file_only_has_no_other_copies(tmp_path):
    G = build_graph([write_file(tmp_path, "a.txt", NOTICE)], as_of="2025-01-01", jobs=1)
    assert all("printed_also_in" not in a for _, a in G.nodes(data=True))


def test_a_portal_repeal_date_label_run_into_the_title_repeals_nothing():
    # 信息分类 政府办文件;区域规划 废止日期 / 概述 甲市…关于印发《X》的通知 — a metadata table whose empty 废止日期 field
    # stands before the row repeating the page's title (呼和浩特 h164)
    text = (
        "当前位置:首页>>政务公开>>政府信息公开目录\n标题 甲市人民政府办公室\n关于印发《甲市丙项\n工作实施方案》的通知\n"
        "成文日期 2019-10-25\n索引号 000201320/2019-00264 发文字号 公开日期 2019-10-30\n"
        "发文机构 市人民政府办公室 信息分类 政府办文件;区域规划 废止日期\n概述 甲市人民政府办公室\n"
        "关于印发《甲市丙项\n工作实施方案》的通知\n有效性\n\n甲市人民政府办公室\n关于印发《甲市丙项\n工作实施方案》的通知\n\n"
        "发布日期:2019-10-30 14:48\n字体:[|] \n\n \n\n各旗、县、区人民政府,市各相关委、办、局:\n\n"
        "《甲市丙项工作实施方案》已经甲市人民政府2019年第18次常务会议审议通过,现印发给你们,请认真贯彻落实。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert docs and all(r.role != "SUPERSEDES" for d in docs for r in d.references)


def test_the_tooltip_of_a_document_printed_twice_names_both_files(tmp_path):
    from policykg.viz.views import doc_tooltip

    G = build_graph(
        [write_file(tmp_path, "a.txt", NOTICE), write_file(tmp_path, "b.txt", PAGE_COPY)], as_of="2025-01-01", jobs=1
    )
    node = next(n for n, a in G.nodes(data=True) if a.get("doc_number") == "甲政办发〔2024〕7号")
    tip = doc_tooltip(G, node)
    assert "a.txt:1" in tip and "另见 also in: " in tip and "b.txt:3" in tip
