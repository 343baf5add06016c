"""Layouts of parts h52 and h53 of the unseen set (official texts as other sites reprint them; local support
policies on portals): an encyclopedia's 词条 label before a title, a page's table cells around single lines
(…的意见 | / ||||), a posting time under the heading (时间:2025-12-26 16:00), a metadata table over the first
of two texts.  Each text is modelled on two sources of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text

RULES_BODY = "一、总则\n" + "".join(
    f"（{n}）为规范资金管理，明确第{n}项支出范围和标准，制定本条。\n" for n in "一二三四五六七八"
)


@pytest.mark.parametrize(
    "line, kept",
    [
        ("词条 安徽省教育厅关于规范中小学校校庆管理的通知", "安徽省教育厅关于规范中小学校校庆管理的通知"),  # h52
        (
            "济宁市人民政府关于进一步做好新形势下就业创业工作的意见 |",
            "济宁市人民政府关于进一步做好新形势下就业创业工作的意见",
        ),  # h53
        ("||||", ""),
        ("时间:2025-12-26 16:00", ""),  # 泉州 (h53)
        ("| 文号 | 宜政发〔2023〕215号 |", "| 文号 | 宜政发〔2023〕215号 |"),  # a row of cells stays as it was
    ],
)
def test_a_pages_labels_and_table_cells_around_a_line_are_cleaned(line, kept):
    assert [x.text for x in clean_lines(line + "\n")] == [kept]


@pytest.mark.parametrize(
    "table, notice, issuers, rules, number",
    [  # 泉州 财政局 + 人社局 (h53); a county's two bureaus on the same kind of portal
        (
            "• 索 引 号:QZ00111-0200-2025-00067\n    • 备注/文号:泉财规〔2025〕5号\n    • 发布机构:泉州市财政局\n",
            "泉州市财政局 泉州市人力资源和社会保障局关于印发《泉州市就业补助资金管理办法》的通知",
            ("泉州市财政局", "泉州市人力资源和社会保障局"),
            "泉州市就业补助资金管理办法",
            "泉财规〔2025〕5号",
        ),
        (
            "• 索 引 号:QZ00222-0200-2024-00011\n    • 文号:长财社〔2024〕3号\n    • 发布机构:长兴县财政局\n",
            "长兴县财政局 长兴县民政局关于印发《长兴县养老服务补贴资金管理办法》的通知",
            ("长兴县财政局", "长兴县民政局"),
            "长兴县养老服务补贴资金管理办法",
            "长财社〔2024〕3号",
        ),
    ],
)
def test_a_notice_under_a_portal_table_and_a_posting_time_issues_its_rules(table, notice, issuers, rules, number):
    text = (
        f"{table}    {notice}\n    时间:2025-12-26 16:00\n\n    各县(市、区)财政局、人力资源和社会保障局:\n\n"
        f"    为切实落实各项扶持政策，提高资金使用效益，我们制定了《{rules}》，现印发给你们，请认真贯彻执行。\n\n"
        f"    {'  '.join(issuers)}\n\n    20251226\n\n     \n\n    {rules}\n\n{RULES_BODY}"
    )
    first, second = parse_text(text, "portal.txt").documents
    assert (first.title.replace(" ", ""), str(first.doc_number)) == (notice.replace(" ", ""), number)
    assert (second.title, second.issuers, second.transmitted_by) == (rules, issuers, 0)


@pytest.mark.parametrize(
    "table",
    [  # 宜兴 (h49): a Markdown table of label and value; 常山 (h49): the table printed one cell a line, far above
        "| 文号 | 宜政发〔2023〕215号 |\n| 制发机关 | 宜兴市人民政府 |\n| 成文日期 | 2024-05-13 |\n",
        "  • 文号:\n\n    宜政发〔2023〕215号\n\n  • 成文日期:\n\n    2024-05-13\n\n  • 发布单位:\n\n    市政府办\n\n"
        "  • 有效性:\n\n    有效\n\n  • 统一编号:\n\n    YXSD01-2023-0006\n\n",
    ],
)
def test_a_portal_table_in_any_layout_over_the_notice_numbers_it(table):
    notice = "宜兴市人民政府关于印发《宜兴市关于支持民营企业高质量发展的实施意见》的通知"
    text = (
        f"{table}{notice}\n\n各镇人民政府，各街道办事处，市各委办局：\n\n"
        "《宜兴市关于支持民营企业高质量发展的实施意见》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n\n"
        "宜兴市人民政府\n\n2023年12月28日\n"
    )
    (doc, *_) = parse_text(text, "portal.txt").documents
    assert str(doc.doc_number) == "宜政发〔2023〕215号"


@pytest.mark.parametrize("word", ["等办法", "等文件"])
def test_a_title_naming_one_text_and_more_issues_those_its_sentence_quotes_after_xianjiang(word):
    from policykg.loaders.transmit import named_texts

    title = f"兖州市人民政府办公室关于印发兖州市政府信息发布协调工作规定(试行){word}的通知"
    sentence = (
        "为进一步推进政府信息公开工作,根据《山东省人民政府信息公开办法》(省政府令第225号)、省政府办公厅《关于进一步做好"
        "政府信息公开工作的意见》(鲁政办发〔2010〕71号),经市政府同意,现将《兖州市政府信息发布协调工作规定(试行)》、"
        "《兖州市政府信息公开保密审查办法(试行)》印发给你们,请认真贯彻执行。"
    )
    assert named_texts(title, [sentence]) == [
        "兖州市政府信息发布协调工作规定(试行)",
        "兖州市政府信息公开保密审查办法(试行)",
    ]


@pytest.mark.parametrize(
    "title, sentence, first",
    [  # 青阳 (h58): no addressees, the issuing sentence right under the title
        (
            "青阳县政务公开办公室关于印发《青阳县政务公开工作制度》等九项制度的通知",
            "现将《青阳县政务公开工作制度》、《青阳县政府信息公开投诉举报制度》等九项制度印发给你们，请认真贯彻执行。",
            "青阳县政务公开工作制度",
        ),
        # 清远 (h58): a site's title without its issuer and 关于
        (
            "印发清远市政府信息公开工作考核办法(试行)等制度的通知",
            "现将《清远市政府信息公开工作考核办法(试行)》、《清远市政府信息公开社会评议办法(试行)》印发给你们。",
            "清远市政府信息公开工作考核办法(试行)",
        ),
    ],
)
def test_a_notice_issuing_several_texts_is_found_and_its_first_text_inherits(title, sentence, first):
    text = (
        f"当前位置: 网站首页 > 政府信息公开制度\n{title}\n发布时间:2014-08-16 00:00 来源:某某县人民政府 字体:[ ]\n\n"
        f"{sentence}\n\n某某县人民政府办公室\n二O一四年八月十五日\n\n{first}\n\n"
        "第一条 为进一步提高行政机关的工作效率和服务质量，完善依法行政、勤政廉政的工作机制，制定本制度。\n"
        "第二条 本制度适用于本县各级行政机关，各单位应当按照本制度的要求做好相关工作。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title.replace("（", "(").replace("）", ")") for d in docs] == [title, first]
    assert docs[1].transmitted_by == 0


def test_a_notice_whose_sentence_issues_its_texts_mid_sentence_and_a_date_glued_to_the_first_title():
    notice = "乐山市人民政府办公室关于印发《乐山市政府信息主动公开办法》等6个办法的通知"
    text = (
        f"网站标识码:5111000061 蜀ICP备15031289号-4 网站地图\n{notice}\n"
        "为进一步贯彻落实新修订的《中华人民共和国政府信息公开条例》,经市政府领导同意,现将修订后的《乐山市政府信息主动公开办法》"
        "《乐山市政府信息公开审查办法》印发给你们,请认真贯彻执行。\n2020年10月9日 乐山市政府信息主动公开办法\n"
        "第一条 为认真做好政府信息主动公开工作,充分保障人民群众的知情权、参与权、监督权,根据《中华人民共和国政府信息公开条例》,"
        "制定本办法。\n第二条 本办法适用于本市各级行政机关主动公开政府信息的活动。\n"
    )
    notice_doc, issued = parse_text(text, "page.txt").documents
    assert (notice_doc.title, issued.title, issued.transmitted_by) == (notice, "乐山市政府信息主动公开办法", 0)
    assert str(notice_doc.date) == str(issued.date) == "2020-10-09"
    assert [(r.role, r.title) for r in notice_doc.references if r.role != "TRANSMITS"] == [
        ("IMPLEMENTS", "中华人民共和国政府信息公开条例")
    ]
