"""The pdf layout, third round: a gazette as PDF conversion gives it (every printed line cut at the column's
width with a blank line after it, spaced digits in numbers and dates, a page number between two pages).  The
documents are written for these tests in the genre."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import PDF_NOTICE as NOTICE
from factories import pdf_columns

RULES = [
    "鹤政〔2024〕 9 号关于印发《鹤城市人民政府工作规则》的通知",
    "各县（区）人民政府，市人民政府各部门：",
    "《鹤城市人民政府工作规则》已经市政府第十二次常务会议审议通过，现印发给你们，请认真贯彻执行。",
    "2024 年 5 月 20 日",
]


def _fields(text: str) -> list[tuple]:
    return [(d.title, str(d.doc_number), d.date) for d in parse_text(text, "gazette.txt").documents]


def test_a_pages_posting_time_filling_the_column_keeps_the_title_under_it_apart():
    """(a reprinted page's posting time, 日期：2024-6-13 10:15:42, as long as the column, then the next
    document's number and title on one line, pdf layout)"""
    stamp = "日期：2024-6-13 10:15:42"  # 21 characters: filled to the column
    text = pdf_columns([*NOTICE, stamp, *RULES], 21, per_page=12)
    assert _fields(text) == [
        (NOTICE[0], "鹤政办〔2024〕17号", "2024-04-12"),
        ("关于印发《鹤城市人民政府工作规则》的通知", "鹤政〔2024〕9号", "2024-05-20"),
    ]


def test_a_cut_before_the_spaced_digits_of_a_date_keeps_the_order_line_whole():
    """(the passing note of a government order wrapped at the column, a cut falling on the space before a date's
    month — `` 2 月 26 日…令第 18`` opens on it — and inside the order's number, pdf layout)"""
    header = [
        "鹤城市人民政府关于修改《鹤城市城市市容和环",
        "境卫生管理办法》等12件规章的决定",
        "2024 年 2 月 16 日鹤城市人民政",
        "府第28次常务会议审议通过  2024 年",
        " 2 月 26 日鹤城市人民政府令第 18",
        "1 号公布  自公布之日起施行)",
    ]
    body = [
        "为了维护法制统一，市人民政府决定对《鹤城市城市市容和环境卫生管理办法》等12件规章作如下修改：",
        "一、将《鹤城市城市市容和环境卫生管理办法》第十二条中的“市园林局”修改为“市城市管理局”。",
        "二、将《鹤城市户外广告设置管理办法》第八条第二款删去。",
        "本决定自公布之日起施行。",
    ]
    contents = ["目  录", f"{NOTICE[0]}……（1）", f"{header[0]}{header[1]}……（2）"]
    text = "\n\n".join(
        [*contents, pdf_columns(NOTICE, 21, per_page=12), "【政府令】", *header, pdf_columns(body, 21, per_page=12)]
    )
    assert _fields(text) == [
        (NOTICE[0], "鹤政办〔2024〕17号", "2024-04-12"),
        (
            "鹤城市人民政府关于修改《鹤城市城市市容和环境卫生管理办法》等12件规章的决定",
            "鹤城市人民政府令第181号",
            "2024-02-26",
        ),
    ]
