"""Pages holding several short notices, and title lines on reprint pages (parts h144, h146, h148 of the
unseen set).  Each text is modelled on the failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_notices_run_on_after_signature_and_date_on_one_line():
    """…特此公告 某县人民政府 2022年1月25日 通告 / 尊敬的游客: … 某某公园 2022年1月26日 关于…的公告 / 当前…: each
    text's signature, date and the next text's head on one line (h144 宿松)."""
    text = (
        "甲县人民政府关于乙山景区暂停对外开放的公告\n"
        "当前疫情防控形势依然严峻，经研究决定，乙山景区自2022年1月28日起暂停对外开放。 特此公告 甲县人民政府 2022年1月25日 通告\n"
        "尊敬的游客朋友: 因受低温雨雪天气影响，本景区自1月28日起临时关闭，敬请谅解。 丙洞国家森林公园 2022年1月26日 "
        "关于丁山景区临时关闭的公告\n"
        "当前疫情防控形势依然严峻，经研究决定，丁山景区自2022年1月28日起暂停对外开放。 特此公告 戊乡人民政府 2022年1月25日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line, d.date) for d in docs] == [
        ("甲县人民政府关于乙山景区暂停对外开放的公告", 1, "2022-01-25"),
        ("通告", 2, "2022-01-26"),
        ("关于丁山景区临时关闭的公告", 3, "2022-01-25"),
    ]
    assert docs[2].issuers == ("戊乡人民政府",)


def test_a_second_notice_under_the_first_ones_signature_and_masked_date():
    """抚顺市人民政府 / 202*年*月10日 / 本溪市…办公室 / 关于… / …的通告 / 依据《…》…: the next notice, its title over
    three lines, right under the first one's signature and date (h144 抚顺/本溪)."""
    text = (
        "甲市人民政府关于\n做好森林防灭火工作的通告\n"
        "为有效预防森林火灾发生，依据《中华人民共和国森林法》等规定，特发布如下通告：\n"
        "一、禁火时间：自发布之日起至5月31日止。\n"
        "甲市人民政府\n202*年*月10日\n"
        "乙市森林防灭火指挥部办公室\n关于森林防火紧要期内\n严禁野外用火的通告\n"
        "依据《森林防火条例》及有关法律法规，市森林防灭火指挥部决定4月1日至5月20日为森林防火紧要期，"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line) for d in docs] == [
        ("甲市人民政府关于做好森林防灭火工作的通告", 1),
        ("乙市森林防灭火指挥部办公室关于森林防火紧要期内严禁野外用火的通告", 7),
    ]
    assert [r.title for r in docs[1].references] == ["森林防火条例"]


def test_a_number_without_prefix_glued_before_the_title_is_no_part_of_it():
    """〔2022〕第39号兰考县人民政府征收土地预公告: a portal's heading with the number, no prefix, glued before a
    title (h144 兰考)."""
    text = (
        "〔2023〕第12号甲县人民政府征收土地预公告\n打印 【字体:\n"
        "为保障甲县建设用地需求，根据《中华人民共和国土地管理法》等法律法规的规定，现发布征收土地预公告：\n"
        "一、征收目的：城市建设。\n二、征收范围：甲县乙镇丙村。\n三、征收面积：约12公顷。\n"
        + "四、在拟征收土地范围内，自本公告发布之日起，任何单位和个人不得抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。\n"
        * 2
        + "特此公告。\n2023年10月31日\n"
    )
    assert parse_text(text, "page.txt").documents[0].title == "甲县人民政府征收土地预公告"


def test_a_bracketed_province_name_before_a_headline_is_no_part_of_the_title():
    """（内蒙古）2022年正蓝旗人民政府工作报告（全文）: a reprinter's tag of the region (h148 正蓝旗)."""
    text = (
        "(宁夏)2023年甲县人民政府工作报告(全文)\n\n发布时间:2023-08-21 22:18 责任编辑:www\n\n"
        "各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。\n"
        "一、过去一年工作回顾\n"
        + "过去一年，全县经济社会发展取得新成效，地区生产总值增长百分之六，城乡居民收入稳步提高，民生保障持续加强。\n"
        * 3
    )
    assert parse_text(text, "page.txt").documents[0].title == "2023年甲县人民政府工作报告"
