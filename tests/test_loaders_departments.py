"""Layouts of parts h37 and h38 of the unseen set (provinces, their departments and cities on public
portals): a portal's table printed as rows without colons, share bars and interpretation links between a
title and its text, an addressee line that lost its colon, a date whose zeros were lost, an amending
decision's 删去《X》第…项 and 予以修改 / 予以废止 in one sentence, a number only in the table placing the
issuers.  Each text is modelled on two sources."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line, clean_lines
from policykg.loaders.metadata import parse_date
from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields


@pytest.mark.parametrize(
    "row, kept",
    [  # 六盘水 (h38); the same table on another city's portal
        ("索引号 000014349/2020-3761045 成文日期 2020-10-15", ""),
        ("文号 发布时间 2020-10-15", ""),
        ("发布机构 文件有效性", ""),
        (
            "名称 市人民政府办公室关于印发健康六盘水行动推进方案的通知",
            "市人民政府办公室关于印发健康六盘水行动推进方案的通知",
        ),
        ("标题 某某市人民政府关于印发某某办法的通知", "某某市人民政府关于印发某某办法的通知"),
        ("政策解读 文字解读:《健康六盘水行动推进方案》", ""),
        ("分享 微信", ""),
        ("微博 空间 qq", ""),
        ("2024-10-21 16:08     来源:广西壮族自治区住房和城乡建设厅", ""),
        ("有效性评估工作要加强", "有效性评估工作要加强"),  # body text that opens with a label's word
        ("政策解读工作要加强", "政策解读工作要加强"),
    ],
)
def test_a_portals_rows_without_colons_and_its_share_bar_are_no_text(row, kept):
    assert clean_line(row)[0] == kept


@pytest.mark.parametrize(
    "digits, date",
    [  # 六盘水 (h38) and 东宁 (h39) signature dates; ambiguous ones stay unread
        ("2020928", "2020-09-28"),
        ("2018525", "2018-05-25"),
        ("2020111", None),  # 1-11 or 11-1
        ("20151214", "2015-12-14"),
    ],
)
def test_a_date_whose_zeros_were_lost_is_read_when_only_one_reading_is_a_date(digits, date):
    assert parse_date(digits) == date


def _portal_notice(addressees: str, sentence: str) -> str:
    return (
        "当前位置:首页 > 政府信息公开 > 行政规范性文件\n"
        "发文单位:自治区住房城乡建设厅 自治区财政厅成文日期:2024年10月16日\n"
        "标  题: 自治区住房城乡建设厅 自治区财政厅关于印发2024年度广西农村危房改造实施方案的通知\n"
        "发文字号:桂建发〔2024〕6号发布日期:2024年10月21日\n\n"
        "自治区住房城乡建设厅 自治区财政厅关于印发2024年度广西农村危房改造实施方案的通知\n\n"
        "2024-10-21 16:08     来源:广西壮族自治区住房和城乡建设厅\n分享 微信\n头条\n微博 空间 qq\n【字体: 打印\n\n"
        f"{addressees}\n\n{sentence}\n\n广西壮族自治区住房和城乡建设厅 广西壮族自治区财政厅\n\n20241016\n\n"
        "2024年度广西农村危房改造实施方案\n\n为推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接,制定本方案。\n一、主要任务\n"
    )


@pytest.mark.parametrize(
    "addressees, sentence",
    [  # 广西 (h38): the addressees' colon lost, the notice's sentence under them; 广安区 (h38): 现印发你们
        (
            "各市、县(市、区)住房和城乡建设局、财政局",
            "现将《2024年度广西农村危房改造实施方案》印发给你们,请认真组织实施。",
        ),
        (
            "各街道办事处,区级各部门,官盛新区管委会",
            "《2024年度广西农村危房改造实施方案》已经审议通过,现印发你们,请认真遵照执行。",
        ),
    ],
)
def test_a_notice_under_a_share_bar_and_addressees_without_colon_is_found(addressees, sentence):
    docs = parse_text(_portal_notice(addressees, sentence), "page.txt").documents
    assert [d.title for d in docs] == [
        "自治区住房城乡建设厅自治区财政厅关于印发2024年度广西农村危房改造实施方案的通知",
        "2024年度广西农村危房改造实施方案",
    ]
    # the number only in the table places the issuers (桂 → 广西壮族自治区), for the issued text too
    assert {d.issuers for d in docs} == {("广西壮族自治区住房和城乡建设厅", "广西壮族自治区财政厅")}
    assert str(docs[0].doc_number) == "桂建发〔2024〕6号" and docs[1].date == "2024-10-16"


@pytest.mark.parametrize(
    "item, title",
    [  # 长春市政府令第77号 (h37); a province's amending decision the same way
        ("(一)删去《长春市城乡居民最低生活保障办法》第十四条第二款第八项。", "长春市城乡居民最低生活保障办法"),
        ("(二)删除《某某省体育市场管理规定》第八条第三项中的“必要的资金和”。", "某某省体育市场管理规定"),
    ],
)
def test_deleting_a_provision_of_a_rule_amends_it(item, title):
    text = (
        "长春市人民政府关于修改和废止部分政府规章的决定\n长春市人民政府令第77号\n"
        "《长春市人民政府关于修改和废止部分政府规章的决定》已经市政府常务会议审议通过，现予公布，自公布之日起施行。\n"
        "市长 刘某\n2019年1月3日\n长春市人民政府关于修改和废止部分政府规章的决定\n"
        f"一、修改8部政府规章的部分条款\n{item}\n"
    )
    doc = parse_text(text, "decision.txt").documents[0]
    assert ("AMENDS", title) in [(r.role, r.title) for r in doc.references]


@pytest.mark.parametrize(
    "amended, repealed",
    [  # 长春 cleanup decision (h37); a county's decision worded the same way
        ("长春市残疾人优惠乘车实施办法", "长春市私有房产买卖纠纷处理办法"),
        ("某某县农村低保实施细则", "某某县殡葬管理暂行办法"),
    ],
)
def test_a_sentence_that_amends_some_texts_and_repeals_others_gives_each_its_verb(amended, repealed):
    text = (
        "某某市人民政府关于修改和废止部分行政规范性文件的决定\n某府规〔2022〕2号\n各县（市）、区人民政府：\n"
        f"决定对《{amended}》（某府发〔2018〕3号）等5件行政规范性文件予以修改，对《{repealed}》（某府发〔1987〕12号）"
        "等3件行政规范性文件予以废止。\n某某市人民政府\n2022年11月21日\n"
    )
    doc = parse_text(text, "decision.txt").documents[0]
    roles = {r.title: r.role for r in doc.references if r.title}
    assert (roles[amended], roles[repealed]) == ("AMENDS", "SUPERSEDES")


@pytest.mark.parametrize(
    "rows, number, date",
    [  # 海西 (h39): labels spaced out, no colons; a region's portal printing 发文字号 and 成文日期 the same way
        (
            " 索 引 号  01507828-1-30/2020-1030001  发布机构  州政府\n 文  号  西政办〔2020〕91号  公开日期  2020-10-30",
            "西政办〔2020〕91号",
            None,
        ),
        (
            "索引号  000014349/2021-00012  主题分类  综合政务\n发文字号  桂政办发〔2021〕3号  成文日期  2021-01-05",
            "桂政办发〔2021〕3号",
            "2021-01-05",
        ),
    ],
)
def test_a_table_of_rows_without_colons_gives_its_number_and_date(rows, number, date):
    fields = read_portal_fields(f"某某关于印发某某方案的通知\n2020-10-30\n{rows}\n\n各市、县人民政府：\n")
    assert (fields.number, fields.date) == (number, date)
    assert all(clean_line(row)[0] == "" for row in rows.splitlines())  # and the rows are no text


@pytest.mark.parametrize(
    "signature",
    [  # 鞍山市人民政府令第16号 on a law site (h39): the office and the name with a colon; a province's order
        "                               市长:董伟",
        "省长：王某某",
    ],
)
def test_a_decree_signed_with_a_colon_keeps_its_rules_one_document(signature):
    text = (
        "鞍山市行政复议程序规定\n作者:法律资料网 时间:2024-07-12\n下载地址: 点击此处下载\n鞍山市行政复议程序规定\n"
        "辽宁省鞍山市人民政府\n鞍山市人民政府令第16号\n"
        "《鞍山市行政复议程序规定》业经一九九四年四月二十五日市政府常务会议讨论通过,现予发布实施。\n"
        f"{signature}\n一九九四年五月十八日\n             鞍山市行政复议程序规定\n"
        "第一条 为保证各级行政机关依法行政,根据《行政复议条例》,结合本市实际,制定本规定。\n第二条 本规定适用于本市。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [
        ("鞍山市行政复议程序规定", "鞍山市人民政府令第16号", "1994-05-18")
    ]
    assert [(r.role, r.title) for r in docs[0].references] == [("BASED_ON", "行政复议条例")]


@pytest.mark.parametrize(
    "notice, issuer, text_title",
    [  # 云南省人民政府办公厅 on its portal (h37); 天河区 (part h25): the issued text printed without its title
        (
            "云南省人民政府办公厅关于印发\n云南省“十四五”区域协调发展规划的通知\n云政办发〔2022〕25号",
            "云南省人民政府办公厅",
            "云南省“十四五”区域协调发展规划",
        ),
        (
            "某某市人民政府关于印发某某市促进就业实施办法的通知\n某府〔2023〕7号",
            "某某市人民政府",
            "某某市促进就业实施办法",
        ),
    ],
)
def test_a_text_printed_under_its_notice_without_its_title_is_the_text_the_notice_names(notice, issuer, text_title):
    text = (
        f"您的位置:\n省政府办公厅文件\n{notice}\n各州、市人民政府,省直各委、办、厅、局:\n"
        f"《{text_title}》已经省人民政府同意,现印发给你们,请认真贯彻执行。\n{issuer}\n2022年4月14日\n(此件公开发布)\n前 言\n"
        + "实施区域协调发展战略是新时代国家重大战略之一,是贯彻新发展理念、建设现代化经济体系的重要组成部分。\n" * 4
        + "为全面贯彻落实党的十九大精神,根据《中共中央 国务院关于建立更加有效的区域协调发展新机制的意见》,编制本规划。\n"
        + "第一章 发展基础与环境\n第一节 发展基础\n"
        + "全省经济总量持续扩大,发展质量稳步提升。\n" * 3
    )
    docs = parse_text(text, "page.txt").documents
    foreword = text.splitlines().index("前 言") + 1  # the text starts there, its title not printed
    assert [(d.title, d.source_line, d.transmitted_by) for d in docs][1:] == [(text_title, foreword, 0)]
    assert [(r.role, r.title) for r in docs[1].references] == [
        ("BASED_ON", "中共中央国务院关于建立更加有效的区域协调发展新机制的意见")
    ]
    assert not [r for r in docs[0].references if r.role == "BASED_ON"]  # the notice rests on nothing of it


def test_a_notice_whose_text_is_not_printed_issues_no_untitled_text():
    text = (
        "某某市人民政府关于印发某某市促进就业实施办法的通知\n某府〔2023〕7号\n各区人民政府：\n"
        "《某某市促进就业实施办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n某某市人民政府\n2023年4月14日\n"
        "（此件公开发布）\n抄送：市委各部门。\n某某市人民政府办公室 2023年4月14日印发\n"
    )
    assert len(parse_text(text, "notice.txt").documents) == 1


@pytest.mark.parametrize(
    "heading",
    [  # 维基文库 (h37): a wiki's edit links after its headings, traditional or simplified
        "北京市人民政府令[編輯]",
        "北京市人民政府令[编辑]",
    ],
)
def test_a_wikis_edit_links_are_no_text(heading):
    assert clean_line(heading)[0] == "北京市人民政府令"


@pytest.mark.parametrize(
    "items",
    [  # 北京市人民政府令第200号 (h37): the items name the rules with their history; a province's decision
        [
            ("一、《北京市水域游船安全管理规定》(1988年3月19日发布)", "北京市水域游船安全管理规定"),
            (
                "三、《北京市铁路专用线共用管理办法》(1992年3月26日北京市人民政府第5号令发布)",
                "北京市铁路专用线共用管理办法",
            ),
        ],
        [
            ("（一）《某某省公路路政管理规定》", "某某省公路路政管理规定"),
            ("（二）《某某省渔业管理办法》", "某某省渔业管理办法"),
        ],
    ],
)
def test_an_amending_decisions_items_amend_the_texts_they_name(items):
    body = "".join(f"{item}\n1、第四条中的“市公路局”改为“市公路管理机构”。\n" for item, _ in items)
    text = (
        "北京市人民政府关于修改《北京市水域游船安全管理规定》等五十九项规章部分条款的决定\n"
        "北京市人民政府决定对《北京市水域游船安全管理规定》等五十九项规章的部分条款作如下修改：\n"
        + body
        + "此外，对相关规章的条文顺序作相应调整。本决定自公布之日起施行，上述规章根据本决定作相应修改，重新公布。\n"
    )
    doc = parse_text(text, "decision.txt").documents[0]
    assert {title for _, title in items} <= {r.title for r in doc.references if r.role == "AMENDS"}
    assert not [r for r in doc.references if r.role == "CITES"]


@pytest.mark.parametrize(
    "title, note, amended",
    [  # 海南省人民政府令第171号 on a ministry's site (h37): its items lost in a table, the note's bracket lost;
        # a city's decision the same way
        (
            "海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定",
            "2004年2月16日海南省人民政府第30次常务会议审议通过  2004年2月26日海南省人民政府令第171号公布  自公布之日起施行)",
            "海南省城市市容和环境卫生管理办法",
        ),
        (
            "某某市人民政府关于修改《某某市养犬管理规定》等5件规章的决定",
            "2004年2月16日某某市人民政府第8次常务会议审议通过 2004年2月26日某某市人民政府令第17号公布 自公布之日起施行）",
            "某某市养犬管理规定",
        ),
    ],
)
def test_an_amending_decision_amends_what_its_title_names_and_is_dated_by_its_note(title, note, amended):
    text = (
        f"中华人民共和国司法部\n{title}\n来源:中国政府法制信息网 发布时间:2004-11-12 14:01\n分享到 打印\n{note}\n\n"
        "为了贯彻实施《中华人民共和国行政许可法》,人民政府决定修改下列规章:\n┌──┬────┬────┐\n│序号│规章名称│修改内容│\n"
        + "│ │ │将第十二条中的“审批”修改为“许可”，删去第十五条第二款。│\n" * 4
        + "└──┴────┴────┘\n"
    )
    doc = parse_text(text, "decision.txt").documents[0]
    assert (doc.title, doc.date) == (title, "2004-02-26")
    assert ("AMENDS", amended) in [(r.role, r.title) for r in doc.references]


@pytest.mark.parametrize(
    "line, parts",
    [  # 哈尔滨's record on a law database (h38); a county's the same way
        (
            "各区、县(市)人民政府,市政府各委、办、局,驻哈部队: 经市政府同意,现将《哈尔滨市志编纂方案》转发给你们,请遵照执行。",
            [
                "各区、县(市)人民政府,市政府各委、办、局,驻哈部队:",
                "经市政府同意,现将《哈尔滨市志编纂方案》转发给你们,请遵照执行。",
            ],
        ),
        (
            "各乡镇人民政府，县直各单位：为加强某某工作，现就有关事项通知如下。",
            ["各乡镇人民政府，县直各单位：", "为加强某某工作，现就有关事项通知如下。"],
        ),
        ("各地要高度重视：切实加强组织领导，确保各项措施落实到位。", None),  # a sentence, no addressees
    ],
)
def test_addressees_glued_to_the_body_are_their_own_line(line, parts):
    lines = [l.text for l in clean_lines(line)]
    assert lines == (parts or [line])


@pytest.mark.parametrize(
    "items",
    [  # 江西省人民政府令第273号 (h38): the repeal list run into one line, a title quoting the law it carries out;
        # a city's decision the same way
        [("江西省实施《退役士兵安置条例》办法", "225"), ("江西省长江河道采砂管理实施办法", "121")],
        [("某某市实施《中华人民共和国防洪法》办法", "12"), ("某某市城市绿化管理办法", "34")],
    ],
)
def test_a_repeal_list_run_into_one_line_repeals_each_item(items):
    place = items[0][0][:3]
    listed = " ".join(
        f"({'一二'[k]}){title}({2000 + k}年8月8日{place}人民政府令第{n}号公布2010年11月29日{place}人民政府令第186号修正)"
        for k, (title, n) in enumerate(items)
    )
    text = (
        f"{place}人民政府关于废止2件和修改1件政府规章的决定\n{place}人民政府令\n(第273号)\n"
        f"《{place}人民政府关于废止2件和修改1件政府规章的决定》已经常务会议审议通过,现予公布,自公布之日起施行。\n"
        f"市长 叶某某\n2025年11月6日\n{place}人民政府关于废止2件和修改1件政府规章的决定\n"
        "经清理,决定:废止2件政府规章,对1件政府规章的部分条款予以修改。\n"
        f"一、废止2件政府规章 {listed} 二、修改1件政府规章 (一)某某管理办法\n"
    )
    doc = parse_text(text, "decision.txt").documents[0]
    repealed = [(r.title, str(r.doc_number)) for r in doc.references if r.role == "SUPERSEDES"]
    assert repealed == [(title, f"{place}人民政府令第{n}号") for title, n in items]


def _contents(entries: list[tuple[str, str]]) -> str:
    return "".join(f"{title}\n\n({number})({page})\n\n" for title, number, page in entries)


@pytest.mark.parametrize(
    "issue, sections",
    [  # 楚雄州 gazette (h37): a contents page only, each entry its number and page in brackets; a city's gazette
        (
            "楚雄彝族自治州人民政府公报(2015年第4期)",
            [
                ("国务院令", [("博物馆条例", "第659号", 3), ("存款保险条例", "第660号", 7)]),
                (
                    "省政府文件",
                    [
                        ("云南省人民政府关于进一步做好为农民工服务工作的实施意见", "云政发〔2015〕22号", 13),
                        ("云南省人民政府关于促进全省经济平稳健康发展的意见", "云政发〔2015〕25号", 20),
                    ],
                ),
            ],
        ),
        (
            "某某市人民政府公报(2021年第2期)",
            [
                (
                    "市政府文件",
                    [
                        ("某某市人民政府关于印发某某办法的通知", "某政〔2021〕3号", 2),
                        ("某某市人民政府关于加强某某工作的意见", "某政〔2021〕5号", 9),
                    ],
                ),
                ("市政府办公室文件", [("某某市人民政府办公室关于某某的通知", "某政办〔2021〕8号", 15)]),
            ],
        ),
    ],
)
def test_a_gazette_issues_contents_page_holds_no_document(issue, sections):
    text = f"索引号:115323000151673132 发布机构:人民政府办公室\n标 题:\n{issue}\n\n{issue}\n\n" + "".join(
        f"{label}\n\n" + _contents(entries) for label, entries in sections
    )
    parsed = parse_text(text, "contents.txt")
    assert parsed.documents == ()
    assert [p.kind for p in parsed.problems] == ["contents-only"]


@pytest.mark.parametrize(
    "item",
    [  # 北京市人民政府令第200号 (h37): the new wording of an article quotes a law; a province's decision the same way
        "第四条第二款修改为:「违反本规定,属于违反治安管理规定的,依照《中华人民共和国治安管理处罚法》处罚。」",
        "将第十二条修改为：“违反本办法的，依照《中华人民共和国治安管理处罚法》的规定处罚。”",
    ],
)
def test_a_law_quoted_in_an_amendments_new_wording_is_no_reference_of_the_decision(item):
    text = (
        "北京市人民政府关于修改《北京市水域游船安全管理规定》等五十九项规章部分条款的决定\n"
        "北京市人民政府决定对《北京市水域游船安全管理规定》等五十九项规章的部分条款作如下修改:\n"
        f"一、《北京市水域游船安全管理规定》(1988年3月19日发布)\n{item}\n"
        "此外，对相关规章的条文顺序作相应调整。本决定自公布之日起施行，上述规章根据本决定作相应修改，重新公布。\n"
    )
    doc = parse_text(text, "decision.txt").documents[0]
    assert [(r.role, r.title) for r in doc.references] == [("AMENDS", "北京市水域游船安全管理规定")] * len(
        doc.references
    )
    assert "中华人民共和国治安管理处罚法" not in {r.title for r in doc.references}


@pytest.mark.parametrize(
    "heading, number, title_lines",
    [  # 乌兰浩特 on a document-sharing site (h44): the site's heading, the number, the title split after 关于;
        # a county's notice copied the same way
        (
            "乌兰浩特市公文形式、适用范围、审批程序和公文处理有关规定、格式细则",
            "乌政办发〔2013〕11号",
            ["乌兰浩特市人民政府办公室关于", "印发《乌兰浩特市人民政府公文处理有关规定》的通知"],
        ),
        (
            "某某县政务公开工作制度汇编",
            "某政办发〔2020〕3号",
            ["某某县人民政府办公室关于", "印发《某某县政务公开工作制度》的通知"],
        ),
    ],
)
def test_a_pages_heading_over_the_number_yields_to_the_title_under_it(heading, number, title_lines):
    text = (
        f"{heading}\n{number}\n" + "\n".join(title_lines) + "\n各镇人民政府、办事处,市直各部门:\n"
        "经市政府同意,现将《某某规定》印发给你们,请认真贯彻执行。\n2013年2月27日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("".join(title_lines), number)
