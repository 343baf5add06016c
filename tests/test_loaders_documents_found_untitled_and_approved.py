"""Documents the segmenter used to miss (r55): an approved rule printed right under its approval's one-sentence body,
and a short untitled text that is still signed and dated or opens with its passing note.  Each text is modelled
on a failing source of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.vocab import Role

# 关于批准《X》的决定 / its passing note / its one sentence / X / X's passing note (h94 广州, h139 杭州)
APPROVAL_AND_RULE_HEAD = (
    "某某省人民代表大会常务委员会关于批准《某某市养犬管理规定》的决定\n"
    "（2024年11月28日某某省第十四届人民代表大会常务委员会第十三次会议通过）\n"
    "某某省第十四届人民代表大会常务委员会第十三次会议审查了某某市人民代表大会常务委员会报请批准的"
    "《某某市养犬管理规定》，该规定与宪法、法律不抵触，决定予以批准，由某某市人民代表大会常务委员会公布施行。\n"
    "某某市养犬管理规定\n"
    "（2024年9月27日某某市第十六届人民代表大会常务委员会第三十一次会议通过　"
    "2024年11月28日某某省第十四届人民代表大会常务委员会第十三次会议批准）\n"
)


def test_an_approved_rule_under_the_approvals_one_sentence_body_is_its_own_document():
    """(h94 广州, h139 杭州) 关于批准《X》的决定 / (…通过) / one sentence …决定予以批准。 / X / (…通过 …批准): the
    rule's title is a new document's, not the approval's header reached again."""
    text = (
        APPROVAL_AND_RULE_HEAD
        + "第一条　为了规范养犬行为，根据《中华人民共和国动物防疫法》，结合本市实际，制定本规定。\n"
        "第二条　本市行政区域内的养犬管理，适用本规定。\n"
    )
    docs = parse_text(text, "approval.txt").documents
    assert [(d.source_line, d.title) for d in docs] == [
        (1, "某某省人民代表大会常务委员会关于批准《某某市养犬管理规定》的决定"),
        (4, "某某市养犬管理规定"),
    ]
    assert [r.title for r in docs[1].references] == ["中华人民共和国动物防疫法"]


def test_a_short_untitled_notice_signed_and_dated_is_a_document():
    """(h59 陕西) a gazette's slogan, the addressees, one sentence publishing a list, the signature and its date —
    under 200 characters, no title: still the notice (its list, 《X》已经省政府同意，现予以公布, is what it issues)."""
    text = (
        "传达指令 指导工作 公开政务 服务社会\n"
        "各市、县人民政府，省人民政府各工作部门：\n"
        "《某某省重点保护动物名录》（第一批修订）已经省政府同意，现予以公布。请按照《中华人民共和国野生动物保护法》做好保护。\n"
        "某某省人民政府\n"
        "二○○九年十二月二十一日\n"
    )
    docs = parse_text(text, "list.txt").documents
    assert len(docs) == 1 and docs[0].issuers == ("某某省人民政府",) and str(docs[0].date) == "2009-12-21"
    roles = {r.title: r.role for r in docs[0].references}
    assert roles == {"中华人民共和国野生动物保护法": Role.BASED_ON, "某某省重点保护动物名录": Role.TRANSMITS}


def test_a_short_untitled_decision_under_its_passing_note_is_a_document():
    """(h113 河南) (date…常务委员会第十七次会议通过) / one sentence deciding: the decision, untitled."""
    text = (
        "（2015年11月26日某某省第十二届人民代表大会常务委员会第十七次会议通过）\n"
        "某某省第十二届人民代表大会常务委员会第十七次会议决定：某某省第十二届人民代表大会第五次会议于2016年1月20日召开。\n"
    )
    docs = parse_text(text, "decision.txt").documents
    assert len(docs) == 1 and docs[0].source_line == 1 and str(docs[0].date) == "2015-11-26"


def test_an_approved_rule_is_dated_by_the_announcement_signed_over_its_approval():
    """(h94 广州) 公告 / …通过的《X》，业经…批准，现予公布。/ 常务委员会 / date, then the approval and X: X's date is
    the announcement's, not the approval's in X's passing note."""
    text = (
        "某某市第十六届人民代表大会常务委员会\n公告\n（第50号）\n"
        "某某市第十六届人民代表大会常务委员会第三十一次会议于2024年9月27日通过的《某某市养犬管理规定》，"
        "业经某某省第十四届人民代表大会常务委员会第十三次会议于2024年11月28日批准，现予公布，自2025年3月1日起施行。\n"
        "某某市人民代表大会常务委员会\n2024年12月5日\n"
        + APPROVAL_AND_RULE_HEAD
        + "第一条　为了规范养犬行为，结合本市实际，制定本规定。\n"
    )
    docs = parse_text(text, "announced.txt").documents
    rule = next(d for d in docs if d.title == "某某市养犬管理规定")
    assert str(rule.date) == "2024-12-05"


def test_a_records_title_row_naming_the_text_printed_below_is_the_notice():
    """(h52 青海, a law database's record) 发文标题: 某省财政厅关于印发《X》的通知 / 发文文号 / 发文部门 / 发文时间 over the
    notice's body (no title line) and X under 附件: — the notice is a document of its own, X transmitted by it."""
    text = (
        "首页 > 会计法规 >\n"
        "发文标题: 某某省财政厅关于印发《某某省财政总预算会计工作规程》的通知\n"
        "发文文号: 某财库字[2011]1673号\n"
        "发文部门: 某某省财政厅\n"
        "发文时间: 2011-9-13\n"
        "阅读人次: 3170\n"
        "发文内容:\n"
        "各州(地、市)、县财政局:\n"
        "为加强财政总预算会计基础工作，提高会计工作水平，我厅制定了规程，现印发给你们，请遵照执行。\n"
        "附件:某某省财政总预算会计工作规程\n"
        "二〇一一年九月十三日\n"
        "附件:\n"
        "某某省财政总预算会计工作规程\n"
        "第一章 总 则\n"
        "第一条 为进一步规范财政总预算会计基础工作，根据《财政总预算会计制度》，制定本规程。\n"
        "第二条 本规程适用于全省各级财政部门。\n"
    )
    docs = parse_text(text, "record.txt").documents
    assert [(d.source_line, d.title, d.transmitted_by) for d in docs] == [
        (2, "某某省财政厅关于印发《某某省财政总预算会计工作规程》的通知", None),
        (13, "某某省财政总预算会计工作规程", 0),
    ]
    assert docs[1].issuers == ("某某省财政厅",) and str(docs[1].date) == "2011-09-13"
