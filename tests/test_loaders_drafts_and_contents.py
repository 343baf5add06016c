"""Drafts printed after their consultation notices, contents lists over a law's body, titles cut over lines
(2026-12-05): each text is modelled on a failing part of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.loaders.segment import clean_title

CONTENTS = "目 录\n第一章 总则\n第二章 立法准备\n第三章 附则\n"


def _titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "page.txt").documents]


def test_a_notice_title_cut_inside_its_book_marks_is_no_promulgation_note():
    """(h112 遵义) 某某办公室关于公开征求《某某条例 / (修订草案)》意见的公告: the second line opens a bracket it closes
    before the line ends — a title's tail, not a note under the title; the draft printed after the date is a
    document of its own, its body's 第一章 over 第一条〖…〗 no entry of its contents list."""
    text = (
        "甲市人大常委会办公室关于公开征求《甲市地方立法条例\n(修订草案)》意见的公告\n"
        "2024年8月29日,市人大常委会会议对《甲市地方立法条例(修订草案)》进行了第一次审议。现向社会公开征求意见。\n"
        "请于2024年10月8日前将意见反馈至市人大常委会法工委。\n甲市人大常委会办公室\n2024年9月5日\n"
        "甲市地方立法条例(修订草案)\n(征求意见稿)\n" + CONTENTS + "第一章 总 则\n"
        "第一条〖目的依据〗 为了规范地方立法活动,根据《中华人民共和国立法法》,制定本条例。\n"
        "第二条〖适用范围〗 本市地方性法规的制定,适用本条例。\n"
    )
    assert _titles(text) == [
        "甲市人大常委会办公室关于公开征求《甲市地方立法条例（修订草案）》意见的公告",
        "甲市地方立法条例（修订草案）（征求意见稿）",
    ]


def test_a_notice_title_over_two_lines_from_about_and_a_draft_in_book_marks_with_its_stage():
    """(h43 湘西) 关于《某某条例》（修正草案·二审稿） / 公开征求意见的通知 under the body's short name: the title from 关于;
    the draft 《某某条例》 / （修正草案·二审稿） is titled by its name and stage, its contents list ending at its body."""
    head = "关于《乙州自治条例》(修正草案·二审稿)"
    text = (
        f"{head}公开征求意见的通知\n乙州人大常委会法工委\n{head}\n公开征求意见的通知\n"
        "为了广泛征求社会各方面意见,现将《乙州自治条例》(修正草案·二审稿)予以公布。请于2023年12月15日前反馈。\n"
        "州人大常委会法工委\n2023年11月20日\n《乙州自治条例》\n(修正草案·二审稿)\n" + CONTENTS + "第一章 总 则\n"
        "第一条 根据《中华人民共和国民族区域自治法》,制定本条例。\n第二条 乙州是实行区域自治的地方。\n"
    )
    assert _titles(text)[-2:] == [
        "关于《乙州自治条例》（修正草案·二审稿）公开征求意见的通知",
        "乙州自治条例（修正草案·二审稿）",
    ]


def test_a_title_in_book_marks_keeps_them_before_an_editions_note():
    """(h98 番禺) 《X办法》（中英对照版）: an edition's note, no draft's stage — the page's heading keeps its marks."""
    assert clean_title("《乙州自治条例》（修正草案·二审稿）") == "乙州自治条例（修正草案·二审稿）"
    assert clean_title("《丙区人才公寓管理办法》（中英对照版）") == "《丙区人才公寓管理办法》（中英对照版）"


def test_a_law_reprinted_under_a_news_lead_starts_at_its_contents():
    """(h52 北京) a news site's lead ending 全文如下：, then the law's contents and body with no title: the text is one
    untitled document from its contents down, the lead none of it."""
    text = (
        "首页 - 某某网\n某某新闻\n据某市人民政府网站消息,某市人大常委会审议通过《某市公共卫生条例》。全文如下:\n"
        + CONTENTS
        + "第一章 总则\n第一条 为了预防和应对突发公共卫生事件,根据有关法律,制定本条例。\n第二条 本条例适用于本市。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.source_line for d in docs] == [4]  # (titled by its file's name, as an untitled text is)


def test_a_draft_under_its_consultation_title_an_image_and_addressees_without_their_colon():
    """(h95 平顶山) 关于征求《X》意见和建议的通知 (the page's title, no text of the notice) / an image's file name / the
    draft's head 某市人民政府 / 关于…的实施意见 / 征求意见稿 / 县(市、区)人民政府、…,人民政府有关部门 (the colon lost) / 为贯彻落实…:
    the notice by its title alone, then the draft titled from its head, the bare draft mark and the addressees no
    part of it."""
    text = (
        "关于征求《丁市人民政府关于进一步做好稳就业工作的实施意见》意见和建议的通知\n\n新文档2022-07-24_00.jpg\n\n"
        "丁市人民政府\n\n关于进一步做好稳就业工作的实施意见\n\n征求意见稿\n\n"
        "县(市、区)人民政府、高新区管委会,市人民政府有关部门\n\n"
        "为贯彻落实《国务院关于进一步做好稳就业工作的意见》(国发〔2019〕28号)精神,结合我市实际,提出如下实施意见。\n\n"
        "一、落实保企业措施,支持企业稳定岗位\n"
    )
    assert _titles(text) == [
        "关于征求《丁市人民政府关于进一步做好稳就业工作的实施意见》意见和建议的通知",
        "丁市人民政府关于进一步做好稳就业工作的实施意见",
    ]
