"""New parts h239–h255, r291: what was left of them.  Each text is modelled on a failing part of the set, with
other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

SERIAL_IN_CHINESE_NUMERALS = [
    # 某市某指挥部通告（第一号） (h243 亳州, 合肥): the announcement's serial in Chinese numerals, in round brackets
    # after its title — the number as printed, the title without it
    (
        "甲市疫情防控指挥部通告（第一号）\n\n为做好疫情防控工作，根据《中华人民共和国传染病防治法》，现通告如下：\n"
        "一、暂停一切群体性聚集活动。\n\n甲市疫情防控指挥部\n2020年1月24日\n",
        "甲市疫情防控指挥部通告",
        "第一号",
    ),
    (
        "乙县应急指挥部通告(第十二号)\n\n根据有关规定，现通告如下：\n一、关闭全县室内娱乐场所。\n\n"
        "乙县应急指挥部\n2020年2月3日\n",
        "乙县应急指挥部通告",
        "第十二号",
    ),
]


@pytest.mark.parametrize(("text", "title", "number"), SERIAL_IN_CHINESE_NUMERALS)
def test_an_announcements_serial_in_chinese_numerals_after_its_title_is_its_number(text, title, number):
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.doc_number and doc.doc_number.text) == (title, number)


def test_an_untitled_notice_under_a_news_headline_opens_at_its_first_line():
    # a news headline naming no genre / 来源 and time / the headline again / 为…，根据《X》…，现将相关事宜通告如下：
    # (h239 西宁): the document is the untitled notice from its first line, not the headline
    text = (
        "首页 > 资讯\n\n甲市3月1日起划定部分区域为中风险区\n\n来源: 更新时间:2022-03-02 10:00:00\n\n"
        "甲市3月1日起划定部分区域为中风险区\n\n"
        "为保障人民群众身体健康，根据《乙类疫情防控方案》相关规定，经综合研判，决定划定部分区域为中风险区，"
        "现将相关事宜通告如下：\n\n一、将以下区域划为中风险区：甲区某某小区1号楼。\n\n"
        "二、管控措施：居家观察。\n\n甲市疫情防控处置工作指挥部\n\n2022年3月1日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.source_line, d.title, d.date) for d in docs] == [(9, "page", "2022-03-01")]
    assert docs[0].title_printed is False


def test_a_title_printed_again_with_its_number_in_brackets_gives_the_number():
    # 某区人民政府森林防火禁火令 / source line / the title again, (2025年第2号), the text run on (h243 延平): the number
    # in brackets after the repeated title is the text's own
    text = (
        "甲区人民政府森林防火禁火令\n2025-01-10 09:36 来源:甲区人民政府\n"
        "甲区人民政府森林防火禁火令 (2025年第3号) 我区近期持续晴好天气，森林火险等级较高，为有效预防森林火灾，"
        "根据《乙省森林防火条例》第十八条规定，区政府决定：自2025年1月9日至1月11日在全区范围内严禁一切野外用火"
        "（包括烧荒、烧杂、烧田埂草、造林炼山等）。各乡镇、各有关部门要加强巡查，严格管控火源。违令者，按照有关"
        "法律法规规定追究相关人员的法律责任。"
        " 甲区人民政府 2025年1月8日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.doc_number and doc.doc_number.text) == ("甲区人民政府森林防火禁火令", "2025年第3号")
