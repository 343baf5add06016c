"""Portal pages of the two newest labelled parts (r122: h163 四川省教育厅, h164 city and district portals): the title
under a metadata table, a page title above the body's own title, the table's date for an issued text, street
offices as printed.  Each text is modelled on a failing file of those parts, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

MENU = "".join(
    f"{w}\n" for w in ("智能问答", "长者专区", "移动门户", "机关处室", "教育要闻", "政策解读", "政府信息公开")
)
MENU += "".join(f"{w}\n" for w in ("主动公开内容", "通知公告", "政策文件库", "政务服务", "在线访谈"))


def test_a_department_page_is_titled_by_the_line_under_its_metadata_table():
    # X_四川省教育厅 / menu items / 索引号 … 发布机构 (four bodies) … 文号 / X / 相关附件>> / X again / footer
    # (h163 四川): the title under the table, not a menu item; issuers from 发布机构 when the title counts them
    title = "甲省教育厅等三部门关于做好退役运动员担任学校教练员工作的通知"
    text = (
        f"{title}_甲省教育厅\n{MENU}索引号：\n008200001/2022-00011\n公文种类：通知\n"
        "发布机构：甲省教育厅、甲省机构编制委员会办公室、甲省体育局\n成文日期：2022-05-09\n"
        "发布日期：2022-05-10\n文号：甲教〔2022〕17号\n有效性：有效\n"
        f"{title}\n相关附件>>\n返回首页\n移动门户\n{title}\n2022-05-10 12:04\n来源：甲省教育厅\n"
        "中国政府网\n教育部\n甲省人民政府\n乙市教育局\n丙市教育和体育局\n甲省大学\n"
    )
    [doc] = parse_text(text, "page.txt").documents
    assert doc.title == title
    assert doc.source_line == text.splitlines().index(title) + 1
    assert (doc.doc_number and str(doc.doc_number), doc.date) == ("甲教〔2022〕17号", "2022-05-09")
    assert doc.issuers == ("甲省教育厅", "甲省机构编制委员会办公室", "甲省体育局")


def test_an_empty_validity_field_leaves_the_issuer_line_of_the_title_under_it():
    # 标题 某市人民政府办公室 / 关于印发《X》的通知 / 成文日期 … / 有效性 / (blank) / 某市人民政府办公室 / 关于印发… (h164
    # 呼和浩特 gkml): the issuer line is the title's, not the validity field's value; the plan the notice issues takes
    # the table's 成文日期 as its date too
    text = (
        "当前位置:首页>>政务公开>>政府信息公开目录\n标题 甲市人民政府办公室\n关于印发《甲市加快乙产业发展\n实施方案》的通知\n"
        "成文日期 2020-03-12\n索引号 000201320/2020-00164 发文字号 公开日期 2020-03-18\n"
        "发文机构 市人民政府办公室 信息分类 政府办文件 废止日期\n有效性\n\n甲市人民政府办公室\n"
        "关于印发《甲市加快乙产业发展\n实施方案》的通知\n\n发布日期:2020-03-18 14:48\n\n"
        "各旗、县、区人民政府,市各委、办、局:\n\n"
        "《甲市加快乙产业发展实施方案》已经市人民政府同意,现印发给你们,请认真贯彻落实。\n\n"
        "甲市加快乙产业发展实施方案\n\n为加快乙产业发展,制定本方案。\n\n一、总体要求\n\n坚持创新驱动,推动乙产业高质量发展。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "甲市人民政府办公室关于印发《甲市加快乙产业发展实施方案》的通知",
        "甲市加快乙产业发展实施方案",
    ]
    assert [d.date for d in docs] == ["2020-03-12", "2020-03-12"]
    assert docs[0].issuers == ("甲市人民政府办公室",)


def test_a_page_title_cut_short_above_the_issuer_line_is_no_part_of_the_title():
    # 关于印发甲市落实乙规划 (the page's title, cut) / 甲市人民政府办公室 / 关于印发 / 《…》 / 的通知 / addressees (h164
    # 呼和浩特 mirror): the title starts at the issuer's line
    text = (
        "关于印发甲市落实乙城市群\n\n甲市人民政府办公室\n\n关于印发\n\n《甲市落实〈乙城市群发展规划〉实施方案》\n\n的通知\n\n"
        "各县、区人民政府,市各委、办、局:\n\n"
        "《甲市落实〈乙城市群发展规划〉实施方案》已经市人民政府常务会议审议通过,现印发给你们,请认真贯彻落实。\n\n"
        "甲市落实《乙城市群发展规划》实施方案\n\n为贯彻落实《乙城市群发展规划》,制定本方案。\n\n一、总体要求\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert docs[0].title == "甲市人民政府办公室关于印发《甲市落实〈乙城市群发展规划〉实施方案》的通知"
    assert docs[0].issuers == ("甲市人民政府办公室",)


def test_a_book_marked_page_heading_over_the_number_is_not_the_notices_title():
    # 《某县X实施方案》 / 某政办发〔2022〕31号 / 关于印发《某县关于X的实施方案》的通知 / addressees (h164 若羌): the
    # heading in book marks names the issued text; the notice's title is under its number
    text = (
        "《乙县加快发展保障性租赁住房的实施方案》\n乙政办发〔2023〕12号\n"
        "关于印发《乙县关于加快发展保障性租赁住房的实施方案》的通知\n各乡镇人民政府,县人民政府各部门:\n"
        "《乙县关于加快发展保障性租赁住房的实施方案》已经县人民政府研究同意,现印发给你们,请认真贯彻执行。\n"
        "乙县人民政府办公室\n2023年6月6日\n乙县关于加快发展保障性租赁住房的实施方案\n"
        "为加快发展保障性租赁住房,制定本方案。\n一、指导思想\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert docs[0].title == "关于印发《乙县关于加快发展保障性租赁住房的实施方案》的通知"
    assert str(docs[0].doc_number) == "乙政办发〔2023〕12号"


def test_a_street_office_is_read_as_printed():
    # 天津市滨海新区海滨街道办事处 on a plan's cover (h164 天津): a street office keeps the name it prints (no 人民政府
    # put in after its district; a real district, an invented street)
    text = (
        "北京市海淀区丙丁街道国民经济和社会发展第十四个五年规划纲要\n\n北京市海淀区丙丁街道办事处\n\n二〇二一年八月\n\n"
        "第一章 发展基础\n\n“十三五”时期,丙丁街道经济社会发展取得显著成就,综合实力明显增强,民生福祉持续改善。\n"
        "第二章 发展目标\n\n到2025年,丙丁街道经济实力、发展质量和治理水平迈上新台阶,人民生活更加美好。\n"
        "第三章 主要任务\n\n坚持党建引领,完善基层治理体系,推进社区服务设施建设,提升公共服务水平,"
        "加快老旧小区改造,改善人居环境,促进辖区经济高质量发展。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("北京市海淀区丙丁街道办事处",)


def test_a_tables_formal_name_of_the_street_office_that_signs_is_taken():
    # 发布单位: 上海市某区人民政府某街道办事处 over a notice signed 某区某街道办事处 (上海 闵行): the table's formal name
    text = (
        "---\n标题: 关于印发《丙街道消防安全工作方案》的通知\n文号: 乙丙办〔2022〕8号\n"
        "发布单位: 甲市乙区人民政府丙街道办事处\n发布日期: 2022-06-20\n---\n\n"
        "# 关于印发《丙街道消防安全工作方案》的通知\n\n机关各部门、各居委会：\n"
        "现将《丙街道消防安全工作方案》印发给你们，请认真组织实施。\n特此通知。\n\n乙区丙街道办事处\n2022年6月20日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("甲市乙区人民政府丙街道办事处",)
