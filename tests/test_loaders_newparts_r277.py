"""Dates of parts h245–h249 (r277): a metadata table's date of writing, a signature date with its hour or with its
month's and day's characters lost.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def test_a_pipe_rows_written_date_with_a_midnight_clock_dates_an_undated_signature():
    # 公开日期: | 2022-06-27 10:30 | 成文日期: | 2022-06-23 00:00 | (h245 宁陕): the 成文日期 is a day stored with a
    # midnight clock; the signature prints no date, so the table's date of writing is the text's
    text = (
        "甲县人民政府关于印发甲县应急预案的通知\n"
        "索引号: | abc/2022-0168 | 公开责任部门: | 甲县人民政府办公室 |\n"
        "公开日期: | 2022-06-27 10:30 | 成文日期: | 2022-06-23 00:00 |\n"
        "发布文号: | 甲政发〔2022〕6号 | 公开目录: | 应急管理 |\n"
        "各乡镇人民政府:\n现将《甲县应急预案》印发给你们，请认真贯彻执行。\n甲县人民政府\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2022-06-23"


GENERATED = (
    "信息名称:关于印发《乙市见习办法》的通知\n索 引 号:014109315/2023-00286\n"
    "文件编号:乙人社发〔2023〕172号 发布机构:市人社局\n生成日期:{made} 公开日期:{posted} 废止日期:有效\n"
    "关于印发《乙市见习办法》的通知\n乙人社发〔2023〕172号\n各区人社局:\n"
    "现将《乙市见习办法》印发给你们，请认真贯彻执行。\n乙市人力资源和社会保障局\n"
)


@pytest.mark.parametrize(
    ("made", "posted", "date"),
    [
        # 生成日期 2023-12-21 / 公开日期 2023-12-26 (h248 常州): posted another day, the 生成日期 is the text's
        ("2023-12-21", "2023-12-26", "2023-12-21"),
        # 生成日期 and 公开日期 the same day (h105 海淀, h198 绩溪): the page's creation, no date of the text
        ("2023-12-26", "2023-12-26", None),
        # 生成日期 with a clock time (h46 阜阳, h218 灵璧): a posting time
        ("2023-12-21 16:05", "2023-12-26", None),
    ],
)
def test_a_generated_date_is_the_texts_only_when_the_page_was_posted_another_day(made, posted, date):
    doc = parse_text(GENERATED.format(made=made, posted=posted), "page.txt").documents[0]
    assert doc.date == date


def test_a_signature_date_with_its_hour_dates_the_notice_and_keeps_its_issuer():
    # 特此通知。 / 永州市防汛抗旱指挥部 / 2022年6月13日10时20分 (h249 永州): an emergency notice signed to the minute
    text = (
        "关于启动县级防汛Ⅳ级应急响应的通知\n\n各乡镇防汛抗旱指挥部:\n\n"
        "据气象部门预报，全县将有暴雨，决定启动防汛Ⅳ级应急响应。\n\n特此通知。\n\n"
        "丙县防汛抗旱指挥部\n\n2022年6月13日10时20分\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("丙县防汛抗旱指挥部",), "2022-06-13")


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("2024110", "2024-01-10"),  # (h245 五大连池: 11-0 is no day)
        ("2024120", "2024-01-20"),
        ("2024111", None),  # 1-11 or 11-1: not read
    ],
)
def test_a_seven_digit_signature_date_with_one_reading_is_read(printed, date):
    text = (
        "丁市人民政府办公室关于印发丁市供热应急预案的通知\n丁政办规〔2024〕1号\n各乡镇人民政府:\n"
        "现将《丁市供热应急预案》印发给你们，请认真执行。\n丁市人民政府办公室\n" + printed + "\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == date


ONE_LINE_ANNOUNCEMENT = (
    "戊县森林防灭火指挥部 关于全县林区禁止野外用火的通告 据气象台预报,未来一周内无有效降雨,森林火险已达到五级。"
    "为有效防范森林火灾,保障人民群众生命财产安全,根据《某省森林防火条例》的规定,特发布本通告。"
    "现将有关事项通告如下:一、2023年3月6日至3月15日为森林防火戒严期。二、本县行政区域内的所有林区为森林防火禁火区范围。"
    "三、戒严期间内,全县林区禁止一切野外用火。凡在戒严期间内违反规定在林区野外用火的,由林业主管部门、公安部门依法追究责任,"
    "情节严重,构成犯罪的,移交司法部门依法追究刑事责任。"
    " 戊县森林防灭火指挥部 2023年3月6日\n"
)


@pytest.mark.parametrize("copies", [0, 2])
def test_a_whole_announcement_on_one_line_is_placed_there_before_its_titles_copies(copies):
    # X的通告 据气象台预报…根据《Y》… 某指挥部 2023年3月6日 / X的通告 / X的通告 (h249 恭城): the title runs into the
    # announcement's first words (据…); the copies after the text it heads start nothing, the date and basis are line 1's
    text = ONE_LINE_ANNOUNCEMENT + "戊县森林防灭火指挥部关于全县林区禁止野外用火的通告\n" * copies + "来源:今日戊县\n"
    docs = parse_text(text, "page.txt").documents
    assert [(d.source_line, d.title, d.date) for d in docs] == [
        (1, "戊县森林防灭火指挥部关于全县林区禁止野外用火的通告", "2023-03-06")
    ]
    assert [r.title for r in docs[0].references] == ["某省森林防火条例"]


def test_a_title_block_under_two_copies_of_its_tail_starts_at_its_issuers_head_line():
    # X的通知 (page title) / 栏目 line / X的通知 / 虎林市人民政府办公室关于印发 / X的通知 (h245 虎林): the line over the
    # last copy is the title's head (issuers, 关于印发), so the title starts there, issuers and all
    text = (
        "当前位置:某某网 > 热点 > 其他文案\n\n己市非煤矿山事故应急预案的通知\n\n栏目: 其他文案 / 人气:1.41W\n\n"
        "己市非煤矿山事故应急预案的通知\n\n己市人民政府办公室关于印发\n\n己市非煤矿山事故应急预案的通知\n\n"
        "各乡(镇)人民政府,市政府各有关单位:\n\n经市政府领导同意,现将《己市非煤矿山事故应急预案》印发给你们,请认真贯彻执行。\n\n"
        "己市人民政府办公室\n\n2021年5月19日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.source_line, doc.title, doc.issuers) == (
        9,
        "己市人民政府办公室关于印发己市非煤矿山事故应急预案的通知",
        ("己市人民政府办公室",),
    )
