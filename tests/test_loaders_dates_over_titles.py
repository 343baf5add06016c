"""Dates printed over a text's title or beside its passing (unseen set, r45): the notice's date left alone
above a page's title, over a page's first word or over a title cut in two; each text modelled on the form
of the part named, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

BODY = (
    "为切实加强森林防火工作，根据《某某省森林防火条例》有关规定，特发布此令。\n"
    "一、禁火时间：2023年4月1日至4月30日。\n"
    "二、禁火区域：全区所有林区。\n"
)


def test_a_date_alone_over_a_title_on_the_second_line_dates_it():
    """打印 / 2023年3月31日 / 某某区人民政府关于…的通告 (h148 百色): one word of the page over the notice's date."""
    text = "打印\n2023年3月31日\n某某市某某区人民政府关于宣布森林防火禁火令的通告\n" + BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某市某某区人民政府关于宣布森林防火禁火令的通告"
    assert doc.date == "2023-03-31"


def test_a_date_alone_over_a_title_cut_in_two_dates_it():
    """2024年10月29日 / （此件公开发布） / 某某行委关于全面做好草原禁牧 / 工作的令 (h116 大柴旦): the title's head on a
    line of its own, the notice's date over it."""
    text = (
        "第3号\n为巩固国土绿化成果，现就进一步做好禁牧工作颁令如下。\n行委级总林长：\n2024年10月29日\n（此件公开发布）\n"
        "某某行委关于全面做好草原禁牧\n工作的令\n" + BODY
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2024-10-29"


def test_a_passing_sentence_naming_its_body_before_the_day_dates_the_text():
    """《X》已由某某省第九届人民代表大会常务委员会第四次会议于1998年7月29日通过，现予公布 several lines under a law
    database's title, its copy and its body's name printed between (h115 广东): the day the sentence says."""
    title = "某某省实施《中华人民共和国某某法》办法"
    text = (
        f"您的位置: 首页 » 法律资料网 » 法律法规 »\n\n{title}\n\n下载地址: 点击此处下载\n\n{title}\n\n某某省人大常委会\n\n"
        f"{title}\n某某省第九届人民代表大会常务委员会\n\n"
        "《某某省实施〈中华人民共和国某某法〉办法》已由某某省第九届人民代表大会常务委员会第四次会议于1998年7月29日通过，"
        "现予公布，自公布之日起施行。\n\n第一条 为贯彻实施《中华人民共和国某某法》，结合本省实际，制定本办法。\n"
        "第二条 县级以上各级人民政府应当加强对本行政区域某某工作的领导。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == title)
    assert doc.date == "1998-07-29"


def test_an_announcement_signed_right_above_a_regulation_dates_it_over_its_passing_note():
    """某某市人民代表大会常务委员会公告 / 《X》已由…于2025年10月29日修订通过，经…于2025年11月27日批准，现予公布 / body /
    2025年12月10日 / X / (history note) (h94 海口, h43 黑河): the announcement's day, not the approval's."""
    text = (
        "某某市市政设施管理条例(2025修订)\n某某市人民代表大会常务委员会公告\n(第49号)\n"
        "《某某市市政设施管理条例》已由某某市第十七届人民代表大会常务委员会第三十三次会议于2025年10月29日修订通过，"
        "经某某省第七届人民代表大会常务委员会第二十一次会议于2025年11月27日批准，现予公布，自2026年1月1日起施行。\n"
        "某某市人民代表大会常务委员会\n2025年12月10日\n某某市市政设施管理条例\n"
        "(1996年12月12日某某市第十一届人民代表大会常务委员会第二十二次会议通过 "
        "2025年11月27日某某省第七届人民代表大会常务委员会第二十一次会议批准)\n"
        "第一章 总则\n第一条 为了加强市政设施管理，根据有关法律、法规，结合本市实际，制定本条例。\n"
        "第二条 本条例适用于本市行政区域内市政设施的规划、建设、养护和管理。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == "某某市市政设施管理条例")
    assert doc.date == "2025-12-10"


def test_a_law_database_table_under_the_heading_signs_and_dates_its_regulation():
    """当前位置… / 某某市地方立法条例 / 发布单位 / X / 发布文号 X公告〔7届〕第1号 / 发布日期 2016-12-27 生效日期 … (h122 晋城):
    a table right under the page's heading, its number printed though it reads as none: its issuer and 发布日期."""
    title = "某某市地方立法条例"
    note = (
        "2016年10月26日某某市第七届人民代表大会第一次会议通过 2016年12月15日某某省第十二届人民代表大会常务委员会"
        "第三十三次会议批准 2016年12月27日某某市人民代表大会常务委员会公告公布 自公布之日起施行"
    )
    text = (
        f"当前位置: 首页 » 政策法规 » 地方法规 »{title}\n\n{title}\n\n扫描二维码 分享好友和朋友圈\n"
        "核心提示:为了规范地方立法活动，根据《中华人民共和国立法法》，结合本市实际，制定本条例。\n"
        "发布单位\n某某市人民代表大会常务委员会\n某某市人民代表大会常务委员会\n"
        "发布文号 某某市人民代表大会常务委员会公告〔7届〕第1号\n发布日期 2016-12-27 生效日期 2016-12-27\n"
        f"有效性状态 废止日期 暂无\n属性 地方性法规 专业属性\n备注 {note}\n  ({note})\n \n  第一章 总则\n \n"
        "  第一条\n \n  为了规范地方立法活动，健全地方立法制度，制定本条例。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == title)
    assert doc.issuers == ("某某市人民代表大会常务委员会",)
    assert doc.date == "2016-12-27"
