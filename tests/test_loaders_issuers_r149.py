"""Issuers of the unseen set, round r149 (2026-12-06): bodies named by their level alone and glued in a title, a
body's name before a title's quoted words, a development zone's short name written out.  Each text is modelled on
a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_bodies_named_by_their_level_alone_glued_in_a_title_are_several_issuers():
    # 市人社局市税务局市医保局关于暂停办理…的通告 (h171 天津): three bodies of the text's own city named by their level,
    # no space between them — three issuers, not one unknown name
    text = (
        "市人社局市税务局市医保局关于暂停办理某某业务的通告\n\n各区有关单位：\n"
        "为做好系统升级工作，现就有关事项通告如下。\n特此通告。\n\n2021年11月17日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("市人社局", "市税务局", "市医保局")


def test_a_body_before_a_titles_quoted_words_is_its_issuer():
    # 玉泉区政务服务中心“一窗综合受理”事项公告 (h171 玉泉区): no 关于, the body's name opens the title before its
    # quoted words
    text = (
        "甲乙区政务服务中心“一网通办”事项公告\n\n"
        "为深入推进改革工作，现将事项清单予以公布。企业和群众可在大厅办理以下事项。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("甲乙区政务服务中心",)
    # (a place alone before the quoted words is no body)
    plan = "甲乙市“十四五”规划纲要\n\n第一章 总体要求\n为推动发展，制定本纲要。\n"
    assert parse_text(plan, "page.txt").documents[0].issuers == ()


def test_a_zones_short_name_in_an_unknown_bodys_name_is_written_out():
    # 湘西高新区应急管理局 (h90 湘西): the zone's 高新区 written out, 高新技术产业开发区, as its 管委会 is
    text = (
        "甲乙高新区应急管理局关于印发突发事件应急预案的通知\n\n各单位：\n"
        "现将《突发事件应急预案》印发给你们，请认真执行。\n\n甲乙高新区应急管理局\n2022年5月6日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("甲乙高新技术产业开发区应急管理局",)
    # (a party body's name stays as printed: 中共本溪高新区党工委, h123 本溪)
    party = (
        "中共甲乙高新区党工委关于增加社区工作经费的通知\n\n各社区党组织：\n"
        "经研究，决定增加社区工作经费。\n\n中共甲乙高新区党工委\n2014年3月1日\n"
    )
    assert parse_text(party, "page.txt").documents[0].issuers == ("中共甲乙高新区党工委",)
