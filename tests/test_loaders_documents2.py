"""Documents a text holds (2026-12-04, r17): rows of a page's metadata between a title and its addressees,
and other lines that hid a notice or the text it issues.  Each text is modelled on a source of the same form,
with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


@pytest.mark.parametrize(
    "rows",
    [  # 高昌 (h86): a portal's table printed as rows of labels and values, two or three to a line, some empty
        "索 引 号 012345678/2023-00011 发布机构 某某区政府办公室 公开日 2023-06-01\n"
        "文  号 某区财农〔2023〕12号 主题分类 农业 失效日期\n"
        "体裁分类 服务对象 各乡镇、各部门 有效性 有效\n"
        "公开范围 各乡镇、各部门 主 题 词 农业、补助\n"
        "著录日期 生效日期\n",
        # a law site's record rows, label and value joined by a colon (h103 山西)
        "发文字号:某政发〔2023〕12号\n颁布部门:某某区人民政府\n法律效力:地方规范性文件\n应用分类:农业类\n"
        "颁布日期:2023-06-01生效日期:2023-06-01\n",
    ],
)
def test_metadata_rows_between_the_title_and_the_addressees_hide_neither_notice_nor_its_plan(rows):
    title = "关于印发《某某区农机补助实施方案(2023年)》的通知"
    text = (
        f"规范性文件\n\n{title}\n\n{rows}\n各乡镇人民政府，区直各部门:\n\n"
        "为做好农机补助工作，制定了《某某区农机补助实施方案(2023年)》，现印发你们，请认真贯彻执行。\n\n\n"
        "某某区农机补助实施方案(2023年)\n\n一、总体要求\n\n全面落实补助政策，确保资金发放到户。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [title.replace("(", "（").replace(")", "）"), "某某区农机补助实施方案（2023年）"]
    assert docs[0].source_line == 3


def test_a_file_opening_with_a_number_and_an_addressee_not_starting_with_ge_is_an_untitled_notice():
    """纲要办发〔2018〕3号 / 某某办公室各成员单位,各省…(科协): / 现将《X》印发给你们 (h69 纲要办): the notice lost its
    title, its number and its addressees opening the file, the text it issues below it."""
    text = (
        "某办发〔2019〕5号\n"
        "某某工作领导小组办公室各成员单位,各省、自治区、直辖市领导小组办公室(协会):\n"
        "现将《2019年某某行动工作要点》印发给你们。请结合实际认真贯彻落实。\n"
        "某某工作领导小组办公室\n2019年3月1日\n"
        "2019年某某行动工作要点\n"
        "2019年是某某工作的关键之年，各地要认真落实各项任务，确保取得实效，推动工作再上新台阶。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.source_line, str(d.doc_number)) for d in docs] == [(1, "某办发〔2019〕5号"), (6, "None")]
    assert docs[1].title == "2019年某某行动工作要点"


def test_a_title_line_ending_in_wenjian_is_no_red_header():
    """市政府及市政府部门重大政策文件 / 解读制度 (h120 安顺): a title's first line that ends in 文件, the words before it no
    body's name, goes on into the title; a red header (某某市人民政府办公室文件) does not."""
    text = (
        "各县人民政府，市政府各部门:\n现将《某某制度》印发给你们，请认真贯彻执行。\n2021年3月1日\n(此件公开发布)\n"
        "县政府及县政府部门规范性文件\n备案审查制度\n"
        "第一条 为规范备案审查工作，根据有关规定，制定本制度。\n第二条 本制度适用于县政府及其部门。\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert "县政府及县政府部门规范性文件备案审查制度" in titles
