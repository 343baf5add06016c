"""Part h205's failures (texts of 1999–2007): a rule line under the number line, numbers without a standard prefix
after a bureau's short name, an agreement the notice rests on, and a work report whose tasks the next sentence
divides.  Snippets modelled on the failing texts with invented names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.vocab import Role


def _doc(text: str):
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("rule", ["─" * 25, "━" * 12, "═" * 30])
def test_box_drawing_rule_under_number_line_is_no_part_of_the_title(rule: str) -> None:
    text = (
        f"甲府〔2001〕12号\n{rule}\n关于甲省2000年乡镇企业目标\n管理责任制考核结果的通报\n"
        "各市、县人民政府,省直有关单位:根据《甲省乡镇企业目标管理考评办法》,现将考评结果通报如下:一、乙市等3个市予以表彰。\n"
    )
    d = _doc(text)
    assert d.title == "关于甲省2000年乡镇企业目标管理责任制考核结果的通报"
    assert str(d.doc_number) == "甲府〔2001〕12号"


def _refs(body: str):
    text = "各有关单位:\n" + body + "\n一、检查内容:\n"
    return [(r.role, r.title, str(r.doc_number) if r.doc_number else None) for r in _doc(text).references]


def test_verb_and_bureau_short_name_before_a_number_are_no_part_of_its_prefix() -> None:
    refs = _refs("现根据有关规定,结合县农业局丙农发〔2003〕7号文件精神,对所属单位进行年终检查,现将有关通知如下:")
    assert (Role.IMPLEMENTS, None, "丙农发〔2003〕7号") in refs
    assert not any(n and ("结合" in n or "局" in n) for _, _, n in refs)


def test_bureau_named_instead_of_a_prefix_gives_no_node_of_its_own() -> None:
    refs = _refs("为做好年终检查工作,依照县农业局〔2003〕21号《二〇〇三年农村能源工作意见》文件的具体任务开展检查。")
    assert (Role.BASED_ON, "二〇〇三年农村能源工作意见", None) in refs
    assert all(n is None or "局" not in n for _, _, n in refs)


def test_agreement_signed_that_the_notice_rests_on_is_based_on() -> None:
    refs = _refs(
        "现根据县农业局年初与各单位签订的《二〇〇三年农村能源工作目标管理责任书》内容,对所属单位进行年终检查。"
    )
    assert (Role.BASED_ON, "二〇〇三年农村能源工作目标管理责任书", None) in refs
    # (an agreement signed that the clause only asks for is no citation)
    assert _refs("申请人应当提供与用人单位签订的《劳动合同书》复印件,现将有关事项通知如下。") == []


def test_work_report_whose_tasks_the_next_sentence_divides_is_implemented() -> None:
    text = (
        "各镇政府、县政府直属各单位:\n"
        "县第九届人大第三次会议审议通过的《政府工作报告》,确定了我县2006年经济社会发展的各项工作目标和任务。"
        "为推动各项工作的落实,县政府决定实施部门分工负责制,将工作任务逐项分解下达。现将有关事项通知如下:\n"
        "一、各牵头单位要按时上报。\n二〇〇六年三月一日\n"
    )
    refs = [(r.role, r.title) for r in _doc(text).references]
    assert (Role.IMPLEMENTS, "政府工作报告") in refs
