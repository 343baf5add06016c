"""Part h172 of the unseen set (2026-12-06, r147): a portal row whose last field is empty, a wiki's header of a
series of orders, a command's order heading, a spaced document type alone, a congress session's 公告 over two
lines, an attachment the notice rests on.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# a command's order, its items and date (no signature): the body shared by the order tests below
ORDER_BODY = (
    "各乡镇,市公安局、市民政局:\n"
    "为严格防控疫情,避免人群聚集,防止交叉感染,现就我市近期疫情防控工作下达如下命令:\n"
    "1.对餐饮、洗浴等所有聚集性场所采取强有力措施全面关停,由属地和市市场监督管理局负责落实。\n"
    "2.取消近期结婚登记办理,由市民政局负责落实。\n"
    "3.在全市严格落实交通管制各项措施,常态化组织开展检查,由属地和市公安局负责落实。\n"
    "具体恢复时间另行通告。\n"
    "2020年1月26日\n"
)


def test_an_issuer_row_whose_keyword_field_is_empty_runs_into_no_title():
    # 发文机关 马兰屯镇 关键词 (h172 台儿庄): a portal's row of two fields, the second empty — a field row, not the first
    # line of the title under the table
    text = (
        "索引号 370405/2022-1 主题分类 其他\n成文日期 2018-05-30 发布日期 2018-05-30\n"
        "发文机关 乙丙镇 关键词\n发文字号 乙政发[2018]3号 有效性 有效\n\n"
        "乙丙镇关于做好河道巡查工作的通知\n乙政发[2018]3号\n\n各村:\n\n"
        "根据有关要求,经镇河长制办公室研究,现就做好我镇河道巡查工作通知如下:\n\n"
        "镇级河长每月巡河不少于3次,村级河长每周巡河不少于1次,每次巡河后将资料报送镇河长制办公室备案。\n\n"
        "乙丙镇人民政府\n\n2018年5月30日"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("乙丙镇关于做好河道巡查工作的通知", "乙政发〔2018〕3号")


def test_a_text_listed_as_an_attachment_and_named_as_a_basis_is_based_on():
    # 根据《A》、《B》和…的有关要求 / … / 附件:1、《B》 (h172 马兰屯): B is attached for reference, the notice rests on it
    text = (
        "乙丙镇关于做好河道巡查工作的通知\n乙政发[2018]3号\n\n各村:\n\n"
        "根据《甲市总河长令第1号》、《乙丙镇河长巡查制度》和区河长制办公室的有关要求,现通知如下:\n\n"
        "镇级河长每月巡河不少于3次,村级河长每周巡河不少于1次,每次巡河后将资料报送镇河长制办公室备案。\n\n"
        "附件:1、《乙丙镇河长巡查制度》\n\n2、乙丙镇河流名录\n\n乙丙镇人民政府\n\n2018年5月30日"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert [(r.role, r.title) for r in doc.references] == [
        ("BASED_ON", "甲市总河长令第1号"),
        ("BASED_ON", "乙丙镇河长巡查制度"),
    ]


def test_a_wiki_header_s_links_to_the_previous_and_next_orders_are_no_title():
    # page title X5号令 / tagline / X3号令 X (the previous order's link, then the name) / 5号令 / date / 发布机关 /
    # X6号令 (the next order's link) / addressees (h172 荆门, 维基文库): the order is X5号令, at the page's title
    name = "甲市新型冠状病毒感染的肺炎疫情防控指挥部"
    text = (
        f"跳转到内容\n\n{name}5号令\n\n维基文库,自由的图书馆\n{name}3号令 {name}\n5号令\n2020年1月25日\n"
        f"发布机关:{name}\n{name}6号令\n原文地址:{name}5号令\n\n" + ORDER_BODY
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.doc_number) for d in docs] == [(f"{name}5号令", None)]


def test_a_command_s_order_heading_keeps_its_serial_as_printed():
    # 某县…防控工作指挥部6号令 over the order's text (h80 罗田): the heading is the title, the serial no order number
    name = "乙县新型冠状病毒感染的肺炎防控工作指挥部"
    doc = parse_text(f"{name}6号令\n" + ORDER_BODY, "page.txt").documents[0]
    assert (doc.title, doc.doc_number) == (f"{name}6号令", None)


def test_a_command_s_order_heading_with_its_serial_in_brackets_is_the_title_and_names_its_body():
    # a media account's intro / 洪湖市…指挥部(17号令) / addressees / items / date, no signature (h172 洪湖)
    name = "甲市新型冠状病毒感染的肺炎疫情防控指挥部"
    text = "面对疫情,《今日甲市》作为官方平台,持续关注最新消息。\n" + f"{name}(17号令)\n" + ORDER_BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.doc_number, doc.issuers) == (f"{name}（17号令）", None, (name,))


def test_a_spaced_document_type_alone_over_the_addressees_is_the_title():
    # 通 知 / the page's time / 浏览次数: / 信息来源:机关 / addressees / text / signature / date (h172 安华镇)
    text = (
        "通 知\n2022-09-09 16:49\n浏览次数:\n信息来源:机关\n各村(社区):\n"
        "近期,我镇秸秆露天焚烧现象较多,有重复抬头趋势,存在较大的火灾安全隐患。\n"
        "为消除隐患,现要求各村加大禁止露天焚烧的宣传力度,指派专人开展巡查。\n"
        "甲市乙镇人民政府\n2022年9月9日"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.issuers) == ("通知", ("甲市乙镇人民政府",))


def test_a_congress_session_s_announcement_over_two_lines_is_signed_by_its_presidium():
    # 某镇第十六届人民代表大会 / 第三次会议公告 / 第一号 / … / 现予公告。/ …会议主席团 / date (h172 牛村)
    text = (
        "乙镇第十届人民代表大会\n第二次会议公告\n第一号\n"
        "乙镇第十届人民代表大会第二次会议于2018年6月11日通过《关于乙镇人民政府工作报告的决议》。\n"
        "会议认为:报告既充分肯定了过去一年来政府工作的成绩,也指出了全镇发展所面临的机遇和存在的问题,"
        "总结了经验,明确了目标,提出了我镇近期工作的主要任务,指导思想明确,措施得力。\n"
        "会议要求:全镇要深入贯彻落实上级部署,坚持把改革创新作为主题,坚持把民生改善作为根本,"
        "全面完成本年度各项任务,努力开创富民强镇新局面。\n"
        "现予公告。\n乙镇第十届人民代表大会第二次会议主席团\n2018年6月11日"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.issuers) == (
        "乙镇第十届人民代表大会第二次会议公告",
        ("乙镇第十届人民代表大会第二次会议主席团",),
    )
