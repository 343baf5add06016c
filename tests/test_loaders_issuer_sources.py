"""Issuers of documents (round 5): names the registry does not know, portal tables that name only their
body, glued names and site chrome before an issuer.  Each text is modelled on a failing one of the unseen
set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def test_an_emergency_bureau_the_registry_does_not_know_is_a_name():
    """…县应急管理局 (h84 龙陵): 应 of 应急 is no sentence word; the name is one body, not 急管理局."""
    reg = default_registry()
    assert reg.split_issuers("石屏县应急管理局") == ["石屏县应急管理局"]
    assert reg.looks_like_agency("石屏县应急管理局 石屏县财政局")
    assert not reg.looks_like_agency("石屏县应当加强管理局")


def test_a_table_naming_only_its_publisher_gives_an_untitled_text_its_issuer():
    """索引号 | … | 发布机构 | 石屏县应急管理局 | over a plan printed without title or number (h84 龙陵)."""
    text = (
        "索引号 | abc/20221222-00001 | 发布机构 | 石屏县应急管理局 |\n"
        "公开目录 | 发展规划 | 发布日期 | 2022-12-22 |\n"
        "文号 | 浏览量 |\n"
        "前言\n"
        "“十四五”时期是全县防灾减灾工作的关键时期,为此编制本规划。\n"
        "一、现状与形势\n"
        "全县深入贯彻落实防灾减灾救灾工作部署,取得明显成效。\n"
        + "(一)主要成效\n“十三五”时期,全县坚持以防为主、防抗救相结合,防灾减灾救灾能力明显提升,各项工作有序推进。\n"
        * 6
    )
    docs = parse_text(text, "h84-page.txt").documents
    assert [d.issuers for d in docs] == [("石屏县应急管理局",)]
    assert docs[0].date is None  # (the table's web date is not taken for a text it does not title)


def test_a_publisher_names_the_issuer_of_a_titled_text_that_names_none():
    """发布机构: 玉溪市信访局 in the table, the plan's title naming no body (h27 昆明)."""
    text = (
        "索引号: 0000/2019-0001 发布机构:  玉溪市信访局 发布日期: 2019-03-29\n"
        "名称: 某某市2019年度行动计划\n\n"
        "某某市2019年度行动计划\n\n"
        "为推进全市信访工作,制定本计划。\n"
        "一、工作目标\n"
        "全面提升信访工作水平。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("玉溪市信访局",)


def test_a_towns_page_carrying_its_countys_notice_is_not_the_issuer():
    """发布机构: 某某县某某镇人民政府 over 关于印发某某县…预案的通知 (h63 绩溪): the town only reposts it."""
    text = (
        "索引号: 1134/202006-00018 组配分类: 应急预案\n"
        "发布机构: 石屏县上庄镇人民政府 主题分类: 其他\n"
        "名称: 关于印发石屏县防汛抗旱应急预案的通知 文号:\n"
        "生成日期: 2020-06-19 发布日期: 2020-06-19\n\n"
        "关于印发石屏县防汛抗旱应急预案的通知\n\n"
        "各乡镇人民政府,县防指成员单位:\n\n"
        "《石屏县防汛抗旱应急预案》已修订,经县政府同意,现印发给你们,请认真贯彻实施。\n\n"
        "2020年6月17日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ()


def _title_issuers(title: str) -> list[str]:
    from policykg.loaders.header import title_issuers

    return title_issuers(default_registry(), title, title)


def test_site_chrome_glued_before_a_titles_issuer_is_dropped():
    """EHS中国法规首页山西省人民政府关于… (h103 山西): the registry's name that ends the glued head."""
    assert _title_issuers("某某中国法规首页河北省人民政府关于印发河北省某某规划的通知") == ["河北省人民政府"]


def test_a_red_head_and_number_glued_before_a_titles_issuer_are_dropped():
    """辽宁省人民政府办公厅文件辽政办发〔2021〕7号辽宁省人民政府办公厅关于… (h103 辽宁), one line."""
    title = "吉林省人民政府办公厅文件吉政办发〔2021〕9号吉林省人民政府办公厅关于对2020年某某工作予以表扬的通报"
    assert _title_issuers(title) == ["吉林省人民政府办公厅"]


def test_a_sites_menu_or_company_before_a_titles_issuer_is_dropped():
    """首页区县招商…新闻中心北京市海淀区人民政府关于… (h105 海淀), 山西某某煤业有限公司山西省人民政府关于… (h73)."""
    assert _title_issuers("首页区县招商产业园区优惠政策新闻中心北京市朝阳区人民政府关于印发某某的通知") == [
        "北京市朝阳区人民政府"
    ]
    assert _title_issuers("河北涉县天铁煤业有限公司河北省人民政府关于印发某某行动计划的通知") == ["河北省人民政府"]
    # two bodies of a joint title stay
    assert _title_issuers("河北省财政厅 河北省应急管理厅关于某某的通知") == ["河北省财政厅", "河北省应急管理厅"]


def test_a_second_department_sharing_the_first_ones_place_is_its_own_body():
    """内蒙古自治区财政厅 自然资源厅 (h76), 内蒙古自治区财政厅住房和城乡建设厅 (h98): two bodies of one place."""
    reg = default_registry()
    assert reg.split_issuers("广西壮族自治区财政厅 自然资源厅") == ["广西壮族自治区财政厅", "自然资源厅"]
    assert reg.split_issuers("广西壮族自治区财政厅住房和城乡建设厅") == ["广西壮族自治区财政厅", "住房和城乡建设厅"]
    text = (
        "广西壮族自治区财政厅 住房和城乡建设厅关于印发《某某补助资金管理办法》的通知\n"
        "各市财政局、住房和城乡建设局:\n"
        "现将《某某补助资金管理办法》印发给你们,请遵照执行。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("广西壮族自治区财政厅", "广西壮族自治区住房和城乡建设厅")
    # a department's own unit stays one name
    assert reg.split_issuers("广西壮族自治区财政厅办公室") == ["广西壮族自治区财政厅办公室"]


def test_a_national_bodys_branch_cut_over_two_signature_lines_with_the_next_body_glued():
    """中国银行保险监督管理委员会 / 青海监管局中国民用航空青海安全监督管理局 (h95): the branch, then the next body."""
    text = (
        "关于印发《某某若干政策措施》的通知\n"
        "各有关单位:\n"
        "现将《某某若干政策措施》印发给你们,请认真贯彻执行。\n"
        "甘肃省发展和改革委员会\n"
        "中国银行保险监督管理委员会\n"
        "甘肃监管局中国民用航空甘肃安全监督管理局\n"
        "2022年4月8日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers[0] == "甘肃省发展和改革委员会"
    assert "中国民用航空甘肃安全监督管理局" in doc.issuers
    assert len(doc.issuers) == 3


def test_a_party_committees_leading_group_office_on_county_economy_is_one_body():
    """中共湖南省委县域经济工作领导小组办公室 (h30): 县域 is no county; the office is the committee's."""
    reg = default_registry()
    assert reg.split_issuers("中共江西省委县域经济工作领导小组办公室") == ["中共江西省委县域经济工作领导小组办公室"]


def test_an_order_signed_by_its_ministers_names_their_ministries():
    """农业农村部部长 韩长赋 / 生态环境部部长 黄润秋 over the order's date (h119): the ministries issue it."""
    text = (
        "某某废弃物回收处理管理办法\n"
        "《某某废弃物回收处理管理办法》已于2021年7月31日经水利部第11次部务会议审议通过,并经自然资源部同意,"
        "现予公布,自2021年10月1日起施行。\n"
        "水利部部长 李某某\n"
        "自然资源部部长 王某\n"
        "2021年8月27日\n"
        "第一章 总 则\n"
        "第一条 为了防治某某废弃物污染,保障公众健康,根据《中华人民共和国固体废物污染环境防治法》,制定本办法。\n"
        "第二条 本办法适用于某某废弃物的回收处理活动。\n"
        "第三条 县级以上地方人民政府有关部门按照职责分工负责本行政区域内的回收处理工作。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.issuers for d in docs] == [("水利部", "自然资源部")]


def test_a_city_regulation_its_province_approved_is_the_city_committees():
    """洛阳市…办法 / 河南省人大常委会 / (…洛阳市第八届人民代表大会常务委员会…通过 …河南省…批准 …) (h115, h65 抚顺):
    the database's issuer line names the approving province; the city's standing committee passed it."""
    text = (
        "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n"
        "开封市城市绿化管理办法\n\n"
        "时间:2024-07-01 01:55:39 来源: 法律资料网 作者:法律资料网 阅读:8725\n"
        "下载地址: 点击此处下载\n\n"
        "开封市城市绿化管理办法\n\n"
        "河南省人大常委会\n\n\n"
        "开封市城市绿化管理办法\n"
        "河南省人大常委会\n\n\n\n"
        "(1990年6月12日开封市第八届人民代表大会常务委员会第二十一次会议通过 1990年7月19日河南省第七届人民代表大会"
        "常务委员会第二十九次会议批准 1990年7月29日开封市人民代表大会常务委员会公布施行)\n\n"
        "第一章 总 则\n"
        "第一条 为了搞好城市绿化建设和管理,根据国家有关规定,结合本市实际,制定本办法。\n"
        "第二条 本办法适用于本市城市规划区内的绿化工作。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.issuers for d in docs] == [("开封市人民代表大会常务委员会",)]


def _site_page(author: str) -> str:
    return (
        f"---\ntitle: 建设项目某某管理暂行办法\nicon: article\ndate: 2017-11-20\nauthor: {author}\ncategory:\n  - 规章\n---\n\n"
        '## 第一章&emsp;总&emsp;&emsp;则{align="center"}\n\n'
        "**第一条**&emsp;为规范建设项目某某管理,根据《建设项目环境保护管理条例》,制定本办法。\n\n"
        "**第二条**&emsp;本办法适用于编制环境影响报告书的建设项目。\n\n"
        "**第三条**&emsp;建设单位是建设项目某某管理的责任主体。\n"
    )


def test_a_static_sites_front_matter_author_names_the_issuer_of_a_text_that_names_none():
    """author: 原环境保护部 over a rule printed without issuer (the cee compendium's pages): 环境保护部."""
    docs = parse_text(_site_page("原环境保护部"), "rule.md").documents
    assert [d.issuers for d in docs] == [("环境保护部",)]
    docs = parse_text(_site_page("广东省生态环境厅"), "rule.md").documents
    assert [d.issuers for d in docs] == [("广东省生态环境厅",)]


def test_a_front_matter_author_ending_in_deng_names_too_few_bodies():
    """author: 最高人民法院等 names only the first of several bodies: nothing is taken from it."""
    docs = parse_text(_site_page("最高人民法院等"), "rule.md").documents
    assert [d.issuers for d in docs] == [()]
