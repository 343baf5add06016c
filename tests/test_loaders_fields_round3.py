"""Fields of found documents, third round: numbers, issuers, dates and titles of texts from parts up to
h156 of the unseen set.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def test_a_county_whose_name_opens_with_an_ending_character_heads_its_title():
    """会理市农业农村局关于…的通告 (h144 会理): a place opening with 会 (会理, 会东, 会泽) is no tail of a
    委员会 — the body before 关于 is the issuer."""
    title = "会东县林业和草原局关于2024年春季森林防火的通告"
    text = (
        f"{title}\n作者: 来源:会东宣传 时间:2024-02-07 15:03:44 阅读量:\n会东县林业和草原局\n"
        "关于2024年春季森林防火的通告\n根据《中华人民共和国森林法》《四川省森林防火条例》，现将有关事项通告如下：\n"
        "一、防火期：2024年2月1日至6月30日，全县所有林区和草原均为防火区。\n"
        "二、防火期内严禁一切野外用火，包括上坟烧纸、烧荒、燃放烟花爆竹、野炊等行为。\n"
        "三、县林业和草原局将联合公安、应急等部门加大巡查和执法力度，对违反规定的单位和个人依法处理。\n"
        "四、各乡镇要落实属地责任，做好宣传教育和隐患排查工作，确保不发生森林草原火灾。\n"
        "五、举报电话：0834-1234567（县林业和草原局）；119（县消防救援大队）。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("会东县林业和草原局",)


@pytest.mark.parametrize(
    "head, name",
    [  # 红安县…防控指挥部 / 2号令 (h80), …疫情防控指挥部通告 (h144 湖北): an ad hoc body, its place first
        ("英山县新型冠状病毒感染的肺炎防控指挥部\n3号令", "英山县新型冠状病毒感染的肺炎防控指挥部"),
        ("英山县新冠肺炎疫情防控指挥部通告", "英山县新冠肺炎疫情防控指挥部"),
    ],
)
def test_a_title_that_is_a_body_name_and_an_announcement_names_its_issuer(head, name):
    """A 通告 / 公告 / 布告 / 令 titled with nothing but its body's name (and a serial): that body issued it."""
    text = (
        f"{head}\n各乡镇人民政府，县政府各相关部门：\n"
        "当前我县疫情防控形势异常严峻复杂，为加强人员流动管理，最大限度阻断疫情传播扩散渠道，现下达如下命令：\n"
        "一、即日起，全县范围内所有大型社会活动一律取消，所有公共交通一律停运，所有返乡人员一律居家观察。\n"
        "二、即日起，全县旅行社暂停经营活动，不再组团收客，已经组团的一律取消或延期。\n"
        "全县要全面进入“战时”状态，内防扩散、外防输出，把以上各项要求落实到村（社区）一级。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == (name,)
