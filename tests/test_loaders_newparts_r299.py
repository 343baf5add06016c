"""Parts h259, h260 and h262 of the unseen set (2026-12-06, r299): a category glued before a tax bureau's title, a
signature whose place opens with 和, and an attachment's file name or 参见附件《X》 read as citations.  Each text is
modelled on a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

BODY = (
    "\n\n各单位:\n\n  根据《甲市某某实施办法》,现将有关事项通知如下。\n\n  一、登记\n\n  各单位应于9月4日前办理。\n\n\n"
)


def test_a_category_glued_before_a_local_tax_bureaus_title_leaves_one_issuer():
    # 法规国家税务总局某市税务局关于…的通知 (h262 厦门): a tax site's category glued before the title; the bureau
    # is one body, not 国家税务总局 and the city bureau
    text = (
        "政策国家税务总局泉州市税务局关于2021年度某某缴费工作的通知"
        + BODY
        + "国家税务总局泉州市税务局\n\n2021年8月28日"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("国家税务总局泉州市税务局",)


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("和乙县气象局", ("和乙县气象局",)),  # h262 和硕: a county whose name opens with 和
        ("和丙市财政局", ("和丙市财政局",)),  # h260 和田
    ],
)
def test_a_signature_whose_place_opens_with_he_is_read_as_the_issuer(signature, expected):
    text = (
        "某某县2025年人工影响天气作业公告\n\n根据《人工影响天气管理条例》,现将有关事项公告如下。\n\n"
        "一、作业时间:2025年3月1日至2025年10月31日。\n\n特此公告\n\n" + signature + "\n\n2025年2月14日"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (expected, "2025-02-14")


@pytest.mark.parametrize(
    "attachment",
    [
        "附件:甲财基〔2022〕486号附件.xls",  # h260 平阳: the text's own number, in its attachment's file name
        "具体流程参见附件《甲市某某参保指南(新生参保)》。",  # h262 厦门: the attached guide
    ],
)
def test_an_attachments_file_name_or_a_guide_seen_in_the_attachment_is_no_citation(attachment):
    text = (
        "关于下达2022年某某奖补项目的通知\n\n各有关乡镇人民政府:\n\n"
        "现将有关项目下达给你们,请抓紧实施。\n\n" + attachment + "\n\n甲县财政局\n\n2022年10月31日"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert [(r.title, r.doc_number) for r in doc.references] == []
