"""The pdf layout: a gazette as PDF conversion gives it, every printed line cut at the column's width with a
blank line after it, spaced digits in numbers and dates, a page number between two pages, also inside a
wrapped title, number or sentence.  The documents are written for these tests in the genre."""

from __future__ import annotations

from policykg.loaders.columns import column_width, unwrap_columns
from policykg.loaders.parse import parse_text

from factories import PDF_NOTICE as NOTICE
from factories import pdf_columns

DECISION = [
    "鹤城市人民政府关于废止部分市政府规范性文件的决定",
    "鹤政〔2024〕 9 号",
    "各县（区）人民政府，市人民政府各部门：",
    "为维护法制统一，市政府对现行有效的规范性文件进行了全面清理，经研究，决定废止下列文件，自公布之日起施行。",
    "鹤城市人民政府",
    "2024 年 5 月 20 日",
]


def test_a_text_cut_at_a_column_is_read_with_its_width():
    text = pdf_columns(NOTICE + DECISION, 21, per_page=12)
    assert column_width([s.strip() for s in text.split("\n")]) == 21
    # a text whose lines are its paragraphs has none
    assert column_width(NOTICE + DECISION) is None


def test_titles_numbers_and_dates_cut_at_the_column_are_whole_again():
    """(titles, numbers and dates wrapped over a column's end and a page number, pdf layout; the notice's
    title printed twice, as the page it was taken from heads it)"""
    page = [NOTICE[0], *NOTICE]
    docs = parse_text(pdf_columns(page + DECISION, 21, per_page=2), "gazette.txt").documents
    got = [(d.title, str(d.doc_number), d.issuers, d.date) for d in docs]
    assert got == [
        (
            "鹤城市人民政府办公室关于进一步加强城市道路桥梁安全管理工作的通知",
            "鹤政办〔2024〕17号",
            ("鹤城市人民政府办公室",),
            "2024-04-12",
        ),
        ("鹤城市人民政府关于废止部分市政府规范性文件的决定", "鹤政〔2024〕9号", ("鹤城市人民政府",), "2024-05-20"),
    ]


def test_each_document_keeps_the_line_its_title_starts_on():
    text = pdf_columns([NOTICE[0], *NOTICE, *DECISION], 21, per_page=12)
    docs = parse_text(text, "gazette.txt").documents
    assert docs[0].title == NOTICE[0]
    first_line = text.split("\n")[docs[1].source_line - 1]
    assert "鹤城市人民政府关于废止部分市政府规范性文件的决定".startswith(first_line)


def test_a_paragraph_ending_at_the_column_and_an_indented_heading_stay_apart():
    """A line filled to the width that ends a sentence, and a line indented below a full line, open lines
    of their own (a compilation's heading under a paragraph that fills its last line)."""
    body = ["为切实加强城市道路桥梁安全管理，保障人民", "群众生命财产安全，现就有关事项通知如下。"] * 8
    title = ["鹤城市人民政府关于加强城市道路桥梁安全管", "理的通知"]
    out = unwrap_columns("\n".join([*body, *title])).split("\n")
    assert out[14] == body[0] + body[1]  # (a paragraph filled to the column's end ends there)
    assert out[16] == "鹤城市人民政府关于加强城市道路桥梁安全管理的通知"
    out = unwrap_columns("\n".join([*body, body[0], " 二、市级政策", *title])).split("\n")
    assert out[16:18] == [body[0], " 二、市级政策"]  # (an indented line opens a heading of its own)
    assert out[18] == "鹤城市人民政府关于加强城市道路桥梁安全管理的通知"


def test_a_title_filling_the_column_stays_apart_from_the_text_under_it():
    """A transmitted text's title exactly as long as the column is a line of its own; a title that runs on
    (…若干措施 / 的通知) is joined (a title filling the column, pdf layout)."""
    body = ["为切实加强城市道路桥梁安全管理，保障人民", "群众生命财产安全，现就有关事项通知如下："] * 8
    lines = [*body, "鹤城市城市道路与桥梁安全运行管理若干措施", "为深入贯彻落实有关要求，制定以下措施。"]
    lines += ["鹤城市人民政府关于印发城市道路桥梁若干措", "施的通知"]
    out = unwrap_columns("\n".join(lines)).split("\n")
    assert out[16:18] == lines[16:18]
    assert out[18] == "鹤城市人民政府关于印发城市道路桥梁若干措施的通知"


def test_a_number_and_date_cut_after_a_space_are_joined():
    """A column cut right after a space (…〔2010〕 57 号 2010 年 / 4 月 23 日)): the space left at the line's
    end counts to its width, and the rest, opening with a space and a digit, is no indented paragraph
    (a number and date line cut at a space, pdf layout)."""
    body = ["为切实加强城市道路桥梁安全管理，保障人民", "群众生命财产安全，现就有关事项通知如下："] * 8
    lines = [
        *body,
        "鹤城市人民政府关于道路与桥梁安全检查结果",
        "的通报",
        "（鹤政函〔10〕 5 号 2010 年 ",
        " 4 月 23 日）",
    ]
    out = unwrap_columns("\n".join(lines)).split("\n")
    assert out[16:18] == ["鹤城市人民政府关于道路与桥梁安全检查结果的通报", ""]
    assert out[18].replace(" ", "") == "（鹤政函〔10〕5号2010年4月23日）"
