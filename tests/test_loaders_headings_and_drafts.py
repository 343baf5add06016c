"""Documents the labelled set missed (r67): a heading printed on one line (date, 《title》, number) over
addressees, an untitled consultation notice behind a news site's lead over the draft it puts out for comment.
Each text is modelled on the failing one, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_heading_printed_on_one_line_over_addressees_is_the_documents_own():
    """2010.10.13《…的通知》某办发〔2010〕309号 / 各…: (h159 银监会 on an essay site): the date, the title without its
    book marks and the number of the notice itself, not three citations."""
    text = (
        "第一篇:某监办法[2011]57号\n"
        "2011.3.8《某某监管委员会办公厅关于做好下一阶段某某贷款清理工作的通知》某监办发〔2011〕57号\n"
        "各监管局,各政策性银行、国有商业银行:\n"
        "为全面落实《关于某某贷款清理工作的通知》(某监办发〔2010〕244号)工作安排,现将有关事项通知如下:\n"
        "一、按法人原则落实台账管理。各银行应分别建立台账。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    d = docs[0]
    assert (d.title, str(d.doc_number), d.date, d.source_line) == (
        "某某监管委员会办公厅关于做好下一阶段某某贷款清理工作的通知",
        "某监办发〔2011〕57号",
        "2011-03-08",
        2,
    )
    assert [(r.role, r.title) for r in d.references] == [("IMPLEMENTS", "关于某某贷款清理工作的通知")]


def test_a_listed_heading_without_addressees_under_it_stays_a_citation():
    """The same one-line form in a list of texts (no addressees under it) is no heading."""
    text = (
        "近期文件:\n"
        "2011.3.8《某某监管委员会办公厅关于做好某某贷款清理工作的通知》某监办发〔2011〕57号\n"
        "2011.4.9《某某监管委员会办公厅关于做好某某风险排查工作的通知》某监办发〔2011〕66号\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert "某某监管委员会办公厅关于做好某某贷款清理工作的通知" not in titles


def test_a_consultation_notice_behind_a_news_lead_is_a_document_of_its_own():
    """某行3月2日消息:…某某银行起草了《X（征求意见稿）》,现向社会公开征求意见 / channels / deadline / X printed (h159
    人民银行 on a news site): an untitled notice of its drafter, citing the draft, then the draft."""
    sentence = (
        "为进一步规范某某机构经营行为,某某银行起草了《某某银行某某权益保护办法(征求意见稿)》,现向社会公开征求意见。"
        "公众可以通过以下途径和方式提出意见:"
    )
    text = (
        f"某行3月2日消息:{sentence}\n{sentence}\n"
        "1.登陆某某银行网站(网址:http://www.example.gov.cn),进入“意见征集”栏目提出意见。\n"
        "2.通过电子邮件将意见发送至:yijian@example.gov.cn。\n"
        "意见反馈截止时间为:2021年4月2日。\n"
        "某某银行某某权益保护办法(征求意见稿)\n"
        "第一章 总则\n"
        "第一条 为了保护某某消费者合法权益,根据《中华人民共和国某某银行法》,制定本办法。\n"
        "第二条 本办法适用于某某机构。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 2
    notice, draft = docs
    assert (notice.title_printed, notice.source_line) == (False, 1)
    assert [(r.role, r.title) for r in notice.references] == [("CITES", "某某银行某某权益保护办法（征求意见稿）")]
    assert draft.title == "某某银行某某权益保护办法（征求意见稿）"
    assert [(r.role, r.title) for r in draft.references] == [("BASED_ON", "中华人民共和国某某银行法")]
