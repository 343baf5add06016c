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
