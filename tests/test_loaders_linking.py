"""Issued texts tied to the notices that issue them (r19, 2026-12-04): a text printed under a notice's
signature takes the notice's issuers and date once the notice's name for it is read.  Each text is
modelled on a source of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

PLAN_BODY = "第一章 总则\n第一条 为规范某某项目管理，制定本办法。\n第二条 本办法适用于全区某某项目。\n"


def _issued(text: str, title: str):
    docs = parse_text(text, "page.txt").documents
    return next(d for d in docs if d.title == title)


def test_an_untitled_notice_issues_the_text_named_after_what_it_rests_on():
    """按照《A》(…)《B》(…)要求，为…，现将《X》印发你们 — the sentence opens with what it rests on; 现将 after a comma
    starts the transmitting clause (彭山 h126, the notice untitled: the page begins with its addressees)."""
    text = (
        "各镇人民政府，区级相关部门：\n"
        "按照《某某省项目管理办法实施细则》（某农函〔2019〕9号）《某某市项目管理办法》（某农函〔2020〕1号）要求，"
        "为进一步规范我区项目管理，现将《某某市某某区项目管理实施办法》印发你们，请遵照执行。\n"
        "某某市某某区人民政府办公室\n2021年11月23日\n某某市某某区项目管理实施办法\n" + PLAN_BODY
    )
    doc = _issued(text, "某某市某某区项目管理实施办法")
    assert doc.transmitted_by is not None
    assert doc.issuers == ("某某市某某区人民政府办公室",)
    assert str(doc.date) == "2021-11-23"


def test_a_notice_that_issues_now_before_the_quote_transmits_it():
    """…，某某、某某现联合印发《关于X的指导意见》，请认真贯彻执行 — the verb before the quote (最高人民法院 h153)."""
    text = (
        "关于办理某某案件若干问题的指导意见》的通知\n某发〔2024〕6号\n各省、自治区、直辖市某某厅：\n"
        "为依法惩治某某犯罪，结合工作实际，某某部、某某局现联合印发《关于办理某某案件若干问题的指导意见》，请认真贯彻执行。\n"
        "某某部\n某某局\n2024年2月28日\n某某部 某某局 关于办理某某案件若干问题的指导意见\n"
        "为依法惩治某某犯罪，根据有关规定，现就办理某某案件若干问题提出如下意见。\n一、总体要求\n"
    )
    doc = parse_text(text, "page.txt").documents[-1]  # (the page lost the title's head: …指导意见》的通知)
    assert doc.transmitted_by is not None
    assert str(doc.date) == "2024-02-28"


def test_a_title_naming_the_first_of_several_keeps_it_when_the_sentence_lost_its_quote():
    """关于印发A等五项制度的通知 over A》《B》《C》…五项制度已经…通过，现印发给你们 — the sentence lost A's opening 《, the
    title still names A: A, printed below, is issued by the notice (萍乡 h155)."""
    text = (
        "某某市人民政府办公室关于印发某某市河长制市级会议制度等三项制度的通知\n各县（区）人民政府：\n"
        "某某市河长制市级会议制度》《某某市河长制信息工作制度》《某某市河长制工作督办制度》三项制度已经市总河长会议审议通过，"
        "现印发给你们，请认真遵照执行。\n某某市人民政府办公室\n2019年5月15日\n（此件主动公开）\n"
        "某某市河长制市级会议制度\n一、为推进河长制工作，建立本制度。\n二、会议由总河长召集。\n"
    )
    doc = _issued(text, "某某市河长制市级会议制度")
    assert doc.transmitted_by is not None
    assert doc.issuers == ("某某市人民政府办公室",)


def test_a_forwarded_text_whose_issuers_are_listed_otherwise_is_the_one_forwarded():
    """转发《甲委、乙委关于X的意见》 over 甲委 乙委关于X的意见 — the notice and the text list the issuers with other
    separators: the text is the one forwarded (福建 h123)."""
    text = (
        "中共某某省委办公厅转发《省委某某委、省某某办关于深入开展某某建设的意见》的通知\n（某委办发〔2006〕8号）\n"
        "各市、县（区）党委：\n《省委某某委、省某某办关于深入开展某某建设的意见》已经省委同意，现转发你们，请认真贯彻执行。\n"
        "中共某某省委办公厅\n2006年4月3日\n省委某某委 省某某办关于深入开展某某建设的意见\n"
        "为认真贯彻中央精神，全面提升我省某某建设水平，现提出如下意见。\n一、总体要求\n"
    )
    doc = parse_text(text, "page.txt").documents[-1]
    assert doc.transmitted_by is not None


def test_a_text_the_sentence_issues_by_its_short_name_is_issued():
    """制定了《关于X的实施意见》和《关于X的行动计划》(以下简称《实施意见》和《行动计划》)…现将《实施意见》和《行动计划》
    印发你们 — the short names stand for the titles printed below (甘肃 h70)."""
    text = (
        "某某省人民政府办公厅印发关于促进某某消费的实施意见和行动计划的通知\n某政办发〔2020〕41号\n各市人民政府：\n"
        "为推动全省经济平稳发展，省政府研究制定了《关于促进某某消费的实施意见》和《关于促进某某消费的行动计划》"
        "（以下简称《实施意见》和《行动计划》）。现将《实施意见》和《行动计划》印发你们，请认真抓好贯彻落实。\n"
        "某某省人民政府办公厅\n2020年5月3日\n关于促进某某消费的实施意见\n"
        "为统筹推进经济社会发展各项工作，把被抑制的消费释放出来，提出以下意见。\n一、促进消费回补\n"
    )
    doc = _issued(text, "关于促进某某消费的实施意见")
    assert doc.transmitted_by is not None
    assert str(doc.date) == "2020-05-03"


def test_a_text_printed_right_below_under_a_word_longer_name_is_the_one_issued():
    """关于印发行政执法公示制度(试行)、…的通知 over 某县某局行政执法信息公示制度(试行) — the text right below the
    notice prints its name with a word put in (石泉 h77); a name further apart is not taken."""
    notice = (
        "某某县某某局关于印发行政执法公示制度（试行）、重大执法决定法制审核制度（试行）的通知\n局机关各股室：\n"
        "现将某某县某某局《行政执法公示制度（试行）》、《重大执法决定法制审核制度（试行）》印发给你们，请认真遵照执行。\n"
        "某某县某某局\n2020年4月28日\n"
    )
    for printed, issued in [("行政执法信息公示制度", True), ("行政执法监督检查与信息公示制度", False)]:
        title = f"某某县某某局{printed}（试行）"
        doc = _issued(notice + title + "\n" + PLAN_BODY.replace("办法", "制度"), title)
        assert (doc.transmitted_by is not None) is issued


def test_a_title_printed_under_the_notices_date_a_word_shorter_is_the_text_issued():
    """《实施某某纲要2014年重点工作任务安排》 over 实施某某纲要2014 / 重点工作任务安排 under the date — the text's title, printed
    over two lines without 年, is the one the notice issues (肇庆 h125); 某某安排解读, a word after the name, is not."""
    notice = (
        "某某市人民政府办公室关于印发《实施某某纲要2014年重点工作任务安排》的通知\n某府办〔2014〕9号\n各县（市、区）人民政府：\n"
        "《实施某某纲要2014年重点工作任务安排》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n"
        "某某市人民政府办公室\n2014年6月27日\n"
    )
    body = "根据市委、市政府工作部署，现就2014年重点工作任务作如下安排。\n一、开拓创新，加大改革攻坚力度\n"
    docs = parse_text(notice + "实施某某纲要2014\n重点工作任务安排\n" + body, "page.txt").documents
    assert [(d.title, d.transmitted_by) for d in docs[1:]] == [("实施某某纲要2014重点工作任务安排", 0)]
    docs = parse_text(notice + "实施某某纲要2014年重点工作任务安排解读\n" + body, "page.txt").documents
    assert all(d.transmitted_by is None for d in docs)
