"""Parts h214 (policy-research corpora) and h215 (city pages of a crawled store), r226: page numbers glued to titles,
a plan's period and stage lines, numbered basis lists under 规划依据, a heading wrapping its title in marks, 落实 after the
titles, titles named by a count of articles, texts still to be made, quoted words inside a body's name.  Each text is
modelled on a failing text of the parts, with other names (a place the registry knows where the registry is what is
tested)."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _docs(text: str):
    return parse_text(text, "page.txt").documents


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(r.role, r.title) for d in _docs(text) for r in d.references]


def test_a_page_number_glued_before_a_places_title_is_dropped():
    # 123广州市…管理办法 (a concatenated PDF text): the previous page's number runs onto the next file's title
    text = (
        "87杭州市地下某某设施管理办法\n \n"
        "第一条 为了加强地下某某设施管理，制定本办法。\n"
        "第二条 本办法适用于本市行政区域内的地下某某设施。\n"
        "第三条 本办法自 2020 年 1 月 1 日起施行。\n"
    )
    assert [d.title for d in _docs(text)] == ["杭州市地下某某设施管理办法"]


def test_a_page_number_before_a_party_committee_and_government_title_is_dropped():
    # 22 中共上海市委、上海市人民政府关于…的意见
    text = (
        "______________\n"
        "15 中共杭州市委、杭州市人民政府关于提高某某防治能力的意见\n\n"
        "为深入贯彻落实有关精神，现提出如下意见。\n\n"
        "一、明确总体目标\n\n到2022年，全市某某防治工作体系更加高效。\n"
    )
    assert [d.title for d in _docs(text)] == ["中共杭州市委、杭州市人民政府关于提高某某防治能力的意见"]


def test_a_plans_period_and_stage_lines_under_its_title_are_part_of_it():
    # 31 北京市…规划 / （2021 年-2035 年） / （草案） / the compiler / 2021 年 9 月 前言
    text = (
        "甲市国土空间某某保护规划\n（2021 年-2035 年）\n（草案）\n甲市某某委员会 \n2021 年 9 月 前    言 \n"
        "某某保护是重大举措。为落实有关要求，组织编制了《甲市国土空间某某保护规划（2021 年—2035 年）》"
        "（以下简称《规划》）。 \n"
        "《规划》是甲市某某保护的总体设计，是今后一段时期甲市开展国土空间某某保护工作的行动指南，是编制下位规划、"
        "实施某某保护工程的基本依据。 \n"
        "第一章 总则 \n第一节 指导思想 \n坚持生态优先、绿色发展，统筹山水林田湖草系统治理，全面提升某某系统质量。 \n"
        "第二节 基本原则 \n保护优先、自然恢复为主。尊重自然规律，坚持保护优先、自然恢复为主、人工修复为辅。 \n"
    )
    docs = _docs(text)
    assert [d.title for d in docs] == ["甲市国土空间某某保护规划（2021年-2035年）（草案）"]
    assert _pairs(text) == []  # the plan's mention of itself (its period written with another dash) names no other text


def test_numbered_items_under_a_plans_basis_heading_are_its_ground_and_edition_notes_amend_nothing():
    # 第三节 规划依据 / 1、《X法》（2019 年修正） / 2、《Y条例》（2017 年修订） …
    text = (
        "甲市某某修复规划\n\n第一章 总则\n第一节 指导思想\n坚持生态优先，绿色发展。 \n"
        " 第三节  规划依据 \n"
        "1、《中华人民共和国某某法》（2019 年修正） \n"
        "2、《中华人民共和国乙乙法》（2019 年修正） \n"
        "3、《某某绿化条例》（2017 年修订） \n"
        "4、《甲市某某保护规划（2021-2035 年）》（2021\n年） \n"
        "第四节  规划范围与期限 \n一、规划范围 \n本规划范围为甲市行政辖区。 \n"
    )
    assert _pairs(text) == [
        ("BASED_ON", "中华人民共和国某某法"),
        ("BASED_ON", "中华人民共和国乙乙法"),
        ("BASED_ON", "某某绿化条例"),
        ("BASED_ON", "甲市某某保护规划（2021-2035年）"),
    ]


def test_a_heading_wrapping_the_title_in_marks_with_its_number_gives_both():
    # 保定市住房公积金管理委员会 关于《关于调整…的通知》（市房金委字〔2022〕2号）
    text = (
        "甲市住房公积金管理委员会 关于《关于调整某某贷款政策的通知》（市房金委字〔2022〕5号）\n"
        "各县（市、区）人民政府，市直各部门：\n"
        "经甲市住房公积金管理委员会审议通过，现将我市某某贷款政策调整如下：\n"
        "一、降低首付款比例\n购买首套住房的，首付款比例调整为不低于20%。\n"
        "甲市住房公积金管理委员会\n2022年7月4日\n"
    )
    (doc,) = _docs(text)
    assert (doc.title, str(doc.doc_number)) == ("关于调整某某贷款政策的通知", "市房金委字〔2022〕5号")


def test_luoshi_closing_the_clause_after_pushed_titles_carries_them_out():
    # 全面推动《A》《B》等政策落实。 (恩阳 measures)
    text = (
        "甲区人民政府关于印发某某措施的通知\n各乡镇人民政府：\n现将《某某措施》印发给你们，请认真贯彻执行。\n"
        "一、支持文旅发展。全面推动《甲市促进某某产业发展扶持奖励措施》《甲市某某首位产业补充扶持措施》等政策落实。"
        "（牵头责任单位：区文广旅局）\n"
        "甲区人民政府\n2022年7月25日\n"
    )
    assert _pairs(text) == [
        ("IMPLEMENTS", "甲市促进某某产业发展扶持奖励措施"),
        ("IMPLEMENTS", "甲市某某首位产业补充扶持措施"),
    ]


def test_a_policy_named_by_its_count_of_articles_is_cited():
    # 符合《来安县“来者皆安”人才政策三十条》有关规定的…标准
    text = (
        "乙县人民政府办公室关于印发某某措施的通知\n各乡镇人民政府：\n现将有关措施印发给你们，请认真贯彻执行。\n"
        "（九）人才购房补贴。对来我县落户的人才，符合《乙县“乙来乙安”人才政策二十条》有关规定的A类人才标准，"
        "购房补贴从其规定执行。\n"
        "乙县人民政府办公室\n2022年12月1日\n"
    )
    assert _pairs(text) == [("CITES", "乙县“乙来乙安”人才政策二十条")]


def test_texts_a_work_report_will_make_are_no_citations():
    # 研究出台《X》 / 编制《Y》 among the year's tasks (林芝 work report)
    text = (
        "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
        "一、2024年主要工作\n"
        "持续优化营商环境。研究出台《甲市关于促进民营经济发展壮大的实施意见》，完善服务机制。"
        "推进城镇建设。编制《甲市特色村镇风貌设计导则》，传承本土特色。\n"
    )
    assert _pairs(text) == []


def test_a_bodys_name_keeps_the_quotation_marks_its_title_prints():
    # 安徽省推进“三地一区”建设领导小组…办公室关于印发…的通知 (a 法宝 export)
    text = (
        "甲省推进“两区一地”建设领导小组某某执行小组办公室关于印发某某实施意见的通知\n"
        "（甲开放办〔2022〕3号）\n"
        "省有关单位：\n　　《某某实施意见》已经领导小组同意，现印发给你们，请认真贯彻落实。\n"
        "甲省推进“两区一地”建设领导小组某某执行小组办公室\n　　2022年3月23日\n"
    )
    assert _docs(text)[0].issuers == ("甲省推进“两区一地”建设领导小组某某执行小组办公室",)
