"""A title printed over several lines, each line set narrower than the body's column in larger type and cut there,
as a gazette converted from PDF gives it: a line's short rest ends where no title ends — a 《 left open or a word
that runs on (``关于修改《鹤城市城乡`` / ``规划条例》等`` / ``三件地方性法规的决定``).  The title goes on below."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

BODY = [
    "为进一步规范城乡管理工作，保障人民群众生命财产安全，经研究决定，现就有关事项公布如下，请认真贯彻执行。",
    "一、各县区、各有关部门要加强组织领导，明确工作责任，确保各项措施落实到位，并定期向社会公布工作进展情况。",
    "二、本文件自公布之日起施行，此前有关规定与本文件不一致的，以本文件为准。",
]

NARROW = 11  # the title's lines: 11 characters, the body's column 22

# (title lines as printed, signer, date): each line cut at NARROW, its short rest on a line of its own
DOCS = [
    (
        ["鹤城市人民代表大会常务委员会", "关于修改《鹤城市城乡规划条例》等", "三件地方性法规的决定"],
        "鹤城市人民代表大会常务委员会",
        "2024 年 5 月 30 日",
    ),
    (["柳川市人民政府关于印发《柳川市城区", "户外广告设置管理办法》的通知"], "柳川市人民政府", "2023 年 3 月 10 日"),
    (
        ["关于废止《松原县农村道路养护办法》和", "《松原县集贸市场管理办法》的决定"],
        "松原县人民政府",
        "2022 年 9 月 28 日",
    ),
    (["榆林市人民政府关于做好春季森林防火工作的通知"], "榆林市人民政府", "2024 年 3 月 1 日"),
    (["桐城市人民政府办公室关于加强城市道路桥梁安全管理的通知"], "桐城市人民政府办公室", "2024 年 4 月 12 日"),
]


def _narrow(line: str) -> list[str]:
    """``line`` cut at the title's narrower width."""
    return [line[k : k + NARROW] for k in range(0, len(line), NARROW)]


def _publication() -> str:
    lines = ["【地方文件】", *BODY, "鹤城市人民代表大会常务委员会", "2024 年 5 月 30 日"]
    for title_lines, signer, date in DOCS:
        lines += [piece for line in title_lines for piece in _narrow(line)]
        lines += [*BODY, signer, date]
    text = pdf_columns(lines, 22, per_page=30)
    assert "划条例》等" in text.split("\n")  # a title line's short rest, on a line of its own
    return text


def test_a_narrow_title_line_left_open_goes_on_below():
    """(a title set narrower over several printed lines, one ending in 等 or with 《 open, pdf-titles layout)"""
    found = {d.title for d in parse_text(_publication(), "gazette.txt").documents}
    for title_lines, _signer, _date in DOCS:
        assert "".join(title_lines) in found, sorted(found)
