"""Document fields of the unseen set, twelfth round (2026-12-05, r115): dates, numbers and issuers.  Each text
is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_town_party_committee_and_its_government_in_the_title_are_two_issuers():
    # 中共城关镇委员会 城关镇人民政府关于印发…的通知 (h68 城关镇): a town's party committee and its government,
    # a space between them in the title, are two bodies (the town repeated starts the second), not one name
    text = (
        "中共乙丙镇委员会 乙丙镇人民政府关于印发乙丙镇应急预案的通知\n\n各村：\n"
        "现将《乙丙镇应急预案》印发给你们，请认真执行。\n\n2024年5月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("中共乙丙镇委员会", "乙丙镇人民政府")


def test_a_forwarded_text_takes_no_date_from_the_notices_printing_note():
    # 某区某局转发《X》的通知 / signature / date / X's articles / 某区某局办公室 2024年6月25日印发 (shanghai 杨浦
    # 规划公示规定): the printing note at the file's foot is the forwarding notice's, not the forwarded text's date
    text = (
        "甲区交通管理局转发《乙市道路占用管理规定》的通知\n\n局属各部门：\n\n"
        "现将《乙市道路占用管理规定》转发你们，请遵照执行。\n\n乙市甲区交通管理局\n\n2024年6月20日\n\n"
        "乙市道路占用管理规定\n\n第一条 为了加强道路管理，制定本规定。\n\n第二条 本规定自2024年7月1日起施行。\n\n"
        "甲区交通管理局办公室\n\n2024年6月25日印发\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.date for d in docs] == ["2024-06-20", None]


def test_a_number_line_under_an_empty_source_label_and_font_buttons_is_read():
    # title / 2019-03-18 00:00 / 来源： / Aa / 字体： / 小 / | / 中 / | / 大 / 华北监能市场〔2019〕117号 (h85 华北): the source
    # label's value is lost (a script fills it); the number line under the font buttons is the text's, not that value
    text = (
        "某某监管局关于延长某某市场运行时间的通知\n2019-03-18 00:00\n来源：\nAa\n字体：\n小\n|\n中\n|\n大\n"
        "某监市场〔2019〕117号\n某某公司：\n经研究，现就有关事项通知如下。\n\n某某监管局\n2019年3月15日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "某监市场〔2019〕117号"


def test_an_undated_amending_decision_takes_day_and_order_from_the_rule_s_note_below():
    # # 某市人民政府关于修改《某市X办法》的决定 (a Markdown page's heading) / its items, unsigned / 某市X办法 /
    # （…根据2012年12月26日某市人民政府令第98号公布的《某市人民政府关于修改〈某市X办法〉的决定》修正并重新公布）
    # (shanghai 餐厨): the rule's note dates and numbers the decision above it, which prints neither
    text = (
        "# 某市人民政府关于修改《某市道路保洁管理办法》的决定\n\n"
        "市人民政府决定，对《某市道路保洁管理办法》作如下修改：\n一、第二条修改为：本办法适用于本市道路。\n"
        "本决定自2013年3月1日起施行。《某市道路保洁管理办法》根据本决定作相应修改和调整后，重新公布。\n\n"
        "某市道路保洁管理办法\n"
        "（2005年1月13日某市人民政府令第45号发布，根据2012年12月26日某市人民政府令第98号公布的"
        "《某市人民政府关于修改〈某市道路保洁管理办法〉的决定》修正并重新公布）\n"
        "第一条 为了加强道路保洁管理，制定本办法。\n第二条 本办法适用于本市道路。\n"
    )
    decision = parse_text(text, "page.md").documents[0]
    assert (str(decision.doc_number), decision.date) == ("某市人民政府令第98号", "2012-12-26")


def test_a_signature_below_the_attachment_list_dates_the_notice():
    # …现印发给你们，请遵照执行。 / 附件： / X办法 / 国家能源局 / 二〇一二年四月十七日 (h64 国家能源局): the attachment's name
    # reads as the title of an issued text that prints only the signature — the notice's signature, its date the notice's
    text = (
        "国家能源局关于印发某某项目验收管理办法的通知\n某局发〔2012〕119号\n各省（区、市）某某主管部门：\n"
        "为规范某某项目验收工作，我局制定了《某某项目验收管理办法》，现印发给你们，请遵照执行。\n"
        "附件：\n某某项目验收管理办法\n国家能源局\n二〇一二年四月十七日\n"
    )
    notice = parse_text(text, "page.txt").documents[0]
    assert notice.date == "2012-04-17"


def test_a_number_run_on_into_the_addressees_is_the_text_s_number():
    # 仁府办发〔2017〕27号 各镇乡人民政府,县级各部门:《X》已经县政府同意,现印发你们… (h84 仁寿): the number, the addressees
    # and the text on one line (a page that lost its line breaks) — the number is the notice's own, not a citation
    text = (
        "甲县人民政府办公室关于印发甲县森林防火应急预案的通知\n"
        "甲府办发〔2017〕27号 各乡镇人民政府,县级各部门:《甲县森林防火应急预案》已经县政府同意,现印发你们,请认真贯彻实施。\n"
        "甲县人民政府办公室\n2017年3月31日\n"
    )
    notice = parse_text(text, "page.txt").documents[0]
    assert str(notice.doc_number) == "甲府办发〔2017〕27号"


def test_an_untitled_passing_sentence_under_the_number_dates_an_unsigned_interpretation():
    # 法释〔2002〕21号 / 经2002年6月4日由最高人民法院审判委员会第1224次会议通过。现予公布，自…起施行。 (cee 最高法): the
    # sentence names no title; the numbered text signs nowhere, so it is dated by the day it was passed
    text = (
        "最高人民法院关于审理某某案件若干问题的规定\n法释〔2002〕21号\n"
        "经2002年6月4日由最高人民法院审判委员会第1224次会议通过。现予公布，自2002年10月1日起施行。\n"
        "第一条 为准确审理某某案件，制定本规定。\n第二条 本规定自2002年10月1日起施行。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2002-06-04"
