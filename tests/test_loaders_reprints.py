"""Layouts of part h27 of the unseen set (public pages of reprint sites and county portals): a portal's
metadata printed one item a line under the title, an emergency plan under its own title, a reprint in
traditional characters with a converter's pinyin glosses.  Each text is modelled on two sources."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.script import is_traditional, simplified

# A development zone's page (金华, h27) and a county page: index number, title, issuing body, date,
# openness, a read-aloud button, then the notice and the plan it issues.
PORTAL_LINES = [
    """11330700MB10327095/2024-00144
关于印发《某某经济技术开发区重污染天气应急预案(2024年修订)》的通知
某某市生态环境局某某经济技术开发区分局
2024-03-01
主动公开

朗读
各乡镇人民政府、街道办事处,管委会各有关单位:
《某某经济技术开发区重污染天气应急预案(2024年修订)》已经管委会同意,现印发给你们,请结合实际,认真贯彻执行。
某某经济技术开发区管理委员会党政综合办公室
2024年2月29日
某某经济技术开发区重污染天气应急预案(2024年修订)
为有效应对重污染天气,制定本预案。
根据《中华人民共和国大气污染防治法》《浙江省大气污染防治条例》,结合实际,制定本预案。
""",
    """005299478/2022-00201
关于印发某某县城乡居民就业援助实施办法的通知
某某县人力资源和社会保障局
2022-08-10 16:30
依申请公开
各乡镇人民政府，县直各单位：
现将《某某县城乡居民就业援助实施办法》印发给你们，请认真贯彻执行。
某某县人力资源和社会保障局
2022年8月10日
某某县城乡居民就业援助实施办法
第一条 根据《中华人民共和国就业促进法》，制定本办法。
""",
]


@pytest.mark.parametrize("text", PORTAL_LINES)
def test_a_portals_metadata_lines_under_the_title_are_header_and_the_issued_text_is_found(text):
    docs = parse_text(text, "page.txt").documents
    assert [d.source_line for d in docs] == [2, 12 if "开发区" in docs[0].title else 10]
    notice, issued = docs
    assert notice.title.startswith("关于印发") and issued.transmitted_by == 0
    assert [r.title for r in issued.references if r.role == "BASED_ON"][0].startswith("中华人民共和国")
    assert not [r for r in notice.references if r.role == "BASED_ON"]  # the text's citations are its own


# An emergency plan printed under its own title, its sections numbered 1 / 1.1 (新郑, h27; a county plan)
PLANS = [
    "某某市突发公共事件医疗卫生救援应急预案\n\n1 总则\n\n1.1 编制目的\n\n为提高全市医疗卫生应急反应能力，制定本预案。\n\n"
    "1.2 编制依据\n\n依据《中华人民共和国突发事件应对法》《国家突发公共事件医疗卫生救援应急预案》，制定本预案。\n"
    + "本预案适用本市行政区域内突发事件所导致的人员伤亡、健康危害医疗卫生救援工作。\n"
    * 3,
    "某某县防汛应急预案\n一、总则\n（一）编制依据\n根据《中华人民共和国防洪法》《某某省防汛条例》，结合本县实际，制定本预案。\n"
    + "本预案适用于本县行政区域内洪涝灾害的预防和应急处置，各乡镇、县直各部门按职责做好防汛准备工作。\n" * 4,
]


@pytest.mark.parametrize("text", PLANS)
def test_an_emergency_plan_is_found_under_its_own_title(text):
    (doc,) = parse_text(text, "plan.txt").documents
    assert doc.title.endswith("应急预案") and doc.source_line == 1
    assert doc.doc_type == "预案" and len([r for r in doc.references if r.role == "BASED_ON"]) == 2


# Reprint sites serving traditional characters, with and without a converter's pinyin glosses (天津,
# 商务部, h27)
REPRINTS = [
    (
        "天津市人民政府關(guān)于印發(fā)天津市人民政府工作規(guī)則的通知\n各區(qū)人民政府,市政府各委、辦、局:\n"
        "《天津市人民政府工作規(guī)則》已經(jīng)市人民政府常務(wù)會議審議通過,現印發(fā)給你們,請認真貫徹執行。\n"
        "天津市人民政府\n2023年2月1日\n天津市人民政府工作規(guī)則\n第一章 總則\n"
        "第一條 根據《中華人民共和國地方各級人民代表大會和地方各級人民政府組織法》,制定本規則。\n",
        "天津市人民政府关于印发天津市人民政府工作规则的通知",
        None,
    ),
    (
        "商務部關於印發《典當行業監管規定》的通知\n商流通發[2012]423號\n"
        "各省、自治區、直轄市、計劃單列市及新疆生產建設兵團商務主管部門:\n"
        "為進一步完善典當業監管制度,提升典當業監管水平,現將《典當行業監管規定》印發給你們,請遵照執行。\n"
        "商務部\n2012年12月5日\n典當行業監管規定\n第一章 總則\n"
        "第一條 為進一步提高典當行業監管工作水平,根據《典當管理辦法》,制定本規定。\n",
        "商务部关于印发《典当行业监管规定》的通知",
        "商流通发〔2012〕423号",
    ),
]


@pytest.mark.parametrize("text, title, number", REPRINTS)
def test_a_reprint_in_traditional_characters_is_read_in_simplified_ones(text, title, number):
    assert is_traditional(text) or "(guān)" in text
    docs = parse_text(text, "reprint.txt").documents
    notice, issued = docs
    assert (notice.title, notice.doc_number and str(notice.doc_number)) == (title, number)
    assert notice.date == issued.date and issued.transmitted_by == 0
    assert [r.role for r in issued.references] == ["BASED_ON"]
    assert all(d.source_line == n for d, n in zip(docs, (1, 6 if number is None else 7)))


@pytest.mark.parametrize(
    "text",
    [
        "河南省人民政府关于印发《著作权保护办法》的通知",  # 著 is written so in simplified texts too
        "根据《乾隆御批》（qián lóng）整理",  # letters in brackets without a tone mark are no gloss
        "Section (a) of the rules",
    ],
)
def test_a_simplified_text_is_left_as_it_is(text):
    assert simplified(text) is text


# A joint notice whose title names only its lead body, signed by all (云南 财政厅 + 人社厅, h27; a
# provincial pair of departments)
JOINT = [
    (
        "云南省财政厅关于印发《云南省就业专项资金管理办法》的通知\n各州(市)财政局、人力资源和社会保障局:\n"
        "经省人民政府同意,现将《云南省就业专项资金管理办法》印发给你们,请认真贯彻执行。\n"
        "云南省财政厅   云南省人力资源和社会保障厅\n2013年9月4日\n",
        ("云南省财政厅", "云南省人力资源和社会保障厅"),
    ),
    (
        "河南省教育厅关于做好2024年高校毕业生就业工作的通知\n各省辖市教育局、人力资源社会保障局：\n"
        "为做好2024年高校毕业生就业工作，现将有关事项通知如下。请认真贯彻执行，确保各项工作落到实处。\n"
        "河南省教育厅 河南省人力资源和社会保障厅\n2024年3月1日\n",
        ("河南省教育厅", "河南省人力资源和社会保障厅"),
    ),
]


@pytest.mark.parametrize("text, issuers", JOINT)
def test_a_signature_naming_the_titles_body_and_more_gives_every_issuer(text, issuers):
    (doc,) = parse_text(text, "joint.txt").documents
    assert doc.issuers == issuers


# A county's rules under its number, the prefix abbreviating the county (盐池 盐政发, h27; 镇巴 镇政发)
COUNTY_RULES = [
    ("盐政发〔2017〕40号\n盐池县人民政府工作规则\n第一章 总 则\n", "盐池县人民政府"),
    ("镇政发〔2024〕7号\n镇巴县人民政府工作规则\n第一章 总 则\n", "镇巴县人民政府"),
]


@pytest.mark.parametrize("head, issuer", COUNTY_RULES)
def test_a_title_naming_the_body_its_number_abbreviates_gives_the_issuer(head, issuer):
    body = "第一条 根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，制定本规则。\n" * 4
    (doc,) = parse_text(head + body, "rules.txt").documents
    assert doc.issuers == (issuer,)


# A law database's record above the text, no title line in the text (贵州 税务 公告, h27; a provincial rule)
RECORDS = [
    (
        "首页 > 税费法规 > 征收管理 >\n法规内容  本文仅供参考,如需引用请以正式文件为准\n"
        "发文标题: 某某省财政厅某某省地方税务局关于调整契税征收管理有关事项的公告\n"
        "发文文号: 某某省地方税务局公告2016年第6号\n发文部门: 某某省财政厅 某某省地方税务局\n发文时间: 2016-4-22\n"
        + "为贯彻落实契税征收管理的有关规定，现将有关事项公告如下：一、纳税人应当依法申报缴纳契税。\n"
        * 3,
        ("某某省财政厅", "某某省地方税务局"),
        "2016-04-22",
    ),
    (
        "法规搜索\n发文标题：某某市人民政府关于调整最低工资标准的通知\n发文文号：某政〔2019〕12号\n"
        "发文部门：某某市人民政府\n发文时间：2019-06-30\n"
        + "各区人民政府，市政府各部门：经研究，决定调整本市最低工资标准，现将有关事项通知如下。\n"
        * 3,
        ("某某市人民政府",),
        "2019-06-30",
    ),
]


@pytest.mark.parametrize("text, issuers, date", RECORDS)
def test_a_law_databases_record_names_the_document_its_text_leaves_untitled(text, issuers, date):
    (doc,) = parse_text(text, "record.txt").documents
    assert doc.title.startswith("某某") and doc.title.endswith(("公告", "通知"))
    assert (doc.issuers, doc.date) == (issuers, date)


# A page printing the doc number twice, a heading's and the text's (北京 京政办发, h27; a city page)
TWICE = [
    "京政办发〔2016〕26号《某某市人民政府办公厅关于印发〈X工作要点〉的通知》\n《某某市人民政府办公厅关于印发〈X工作要点〉的通知》\n"
    "京政办发〔2016〕26号\n京政办发〔2016〕26号\n各区人民政府,市政府各委、办、局:\n"
    "《X工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n某某市人民政府办公厅\n2016年5月28日\n",
    "某某县人民政府办公室关于做好防汛工作的通知\n某政办〔2020〕3号\n某政办〔2020〕3号\n各乡镇人民政府：\n"
    "为做好今年防汛工作，现将有关事项通知如下，请认真贯彻执行。\n某某县人民政府办公室\n2020年5月6日\n",
]


@pytest.mark.parametrize("text", TWICE)
def test_a_number_printed_twice_is_one_document(text):
    docs = parse_text(text, "twice.txt").documents
    assert len(docs) == 1 and docs[0].title.endswith("通知") and docs[0].date is not None


# A database page printing the title again and again, the body's name between (商务部 典当, h27; a
# provincial notice)
REPEATED = [
    (
        "商务部关于印发《典当行业监管规定》的通知\n商务部关于印发《典当行业监管规定》的通知\n商务部\n"
        "商务部关于印发《典当行业监管规定》的通知\n商务部关于印发《典当行业监管规定》的通知\n商流通发〔2012〕423号\n"
        "各省、自治区、直辖市商务主管部门:\n现将《典当行业监管规定》印发给你们,请遵照执行。\n商务部\n2012年12月5日\n",
        "商务部关于印发《典当行业监管规定》的通知",
    ),
    (
        "某某省人民政府关于加强安全生产工作的通知\n某某省人民政府\n某某省人民政府关于加强安全生产工作的通知\n"
        "某政发〔2018〕5号\n各市人民政府，省政府各部门：\n为加强安全生产工作，现通知如下，请认真贯彻执行。\n"
        "某某省人民政府\n2018年3月2日\n",
        "某某省人民政府关于加强安全生产工作的通知",
    ),
]


@pytest.mark.parametrize("text, title", REPEATED)
def test_a_title_printed_again_is_read_from_its_last_copy(text, title):
    (doc,) = parse_text(text, "db.txt").documents
    assert doc.title == title


# A provincial order whose signature is spaced out (山东 令第218号, h27; another province's 令)
ORDERS = [
    ("山东省", "山东省人民政府令第218号", "省 长  姜大明", "二○一○年一月八日"),
    ("某某省", "某某省人民政府令第12号", "省  长 张 三", "2015年6月1日"),
]


@pytest.mark.parametrize("place, number, signature, date", ORDERS)
def test_a_provincial_order_with_a_spaced_signature_is_its_rules_header(place, number, signature, date):
    title = f"{place}城镇容貌和环境卫生管理办法"
    text = (
        f"{title}\n\n{place}人民政府\n\n{title}\n\n{number}\n\n"
        f"  《{title}》已经2009年12月25日省政府第59次常务会议通过,现予公布,自2010年3月1日起施行。\n\n"
        f"                            {signature}\n                            {date}\n\n{title}\n\n第一章 总 则\n\n"
        "  第一条 为了加强城镇容貌和环境卫生管理,根据国务院《城市市容和环境卫生管理条例》,制定本办法。\n"
    )
    (doc,) = parse_text(text, "order.txt").documents
    assert (doc.title, str(doc.doc_number), doc.issuers) == (title, number, (f"{place}人民政府",))
    assert [r.title for r in doc.references] == ["城市市容和环境卫生管理条例"]


# A county portal printing its metadata as a list, each value under its label (镇巴, h27; another
# county's page): the number is the rules', the site's name is no issuer, a posting time no date
LISTED_METADATA = [
    "返回顶部\n\n镇巴县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 发文机构:\n\n    县政府网站\n"
    "  • 发文字号:\n\n    镇政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 内容概述:\n\n"
    "镇巴县人民政府工作规则\n\n第一章总则\n\n",
    "返回顶部\n\n紫阳县人民政府工作规则\n\n  • 索引号:\n\n    6109280000/2023-000211\n  • 发文机构:\n\n    紫阳县门户网站\n"
    "  • 发文字号:\n\n    紫政发〔2023〕3号\n  • 发布日期:\n\n    2023年02月10日 09:12\n  • 内容概述:\n\n"
    "紫阳县人民政府工作规则\n\n第一章总则\n\n",
]


@pytest.mark.parametrize("head", LISTED_METADATA)
def test_a_portals_listed_metadata_gives_the_number_but_not_a_site_or_a_posting_time(head):
    body = "一、根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，结合本县实际，制定本规则。\n" * 3
    (doc,) = parse_text(head + body, "county.txt").documents
    county = doc.title[:3]
    assert str(doc.doc_number).startswith(county[0]) and doc.issuers == (f"{county}人民政府",)
    assert doc.date is None


# A law database's note under the title, then the addressee (河北 冀政函, h27; 辽宁 辽地税所 in part 5)
NOTES = [
    (
        "法搜网--中国法律信息搜索网\n{t}\n\n{t}\n(冀政函〔2010〕57号 2010年4月23日)\n\n各设区市人民政府,省政府有关部门:\n",
        "冀政函〔2010〕57号",
        "2010-04-23",
    ),
    (
        "{t}\n（某地税所[2000]252号　2000年8月21日）\n各市地方税务局，省局直属局：\n",
        "某地税所〔2000〕252号",
        "2000-08-21",
    ),
]


@pytest.mark.parametrize("head, number, date", NOTES)
def test_a_number_note_under_a_title_above_the_addressee_gives_number_and_date(head, number, date):
    title = "某某省人民政府关于2009年度全省环境保护目标管理考核结果的通报"
    body = "根据《某某省设区市环境保护目标管理考核办法》，省政府对各设区市进行了考核，现将结果通报如下。\n" * 2
    (doc,) = parse_text(head.format(t=title) + body, "note.txt").documents
    assert (doc.title, str(doc.doc_number), doc.date) == (title, number, date)
    assert {r.role for r in doc.references} == {"BASED_ON"}  # the note is no citation of its own number


@pytest.mark.parametrize(
    "signature, date",
    [
        ("                               20151214", "2015-12-14"),
        ("20230301", "2023-03-01"),
    ],  # 南宁 (h27); a county page
)
def test_a_signature_date_in_eight_digits_dates_the_notice(signature, date):
    text = (
        "某某市人民政府办公厅关于印发某某市行政执法公示制度的通知\n各县、区人民政府,市政府各部门:\n"
        "现将《某某市行政执法公示制度》印发给你们,请认真贯彻执行。\n"
        f"{signature}\n某某市行政执法公示制度\n第一条 为规范行政执法行为,根据《中华人民共和国行政处罚法》,制定本制度。\n"
    )
    notice, issued = parse_text(text, "digits.txt").documents
    assert notice.date == issued.date == date


# A 文头 printed over two lines, 文件 alone under the body's name (新疆 新政发, h29; a county's 文头)
@pytest.mark.parametrize(
    "body, number",
    [("新疆维吾尔自治区人民政府", "新政发〔2020〕16号"), ("某某县人民政府办公室", "某政办发〔2021〕3号")],
)
def test_a_document_header_over_two_lines_names_the_issuer(body, number):
    text = (
        f"{body}\n文件\n{number}\n关于做好稳就业工作的通知\n各乡镇人民政府，各部门：\n"
        "为做好稳就业工作，现通知如下，请认真贯彻执行。\n2020年3月19日\n（此件公开发布）\n"
    )
    (doc,) = parse_text(text, "header.txt").documents
    assert doc.issuers == (body,)


# A reprint printing the rules' title on the order's line and the date on the signer's line (广西 令第116号,
# h29; another region's order)
GLUED_ORDERS = [
    (
        "广西壮族自治区土地整治办法",
        "广西壮族自治区人民政府令",
        "第116号",
        "自治区主席 陈 武 2016年12月6日",
        "2016-12-06",
    ),
    ("某某省河道管理办法", "某某省人民政府令", "第58号", "省长 张三 2019年3月2日", "2019-03-02"),
]


@pytest.mark.parametrize("title, head, serial, signed, date", GLUED_ORDERS)
def test_an_order_line_holding_the_title_and_a_dated_signature_give_number_issuer_and_date(
    title, head, serial, signed, date
):
    text = (
        f"{title} {head} {serial}\n\n《{title}》已经政府常务会议审议通过，现予公布，自公布之日起施行。\n\n"
        f"{signed}\n\n{title}\n\n第一章 总 则\n\n第一条 为了规范管理，根据《中华人民共和国土地管理法》，制定本办法。\n"
    )
    (doc,) = parse_text(text, "order.txt").documents
    assert (doc.title, str(doc.doc_number), doc.issuers, doc.date) == (title, head + serial, (head[:-1],), date)


@pytest.mark.parametrize(
    "title, heading",
    [("厦门市人民政府办公厅关于转载某某工作办法的通知", "通  知"), ("某某县人民政府关于表彰先进集体的决定", "决  定")],
)  # 厦门 (h29); a county's decision
def test_the_document_type_printed_again_under_the_title_is_no_part_of_it(title, heading):
    text = f"{title}\n\n{heading}\n\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下，请认真贯彻执行。\n某某办公室\n2015年2月16日\n"
    (doc,) = parse_text(text, "heading.txt").documents
    assert doc.title == title


# A gazette page opening with its contents, one title a line, above the document (咸宁, h29; a county gazette)
CONTENTS = [
    "市人民政府办公室关于印发市级财政预算资金审批拨付管理办法的通知\n市人民政府办公室关于印发咸宁市支持旅游业高质量发展若干措施的通知\n"
    "市人民政府关于印发咸宁市养犬管理办法的通知\n咸政规〔2023〕1号\n",
    "县人民政府关于表彰2022年度先进集体的决定\n县人民政府办公室关于做好春季农业生产工作的通知\n"
    "县人民政府关于印发某某县养犬管理办法的通知\n某政规〔2023〕2号\n",
]


@pytest.mark.parametrize("head", CONTENTS)
def test_a_gazettes_contents_lines_are_no_part_of_the_title_under_them(head):
    text = (
        head
        + "各乡镇人民政府，县直各部门：\n现将《养犬管理办法》印发给你们，请认真遵照执行。\n某某人民政府\n2023年9月25日\n"
    )
    doc = parse_text(text, "gazette.txt").documents[0]
    assert doc.title == head.splitlines()[2]


# A portal's heading cut before its document type, then metadata, then the number (齐齐哈尔, h29; a county page)
CUT_HEADINGS = [
    "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市突发事件应急预案》的\n上载日期: 2019-11-21 来源: 市人民政府办公室\n齐政办规〔2019〕13号\n",
    "某某县人民政府办公室关于印发《某某县防汛应急预案》的\n发布时间：2021-05-06 来源：县政府办\n某政办发〔2021〕9号\n",
]


@pytest.mark.parametrize("head", CUT_HEADINGS)
def test_a_heading_cut_short_above_a_number_titles_the_notice(head):
    text = head + (
        "各县（市）、区人民政府，各有关单位：\n经研究，现将《应急预案》印发给你们，请认真贯彻执行。"
        "《某某关于突发事件应急预案的通知》（某政办发〔2016〕23号）同时废止。\n某某人民政府办公室\n2019年11月20日\n"
    )
    doc = parse_text(text, "cut.txt").documents[0]
    assert doc.title == head.splitlines()[0] + "通知" or doc.title.startswith(head.splitlines()[0][:10])
    assert doc.source_line == 1 and [r.role for r in doc.references if r.role == "SUPERSEDES"] == ["SUPERSEDES"]


# A law database's record, label and value glued without a colon (国务院 批复 and 安徽 交通运输厅党组, h29)
GLUED_RECORDS = [
    (
        "发文机关国务院\n发文日期2000年06月23日\n时效性现行有效\n发文字号国函〔2000〕83号\n效力级别国务院规范性文件\n",
        "国务院",
        "国函〔2000〕83号",
        "2000-06-23",
    ),
    (
        "发文机关某某省交通运输厅\n发文日期2021年12月21日\n时效性现行有效\n发文字号某交发〔2021〕63号\n",
        "某某省交通运输厅",
        "某交发〔2021〕63号",
        "2021-12-21",
    ),
]


@pytest.mark.parametrize("record, issuer, number, date", GLUED_RECORDS)
def test_a_record_glued_without_colons_gives_issuer_number_and_date(record, issuer, number, date):
    fields = read_portal_fields(record)
    assert (fields.issuer, fields.number, fields.date) == (issuer, number, date)
    body = (
        "你省《关于撤地设市的请示》收悉。现批复如下：一、同意撤销某某地区，设立地级某某市。二、市人民政府驻新设立的区。\n"
        * 3
    )
    (doc,) = parse_text(record + body, "record.txt").documents
    assert (str(doc.doc_number), doc.issuers, doc.date) == (number, (issuer,), date)


@pytest.mark.parametrize(
    "record, number, issuer, date",
    [  # 铁道部 (h29) and 商务部 (h27) on law sites printing their fields in 【】
        (
            "【颁布时间】1988-1-6【标题】铁路委外装卸管理办法(试行)【发文号】【失效时间】1998-5-1【颁布单位】铁道部【法规来源】\n",
            None,
            "铁道部",
            "1988-01-06",
        ),
        (
            "【发布单位】外贸司\n【发布文号】商务部公告2023年第4号\n【发文日期】2023年01月06日\n",
            "2023年第4号",
            "外贸司",
            "2023-01-06",
        ),
    ],
)
def test_fields_labelled_in_brackets_are_read(record, number, issuer, date):
    fields = read_portal_fields(record)
    assert (fields.number, fields.issuer, fields.date) == (number, issuer, date)


@pytest.mark.parametrize(
    "heading, table, number",
    [  # 博州 (h29) and a county page: the page's heading, its table, then the notice and the text it issues
        (
            "关于印发《某某州人民政府工作规则》的通知",
            "索引号: K4563570-X-2017-0831005 发布日期: 2017年08月31日\n发布机构: 某州政府 文    号: 某州政发〔2017〕129号",
            "某州政发〔2017〕129号",
        ),
        (
            "关于印发《某某县人民政府工作规则》的通知",
            "索 引 号：11330700/2021-00012  文  号：某政发〔2021〕4号",
            "某政发〔2021〕4号",
        ),
    ],
)
def test_a_table_under_the_pages_heading_gives_the_first_documents_number(heading, table, number):
    title = heading[heading.index("《") + 1 : heading.index("》")]
    text = (
        f"网站首页\n当前位置: 网站首页>>公开信息内容\n{heading}\n{table}\n各县市人民政府，州直各部门：\n"
        f"《{title}》已经政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n2017年8月28日\n{title}\n第一章 总 则\n"
        "一、根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，制定本规则。\n"
    )
    notice, issued = parse_text(text, "page.txt").documents
    assert (str(notice.doc_number), issued.doc_number) == (number, None)


@pytest.mark.parametrize(
    "header, title",
    [  # 浠水 (h30) and a city's 文头 over a title naming it without its place
        ("浠水县人民政府", "县人民政府关于印发《浠水县人民政府工作规则》的通知"),
        ("某某市人民政府", "市人民政府关于加强安全生产工作的通知"),
    ],
)
def test_a_header_over_a_title_naming_its_body_without_the_place_is_no_part_of_the_title(header, title):
    text = f"{header}\n\n{title}\n\n某政发〔2017〕1号\n\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下，请认真贯彻执行。\n{header}\n2017年1月24日\n"
    doc = parse_text(text, "header.txt").documents[0]
    assert doc.title == title and doc.issuers == (header,)


@pytest.mark.parametrize(
    "printed", ["清远市人民政府工作规则(2019年11月修订)", "某某市人民政府工作规则（2021年3月第二次修订）"]
)  # 清远 (h30) and a city's rules with their revision printed under the title
def test_an_issued_text_printed_with_its_revision_after_the_title_is_found(printed):
    name = printed[: printed.index("规则") + 2]
    text = (
        f"某某市人民政府关于印发《{name}》的通知\n各县（市、区）人民政府，市政府各部门：\n"
        f"新修订的《{name}》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n某某市人民政府\n2019年11月29日\n"
        f"{printed}\n一、根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，制定本规则。\n"
    )
    notice, issued = parse_text(text, "rules.txt").documents
    assert (
        issued.source_line == 6 and issued.transmitted_by == 0 and [r.role for r in issued.references] == ["BASED_ON"]
    )


# A cleanup decision's attachment listing what it repeals, one title an item (河北 令〔2019〕第11号, h30; a
# city's list of repealed normative documents with their numbers)
REPEAL_LISTS = [
    (
        "附件1\n某某省人民政府决定废止的省政府规章\n一、某某省耕地占用税实施办法\n"
        "(1987年10月27日某某省人民政府发布 根据2011年10月20日某某省人民政府令〔2011〕第10号修正)\n"
        "二、某某省盐业管理实施办法\n(1992年8月24日某某省人民政府令第75号公布)\n附件2\n",
        [("某某省耕地占用税实施办法", None), ("某某省盐业管理实施办法", "某某省人民政府令第75号")],
    ),
    (
        "附件\n宣布失效的市政府规范性文件目录\n1.某某市城市绿化管理办法（某政〔2008〕12号）\n"
        "2.某某市人民政府关于加强餐厨废弃物管理的通知（某政办〔2012〕31号）\n",
        [
            ("某某市城市绿化管理办法", "某政〔2008〕12号"),
            ("某某市人民政府关于加强餐厨废弃物管理的通知", "某政办〔2012〕31号"),
        ],
    ),
]


@pytest.mark.parametrize("attachment, repealed", REPEAL_LISTS)
def test_a_decisions_repeal_list_supersedes_each_item_and_adds_no_document(attachment, repealed):
    text = (
        "某某人民政府关于废止部分规章和规范性文件的决定\n某政发〔2019〕11号\n各市、县人民政府，政府各部门：\n"
        "经政府常务会议审议通过，决定废止附件所列文件，现予公布。\n某某人民政府\n2019年12月28日\n" + attachment
    )
    (doc,) = parse_text(text, "decision.txt").documents
    got = [(r.title, r.doc_number and str(r.doc_number)) for r in doc.references if r.role == "SUPERSEDES"]
    assert got == repealed


@pytest.mark.parametrize("closing", ["特此公告", "特此通知。"])  # 海关总署 (h30); a notice's closing line
def test_a_closing_formula_is_never_a_title(closing):
    from policykg.loaders.segment import looks_like_title

    assert not looks_like_title(closing) and looks_like_title("海关总署关于简化原产地管理要求的公告")


@pytest.mark.parametrize(
    "head, number",
    [  # 河北 (h30): the order's number under its head, a sentence with no 现予公布; another province's order
        ("河北省人民政府令\n〔2019〕第11号", "河北省人民政府令〔2019〕第11号"),
        ("某某省人民政府令\n第58号", "某某省人民政府令第58号"),
    ],
)
def test_a_decree_whose_sentence_only_says_when_it_takes_effect_heads_its_rules(head, number):
    text = (
        f"【字体:大\n中\n小\n】\n{head}\n《某某省人民政府关于废止部分规章的决定》已经2019年12月15日省政府第73次常务会议通过,"
        "自公布之日起施行。\n省长许勤\n2019年12月28日\n某某省人民政府\n关于废止部分规章的决定\n"
        "为进一步推进简政放权，维护法制统一，省政府对规章进行了清理，决定废止下列规章。\n"
    )
    doc = parse_text(text, "decree.txt").documents[0]
    assert (str(doc.doc_number), doc.date) == (number, "2019-12-28")


@pytest.mark.parametrize(
    "bodies",
    [  # 沧州 (h30): a forwarded text under its bodies' names, one a line; a county's joint text
        ["沧州市发展改革委", "沧州市邮政局", "沧州市财政局"],
        ["某某县财政局", "某某县人力资源和社会保障局"],
    ],
)
def test_bodies_named_one_a_line_over_a_title_issue_it_and_are_no_part_of_it(bodies):
    title = "支持农村邮政物流发展实施办法"
    text = "\n".join(bodies) + f"\n{title}\n" + "第一条 为了支持农村邮政物流发展，根据《邮政法》，制定本办法。\n" * 2
    doc = parse_text(text, "forwarded.txt").documents[0]
    assert doc.title == title and len(doc.issuers) == len(bodies) and doc.issuers[-1] == bodies[-1]


@pytest.mark.parametrize(
    "banner",
    [  # a company site's English banner word over a ministry's opinion (h30); a portal's language menu
        "RENOVATION",
        "English | Home",
    ],
)
def test_latin_words_alone_over_a_title_are_no_part_of_it(banner):
    title = "农业农村部关于进一步深化“放管服”改革的意见"
    text = f"{banner}\n{title}\n农法发〔2022〕2号\n为持续优化营商环境，提出如下意见。\n一、总体要求\n"
    doc = parse_text(text, "banner.txt").documents[0]
    assert (doc.title, doc.issuers) == (title, ("农业农村部",))


@pytest.mark.parametrize(
    "place, level, addressee",
    [  # 内蒙古 应急管理厅 (h31): 《自治区…预案》 issued, 内蒙古自治区…预案 printed, its edition on a line of its own;
        # a province's department addressing its own offices and units the same way
        ("内蒙古", "自治区", "厅机关各处室、直属单位:"),
        ("某某", "省", "局机关各处室、直属单位："),
    ],
)
def test_a_text_issued_by_its_relative_place_name_is_found_under_its_whole_title(place, level, addressee):
    body = f"{level}应急管理厅地震灾害应急处置工作预案"
    text = (
        f"{place}{level}应急管理厅关于印发《{body}(2020年版)》的通知\n发布日期:2020-05-18\n{addressee}\n"
        f"现将《{body}(2020年版)》印发给你们,请结合实际,认真贯彻落实。\n2020年5月15日\n"
        f"{place}{level}应急管理厅地震灾害\n\n应急处置工作预案\n\n(2020年版)\n\n1 总则\n1.1 编制目的\n"
    )
    docs = parse_text(text, "plan.txt").documents
    assert [(d.title, d.date) for d in docs] == [
        (f"{place}{level}应急管理厅关于印发《{body}（2020年版）》的通知", "2020-05-15"),
        (f"{place}{body}（2020年版）", "2020-05-15"),
    ]


@pytest.mark.parametrize(
    "crumb, fields",
    [  # a rural-research database (西藏, h31): breadcrumb ending in the title, 发布部门 and 发布时间 on one line;
        # a law site's breadcrumb with » separators
        ("乡村研究数据库 > 地方政策 > {title}", "发布部门:西藏政府 发布时间:2017年04月27日"),
        ("首页 » 法律资料网 » 法律法规 » {title}", "发布部门：某某省政府"),
    ],
)
def test_a_breadcrumb_ending_in_the_title_is_no_title(crumb, fields):
    title = "西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见"
    text = (
        f"欢迎来到某某数据库\n\n{crumb.format(title=title)}\n\n地方政策\n\n{title}\n\n{fields}\n"
        "为深入推进我区县域内城乡义务教育一体化改革发展,根据《国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》"
        "(国发〔2016〕40号)精神,提出如下实施意见。\n一、总体要求\n"
        + "全面提升义务教育学校管理水平,全面提高义务教育质量,促进县域内义务教育均衡发展。\n"
        * 4
    )
    doc = parse_text(text, "crumb.txt").documents[0]
    assert (doc.title, doc.issuers, doc.source_line) == (title, ("西藏自治区人民政府",), 7)


@pytest.mark.parametrize(
    "label",
    [  # a news site's copy (北京, h31) names the place before the title; a reprint site says where it took it
        "北京:",
        "转载：",
    ],
)
def test_a_sites_label_before_a_title_is_no_part_of_it(label):
    title = "关于印发《北京市乡村振兴责任制实施细则》的通知"
    text = (
        f"{label}{title}\n(2023年6月21日中共北京市委常委会会议审议批准 2023年7月20日中共北京市委办公厅、北京市人民政府办公厅发布)\n"
        "各区委、区政府,市委各部委办,市各国家机关:\n经市委、市政府同意,现将《北京市乡村振兴责任制实施细则》印发给你们,请认真遵照执行。\n"
        "中共北京市委办公厅\n北京市人民政府办公厅\n2023年7月20日\n北京市乡村振兴责任制实施细则\n第一章 总则\n"
        "第一条 为了全面落实乡村振兴责任制,根据《中国共产党农村工作条例》,制定本细则。\n"
    )
    docs = parse_text(text, "label.txt").documents
    assert [(d.title, d.issuers, d.date) for d in docs] == [
        (title, ("中共北京市委办公厅", "北京市人民政府办公厅"), "2023-07-20"),
        ("北京市乡村振兴责任制实施细则", ("中共北京市委办公厅", "北京市人民政府办公厅"), "2023-07-20"),
    ]


@pytest.mark.parametrize(
    "sentence, date",
    [  # a district portal (南宁 兴宁区, h31): the notice's sentence without its full stop, the date damaged to
        # digits; a county page whose sentence ends in a comma and whose date lost its characters
        ("经兴宁区人民政府同意,现将2020年兴宁区优化营商环境实施方案》印发给你们,请结合实际,认真组织实施", "202091"),
        ("现将《2020年兴宁区优化营商环境实施方案》印发给你们，请认真贯彻执行，", "20200901"),
    ],
)
def test_a_notices_sentence_and_a_damaged_date_are_no_part_of_the_title_below(sentence, date):
    title = "2020年兴宁区优化营商环境实施方案"
    text = (
        f"南宁市兴宁区人民政府办公室\n关于印发{title}的通知\n各镇人民政府,各街道办事处:\n{sentence}\n"
        f"南宁市兴宁区人民政府办公室\n{date}\n{title}\n为贯彻落实《优化营商环境条例》，制定本方案。\n一、总体要求\n"
    )
    docs = parse_text(text, "portal.txt").documents
    assert [d.title for d in docs][-1] == title


@pytest.mark.parametrize(
    "region, sentence",
    [  # 宁夏 (h31): the decree's sentence cut short by the page, signed by an acting chairman; 广西 whole
        ("宁夏回族自治区", "《宁夏回族自治区〈地方志工作条例〉实施办法》已经2007年11月9日自治区人民政府第102次"),
        (
            "广西壮族自治区",
            "《广西壮族自治区〈地方志工作条例〉实施办法》已经2007年11月9日自治区人民政府第102次常务会议通过，现予公布，"
            "自2008年1月1日起施行。",
        ),
    ],
)
def test_a_decree_signed_by_an_acting_head_is_one_document_with_its_rules(region, sentence):
    title = f"{region}《地方志工作条例》实施办法"
    text = (
        f"{title}\n\n{region}人民政府\n\n{region}人民政府令第103号\n\n{sentence}\n\n自治区代主席 王正伟\n二○○七年十一月九日\n\n"
        f"{title}\n\n第一条 为了规范和加强地方志编纂工作,根据国务院公布的《地方志工作条例》,制定本办法。\n第二条 本办法适用于本区。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [(title, f"{region}人民政府令第103号", "2007-11-09")]
    assert [(r.role, r.title) for r in docs[0].references] == [("BASED_ON", "地方志工作条例")]


@pytest.mark.parametrize(
    "issuer, measures",
    [  # 安徽 地方税务局 (h31): an announcement issuing 〈X〉实施办法, printed with its issuer's name before it, a revision
        # note between; a city bureau's announcement the same way
        ("安徽省地方税务局", "〈城镇土地使用税管理指引〉实施办法"),
        ("某某市市场监督管理局", "〈食品小作坊监督管理规定〉实施细则"),
    ],
)
def test_an_announcement_issues_the_text_printed_under_its_issuers_name(issuer, measures):
    printed = issuer + measures
    text = (
        f"{issuer}关于发布{measures}的公告\n{issuer}公告2017年第4号\n"
        "依据2018年6月15日发布的《国家税务总局某某省税务局关于发布修改的税收规范性文件目录的公告》修订\n"
        f"《{printed}》已经审议通过,现予以发布。自发布之日起30日后施行。\n特此公告。\n{issuer}\n2017年6月30日\n"
        f"《{printed}》\n第一章 总则\n第一条 为规范管理,制定本办法。\n"
    )
    docs = parse_text(text, "announcement.txt").documents
    assert [(d.title, d.issuers, d.date) for d in docs][1:] == [(printed, (issuer,), "2017-06-30")]
    assert [r.role for r in docs[0].references if r.title and "实施" in r.title] == ["TRANSMITS"]


@pytest.mark.parametrize(
    "heading, rest",
    [  # a tax site (税务总局, h31): its label, the announcement's number and title on one line, then the text;
        # a policy site (山西): number and title on one line above the notice printed with both again
        (
            "法规国家税务总局公告2018年第58号 国家税务总局关于简化小型微利企业所得税年度纳税申报有关措施的公告",
            "",
        ),
        (
            "晋政办发〔2017〕55号 山西省人民政府办公厅关于印发山西省某某工作方案的通知",
            "山西省人民政府办公厅关于印发山西省某某工作方案的通知\n晋政办发〔2017〕55号\n",
        ),
    ],
)
def test_a_sites_heading_of_number_and_title_is_the_documents_header(heading, rest):
    text = (
        f"{heading}\n{rest}各有关单位：\n为切实减轻纳税申报负担，现就有关事项通知如下：\n一、简化申报。\n"
        "山西省人民政府办公厅\n2018年5月23日\n"
    )
    docs = parse_text(text, "heading.txt").documents
    number, title = heading.split(" ")
    assert [(d.title, str(d.doc_number)) for d in docs] == [(title, number.removeprefix("法规").split("公告")[-1])]


def test_a_link_lists_label_before_a_title_names_another_text():
    # a 解读 page of a ministry (policy-notices genre): its related link at the foot is no title of its own
    text = (
        "《登革热诊断标准（WS 216-2008)》于2008年发布，作为诊断登革热的依据，为该病的防治发挥了重要作用。"
        * 3
        + "\n本次修订增加发病5天内的登革病毒NS1抗原检测阳性作为临床诊断的指标之一。\n"
        "相关链接：关于发布《丙型肝炎诊断》等7项卫生行业标准的通告\n"
    )
    docs = parse_text(text, "nhc-141929.txt").documents
    assert [d.title for d in docs] == ["nhc-141929"]


@pytest.mark.parametrize(
    "line, number",
    [  # a journal index's abstract (天津, h31) and a paper site's (汕头, h30): the number glued to the addressees
        (
            "<正>津政办发〔2021〕42号各区人民政府,市政府各委、办、局:为进一步健全行政决策制度体系,",
            "津政办发〔2021〕42号",
        ),
        ("汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将有关事项通知如下,", "汕府办〔2015〕29号"),
        # a law database's copy (新疆, h31): the number in brackets, glued to addressees that start with a place
        ("(新政发〔1994〕103号)伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署:", "新政发〔1994〕103号"),
    ],
)
def test_a_number_glued_to_the_addressees_is_the_untitled_notices_number(line, number):
    text = "摘要\n\n" + line + "经市人民政府同意,现将《某某管理办法》印发给你们,请认真贯彻执行。" * 3 + "\n"
    docs = parse_text(text, "abstract.txt").documents
    assert [str(d.doc_number) for d in docs] == [number]


def _spaced(s: str) -> str:
    return " ".join(s)


@pytest.mark.parametrize(
    "spacing",
    [  # a transcription site's copy of 青海's PDF (h31): every character spaced, GB2312 codes read as code points
        # (ꎬ for ，, ꎮ for 。) and «» for 《》; the same text converted without the spacing
        _spaced,
        str,
    ],
)
def test_a_converters_letter_spacing_and_misread_marks_are_repaired(spacing):
    lines = [
        spacing("青海省人民政府关于印发青海省深入推动金融改革发展若干政策措施的通知"),
        "青政〔2014〕28 号",
        spacing("各市、自治州人民政府，省政府各委、办、厅、局："),
        spacing("«青海省深入推动金融改革发展的若干政策措施»ꎬ已经省政府同意ꎬ现印发给你们ꎬ请认真贯彻执行ꎮ"),
        spacing("青海省人民政府"),
        "2014 年 4 月 30 日",
        spacing("青海省深入推动金融改革发展的若干政策措施"),
        spacing("为深入贯彻党的十八大精神ꎬ落实«关于促进金融业发展的意见»ꎬ现提出如下政策措施ꎮ"),
    ]
    docs = parse_text("\n".join(lines), "spaced.txt").documents
    assert [(d.title, [(r.role, r.title) for r in d.references]) for d in docs] == [
        (
            "青海省人民政府关于印发青海省深入推动金融改革发展若干政策措施的通知",
            [("TRANSMITS", "青海省深入推动金融改革发展的若干政策措施")],
        ),
        ("青海省深入推动金融改革发展的若干政策措施", [("IMPLEMENTS", "关于促进金融业发展的意见")]),
    ]


def test_a_yi_text_keeps_its_syllables():
    from policykg.loaders.clean import repair_conversion

    yi = "ꆈꌠꁱꂷ ꎬꎮ"  # syllables in a run are Yi, not GB2312 codes
    assert repair_conversion(yi) == yi


@pytest.mark.parametrize(
    "first",
    [  # an untitled page that begins with its purpose clause (官渡区, h31); a customs announcement's body (海关总署)
        "为认真贯彻落实稳增长各项决策部署,根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》(昆政发〔2016〕13号),"
        "结合官渡区实际,特制定如下政策措施。",
        "为进一步规范飞机经营性租赁完税价格审定工作，根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》"
        "（昆政发〔2016〕13号）及相关规定，现就有关事项公告如下：",
    ],
)
def test_an_untitled_texts_first_line_is_part_of_its_body(first):
    text = first + "\n" + "一、提高投资项目审批效率。加快推进网上审批，完善行政审批网上服务大厅功能。\n" * 4
    doc = parse_text(text, "untitled.txt").documents[0]
    assert [(r.role, str(r.doc_number)) for r in doc.references] == [("BASED_ON", "昆政发〔2016〕13号")]


@pytest.mark.parametrize(
    "office",
    [  # a law database's order page (河北, h35): the governor's title without his name; a city's the same way
        "省长",
        "市  长",
    ],
)
def test_a_decree_signed_by_an_office_without_a_name_is_one_document_with_its_rules(office):
    title = "河北省人工影响天气管理规定"
    text = (
        f"{title}\n\n河北省人民政府\n\n{title}\n\n政府令〔2010〕第15号\n\n"
        f"《{title}》已经2010年12月14日省政府第76次常务会议通过,现予公布,自2011年2月1日起施行。\n\n{office}\n\n"
        f"二○一○年十二月二十五日\n\n{title}\n\n第一章总则\n\n第一条为加强对人工影响天气工作的管理,根据《人工影响天气管理条例》,制定本规定。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [(title, "政府令〔2010〕第15号", "2010-12-25")]


@pytest.mark.parametrize(
    "title, issuer",
    [  # a city congress's standing committee's rules (深圳, h35); a ministry-level body's norms
        ("深圳市人民代表大会常务委员会讨论决定重大事项规定(2014修订)", "深圳市人民代表大会常务委员会"),
        ("国家税务总局纳税服务规范", "国家税务总局"),
    ],
)
def test_a_bodys_rules_titled_by_its_full_name_are_its_own(title, issuer):
    text = (
        f"{title}\n\n2024-05-05 23:11\n\n第一条 为了保证依法行使职权，根据《中华人民共和国宪法》，制定本规定。\n"
        "第二条 本规定适用于本机关。\n第三条 本规定自公布之日起施行。\n"
    )
    doc = parse_text(text, "rules.txt").documents[0]
    assert doc.issuers == (issuer,)


def test_a_title_naming_a_place_and_its_government_information_is_no_bodys():
    text = (
        "昆明市政府信息主动公开制度\n第一条 为了推进政府信息公开工作，根据《中华人民共和国政府信息公开条例》，制定本制度。\n"
        "第二条 本制度适用于本市各级行政机关。\n第三条 本制度自发布之日起施行。\n"
    )
    assert parse_text(text, "rules.txt").documents[0].issuers == ()
