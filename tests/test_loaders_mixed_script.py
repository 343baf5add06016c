"""A publication holding one text in traditional characters among simplified ones (a compilation or
gazette gathered from reprint sites): that text is read in simplified characters like the rest, so its
title and header are found and its title reads as printed."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# a first document long enough that the traditional text comes after the opening a script is judged on
FIRST = (
    "（一）地方政策\n"
    "开封市人民政府办公室关于做好2024年春季森林防火工作的通知\n"
    "汴政办〔2024〕12号\n"
    "各县（区）人民政府，市人民政府各部门：\n"
    + "各县（区）要严格落实森林防火行政首长负责制，层层签订责任书，把责任落实到山头地块，严防火种进山。\n" * 90
    + "开封市人民政府办公室\n2024年3月5日\n\n"
)

# a short notice served in traditional characters (fewer than a dozen of the characters only a
# traditional text writes: a script judged on the whole text's opening would leave it as it is)
SECOND = (
    "（二）地方政策\n"
    "關於禁止在城區燃放煙花爆竹的通告\n"
    "為保障公共安全，現決定如下：\n"
    "一、城區範圍內禁止燃放煙花爆竹。\n"
    "二、本通告自發布之日起施行。\n"
    "平谷县人民政府\n"
    "2023年1月10日\n"
)


def test_traditional_text_after_the_opening_is_read_in_simplified_characters() -> None:
    parsed = parse_text(FIRST + SECOND, "mixed.txt")
    titles = [doc.title for doc in parsed.documents]
    assert titles == [
        "开封市人民政府办公室关于做好2024年春季森林防火工作的通知",
        "关于禁止在城区燃放烟花爆竹的通告",
    ]
    second = parsed.documents[1]
    assert str(second.date) == "2023-01-10"


def test_simplified_publication_is_left_as_printed() -> None:
    parsed = parse_text(FIRST, "plain.txt")
    assert [doc.title for doc in parsed.documents] == ["开封市人民政府办公室关于做好2024年春季森林防火工作的通知"]
    assert str(parsed.documents[0].doc_number) == "汴政办〔2024〕12号"
