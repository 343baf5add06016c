"""Flat layout: where a crawl that stores each page as one line opens a new text (tests/factories.py, flat).

Each document of the publication is one line, one space where each printed line ended; a text whose title has
no number under it (a rule with its bracketed promulgation note) opens right after the line before ends in
its signature's date.
"""

from __future__ import annotations

from policykg.loaders.flat import unflatten
from policykg.loaders.models import Line
from policykg.loaders.parse import parse_text

_SENTENCE = "各单位要结合实际认真组织实施，确保各项工作任务落到实处，取得实效。"

NOTICE = " ".join(
    [
        "丙省交通运输厅关于做好2022年道路运输安全工作的通知",
        "各市交通运输局：",
        *[_SENTENCE] * 8,
        "2.扶持发展小微企业，落实小微企业增值税和企业所得税等税收优惠政策",
    ]
)
RULE = " ".join(
    [
        "丁市公共停车场管理办法",
        "（2021年6月2日丁市人民政府令第15号公布自2021年8月1日起施行）",
        "第一章总则",
        "第一条为了加强公共停车场管理，规范停车秩序，根据有关法律法规，结合本市实际，制定本办法。",
        *[f"第{n}条" + _SENTENCE for n in "二三四五六七八"],
    ]
)
LAST = " ".join(
    [
        "戊县人民政府办公室关于印发戊县防汛应急预案的通知",
        "戊政办发〔2023〕12号",
        "各乡镇人民政府，县政府各部门：",
        *[_SENTENCE] * 8,
        "戊县人民政府办公室",
        "2023年5月4日",
    ]
)


BRACKETED = " ".join(
    [
        "关于加快推进乙类事项跨省办理工作的通知",
        "（甲保发〔2021〕27号）",
        "各省、自治区、直辖市乙类事项主管部门：",
        *[_SENTENCE] * 8,
        "甲保障局",
        "2021年4月9日",
    ]
)


def test_next_page_opens_as_a_heading() -> None:
    """(a title run on with its bracketed number after the previous page's last line, a page with no number the
    crawl stored cut short, flat layout): the first part of each page's line is read as the page's heading."""
    lines = unflatten([Line(i, t) for i, t in enumerate([NOTICE, BRACKETED, LAST], 1)])
    heads = [(l.no, l.text) for l in lines if l.heading]
    assert (2, "关于加快推进乙类事项跨省办理工作的通知") in heads
    assert (3, "戊县人民政府办公室关于印发戊县防汛应急预案的通知") in heads


def test_decree_head_and_wrapped_title_are_no_heading() -> None:
    """(a decree's head X人民政府令 first on a page's line, or a title wrapped before its bracket, flat layout)"""
    decree = " ".join(
        ["己市人民政府令", "第21号", "《己市养犬管理办法》已经市人民政府常务会议通过，现予公布。", *[_SENTENCE] * 9]
    )
    wrapped = " ".join(
        ["关于印发己市公共卫生体系建设三年行动计划", "(2023—2025年)的通知", "各区人民政府：", *[_SENTENCE] * 9]
    )
    lines = unflatten([Line(i, t) for i, t in enumerate([NOTICE, decree, wrapped], 1)])
    assert not [l.text for l in lines if l.heading and l.no > 1]


def test_rule_after_signed_notice_opens_its_own_document() -> None:
    """(a rule's title and bracketed note run on after the previous page's last line, flat layout)"""
    docs = parse_text(
        "\n".join([NOTICE.replace("各市", "丙交运〔2022〕7号 各市", 1), RULE, LAST]) + "\n", "flat-spaced.txt"
    ).documents
    titles = [d.title for d in docs]
    assert titles == [
        "丙省交通运输厅关于做好2022年道路运输安全工作的通知",
        "丁市公共停车场管理办法",
        "戊县人民政府办公室关于印发戊县防汛应急预案的通知",
    ]
    assert str(docs[2].doc_number) == "戊政办发〔2023〕12号"
