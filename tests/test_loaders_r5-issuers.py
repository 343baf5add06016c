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
