"""Documents missed on the unseen set (r91): titles whose last word is no document type the parser reads a title by
but which the text names itself by (本程序), a law database's record fields between a title and its first article,
and the entries of a gazette issue's contents list.  Each text is modelled on the failing one, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _law_db_page(title: str, opening: str) -> str:
    """A law database's page (h142 黑龙江 form): navigation, the title, the record's fields (状态 / 发布日期 / 发布部门 /
    发布文号 with no value), then the articles."""
    return (
        "网站首页 法律咨询 找律师 法律法规\n\n   您的位置首页 >> 法规库 >> 法规正文\n\n"
        f"{title}\n\n状态:有效 发布日期:1992-05-20 生效日期: 1992-05-20\n发布部门: 吉林省人大(含常委会)\n发布文号:\n\n\n"
        f"    第一条   {opening}\n\n    关联法规    \n\n"
        "    第二条   设区的市报请批准的地方性法规，由有关的专门委员会进行审查。\n\n"
        "    第三条   常务委员会会议批准地方性法规时，由有关专门委员会作审查报告。\n"
    )


@pytest.mark.parametrize(
    "title, opening",
    [  # (h142 黑龙江) …的程序 over 第一条 本程序依据…制定; a 守则 that says 本守则
        (
            "吉林省人民代表大会常务委员会审查批准设区的市地方性法规的程序",
            "本程序依据中华人民共和国地方各级人民代表大会和地方各级人民政府组织法制定。",
        ),
        ("吉林省机关工作人员行为守则", "为规范机关工作人员的行为，制定本守则。"),
    ],
)
def test_the_line_over_a_text_that_names_itself_by_its_last_word_is_its_title(title, opening):
    doc = parse_text(_law_db_page(title, opening), "page.txt").documents[0]
    assert doc.title == title
    assert doc.title_printed


def test_a_line_whose_last_word_the_text_does_not_name_stays_no_title():
    """The same page, its first article naming no 本程序: the line is not read as a title by this rule."""
    title = "吉林省人民代表大会常务委员会审查批准设区的市地方性法规的程序"
    docs = parse_text(_law_db_page(title, "设区的市的地方性法规报请批准，依照下列规定办理。"), "page.txt").documents
    assert all(d.title != title for d in docs)


def test_a_file_of_one_title_line_is_that_document():
    """A page saved with its title only (h126 石柱 form: 重庆市…补助资金管理工作规程, nothing else): the document."""
    docs = parse_text("四川省因灾受损农房维修加固补助资金管理工作规程\n", "page.txt").documents
    assert [d.title for d in docs] == ["四川省因灾受损农房维修加固补助资金管理工作规程"]


def test_a_file_of_one_short_line_is_no_document():
    """A line too short to be a title (a genre word, a column's name) is still no document."""
    assert parse_text("工作规程\n", "page.txt").documents == ()
