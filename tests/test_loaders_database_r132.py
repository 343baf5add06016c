"""A law database's record right under a title printed over several lines with a blank line between them
(r132): the record ends the title, whose lines are joined — the robustness bench's database layout, as real
law-database pages print such blocks.  Each text is modelled on a missed document, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

RECORD = "时效性： 现行有效\n发文机关： {issuer}\n效力级别： 地方规范性文件\n"


def titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "page.txt").documents]


def test_an_issuer_line_an_about_line_and_the_type_each_a_blank_line_apart_over_a_record():
    # 某区人民政府办公室 / (blank) / 关于印发《X》的 / (blank) / 通    知 / record (h63 天心区): one title, the issuer
    # line over it included, not its middle line alone
    text = (
        "甲市乙区人民政府办公室\n\n关于印发《乙区地质灾害应急预案》的\n\n通    知\n"
        + RECORD.format(issuer="甲市乙区人民政府办公室")
        + "\n各街道办事处,区直机关有关单位:\n\n《乙区地质灾害应急预案》已经区人民政府同意,现印发给你们,请认真遵照执行。\n\n"
        "甲市乙区人民政府办公室\n\n2016年10月13日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲市乙区人民政府办公室关于印发《乙区地质灾害应急预案》的通知"
    assert doc.issuers == ("甲市乙区人民政府办公室",)


def test_a_number_over_the_issuer_line_stays_out_of_the_title():
    # 某政字2021 54 / (blank) / 某县人民政府 / (blank) / 关于抓好《X》贯彻 / (blank) / 落实的通知 / record (h146 魏县):
    # the issuers end the title at its top; the damaged number above them is no piece of it
    text = (
        "丙政字202154\n\n丙县人民政府\n\n关于抓好《丙县国民经济和社会发展第十四个五年规划纲要》贯彻\n\n落实的通知\n"
        + RECORD.format(issuer="丙县人民政府")
        + "\n各乡镇人民政府,县直各单位:\n\n现就有关事项通知如下,请认真贯彻落实。\n\n丙县人民政府\n\n2021年6月2日\n"
    )
    assert titles(text)[0] == "丙县人民政府关于抓好《丙县国民经济和社会发展第十四个五年规划纲要》贯彻落实的通知"


def test_a_plan_title_wrapped_over_a_blank_line_without_a_page_word_over_it():
    # 详情 / (blank) / 某市国民经济和社会发展第十四个五年 / (blank) / 规划和二〇三五年远景目标纲要 / record (h150 海东):
    # the plan's two lines are one title; the page's 详情 over it is no piece of it
    text = (
        "详情\n\n丁市国民经济和社会发展第十四个五年\n\n规划和二〇三五年远景目标纲要\n"
        + RECORD.format(issuer="丁市人民代表大会")
        + "\n（2021年2月24日丁市第二届人民代表大会第九次会议批准）\n\n第一章 发展基础\n\n"
        "“十三五”时期，全市经济社会发展取得显著成就。\n"
    )
    assert titles(text)[0] == "丁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def test_an_about_line_alone_between_the_issuers_and_the_quoted_plan():
    # 某市人民政府办公室 / (blank) / 关于印发 / (blank) / 《X实施方案》 / (blank) / 的通知 / record (h164 呼和浩特)
    text = (
        "戊市人民政府办公室\n\n关于印发\n\n《戊市落实〈某某城市群发展规划〉实施方案》\n\n的通知\n"
        + RECORD.format(issuer="戊市人民政府办公室")
        + "\n各旗县区人民政府,市各委办局:\n\n现将《戊市落实〈某某城市群发展规划〉实施方案》印发给你们,请认真贯彻执行。\n\n"
        "戊市人民政府办公室\n\n2019年10月25日\n"
    )
    assert titles(text)[0] == "戊市人民政府办公室关于印发《戊市落实〈某某城市群发展规划〉实施方案》的通知"


def test_a_law_under_its_byline_keeps_its_own_title_beside_a_wrapped_title():
    # a compilation: a notice titled over three blank-separated lines, then a law under the byline a law
    # database prints (某省人大常委会 / (blank) / 某省村务公开条例 / record, h43 四川): the byline is no piece of the
    # law's title, though the notice's issuer line is one of the notice's
    text = (
        "己县人民政府办公室\n\n关于印发己县森林防火工作方案的\n\n通知\n"
        + RECORD.format(issuer="己县人民政府办公室")
        + "\n各乡镇人民政府:\n\n现将《己县森林防火工作方案》印发给你们,请认真执行。\n\n己县人民政府办公室\n\n2020年3月1日\n\n\n"
        "庚省人大常委会\n\n\n庚省村务公开条例\n"
        + RECORD.format(issuer="庚省人民代表大会常务委员会")
        + "\n（2009年7月22日庚省第十一届人民代表大会常务委员会第十次会议通过）\n\n"
        "第一条 为了规范村务公开，制定本条例。\n\n第二条 本条例自公布之日起施行。\n"
    )
    assert titles(text)[:2] == ["己县人民政府办公室关于印发己县森林防火工作方案的通知", "庚省村务公开条例"]
