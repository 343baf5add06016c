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
