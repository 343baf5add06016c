"""Document fields of the unseen set's parts h216 (a carbon study's crawled JSON records) and h217 (work reports,
outlines), r229 (2026-12-06).  Each text is modelled on a failing text of those parts, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_rule_whose_order_head_was_dropped_is_dated_by_the_ministers_signature():
    # 《X》已于…由某部…部务会议审议通过，现予公布，自…起施行。 部长 某某 2021年12月13日 X … (h216 生态环境部, one
    # line): the signature's date, not the meeting's
    text = (
        "关于修改部分甲类规章的决定\n"
        "《关于修改部分甲类规章的决定》已于2020年3月2日由自然资源部2020年第二次部务会议审议通过，现予公布，"
        "自公布之日起施行。 部长 张某 2020年3月20日 关于修改部分甲类规章的决定 根据《某某条例》，"
        "自然资源部决定对以下规章的部分条款予以修改。 一、删去《某某办法》第八条。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2020-03-20"


def test_a_number_stripped_of_its_brackets_under_the_title_is_read():
    # "title": …, "content": "title 粤发改气候函20175831 各有关…：根据…" (h216 广东, a crawler's JSON record): the
    # number's 〔〕 and 号 stripped, run into the addressee — read with its brackets again
    text = (
        '{\n  "doc_id": "a1",\n  "title": "甲省发展改革委关于开展乙工作的通知",\n'
        '  "content": "甲省发展改革委关于开展乙工作的通知 甲发改气候函20191234 各有关地级以上市发展改革局，有关机构：'
        '根据《丙办法》，现就开展乙工作通知如下。 一、工作范围。 各地要认真组织。 甲省发展改革委 2019年11月6日",\n'
        '  "section": "X"\n}\n'
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "甲发改气候函〔2019〕1234号"


def test_a_stripped_number_keeping_its_hao_is_read_and_a_phone_line_is_not():
    # …的通知 / 甲发改气候20171530号 各地…： (h216 广东): the serial keeps its 号; a line of a contact's digits
    # (联系电话20201234) is no number
    for line, number in (
        ("甲发改气候20171530号 各地级以上市发展改革局：", "甲发改气候〔2017〕1530号"),
        ("联系电话20201234", None),
    ):
        text = (
            f"甲省发展改革委关于征集乙项目的通知\n{line}\n"
            "为推进乙工作，现就征集乙项目有关事项通知如下。\n一、征集范围。\n\n甲省发展改革委\n2017年3月27日\n"
        )
        doc = parse_text(text, "page.txt").documents[0]
        assert (str(doc.doc_number) if doc.doc_number else None) == number
