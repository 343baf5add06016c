"""Typographic HTML character references a crawler left in a text (&ldquo; &rdquo; &mdash; …) are read as
the marks they stand for, in titles and in cited titles (invented names)."""

import pytest

from policykg.loaders.parse import parse_text

CASES = [
    (
        "甲市人民政府办公室关于印发&ldquo;十四五&rdquo;甲市就业促进规划的通知\n甲政办〔2023〕5号\n"
        "各县（市、区）人民政府：\n&nbsp;&nbsp;根据《乙省就业促进条例》，现将规划印发给你们。\n甲市人民政府办公室\n2023年5月6日\n",
        "甲市人民政府办公室关于印发“十四五”甲市就业促进规划的通知",
        "乙省就业促进条例",
    ),
    (
        "乙县农业农村局关于做好&lsquo;菜篮子&rsquo;工程建设的通知\n乙农〔2024〕3号\n各乡镇：\n"
        "为贯彻落实《丙市&ldquo;菜篮子&rdquo;工程实施方案》&mdash;&mdash;现就有关事项通知如下。\n乙县农业农村局\n2024年3月1日\n",
        "乙县农业农村局关于做好‘菜篮子’工程建设的通知",
        "丙市“菜篮子”工程实施方案",
    ),
]


@pytest.mark.parametrize(("text", "title", "cited"), CASES)
def test_typographic_entities_read_as_marks(text: str, title: str, cited: str) -> None:
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [title]
    assert cited in [r.title for r in docs[0].references]
