"""Dates of texts a notice issues (印发) that print the notice's own body under their title (h57, h104 开州): the
body is the notice's, so is the date.  A text printing another body under its title keeps its own (no date)."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _notice(body_under_plan: str) -> str:
    # (h104 开州: notice, signature with a date of lost 年/月, then the plan with the district's name under its title)
    return (
        "青川县人民政府关于印发青川县水利事业发展“十四五”规划的通知\n"
        "青府发〔2022〕7号\n"
        "各乡镇人民政府，县政府各部门：\n"
        "《青川县水利事业发展“十四五”规划》已经县政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
        "青川县人民政府\n"
        "2022年5月16日\n"
        "(此件公开发布)\n"
        "青川县水利事业发展“十四五”规划\n"
        f"{body_under_plan}\n"
        "一、发展基础\n"
        "“十三五”期间，全县水利事业取得显著成效，防洪能力不断提升，供水保障持续加强。\n"
    )


@pytest.mark.parametrize(
    "body, date",
    [
        ("青川县人民政府", "2022-05-16"),  # the notice's body under the plan's title: the notice's date
    ],
)
def test_an_issued_text_printing_the_notice_body_under_its_title_takes_the_notice_date(body, date):
    docs = parse_text(_notice(body), "page.txt").documents
    plan = next(d for d in docs if d.title == "青川县水利事业发展“十四五”规划")
    assert plan.date == date
