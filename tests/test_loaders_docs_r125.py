"""Documents and titles of the unseen set, second round (r125): which documents are found and their titles.
Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_bracketed_word_inside_a_portal_titles_book_marks_is_no_field_label():
    # 发文标题: …印发《X方案[试行]》的通知 (h106 山东): [试行] inside the cited title is part of it, not a field
    # label in brackets ([ 发文字号 ]) that would cut the title there
    text = (
        "法规内容 本文仅供参考\n发文标题: 甲省乙厅关于印发《各市乙管理绩效评价方案[试行]》的通知\n"
        "发文文号: 甲乙绩[2014]1号\n发文部门: 甲省乙厅\n发文时间: 2014-6-26\n发文内容:\n\n"
        "各市乙局:\n  为进一步推动改革，提高资金使用效益，我们制定了《各市乙管理绩效评价方案(试行)》。现予印发，"
        "请认真贯彻执行。\n  甲省乙厅\n  2014年6月26日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["甲省乙厅关于印发《各市乙管理绩效评价方案[试行]》的通知"]


def test_a_page_heading_over_a_posting_line_removed_as_furniture_is_the_title():
    # 2025年县政府重点工作任务一季度完成情况 / 浏览次数: 来源:某县政府办公室 时间:… 文字大小:[ ] (h152 霍邱): the
    # posting line is page furniture, cleaned away, yet it still tells the heading above it is the page's title
    rows = "".join(
        f"{k} 某项指标增长{k}%以上。 县某某局 一季度该项指标增长{k}.5%，完成年度目标进度要求。\n" for k in range(1, 9)
    )
    text = (
        "2025年甲县政府重点工作任务一季度完成情况\n\n"
        "浏览次数: 来源:甲县政府办公室 时间:2025-06-16 16:01    文字大小:[ ]   背景色:\n"
        "序号 重点工作任务 牵头责任单位 一季度完成情况\n" + rows
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["2025年甲县政府重点工作任务一季度完成情况"]


def test_eight_joint_issuers_one_a_line_over_the_title_are_all_of_it():
    # eight bodies, one a line (some letter-spaced), over 关于宣布《X》 / 失效的通知 (重庆): the title block goes on
    # past its usual eight lines while its top lines are bodies named alone; the spaced names are read whole
    bodies = ["甲市经济和信息化委员会", "中共甲市委网络安全和信息化委员会办公室", "甲 市 发 展 和 改 革 委 员 会"]
    bodies += ["甲市教育委员会", "甲 市 交 通 局", "甲市农业农村委员会", "甲市卫生健康委员会"]
    bodies += ["甲市大数据应用发展管理局"]
    text = (
        "甲经信发〔2024〕79号\n"
        + "\n".join(bodies)
        + "\n关于宣布《甲市人工智能产业\n高质量发展行动计划》\n失效的通知\n"
        "各有关单位：\n原《甲市人工智能产业高质量发展行动计划》经研究，决定宣布失效，自本通知印发之日起停止执行。\n"
        "甲市经济和信息化委员会\n2024年11月6日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title.startswith("甲市经济和信息化委员会中共甲市委")
    assert doc.title.endswith("关于宣布《甲市人工智能产业高质量发展行动计划》失效的通知")
    assert len(doc.issuers) == 8
