"""Layouts of part h45 of the unseen set (western and north-eastern provinces' pages): a notice that lost
its title under a site's column labels (one of them English, glued to the addressees) and names the text
it issues without book marks; a law site's note of a cited text's status inside the sentence; a
breadcrumb of one step over a plan; a site's （全文） after a title.  Each text is modelled on two sources
of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text
from policykg.loaders.transmit import named_texts

BODY = "一、总体要求\n" + "".join(
    f"{i}.加强第{i}项工作，明确责任分工，确保各项措施落到实处并取得实效。\n" for i in range(1, 10)
)


@pytest.mark.parametrize(
    "labels, addressees, issuer, plan",
    [  # 天津 (h45): 政策法规 over Policies and regulations glued to the addressees; a county's page the same way
        (
            "政策法规\nPolicies and regulations",
            "各区人民政府,市政府各委、办、局:",
            "天津市人民政府",
            "天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案",
        ),
        ("通知公告\nNotice", "各乡镇人民政府，县直各单位：", "某某县人民政府", "某某县落实《乡村振兴促进法》工作方案"),
    ],
)
def test_a_notice_without_title_under_column_labels_is_a_document_issuing_the_text_below(
    labels, addressees, issuer, plan
):
    text = (
        f"{labels}{addressees}\n现将{plan}印发给你们,望遵照执行。\n{issuer}\n2022年5月30日\n(本文有删减)\n"
        f"{plan}\n为深入贯彻落实有关部署，推动高质量发展，制定本方案。\n{BODY}"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1:] == [plan]
    notice, issued = docs
    assert notice.issuers == issued.issuers == (issuer,)
    assert str(notice.date) == str(issued.date) == "2022-05-30"
    # the title quoted inside the issued text's name is that text's: the notice only issues it
    assert notice.references == () and issued.transmitted_by == 0  # (the index of its notice)


def test_an_english_label_glued_before_the_addressees_is_a_line_of_its_own():
    lines = [x.text for x in clean_lines("Policies and regulations各区人民政府,市政府各委、办、局:\n")]
    assert lines == ["Policies and regulations", "各区人民政府,市政府各委、办、局:"]


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("现将天津市贯彻落实《A政策措施》实施方案印发给你们,望遵照执行。", "天津市贯彻落实《A政策措施》实施方案"),
        ("现将某某县2024年安全生产工作要点印发给你们，请认真贯彻执行。", "某某县2024年安全生产工作要点"),
    ],
)
def test_a_text_named_without_book_marks_in_the_issuing_sentence_is_what_the_notice_issues(sentence, named):
    assert named_texts("", [sentence]) == [named]


def test_a_sentence_without_an_issuing_verb_names_no_text():
    assert named_texts("", ["现将有关事项通知如下："]) == []


@pytest.mark.parametrize(
    "note",
    [  # 贵州 (h45) on a law site; the same site's note of a text amended since
        "【已废止,最新为:《某某省预算审查监督条例》】",
        "【已被修订】",
    ],
)
def test_a_law_sites_status_note_in_a_sentence_repeals_nothing(note):
    text = (
        "某某省人民政府办公厅关于印发某某省专项资金管理办法的通知\n某府办发〔2012〕34号\n各市、县人民政府：\n"
        "现将《某某省专项资金管理办法》印发给你们，请认真贯彻执行。\n某某省人民政府办公厅\n2012年7月21日\n"
        "某某省专项资金管理办法\n"
        f"第一条 为规范专项资金管理，根据《中华人民共和国预算法》和《某某省省级预算审查监督条例》{note}，制定本办法。\n"
    )
    docs = parse_text(text, "page.txt").documents
    refs = {(r.role, r.title) for d in docs for r in d.references if r.role != "TRANSMITS"}
    assert refs == {("BASED_ON", "中华人民共和国预算法"), ("BASED_ON", "某某省省级预算审查监督条例")}


@pytest.mark.parametrize(
    "crumb, title",
    [  # 西藏 (h45) on a think tank's site; a city's plan on a portal the same way
        ("首页 >十三五规划", "西藏自治区“十三五”时期国民经济和社会发展规划纲要"),
        ("主页 » 政策文件", "某某市“十四五”时期国民经济和社会发展规划纲要"),
    ],
)
def test_a_breadcrumb_of_one_step_and_a_full_text_note_are_no_part_of_the_title(crumb, title):
    text = (
        f"{crumb}\n{title}(全文)\n某某智库网 www.example.cn\n\n"
        f"{title[:-2]},根据《中共某某委员会关于制定规划的建议》编制,是今后五年的宏伟蓝图。\n{BODY}"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [title]


@pytest.mark.parametrize(
    "label, title, note",
    [  # 哈尔滨 (h45) under a provincial legislature's column; a city's rule under its government's column
        (
            "省人大颁布的地方法规",
            "哈尔滨市市容管理办法",
            "(1988年12月16日哈尔滨市第九届人民代表大会常务委员会第八次会议通过"
            "1989年2月28日黑龙江省第七届人民代表大会常务委员会第八次会议批准)",
        ),
        ("市政府发布的规章", "某某市城市绿化管理办法", "(2001年5月8日某某市人民政府第12次常务会议通过)"),
    ],
)
def test_a_sites_column_label_over_a_title_is_no_part_of_it(label, title, note):
    text = (
        f"您的当前位置:\n\n{label}\n\n  {title}\n    {note}\n    第一章 总 则\n"
        "    第一条 为加强市容管理，创建整洁、优美的生产、生活环境，根据有关法律、法规，结合本市情况，制定本办法。\n"
        "    第二条 本办法适用于本市市区范围内的市容管理工作，各有关部门应当按照职责分工做好相关工作。\n"
    )
    (doc,) = parse_text(text, "page.txt").documents
    assert doc.title == title
