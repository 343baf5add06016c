"""The newest parts of the unseen set (h177 reposts outside portals, h180 national bodies, h181 long PDFs), what they
still missed (r163, 2026-12-06).  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.formats import extract_html
from policykg.loaders.parse import parse_text
from policykg.vocab import Role

# an order's page (number, promulgation sentence, date, publicity note), then the decision it promulgates, then the
# rule the decision amends printed again as amended (h181 重庆 令第361号)
DECREE_DECISION_REPUBLISHED = (
    "甲市人民政府令第 12 号\n"
    "《甲市人民政府关于修改〈甲市道路保洁管理办法〉的决定》已经 2023 年 5 月 8 日市人民\n"
    "政府第 9 次常务会议审议通过，现予公布，自公布之日起施行。\n"
    "2023 年 5 月 10 日\n"
    "（此件公开发布）\n"
    "- 1 -\n"
    "甲市人民政府\n"
    "关于修改《甲市道路保洁管理办法》的决定\n"
    "市政府决定对《甲市道路保洁管理办法》作如下修改：\n"
    "一、将第二条中的“城区”修改为“全市”。\n"
    "二、删去第五条。\n"
    "本决定自公布之日起施行。\n"
    "《甲市道路保洁管理办法》根据本决定作相应修改和调整后，重新公布。\n"
    "- 2 -\n"
    "甲市道路保洁管理办法\n"
    "第一条 为了加强道路保洁管理，根据《城市市容和环境卫生管理条例》，制定本办法。\n"
    "第二条 本办法适用于全市道路的保洁。\n"
    "第三条 本办法自 2011 年 1 月 28 日起施行。\n"
)


def test_a_decision_under_its_order_page_closed_by_a_publicity_note_is_found():
    # 令 / 《X》已经…通过，现予公布 / date / （此件公开发布） / X's title over two lines: the note closes the order's page,
    # the decision's title stands under it (it was lost with its number, date and AMENDS)
    docs = parse_text(DECREE_DECISION_REPUBLISHED, "page.txt").documents
    decision = docs[0]
    assert decision.title == "甲市人民政府关于修改《甲市道路保洁管理办法》的决定"
    assert (str(decision.doc_number), decision.date) == ("甲市人民政府令第12号", "2023-05-10")
    assert ("甲市道路保洁管理办法", Role.AMENDS) in {(r.title, r.role) for r in decision.references}


def test_rules_republished_after_their_amending_decision_take_the_decisions_day_and_issuer():
    # …根据本决定作相应修改和调整后，重新公布 / each rule printed whole on its own pages (h181 重庆, the 实施细则 with no
    # issuer or date): in force as amended on the decision's day, issued by the decision's issuer
    text = (
        "甲市人民政府关于修改《甲市道路保洁管理办法》和《甲市道路保洁收费实施细则》的决定\n"
        "市政府决定对《甲市道路保洁管理办法》和《甲市道路保洁收费实施细则》作如下修改：\n"
        "一、将《甲市道路保洁管理办法》第二条中的“城区”修改为“全市”。\n"
        "二、删去《甲市道路保洁收费实施细则》第五条。\n"
        "本决定自2023年5月10日起施行。\n"
        "《甲市道路保洁管理办法》和《甲市道路保洁收费实施细则》根据本决定作相应修改和调整后，重新公布。\n"
        "甲市人民政府\n2023年5月10日\n- 2 -\n"
        "甲市道路保洁管理办法\n为了加强道路保洁管理，根据《城市市容和环境卫生管理条例》，制定本办法。\n"
        "一、本办法适用于全市道路的保洁。\n二、本办法自2011年1月28日起施行。\n- 3 -\n"
        "甲市道路保洁收费实施细则\n第一章 总 则\n"
        "第一条 为规范道路保洁收费，依据《甲市道路保洁管理办法》，制定本实施细则。\n"
        "第二条 本实施细则自2011年1月28日起施行。\n"
    )
    rules = parse_text(text, "page.txt").documents[1:]
    assert [(d.title, d.date, d.issuers) for d in rules] == [
        ("甲市道路保洁管理办法", "2023-05-10", ("甲市人民政府",)),
        ("甲市道路保洁收费实施细则", "2023-05-10", ("甲市人民政府",)),
    ]


def test_running_heads_under_each_page_number_stay_out_of_the_issued_texts_title():
    # - N - / 甲市人民政府办公室发布 / 甲市人民政府办公室行政规范性文件 at each page's top, in the body's type (h181 重庆):
    # the heads are no part of the measures' title, which takes the notice's issuer and date
    page_head = "甲市人民政府办公室发布\n甲市人民政府办公室行政规范性文件\n"
    text = (
        "甲市人民政府办公室行政规范性文件\n"
        "甲市人民政府办公室关于\n印发《甲市促进消费若干措施》的通知\n甲府办发〔 2025 〕 7 号\n"
        "各区县人民政府，市政府各部门：\n《甲市促进消费若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "甲市人民政府办公室\n2025 年 7 月 1 日\n（此件公开发布）\n- 1 -\n"
        + page_head
        + "甲市促进消费若干措施\n为落实《乙省提振消费行动方案》要求，结合我市实际，提出如下措施。\n"
        "一、促进居民增收\n（一）支持重点群体就业。每年新增就业 5 万人以上。\n- 2 -\n"
        + page_head
        + "（二）提高财产性收入。稳步发展普惠金融。\n二、扩大服务消费\n（三）发展养老服务。\n- 3 -\n"
        + page_head
        + "（四）发展托育服务。\n（五）发展文旅消费。\n- 4 -\n"
        + page_head
    )
    docs = parse_text(text, "page.txt").documents
    measures = next(d for d in docs if d.title.endswith("若干措施"))
    assert measures.title == "甲市促进消费若干措施"
    assert (measures.issuers, measures.date) == (("甲市人民政府办公室",), "2025-07-01")


def test_a_title_over_two_title_like_lines_above_the_opening_sentence_is_read_whole():
    # 北京市继续促进国四排放标准 / 老旧营运货车报废更新实施细则 / 根据… (h181 北京): the first line ends in 标准, a
    # title alone to the eye, but the second goes on with it; the text opens under the pair.  A title printed
    # twice (h61 沙镇) is a copy, not a title going on.
    body = (
        "一、适用范围\n本细则适用于本市登记注册、达到国三排放标准的老旧柴油货车，车辆所有人应当为本市企业或个人。\n"
        "二、补贴标准\n按车辆类型和提前淘汰时间给予补贴，重型货车补贴标准高于中型货车，具体标准由市交通部门另行公布。\n"
        "三、申请程序\n车辆所有人向所在区交通部门提出申请，区交通部门审核后报市交通部门复核，逐级审核后拨付补贴资金。\n"
    )
    text = (
        "甲市继续推进国三排放标准\n老旧柴油货车淘汰更新实施细则\n"
        "根据《乙部关于实施老旧货车淘汰更新的通知》（乙规划发〔2026〕3号），结合本市实际，制定本细则。\n" + body
    )
    assert parse_text(text, "page.txt").documents[0].title == "甲市继续推进国三排放标准老旧柴油货车淘汰更新实施细则"
    twice = (
        "甲市老旧柴油货车淘汰更新实施细则\n甲市老旧柴油货车淘汰更新实施细则\n为推进老旧货车淘汰，制定本细则。\n" + body
    )
    assert parse_text(twice, "page.txt").documents[0].title == "甲市老旧柴油货车淘汰更新实施细则"


def test_a_news_headline_over_a_rule_s_title_is_the_site_s_and_the_order_names_its_issuer():
    # 国资委印发《X》(国资委印发《X》的通知) / X / (…国务院国有资产监督管理委员会令第N号公布…) (h180 国资委): the headline,
    # without 关于, is the site's; the note's order names the whole body, not 国务院
    text = (
        "国资委印发《甲类企业合规管理办法》(国资委印发《甲类企业合规管理办法》的通知)\n\n"
        "甲类企业合规管理办法\n\n"
        "(2022年8月23日 国务院国有资产监督管理委员会令第50号公布 自2022年10月1日起施行)\n\n"
        "第一章 总则\n\n"
        "第一条 为推动甲类企业加强合规管理，根据《中华人民共和国公司法》等有关法律法规，制定本办法。\n\n"
        "第二条 本办法适用于国务院国有资产监督管理委员会根据授权履行出资人职责的甲类企业。\n\n"
        "第三条 本办法所称合规，是指企业经营管理行为符合法律法规的要求。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲类企业合规管理办法"
    assert doc.issuers == ("国务院国有资产监督管理委员会",)


def test_an_untitled_reply_from_its_number_line_is_the_ministry_s():
    # 人社建字〔2024〕82号 / 您提出的关于X的建议收悉… / 一、关于Y (h180 人社部): the reply starts at its number line,
    # not at its first section's heading; its number's prefix names the ministry
    text = (
        "人社建字〔2024〕99号\n"
        "您提出的关于加快甲类劳动者权益保障立法的建议收悉，经商有关部门，现答复如下：\n"
        "一、关于健全甲类劳动者权益保障制度\n"
        "我部认真贯彻落实有关决策部署，会同有关部门出台了一系列政策文件，推动甲类劳动者权益保障工作。\n"
        "二、关于加强立法研究\n下一步，我们将深入开展调查研究，推动完善相关法律制度。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.source_line, str(doc.doc_number)) == (1, "人社建字〔2024〕99号")
    assert doc.issuers == ("人力资源和社会保障部",)


def test_the_short_name_of_the_emergency_ministry_in_a_spaced_joint_head_is_a_body_of_its_own():
    # 交通运输部 应急部 (h180 八部门): 应急部 is 应急管理部's short name, not the tail of one long name
    text = (
        "人力资源社会保障部 交通运输部 应急部\n全国总工会\n关于维护甲类劳动者权益的指导意见\n人社部发〔2021〕99号\n"
        "各省、自治区、直辖市人力资源社会保障厅（局）、交通运输厅（局）、应急管理厅（局）、总工会：\n"
        "近年来，甲类劳动者数量大幅增加，现就维护其劳动保障权益提出如下意见。\n一、规范用工\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("人力资源和社会保障部", "交通运输部", "应急管理部", "中华全国总工会")


def test_a_whole_notice_stored_on_one_line_is_titled_by_its_first_piece():
    # 某区人民政府关于发布森林禁火令的通告 根据《…》的规定，… (h177 丰泽): one line, the title then a space then the text
    text = (
        "甲市乙区人民政府关于发布森林禁火令的通告 根据《森林防火条例》的规定，为有效预防和控制森林火灾，全区林区从"
        "2025年3月24日0时起至2025年4月15日24时止，禁止一切野外用火。禁火期间：严禁携带火种进山入林，严禁烧灰积肥、"
        "焚烧香烛纸钱和燃放烟花爆竹等一切野外用火。违令者，按照《森林防火条例》的规定给予处罚；构成犯罪的，依法追究"
        "刑事责任。各村（社区）要加强巡山护林，落实值班制度，发现火情及时报告。森林火警电话：12119。特此通告。"
        "甲市乙区人民政府 2025年3月20日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲市乙区人民政府关于发布森林禁火令的通告"


def test_a_restyled_page_s_footer_signature_dates_the_text():
    # <div class="content">…</div> <div class="footer"><div>国家甲局</div><div>2025年1月16日</div></div> (h180
    # 发改委 数据局, a repository's restyled page): the footer is the text's signature, read after its body
    html = (
        "<html><body><div class='container'><div class='header'><h1>甲部 乙局关于建立丙机制的通知</h1></div>"
        "<div class='content'><p>各省、自治区、直辖市甲厅、乙局：</p>"
        "<p>为贯彻落实《丁条例》，现就建立丙机制有关事项通知如下。</p><p>一、明确范围。</p>"
        "<p>本通知自2025年3月1日起施行。</p></div>"
        "<div class='footer'><div class='agency'>甲部</div><div class='agency'>乙局</div>"
        "<div class='date'>2025年1月16日</div></div></div></body></html>"
    ).encode()
    text = extract_html(html, name="page.html").text
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2025-01-16"
