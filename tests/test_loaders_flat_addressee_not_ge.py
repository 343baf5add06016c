"""A crawl that stored each page run together on one line (flat layout), a notice or reply whose title runs straight
into an addressee that does not open with 各 — one body (市应急管理局：你局《…的请示》收悉) or a list of
bodies (镇人民政府、街道办事处，区政府各部门：为…) — up to its colon: the title, the addressee and the text read apart."""

from __future__ import annotations

from policykg.loaders.flat import _title_addressee
from policykg.loaders.parse import parse_text

OTHER = (
    "江州市财政局关于做好2023年部门预算编制工作的通知江财预〔2023〕5号各区财政局，市级各部门：为做好2023年部门预算编制"
    "工作，根据《中华人民共和国预算法》，现就有关事项通知如下。一、严格预算编制。二、加强绩效管理。江州市财政局2023年1月10日"
)
REPLY_TITLE = "江州市人民政府办公厅关于同意修订后的《江州市地下空间突发事件应急预案》的通知"
REPLY = (
    f"{REPLY_TITLE}市应急管理局：你局《关于修订江州市地下空间突发事件应急预案的请示》收悉。经市政府研究，同意你们修订的《江州市地下空间突发事件"
    "应急预案》，由你们印发并组织实施。江州市人民政府办公厅2023年2月15日"
)
NOTICE_TITLE = "关于印发《北塘街道加强独居老人消防安全工作实施方案》的通知"
NOTICE = (
    f"{NOTICE_TITLE}镇人民政府、街道办事处，区政府各部门：为贯彻落实《江州区加强独居老人消防安全工作实施方案》，街道消委办"
    "拟定了工作方案，现印发给你们，请认真贯彻执行。江州市江州区北塘街道办事处2022年8月3日"
)


def test_a_flat_title_run_into_an_addressee_not_opening_with_ge_starts_its_document():
    docs = parse_text("\n".join([OTHER, REPLY, NOTICE]) + "\n", "flat.txt").documents
    titles = [d.title for d in docs]
    assert REPLY_TITLE in titles and NOTICE_TITLE in titles
    reply = docs[titles.index(REPLY_TITLE)]
    assert reply.date == "2023-02-15"
    assert docs[titles.index(NOTICE_TITLE)].date == "2022-08-03"


def test_an_addressee_list_or_a_page_label_is_no_title_run_into_an_addressee():
    # (各省、…、计划单列市…： is an addressee list cut at an inner 计划; 来源： a page's label)
    assert _title_addressee("各省、自治区、直辖市、计划单列市体育行政部门：为贯彻落实…") is None
    assert _title_addressee("关于做好乙工作的通知来源：市财政局2019-06-24为…") is None
    # (a title's inner 办法 is no title's end: the addressee holds no 的)
    assert _title_addressee("关于印发甲办法等文件的通知各市人民政府：现将《甲办法》印发给你们") == [
        "关于印发甲办法等文件的通知",
        "各市人民政府：",
        "现将《甲办法》印发给你们",
    ]
