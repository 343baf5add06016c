"""Metadata rows of portal pages and law databases read as title, number, issuer and date (parts h110–h126 of
the unseen set): pipe tables, labels glued to their values, a label alone over its value, several fields on
one line.  Each text is modelled on a source of the same form, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields


def test_a_pipe_table_cell_gives_the_title_without_its_bars_and_the_title_names_the_issuer():
    """谯城 (h110): ``标 题: | X | ||`` — the title is the cell; its body before 关于 is the issuer (the
    table's 发布机构 a short name of the site)."""
    title = "某某市某某区人民政府办公室关于印发2021年重点工作任务分解表的通知"
    text = (
        "索引号: | 113400/202104-00011 | 信息分类: | 规范性文件 |\n"
        "发布机构: | 某某区政府(办公室) | 主题分类: | 综合政务 |\n"
        "成文日期: | 发布日期: | 2021-04-09 08:44 | |\n"
        "发文字号: | 无 | 有 效 性: | 有效 |\n"
        f"标 题: | {title} | ||\n"
        "政策咨询机关: | 政策咨询电话: |\n"
        "各乡镇人民政府、街道办事处，区政府各部门：\n"
        "现将《2021年重点工作任务分解表》印发给你们，请认真贯彻落实。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title
    assert doc.issuers and doc.issuers[0].endswith("某某区人民政府办公室")


def test_an_empty_date_cell_leaves_the_posting_date_no_issue_date():
    """谯城 (h110): ``成文日期: | 发布日期: | …`` then ``发布日期: | 2021-04-09 | ||`` — the table prints a
    成文日期, empty: its 发布日期 is the posting day, not the text's date (before the cells were read, the
    bars left in the 成文日期 value hid it by chance)."""
    rows = "成文日期: | 发布日期: | 2021-04-09 08:44 | |\n标 题: | 关于某某的通知 | ||\n发布日期: | 2021-04-09 | ||\n"
    assert read_portal_fields(rows).date is None
    assert read_portal_fields("标 题: | 关于某某的通知 | ||\n发布日期: | 2021-04-09 | ||\n").date == "2021-04-09"


def test_pipe_cells_without_colons_give_number_and_the_publisher_writes_out_the_title_body():
    """江汉 (h110): label cells without colons and a Markdown rule line; the title names 区人民政府办公室 without
    its place, the 发布机构 cell writes it out.  A 发文日期 with its clock time stays a posting time."""
    title = "区人民政府办公室关于印发2023年区《政府工作报告》目标任务责任分解方案的通知"
    text = (
        "文 号 | 临政办〔2023〕2号 | 发文日期 | 2023-01-30 16:20 |\n"
        "---|---|---|---|\n"
        "发布机构 | 临江区人民政府办公室 | 有 效 性 | 有效 |\n"
        f"标 题 | {title} |\n"
        f"{title}\n"
        "各街道办事处，区人民政府各部门：\n"
        "《2023年区〈政府工作报告〉任务责任分解方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    fields = read_portal_fields(text)
    assert (fields.number, fields.issuer, fields.date) == ("临政办〔2023〕2号", "临江区人民政府办公室", None)
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (title, "临政办〔2023〕2号")
    assert len(doc.issuers) == 1 and doc.issuers[0].endswith("临江区人民政府办公室")


def test_a_traditional_pipe_label_with_lost_spaces_gives_the_title():
    """铜陵 (h114): ``標??題 | X |`` — a full-width space lost to ? inside the label."""
    title = "某某省人民政府关于某某市开发区优化整合方案的批复"
    rows = f"主题分类: | 国民经济管理 | 成文日期: | 2019/03/08 |\n标??题: | {title} | ||\n发文字号: | 某政秘〔2019〕7号 | 关键词: |\n"
    fields = read_portal_fields(rows)
    assert (fields.title, fields.number, fields.date) == (title, "某政秘〔2019〕7号", "2019-03-08")


def test_labels_glued_to_an_order_number_and_date_fill_the_one_document_below():
    """证监会 (h111): ``发文字号中国某某管理委员会令第12号`` / ``发文日期2021年3月5日`` glued without a
    separator, opening the page over its one document."""
    text = (
        "发文机关中国某某管理委员会\n发文日期2021年3月5日\n时效性现行有效\n发文字号中国某某管理委员会令第12号\n"
        "《关于修改部分某某规章的决定》已经委务会议审议通过，现予公布，自公布之日起施行。\n主任：张某\n2021年3月5日\n"
        "附件：关于修改部分某某规章的决定\n附件\n关于修改部分某某规章的决定\n"
        "为贯彻落实有关要求，中国某某管理委员会决定：\n一、对2部规章的部分条款予以修改。\n本决定自公布之日起施行。\n"
    )
    fields = read_portal_fields(text)
    assert fields.number == "中国某某管理委员会令第12号"
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == "关于修改部分某某规章的决定")
    assert (str(doc.doc_number), doc.date) == ("中国某某管理委员会令第12号", "2021-03-05")


def test_fields_on_one_line_with_empty_values_keep_to_their_own_labels():
    """南华 (h126): ``… 发布机关:某某县应急局 著录日期: 发文字号: 主  题  词: 标      题:X 生效日期:`` —
    empty fields between, the title after them; 发布机关 names the issuer."""
    row = (
        "索  引  号:abc-/2023-0101001 公开范围:公开 发布机关:某某县应急局 著录日期: 发文字号: "
        "主  题  词: 标      题:某某县森林火灾应急预案 生效日期:"
    )
    fields = read_portal_fields(f"首页 >> 部门目录 >> 某某县应急局\n{row}\n\n某某县森林火灾应急预案\n\n1总则\n")
    assert (fields.title, fields.issuer, fields.issuer_is_publisher) == (
        "某某县森林火灾应急预案",
        "某某县应急局",
        False,
    )


def test_a_label_alone_takes_the_value_on_the_next_line():
    """晋城 (h122): ``发布单位`` alone, the body on the next line; 海淀 (h105): ``文号`` the same way; a label
    right under a label is an empty field, not its value."""
    text = "某某条例\n\n发布单位\n某某市人民代表大会常务委员会\n发布日期 2017-12-27 生效日期 2018-01-01\n"
    fields = read_portal_fields(text)
    assert (fields.issuer, fields.date) == ("某某市人民代表大会常务委员会", "2017-12-27")
    assert read_portal_fields("标  题\n关于某某的通知\n文  号\n某政发〔2016〕45号\n").number == "某政发〔2016〕45号"
    assert read_portal_fields("标题\n关于某某的通知\n文号\n发文日期\n2016-12-28\n").number is None


# A portal's table with its labels in brackets, one pipe row of two fields a line, naming no title and
# no number (垫江 h68): still a table — its 成文日期 dates the text below; a table naming no text gives
# no date from a 发布日期 alone, the page's day (渝北 h104, 龙陵 h84: 文号 | 浏览量 is no number).
BRACKET_TABLE = """[ 索引号 ] | 11500231008679505Q/2024-00117 | [ 发文字号 ] | |
[ 主题分类 ] | 应急管理 | [ 体裁分类 ] | 预案 |
[ 发布机构 ] | 甲县乙镇 | [ 有效性 ] | |
[ {label} ] | 2024-12-06 | [ 浏览次数 ] | 12 |
甲县乙镇突发事件综合应急预案
一、总则
为了提高乙镇应对各类突发事件的能力，保障人民群众生命财产安全，根据《中华人民共和国突发事件应对法》等法律法规，
结合本镇实际，制定本预案。
本预案适用于乙镇行政区域内发生的各类突发事件的应对工作。
依据下列法律法规及规范性文件，编制本预案：
（1）《中华人民共和国突发事件应对法》
（2）《丙市突发事件应对条例》
（3）《突发事件应急预案管理办法》
（4）《甲县突发事件总体应急预案》
二、组织体系
镇人民政府是本镇突发事件应对工作的行政领导机关，镇应急管理办公室负责日常工作。
"""


def test_a_table_of_bracketed_labels_without_title_or_number_dates_the_text_by_its_written_date():
    (d,) = parse_text(BRACKET_TABLE.format(label="成文日期"), "plan.txt").documents
    assert (d.title, d.date) == ("甲县乙镇突发事件综合应急预案", "2024-12-06")
    (d,) = parse_text(BRACKET_TABLE.format(label="发布日期"), "plan.txt").documents
    assert d.date is None  # the page's posting day, the table naming no text
