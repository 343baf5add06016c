"""Citations, round r128: an untitled plan's preamble that names the plan itself after its bases (根据《A》，编制《X》。),
and a forwarded text named again by its number alone after verbs read as part of the number (认真学习领会X〔2009〕15号).
Each text is modelled on a failing source of the unseen set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _refs(text: str, n: int = 0) -> list[tuple[str | None, str | None, str]]:
    doc = parse_text(text, "page.txt").documents[n]
    return [(r.title, str(r.doc_number) if r.doc_number else None, r.role) for r in doc.references]


@pytest.mark.parametrize(
    "preamble, basis, itself",
    [  # 根据《A建议》，编制《X纲要》，主要阐明… (h37 拉萨: an untitled outline's first line)
        (
            "根据《中共甲市委员会关于制定甲市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，"
            "编制《甲市国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要》，主要阐明“十四五”时期的指导思想。",
            "中共甲市委员会关于制定甲市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
            "甲市国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要",
        ),
        # 根据乙县委《A》，制定形成《X》。 (h116 苏尼特右旗)
        (
            "“十四五”时期是乙县发展的关键时期。根据中共乙县委《关于编制国民经济和社会发展第十四个五年规划和"
            "2035年远景目标的建议》，制定形成《乙县国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。",
            "关于编制国民经济和社会发展第十四个五年规划和2035年远景目标的建议",
            "乙县国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        ),
        # 根据《A》《B》和《C》以及有关法律法规，结合丙县实际，编制《X规划》。 (h84 龙陵, h131 襄阳)
        (
            "为进一步健全防灾减灾救灾体制机制，根据《某某部关于做好“十四五”应急管理领域专项规划编制工作的通知》"
            "和《丙县人民政府关于印发丙县“十四五”规划编制工作方案的通知》以及有关法律法规政策文件，结合丙县实际，"
            "编制《丙县“十四五”综合防灾减灾救灾规划》。",
            "某某部关于做好“十四五”应急管理领域专项规划编制工作的通知",
            "丙县“十四五”综合防灾减灾救灾规划",
        ),
    ],
)
def test_the_plan_named_after_its_bases_in_its_preamble_is_itself(preamble, basis, itself):
    body = "全县经济总量稳步增长，城乡居民收入持续提高，基础设施不断完善，公共服务水平明显提升。" * 3
    # (制定了《X》 further on reports a text made earlier: a document cited, not the plan itself)
    made = "2020年，根据《丁市安全生产条例》，县政府制定了《丙县安全生产专项整治实施方案》，全面开展隐患排查。"
    text = f"{preamble}\n第一章 发展基础\n一、主要成就\n{body}\n{made}\n"
    refs = _refs(text)
    assert (basis, None, "BASED_ON") in refs
    assert all(r[0] != itself for r in refs)
    assert ("丙县安全生产专项整治实施方案", None, "CITES") in refs
    # (…，制定《X》。经省政府同意，现印发给你们 — the next sentence issues X: a notice's issued text, h95 青海)
    notice = (
        "关于印发《丁市促进服务业恢复发展若干政策措施》的通知\n各有关单位：\n为推动服务业恢复发展，根据"
        "《某某部关于促进服务业恢复发展的若干政策》精神，结合我市实际，制定《丁市促进服务业恢复发展若干政策措施》。"
        "经市政府同意，现印发给你们，请认真组织实施。\n丁市某某局\n2022年4月8日\n"
    )
    assert ("丁市促进服务业恢复发展若干政策措施", None, "TRANSMITS") in _refs(notice)


def test_a_forwarded_text_named_again_by_its_number_is_no_other_citation():
    """h56 内蒙古: 现将《X》（甲办发明电〔2009〕15号）转发给你们 … 要认真学习领会甲办发明电〔2009〕15号文件精神 — the verbs
    before the number are no part of its prefix, and the number names the forwarded text again."""
    text = (
        "各市人民政府，省直各部门：现将《甲省人民政府办公厅关于检查甲办发〔2008〕33号文件贯彻落实情况的通知》"
        "（甲办发明电〔2009〕15号）转发给你们，并提出以下意见，请一并贯彻落实。"
        "一、各地区、各部门、各单位要认真学习领会甲办发明电〔2009〕15号文件精神，切实维护民族团结。\n"
        "二○○九年八月十日\n"
    )
    refs = _refs(text)
    assert not [r for r in refs if r[2] != "TRANSMITS"]
    assert {r[1] for r in refs} == {"甲办发明电〔2009〕15号"}


@pytest.mark.parametrize(
    "sentence, attachment, later",
    [  # 制定了《X》（以下简称《指导意见》，见附件） (h111 外汇局: the notice's own attachment, short-named)
        (
            "为支持跨境电子商务发展，某某局在总结前期经验的基础上，制定了《甲省支付机构跨境支付业务试点指导意见》"
            "（以下简称《指导意见》，见附件），在全省范围内开展试点。",
            "甲省支付机构跨境支付业务试点指导意见",
            "各试点机构要严格按照《指导意见》开展业务。",
        ),
        # 编制了《X清单》（以下简称《指导清单》，详见附件1）…依据《指导清单》 (h34 四川)
        (
            "省政府办公厅会同省直有关部门编制了《乙省跨部门综合监管重点事项指导清单》（以下简称《指导清单》，"
            "详见附件1），明确监管事项。",
            "乙省跨部门综合监管重点事项指导清单",
            "省直有关部门要严格依据《指导清单》开展综合监管。",
        ),
        # 制定《X清单（2023年版）》（以下简称清单，见附件） (h34 中央)
        (
            "最大程度鼓励民营企业参与，制定《支持民营企业参与的特许经营新建项目清单（2023年版）》（以下简称清单，见附件）"
            "并动态调整。",
            "支持民营企业参与的特许经营新建项目清单（2023年版）",
            "",
        ),
    ],
)
def test_a_text_made_and_attached_under_its_short_name_is_not_cited(sentence, attachment, later):
    text = (
        "甲省某某局关于开展某某试点工作的通知\n各有关单位：\n"
        f"{sentence}\n{later}\n"
        # (按照本规则和《X》（以下简称…，见附件） — the attachment the rule rests on: still BASED_ON, h157 内蒙古)
        "第十三条 行政部门应当按照本规则和《丙省行政处罚自由裁量基准》（以下简称《裁量基准》，见附件）行使裁量权。\n"
        "甲省某某局\n2023年5月9日\n"
    )
    refs = _refs(text)
    assert all(r[0] != attachment for r in refs)
    assert ("丙省行政处罚自由裁量基准", None, "BASED_ON") in refs


def test_an_amending_decision_amends_the_whole_title_it_quotes_not_the_law_inside_it():
    """h71 宁夏: 关于修改《X实施〈某某法〉细则》的决定 amends the 细则, not the law its name holds."""
    text = (
        "甲省人民代表大会常务委员会关于修改《甲省实施〈中华人民共和国某某选举法〉细则》的决定\n"
        "（2011年5月27日甲省第十届人民代表大会常务委员会第二十三次会议通过）\n"
        "甲省第十届人民代表大会常务委员会第二十三次会议决定对《甲省实施〈中华人民共和国某某选举法〉细则》作如下修改：\n"
        "一、第五条修改为：“选举工作由选举委员会主持。”\n"
        "本决定自公布之日起施行。\n"
    )
    refs = _refs(text)
    assert ("甲省实施《中华人民共和国某某选举法》细则", None, "AMENDS") in refs
    assert all(r[0] != "中华人民共和国某某选举法" for r in refs)


def test_a_decision_approving_an_amending_decision_amends_nothing_itself():
    """h139 杭州: 关于批准《X关于修改〈Y〉的决定》的决定 approves X's decision; Y is amended by X, not by the approval."""
    text = (
        "甲省人民代表大会常务委员会关于批准《乙市人民代表大会常务委员会关于修改〈乙市城市供水管理条例〉的决定》的决定\n"
        "（2014年5月28日甲省第十二届人民代表大会常务委员会第十次会议通过）\n"
        "根据《中华人民共和国立法法》第六十三条第二款规定，甲省第十二届人民代表大会常务委员会第十次会议对乙市人民代表大会"
        "常务委员会报请批准的《乙市人民代表大会常务委员会关于修改〈乙市城市供水管理条例〉的决定》进行了审议，"
        "现决定予以批准，由乙市人民代表大会常务委员会公布施行。\n"
    )
    refs = _refs(text)
    assert all(r[0] != "乙市城市供水管理条例" for r in refs)
    assert ("乙市人民代表大会常务委员会关于修改《乙市城市供水管理条例》的决定", None, "CITES") in refs


def test_titles_quoted_as_the_words_an_amendment_replaces_are_not_cited():
    """shanghai 土壤污染: 将第一条中的“《A》”修改为“《B》” edits the amended rule's wording; the notice cites neither."""
    text = (
        "甲市某某局关于修改《甲市建设用地土壤污染责任人认定实施办法》的通知\n各有关单位：\n"
        "现决定对《甲市建设用地土壤污染责任人认定实施办法》作如下修改：\n"
        "将第一条中的“《中华人民共和国某某污染防治法》”修改为“《中华人民共和国某某法典》”。\n"
        "本通知自2026年8月17日起施行。\n甲市某某局\n2026年7月10日\n"
    )
    assert _refs(text) == [("甲市建设用地土壤污染责任人认定实施办法", None, "AMENDS")]
