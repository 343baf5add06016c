"""Titles glued to the text they head (r150, parts h166–h172): a text a news lead reprints under 《X》全文如下, an
attachment glued to the signature.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

import json

from policykg.loaders.parse import parse_text


def _record(title: str, content: str) -> str:
    return json.dumps([{"title": title, "url": "https://example.org/a.html", "content": content}], ensure_ascii=False)


def test_a_reprinted_texts_title_glued_to_its_first_sentence_under_the_leads_short_name_is_the_text():
    # 《伦理规范》全文如下：\n新一代人工智能伦理规范为深入贯彻… (h170 科技部): the lead names the text by its short name
    # (以下简称《伦理规范》); the full title opens the text below glued to its purpose clause — the text printed
    text = _record(
        "《甲类活动行为规范》发布",
        "5月8日，某某治理委员会发布了《甲类活动行为规范》(以下简称《规范》)，提供行为指引。\n"
        "《规范》全文如下：\n甲类活动行为规范为深入贯彻《乙发展规划》，促进甲类活动健康发展，制定本规范。\n"
        "第一条 本规范适用于甲类活动。\n第二条 本规范自公布之日起施行。\n某某治理委员会\n2021年5月8日",
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [("甲类活动行为规范", "2021-05-08")]
    assert [(r.role.value, r.title) for r in docs[0].references] == [("IMPLEMENTS", "乙发展规划")]


def test_a_reprinted_texts_title_with_a_subtitle_alone_under_the_lead_is_the_text():
    # 《治理原则》全文如下：\n新一代人工智能治理原则——发展负责任的人工智能\n… (h170 科技部): the title the lead names
    # (its short name defined) alone on the line below is the text's title, though no document type ends it
    text = _record(
        "《甲治理原则》发布",
        "6月1日，某某治理委员会发布《甲治理原则——发展负责任的甲》（以下简称《原则》），提出八条原则。\n"
        "《原则》全文如下：\n甲治理原则——发展负责任的甲\n甲发展进入新阶段，各方应遵循以下原则：\n"
        "一、和谐友好。甲发展应以增进人类共同福祉为目标。\n二、公平公正。甲发展应促进公平公正。\n"
        "某某治理委员会\n2019年6月1日",
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [("甲治理原则——发展负责任的甲", "2019-06-01")]


def test_a_title_glued_after_the_leads_last_words_on_one_line_is_set_apart():
    # …发布了《X》，全文如下：X为… on one line (a page that lost its breaks, h170 科技部): the title the lead names heads
    # the text after its last words — the text printed, not the news item's headline
    text = _record(
        "某某委员会发布数据安全规范",
        "近日，某某委员会发布了《丙数据安全规范》，全文如下：丙数据安全规范为加强数据安全管理，根据《丁法》，"
        "制定本规范。\n第一条 本规范适用于丙数据。\n第二条 本规范自发布之日起施行。\n某某委员会\n2022年3月1日",
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [("丙数据安全规范", "2022-03-01")]


def test_an_attachment_glued_to_the_signature_named_by_the_attachment_list_is_a_text_of_its_own():
    # …附件：1．X制度2．X成员名单甲市人民政府办公厅2021年8月17日（此件公开发布）附件1X制度为…附件2X成员名单召集人：…
    # (h171 重庆, a search API's text on one line): the listed system, glued to the signature and to its first
    # sentence, is a text the letter carries; the member list is none
    content = (
        "甲市人民政府办公厅关于同意建立甲市养老服务工作联席会议制度的函甲府办函〔2021〕52号市民政局："
        "你局《关于建立甲市养老服务工作联席会议制度的请示》收悉。经市政府同意，现函复如下：市政府同意建立"
        "甲市养老服务工作联席会议制度。附件：1．甲市养老服务工作联席会议制度2．甲市养老服务工作联席会议成员名单"
        "甲市人民政府办公厅2021年8月17日（此件公开发布）附件1甲市养老服务工作联席会议制度为加强部门协调配合，"
        "建立甲市养老服务工作联席会议制度。一、主要职能统筹协调养老服务工作。二、工作规则联席会议每年召开1次例会。"
        "附件2甲市养老服务工作联席会议成员名单召集人：张三市民政局局长"
    )
    text = json.dumps(
        [
            {
                "f_title": "甲市人民政府办公厅关于同意建立甲市养老服务工作联席会议制度的函",
                "f_text": content,
                "f_number": "甲府办函〔2021〕52号",
            }
        ],
        ensure_ascii=False,
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "甲市人民政府办公厅关于同意建立甲市养老服务工作联席会议制度的函",
        "甲市养老服务工作联席会议制度",
    ]
    assert docs[1].date == "2021-08-17"
