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


def test_a_mirrors_province_tag_with_its_suffix_is_no_part_of_the_headline_title():
    # （福建省）2024年三明市宁化县人民政府政府工作报告 over the report's date line (h152 宁化): the mirror's tag of the
    # province, printed with 省, is dropped as the bare （福建） tag is
    text = (
        "（湖南省）2024年乙市丙县人民政府政府工作报告\n——2023年12月27日在丙县第十八届人民代表大会第三次会议上\n"
        "丙县人民政府县长 某某某\n各位代表：\n"
        "现在，我代表丙县人民政府，向大会作工作报告，请予审议，并请县政协委员和其他列席人员提出意见。\n"
        "一、2023年工作回顾\n一年来，我们扩内需、促消费，经济大盘更加稳固，全县地区生产总值增长百分之六。\n"
        "一年来，我们抓项目、强产业，发展动能持续增强，全年实施重点项目一百二十个，完成投资八十亿元。\n"
        "一年来，我们惠民生、补短板，群众生活持续改善，城乡居民人均可支配收入分别增长百分之五和百分之七。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["2024年乙市丙县人民政府政府工作报告"]


def test_the_texts_own_title_under_a_mirrors_province_tagged_headline_is_the_title():
    # （内蒙古自治区）某旗…十四五规划(2022年更新) / 某旗…第十四个五年 / 规划和 2035 年远景目标纲要 (h116 苏尼特右旗): the
    # mirror's headline over the text's own title, wrapped over two lines — the title is the text's
    text = (
        "（宁夏回族自治区）乙盟丙旗国民经济和社会发展十四五规划(2022年更新)\n丙旗国民经济和社会发展第十四个五年\n"
        "规划和 2035 年远景目标纲要\n丙旗人民政府\n2021 年 9 月\n"
        "“十四五”时期，是我国全面建成小康社会、实现第一个百年奋斗目标之后，乘势而上开启全面建设社会主义现代化国家"
        "新征程的第一个五年，也是我旗高质量发展的关键时期。\n第一篇 开创现代化建设新征程\n"
        "“十三五”是我旗发展进程中极不平凡的五年，全旗各族干部群众深入贯彻落实各项决策部署，经济社会发展取得显著成就。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["丙旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要"]
