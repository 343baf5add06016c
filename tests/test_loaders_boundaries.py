"""Where documents start and end, and titles printed over several lines (parts h144–h152 of the unseen set):
a body's name cut inside itself over 关于…, a page with no anchor whose title runs over lines, a red head's
title printed again under its number, a gazette's section labels between its contents and its texts.  Each
text is modelled on the failing one, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_body_name_cut_inside_itself_goes_on_into_the_title():
    """某市…领导小组 / 办公室关于印发…方案 / 的通知 (h148 玉林): the name's rest opens the next line, the title is whole."""
    text = (
        "钦州市应对气候变化工作领导小组\n办公室关于印发钦州市降碳目标\n工作实施方案的通知\n"
        "各县(市、区)人民政府,市各有关单位:\n经市人民政府同意,现将《钦州市降碳目标工作实施方案》印发给你们,请认真组织实施。\n"
        "钦州市应对气候变化工作领导小组办公室\n2024年3月22日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "钦州市应对气候变化工作领导小组办公室关于印发钦州市降碳目标工作实施方案的通知"
    assert doc.source_line == 1


def test_an_issuer_line_over_a_lone_title_is_its_head():
    """某市…领导组办公室 / 关于继续…的通知 with no anchor below (h144 长治): the issuer's line starts the title."""
    text = (
        "|\n晋城市大气污染防治工作领导组办公室\n关于继续延长主城区机动车单双号限行时间的通知\n"
        "根据空气质量预测预报和综合研判,近期我市重污染天气仍将持续。经研究决定继续延长机动车单双号限行时间。"
        "现将有关事项通知如下:\n一、限行时段为每日早7时至晚22时。\n特此通知\n"
        "晋城市大气污染防治工作领导组办公室\n2019年2月26日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "晋城市大气污染防治工作领导组办公室关于继续延长主城区机动车单双号限行时间的通知"
    assert doc.source_line == 2


def test_a_plan_title_over_three_lines_with_no_anchor_is_whole():
    """某州国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要 over its preface (h148 昌吉): one title,
    and the preface's 编制《…纲要》 names the plan itself, no other text."""
    title = "吐鲁番市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    text = (
        "吐鲁番市国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要\n"
        "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年,是推动高质量发展的关键五年。\n"
        f"根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》,编制《{title}》。\n"
        "《纲要》规划期限为2021-2025年,展望到2035年。\n"
        "“十三五”时期,面对全面建成小康社会决胜阶段的艰巨任务和错综复杂的国际形势,全市各族干部群众团结奋斗,"
        "经济社会发展取得了显著成就,为开启全面建设社会主义现代化新征程奠定了坚实基础。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title
    assert doc.source_line == 1
    assert all(r.title != title for r in doc.references)


def test_a_lone_title_under_two_issuer_lines_keeps_the_number_below_it():
    """中共某市委 某市人民政府 / 关于…的实施意见 / —— / 某党发〔2015〕21号 (h148 乌兰察布): the number is the text's."""
    text = (
        "您所在的位置:首页>期刊栏目>市政府文件>正文\n中共晋城市委 晋城市人民政府\n关于加快发展养老服务业的实施意见\n——\n"
        "晋党发〔2015〕21号\n\n为加快建立和完善养老服务体系,鼓励和引导社会力量进入养老产业,推动养老产业市场化进程,"
        "结合我市实际,现提出如下实施意见。\n一、总体要求\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "中共晋城市委晋城市人民政府关于加快发展养老服务业的实施意见"
    assert str(doc.doc_number) == "晋党发〔2015〕21号"
    assert not doc.references


def test_a_red_head_title_ends_above_its_number_and_is_read_from_its_copy_below():
    """某县人民政府关于…的通知 / 某政字202154 / 某县人民政府 / 关于…的通知 (h146 魏县): the page's heading, the damaged
    number and the red head's title again (its 〇 lost): one document, titled by the copy under the number."""
    plan = "临城县国民经济和社会发展第十四个五年规划和二三五年远景目标纲要"
    text = (
        "发布日期:2021-08-20\n\n临城县人民政府关于抓好《临城县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》"
        "贯彻落实的通知\n\n\n临政字202154\n\n 临城县人民政府\n\n关于抓好《临城县国民经济和社会发展第十四个\n\n"
        "五年规划和二三五年远景目标纲要》贯彻\n\n落实的通知\n\n各乡镇人民政府,县政府各部门:\n\n"
        f"《{plan}》已经县人民代表大会批准。为贯彻落实好《纲要》确定的各项目标任务,现就有关事宜通知如下:\n\n"
        "一、提高思想认识。\n\n临城县人民政府\n\n2021年8月18日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [f"临城县人民政府关于抓好《{plan}》贯彻落实的通知"]
    assert docs[0].source_line == text.splitlines().index(" 临城县人民政府") + 1


def test_a_damaged_number_right_above_a_title_is_its_header():
    """某文明办〔201314 / 关于做好…推荐 / 工作的通知 (h69 邹城): the number is no line of the title, but its own."""
    text = (
        "某某市文明办\n2013417\n\n济文明办〔201314\n\n关于做好乡村文明行动示范村\n\n推荐工作的通知\n\n"
        "各县、市、区文明办:\n\n根据有关工作计划要求,现就做好示范村推荐工作通知如下:\n\n一、推荐范围。\n"
    )
    doc = parse_text(text, "page.txt").documents[-1]
    assert doc.title == "关于做好乡村文明行动示范村推荐工作的通知"
    assert str(doc.doc_number) == "济文明办〔2013〕14号"


def test_a_gazette_section_label_is_no_line_of_the_title_under_it():
    """部门文件 / 关于印发《…》的通知 / 数据公报 / 2024年1-4月全县主要经济指标 / 某县人民政府关于印发… (h152 歙县): the
    contents' entries and section labels are not glued to the first text's title."""
    text = (
        "黟县人民政府公报2024年第4期(总第82期)\n\n县政府文件\n\n黟县人民政府关于印发《黟县纸基材料产业规划》的通知\n\n"
        "部门文件\n\n关于印发《黟县茶叶高产高效行动项目实施方案》的通知\n\n数据公报\n\n2024年1-4月全县主要经济指标\n\n\n"
        "黟县人民政府关于印发《黟县纸基材料产业规划\n\n(2024—2028年)》的通知\n\n黟政秘〔2024〕13号\n\n"
        "各乡镇人民政府、县政府有关部门:\n\n《黟县纸基材料产业规划(2024—2028年)》已经县政府常务会议审议通过,现印发给你们,"
        "请认真贯彻执行。\n\n黟县人民政府\n\n2024年6月20日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["黟县人民政府关于印发《黟县纸基材料产业规划（2024—2028年）》的通知"]
    assert str(docs[0].doc_number) == "黟政秘〔2024〕13号"
