"""An interpretation's 制定背景及依据 heading over the texts it rests on, and 废止情况 (how texts were repealed, a
noun) that repeals nothing (invented names; modelled on a city's interpretation of its repeal decision)."""

from policykg.loaders.parse import parse_text

TEXT = (
    "甲市人民政府于2025年12月9日印发了《甲市人民政府关于废止一批市政府行政规范性文件的决定》（甲政规〔2025〕1号），"
    "现将有关政策解读如下：\n"
    "一、制定背景及依据\n"
    "《乙省行政规范性文件备案审查办法》（乙省人民政府令第219号）、《甲市行政规范性文件管理办法》（甲政规〔2022〕5号）"
    "相关规定和上级文件制定、修改、废止情况，甲市司法局牵头对市政府行政规范性文件进行系统全面清理。\n"
    "二、主要内容\n"
    "经梳理，本级共梳理市政府规范性文件212件，其中拟废止25件，拟宣布失效14件，继续有效172件。\n"
)


def test_texts_under_a_background_and_basis_heading_are_grounds_not_repealed():
    r = parse_text(TEXT, "page.txt")
    (doc,) = r.documents
    roles = {x.title: x.role for x in doc.references}
    assert roles["乙省行政规范性文件备案审查办法"] == "BASED_ON"
    assert roles["甲市行政规范性文件管理办法"] == "BASED_ON"
    assert "SUPERSEDES" not in roles.values()
