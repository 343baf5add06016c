"""Pages of a crawl stored one a line (flat layout: each page's line breaks gone, some pages with their spaces kept):
a page stored with spaces right under a page run together with none opens its document at its title as it does under
another spaced page; a plan's title run into its first part numbered in digits (X应急预案1总则1.1编制目的…) is cut
apart from it; a portal's posting date with its bullet (•2022-08-10X预案) is cut off the title after it; an
issued text's title after its notice's date printed as digits (…落实。2021716X预案一、总则…) is read
without the date.
"""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

_FILLER = "，".join(["各单位要切实加强组织领导，落实工作责任，确保各项任务按期完成"] * 8) + "。"
# a crawl's page run together with no space (a notice's head, its text's long paragraphs)
_CRAWL = (
    "甲省人民政府关于丙工作的意见各市人民政府：为做好丙工作，现提出如下意见。" + _FILLER * 2 + "一、总体要求" + _FILLER
)

_SPACED_UNDER_RUN_TOGETHER = "\n".join(
    [
        _CRAWL,
        "乙市人民政府关于丁工作的通知乙政发〔2024〕2号各县人民政府：" + _FILLER * 2 + "乙市人民政府2024年3月1日",
        "戊县人民政府关于己事项的意见" + _FILLER * 2 + "推进落",  # (a page cut short by its source)
        "甲市社会保险中心关于开展2025年待遇领取资格认证的通告 根据国家和省有关规定，参保人一年至少进行一次资格认证。 "
        + " ".join(["一、认证方式", _FILLER, "二、认证时间", _FILLER, "甲市社会保险中心", "2025年3月27日"]),
    ]
)
_PLAN_FIRST_PART_IN_DIGITS = "\n".join(
    [
        _CRAWL,
        "无障碍浏览 长者模式 乙县森林火灾应急预案1总则1.1编制目的 "
        + " ".join([_FILLER, "1.2编制依据", _FILLER, "1.3适用范围", _FILLER]),
        "乙市人民政府关于丁工作的通知 乙政发〔2024〕2号 各县人民政府： "
        + " ".join([_FILLER, _FILLER, "乙市人民政府", "2024年3月1日"]),
        "丙市人民政府关于戊工作的通知 丙政发〔2024〕5号 各县人民政府： "
        + " ".join([_FILLER, _FILLER, "丙市人民政府", "2024年5月1日"]),
    ]
)
_PLAN_AFTER_BULLETED_DATE = "\n".join(
    [
        "乙市人民政府关于丁工作的通知 乙政发〔2024〕2号 各县人民政府： "
        + " ".join([_FILLER, _FILLER, "乙市人民政府", "2024年3月1日"]),
        "第一条 为了规范乙省地方立法活动，根据有关法律，结合本省实际，制定本条例。 "
        + " ".join([_FILLER] * 3)
        + " 第三条地方立法应当坚持",
        "•005299478/2022-00137 •甲市卫生健康委员会 •应急 •2022-08-10 •2022-08-10 甲市突发公共事件医疗卫生救援应急预案 "
        "1总则 1.1编制目的 为提高全市医疗卫生应急反应能力和救援水平。 " + " ".join([_FILLER, "1.2编制依据", _FILLER]),
        "丙市人民政府关于戊工作的通知 丙政发〔2024〕5号 各县人民政府： "
        + " ".join([_FILLER, _FILLER, "丙市人民政府", "2024年5月1日"]),
    ]
)
_ISSUED_AFTER_DIGIT_DATE = (
    "关于印发甲区突发事件总体应急预案的通知甲经开〔2021〕57号各乡(镇)人民政府,区直各有关单位:《甲区突发事件总体应急预案》"
    "已经区管委会研究同意,现印发给你们,请认真抓好贯彻落实。2021716甲区突发事件总体应急预案一、总则为贯彻落实有关要求,"
    "科学有效应对各类突发事件,提升防灾减灾救灾能力。" + _FILLER * 3
)


@pytest.mark.parametrize(
    ("text", "title", "number", "issuers", "date"),
    [
        # 落 | 甲市社会保险中心关于…的通告 根据… (h157 广州 社保, h66 巴宜区, h43 辽宁): a page stored with spaces right under a
        # crawl's page run together with none, which ends cut short — its title opens the document as under a spaced page
        (
            _SPACED_UNDER_RUN_TOGETHER,
            "甲市社会保险中心关于开展2025年待遇领取资格认证的通告",
            None,
            ("甲市社会保险中心",),
            "2025-03-27",
        ),
        # 无障碍浏览 长者模式 乙县森林火灾应急预案1总则1.1编制目的… (h126 南华, 云县, h78 兴城): the plan's first part numbered
        # in digits run into its title is cut off, the title opens the document after the page's furniture
        (_PLAN_FIRST_PART_IN_DIGITS, "乙县森林火灾应急预案", None, (), None),
        # •应急 •2022-08-10 •2022-08-10 甲市…应急预案 1总则 … (h27 新郑, h104 渝北): the portal's posting date, a bullet
        # before it, run into the page's title — cut off, the title opens the document after the page's fields
        (_PLAN_AFTER_BULLETED_DATE, "甲市突发公共事件医疗卫生救援应急预案", None, (), None),
        # …落实。2021716甲区…应急预案一、总则… (h68 濮阳, h126 云龙): the notice's date printed as digits before the title of
        # the text it issues — the title is read apart from it and opens the issued text
        (_ISSUED_AFTER_DIGIT_DATE, "甲区突发事件总体应急预案", None, (), "2021-07-16"),
    ],
)
def test_flat_page_title(text: str, title: str, number: str | None, issuers: tuple[str, ...], date: str | None) -> None:
    docs = parse_text(text, "page.txt").documents
    found = [d for d in docs if d.title == title]
    assert found, [d.title for d in docs]
    d = found[0]
    assert (str(d.doc_number) if d.doc_number else None, d.issuers, d.date) == (number, issuers, date)


def test_notice_over_issued_plan_keeps_its_number() -> None:
    """The notice above the issued plan keeps its own title, number and date (…的通知甲经开〔2021〕57号…)."""
    docs = parse_text(_ISSUED_AFTER_DIGIT_DATE, "page.txt").documents
    assert [(d.title, str(d.doc_number) if d.doc_number else None, d.date) for d in docs][:1] == [
        ("关于印发甲区突发事件总体应急预案的通知", "甲经开〔2021〕57号", "2021-07-16")
    ]
