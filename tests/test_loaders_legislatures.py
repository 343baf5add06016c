"""Layouts of part h43 of the unseen set (local legislatures and government rules): a regulation on a
newspaper's e-paper page under its navigation, its promulgation note telling the decisions that amended
it.  Each text is modelled on two sources."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line
from policykg.loaders.parse import parse_text


@pytest.mark.parametrize(
    "line",
    [  # 湖南日报's e-paper (h43); another paper's navigation the same way
        "第10版:文件 上一版3  4下一版",
        "第03版",
        "首页 | 版面导航 | 标题导航 |",
        "放大 缩小 默认",
        "上一期 | 下一期 | 往期回顾",
    ],
)
def test_an_e_papers_navigation_is_no_text(line):
    assert clean_line(line)[0] == ""


@pytest.mark.parametrize(
    "title, body",
    [  # 湖南省地方立法条例 in 湖南日报 (h43); a city's regulation printed the same way
        ("湖南省地方立法条例", "湖南省"),
        ("某某市城市绿化条例", "某某市"),
    ],
)
def test_a_regulation_under_an_e_papers_navigation_cites_the_decisions_its_note_names(title, body):
    decision = f"关于修改〈{title}〉的决定"
    text = (
        "第10版:文件 上一版3  4下一版\n版面导航\n第01版\n头版\n第03版\n逐光前行——经济观察与展望\n标题导航\n"
        "首页 | 版面导航 | 标题导航 |\n2024年01月30日 星期二\n放大 缩小 默认\n"
        f"{title}\n(2001年1月17日{body}第九届人民代表大会第四次会议通过 根据2018年5月31日{body}第十三届人民代表大会"
        f"常务委员会第四次会议《{decision}》第一次修正 根据2024年1月28日{body}第十四届人民代表大会第二次会议"
        f"《{decision}》第二次修正)\n第一章 总则\n第一条 为了规范地方立法活动，根据《中华人民共和国立法法》，制定本条例。\n"
        "第二条 本条例适用于本行政区域。\n"
    )
    doc = parse_text(text, "epaper.txt").documents[0]
    assert (doc.title, doc.date) == (title, "2024-01-28")
    refs = {(r.role, r.title) for r in doc.references}
    assert refs == {("CITES", decision.replace("〈", "《").replace("〉", "》")), ("BASED_ON", "中华人民共和国立法法")}


@pytest.mark.parametrize(
    "line, kept",
    [  # 哈尔滨's regulation on a law site (h43); another site's record rows the same way
        ("哈尔滨市人民代表大会及其常务委员会立法条例|2025年修正版", "哈尔滨市人民代表大会及其常务委员会立法条例"),
        ("某某市城市绿化条例｜2017版", "某某市城市绿化条例"),
        ("扫描二维码 分享好友和朋友圈", ""),
        ("放大字体  缩小字体 2020-01-10 14:26:21  来源:黑龙江省人大  浏览次数:1122", ""),
        ("核心提示:为了规范地方立法活动,完善地方立法程序,根据《中华人民共和国立法法》,制定本条例。", ""),
        ("发布文号 哈尔滨市第十五届人民代表大会常务委员会公告第4号", ""),
        ("有效性状态 废止日期 暂无", ""),
        ("备注  修订公告:哈尔滨市人民代表大会关于修改《立法条例》的决定", ""),
    ],
)
def test_a_law_sites_record_rows_and_tools_are_no_text(line, kept):
    assert clean_line(line)[0] == kept


@pytest.mark.parametrize(
    "number",
    [  # 唐山's order on a law database (h43); another city's order numbered the same way
        "政府令[2011]3号",
        "某政府令〔2019〕5号",
    ],
)
def test_a_decree_numbered_like_a_notice_keeps_its_rules_one_document(number):
    title = "唐山市经济适用住房管理办法"
    text = (
        f"{title}\n河北省唐山市人民政府\n{title}\n{number}\n"
        f"《{title}》已经2011年6月3日市政府第52次常务会议通过,现予公布,自公布之日起施行。\n   市长:陈某某\n   2011年6月14日\n"
        f"  {title}\n  第一章 总则\n  第一条 为规范经济适用住房管理,根据《中华人民共和国城市房地产管理法》,结合本市实际,制定本办法。\n"
        "  第二条 本办法适用于本市市区。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert [(d.title, d.date) for d in docs] == [(title, "2011-06-14")]
    assert [(r.role, r.title) for r in docs[0].references] == [("BASED_ON", "中华人民共和国城市房地产管理法")]


@pytest.mark.parametrize(
    "article",
    [  # 楚雄州自治条例 on a law site (h43): the titles cut at their 《; another regulation's article the same way
        "第一条 根据《\n中华人民共和国宪法》、《\n中华人民共和国民族区域自治法》,结合本州实际,制定本条例。",
        "第一条 为了规范管理，根据《\n中华人民共和国宪法》和《中华人民共和国民族区域自治法》，制定本条例。",
    ],
)
def test_a_title_cut_at_its_opening_mark_is_read_whole(article):
    text = f"某某自治州自治条例\n第一章 总则\n{article}\n第二条 自治州是实行区域自治的地方。\n"
    doc = parse_text(text, "regulation.txt").documents[0]
    assert [(r.role, r.title) for r in doc.references] == [
        ("BASED_ON", "中华人民共和国宪法"),
        ("BASED_ON", "中华人民共和国民族区域自治法"),
    ]


@pytest.mark.parametrize(
    "text",
    [  # a site's Markdown page cut after its title (found by cutting the unseen texts at random); a decree's
        # number alone on the last line
        "---\ntitle: 医疗废物管理行政处罚办法\ncategory: 规章\n---\n# 医疗废物管理行政处罚办法\n",
        "唐山市经济适用住房管理办法\n政府令〔2011〕3号\n",
    ],
)
def test_a_text_cut_after_its_title_or_number_parses(text):
    parse_text(text, "cut.md")  # no exception: what could not be read is reported, not raised
