"""Part h170 of the unseen set (2026-12-06): law-database mirrors in Markdown — the title printed again over
several lines under the crawler's ``#`` heading, then the passage note; an amending decision that also repeals.
Each text is modelled on a failing text of the part, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_passage_note_under_the_title_set_again_over_several_lines_dates_the_text():
    # # X (the crawler's heading) / X again over four lines / （…通过　…批准） (h170 三江, 上海): the latest passing in
    # the note under the copy
    text = (
        '---\ntitle: "某某自治县人民代表大会关于废止《某某自治县城镇道路管理条例》的决定"\n---\n\n'
        "# 某某自治县人民代表大会关于废止《某某自治县城镇道路管理条例》的决定\n\n"
        "某某自治县人民代表大会关于\n废止《某某自治县\n城镇道路管理条例》的决定\n\n"
        "（2025年1月21日某某自治县第十七届人民代表大会第五次会议通过　2025年3月27日甲省第十四届人民代表大会"
        "常务委员会第十五次会议批准）\n\n"
        "某某自治县第十七届人民代表大会第五次会议决定：废止《某某自治县城镇道路管理条例》。\n\n本决定自公布之日起施行。\n"
    )
    doc = parse_text(text, "law.md").documents[0]
    assert doc.date == "2025-03-27"


def test_what_an_amending_decision_repeals_after_what_it_amends_is_superseded():
    # 关于修改《A》等5件地方性法规和废止《B》的决定 / 二、废止…通过的《B》 (h170 上海): B goes, it is not amended
    text = (
        "甲市人民代表大会常务委员会关于修改《甲市控制吸烟条例》等2件地方性法规和废止《甲市企业名称登记管理规定》的决定\n\n"
        "（2022年10月28日甲市第十五届人民代表大会常务委员会第四十五次会议通过）\n\n"
        "甲市第十五届人民代表大会常务委员会第四十五次会议决定：\n\n"
        "一、对《甲市控制吸烟条例》作如下修改：将第五条修改为：“本市禁止在公共场所吸烟。”\n\n"
        "二、废止2005年6月16日甲市第十二届人民代表大会常务委员会第二十次会议通过的《甲市企业名称登记管理规定》。\n\n"
        "本决定自公布之日起施行。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    roles = {r.title: r.role for r in doc.references}
    assert roles["甲市企业名称登记管理规定"] == "SUPERSEDES"
    assert roles["甲市控制吸烟条例"] == "AMENDS"
