"""Dates and government work reports (parts h146–h152 of the unseen set): a signature date printed in bare
digits, the session line that dates a work report and the government it speaks for, and the links from an
unsigned but dated notice to the texts it issues.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.metadata import parse_date
from policykg.loaders.parse import parse_text

BODY = "为规范某某工作，制定本预案。\n" + "一、某某工作要求各单位认真落实到位。\n" * 12


def test_a_six_digit_signature_date_reads_one_digit_month_and_day():
    """``201395`` under the signature (h151 吕梁): 2013-09-05, and it dates the notice and the plan it issues.
    ``202091`` may be 9月1x日 with a digit lost (h31 兴宁): not read."""
    assert parse_date("201395") == "2013-09-05"
    assert parse_date("202091") is None and parse_date("202015") is None
    text = (
        "某某市人民政府办公厅\n关于印发某某市通信保障应急预案的通知\n某政办发〔2013〕99号\n各县(市、区)人民政府:\n"
        "《某某市通信保障应急预案》已经市人民政府同意,现印发给你们,请遵照实施。\n某某市人民政府办公厅\n201395\n"
        "某某市通信保障应急预案\n" + BODY
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.date for d in docs] == ["2013-09-05", "2013-09-05"]


def test_an_unsigned_notice_issuing_seven_texts_links_the_one_printed():
    """《A》《B》…《G》已经市政府第38次常务会议审议通过,现印发给你们 (h151 九江): seven quoted texts in one sentence,
    the first printed under the dated notice takes its date."""
    titles = [f"某某工作方案{k}" for k in "甲乙丙丁戊己庚"]
    text = (
        "各县(市、区)人民政府,市政府各部门:\n"
        + "".join(f"《{t}》" for t in titles)
        + "已经市政府第38次常务会议审议通过,现印发给你们,请认真抓好贯彻落实。\n2024年2月8日\n(此件主动公开)\n"
        + f"{titles[0]}\n"
        + BODY
    )
    docs = parse_text(text, "page.txt").documents
    issued = next(d for d in docs if d.title == titles[0])
    assert issued.transmitted_by is not None and issued.date == "2024-02-08"


@pytest.mark.parametrize("said", ["业经市人民政府同意,", "经中共某某县人民政府党组2022年第3次会议通过,"])
def test_a_notice_whose_sentence_says_the_text_was_approved_issues_it(said):
    """《X》业经市人民政府同意,现印发给你们 (h76 恩平) / 《X》经…会议通过,现予以印发 (h126 尼木): X is issued."""
    text = (
        "各乡(镇)人民政府,县直各部门:\n"
        f"《某某县财政专项资金管理办法》{said}现予以印发,请认真贯彻执行。\n特此通知。\n某某县人民政府\n2022年3月28日\n"
        "某某县财政专项资金管理办法\n" + BODY
    )
    docs = parse_text(text, "page.txt").documents
    issued = next(d for d in docs if d.title == "某某县财政专项资金管理办法")
    assert issued.transmitted_by is not None and issued.date == "2022-03-28"


def test_a_text_printed_without_the_qualifier_its_notice_names_it_by_is_issued():
    """关于印发X(2021—2025年)的通知 over X printed bare (h151 赣州): X is the notice's, dated by it."""
    text = (
        "某市府办字〔2021〕47号\n某某市人民政府办公室关于\n印发某某市美丽乡镇建设五年行动方案\n(2021—2025年)的通知\n"
        "各县(市、区)人民政府:\n经市政府同意,现将《某某市美丽乡镇建设五年行动方案(2021-2025)》印发给你们,请认真抓好贯彻落实。\n"
        "2021年8月16日\n(此件主动公开)\n某某市美丽乡镇建设五年行动方案\n为建设美丽乡镇,助力乡村振兴,特制定本工作方案。\n"
        + BODY
    )
    docs = parse_text(text, "page.txt").documents
    issued = next(d for d in docs if d.title == "某某市美丽乡镇建设五年行动方案")
    assert issued.transmitted_by is not None and issued.date == "2021-08-16"


REPORT_BODY = "一、过去一年工作回顾\n" + "一年来，我们坚持稳中求进，经济社会发展取得新成效。\n" * 10


@pytest.mark.parametrize(
    "session, speaker, opening, issuer, date",
    [  # h148 正蓝旗: no dash, 代旗长, the opening names the banner's government
        (
            "2022年1月7日在镶黄旗第十六届人民代表大会第一次会议上",
            "镶黄旗人民政府代旗长  某某某",
            "现在,我代表镶黄旗人民政府向大会报告工作,请予审议。",
            "镶黄旗人民政府",
            "2022-01-07",
        ),
        # h152 咸丰: the dash, the government named by its level alone: the session line's county
        (
            "——2024年12月26日在来凤县第十九届人民代表大会第四次会议上",
            "县人民政府县长 某某某",
            "现在,我代表县人民政府向大会报告工作,请予审议。",
            "来凤县人民政府",
            "2024-12-26",
        ),
    ],
)
def test_a_government_work_report_is_dated_by_its_session_and_spoken_for_its_government(
    session, speaker, opening, issuer, date
):
    text = (
        f"2022年某某政府工作报告\n发布时间:2022-08-21 22:18\n{session}\n{speaker}\n各位代表:\n{opening}\n{REPORT_BODY}"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == (issuer,)
    assert doc.date == date


def test_a_work_report_without_a_session_line_names_no_place_for_its_county_government():
    """我代表县人民政府 with no session line (h152 永泰): no issuer rather than a place the body text happens to
    name (市政府和县委 → 和县)."""
    text = f"政府工作报告(2024年)\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n在市委、市政府和县委的领导下,{REPORT_BODY}"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == () and doc.date is None


def test_a_work_report_a_notice_issues_keeps_the_notice_s_date():
    """政府工作报告 issued by an unsigned notice (h105 海淀): the notice's date (none), not its session's."""
    text = (
        "某某区人民政府关于印发2018年《政府工作报告》的通知\n各镇政府、街道办事处:\n"
        "2018年《政府工作报告》已经某某区第十六届人民代表大会第四次会议审议通过,现印发给你们,请认真贯彻落实。\n"
        "特此通知。\n某某区人民政府\n政府工作报告\n——2018年1月15日在某某区第十六届人民代表大会\n第四次会议上\n"
        "某某区人民政府区长 某某某\n各位代表:\n我代表某某区人民政府向大会报告工作,请予审议。\n" + REPORT_BODY
    )
    docs = parse_text(text, "page.txt").documents
    report = next(d for d in docs if d.title == "政府工作报告")
    assert report.date is None
