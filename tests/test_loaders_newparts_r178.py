"""A 政府令's text flattened onto one line (a province's search-API records, part h187 福建, r178): the order's
sentence, the governor's signature and date, the title again, then the rule or decision, run on.  Each text is
modelled on a failing record of the set, with other names."""

from __future__ import annotations

import json

from policykg.loaders.parse import parse_text


def _records(*records: dict) -> str:
    """A search API's answer saved as text: pretty-printed records, each key a line."""
    return json.dumps({"data": list(records)}, ensure_ascii=False, indent=4)


def _order_record(title: str, number: str, content: str) -> dict:
    return {
        "doctitle": title,
        "pubdate": "2019.05.20 00:00:00",
        "doccontent": content,
        "fileno": number,
        "puborg": "甲省人民政府",
    }


RULE = "甲省城市绿地管理规定"
RULE_CONTENT = (
    "　　《甲省城市绿地管理规定》已经2019年4月25日省人民政府第12次常务会议通过，现予以公布，自2019年7月1日起施行。"
    "　　省长 某某某　　2019年5月6日　　甲省城市绿地管理规定第一章 总则　　第一条 为了加强城市绿地管理，"
    "改善城市生态环境，根据《城市绿化条例》等法律、法规，结合本省实际，制定本规定。　　第二条 本省行政区域内"
    "城市绿地的规划、建设和管理适用本规定。"
)
REPEAL = "甲省人民政府关于废止《甲省某某厅关于乙类船舶管理的暂行办法》的决定"
REPEAL_CONTENT = (
    "　　《甲省人民政府关于废止〈甲省某某厅关于乙类船舶管理的暂行办法〉的决定》已经2019年5月10日甲省人民政府"
    "第13次常务会议通过，现予公布，自公布之日起施行。　　省长 某某某　　2019年5月16日　　" + REPEAL + "　　"
    "根据有关要求，甲省人民政府现决定废止《甲省人民政府办公厅转发省某某厅关于〈甲省某某厅关于乙类船舶管理的"
    "暂行办法〉的通知》（甲政办〔1986〕12号）。　　本决定自公布之日起施行。"
)
AMENDING = "甲省人民政府关于修改《甲省丙管理办法》和《甲省实施〈实验用动物饲养管理条例〉的办法》的决定"
AMENDING_CONTENT = (
    "　　《甲省人民政府关于修改〈甲省丙管理办法〉和〈甲省实施《实验用动物饲养管理条例》的办法〉的决定》已经2019年6月3日甲省"
    "人民政府第14次常务会议通过，现予公布，自公布之日起施行。　　省长 某某某　　2019年6月12日　　" + AMENDING + "　　"
    "为了优化营商环境，根据有关法律法规的规定，现决定：　　一、对《甲省丙管理办法》的部分条款予以修改。"
    "　　（一）删除第五条中的“经审核”。"
)


def test_a_flattened_order_dates_its_rule_by_the_governor_s_signature_not_the_meeting():
    # 《X》已经2018年7月13日省人民政府第9次常务会议通过，现予以公布…。省长 某某 2018年8月2日 X第一章 总则 … (h187
    # 福建): the date is the order's, under the governor's name, not the day the meeting passed the rule
    doc = parse_text(_records(_order_record(RULE, "甲省人民政府令第210号", RULE_CONTENT)), "records.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.date) == (RULE, "甲省人民政府令第210号", "2019-05-06")
    assert [(r.role.value, r.title) for r in doc.references] == [("BASED_ON", "城市绿化条例")]


def test_a_flattened_order_s_decision_repeals_only_what_its_text_names():
    # …现予公布，…施行。省长 某某 2018年11月9日 X关于废止《Y》的决定 …现决定废止《转发Y的通知》（闽政办〔1985〕291号）
    # (h187 福建): the date is the signature's; the name inside the decision's own title, printed again under the
    # signature, is no second repeal
    doc = parse_text(_records(_order_record(REPEAL, "甲省人民政府令第211号", REPEAL_CONTENT)), "records.txt").documents[
        0
    ]
    assert doc.date == "2019-05-16"
    assert [(r.role.value, str(r.doc_number)) for r in doc.references] == [("SUPERSEDES", "甲政办〔1986〕12号")]


def test_an_order_s_sentence_quoting_its_decision_with_three_levels_of_marks_cites_nothing():
    # 《X关于修改〈Y〉和〈Z实施《W条例》的办法〉的决定》已经…通过，现予公布 (h187 福建): the sentence names the decision
    # itself, W inside it at the third level of marks; no citation of W
    doc = parse_text(_records(_order_record(AMENDING, "甲省人民政府令第212号", AMENDING_CONTENT)), "records.txt")
    doc = doc.documents[0]
    assert doc.date == "2019-06-12"
    assert "实验用动物饲养管理条例" not in [r.title for r in doc.references]
    assert ("AMENDS", "甲省丙管理办法") in [(r.role.value, r.title) for r in doc.references]


def test_a_flattened_order_under_its_number_on_a_page_is_cut_as_well():
    # the same run-on line in a page saved as text, under the title and the order's number
    text = "甲省城市绿地管理规定\n甲省人民政府令第210号\n" + RULE_CONTENT + "\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.date) == ("甲省人民政府令第210号", "2019-05-06")


def test_a_decision_quoted_with_three_levels_of_marks_is_cited_whole():
    # 根据《乙省人民政府关于修改〈乙省实施《某某条例》的办法〉的决定》: the decision is the cited document, not the law
    # named inside its name
    text = (
        "乙市人民政府关于做好丙工作的通知\n乙政〔2020〕3号\n各县人民政府：\n"
        "根据《乙省人民政府关于修改〈乙省实施《某某条例》的办法〉的决定》，现就有关事项通知如下。\n"
        "一、加强组织领导。\n乙市人民政府\n2020年3月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert [r.title for r in doc.references] == ["乙省人民政府关于修改《乙省实施《某某条例》的办法》的决定"]
