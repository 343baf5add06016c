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


def test_a_draft_printed_after_a_consultation_notice_on_its_line_is_a_document_of_its_own():
    # a record's content one line: consultation notice 编制完成《X》（见公告附件） … signature, date, 附件, X （征求公众
    # 意见稿） 第一章 总 则 第一条 … (h216 广州): the draft is a document, unsigned, and its basis pairs are its own
    content = (
        "甲市某某局关于征求《甲市某某管理暂行办法》公众意见的公告 为落实绿色发展理念，经市政府同意，我市申报成为乙省某某试点城市。"
        "根据《乙省某某试点工作实施方案》，结合我市实际，我局会同有关部门编制完成《甲市某某管理暂行办法》（见公告附件）。"
        "现面向社会公开征求意见，有关事宜公告如下： 一、征求意见时间 自本公告发布之日起十天。 特此公告 甲市某某局 2017年1月15日 "
        "附件 甲市某某管理暂行办法 （征求公众意见稿） 第一章 总 则 第一条 【目的和依据】为落实绿色发展理念，本市实施某某制。"
        "根据《丙关于加快推进某某建设的意见》等有关规定，结合本市实际，制定本办法。 第二条 【定义】本办法所称某某制是指予以奖励的制度。"
        " 第三条 【适用范围】本办法适用于本市行政区域内某某制的实施、监督和管理等活动。"
        " 第四条 【基本原则】某某制工作应当遵守国家有关法律、法规，坚持政府引导和市场运作。"
    )
    record = {
        "title": "甲市某某局关于征求《甲市某某管理暂行办法》公众意见的公告",
        "content": content,
        "source_detail": "甲市某某局",
    }
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    docs = parse_text(text, "page.json").documents
    assert [(d.title, d.issuers, d.date) for d in docs] == [
        ("甲市某某局关于征求《甲市某某管理暂行办法》公众意见的公告", ("甲市某某局",), "2017-01-15"),
        ("甲市某某管理暂行办法（征求公众意见稿）", (), None),
    ]
    assert [(r.title, r.role) for r in docs[1].references] == [("丙关于加快推进某某建设的意见", "BASED_ON")]


def test_a_flattened_consultation_notice_and_the_draft_printed_after_it_are_two_documents():
    # the same page flattened onto one line, the title run into the text (a crawl storing a page a line): the draft
    # named 《X》（见公告附件） is cut off after the signature's date and its 附件 label
    text = (
        "甲市某某局关于征求《甲市某某管理暂行办法》公众意见的公告 为落实某某理念，经市政府同意，我市申报成为乙省某某试点城市。"
        "根据《乙省某某试点工作实施方案》，结合我市实际，我局会同有关部门编制完成《甲市某某管理暂行办法》（见公告附件）。"
        "现面向社会公开征求意见，有关事宜公告如下： 一、征求意见时间 自本公告发布之日起十天。 公众在提交意见时请留下姓名和联系方式。"
        " 特此公告 甲市某某局 2017年1月15日 附件 甲市某某管理暂行办法 （征求公众意见稿） 第一章 总 则 第一条 【目的和依据】为落实"
        "某某理念，本市实施某某制。根据《丙关于加快推进某某建设的意见》等有关规定，结合本市实际，制定本办法。 第二条 【定义】本办法所称"
        "某某制是指通过财政支持等方式予以奖励的制度。 第三条 【适用范围】本办法适用于本市行政区域内某某制的实施和管理等活动。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [
        ("甲市某某局关于征求《甲市某某管理暂行办法》公众意见的公告", "2017-01-15"),
        ("甲市某某管理暂行办法（征求公众意见稿）", None),
    ]


def test_a_plans_maker_line_under_its_title_names_its_issuer():
    # …二〇三五年远景目标纲要 / 上海市某区人民政府制定 / 前 言 (h217 崇明): the line under the title naming the body with
    # 制定 / 编制 is the plan's maker: its issuer
    text = (
        "甲区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n甲市甲区人民政府制定\n前 言\n"
        "新世纪以来，甲区作为最为珍贵、不可替代、面向未来的生态战略空间，以坚实的步伐走上了生态优先、绿色发展之路。"
        "二十年的坚守、探索与实践，甲区的生态环境质量持续提升，绿色发展动能不断增强，人民群众的获得感明显增强。\n"
        "站在新的历史起点上，甲区建设的华彩新章即将开启。肩负着国家和全市的使命与重任，承载着人民群众的期盼与嘱托，"
        "怀揣着谋划发展的拳拳之心，我们将坚定不移走生态优先、绿色发展之路，奋力谱写新时代甲区发展的新篇章。\n"
        "依据有关建议，编制形成《甲区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，主要阐明发展目标和重点任务。\n第一章 发展基础与发展环境\n一、发展基础\n"
        "十三五时期是甲区建设开局起势、稳步推进的关键阶段。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.issuers) == (
        "甲区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        ("甲市甲区人民政府",),
    )
