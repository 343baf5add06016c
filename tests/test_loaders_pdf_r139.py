"""Gazettes as PDF conversion gives them (r139): texts hard-wrapped at a column's width, a blank line after each
printed line, page numbers between pages.  Each case is modelled on a text of the labelled set set in the
robustness bench's ``pdf`` or ``pdf-titles`` layout, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

WIDTH = 20
PROSE = (
    "为进一步做好相关工作，切实保障人民群众的合法权益，推动各项政策措施落地见效，经研究，现就有关事项通知如下。"
    "各单位要高度重视，加强组织领导，明确责任分工，认真抓好贯彻落实，确保取得实效，并及时报送工作进展情况。"
)
# a text cut short mid-sentence (a gazette prints only its first part): its last line fills the column
CUT_SHORT = [
    "一、公开内容",
    "1. 干部任用、人事安排及奖惩情况;",
    "2. 财务制度及收支情况;",
    "3. 重大工程项目方案、审批及招投标情况",
]


def _docs(text: str):
    return parse_text(text, "page.txt").documents


def _titles(text: str) -> list[str]:
    return [d.title for d in _docs(text)]


def test_a_whole_title_filling_the_column_over_its_number_keeps_its_line_under_a_text_cut_short():
    # 3. 重大工程项目方案、审批及招投标情况 / 关于进一步加强超量开药智能监管工作的通知 / （医保办函〔2025〕85 号） (h72 医保局
    # after h58 呼伦贝尔, pdf layout): the title happens to fill the column too, its number in brackets under it
    title = "关于进一步加强甲市开药智能监管工作的通知"
    assert len(title) == WIDTH
    lines = [
        *CUT_SHORT,
        title,
        "（甲医保办函〔2025〕85 号）",
        "各省、自治区、直辖市及甲市生产建设兵团医疗保障局：",
        PROSE * 6,
        "甲市医疗保障局办公室",
        "2025 年 10 月 22 日",
    ]
    doc = next(d for d in _docs(pdf_columns(lines, WIDTH)) if "开药" in d.title)
    assert (doc.title, str(doc.doc_number)) == (title, "甲医保办函〔2025〕85号")


def test_a_narrow_title_opening_with_about_under_a_text_cut_short_is_not_joined_to_its_last_line():
    # …牢固树立新发展理念，紧紧围绕国际合作 / 关于进一步做好稳就业工作 / 的实施意见 / 各县(市、区)人民政府，…： (h128 许昌
    # after a text cut short, pdf-titles layout: the title set narrower than the column, no issuer before 关于)
    cut = "全面贯彻党的十九大和十九届二中、三中全会精神，深入贯彻新发展理念，紧紧围绕国际合"
    assert len(cut) == 2 * WIDTH  # (the text's last line fills the column)
    body = pdf_columns([cut], WIDTH)
    title = "\n\n".join(["关于进一步做好乙市稳就业", "工作的实施意见"])
    rest = pdf_columns(
        ["各县（市、区）人民政府，市人民政府各部门：", PROSE * 6, "乙市人民政府", "2021 年 3 月 5 日"], WIDTH
    )
    assert "关于进一步做好乙市稳就业工作的实施意见" in _titles(body + "\n" + title + "\n\n" + rest)


def test_a_title_under_a_text_cut_short_inside_an_open_quotation_takes_no_line_of_it():
    # 授予德木其格、…吴小、 / 白代格、…吴旺胜9人“乌力格 / 增加“重症医学科”诊疗科目的通知 / 各省、自治区…： (h72 卫生部
    # after h31 兴安盟's decision cut short, pdf layout): the text's last line, its quotation left open, is no title's
    # first line, though the two read as one title
    lines = [
        "为表彰先进，经研究决定，授予甲某“乙类艺术传承发展突出贡献者”称号；",
        "授予丙某、丁某、戊某、己某、庚某、辛某、壬某、癸某、子某、丑某、寅某9人“乙类",
    ]
    title = "增加“甲某医学科”诊疗科目的通知"
    rest = ["各省、自治区、直辖市卫生厅局，新疆生产建设兵团卫生局：", PROSE * 6, "卫生部", "2009 年 1 月 19 日"]
    text = pdf_columns(lines, WIDTH) + "\n" + title + "\n\n" + pdf_columns(rest, WIDTH)
    assert title in _titles(text)


def test_a_whole_title_filling_the_column_over_a_link_keeps_its_line():
    # 【部门文件】 / 黔东南一县关于春节期间安全规范燃放烟花爆竹的通告 / https://mmbiz.qpic.cn/… (h87 after a text cut short,
    # pdf layout: a forum's reprint, its image's link under the title)
    title = "甲县关于春节期间规范燃放烟花爆竹的通告"
    assert len(title) == WIDTH - 1
    lines = [
        "推动两省共建甲乙城市群“1+3+10”合作框架协",
        "【部门文件】",
        title,
        "https://mmbiz.qpic.cn/mmbiz_png/abcdefghijklmnop/640?wx_fmt=png",
        "为严格规范烟花爆竹燃放行为，" + PROSE * 2,
        "甲县人民政府",
        "2022 年 1 月 20 日",
    ]
    assert title in _titles(pdf_columns(lines, WIDTH - 1))


def test_a_markdown_heading_leaving_its_book_title_open_is_cut_at_the_column():
    # # 上海市消防救援局关于修改《上海市消防安全重点 / 单位界定标准》的通知 (a Markdown text hard-wrapped: the heading's
    # rest on the line under it, pdf layout; shanghai-fire-key-units, shanghai-construction-waste, h109 静安)
    heading = "# 甲市某某局关于修改《甲市消防安全重点单位界定标准》的通知"
    lines = [
        "第九条 本条例自发布之日起施行。",
        "关于开展乙类示范园区建设的通知",  # (a text cut short after its own header: 关于… / 某某部 / 关于… / its addressees)
        "某某部",
        "关于开展乙类示范园区建设的通知",
        "各流域机构，各省、自治区、直",
        heading,
        "各区某某局、市局各直属单位：",
        PROSE * 6,
        "甲市某某局",
        "2025 年 1 月 9 日",
    ]
    text = pdf_columns(lines, WIDTH + 3)
    assert "# 甲市某某局关于修改《甲市消防安全重点单位界" in text.split("\n")  # (the heading is cut at the column)
    assert len(_docs(text)) == 2
    doc = next(d for d in _docs(text) if "界定标准" in d.title)
    assert doc.title == "甲市某某局关于修改《甲市消防安全重点单位界定标准》的通知"
    assert doc.issuers == ("甲市某某局",)
