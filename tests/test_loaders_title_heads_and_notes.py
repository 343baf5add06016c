"""Title blocks whose head is a body's name printed alone on the line above the rest of the title (h66 峨边,
h87 固安: 某某县人民政府 / 土地征收预公告), and notes a page prints after a title that are no part of it (h146 大兴:
（共计121项）, h127 甘肃: （7月2日）, h119 交通运输部: （YYYY年MM月）).  Each text is modelled on the failing one, with
other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def test_a_body_name_over_a_title_tail_above_its_number_heads_the_title():
    # (h66 峨边) the body's name, the title's tail, the number in brackets, the text, the signature
    text = (
        "某某自治县人民政府\n土地征收预公告\n（某征预公告〔2023〕3号）\n"
        "为了公共利益的需要，拟征收某某村集体土地，现将有关事项公告如下：\n"
        "一、征收范围：某某村。\n某某自治县人民政府\n2023年5月6日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某自治县人民政府土地征收预公告"
    assert doc.source_line == 1


def test_a_body_name_over_a_title_tail_above_its_addressees_heads_the_title():
    # (h87 固安) the body's name, the title's tail, then the people it speaks to, no number
    text = (
        "永清县人民政府\n征收土地预公告\n永清镇东关村及有关农户:\n"
        "为了公共利益的需要,依据土地管理法律法规,现将永清县2023年度第2批次建设用地土地征收有关事项公告如下:\n"
        "一、征收范围\n拟征收你村位于村北侧的土地,面积约1.5公顷。具体面积和地类以土地现状调查情况为准。\n"
        "二、征收目的\n批次用地表述为:为了公共利益需要,依照规划进行住宅用地建设。\n三、土地现状调查安排\n"
        "拟于2023年3月20日,由永清镇人民政府、自然资源主管部门等,赴你村开展土地现状调查,请有关单位和个人予以支持配合。\n"
        "自本公告之日起,任何单位和个人不得在拟征收范围内抢栽抢建。\n特此公告。\n永清县人民政府\n2023年3月10日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "永清县人民政府征收土地预公告"
    assert doc.issuers == ("永清县人民政府",)


def test_several_signers_over_a_title_stay_signers():
    # (h30 沧州) bodies one a line over the title of the text they issue are no part of its title
    text = (
        "某某市发展和改革委员会\n某某市财政局\n某某市农业局\n支持农村物流发展实施办法\n"
        "第一条 为支持农村物流发展，制定本办法。\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert "支持农村物流发展实施办法" in titles


@pytest.mark.parametrize(
    "printed, title",
    [
        # (h146 大兴) a count of the items after the title
        ("关于印发《2023年某区重点工作分工方案》的通知（共计45项）", "关于印发《2023年某区重点工作分工方案》的通知"),
        # (h127 甘肃) a day without its year
        ("关于全省某某工作监测情况的通报（7月2日）", "关于全省某某工作监测情况的通报"),
        # (h119 交通运输部) a template's unfilled date
        ("关于修改《某某运输管理规定》的决定（YYYY年MM月）", "关于修改《某某运输管理规定》的决定"),
    ],
)
def test_a_note_after_a_title_is_no_part_of_it(printed, title):
    text = f"{printed}\n各有关单位：\n现将有关情况通报如下。\n某某委员会\n2018年7月2日\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title


def test_a_full_date_after_a_list_title_stays():
    from policykg.loaders.segment import without_note_after_title

    assert without_note_after_title("某某任免名单（1987年3月19日）") == "某某任免名单（1987年3月19日）"
    assert without_note_after_title("某某办法（2018年修订）") == "某某办法（2018年修订）"
