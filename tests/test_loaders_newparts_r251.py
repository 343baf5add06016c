"""Signature blocks of parts h229–h231: a signer's second name in brackets, a list page's date in figures."""

import pytest

from policykg.loaders.parse import parse_text

CASES = [
    (  # a signer printed with the second name it bore in brackets (h230 黄山)
        "关于乙校学生公寓住宿费标准的批复\n"
        "甲市乙学校:\n"
        "你校《关于学生公寓收费标准审批的请示》收悉。经研究,批复如下:\n"
        "一、同意你校住宿费标准调整为每生每学期300元。\n"
        "甲市发展和改革委员会(甲市物价局)\n"
        "甲市教育局 甲市财政局\n"
        "2019年5月6日\n",
        ("甲市发展和改革委员会", "甲市教育局", "甲市财政局"),
        "2019-05-06",
    ),
    (  # a list page's signer over a date printed in figures (h229 深圳)
        "市某某局关于组织开展2021年某某企业遴选工作的通知\n"
        "各区某某主管部门,各有关企业:\n"
        "为做好遴选推荐工作,现就有关事项通知如下:\n"
        "一、请各区于2021年5月1日前报送材料。\n"
        "乙市某某局\n"
        "2021-04-02\n",
        ("乙市某某局",),
        "2021-04-02",
    ),
]


@pytest.mark.parametrize(("text", "issuers", "date"), CASES)
def test_signature_fields(text: str, issuers: tuple[str, ...], date: str) -> None:
    docs = parse_text(text, "page.txt").documents
    assert docs[0].issuers == issuers
    assert docs[0].date == date
