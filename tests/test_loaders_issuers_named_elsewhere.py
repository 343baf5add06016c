"""Issuers a text names outside its title's head: a signature over a date cut short, a page naming the place of
a body the title names by its level alone (r62, on parts h44, h90 and h146 of the unseen set).  Each text is
modelled on a source of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


@pytest.mark.parametrize(
    "date",
    [
        "11月23日",  # a year never printed (h146 沧州: the notice's date without its year)
        "2018年3月13",  # 日 lost (h90 九寨沟)
    ],
)
def test_a_signature_over_a_date_cut_short_names_the_issuer(date):
    """各县(市、区)人民政府… / 《X》…现予印发 / 某某市人民政府办公室 / 11月23日 / X (h146 沧州): the signature's body
    issues the notice and the plan it issues, the date left open."""
    text = (
        "各县(市、区)人民政府,开发区管委会,市政府有关部门:\n"
        "《保定市气象防灾减灾“十三五”规划》已经市政府常务会议研究通过,现予印发,请认真贯彻落实。\n"
        f"保定市人民政府办公室\n{date}\n"
        "保定市气象防灾减灾“十三五”规划\n"
        "气象防灾减灾是公共安全的重要内容。\n"
    )
    docs = parse_text(text, "page.txt").documents
    plan = next(d for d in docs if d.title.startswith("保定市气象防灾减灾"))
    assert plan.issuers == ("保定市人民政府办公室",)


def test_a_date_line_of_a_month_and_day_alone_names_no_signer_when_no_body_stands_over_it():
    """A month and day under a sentence (no body over it): no signature read from it."""
    text = "关于某某工作的通知\n各区人民政府:\n现将有关事项通知如下。\n3月5日\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ()


@pytest.mark.parametrize(
    "source, issuer",
    [  # 来自:襄阳市政府门户网站 under 市人民政府关于… (h44 襄阳)
        ("来自:荆门市政府门户网站 时间:2018-11-22", "荆门市人民政府"),
        ("来自:宜昌市政府网 时间:2018-11-22", "宜昌市人民政府"),
    ],
)
def test_a_source_line_names_the_place_of_a_body_the_title_names_by_its_level(source, issuer):
    text = (
        f"市人民政府关于进一步优化营商环境的实施方案\n\n{source}\n\n"
        "各县(市、区)人民政府、开发区管委会,市直各单位:\n\n"
        "为激发市场活力和社会创造力,推动经济高质量发展,特制定本实施方案。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == (issuer,)


def test_a_place_of_another_level_or_in_a_quoted_title_does_not_place_the_body():
    """来源:荆门市… under 区人民政府关于… (a district's body, the city its site): no district read; 《湖北省…》
    quoted under the title names another body."""
    text = (
        "区人民政府关于进一步优化营商环境的实施方案\n\n来自:荆门市政府门户网站\n\n"
        "为深入贯彻落实《荆州市人民政府关于进一步优化营商环境的若干意见》,特制定本实施方案。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert "荆门市人民政府" not in doc.issuers and all(not n.startswith("荆州") for n in doc.issuers)
