"""A draft named with its mark and the same text named again without it (a meeting reviews X（送审稿） and approves
X) is one cited text, cited once as first named (invented names)."""

import pytest

from policykg.loaders.parse import parse_text

CASES = [
    (
        "甲县人民政府第5次常务会议召开\n5月6日，县长某某主持召开县政府第5次常务会议。\n会议审议《甲县乙工作方案（送审稿）》。原则同意县发展改革局提交的《甲县乙工作方案》，"
        "要求修改完善后印发实施。\n",
        ["甲县乙工作方案（送审稿）"],
    ),
    (
        "丙区人民政府召开第3次常务会议\n1月8日，区长某某主持召开区政府第3次常务会议。\n会议讨论了《政府工作报告(草案)》。会议强调，为了使《政府工作报告》内容更加完善，要广泛征求意见。\n",
        ["政府工作报告（草案）"],
    ),
]


@pytest.mark.parametrize(("text", "cited"), CASES)
def test_draft_and_its_approved_name_cited_once(text: str, cited: list[str]) -> None:
    docs = parse_text(text, "page.txt").documents
    assert [r.title for d in docs for r in d.references] == cited
