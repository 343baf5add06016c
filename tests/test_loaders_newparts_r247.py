"""Titles of parts h227 (market-regulation bureaus) and h228 (agriculture, forestry, water), r247 (2026-12-06).
Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_warning_letter_split_over_two_lines_a_blank_apart_is_one_title():
    # headline / 某市市场监管局发布 / 关于规范…节日市场 / 价格行为的提醒告诫书, a blank line between every line
    # (h227 莱西): 告诫书 ends a title, so the two lines under the issuer line are the whole title
    text = (
        "最新发布!事关春节期间市场价格\n\n甲市市场监管局发布\n\n关于规范2024年春节节日市场\n\n"
        "价格行为的提醒告诫书\n\n全市各相关经营者:\n\n"
        "春节将至,为做好节日期间稳价格工作,现就规范价格行为提醒告诫如下:\n\n"
        "一、加强价格市场巡查。节日期间,市场监管部门将重点加强对农副产品市场价格巡查检查。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于规范2024年春节节日市场价格行为的提醒告诫书"


def test_a_warning_letter_under_its_issuer_line_keeps_the_issuer_and_both_lines():
    # 近日, / 某区市场监管局 / 关于规范…市场价格 / 行为提醒告诫书 / 全区各经营者: (h227 城阳): the title runs on to 告诫书
    text = (
        "近日,\n乙区市场监督管理局\n关于规范2025年春节市场价格\n行为提醒告诫书\n全区各经营者及相关单位:\n"
        "为切实保障春节期间人民群众的消费需求,依据《价格法》等价格法律规章,现提醒告诫如下:\n"
        "一\n经营者应严格遵守政府定价政策,对国家定价的商品和服务严禁擅自调价。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "乙区市场监督管理局关于规范2025年春节市场价格行为提醒告诫书"


def test_a_headline_holding_the_title_then_the_sites_slogan_keeps_the_title_alone():
    # 某市2021年禁渔期通告 进一步保护渔业资源、维护渔业生态平衡 (h228 金华): the site's slogan after the gap is no
    # part of the title
    text = (
        "丙市2022年禁渔期通告 进一步保护渔业资源、维护渔业生态平衡\n2022-03-03 09:55:30来源:丙市农业农村\n"
        "根据《中华人民共和国渔业法》规定,现将2022年禁渔期管理工作有关事项通告如下:\n"
        "一、禁渔时间\n2022年3月1日0时至6月30日24时。\n特此通告。\n丙市农业农村局\n2022年2月26日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "丙市2022年禁渔期通告"


def test_a_notice_under_a_news_posters_short_lines_is_titled_by_its_own_title():
    # 近日 / 某县水利局 / 发出最新公告 / 两行口号 / 关于划定…的公告 / 为加强…,根据《X》… (h228 封开): the poster's short lines
    # are no title; the 关于 title under them starts the text
    text = (
        "近日\n丁县水利局\n发出最新公告\n全县河段列入禁采区\n禁止采砂活动\n"
        "关于划定2026年度丁县河道河砂禁采区的公告\n"
        "为加强我县河道采砂管理,规范河道采砂秩序,根据《中华人民共和国水法》等规定,现将有关事项公告如下:\n"
        "一、禁采区划定\n全县所有河段列入禁采区。\n丁县水利局\n2025年10月24日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于划定2026年度丁县河道河砂禁采区的公告"


def test_a_signature_and_date_followed_by_an_attachments_file_name_on_one_line_are_read():
    # 某县市场监督管理局 2021年07月02日 2021年第9期 食品 合格39批次.xlsx (h227 宿松): the signature and its date, then the
    # first attachment's file name on the same line
    text = (
        "近期,戊县市场监督管理局组织开展了食品安全监督抽检,现将抽检信息通告如下:\n"
        "戊县市场监督管理局提示广大消费者,购买食品时要通过正规可靠渠道。\n特此通告。\n"
        "戊县市场监督管理局 2021年07月02日 2021年第9期 食品 合格39批次.xlsx\n2021年第9期 农产品 合格38批次.xlsx\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("戊县市场监督管理局",), "2021-07-02")
