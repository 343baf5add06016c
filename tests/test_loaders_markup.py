"""Layouts of crawled pages (issue 11): HTML kept as one line of text, a notice's text run on after
its addressee, a listing's title with its number and issuers in brackets, Chinese-numeral dates
written with the digit 0.  Each rule has rows modelled on two different sources."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text


def _docs(text: str):
    return parse_text(text, "page.txt").documents


# --------------------------------------------------------------------------- 二0一0年: the digit 0 for 〇

ZERO_DATES = [
    # a prefecture's office, signature date typed with ASCII zeros
    ("甲地区行署办公室\n二0一0年四月八日", "二〇一〇年四月八日"),
    # a county government, full-width zeros (ASCII by the time dates are read)
    ("乙县人民政府\n二０二一年十二月三十日", "二〇二一年十二月三十日"),
]


@pytest.mark.parametrize("text, date_line", ZERO_DATES)
def test_a_chinese_numeral_date_written_with_zeros_reads_as_one(text, date_line):
    assert [l.text for l in clean_lines(text)][-1] == date_line


def test_arabic_numbers_keep_their_zeros():
    assert [l.text for l in clean_lines("2010年第10号，共100人")] == ["2010年第10号，共100人"]


# --------------------------------------------------------------------------- a listing's title line

LISTING_TITLES = [
    (
        "甲地区行署办公室、甲林业集团公司办公室关于印发甲地区蓝莓产品保护管理办法（试行）的通知 "
        "（甲署办〔2010〕32号　甲地区行署办公室、甲林业集团公司办公室）",
        "甲地区行署办公室、甲林业集团公司办公室关于印发甲地区蓝莓产品保护管理办法（试行）的通知",
        "甲署办〔2010〕32号",
    ),
    (
        "乙市人民政府关于加强城市供水管理的通知（乙府发〔2019〕7号 乙市人民政府）",
        "乙市人民政府关于加强城市供水管理的通知",
        "乙府发〔2019〕7号",
    ),
]


@pytest.mark.parametrize("line, title, number", LISTING_TITLES)
def test_a_listing_title_with_its_number_and_issuers_in_brackets_is_cut_into_its_parts(line, title, number):
    cut = [l.text for l in clean_lines(line)]
    assert cut[:2] == [title, number] and len(cut) == 3 and all(l.no == 1 for l in clean_lines(line))


# --------------------------------------------------------------------------- text run on after the addressee

RUN_ON = [
    (
        "甲市人民政府关于印发甲市市级储备粮管理办法的通知\n"
        "各县、自治县、区人民政府（管委会），市政府各工作部门：现将《甲市市级储备粮管理办法》印发给你们，"
        "请认真抓好贯彻落实。甲市人民政府2023年9月5日（此件公开发布）甲市市级储备粮管理办法第一章总则"
        "第一条为加强市级储备粮管理，依据《粮食流通管理条例》等有关规定，制定本办法。第二条本办法自印发之日起施行。",
        "甲市市级储备粮管理办法",
        "粮食流通管理条例",
    ),
    (
        "乙省教育厅关于印发乙省学生资助资金管理实施细则的通知\n"
        "各市教育局，厅属各单位：现将《乙省学生资助资金管理实施细则》印发给你们，请遵照执行。"
        "乙省教育厅2021年3月2日乙省学生资助资金管理实施细则第一条为规范学生资助资金管理，"
        "根据《学生资助资金管理办法》，结合我省实际，制定本细则。第二条本细则由乙省教育厅负责解释。",
        "乙省学生资助资金管理实施细则",
        "学生资助资金管理办法",
    ),
]


@pytest.mark.parametrize("text, issued, cited", RUN_ON)
def test_a_notice_run_on_after_its_addressee_splits_from_the_text_it_issues(text, issued, cited):
    notice, body = _docs(text)
    assert body.title == issued and body.transmitted_by == 0
    assert notice.date == body.date and notice.issuers == body.issuers and notice.issuers
    assert any(r.title == issued and r.role == "TRANSMITS" for r in notice.references)
    assert any(r.title == cited for r in body.references) and not any(r.title == cited for r in notice.references)


# --------------------------------------------------------------------------- an HTML page stored as one line

ONE_LINE_PAGES = [
    (
        '<p align="center">甲自治区人民代表大会常务委员会公告<br/>（第38号）<br/></p>'
        "《甲自治区备案审查条例》已由甲自治区人民代表大会常务委员会第十四次会议于2024年9月27日通过，现予公布，"
        '自2025年1月1日起施行。<br/>特此公告。<br/><p align="right">甲自治区人民代表大会常务委员会<br/>2024年10月6日</p>'
        '<p align="center">甲自治区备案审查条例</p><p>第一条为了加强备案审查工作，根据《中华人民共和国立法法》，'
        "结合本自治区实际，制定本条例。</p><p>第二条本条例自2025年1月1日起施行。</p>",
        "甲自治区备案审查条例",
        "中华人民共和国立法法",
    ),
    (
        "<div>乙市人民政府办公室关于印发乙市停车管理办法的通知</div><div>乙政办〔2022〕5号</div>"
        "<div>各区人民政府，市政府各部门：</div><div>现将《乙市停车管理办法》印发给你们，请认真贯彻执行。</div>"
        "<div>乙市人民政府办公室</div><div>2022年3月1日</div><div>乙市停车管理办法</div>"
        "<div>第一条为了规范停车管理，根据《中华人民共和国道路交通安全法》，制定本办法。</div>",
        "乙市停车管理办法",
        "中华人民共和国道路交通安全法",
    ),
]


@pytest.mark.parametrize("text, title, cited", ONE_LINE_PAGES)
def test_an_html_page_stored_as_one_line_reads_as_the_lines_it_shows(text, title, cited):
    docs = _docs(text)
    assert title in [d.title for d in docs]
    assert all(d.source_line == 1 for d in docs)
    assert any(r.title == cited for d in docs for r in d.references)
