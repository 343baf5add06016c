"""Citations and their roles, round 3 (2026-12-04): amending decisions' items and notices of a revised text,
bases and spirits read from the words around a mention.  Each text is modelled on a failing source of the
unseen set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _roles(text: str) -> dict[str, str]:
    doc = parse_text(text, "page.txt").documents[0]
    return {r.title: r.role for r in doc.references}


@pytest.mark.parametrize(
    "sentence",
    [  # 将《X》第五条、第六条…中的“A”修改为“B” (h111 证监会, an amending decision's attachment)
        "一、将《某某业务管理暂行办法》第五条、第六条、第七条、第十三条、第二十条、第二十四条、第二十五条、"
        "第二十六条、第二十七条中的“某某协会”修改为“某某业协会”。",
        # 在《X》第七条中增加一项 (h29 甘肃, a legislature's amending decision)
        "1.在《某某省农村沼气管理条例》第七条中增加一项作为第六项，即：“负责节能工作；”",
        # 我局对《X》（…）进行了修订，现印发给你们 (h111 湖南, a regulator's notice of its revised text)
        "我局对《某某省小额贷款公司评级办法》（某金发〔2018〕11号）进行了修订，现印发给你们，请遵照执行。",
        # 经…会议讨论决定,修改《X》(…)等42件规章 (h71 广西, a comma right after 决定)
        "经2004年6月28日自治区人民政府第19次常务会议讨论决定,修改《某某省渔业资源保护暂行规定》(某政发[1980]94号)等42件规章，具体如下：",
        # 对《X》作如下修订 (h76 广东, 修订 where 修改 is usual)
        "根据《某某制定管理办法》，某某局对《某某省规范性文件管理实施办法》作如下修订：",
    ],
)
def test_an_amended_text_named_by_its_provisions_or_revision_is_amended(sentence):
    text = f"某某局关于修改部分文件的通知\n各有关单位：\n{sentence}\n某某局\n2022年2月9日\n"
    roles = _roles(text)
    amended = [t for t, r in roles.items() if r == "AMENDS"]
    assert len(amended) == 1 and "某某制定管理办法" not in amended


def test_an_item_of_an_amending_decision_opening_with_dui_amends_its_text():
    """二、对《X》（…令第…号）… — the item's object opens it (h46 海关, the page cut after the number)."""
    text = (
        "某某总署关于修改部分规章的决定\n某某总署决定对下列规章作如下修改：\n"
        "一、对《某某物品管理办法》（某某总署令第12号）作如下修改：\n（一）将第三条中的“甲”修改为“乙”。\n"
        "二、对《某某行李物品的管理规定》（某某总署令第\n"
    )
    roles = _roles(text)
    assert roles.get("某某行李物品的管理规定") == "AMENDS"


def test_revision_under_way_is_no_amendment():
    """正在对《X》进行修订 reports work under way: X is not amended by this text."""
    text = (
        "某某局关于某某工作的通知\n各有关单位：\n某某部正在对《某某省小额贷款公司评级办法》进行修订，现印发给你们参考。\n"
        "某某局\n2022年2月9日\n"
    )
    assert _roles(text).get("某某省小额贷款公司评级办法") != "AMENDS"


@pytest.mark.parametrize(
    "body, title",
    [  # 省政府办公厅印发了《X》（…），…请你们结合实际…认真抓好贯彻落实 (h73 石家庄, a city's implementing notice)
        (
            "今年9月17日,省政府办公厅印发了《关于健全某某补偿机制的实施意见》(某政办发〔2016〕25号),从总体目标等方面提出了"
            "具体要求,请你们结合实际,对照任务分工,认真抓好贯彻落实。",
            "关于健全某某补偿机制的实施意见",
        ),
        # 党中央、国务院印发《X》，提出…。为落实相关要求，… (gov.cn 2019, a ministry's notice)
        (
            "2018年11月，党中央、国务院印发《关于某某教育规范发展的若干意见》，提出规范某某建设使用。"
            "为落实相关要求，经国务院同意，现就有关事项通知如下：",
            "关于某某教育规范发展的若干意见",
        ),
        # 推进《A》《B》等扎实落实 (h60 山西, a plan's task)
        ("1.压实责任。推进《某某省某某保护工作条例》《某某醋保护条例》等扎实落实。", "某某醋保护条例"),
    ],
)
def test_a_text_just_issued_then_carried_out_is_implemented(body, title):
    text = f"某某市人民政府关于某某工作的通知\n各县（市）人民政府：\n{body}\n某某市人民政府\n2016年10月9日\n"
    assert _roles(text).get(title) == "IMPLEMENTS"


def test_a_text_just_issued_then_another_task_is_only_cited():
    """X印发《Y》。为落实某某会议精神 — the next sentence carries out something else: Y stays CITES."""
    text = (
        "某某市人民政府关于某某工作的通知\n各县（市）人民政府：\n2018年11月，国务院印发《关于某某教育规范发展的若干意见》。"
        "为落实全市工作会议精神，现就有关事项通知如下：\n某某市人民政府\n2016年10月9日\n"
    )
    assert _roles(text).get("关于某某教育规范发展的若干意见") == "CITES"
