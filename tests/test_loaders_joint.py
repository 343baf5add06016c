"""Layouts of part h47 of the unseen set (district and county departments' pages, joint issuers): a
portal's metadata table as rows of label and value without colons (文件编号, 文    号 with its label spaced
out, 分 类, two fields a row), a byline of the posting time and the publisher, the label 文章正文 over the
text, a notice whose sentence says the text 已报经…同意, a page that kept only the last lines of a notice
over the text it issues.  Each text is modelled on two sources of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.transmit import named_texts

PLAN_BODY = "一、总体目标\n" + "".join(
    f"（{n}）完成第{n}项改造任务，落实责任单位和完成时限。\n" for n in "一二三四五六七八"
)


@pytest.mark.parametrize(
    "rows, number",
    [  # 宁波 江北 (h47): 文件编号 on a row of its own
        ("索引号 2950798/2020-38134\n文件有效性 有效\n文件编号 北区政办发〔2020〕11号\n", "北区政办发〔2020〕11号"),
        # 武汉 蔡甸 (h47): two fields a row, the label 文号 spaced out by four spaces
        (
            "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n",
            "蔡政办〔2023〕1号",
        ),
    ],
)
def test_a_portal_tables_number_is_read_from_rows_without_colons(rows, number):
    assert str(read_portal_fields(rows).number) == number


@pytest.mark.parametrize(
    "line",
    [
        "文章正文",  # 宁波 江北 (h47): the label over the text
        "2023-01-05 10:00 区人民政府办公室",  # 蔡甸 (h47): the page's byline
        "2024-3-8 09:15:02 某某县财政局",
        "分 类 政务公开 有 效 性 有效",  # 蔡甸 (h47): a table row, its labels spaced out
    ],
)
def test_a_pages_furniture_above_a_notice_is_cleaned_away(line):
    assert [x.text for x in clean_lines(line + "\n")] == [""]


def test_a_byline_of_a_date_alone_in_a_sentence_stays():
    assert [x.text for x in clean_lines("2023-01-05 10:00召开全区动员大会。\n")] != [""]


@pytest.mark.parametrize(
    "notice, addressees, signer, plan",
    [  # 宁波 江北 (h47) and 武汉 蔡甸 (h47): a portal's table between the title and the text
        (
            "宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案》的通知",
            "各街道办事处、慈城镇人民政府,区政府各部门、直属单位:",
            "宁波市江北区人民政府办公室",
            "江北区城镇老旧小区改造三年行动方案",
        ),
        (
            "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
            "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:",
            "蔡甸区人民政府办公室",
            "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
        ),
    ],
)
def test_a_notice_under_a_portal_table_issues_the_text_printed_below_it(notice, addressees, signer, plan):
    quoted = plan.replace("《", "〈").replace("》", "〉")
    text = (
        f"{notice}\n\n2023-01-05 10:00 区人民政府办公室\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
        f"发布机构 区人民政府办公室 文    号 某政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n文章正文\n\n{addressees}\n\n"
        f"《{quoted}》已报经区人民政府同意,现印发给你们,请认真贯彻执行。\n\n{signer}\n\n2023年1月3日\n\n\n{plan}\n\n{PLAN_BODY}"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [notice, plan]
    assert str(docs[0].doc_number) == "某政办〔2023〕1号"
    assert docs[1].transmitted_by == 0 and str(docs[1].date) == "2023-01-03"


def test_a_text_the_notice_says_was_reported_for_approval_is_what_it_issues():
    sentence = "《某某区城市更新行动方案》已报经区人民政府同意,现印发给你们,请认真贯彻执行。"
    assert named_texts("关于做好城市更新工作的通知", [sentence]) == ["某某区城市更新行动方案"]


@pytest.mark.parametrize(
    "table, title, number",
    [  # 永嘉 (h47): the table over the title, its number on a row with another field
        (
            "索引号 001008003014011/2021-283882 主题分类 财政\n成文日期 2021-11-22 公开方式 主动公开\n"
            "文号 永财农〔2021〕471号 其他信息 下载阅读版\n",
            "永嘉县财政局 永嘉县农业农村局 关于下达2021年度第三批农业开发项目补助资金的通知",
            "永财农〔2021〕471号",
        ),
        (  # a county bureau's page the same way, the number under 发文字号
            "索引号 11330000/2023-0042\n发文字号：某财预〔2023〕12号\n成文日期：2023-03-01\n",
            "某某县财政局关于下达2023年第一批专项资金的通知",
            "某财预〔2023〕12号",
        ),
    ],
)
def test_a_portal_table_over_the_pages_only_text_numbers_it(table, title, number):
    text = (
        f"{table}\n{title}\n\n各乡镇人民政府，县级有关部门：\n"
        "根据《某某县财政专项资金管理实施细则》，现将资金下达给你们，请按规定及时拨付使用，加强资金监管，确保资金安全。\n"
        "附件：资金分配表\n某某县财政局\n2021年11月16日\n"
    )
    (doc,) = parse_text(text, "page.txt").documents
    assert str(doc.doc_number) == number


@pytest.mark.parametrize(
    "addressees, title",
    [  # 南昌 (h47): the title printed under the text and its attachments; a county's page the same way
        ("各县(区)教体局、开发区教育事业发展中心:", "关于报送南昌市2022年第二批义务教育补助资金项目的通知"),
        ("各乡镇人民政府，县直有关单位：", "关于做好2024年度防汛物资储备工作的通知"),
    ],
)
def test_a_notice_opening_with_its_addressees_takes_the_title_printed_after_its_text(addressees, title):
    text = (
        f"{addressees}\n根据《某某市财政局关于下达2022年补助资金的通知》要求，请你们将具体项目上报，相关要求通知如下:\n"
        "1.填报要求:必须以正式文件形式上报，否则不予备案;\n2.时间要求:请于2022年9月9日前将正式文件及附件电子版发送至邮箱。\n"
        f"附件:1.项目建设备案表\n2.区域绩效目标表\n{title}\n"
    )
    parsed = parse_text(text, "page.txt")
    assert [d.title for d in parsed.documents] == [title]
    assert [p.kind for p in parsed.problems] == ["title-below"]
