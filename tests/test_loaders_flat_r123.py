"""Flat layout, r123 (2026-12-05): texts whose line breaks are gone (a crawl storing each page as one line).  Each
text is modelled on a failing part of the robustness bench's flat layout, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# the text's body after its head, long enough for a page stored as one line
BODY = "一、加强组织领导。各地要高度重视，明确责任分工，抓好工作落实。" * 6 + "甲省人民政府办公厅2024年3月8日"


def test_a_page_number_and_quoted_heading_before_the_title_and_number_open_the_document():
    # 京政办发〔2016〕26号《X关于印发〈Y〉的通知》《X关于印发〈Y〉的通知》京政办发〔2016〕26号京政办发〔2016〕26号各区…： (h27 北京,
    # one page a line, no spaces): the page's number and its heading in 《》 (the title holding 〈〉 of its own, so the
    # head does not read as a number run into a title) run on before the title, quoted too, and the number again
    text = (
        "甲政办发〔2024〕3号《甲省人民政府办公厅关于印发〈甲省乙工作要点〉的通知》"
        "《甲省人民政府办公厅关于印发〈甲省乙工作要点〉的通知》甲政办发〔2024〕3号甲政办发〔2024〕3号"
        "各市人民政府，省政府各部门：《甲省乙工作要点》已经省政府同意，现印发给你们，请认真贯彻落实。" + BODY + "\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (
        "甲省人民政府办公厅关于印发〈甲省乙工作要点〉的通知",
        "甲政办发〔2024〕3号",
    )


def test_a_quoted_heading_run_into_the_title_and_its_first_words_keeps_the_page_number():
    # 法发〔2015〕13号《X的若干意见》X的若干意见为贯彻… (h79 最高人民法院): no number printed again under the title; the
    # page's number is the text's
    text = (
        "甲发〔2024〕5号《甲省高级法院关于完善乙工作机制的若干意见》甲省高级法院关于完善乙工作机制的若干意见"
        "为贯彻有关改革部署，完善乙工作机制，结合工作实际，制定本意见。" + BODY + "\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("甲省高级法院关于完善乙工作机制的若干意见", "甲发〔2024〕5号")


def test_a_quoted_heading_on_a_page_stored_with_spaces_is_not_read_as_the_titles_first_line():
    # 苏政办发〔2019〕23号《X的通知》X的通知 苏政办发〔2019〕23号 各市…： (h35 江苏 / h27 山东 / h91 广电总局, pages stored
    # one a line with spaces, the first spaces gone): the quoted heading is the page's, the title is read alone
    page = (
        "甲政办发〔2024〕7号《甲省人民政府办公厅关于印发甲省丙实施方案的通知》甲省人民政府办公厅关于印发甲省丙实施方案的通知 "
        "甲政办发〔2024〕7号 各市、县人民政府，省各委办厅局： 《甲省丙实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。 "
        "甲省人民政府办公厅 2024年2月28日 甲省丙实施方案 为贯彻落实有关部署，制定本方案。 "
        + "一、总体要求 各地要高度重视。 "
        * 24
    )
    others = [
        f"丁市人民政府关于做好第{n}批戊工作的通知 丁政发〔2024〕{n}号 各区人民政府： 为做好戊工作，现就有关事项通知如下。 "
        + "一、加强领导 各区要高度重视。 " * 24
        + "丁市人民政府 2024年3月1日"
        for n in (11, 12)
    ]
    text = "\n".join([others[0], page, others[1]]) + "\n"
    docs = [d for d in parse_text(text, "page.txt").documents if d.source_line == 2]
    assert [(d.title, str(d.doc_number)) for d in docs[:1]] == [
        ("甲省人民政府办公厅关于印发甲省丙实施方案的通知", "甲政办发〔2024〕7号")
    ]
