"""Fields of found documents (round r22): the numbers, issuers and dates a text prints for itself in layouts
the header sources did not read.  Each text is modelled on a source of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_an_order_number_over_a_decree_above_the_title_is_the_rules_number():
    """（中华人民共和国某某部令2023年第3号） / 《X》已于…通过，现予公布 / 部长 某某 / date / X / 第一章 (h119 交通运输部):
    the order's number and its issuer are the rule's."""
    text = (
        "（中华人民共和国水利部令2022年第5号）\n"
        "《河道采砂许可管理规定》已于2022年3月14日经第2次部务会议通过，现予公布，自2022年5月1日起施行。\n"
        "部长　某某某\n2022年3月24日\n河道采砂许可管理规定\n第一章　总　则\n"
        "第一条　为加强河道采砂许可管理，制定本规定。\n第二条　本规定自2022年5月1日起施行。\n"
    )
    doc = parse_text(text, "order.txt").documents[0]
    assert doc.title == "河道采砂许可管理规定"
    assert str(doc.doc_number) == "中华人民共和国水利部令2022年第5号"
    assert doc.issuers == ("水利部",)
    assert doc.date == "2022-03-24"
