"""The pdf layout, second round: a compilation or gazette as PDF conversion gives it, every printed line cut at
the column's width with a blank line after it and a page number between two pages.  The documents are written
for these tests in the genre."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

FILLER = [
    "各有关单位要进一步提高政治站位，切实加强组织领导，",
    "细化工作措施，压实工作责任，确保各项任务落到实处，",
    "按时保质完成，并及时报送工作进展情况和存在的问题。",
] * 6


def _double_spaced(lines: list[str]) -> str:
    """``lines`` as a PDF conversion prints them: a blank line after each."""
    return "\n\n".join(lines) + "\n"


def test_a_law_database_record_double_spaced_is_read():
    """(a law database's record under each title, a blank line after each of its lines and a page number
    inside it, pdf layout)"""
    text = _double_spaced(
        [
            "鹤城市财政局关于做好2024年政府采购",
            "预算编制工作的通知",
            "时效性： 现行有效",
            "- 7 -",
            "发文机关： 鹤城市财政局",
            "文号： 鹤财采〔2024〕 3 号",
            "发文日期： 2024 年 02 月 06 日",
            "效力级别： 地方规范性文件",
            "各县（区）财政局，市直各部门：",
            *FILLER,
            "鹤城市交通运输局关于加强农村公路",
            "养护管理的意见",
            "时效性： 现行有效",
            "发文机关： 鹤城市交通运输局",
            "文号： 鹤交发〔2024〕 12 号",
            "发文日期： 2024 年 03 月 18",
            "日",
            "效力级别： 地方规范性文件",
            "各县（区）交通运输局：",
            *FILLER,
        ]
    )
    docs = parse_text(text, "compilation.txt").documents
    got = [(d.title, str(d.doc_number), d.issuers, d.date) for d in docs]
    assert got == [
        ("鹤城市财政局关于做好2024年政府采购预算编制工作的通知", "鹤财采〔2024〕3号", ("鹤城市财政局",), "2024-02-06"),
        ("鹤城市交通运输局关于加强农村公路养护管理的意见", "鹤交发〔2024〕12号", ("鹤城市交通运输局",), "2024-03-18"),
    ]
