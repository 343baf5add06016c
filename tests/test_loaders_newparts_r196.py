"""Policy interpretations and explanatory notes of part h198 (2026-12-06, r196): an interpretation's title (a
bracketed tag before it, a ministry's 说明 over two lines), the text it explains named again (a heading's verb, the
number it was issued under) and a county office named by its level alone over an untitled excerpt.  Each text is
modelled on a failing text of the part, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.vocab import Role


def _roles(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in doc.references:
        if r.title:
            out.setdefault(r.title, set()).add(r.role)
    return out


@pytest.mark.parametrize("tag", ["【部门解读】", "【政策解读】"])
def test_a_kind_tag_before_an_about_interpretation_title_is_no_part_of_it(tag):
    # 【部门解读】关于《关于X的实施方案》的解读 (h198 宣城): the portal's tag of the reading's kind, before 关于《, is dropped
    text = (
        f"{tag}关于《关于2022年推进甲乙重点工作的实施方案》的解读\n"
        "发布时间:2022-07-15 15:10 来源:甲市某某局 浏览次数:\n\n"
        "2022年4月6日,甲市人民政府印发了《关于2022年推进甲乙重点工作的实施方案》(甲发〔2022〕1号)。"
        "现将有关政策解读如下:\n\n一、文件的背景\n\n答:为做好今年全市的重点工作,提出实施方案。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于《关于2022年推进甲乙重点工作的实施方案》的解读"


def test_a_ministrys_note_titled_over_two_lines_is_read_whole_and_cites_the_regulation_it_names():
    # 某部关于某某条例 / 修订情况的说明 (h198 人社部): a 关于 title has no 的 and genre on its first line — the line below
    # ends it; the regulation the note names later (《某某条例》(以下简称“现行条例”)) is cited, not taken for the title
    text = (
        "EN\n\n某某部关于丙丁救助条例\n修订情况的说明\n\n2017-11-11 09:12 来源: 某某部网站\n字号: 默认 超大 | 打印 |\n\n"
        "近日,某某部就《丙丁救助条例(修订草案征求意见稿)》向社会公开征求意见,现就丙丁救助条例修订情况做如下说明。\n\n"
        "丙丁救助制度发挥了哪些作用?\n\n"
        "丙丁救助制度初建于1986年,成型于1999年颁布实施的《丙丁救助条例》(以下简称“现行条例”)。\n\n"
        "现行条例实施17年来,始终服务改革发展稳定大局,发挥了重要作用。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某部关于丙丁救助条例修订情况的说明"
    assert _roles(doc).get("丙丁救助条例") == {Role.CITES}


def test_an_untitled_interpretation_cites_the_notice_it_explains_though_a_heading_carries_it_out():
    # 现对《通知》进行政策解读 … 三、落实《通知》的保障措施 (h198 天祝): the interpretation cites the notice it explains;
    # the heading's 落实 names that notice's own measures, no implementing of it
    text = (
        "乙县十届人大二次会议审议通过的《政府工作报告》确定了10件为民实事,县政府办公室制定印发"
        "《乙县人民政府办公室关于印发2023年为民实事实施方案的通知》(以下简称《通知》),现对《通知》进行政策解读。\n"
        "一、《通知》出台的目的\n保障和改善民生,结合全县实际制定印发该《通知》。\n"
        "二、《通知》主要内容\n《通知》明确了实事办理的目标任务、实施范围。\n"
        "三、落实《通知》的保障措施\n一是明确责任主体。按照部门职责确定牵头部门。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert _roles(doc).get("乙县人民政府办公室关于印发2023年为民实事实施方案的通知") == {Role.CITES}


def test_the_number_an_interpretation_says_its_text_was_issued_under_is_that_texts():
    # 《X方案》政策解读 … 同日以某农领〔2023〕28号印发实施 (h198 舞阳): the number belongs to the plan explained — one
    # citation of the plan with its number, not a second one by number alone
    text = (
        "政策解读\n\n《甲县乡村示范创建工作方案》政策解读\n\n来源:    信息时间:2023-07-05     阅读次数:\n\n"
        "  为深入推进我县乡村示范创建工作,根据《乙省乡村示范创建方案》要求,结合我县实际,"
        "制定了《甲县乡村示范创建工作方案》。\n\n"
        "  2023年6月,县农业农村局启动了起草工作,形成了征求意见稿,经县政府常务会议讨论通过,"
        "于2023年7月3日,同日以甲农领〔2023〕28号印发实施。\n\n"
        "  第一部分为总体要求。包括指导思想和基本原则两项内容。第二部分为工作目标。一是全面完成示范县创建各项目标任务。"
        "二是高标准打造乡村示范环线。三是建成示范村20个,提升村140个,示范带动全县乡村建设。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    plan = [r for r in doc.references if r.title == "甲县乡村示范创建工作方案"]
    assert plan and {str(r.doc_number) for r in plan if r.doc_number} == {"甲农领〔2023〕28号"}
    assert not [r for r in doc.references if r.title is None]


def test_a_county_office_named_by_its_level_alone_over_an_untitled_excerpt_takes_the_county_its_opening_names():
    # 发布机构: | 县政府办公室 | over an excerpt with no title row, opening in 张家川县 … 《张家川回族自治县人民政府办公室
    # 关于…的通知》 (h198 天祝): the office is that county's
    text = (
        "索引号: | 000000000000/2023-00001 | 公开方式: | 主动公开 |\n"
        "发布机构: | 县政府办公室 | 组配分类: | 县政策解读 |\n"
        "文件编号: | 发文日期: | 2023-07-03 | |\n"
        "成文日期: | 2023-07-03 | 有效性: | 有效 |\n"
        "张家川县人大会议审议通过的《政府工作报告》确定了10件为民实事,县政府办公室制定印发"
        "《张家川回族自治县人民政府办公室关于印发2023年为民实事实施方案的通知》(以下简称《通知》),现对《通知》进行政策解读。\n"
        "一、《通知》出台的目的\n保障和改善民生,提升人民群众获得感幸福感安全感,切实把我县决定办理的10件实事办好办实、"
        "办出成效,结合全县实际制定印发该《通知》。\n二、《通知》主要内容\n《通知》明确了实事办理的目标任务、实施范围、"
        "实施步骤、实施单位、资金安排、保障措施。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("张家川回族自治县人民政府办公室",)
