"""Two columns printed side by side on each text line (``pdftotext -layout``), read column by column."""

from policykg.loaders.parse import parse_text
from policykg.loaders.sidebyside import split_side_by_side

LEFT = [
    "      各县（市、区）人民政府，市政府各部门：",
    "  现将《甲市数字经济发展工作方案》印发给",
    "你们，请结合实际认真贯彻执行。",
    "  一、总体要求。坚持以数据要素为牵引，推",
    "进数字产业化和产业数字化，加快建设数字",
    "经济强市，为高质量发展提供有力支撑。",
    "                     甲市人民政府",
    "                   2024年3月8日",
]
RIGHT = [
    "关于2024年乙市粮食安全保障工作的",
    "通知要求各地压实粮食安全责任，严守耕",
    "地保护红线，完善粮食储备体系，稳定粮",
    "食生产，确保粮食供给安全，并定期报告",
    "工作进展情况，市政府将适时组织督查。",
    "  二、工作任务。各地各部门要加强组织",
    "领导，细化工作措施，确保各项任务落实",
    "到位。",
]
TITLE = "             甲市人民政府关于印发甲市数字经济发展工作方案的通知"
NUMBER = "                          甲政〔2024〕3号"


def _page() -> str:
    rows = [left + " " * (44 - len(left)) + right for left, right in zip(LEFT, RIGHT)]
    return "\n".join(["", TITLE, NUMBER, "", *rows])


def test_a_page_side_by_side_is_read_left_column_then_right():
    lines = [line.strip() for line in split_side_by_side(_page()).split("\n") if line.strip()]
    at = lines.index("各县（市、区）人民政府，市政府各部门：")
    assert lines[: at + 1][-3:] == [TITLE.strip(), NUMBER.strip(), LEFT[0].strip()]
    assert lines[at : at + len(LEFT)] == [s.strip() for s in LEFT]
    assert lines[at + len(LEFT) : at + len(LEFT) + len(RIGHT)] == [s.strip() for s in RIGHT]


def test_the_notice_of_a_side_by_side_page_keeps_its_issuer_and_date():
    doc = next(d for d in parse_text(_page(), "g.txt").documents if "数字经济" in d.title)
    assert str(doc.doc_number) == "甲政〔2024〕3号"
    assert str(doc.date) == "2024-03-08"  # (read as one line with the right column's text, the date is lost)


def test_a_table_and_a_single_column_page_stay_as_they_are():
    table = "\n".join(f"{n}    甲市某某局    行政许可事项    {n}件" for n in range(1, 12))
    assert split_side_by_side(table) == table
    single = "\n".join(["  现将《甲市数字经济发展工作方案》印发给你们，请认真贯彻执行。"] * 12)
    assert split_side_by_side(single) == single


def test_lines_read_column_by_column_point_at_the_files_lines():
    """(the right column's text is moved below the left column's to be read; every citation is still found at the
    line of the file that holds it — the evidence a reader checks — and the notice at its title's line)"""
    right = [*RIGHT[:2], "地保护红线，根据《乙市粮食储备管理办法》", *RIGHT[3:]]
    rows = [left + " " * (44 - len(left)) + r for left, r in zip(LEFT, right)]
    text = "\n".join(["", TITLE, NUMBER, "", *rows])
    file_lines = text.split("\n")
    docs = parse_text(text, "g.txt").documents
    doc = next(d for d in docs if "数字经济" in d.title)
    assert "甲市人民政府关于印发" in file_lines[doc.source_line - 1]
    cited = {r.title: r.evidence.line for d in docs for r in d.references}
    assert "乙市粮食储备管理办法" in cited
    for title, line in cited.items():
        assert f"《{title}》" in file_lines[line - 1].replace(" ", ""), (title, line)
