"""A body's masthead printed over a title that names the body again (法律资料网 and portal pages printing
``江苏省某某市人民政府`` over ``某某市人民政府关于印发…的通知``), as a gazette converted from PDF gives it: the title
cut at the column or set narrower than the column, its lines one blank apart like the masthead's.  A title never
names its issuer twice: the masthead is no part of it."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

from factories import pdf_columns

BODY = [
    "为进一步规范城乡医疗救助工作，切实保障困难群众基本医疗权益，经市政府研究同意，现就有关事项通知如下，请认真贯彻执行。",
    "一、救助对象为本市户籍的城乡低保对象、特困供养人员以及其他经市民政部门认定的困难群众，按规定给予医疗救助。",
    "二、各县区要加强资金管理，确保救助资金专款专用，及时足额发放到位，不得挤占挪用，并定期向社会公示救助情况。",
    "三、本通知自印发之日起施行，此前有关规定与本通知不一致的，以本通知为准，由市民政局负责解释。",
]


def _notice(masthead: str, title: str, number: str, signer: str, date: str, *, narrow: int | None) -> list[str]:
    """One notice under its masthead; with ``narrow`` its title is cut at that width (a title set narrower)."""
    head = [masthead]
    if narrow:
        head += [title[k : k + narrow] for k in range(0, len(title), narrow)]
    else:
        head.append(title)
    return [*head, number, "各县（区）人民政府，市各委、办、局：", *BODY, signer, date]


DOCS = [
    (
        "江苏省鹤城市人民政府",
        "鹤城市人民政府关于印发鹤城市城乡医疗救助暂行办法的通知",
        "鹤政发〔2008〕 65 号",
        "鹤城市人民政府",
        "2008 年 6 月 4 日",
    ),
    (
        "山东省柳川市人民政府办公室",
        "柳川市人民政府办公室关于印发柳川市扩大内需投资项目管理办法的通知",
        "柳政办发〔2009〕 72 号",
        "柳川市人民政府办公室",
        "2009 年 10 月 29 日",
    ),
    (
        "松原县人民政府",
        "松原县人民政府办公室关于印发松原县城市道路窨井设施管理暂行办法的通知",
        "松政办〔2011〕 19 号",
        "松原县人民政府办公室",
        "2011 年 3 月 30 日",
    ),
]


@pytest.mark.parametrize("narrow", [None, 13])
def test_a_masthead_over_a_title_naming_its_body_again_is_no_part_of_the_title(narrow):
    """(a title wrapped under a masthead, pdf and pdf-titles layouts)"""
    lines = ["【政府文件】"]
    for doc in DOCS:
        lines += _notice(*doc, narrow=narrow)
    text = pdf_columns(lines, 22, per_page=30)
    if narrow:  # the title's pieces are shorter than the column: pdf_columns leaves them whole
        assert "柳川市人民政府办公室关于印" in text.split("\n")
    found = {d.title: d for d in parse_text(text, "gazette.txt").documents}
    for _masthead, title, number, signer, _date in DOCS:
        assert title in found, sorted(found)
        assert str(found[title].doc_number) == number.replace(" ", "")
        assert found[title].issuers == (signer,)
