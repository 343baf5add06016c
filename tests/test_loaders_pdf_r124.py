"""Gazettes as PDF conversion gives them (r124): texts hard-wrapped at a column's width, a blank line after each
printed line, page numbers between pages.  Each case is modelled on a text of the labelled set set in the
robustness bench's ``pdf`` layout, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

WIDTH = 18
BODY = (
    "為進(jìn)一步做好相關(guān)工作，切實保障人民群眾的合法權益，推動各項政策措施落地見效，經研究，現就有關(guān)"
    "事項通知如下。各單位要高度重視，加強組織領導，明確責任分工，認真抓好貫徹落實，確保取得實效，並及時報送工作進展"
    "情況。"
)


def test_a_gloss_cut_by_the_column_is_taken_out_once_the_line_is_joined():
    # …藥監局關(guā / n)于加強藥品… (h64 國家藥監局, a reprint site's glossed text in a gazette converted
    # from PDF): a converter's pinyin gloss counts in the printed line's width, so the lines are joined before
    # the glosses go — taken out first, the line no longer fills the column and the title stays cut
    lines = [
        "甲省乙市食品藥品監督管理局關(guān)于加強藥品經營企業(yè)監督管理工作的公告",
        "乙市食品藥品監督管理局公告2023年第 12 號(hào)",
        BODY * 3,
        "甲省乙市食品藥品監督管理局",
        "2023 年 11 月 9 日",
    ]
    doc = parse_text(pdf_columns(lines, WIDTH), "page.txt").documents[0]
    assert doc.title == "甲省乙市食品药品监督管理局关于加强药品经营企业监督管理工作的公告"


PROSE = (
    "为进一步做好相关工作，切实保障人民群众的合法权益，推动各项政策措施落地见效，经研究，现就有关事项通知如下。"
    "各单位要高度重视，加强组织领导，明确责任分工，认真抓好贯彻落实，确保取得实效，并及时报送工作进展情况。"
)


def test_a_title_under_a_text_cut_short_at_the_columns_end_keeps_its_line():
    # …限定套型面积和销售 / 价格,按照规定标准建设,面向城镇低收 / 锦州市人民政府关于修订… / …预案的通知 / (锦政发〔2007〕
    # 14 号) (liaoning 锦州 after a law database's text cut short, pdf layout): the text above ends mid-sentence on a
    # line filling the column; the title under it, its number under it, opens a document of its own
    cut_short = (
        "第二条 本办法所称保障住房，是指政府提供政策优惠，限定套型面积和销售价格，按照规定标准建设，面向城镇中低收入"
    )
    assert len(cut_short) % WIDTH == 0
    lines = [
        "乙市保障住房管理办法",
        "第一条 " + PROSE * 2,
        cut_short,
        "丙市人民政府关于修订丙市人民政府突发公共事件总体应急预案的通知",
        "（丙政发〔2007〕 14 号）",
        "各县（市）区人民政府，市政府各部门：",
        PROSE * 2,
        "丙市人民政府",
        "2007 年 3 月 29 日",
    ]
    docs = parse_text(pdf_columns(lines, WIDTH), "page.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs][-1] == (
        "丙市人民政府关于修订丙市人民政府突发公共事件总体应急预案的通知",
        "丙政发〔2007〕14号",
    )
