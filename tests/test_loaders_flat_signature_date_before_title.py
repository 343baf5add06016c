"""A compilation's texts stored as one line (flat layout), a text's signature date — in Chinese numerals
(二〇〇九年一月十九日) or in digits — run straight into the next text's title after the text's last sentence
(…本通知自下发之日起执行。二〇〇九年一月十九日甲部关于X的通知各省…：): the date closes the text before, the next
title and its issuers are read without it."""

from __future__ import annotations

from policykg.loaders.flat import _signature_date_before_title
from policykg.loaders.parse import parse_text

FIRST = (
    "江州市卫生局关于做好基层医疗机构诊疗科目登记工作的通知各区县卫生局：为做好诊疗科目登记工作，现将有关事项通知"
    "如下：一、各单位要高度重视，按时完成登记。二、严格审核申请材料，对符合条件的予以登记。本通知自下发之日起执行。"
)
SECOND_TITLE = "江州市卫生局关于在《江州市诊疗科目名录》中增加“康复科”诊疗科目的通知"
SECOND = (
    f"{SECOND_TITLE}各区县卫生局，局直属有关单位：为满足群众康复医疗需求，决定增加康复科诊疗科目。一、开展康复科诊疗"
    "服务的医疗机构应当具备相应条件。二、本通知自下发之日起执行。江州市卫生局二〇一〇年三月五日"
)


def _docs(date: str):
    return parse_text(FIRST + date + SECOND + "\n", "flat.txt").documents


def test_a_chinese_numeral_signature_date_run_into_the_next_title_closes_the_text_before():
    docs = _docs("二〇〇九年一月十九日")
    assert [d.title for d in docs] == ["江州市卫生局关于做好基层医疗机构诊疗科目登记工作的通知", SECOND_TITLE]
    assert docs[0].date == "2009-01-19"
    assert docs[1].issuers == ("江州市卫生局",)
    assert docs[1].date == "2010-03-05"


def test_a_digit_signature_date_run_into_the_next_title_closes_the_text_before():
    docs = _docs("2009年1月19日")
    assert [d.title for d in docs][1] == SECOND_TITLE
    assert docs[0].date == "2009-01-19"


def test_a_date_opening_a_sentence_of_the_text_is_no_signature():
    # (a date run into a sentence, no title whole after it within a title's length)
    assert _signature_date_before_title("2009年1月19日，市政府召开会议研究部署有关工作。") is None
    assert _signature_date_before_title("2009年1月19日起施行，原《甲办法》同时废止") is None
