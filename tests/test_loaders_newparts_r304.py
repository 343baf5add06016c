"""Parts h264–h266 of the unseen set (r304): archives bodies, a government's commission named after the
government's short name, and PDF book-title marks.  Each text is modelled on a failing part, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

SIGNED_BY_ARCHIVES = [
    # 为做好…工作，某市档案馆自即日起暂停… / 特此公告。 / 某市档案馆 / 2020年2月1日 (h264 芜湖): an untitled
    # announcement signed by a city's archives
    (
        "为做好疫情防控工作，甲市档案馆自即日起暂停到馆查阅等对外服务，恢复时间另行通知。\n"
        "由此造成的不便敬请谅解。\n特此公告。\n甲市档案馆\n2020年2月1日\n",
        ("甲市档案馆",),
    ),
    # title / 根据…要求… / 一、… / 某市档案馆 / 2020年7月29日 (h264 大连): a titled notice the archives signs
    (
        "关于疫情防控期间市档案馆暂停对外服务的通知\n"
        "根据市疫情防控有关要求，自2020年7月29日起，市档案馆暂停现场查阅服务，现就有关事项通知如下：\n"
        "一、档案查询实行预约服务\n二、恢复时间另行通知\n乙市档案馆\n2020年7月29日\n",
        ("乙市档案馆",),
    ),
    # 某区档案馆关于X的通告 (h264 鲤城): the archives at the head of an unsigned title
    (
        "丙区档案馆关于部分档案向社会开放的通告\n发布时间:2018-12-13\n\n"
        "根据有关规定，经批准，本馆将部分档案向社会开放。即日起，凡我国公民均可到馆查阅。\n",
        ("丙区档案馆",),
    ),
    # …特此告。 / 某市档案馆 / 2020年59 (h264 揭阳): the signature over a date whose 月 and 日 a page lost
    (
        "关于恢复到馆查阅利用服务的通告\n\n根据疫情防控有关要求，经研究决定，丁市档案馆自5月11日起恢复查阅服务。\n\n"
        "衷心感谢您的理解和支持。\n\n特此告。\n\n                 丁市档案馆\n\n                        2020年59\n",
        ("丁市档案馆",),
    ),
]


@pytest.mark.parametrize(("text", "issuers"), SIGNED_BY_ARCHIVES)
def test_an_archives_is_an_issuer(text: str, issuers: tuple[str, ...]) -> None:
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == issuers


GOVERNMENT_COMMISSIONS = [
    # 青海省政府国资委关于印发《X》的通知 (h265 青海): the province's commission named after 省政府, one body
    (
        "云南省政府国资委关于印发《云南省政府国资委监管企业投资管理办法》的通知\n\n各监管企业：\n"
        "现将《云南省政府国资委监管企业投资管理办法》印发给你们，请认真贯彻执行。\n\n"
        "云南省政府国资委\n2024年5月15日\n",
        ("云南省人民政府国有资产监督管理委员会",),
    ),
    # the same of a city: 某市政府国资委关于X的通知 (the registry's places: real names other than the set's)
    (
        "昆明市政府国资委关于做好企业安全生产工作的通知\n\n各出资企业：\n现就有关事项通知如下。\n\n"
        "昆明市政府国资委\n2023年3月1日\n",
        ("昆明市人民政府国有资产监督管理委员会",),
    ),
]


@pytest.mark.parametrize(("text", "issuers"), GOVERNMENT_COMMISSIONS)
def test_a_government_commission_named_after_its_government_is_one_body(text: str, issuers: tuple[str, ...]) -> None:
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == issuers


def test_guillemets_over_two_title_lines_are_book_title_marks():
    # 某办公厅 / 关于印发«X的 / 若干措施»的通知 (h266 四川, a PDF's font): the marks a converter wrote as « », the pair
    # holding the title's line break, are 《》
    text = (
        "甲省人民政府办公厅\n关于印发«支持乙丙产业发展的\n若干政策措施»的通知\n甲办规〔2025〕6号\n"
        "各市人民政府:\n«支持乙丙产业发展的若干政策措施» 已经省政府同意,现印发给你们,请认真贯彻落实。\n"
        "甲省人民政府办公厅\n2025年4月30日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲省人民政府办公厅关于印发《支持乙丙产业发展的若干政策措施》的通知"


def test_titles_listed_each_after_its_issuer_are_carried_out_under_one_trigger():
    # 为认真贯彻落实省委、省政府《A》，省政府《B》和省政府办公厅《C》，…制定以下实施意见 (h265 天水): the trigger
    # before the first title governs the list, whose items each name their issuer and are parted by commas
    text = (
        "中共甲市委 甲市人民政府关于推进乙丙改革的实施意见\n\n"
        "为认真贯彻落实省委、省政府《关于深化丁戊改革的意见》，省政府《关于完善己庚管理体制的意见》"
        "和省政府办公厅《关于转发辛壬工作方案的通知》，持续深化改革，结合我市实际，制定以下实施意见。\n\n"
        "一、总体要求\n\n中共甲市委 甲市人民政府\n2020年5月6日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert {(r.title, r.role) for r in doc.references} == {
        ("关于深化丁戊改革的意见", "IMPLEMENTS"),
        ("关于完善己庚管理体制的意见", "IMPLEMENTS"),
        ("关于转发辛壬工作方案的通知", "IMPLEMENTS"),
    }
