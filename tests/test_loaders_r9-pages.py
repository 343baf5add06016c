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
