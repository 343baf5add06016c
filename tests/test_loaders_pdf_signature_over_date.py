"""A signer's name that happens to fill the column of a text converted from PDF, with its date alone on the line
under it (``鹤城市安全生产和消防工作领导小组办公室(代)`` / ``2024 年 3 月 22 日``): the signature and its date, two
printed lines, never one line cut at the column — the date stays the document's date."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

WIDTH = 22  # the column: every signer below fills it to the character

BODY = [
    "为进一步规范城乡管理工作，保障人民群众生命财产安全，经研究决定，现就有关事项通知如下，请认真贯彻执行。",
    "一、各县区、各有关部门要加强组织领导，明确工作责任，确保各项措施落实到位，并定期向社会公布工作进展情况。",
    "二、本文件自公布之日起施行，此前有关规定与本文件不一致的，以本文件为准。",
] * 2

# (title, signer filling the column, its date, the date read)
DOCS = [
    (
        "鹤城市安全生产和消防工作领导小组办公室关于开展冬季安全检查的通知",
        "鹤城市安全生产和消防工作领导小组办公室(代)",
        "2024 年 3 月 22 日",
        "2024-03-22",
    ),
    (
        "柳川县人民政府关于印发柳川县户外广告设置管理办法的通知",
        "柳川县乡村振兴战略工作领导小组办公室(代章)",
        "2023 年 11 月 5 日",
        "2023-11-05",
    ),
    ("榆林市人民政府关于做好春季森林防火工作的通知", "榆林市人民政府", "2024 年 3 月 1 日", "2024-03-01"),
]


def _publication() -> str:
    lines = ["【部门文件】"]
    for title, signer, date, _read in DOCS:
        lines += [title, "各县区人民政府，市政府各部门：", *BODY, signer, date]
    text = pdf_columns(lines, WIDTH, per_page=40)
    assert all(len(signer) == WIDTH for _t, signer, _d, _r in DOCS[:2])
    return text


def test_a_signer_filling_the_column_keeps_its_date():
    """(a signature filling the column, its date alone below, pdf layout)"""
    docs = {d.title: d for d in parse_text(_publication(), "gazette.txt").documents}
    for title, _signer, _date, read in DOCS:
        assert docs[title].date == read, (title, docs[title].date)
