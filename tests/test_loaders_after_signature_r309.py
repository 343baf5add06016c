"""Texts an untitled notice issues, printed under its signature and date without a 附件 mark (r309): the notice's
transmitting sentence names the text, its title and body follow the date — a document the notice transmits.  Each
text is modelled on a failing part of the unseen set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.loaders.transmit import sentence_texts

PAGE_HEAD = "首页 > 政务公开 > 法规政策\n字体：大 中 小\n\n"

# (the page with an untitled notice over the text it issues, the issued text's title)
UNTITLED_NOTICES = [
    # 各市财政局: / 我们制定了《X》。现予印发 (a full stop before the verb) / 某厅 / date / X / 一、… (h106 山东)
    (
        PAGE_HEAD + "甲市财政局，乙县财政局：\n"
        "  为进一步改进预算管理制度，提高财政资金使用效益，结合我省实际，我们制定了《某省财政管理绩效评价方案(试行)》。"
        "现予印发，请认真贯彻执行。\n  某省财政厅\n  2019年5月6日\n  某省财政管理绩效评价方案(试行)\n  一、评价目的\n"
        "  通过对各市财政管理绩效进行综合评价，推动市县深化财税体制改革，改进预算管理制度，提高财政资金使用效益。\n"
        "  二、评价范围\n  各市均纳入省级评价范围，评价结果在全省范围内通报，作为安排转移支付资金的重要参考依据。\n",
        "某省财政管理绩效评价方案（试行）",
    ),
    # 各有关单位: / 《X》业经区政府同意,现印发实施 (no 你们) / 某局 / date / a translation / X / 第一章 (h98 番禺)
    (
        PAGE_HEAD
        + "各有关单位：\n\n  《乙区人才公寓管理办法》业经区政府同意，现印发实施，请认真贯彻执行。实施中遇到的问题，请径向区住房"
        "城乡建设局反映。\n\n  To all relevant units, the measures are hereby printed for implementation.\n\n"
        "  乙区住房和城乡建设局\n\n  2022年3月1日\n\n  Housing Bureau of Yi District\n\n  March 1, 2022\n\n"
        "  乙区人才公寓管理办法\n\n  Measures for Talent Apartments in Yi District\n\n  第一章 总则\n\n"
        "  第一条 为规范本区人才公寓的管理，根据有关规定，结合本区实际，制定本办法。\n\n"
        "  第二条 本办法适用于本区行政区域内人才公寓的筹集、分配、使用和监督管理。\n",
        "乙区人才公寓管理办法",
    ),
    # the same, the notice printed with each paragraph's translation under it, so that the issued title is far below
    # the page's top (no title line found: the page read as one untitled text, h98 番禺)
    (
        "选择语言\n\n您当前所在位置: 首页 > 政务公开 > 住房保障\n\n《丙区人才公寓管理办法》(中英对照版)\n\n"
        "来源:丙区住房和城乡建设局 发布时间:2022-03-11 11:50:42\n\n各有关单位：\n\nTo all relevant units,\n\n"
        "  《丙区人才公寓管理办法》业经区政府同意，现印发实施，请认真贯彻执行。\n\n"
        "  The measures have been approved by the District Government and are hereby printed for implementation.\n\n"
        "  实施中遇到的问题，请径向区住房城乡建设局反映。\n\n  Problems are to be reported to the Housing Bureau.\n\n"
        "  丙区住房和城乡建设局\n\n  2022年3月1日\n\n  Housing Bureau of Bing District\n\n  March 1, 2022\n\n"
        "  丙区人才公寓管理办法\n\n  Measures for Talent Apartments in Bing District\n\n  第一章 总则\n\n"
        "  第一条 为规范本区人才公寓的管理，根据有关规定，结合本区实际，制定本办法。\n\n"
        "  第二条 本办法适用于本区行政区域内人才公寓的筹集、分配、使用和监督管理。\n",
        "丙区人才公寓管理办法",
    ),
]


@pytest.mark.parametrize(("text", "issued"), UNTITLED_NOTICES)
def test_an_untitled_notice_transmits_the_text_printed_under_its_date(text, issued):
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs[1:]] == [issued]
    assert docs[1].transmitted_by == 0


# (a transmitting sentence, the text it names)
SENTENCES = [
    ("我们制定了《丙市某某考核办法》。现予印发，请认真贯彻执行。", ["丙市某某考核办法"]),
    ("《丁县某某管理办法》业经县政府同意，现印发实施，请遵照执行。", ["丁县某某管理办法"]),
]


@pytest.mark.parametrize(("sentence", "names"), SENTENCES)
def test_the_transmitting_sentence_names_the_text(sentence, names):
    assert sentence_texts("", [sentence]) == names
