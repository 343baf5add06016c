"""Leftovers of parts h212–h222 (2026-12-06, r237).  Each text is modelled on a failing part of the set, with
other, invented names."""

from __future__ import annotations

import json

from policykg.loaders.parse import parse_text


def test_a_json_records_title_field_wrapped_in_marks_with_the_sites_name_is_the_document():
    # "title": "《某X的通知》（某某之窗-某市人民政府门户网站）", "doc_number", "content": title / number / addressees /
    # basis / signature / date (h222 北京): the watcher's marks and site name are no part of the title; the record is
    # a document with its number, signature and basis
    content = (
        "甲市某某管理委员会办公室关于2026年度缴存有关问题的通知\n甲某办〔2026〕6号\n各缴存单位：\n"
        "按照《某某管理条例》和《甲市某某缴存管理办法》（甲某〔2006〕2号）的要求，经市政府批准，现就有关问题通知如下：\n"
        "一、缴存比例继续执行原有政策，单位可在规定范围内自主确定。\n甲市某某管理委员会办公室\n2026年8月24日"
    )
    record = {
        "title": "《甲市某某管理委员会办公室关于2026年度缴存有关问题的通知》（某某之窗-甲市人民政府门户网站）",
        "url": "https://www.example.gov.cn/zhengce/202608/t20260824_1.html",
        "date": "2026-08-24",
        "doc_number": "甲某办〔2026〕6号",
        "content": content,
    }
    text = '{\n "city": "甲市",\n "sources": [\n' + json.dumps(record, ensure_ascii=False, indent=1) + "\n ]\n}\n"
    docs = parse_text(text, "page.json").documents
    assert [(d.title, str(d.doc_number), d.issuers, d.date) for d in docs] == [
        (
            "甲市某某管理委员会办公室关于2026年度缴存有关问题的通知",
            "甲某办〔2026〕6号",
            ("甲市某某管理委员会办公室",),
            "2026-08-24",
        )
    ]
