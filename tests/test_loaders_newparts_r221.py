"""Town, township and street texts, consultation pages and OCR'd report heads of the unseen set (parts h209, h210,
h213; r221).  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

_MEASURES = (
    "11月15日，我镇发现2例核酸检测异常。为充分排查社会面传播风险，经乙镇疫情防控指挥部研究决定，"
    "现就有关疫情防控措施通告如下：\n一、实施交通临时管制。\n对进出乙镇的所有道路实施交通临时管制（暂定一天）。"
    "管制期间，人员原则上只进不出，如因重大疾病紧急就医等确需出入的，须持有24小时内核酸检测阴性证明。\n"
    "二、划定管控区域。\n将乙镇某某小区7栋划为高风险区，严格执行管理措施。乙镇的其他区域划为低风险区。\n"
    "三、严控聚集性活动。\n乙镇全域暂停会议、论坛、培训、演出等聚集性活动，餐饮场所取消堂食。\n"
)


def test_an_announcement_title_with_its_year_serial_in_brackets_gives_the_number():
    # 某镇某指挥部办公室通告(2022年第6号) (h209 古镇): the serial within the year in brackets after the title is the
    # number, no part of the title
    doc = parse_text("甲市乙镇疫情防控指挥部办公室通告(2022年第6号)\n" + _MEASURES, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("甲市乙镇疫情防控指挥部办公室通告", "2022年第6号")


def test_a_metadata_title_value_loses_its_column_tag_and_the_doubled_town():
    # 名称: | 【应急预案】某镇某镇防汛抗旱应急预案 | (h209 葛公): the portal's column tag and the town printed twice
    text = (
        "索引号: | 11341821003287377R/202405-00058 | 组配分类: | 预案管理 |\n"
        "发布机构: | 乙镇人民政府 | 主题分类: | 农业、林业、水利 |\n"
        "名称: | 【应急预案】乙镇乙镇防汛抗旱应急预案 | 文号: | 无 |\n"
        "成文日期: | 发布日期: | 2024-05-24 | |\n生效日期: | 废止日期: |\n(1)自然地理\n"
        "乙镇位于甲县东、南面，总面积251.48平方公里，辖170组，16个村，6950户，25596人。\n(2)历史灾害\n"
        "1995年受台风影响，本镇16个村损失严重，全镇4812户17222人受灾，直接经济损失1875余万元。\n"
    )
    assert [d.title for d in parse_text(text, "page.txt").documents] == ["乙镇防汛抗旱应急预案"]


_CONSULTATION = (
    "首页\n\n甲街道关于《某某社区居委会更名乙村社区居委会》公开征求意见的公告\n\n"
    "为规范社区名称管理，甲街道拟将某某社区居委会更名为乙村社区居委会，社区更名后管辖范围和办公地址不变。\n\n"
    "一、决策程序\n\n甲街道严格按程序规定，履行决策程序，形成风险评估报告。\n\n二、决策依据\n\n"
    "1. 《某某省地名管理办法》第七条；\n\n2.《中华人民共和国城市居民委员会组织法》；\n\n三、实施计划\n\n"
    "2020年10月24日至28日，向某某社区居民发放《致某某社区广大居民的一封信》、《关于将某某社区更名的调查问卷》。\n\n"
    "2022年2月21日，甲街道召开居民座谈会。\n"
)


def test_numbered_items_under_a_decision_basis_heading_are_based_on():
    # 二、决策依据 / 1.《A》第七条； / 2.《B》； (h209 环翠楼): the texts the proposed decision rests on, an item's
    # article after its title
    refs = parse_text(_CONSULTATION, "page.txt").documents[0].references
    based = {r.title for r in refs if r.role.name == "BASED_ON"}
    assert based == {"某某省地名管理办法", "中华人民共和国城市居民委员会组织法"}


def test_a_letter_handed_out_to_residents_is_no_citation():
    # 向居民发放《致…的一封信》、《…调查问卷》 (h209 环翠楼): papers handed out in the procedure, no text cited
    refs = parse_text(_CONSULTATION, "page.txt").documents[0].references
    assert not [r for r in refs if "一封信" in r.title]


_REPORT_TEXT = (
    "各位代表：\n受省人民政府委托，现将2023年预算执行情况和2024年预\n算草案提请省十四届人大二次会议审查，"
    "并请省政协委员和其他\n列席人员提出意见。\n一、2023年全省和省本级预算执行情况\n"
    "2023年是全面贯彻党的二十大精神的开局之年，也是三年\n新冠疫情防控转段后经济恢复发展的一年。全省各级各部门深入\n"
    "开展主题教育，坚持以高质量发展统揽全局，全省经济运行稳中向好。\n"
)


def test_a_report_s_maker_under_its_session_line_is_its_issuer():
    # 关于某省2023年预算执行情况和 / 2024年预算草案的报告 / 2024年1月23日在某省第十四届 / 人民代表大会第二次会议上 /
    # 省财政厅 (h213 安徽, OCR): the body that made the report, named by its level alone, of the place whose
    # assembly heard it
    text = (
        "关于甲省2023年预算执行情况和\n2024年预算草案的报告\n2024年1月23日在甲省第十四届\n人民代表大会第二次会议上\n"
        "省财政厅\n" + _REPORT_TEXT
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("甲省财政厅",), "2024-01-23")


def test_a_bracketed_session_line_keeps_the_title_whole_and_dates_the_report():
    # 某省2023年预算执行情况和2024年 / 预算草案的报告 / （2024年1月24日在某省第十四届人民代表大会第二次会议上） /
    # 某省财政厅 (h213 贵州, OCR): the session in brackets is a line of the header, the title's two lines joined
    text = (
        "乙省2023年预算执行情况和2024年\n预算草案的报告\n（2024年1月24日在乙省第十四届人民代表大会第二次会议上）\n"
        "乙省财政厅\n" + _REPORT_TEXT
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.issuers, doc.date) == (
        "乙省2023年预算执行情况和2024年预算草案的报告",
        ("乙省财政厅",),
        "2024-01-24",
    )


def test_an_ocr_page_number_inside_a_cited_title_over_a_page_break_is_dropped():
    # …省政府将《关于 / —53一 / 2024年民生实事…安排的报 / 告》提交… (h213 广东, OCR): the page number the break
    # printed inside the title is no part of it
    text = (
        "丙省财政厅关于民生实事工作的通知\n\n各市财政局：\n"
        "一、民生实事评议工作：2024年11月，省政府将《关于\n—53一\n2024年民生实事实施情况和2025年民生实事候选项目安排的报\n"
        "告》提交省人大常委会会议审议，并由省人大常委会组成人员对候选项目进行测评。\n"
        "二、各地要按照要求认真做好民生实事项目实施工作。\n\n丙省财政厅\n2024年12月1日\n"
    )
    refs = parse_text(text, "page.txt").documents[0].references
    assert [r.title for r in refs] == ["关于2024年民生实事实施情况和2025年民生实事候选项目安排的报告"]


def test_a_town_office_signed_with_a_weak_ending_and_glued_to_its_date_is_read():
    # 园洲镇应急管理办2023年9月27日 (h209 园洲, a forum's archiver): a town's own office (…办, a weak ending) after
    # its town, glued to the date — the signer and the date
    text = (
        "小强 发表于 2023-10-1 18:11\n\n甲乙镇关于严禁在镇中心区燃放烟花爆竹、孔明灯的通告\n\n"
        "广大市民朋友:\n为有效防范和遏制烟花爆竹安全事故发生，让全镇人民度过一个欢乐祥和的中秋、国庆节，现通告如下:\n"
        "严禁在镇中心区、人员密集场所、危险区域等地燃放烟花爆竹、孔明灯，一经发现，将由公安机关依法处罚，"
        "造成严重后果的，依法从严追究相关法律责任。\n\n甲乙镇应急管理办2023年9月27日\n\n"
        "来源:甲乙镇应急管理办 如有侵权，请联系我们删除\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("甲乙镇应急管理办",), "2023-09-27")


def test_words_ending_in_a_town_word_start_no_town_office():
    # 城乡… / 各乡镇… end in 乡 / 镇 but name no town: a line of them signs nothing
    from policykg.ontology.agencies.registry import default_registry

    reg = default_registry()
    assert [reg.looks_like_agency(t) for t in ("城乡规划服务中心", "各乡镇综治办", "甲乙镇农业服务中心")] == [
        False,
        False,
        True,
    ]


def test_two_rules_one_order_published_together_stay_two_documents():
    # 某市X暂行办法 / （2011年1月27日某市人民政府令第247号公布…） / 某市X实施细则 / （2011年1月27日某市人民政府令第247号
    # 公布…） (h210 重庆): the rules one order published, republished together after an amending decision — two
    # documents, though they share the order's number
    from policykg.graph.build import graph_from_parsed

    rule = (
        "{title}\n（2011年1月27日某市人民政府令第247号公布 根据2024年1月21日某市人民政府令第367号修正）\n"
        "第一条 为了规范个人住房房产税征收管理工作，根据有关法律法规，结合本市实际，制定本{kind}。\n"
        "第二条 本{kind}适用于本市行政区域内个人住房房产税的征收管理工作。\n第三条 本{kind}自公布之日起施行。\n\n"
    )
    text = rule.format(title="某市个人住房房产税改革试点暂行办法", kind="办法") + rule.format(
        title="某市个人住房房产税征收管理实施细则", kind="细则"
    )
    parsed = parse_text(text, "page.txt")
    assert [str(d.doc_number) for d in parsed.documents] == ["某市人民政府令第247号"] * 2
    G = graph_from_parsed([parsed])
    titles = sorted(p["title"] for _, p in G.nodes(data=True) if p.get("label") == "Document" and p.get("source_file"))
    assert titles == ["某市个人住房房产税征收管理实施细则", "某市个人住房房产税改革试点暂行办法"]
