"""Document fields of parts h190 and h191 (2026-12-06, r185): a corpus's head line of a field then the title, a title
naming its lead body and others unnamed, a department's number under a government prefix.  Each text is modelled
on a failing text of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

BODY = "为推进某某工作，结合本市实际，制定本办法。\n对符合条件的单位给予补贴，具体按有关规定执行。\n"


@pytest.mark.parametrize(
    ("head", "title", "number", "date"),
    [
        # 2022年12月5日<TAB>X暂行办法<TAB> (h190 洋浦): the date as a field, a tab, the title
        ("2022年12月5日\t甲港鼓励船舶使用岸电暂行办法\t", "甲港鼓励船舶使用岸电暂行办法", None, "2022-12-05"),
        # 乙政规发〔2023〕49号<TAB>X指导意见<TAB> (h190 北京): the doc number as a field, a tab, the title
        (
            "乙规发〔2023〕49号\t乙市农村清洁取暖设备更新工作指导意见\t",
            "乙市农村清洁取暖设备更新工作指导意见",
            "乙规发〔2023〕49号",
            None,
        ),
        # 2023年10月26日   X关于印发《…高质量 创新…》的通知 (h190 上海): the date, spaces, a title holding a space
        (
            "2023年10月26日   丙市某某局关于印发《丙市某某产业高质量 创新发展行动方案》的通知",
            "丙市某某局关于印发《丙市某某产业高质量创新发展行动方案》的通知",
            None,
            "2023-10-26",
        ),
    ],
)
def test_a_head_line_of_a_field_then_the_title_is_read_as_fields(head, title, number, date):
    doc = parse_text(head + "\n" + BODY, "page.txt").documents[0]
    assert (doc.title, doc.doc_number and str(doc.doc_number), doc.date) == (title, number, date)


def test_a_title_naming_its_lead_body_and_others_unnamed_gives_the_lead_body():
    # 市经济信息化委等关于印发《上海市X方案》的通知 (h190 上海): the lead body, in the place the title names
    text = "市经济信息化委等关于印发《上海市某某产业发展行动方案》的通知\n" + BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("上海市经济和信息化委员会",)


def test_a_departments_number_under_the_governments_abbreviation_names_no_government():
    # 京政农发〔2023〕49号 (h190 北京): 政 then a department's character: not the government's own number
    text = "北京市某某设备更新工作指导意见\n京政农发〔2023〕49号\n" + BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.issuers) == ("京政农发〔2023〕49号", ())


def test_an_issuer_field_holding_an_array_of_bodies_gives_each_body():
    # "orgInfo": ["河南省X局", "河南省Y厅"] (h191 河南): a search answer's issuer field as an array of names
    text = (
        '{"code": 200, "data": {"info": [\n'
        '  {"docId": "a1", "orgInfo": ["山西省医疗保障局", "山西省财政厅"], "pubDateInfo": "2021-03-22",\n'
        '   "title": "关于执行某某药品目录的<span style=\'color:red\'>通知</span>",\n'
        '   "normalTitle": "关于执行某某药品目录的通知"},\n'
        '  {"docId": "a2", "orgInfo": ["山西省应急管理厅"], "pubDateInfo": "2021-03-21",\n'
        '   "title": "关于开展某某作品征集活动的通知", "normalTitle": "关于开展某某作品征集活动的通知"}\n'
        "]}}\n"
    )
    docs = parse_text(text, "answer.json").documents
    assert [d.issuers for d in docs] == [("山西省医疗保障局", "山西省财政厅"), ("山西省应急管理厅",)]


def test_a_departments_station_heading_a_title_is_its_issuer():
    # 河南省经济作物推广站关于印发…的通知 (h191 河南): a station (推广站) is a body issuing its own notice
    text = "乙省植物保护站关于印发2021年某某防治技术意见的通知\n" + BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("乙省植物保护站",)


def test_a_date_with_a_publicity_note_in_spaced_brackets_is_the_signature_date():
    # 2018 年 5 月 17 日 ( 此件主动公开 ) (h190 住建部, a PDF-to-Markdown converter's blanks): the signature's date
    text = (
        "某某部办公厅关于实施《某某安全管理规定》有关问题的通知\n\n各省、自治区住房和城乡建设厅：\n\n"
        "为贯彻实施《某某安全管理规定》，现将有关问题通知如下。\n\n某某部办公厅\n\n2018 年 5 月 17 日 ( 此件主动公开 )\n"
    )
    doc = parse_text(text, "page.md").documents[0]
    assert doc.date == "2018-05-17"


def test_a_front_matters_doc_title_names_the_untitled_notice():
    # doc_title: 国务院办公厅关于印发X的通知 in a RAG corpus's front matter, the body printing no title (h190)
    text = (
        '---\nsource_url: "https://example.org/a.html"\ncategory: policy\n'
        "doc_title: 丁省人民政府办公厅关于印发某某综合方案的通知\ncleaned_at: 2026-07-28 21:48:43\n---\n\n"
        "各市、县人民政府，省政府各部门：\n\n《某某综合方案》已经省政府同意，现印发给你们，请认真贯彻执行。\n\n"
        "丁省人民政府办公厅\n\n2019年4月1日\n"
    )
    doc = parse_text(text, "page.md").documents[0]
    assert (doc.title, doc.source_line) == ("丁省人民政府办公厅关于印发某某综合方案的通知", 4)


def test_a_search_answers_html_result_boxes_give_one_document_each():
    # "result": ["<div class=\"result-box\">…<a href='…'>关于X的<em>通</em><em>知</em></a>…"] (h191 河北): one result a line
    box = (
        '        "<div class=\\"result-box\\">\\r\\n  <div class=\\"title\\"><a target=\\"_blank\\" href=\'visit/link.do?'
        'url=https%3A%2F%2Fexample.org%2Fp%3Fid%3D{k}\'>{title}</a></div>\\r\\n  <span class=\\"src\\">来源：政策直通车</span>'
        '\\r\\n  <span class=\\"date\\">时间：2020-05-0{k}</span>\\r\\n</div> "'
    )
    titles = [
        "关于印发《戊省某某中心管理办法》的<em>通</em><em>知</em>",
        "戊省人民政府关于调整某某征期的<em>通</em><em>知</em>",
    ]
    rows = ",\n".join(box.format(k=k, title=t) for k, t in enumerate(titles, 1))
    text = '{\n    "result": [\n' + rows + '\n    ],\n    "total": 1500,\n    "cost": 64.0\n}'
    docs = parse_text(text, "answer.json").documents
    assert [(d.title, d.source_line, d.date) for d in docs] == [
        ("关于印发《戊省某某中心管理办法》的通知", 3, None),
        ("戊省人民政府关于调整某某征期的通知", 4, None),
    ]
