"""Issuers of texts the earlier rounds missed (r88): a government prefix whose abbreviation two places share
(常政发 常州/常德, 宁政 宁夏/宁德), read by the place the text itself names.  Each text is modelled on a source of
the unseen set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def test_the_registry_lists_the_places_sharing_an_abbreviation():
    reg = default_registry()
    assert set(reg.places_sharing("泰")) == {"泰州市", "泰安市"}
    assert reg.places_sharing("豫") == ()  # one place's alone


@pytest.mark.parametrize(
    "addressees, issuer",
    [  # (h110 常州) 常政发 over addressees naming 常州经开区: here 泰政发 (泰州 or 泰安)
        ("各市(区)人民政府,泰州医药高新区管委会,市各委办局:", ("泰州市人民政府",)),
        ("各县(市、区)人民政府,泰安高新区管委会,市政府各部门:", ("泰安市人民政府",)),
        ("各县(市、区)人民政府,市政府各部门:", ()),  # names neither: no guess
        ("各县(市、区)人民政府,泰州、泰安两市有关单位:", ()),  # names both: no guess
    ],
)
def test_a_shared_abbreviation_prefix_is_the_place_the_addressees_name(addressees, issuer):
    text = (
        "关于印发2022年重点任务分解落实方案的通知 泰政发〔2022〕3号\n"
        f"{addressees} 现将2022年重点任务分解落实方案印发给你们,请认真抓好落实。一要凝聚共识抓落实。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "泰政发〔2022〕3号"
    assert doc.issuers == issuer


def test_a_province_prefix_the_text_never_names_yields_to_the_city_sharing_it():
    """(h125 宁德) 宁政 is 宁夏's in the registry, but the text names only 福建 and its counties: the city of
    福建 sharing 宁, 宁德, issued it.  Here 宁政 in a text naming 青海: 西宁."""
    text = (
        "宁政〔2016〕9号\n关于加强城市供水安全工作的实施意见\n"
        "各县(区)人民政府,市政府各部门:\n"
        "根据《青海省人民政府关于加强城市供水安全工作的意见》,为提升我市供水保障能力,特制定如下实施意见:\n"
        "一、明确城市供水安全工作任务\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("西宁市人民政府",)
    named = text.replace("青海省人民政府", "宁夏回族自治区人民政府")
    assert parse_text(named, "page.txt").documents[0].issuers == ("宁夏回族自治区人民政府",)


def _sealed_notice(seal: str) -> str:
    """(h162 知识产权战略实施工作部际联席会议办公室) an untitled notice: addressees, 现将《X》印发给你们, the signer, a
    （X代章） line, the date, then X printed under it."""
    addressees = "、".join(["中央组织部", "外交部", "教育部", "科技部", "公安部", "司法部", "财政部", "商务部"] * 4)
    return (
        f"{addressees}、某某协会:\n"
        "经某某工作部际联席会议同意,现将《某某工作年度要点》印发给你们,请认真贯彻执行。\n"
        "特此通知。\n"
        "某某工作部际联席会议办公室\n"
        f"{seal}"
        "2022年3月1日\n"
        "某某工作年度要点\n"
        "为贯彻落实《某某纲要》,深入实施某某战略,明确2022年度重点任务和工作措施,制定本要点。\n"
        "一、完善某某制度\n"
        "(一)推进修订有关法律法规,加快完善配套规章,健全某某工作的制度体系,提升制度供给的质量和效率。\n"
    )


def test_a_signature_over_a_seal_note_signs_an_untitled_notice_over_the_text_it_issues():
    docs = parse_text(_sealed_notice("(某某部代章)\n"), "page.txt").documents
    assert [d.source_line for d in docs] == [1, 7]
    notice, text = docs
    assert notice.issuers == text.issuers == ("某某工作部际联席会议办公室",)
    assert text.title == "某某工作年度要点" and text.transmitted_by == 0
    assert text.date == notice.date == "2022-03-01"
