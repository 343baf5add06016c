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


@pytest.mark.parametrize(
    "tail",
    [
        "请认真贯彻执行.国务院2021年12月14日",  # (h124 国务院) the line ends with the date
        "现予以公布。 附件:某某管理办法 中国人民银行 2021年12月14日 附件 某某管理办法 第一条 为规范…",  # (h111)
    ],
)
def test_a_signature_run_into_the_body_line_dates_the_text(tail):
    """The signature (a body the registry knows, its date) run into the text's line after a sentence's end or a
    space, the line ending there or the attachments following: the page lost its line breaks."""
    text = f"某某部门关于印发某某规划的通知\n\n各有关单位:现将《某某规划》印发给你们,{tail}\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2021-12-14"


def test_a_date_after_words_that_name_no_body_dates_nothing():
    """…请各地2021年12月14日 — words no registry knows before the date: no signature."""
    text = (
        "某某部门关于印发某某规划的通知\n\n各有关单位:现将《某某规划》印发给你们,请认真贯彻执行.请各地2021年12月14日\n"
    )
    assert parse_text(text, "page.txt").documents[0].date is None
