"""Titles set in large type, centred, as PDF conversion gives them: broken over short lines (narrower than the
text's column), a blank line after each (bench/robustness.py, layout pdf-titles)."""

from policykg.loaders.parse import parse_text

BODY = [
    "为进一步规范和提高信息宣传工作的质量和水",
    "平，加快构建科学、高效的宣传网络，现就有",
    "关事项通知如下：一是加强组织领导，二是加",
] * 6


def _gazette(title_lines: list[str], number: str) -> str:
    lines = ["甲省人民政府公报", "2024年第 2 号", *title_lines, number, "各县（市、区）人民政府，市政府各部门："]
    return "\n\n".join([*lines, *BODY, "甲省人民政府", "2024 年 5 月 31 日"]) + "\n"


def _titles(text: str) -> list[tuple[str, str]]:
    return [(d.title, str(d.doc_number)) for d in parse_text(text, "gazette.txt").documents]


def test_title_broken_inside_guifanxing_wenjian_keeps_its_first_line():
    text = _gazette(["国务院办公厅关于全面推行行政规", "范性文件", "合法性审核机制的指导意见"], "国办发〔2018〕 115 号")
    assert _titles(text) == [("国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见", "国办发〔2018〕115号")]


def test_title_broken_after_an_enumeration_comma_keeps_its_first_line():
    text = _gazette(["甲市人民政府关于土地招标、", "拍卖工作的通知"], "甲政〔2015〕 19 号")
    assert _titles(text) == [("甲市人民政府关于土地招标、拍卖工作的通知", "甲政〔2015〕19号")]
