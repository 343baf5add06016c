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


def test_a_date_run_into_the_text_after_the_number_dates_it():
    """``title 某政发[2009]99号 2009-11-03为贯彻…`` on one line (h30 浙江): the date after the number, the text run on."""
    text = (
        "某某省人民政府贯彻国务院关于加快某某地区发展指导意见的实施意见 某政发[2009]99号 2009-11-03 为贯彻《国务院"
        "关于加快某某地区发展的指导意见》(国发[2008]30号)精神,现结合我省实际,提出以下实施意见。 一、总体要求 "
        "(一)基本原则。坚持科学发展,推进转型升级,努力保持经济平稳较快发展;坚持和谐发展,着力保障和改善民生。 "
        "(二)主要目标。到2012年,全省经济社会发展水平进一步提高。 二、重点任务 (三)加快发展现代服务业。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "某政发〔2009〕99号"
    assert doc.date == "2009-11-03"


def test_a_database_note_of_a_date_and_a_year_first_number_dates_the_text():
    """``(1992年3月11日<1992>某费字104号)`` under the title (h115 国家物价局): the note's date."""
    text = (
        "某某局 某某部关于发布某某收费项目及标准的通知\n(1992年3月11日<1992>某费字104号)\n"
        "根据有关规定,对某某收费项目及标准进行了重新审定,现发布如下。\n一、某某许可证收费。\n"
    )
    assert parse_text(text, "page.txt").documents[0].date == "1992-03-11"


RULES = "第一条 为进一步提升政策解读质量,根据有关规定,制定本制度。\n第二条 本制度所指重大政策文件,主要包括以下类型:\n第三条 本制度自印发之日起施行。\n"


def test_an_addressed_notice_that_lost_its_title_and_sentences_issues_the_text_under_its_date():
    """``县政府各工作部门、各直属事业单位: / ,,,,。 / 2020年9月10日 / (此件公开发布) / 某某制度 / 第一条`` (h120 安顺): the
    addressed and dated notice is a document of its own, untitled, and it issues the text under its date."""
    text = (
        "县政府各工作部门、各直属事业单位:\n,,,,。\n2020年9月10日\n(此件公开发布)\n县政府重大政策文件解读制度\n" + RULES
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.source_line for d in docs] == [1, 5]
    assert docs[1].title == "县政府重大政策文件解读制度"
    assert [d.date for d in docs] == ["2020-09-10", "2020-09-10"]
    assert docs[1].transmitted_by == 0


def test_a_draft_for_comment_under_an_untitled_notice_is_not_issued_by_it():
    """…现将《X(草案)》全文公布,公开征求意见 / 某某局 / date / X(草案)(征求意见稿) (h112 常州): the draft is no text the
    notice issues."""
    text = (
        "为推进立法工作科学化,现将市司法局起草的《某某规则(草案)(征求意见稿)》全文公布,公开征求社会各界意见。\n"
        "特此公告。\n某某市司法局\n2022年11月23日\n某某规则(草案)(征求意见稿)\n" + RULES
    )
    docs = parse_text(text, "page.txt").documents
    assert docs[-1].transmitted_by is None
