"""Attachments and further texts printed under a notice are documents of their own (r1-attachments): a rule or a
plan printed as the annex of an issued text (h135 白银, h137 广州), the texts a notice's sentence names after its
seventh line (h141 吉林), and a 《X》 of the notice's sentence broken over lines, which is no heading (h135 北京).
Each text is modelled on its source's form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

NOTICE = "某某市人民政府关于印发《某某市招商引资优惠政策二十条》的通知"


def _issued_text_with_annex(annex_title: str, first_line: str) -> str:
    """(h135 白银) the notice, the text it issues, that text's 附件 line, then 附件 / the annex's title / its text."""
    return (
        f"{NOTICE}\n各县、区人民政府，市政府各部门：\n"
        "《某某市招商引资优惠政策二十条》已经市政府常务会议审议通过，现印发给你们，请认真贯彻落实。\n"
        "某某市人民政府\n2023年3月31日\n（此件公开发布）\n"
        "某某市招商引资优惠政策二十条\n第一章总则\n第一条为进一步加大招商引资力度，制定本政策。\n"
        "第二条政策支持的招商引资项目须符合国家产业政策。\n第二十条本政策自发布之日起实施。\n"
        f"附件：{annex_title}\n附件\n{annex_title}\n{first_line}\n"
        "第一条申请\n投资项目符合本政策规定条件的申请人，每年12月底前提出书面申请。\n第二条审核\n"
    )


def test_a_rule_printed_as_the_annex_of_an_issued_text_is_issued_by_the_notice():
    """(h135 白银, the annex) 附件：X / 附件 / X / 根据《…》，制定本细则: a document, transmitted by the notice that
    issues the text carrying it, with the notice's issuer and date."""
    text = _issued_text_with_annex(
        "某某市招商引资项目奖补细则", "根据《某某市招商引资优惠政策二十条》，制定本实施细则。"
    )
    docs = parse_text(text, "page.txt").documents
    annex = next(d for d in docs if d.title == "某某市招商引资项目奖补细则")
    assert annex.source_line == text.splitlines().index("附件") + 2
    assert docs[annex.transmitted_by].title == NOTICE
    assert annex.issuers == ("某某市人民政府",)
    assert annex.date == "2023-03-31"


@pytest.mark.parametrize(
    "annex_title, first_line",
    [
        ("某某市招商引资项目奖励申请表", "申请单位（盖章）"),  # a form (h33 convention)
        ("某某市招商引资项目评价细则", "评价项目\t评价要素\t分值"),  # a scoring table (平顶山's 评价细则)
        ("某某市招商引资项目评价细则", "评价项目"),  # its cells one a line
        ("某某市招商引资工作方案（模板）", "一、总体要求"),  # a template's headings (开封)
    ],
)
def test_a_form_a_table_or_a_template_printed_as_an_annex_stays_part_of_the_text(annex_title, first_line):
    """附件 / its title / cells or headings, no sentence: the annex is no text of its own, no document."""
    text = _issued_text_with_annex(annex_title, first_line).replace("\n第一条申请\n", "\n1、指导思想\n")
    assert [d.title for d in parse_text(text, "page.txt").documents] == [NOTICE, "某某市招商引资优惠政策二十条"]


def test_a_list_under_an_annex_title_is_no_text_of_its_own():
    """附件1 / 某某市决定废止的规章 / 一、某某市X实施办法 / （its history note）: a list of what a decision repeals (the
    repeal lists of h30 河北) — its first item reads as a title's end, but no sentence opens the text under it."""
    text = _issued_text_with_annex("某某市人民政府决定废止的市政府规章", "一、某某市耕地占用税实施办法")
    text = text.replace("\n第一条申请\n", "\n(1987年10月27日某某市人民政府发布)\n二、某某市盐业管理实施办法\n")
    assert [d.title for d in parse_text(text, "page.txt").documents] == [NOTICE, "某某市招商引资优惠政策二十条"]


def test_an_annex_title_ends_before_a_sentence_that_opens_a_quote_on_its_line():
    """(h137 广州, the 任务分工方案) X / 根据《某省人民政府办公厅关于印发某某行动方案 / 的通知》（…号）制定…如下：
    the line under the title cuts a quoted title before its 的通知: a sentence, no part of the title (the 附件 line
    above, broken over two lines, names it only in part)."""
    title = "某某市贯彻落实《某省金融支持经济高质量发展行动方案》任务分工方案"
    text = _issued_text_with_annex(title, "根据《某省人民政府办公厅关于印发某省金融支持经济高质量发展行动方案")
    text = text.replace("\n第一条申请\n", "\n的通知》（某办函〔2023〕35号）制定市级落实分工方案如下：\n第一条申请\n")
    text = text.replace(f"附件：{title}\n", f"附件：{title[:-1]}\n{title[-1]}\n")  # the list line broken too
    annex = [d for d in parse_text(text, "page.txt").documents if "分工方案" in d.title]
    assert [d.title for d in annex] == [title]


def test_the_texts_named_by_a_sentence_that_starts_late_are_split_off():
    """(h141 吉林) …4个建设工程实施方案的通知, the addressees over two lines, the sentence cut at every comma
    (为… / … / 经省政府同意，现将《A》 / 《B》印发给你们) so that 《A》 stands past the notice's sixth line: A and B
    printed below are the notice's texts, with its issuer and date."""
    a, b = "某某省高效便利政务环境建设工程实施方案", "某某省公平公正法治环境建设工程实施方案"
    notice = "某某省人民政府办公厅关于印发某某省高效便利政务环境、公平公正法治环境2个建设工程实施方案的通知"
    opening = "\n".join(
        ["为全面贯彻落实党的二十大精神，", "全力确保", "党中央、国务院决策部署落实到位，", "对标国际国内先进一流，"]
        + ["努力打造市", "场化法治化国际化营商环境，"]
    )
    plan = "\n".join(["为深入贯彻落实党中央、", "国务院关于优化营商环境的决策部署，", "结合我省实际，制定本方案。"])
    body = "\n".join(
        ["一、总体要求", "（一）指导思想。坚持以人民为中心。", "（二）工作目标。到2023年底，政务服务全面提升。"]
    )
    text = (
        f"{notice}\n某政办发〔2023〕2号\n各市（州）人民政府，\n省政府各厅委办、各直属机构：\n{opening}\n"
        f"经省政府同意，现将《{a}》\n《{b}》印发给你们，请认真贯彻落实。\n某某省人民政府办公厅\n2023年1月19日\n"
        f"（此件公开发布）\n{a}\n{plan}\n{body}\n{b}\n{plan}\n{body}\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [notice, a, b]
    assert all(docs[d.transmitted_by].title == notice for d in docs[1:])
    assert all(d.issuers == ("某某省人民政府办公厅",) and d.date == "2023-01-19" for d in docs[1:])


BROKEN_SENTENCE = (
    "1. 某某市交通委员会关于印发《某某市交通委员会优化营商环境改革重点任务清单》的通知\n委各相关单位:\n现将\n"
    "《某某市交通委员会优化营商环境改革重点任务清单》\n印\n发给你们，请严密组织，认真落实。明确要求如下：\n"
    "一、强化思想认识\n《某某市全面优化营商环境实施方案》（某政办发〔2023〕8号）是市委、市政府的重要部署。\n"
    "二、加强宣传培训\n各单位要切实重视改革宣传工作。\n特此通知。\n某某市交通委员会\n2023年5月12日\n"
)


def test_a_quote_of_the_notices_sentence_broken_over_lines_is_no_heading():
    """(h135 北京) 现将 / 《X》 / 印 / 发给你们: the line holding only 《X》 is the sentence's, not X's heading; the
    notice keeps its text and what it cites."""
    docs = parse_text(BROKEN_SENTENCE, "page.txt").documents
    assert len(docs) == 1
    assert any(r.doc_number and str(r.doc_number) == "某政办发〔2023〕8号" for r in docs[0].references)


def test_a_title_under_the_attachment_line_with_no_text_before_the_next_document_is_only_named():
    """(h135 北京) 附件：X / X, then the compilation's next entry: X's table was not printed, no document."""
    text = (
        BROKEN_SENTENCE
        + "附件：某某市交通委员会优化营商环境改革重点任务清单\n某某市交通委员会优化营商环境改革重点任务清单\n"
        + "2. 某某市市场监督管理局关于做好年度报告工作的通知\n某市监发〔2023〕15号\n各区市场监管局：\n"
        + "现就有关事项通知如下。\n某某市市场监督管理局\n2023年4月25日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.source_line for d in docs] == [1, text.splitlines().index("某市监发〔2023〕15号")]
