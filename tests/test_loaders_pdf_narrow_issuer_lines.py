"""A title printed over several lines, its first line the issuer's name (``鹤城市人民代表大会常务委员会`` over
``关于修改…的决定``), set narrower than the body's column in larger type, as a gazette converted from PDF gives it:
the issuer line is cut in two (``鹤城市人民代表大会常务委`` / ``员会``), every printed line one blank apart.  The two
pieces are one body's name, and the title below is that body's."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

BODY = [
    "为进一步规范森林防火和城乡管理工作，保障人民群众生命财产安全，经研究决定，现就有关事项公布如下，请认真贯彻执行。",
    "一、各县区、各有关部门要加强组织领导，明确工作责任，确保各项措施落实到位，并定期向社会公布工作进展情况。",
    "二、本文件自公布之日起施行，此前有关规定与本文件不一致的，以本文件为准。",
]

NARROW = 12  # the title's lines: 12 characters, the body's column 22

LEAD = "榆林市人民政府关于做好春季森林防火工作的通知"  # a title whole on one line, before the others
DOCS = [
    ("鹤城市人民代表大会常务委员会", "关于修改《鹤城市河道管理条例》的决定", "2024 年 5 月 30 日", "2024-05-30"),
    ("柳川市森林防灭火指挥部办公室", "关于森林防火紧要期内严禁野外用火的通告", "2023 年 3 月 10 日", "2023-03-10"),
    ("松原县人民代表大会常务委员会", "关于修改《松原县城乡规划条例》的决定", "2022 年 9 月 28 日", "2022-09-28"),
]


def _narrow(line: str) -> list[str]:
    """``line`` cut at the title's narrower width."""
    return [line[k : k + NARROW] for k in range(0, len(line), NARROW)]


def _publication() -> str:
    lines = ["【地方文件】", *_narrow(LEAD), *BODY, "榆林市人民政府", "2024 年 3 月 1 日"]
    for issuer, title, date, _iso in DOCS:
        lines += [*_narrow(issuer), *_narrow(title), *BODY, issuer, date]
    text = pdf_columns(lines, 22, per_page=30)
    assert "员会" in text.split("\n") and "公室" in text.split("\n")  # the issuer lines' short rests
    return text


def test_an_issuer_line_cut_narrower_over_its_title_is_the_titles_head():
    """(an issuer line set narrower and cut in two over its 关于 line, pdf-titles layout)"""
    found = {d.title: d for d in parse_text(_publication(), "gazette.txt").documents}
    for issuer, title, _date, iso in DOCS:
        assert issuer + title in found, sorted(found)
        doc = found[issuer + title]
        assert doc.issuers == (issuer,)
        assert str(doc.date) == iso
    assert LEAD in found
