"""Parts h195 (2026 texts) and h196 (places held least), r192: a county's fire order numbered within the year, a
mirror's headline over the real title, a body named inside book marks.  Each text is modelled on a failing text of
the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

FIRE_ORDER_BODY = (
    "鉴于当前天气持续干旱无雨，森林火险等级较高，为有效预防森林火灾发生，根据《某省森林防火条例》第十八条规定，"
    "县政府决定从2026年1月9日至2026年1月16日止，在全县范围内严禁一切林区野外用火，请各单位遵照执行。\n\n"
    "甲县人民政府\n\n2026年1月8日\n"
)


@pytest.mark.parametrize("serial", ["(2026年第1号)", "（2026年第1号）", "2026年第1号)"])
def test_a_titled_fire_order_over_its_yearly_serial(serial):
    # 某县人民政府森林防火禁火令 / (2026年第1号) (h195 光泽, its opening bracket lost): the line is the order's title,
    # the serial under it its number, the body before its subject the issuer — not one order head numbered as a 令
    text = f"甲县人民政府森林防火禁火令\n\n{serial}\n\n" + FIRE_ORDER_BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.issuers) == (
        "甲县人民政府森林防火禁火令",
        "2026年第1号",
        ("甲县人民政府",),
    )


def test_a_titled_fire_order_with_a_lost_date_takes_its_issuer_from_the_title():
    # the signature's date garbled (2026年18): the issuer is still the body the title opens with
    text = "甲县人民政府森林防火禁火令\n\n2026年第1号)\n\n" + FIRE_ORDER_BODY.replace("2026年1月8日", "2026年18")
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.issuers) == (
        "甲县人民政府森林防火禁火令",
        "2026年第1号",
        ("甲县人民政府",),
    )


def test_a_mirrors_headline_over_the_announcements_title():
    # 2022某市…措施通告 / 某市公安局关于继续实施…的通告 / 为…现通告如下 (h196 天津, a spam mirror): the headline, a title
    # with no 关于, is the page's; the title under it opens the document
    text = (
        "2022甲市机动车限行交通管理措施通告\n\n"
        "甲市公安局关于继续实施机动车限行交通管理措施的通告\n\n"
        "为有效缓解道路交通拥堵，降低能源消耗，依据《中华人民共和国道路交通安全法》有关规定，"
        "经市人民政府批准，继续实施机动车限行交通管理措施。现通告如下：\n\n"
        "一、自2022年5月9日起，工作日每日7时至9时禁止外埠号牌机动车在外环线以内道路通行。\n\n"
        "二、自2022年5月9日至2023年4月2日，继续实施按车牌尾号区域限行交通管理措施。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.issuers) for d in docs] == [
        ("甲市公安局关于继续实施机动车限行交通管理措施的通告", ("甲市公安局",))
    ]
    assert [r.title for r in docs[0].references] == ["中华人民共和国道路交通安全法"]


def test_a_body_named_inside_book_marks_announces_nothing():
    # 按照《中共某市委某市人民政府X纲要》要求…现通告如下 (h196 天津): the makers of a cited text are not the announcer
    text = (
        "1. 2022甲市机动车限行交通管理措施通告\n\n更新时间:2022-05-06 00:00:38作者:未知\n\n"
        "2022甲市机动车限行交通管理措施通告\n\n"
        "为有效缓解道路交通拥堵，降低能源消耗，依据《中华人民共和国道路交通安全法》有关规定，"
        "按照《国务院办公厅关于加强道路交通安全工作的意见》要求，经市人民政府批准，"
        "继续实施机动车限行交通管理措施。现通告如下：\n\n"
        "一、自2022年5月9日起，工作日每日7时至9时禁止外埠号牌机动车在外环线以内道路通行。\n\n"
        "二、自2022年5月9日至2023年4月2日，继续实施按车牌尾号区域限行交通管理措施。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert "国务院办公厅" not in doc.issuers


def test_a_plan_under_portal_rows_takes_its_issuer_from_the_numbers_prefix():
    # 标题 / 索引号 文号 藏人社发【2017】25号 / 发布机构 自治区发改委 发布日期 … over a plan naming no issuer (h196 西藏):
    # the number's prefix names the body (the 发布机构 row, no body the registry reads, only posted it)
    text = (
        "标      题 某省“十三五”时期某某事业发展规划\n"
        "索引号 000014349/2018-00066 文      号 豫人社发【2017】25号\n"
        "发布机构 省某委 发布日期 2018-11-22 17:44:00\n\n"
        "时间: 2018-11-22 17:44:00 来源:\n\n背景色:\n\n"
        "按照有关会议的重要精神，根据《某省“十三五”时期国民经济和社会发展规划纲要》，某厅会同有关部门研究编制本规划。"
        "本规划主要阐述“十三五”时期某某事业发展的总体思路、主要目标和主要任务。\n\n"
        "第一章  “十二五”时期的主要成就\n\n"
        "“十二五”时期，在省委、省政府的坚强领导下，全省某某系统全面贯彻落实有关会议精神，坚持以保障和改善民生为"
        "出发点和落脚点，以促进充分就业、完善社会保障和开发人力资源为重点，不断提高管理服务水平，全面完成了"
        "“十二五”规划各项目标任务，进一步开创了某某事业发展的新局面。\n\n第一节 就业局势保持持续稳定\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.issuers) == ("豫人社发〔2017〕25号", ("河南省人力资源和社会保障厅",))


def test_an_issuer_line_over_a_bare_title_under_a_posting_line_is_one_title():
    # 事关森林草原防火!某市最新通告→ | 来源:… 点击数:… 更新时间:2025/1/23 9:31:01 | / 某市人民政府 / 森林草原防火通告 /
    # 为防范…通告如下 (h196 瓦房店, the convention of h87 固安): the issuer line and the bare title are one title
    text = (
        "|\n|\n事关森林草原防火!甲市最新通告→ | 来源:甲市发布 微信公众号 点击数:818次 更新时间:2025/1/23 9:31:01 |\n"
        "甲市人民政府\n森林草原防火通告\n"
        "为防范森林草原火灾，全力保障人民群众生命财产和生态安全，根据《中华人民共和国森林法》的规定，结合我市实际，"
        "通告如下：\n一、防火期\n森林草原防火期为每年的10月1日至翌年的5月31日。\n二、防火区\n全市范围内林地草地。\n"
        "甲市人民政府\n2025年1月22日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.issuers, doc.date) == ("甲市人民政府森林草原防火通告", ("甲市人民政府",), "2025-01-22")


@pytest.mark.parametrize("short", ["禁火令", "3号令"])
def test_an_order_named_by_its_short_name_in_book_marks_is_cited(short):
    # 《防火令》主要内容涵盖… (h195 新龙, a drafting note) / 延长《5号令》执行时间 (h80 罗田): an order's short name in
    # book marks names a document (a bare type, 《条例》, stays an abbreviation of a text named before)
    text = (
        "关于甲县森林防火工作的通知\n\n各乡镇：\n\n"
        f"《{short}》主要内容涵盖防火期、防火区和禁止行为，请各乡镇认真组织实施。\n\n甲县人民政府\n\n2026年1月8日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert [(r.role, r.title) for r in doc.references] == [("CITES", short)]
