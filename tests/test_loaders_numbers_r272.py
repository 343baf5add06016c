"""Doc numbers as printed: a 第 or leading zeros in a standard number, a bracketed section inside its prefix (r272)."""

import pytest

from policykg.keys import number_key
from policykg.loaders.parse import parse_text

CASES = [
    # a 第 before the serial, kept as printed (a case decision's number under its title)
    (
        "甲市自然资源局\n行政处罚决定书\n甲自然资决字〔2023〕第7号\n乙公司：\n经查，你公司擅自占用土地。\n",
        "甲自然资决字〔2023〕第7号",
    ),
    # a serial printed with a leading zero
    (
        "甲市生态环境局\n责令改正违法行为决定书\n甲环责改字〔2021〕07号\n乙厂：\n经查，你厂擅自扩大生产规模。\n",
        "甲环责改字〔2021〕07号",
    ),
    # a bracketed section inside the prefix
    (
        "行政处罚决定书\n甲国土（执法）决定字〔2018〕第9号\n乙公司：\n经查，你公司擅自占用土地。\n",
        "甲国土（执法）决定字〔2018〕第9号",
    ),
]


@pytest.mark.parametrize(("text", "number"), CASES)
def test_number_as_printed(text, number):
    docs = parse_text(text, "page.txt").documents
    assert docs[0].doc_number is not None and docs[0].doc_number.text == number


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("甲决字〔2023〕第7号", "甲决字〔2023〕7号"),
        ("甲改字〔2021〕07号", "甲改字[2021]7号"),
        ("2019年05号", "2019年5号"),
    ],
)
def test_number_key_ignores_di_and_zeros(a, b):
    assert number_key(a) == number_key(b)
