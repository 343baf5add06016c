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


def test_a_law_files_passing_lines_give_the_adoption_date_the_adopting_bodies_and_the_day_it_takes_effect():
    # # X / 2018年7月30日 最高人民法院审判委员会第1745次会议 / 2018年10月19日 最高人民检察院…会议通过 / 2018年12月1日 施行 /
    # <!-- INFO END --> (h170 credit-card, a law database's mirror): a joint interpretation two bodies adopt on two days;
    # its date the later adoption, not the day it takes effect
    text = (
        "# 最高人民法院、最高人民检察院关于办理某某刑事案件适用法律若干问题的解释\n\n"
        "2018年7月30日 最高人民法院审判委员会第1745次会议\n\n"
        "2018年10月19日 最高人民检察院第十三届检察委员会第七次会议通过\n\n"
        "2018年12月1日 施行\n\n<!-- INFO END -->\n\n"
        "为依法惩治某某犯罪活动，根据《中华人民共和国刑法》的有关规定，现就办理此类刑事案件适用法律的若干问题解释如下：\n\n"
        "第一条 本解释自2018年12月1日起施行。\n"
    )
    doc = parse_text(text, "law.md").documents[0]
    assert (doc.date, doc.issuers, doc.effective_date) == (
        "2018-10-19",
        ("最高人民法院", "最高人民检察院"),
        "2018-12-01",
    )


def test_a_law_amended_by_another_body_keeps_the_body_that_passed_it():
    # 市九届人大常委会…通过 / 省九届人大常委会…批准 / 市十届人大常委会…通过的《…决定》修正 (a city regulation in a law collection):
    # the approving and amending lines add no issuer
    text = (
        "# 甲市城市绿化管理若干规定\n\n2000年11月16日 甲市第九届人民代表大会常务委员会第二十九次会议通过\n\n"
        "2001年4月19日 乙省第九届人民代表大会常务委员会第二十六次会议批准\n\n"
        "2003年8月21日 甲市第十届人民代表大会常务委员会第十二次会议通过的《甲市人民代表大会常务委员会关于修改"
        "<甲市城市绿化管理若干规定>个别条款的决定》修正\n\n<!-- INFO END -->\n\n"
        "第一条 为加强城市绿化管理，根据有关法律法规，制定本规定。\n"
    )
    doc = parse_text(text, "law.md").documents[0]
    assert len(doc.issuers) == 1
