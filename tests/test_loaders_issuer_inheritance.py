"""Issuers named by their level alone, and issued texts inheriting their notice's issuers when the notice
names them a little differently (parts h38, h60, h68, h78, h87, h151 of the unseen set).  Each text is
modelled on a failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _issuers(text: str) -> list[tuple[str, ...]]:
    return [d.issuers for d in parse_text(text, "page.txt").documents]


# ---------------------------------------------------------------- a body named by its level alone
def test_an_office_named_by_its_level_takes_the_place_its_title_names():
    """市人民政府办公室关于印发健康六盘水行动推进方案的通知, the city named only inside the plan's name (h38 六盘水):
    the notice and the plan it issues are 六盘水市人民政府办公室's."""
    text = (
        "市人民政府办公室关于印发健康攀枝花行动推进方案的通知\n"
        "各县（区）人民政府，攀枝花高新区管委会，市人民政府各部门：\n"
        "经市人民政府同意，现将《健康攀枝花行动推进方案》印发给你们，请认真贯彻执行。\n"
        "2020年9月28日\n"
        "（此件公开发布）\n"
        "健康攀枝花行动推进方案\n"
        "为认真贯彻落实《国务院关于实施健康中国行动的意见》，结合攀枝花实际，制定本方案。\n"
        "一、行动目标\n"
        "到2022年，健康促进政策体系基本建立。\n"
    )
    assert _issuers(text) == [("攀枝花市人民政府办公室",), ("攀枝花市人民政府办公室",)]


NOTICE_NAMING_A_COUNTY = (
    "{number}"
    "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及通山的重点事项进行责任分解的通知\n"
    "各镇人民政府，县政府各部门，通山经济开发区：\n"
    "经县人民政府同意，现将有关事项责任分解如下，请认真抓好落实。\n"
    "2021年5月12日\n"
)


def test_a_county_office_takes_a_two_character_place_its_number_opens_with():
    """县人民政府办公室关于…涉及嘉鱼的重点事项…的通知 numbered 嘉政办发 (h87 嘉鱼): the county's name in the title is
    two characters, and the number's prefix opens with it — 嘉鱼县人民政府办公室."""
    text = NOTICE_NAMING_A_COUNTY.format(number="通政办发〔2021〕5号\n")
    assert _issuers(text) == [("通山县人民政府办公室",)]


def test_a_two_character_place_without_the_number_places_nothing():
    """The same title without a number: two characters could be any word, the body stays as written."""
    assert _issuers(NOTICE_NAMING_A_COUNTY.format(number="")) == [("县人民政府办公室",)]


# ---------------------------------------------------------------- an issued text named a little differently
@pytest.mark.parametrize(
    "named, printed",
    [
        # 《2023年东湖街道防汛防台抗旱应急预案》 over 东湖街道防汛防台抗旱应急预案 (h68 东湖): a year before the name
        ("2023年某某街道防汛防台抗旱应急预案", ["某某街道防汛防台抗旱应急预案"]),
        # 《丽水市全面深化河长制工作方案(2017-2020)》 over the title and (2017-2020年) on two lines (h78 丽水)
        ("某某市全面深化河长制工作方案(2017-2020)", ["某某市全面深化河长制工作方案", "(2017-2020年)"]),
        # 赣州市美丽乡镇建设五年行动方案(2021—2025年) over the plan printed without its years (h151 赣州)
        ("某某市美丽乡镇建设五年行动方案(2021—2025年)", ["某某市美丽乡镇建设五年行动方案"]),
    ],
)
def test_an_issued_text_printed_without_its_year_or_qualifier_inherits_the_notices_issuers(named, printed):
    """The text, found by its articles before the notice names it, is the one the notice issues: its name and the
    notice's meet without the year before it and the qualifier after it (transmit.unadorned)."""
    text = (
        f"某某市人民政府办公室关于印发{named}的通知\n"
        "某政办发〔2017〕120号\n"
        "各县（市、区）人民政府，市政府直属各单位：\n"
        f"《{named}》已经市政府同意，现印发给你们，请认真组织实施。\n"
        "某某市人民政府办公室\n"
        "2017年12月15日\n"
        "（此件公开发布）\n" + "".join(f"{line}\n" for line in printed) + "第一章 总则\n"
        "第一条 为全面贯彻落实党的十九大精神，不断完善工作机制，制定本方案。\n"
        "第二条 各地要建立健全工作责任体系，确保各项任务落到实处。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 2
    assert docs[1].transmitted_by == 0
    assert (docs[1].issuers, docs[1].date) == (docs[0].issuers, "2017-12-15")


def test_a_text_passed_at_a_meeting_and_issued_without_already_is_the_notices():
    """《云南省民政部门行政处罚程序规定》经…厅长办公会议审议通过，现印发你们 — 经 without 已 (h60 云南民政厅): the notice
    names the text 行政处罚程序规定 in its title, the sentence names it as printed; the text inherits the notice's
    issuer and date."""
    text = (
        "某某省民政厅关于印发行政处罚程序规定的通知\n"
        "某民规〔2023〕5号\n"
        "各州、市民政局，厅机关各处、室、局：\n"
        "《某某省民政部门行政处罚程序规定》经2023年第7次厅长办公会议审议通过，现印发你们，请认真贯彻执行。\n"
        "某某省民政厅\n"
        "2023年10月23日\n"
        "（此件公开发布）\n"
        "某某省民政部门行政处罚程序规定\n"
        "第一章 总 则\n"
        "第一条 为规范全省各级民政部门行政执法行为，根据有关法律法规，制定本规定。\n"
        "第二条 全省各级民政部门实施行政处罚，适用本规定。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1] == "某某省民政部门行政处罚程序规定"
    assert docs[1].transmitted_by == 0
    assert (docs[1].issuers, docs[1].date) == (docs[0].issuers, "2023-10-23")
