"""Dates a text prints where the header sources did not look (2026-12-05, r61): a law compendium's Markdown
front matter ``date:`` for a text in force from its publication (cee-*, h138 广东), and dates run into a body
line.  Each text is modelled on the failing source with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _law_page(author: str, last_article: str) -> str:
    return (
        "---\ntitle: 某某省行政执法示范办法\nicon: article\ndate: 2021-05-21\n"
        f"{author}category:\n  - 规章\n---\n\n"
        '## 第一章&emsp;总&emsp;&emsp;则{align="center"}\n\n'
        '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为了规范行政执法，制定本办法。</p>\n'
        f'<p id="t2">&emsp;&emsp;<b>第二条</b>&emsp;{last_article}</p>\n'
    )


@pytest.mark.parametrize("author", ["author: 某某省人民政府\n", "author: 原某某部等\n"])
def test_a_compendiums_date_is_the_publication_day_of_a_text_in_force_from_its_publication(author):
    """``date: 2021-05-21`` and 本办法自发布之日起施行: the day it took effect is the day it was published
    (h138 广东, cee 环境保护部等: with or without an author the site names as a body)."""
    doc = parse_text(_law_page(author, "本办法自发布之日起施行。"), "law.md").documents[0]
    assert doc.title == "某某省行政执法示范办法"
    assert doc.date == "2021-05-21"


def test_a_compendiums_date_of_a_text_in_force_from_a_later_day_dates_nothing():
    """``date: 2021-05-21`` over 本办法自2021年7月1日起施行: the site's date is the day it took effect, not its own."""
    doc = parse_text(_law_page("author: 某某省人民政府\n", "本办法自2021年7月1日起施行。"), "law.md").documents[0]
    assert doc.date is None
