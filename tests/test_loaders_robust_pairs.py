"""Cited documents and their roles when a text is laid out as a publication: a citation wrapped over two
PDF lines, its number's spaced digits cut by the column, a reply's first sentence on a line of its own.
The publications are written for these tests in the genre (a county office's transmitting notice, a city
office's reply), hard-wrapped at a column's width as PDF conversion gives them."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

FILLER = [
    "一、提高思想认识。各单位要充分认识重大行政决策科学化、民主化、法治化的重要意义，切实加强组织领导，"
    "明确责任分工，确保目录内事项按照法定程序有序推进，不得擅自简化或者省略法定程序。",
    "二、严格履行程序。决策承办单位要认真开展公众参与、专家论证、风险评估、合法性审查和集体讨论决定等工作，"
    "完整保存决策过程中形成的各类材料，按照规定及时归档。",
    "三、加强督促检查。县人民政府办公室要加强对目录执行情况的跟踪督办，对未按规定履行决策程序的，"
    "依法依规追究相关单位和人员的责任。",
]

# (the column, 22 characters, cuts 国务院令第 / ␣713 号 …: the line opening with the number's space is full)
TRANSMITTING = [
    "甲县人民政府办公室关于印发2024年度甲县人民政府重大决策事项目录的通知",
    "各乡镇（街道）、县直各单位、省市垂直管理单位：",
    "按照《重大行政决策程序暂行条例》（国务院令第 713 号）、《乙某省重大行政决策程序规定》（省人民政府令"
    "第 217 号）等要求，经县人民政府同意，现将《2024年度甲县人民政府重大决策事项目录》印发给你们，"
    "请认真贯彻执行。",
    *FILLER,
    "甲县人民政府办公室",
    "2024 年 3 月 1 日",
]


def _refs(text: str) -> dict[str, set[tuple[str | None, str | None, str]]]:
    return {
        d.title: {(r.title, str(r.doc_number) if r.doc_number else None, r.role) for r in d.references}
        for d in parse_text(text, "gazette.txt").documents
    }


def test_a_citation_whose_number_the_column_cuts_after_its_space_keeps_its_role():
    """(a line opening with the space a converter left before the rest of a number: …国务院令第 / ␣713 号）、…,
    pdf layout)"""
    text = pdf_columns(TRANSMITTING, 22)
    assert "\n 713 号）、《乙某省重大行政决策程序规定\n" in text
    refs = _refs(text)
    assert list(refs) == ["甲县人民政府办公室关于印发2024年度甲县人民政府重大决策事项目录的通知"]
    assert refs[TRANSMITTING[0]] >= {
        ("重大行政决策程序暂行条例", "国务院令第713号", "BASED_ON"),
        ("乙某省重大行政决策程序规定", "省人民政府令第217号", "BASED_ON"),
    }


REPLY = [
    "丙市人民政府办公厅关于同意修订后的《丙市处置建设工程事故应急预案》的通知",
    "市住房城乡建设管理委：",
    "丙建应急〔2023〕 451 号文收悉。经市政府研究，同意你们修订的《丙市处置建设工程事故应急预案》，"
    "请自行印发并会同各区政府和各有关部门、单位按照执行。",
    *FILLER,
    "丙市人民政府办公厅",
    "2023 年 9 月 12 日",
]


def test_the_number_a_reply_acknowledges_on_a_line_of_its_own_is_cited_not_its_own():
    """(a reply's first sentence, …〔2023〕451号文收悉。, cut onto a line of its own by the column, pdf layout)"""
    text = pdf_columns(REPLY, 20)
    assert "\n丙建应急〔2023〕 451 号文收悉。经市政府\n" in text or "\n丙建应急〔2023〕 451 号文收悉。\n" in text
    docs = parse_text(text, "gazette.txt").documents
    assert [(d.title, d.doc_number) for d in docs] == [(REPLY[0], None)]
    assert ("丙建应急〔2023〕451号", "CITES") in {(str(r.doc_number), r.role) for r in docs[0].references}


# (the column, 18 characters, cuts …予以废止 / 。: the part's heading closes on the next line)
REPEAL = [
    "丁省人民政府关于修改、废止部分省政府规章的决定",
    "丁省人民政府令第 160 号",
    "为维护法制统一，省政府对现行省政府规章进行了清理，决定对1件省政府规章予以修改，对2件省政府规章予以废止。",
    "一、对《丁省失业保险条例实施办法》作如下修改：删去第十四条第一款中的“和设区市的财政补贴和省级调剂金比例分担"
    "”。二、对下列2件省政府规章予以废止。",
    "1.《丁省收费证管理办法》（2011 年 6 月 28 日丁省人民政府令第 152 号发布）",
    "2.《丁省统计登记管理办法》（2000 年 3 月 21 日丁省人民政府令第 55 号发布）",
    "三、本决定自公布之日起施行。",
    *FILLER,
    "省长 王某",
    "2018 年 9 月 1 日",
]


def test_a_part_heading_whose_full_stop_the_column_cuts_off_still_heads_its_repeal_list():
    """(a line opening with a closing mark: the converter cut the column right before it, …予以废止 / 。, pdf
    layout)"""
    text = pdf_columns(REPEAL, 18)
    assert "\n”。二、对下列2件省政府规章予以废止\n\n。\n" in text
    docs = parse_text(text, "gazette.txt").documents
    assert [d.title for d in docs] == [REPEAL[0]]
    refs = {(r.title, str(r.doc_number), r.role) for r in docs[0].references}
    assert refs >= {
        ("丁省收费证管理办法", "丁省人民政府令第152号", "SUPERSEDES"),
        ("丁省统计登记管理办法", "丁省人民政府令第55号", "SUPERSEDES"),
    }
