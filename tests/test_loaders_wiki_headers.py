"""Headers of wiki and law-database pages (part h143, Wikisource): the mobile page's header template flattened into
one line, the page title's year tag, a regulation's history printed without brackets above its first article, and
a request acknowledged by title and number whatever its title ends with.  Each text is modelled on a page of the
part, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

REPLY_BODY = (
    "湖南省人民政府:\n"
    "你省《关于长沙县撤县设区的请示》(湘政〔2015〕31号)收悉。现批复如下:\n"
    "一、同意撤销长沙县,设立长沙市望城区,以原长沙县的行政区域为望城区的行政区域,区人民政府驻星沙街道开元路1号。\n"
    "二、望城区的各类机构要按照“精简、统一、效能”的原则设置,所需人员编制和经费由你省自行解决。\n"
)


@pytest.mark.parametrize("chrome", ["|", "官方来源 |"])
def test_the_number_on_a_one_line_header_under_the_page_title_is_the_documents_own(chrome):
    """国务院关于同意X的批复 / X 国函〔1998〕73号 中华人民共和国国务院 1998年8月27日 | (h143 桂林, 玉溪): the line that
    repeats the title and goes on with a bare number, an issuer and a date gives the document's number — never a
    citation of it."""
    title = "国务院关于同意湖南省调整长沙市部分行政区划的批复"
    text = (
        f"{title}\n{title} 国函〔2016〕45号 中华人民共和国国务院 2016年3月4日 |\n{chrome}\n"
        + REPLY_BODY
        + "中华人民共和国国务院\n二〇一六年三月四日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.date) == (title, "国函〔2016〕45号", "2016-03-04")
    assert [(r.role, r.title, str(r.doc_number)) for r in doc.references] == [
        ("CITES", "关于长沙县撤县设区的请示", "湘政〔2015〕31号")
    ]


def test_the_date_on_a_one_line_header_dates_a_page_cut_before_its_signature():
    """The header line's date (h143 固原's form), when the page prints no signature."""
    title = "国务院关于同意湖南省调整长沙市部分行政区划的批复"
    text = f"{title}\n{title} 国函〔2016〕45号 中华人民共和国国务院 2016年3月4日 |\n|\n" + REPLY_BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.date) == ("国函〔2016〕45号", "2016-03-04")


def test_a_wiki_page_titles_year_tag_is_no_part_of_the_title():
    """国务院关于同意重庆市调整部分行政区划的批复 (2014年) — the wiki's tag after a space in half-width brackets
    (h143 重庆); the header line under it repeats the title without it."""
    title = "国务院关于同意湖南省调整长沙市部分行政区划的批复"
    text = (
        f"{title} (2016年)\n{title} 国函〔2016〕45号 中华人民共和国国务院 2016年3月4日 |\n|\n"
        + REPLY_BODY
        + "中华人民共和国国务院\n2016年3月4日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (title, "国函〔2016〕45号")


def test_a_year_printed_in_a_title_without_the_wikis_space_stays():
    """临夏回族自治州人民政府信息公开指南(2023年) (h45): the year is the title's own."""
    text = (
        "甘南藏族自治州人民政府信息公开指南(2023年)\n"
        "为了保障公民、法人和其他组织依法获取政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。"
        "本指南所称政府信息,是指州人民政府在履行行政管理职能过程中制作或者获取的,以一定形式记录、保存的信息。"
        "公民、法人或者其他组织可以通过州人民政府门户网站、政务服务大厅、政府信息查阅场所等获取主动公开的政府信息,"
        "也可以向州人民政府办公室提出政府信息公开申请。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甘南藏族自治州人民政府信息公开指南(2023年)".replace("(", "（").replace(")", "）")


REGULATION = (
    "医疗器械监督管理条例 (2017年)\n\n"
    "医疗器械监督管理条例 (2014年) 医疗器械监督管理条例\n"
    "制定机关:中华人民共和国国务院\n"
    "2017年5月4日\n"
    "2014年3月7日中华人民共和国国务院令第650号公布\n"
    "根据2017年5月4日《国务院关于修改〈医疗器械监督管理条例〉的决定》修订\n\n"
    "第一章 总则\n\n编辑\n\n"
    "第一条 为了保证医疗器械的安全、有效,保障人体健康和生命安全,依据《中华人民共和国药品管理法》,制定本条例。\n\n"
    "第二条 在中华人民共和国境内从事医疗器械的研制、生产、经营、使用活动及其监督管理,应当遵守本条例。\n"
)


def test_the_promulgating_order_in_a_pages_history_lines_is_the_number():
    """2009年4月13日中华人民共和国国务院令第551号公布 above the first article (h143 民用机场): the regulation's
    number when the text prints none."""
    doc = parse_text(REGULATION, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.date) == (
        "医疗器械监督管理条例",
        "中华人民共和国国务院令第650号",
        "2017-05-04",
    )


def test_the_amending_decision_in_a_pages_history_lines_is_cited():
    """根据2019年3月2日《国务院关于修改部分行政法规的决定》修订 (h143 民用机场): a history line tells the text's own
    past — CITES, as under a bracketed note; the first article's 依据《…》 stays BASED_ON."""
    doc = parse_text(REGULATION, "page.txt").documents[0]
    assert sorted((r.role, r.title) for r in doc.references) == [
        ("BASED_ON", "中华人民共和国药品管理法"),
        ("CITES", "国务院关于修改《医疗器械监督管理条例》的决定"),
    ]


def test_a_local_regulation_amended_dates_from_its_latest_amendment():
    """青岛市胶州湾保护条例's history line (h143): passed, approved, published, then amended by a decision revising
    several regulations — dated by the amendment (the set's convention for a promulgation note), the decision cited."""
    text = (
        "烟台市城市绿化条例\n"
        "← | 烟台市城市绿化条例/2012年 | 烟台市城市绿化条例 沿革和最新版 制定机关:烟台市人民代表大会常务委员会 "
        "有效期:2012年10月1日起至今 |\n"
        "2012年4月26日烟台市第十五届人民代表大会常务委员会第二次会议通过 2012年7月27日山东省第十一届人民代表大会"
        "常务委员会第三十二次会议批准 2012年8月3日烟台市人民代表大会常务委员会公告公布 根据2020年11月27日烟台市第十七届"
        "人民代表大会常务委员会第三十次会议《关于修改〈烟台市城市市容和环境卫生管理条例〉等十件地方性法规的决定》修正 |\n"
        "第一章 总则\n"
        "编辑第一条 为了促进城市绿化事业的发展,改善生态环境,根据有关法律、法规,结合本市实际,制定本条例。\n"
        "第二条 本条例适用于本市城市规划区内城市绿化的规划、建设、保护和管理。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.date) == ("烟台市城市绿化条例", "2020-11-27")
    assert [(r.role, r.title) for r in doc.references] == [
        ("CITES", "关于修改《烟台市城市市容和环境卫生管理条例》等十件地方性法规的决定")
    ]


@pytest.mark.parametrize("after", ["收悉", "和有关补充报告收悉"])
def test_a_request_acknowledged_by_title_and_number_is_cited_whatever_its_title_ends_with(after):
    """你省《關於撤銷荊門市沙洋區設立沙洋縣的請求》(鄂政文〔1998〕47號)收悉 (h143 沙洋): a 请求, not a 请示 — cited."""
    text = (
        "民政部关于湖南省撤销岳阳市君山区设立君山县的批复\n民行批〔1999〕12号\n中华人民共和国民政部\n1999年3月9日\n"
        "湖南省人民政府:\n"
        f"你省《关于撤销岳阳市君山区设立君山县的请求》(湘政〔1998〕52号){after}。经国务院批准,同意撤销岳阳市君山区,"
        "设立君山县。以原君山区的行政区域为君山县的行政区域,县人民政府驻柳林洲镇。\n"
        "君山县由岳阳市管辖,其机构应按照“精简、统一、效能”的原则设置,不增加人员编制。\n"
        "民政部\n一九九九年三月九日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert [(r.role, r.title, str(r.doc_number)) for r in doc.references] == [
        ("CITES", "关于撤销岳阳市君山区设立君山县的请求", "湘政〔1998〕52号")
    ]
