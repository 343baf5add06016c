"""A doc number or a date standing at a page's foot and cut by the page break, as a gazette converted from PDF gives
it: the number's first part ends the page, the page number (and blank lines, a running head) follows, the rest opens
the next page (``鹤政办规〔202`` / ``- 4 -`` / ``3〕7 号``; ``2023 年 11`` / ``- 6 -`` / ``月 20 日``).  Only the two parts
together make the number or the date."""

from __future__ import annotations

from policykg.loaders.pagecuts import join_cut_numbers
from policykg.loaders.parse import parse_text

BODY = [
    "为进一步规范城乡管理工作，保障人民群众生命财产安全，",
    "经研究决定，现就有关事项通知如下，请认真贯彻执行。",
    "一、各县区、各有关部门要加强组织领导，明确工作责任，",
    "确保各项措施落实到位。",
]


def _publication() -> str:
    lines = [
        "鹤城市人民政府公报",
        "2023年第12期",
        "【市政府办公室文件】",
        "鹤城市人民政府办公室关于加强城市道路桥梁安全管理的通知",
        "鹤政办规〔202",
        "- 4 -",
        "鹤城市人民政府公报",
        "3〕7 号",
        "各县区人民政府，市政府各部门：",
        *BODY,
        "鹤城市人民政府办公室",
        "2023 年 11 月 2 日",
        "鹤城市人民政府办公室关于做好冬季森林防火工作的通知",
        "鹤政办〔2023〕31 号",
        "各县区人民政府，市政府各部门：",
        *BODY,
        "鹤城市人民政府办公室",
        "2023 年 11",
        "- 6 -",
        "月 20 日",
        "柳川县人民政府关于印发柳川县户外广告设置管理办法的通知",
        "柳政〔2023〕12 号",
        "各乡镇人民政府，县政府各部门：",
        *BODY,
        "柳川县人民政府",
        "2023 年 12 月 1 日",
    ]
    return "\n\n".join(lines)


def test_a_number_and_a_date_cut_by_a_page_break_are_read_whole():
    """(a doc number and a signature's date cut by a page number at a page's foot, pdf layout)"""
    docs = {d.title: d for d in parse_text(_publication(), "gazette.txt").documents}
    roads = docs["鹤城市人民政府办公室关于加强城市道路桥梁安全管理的通知"]
    assert str(roads.doc_number) == "鹤政办规〔2023〕7号"
    assert roads.date == "2023-11-02"
    fire = docs["鹤城市人民政府办公室关于做好冬季森林防火工作的通知"]
    assert str(fire.doc_number) == "鹤政办〔2023〕31号"
    assert fire.date == "2023-11-20"
    assert docs["柳川县人民政府关于印发柳川县户外广告设置管理办法的通知"].date == "2023-12-01"


def test_lines_keep_their_numbers():
    """(the rest's line left blank, the page number kept: every line keeps its number)"""
    text = _publication()
    out = join_cut_numbers(text).split("\n")
    assert len(out) == len(text.split("\n"))
    assert "鹤政办规〔2023〕7 号" in out and "- 4 -" in out and "3〕7 号" not in out


def test_parts_that_make_no_number_together_stay_apart():
    """(a page's last line ending in digits and the next page opening with a line of its own: no number across)"""
    text = "\n".join(["附件：2", "", "- 7 -", "", "号楼改造项目清单"])
    assert join_cut_numbers(text) == text
    text = "\n".join(["全年完成投资 2023", "- 8 -", "年度计划的九成以上。"])
    assert join_cut_numbers(text) == text
