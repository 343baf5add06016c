"""Issuers the registry did not read and places a text names its issuers besides its title and signature
(second round on the unseen set's issuers): a zone's other name in brackets, the customs districts, bodies
joined with 、 before 联合决定, a news opening, a plan's cover.  Each text is modelled on a failing one of
the set, with other names."""

from __future__ import annotations

from policykg.loaders import header as H
from policykg.loaders.clean import clean_lines
from policykg.loaders.header import Issuers
from policykg.loaders.parse import parse_text
from policykg.loaders.segment import Span
from policykg.ontology.agencies import default_registry


def _issuers(text: str, title: str) -> list[str]:
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == title)
    return list(doc.issuers)


def test_a_zone_named_again_in_brackets_is_part_of_its_bodys_name():
    """某某市某某示范区(试验区)安全生产委员会关于印发《X》的通知: the bracket names the zone again (h68 安康)."""
    body = "汉中市某某示范区(试验区)安全生产委员会"
    reg = default_registry()
    assert reg.split_issuers(body) == [body]
    title = f"{body}关于印发《某某生产安全事故应急预案》的通知"
    text = f"{title}\n各成员单位:\n现将《某某生产安全事故应急预案》印发给你们,请认真抓好落实。\n"
    assert _issuers(text, title.replace("(", "（").replace(")", "）")) == [body]  # as printed, brackets and all


def test_a_customs_district_is_a_body_of_the_registry():
    """湖北省商务厅武汉海关关于…的公告: a province's department and a customs district (h135 武汉)."""
    reg = default_registry()
    assert reg.split_issuers("广东省商务厅黄埔海关") == ["广东省商务厅", "黄埔海关"]
    assert reg.resolve("中华人民共和国南京海关").name == "南京海关"
    assert reg.resolve("南京海关").parent == "海关总署"


def test_bodies_joined_before_deciding_together_issue_an_unsigned_notice():
    """…规定,甲局、乙局、丙局联合决定,… in the first sentence of an unsigned 通告 (h38, four provinces)."""
    title = "关于国庆节期间三省高速公路禁止危险品运输车通行的通告"
    bodies = ["河北省公安厅交通管理局", "山西省公安厅交通管理局", "河南省公安厅高速公路交通警察总队"]
    text = (
        f"{title}\n为确保国庆节期间高速公路通行安全,根据《中华人民共和国道路交通安全法》等规定,"
        + "、".join(bodies)
        + "联合决定,10月1日0时至10月7日24时禁止危险品运输车辆在三省高速公路行驶。\n特此通告。\n"
    )
    assert sorted(_issuers(text, title)) == sorted(bodies)


def test_a_news_opening_names_the_body_that_acts():
    """某某市司法局按照市政府统一部署要求,… — an untitled news text opening with the body (h55 厦门)."""
    text = (
        "泉州市司法局按照市政府统一部署要求,不断完善规章和市政府规范性文件清理结果公开制度。\n"
        "一是在积极开展规章清理的基础上,提请市政府研究通过了规章清理结果,并以《泉州市人民政府关于废止和修改"
        "部分市政府规章的决定》(市政府令第61号)的形式予以公布。\n"
        "二是在全面开展市政府规范性文件清理的基础上,提请市政府研究通过了清理结果,并以《泉州市人民政府关于废止"
        "和宣布失效一批市政府文件的通知》(泉政〔2016〕78号)的形式予以公布。\n"
        "以上清理的结果一并在市政府网站以及市司法局网站予以公布,方便社会公众查阅。\n"
        "(市司法局法规处)\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [list(d.issuers) for d in docs] == [["泉州市司法局"]]


def test_a_plans_cover_names_its_body_over_a_year():
    """…规划 / 2021-2025 / 征求意见稿） / 某区农业农村委员会 / 二〇二一年: the cover's body, a department the
    registry has not built (h104 铜梁)."""
    text = (
        "重庆市大足区农业农村现代化十四五规划\n2021-2025\n征求意见稿)\n"
        "重庆市大足区农业农村委员会\n二〇二一年\n第一篇 发展基础\n"
        "“十三五”以来,全区农业农村发展取得显著成效。\n"
    )
    nb = [line for line in clean_lines(text) if line.text]
    h = H.SpanHeader(nb, Span(nb[0].text, 0, 0, 0, "file", len(nb) - 1), default_registry())
    assert H.issuers_of_cover_page(h) == Issuers(("重庆市大足区农业农村委员会",), 4)
    body_then_day = text.replace("二〇二一年", "二〇二一年九月九日")  # a full date: a signature's, not a cover's
    nb = [line for line in clean_lines(body_then_day) if line.text]
    h = H.SpanHeader(nb, Span(nb[0].text, 0, 0, 0, "file", len(nb) - 1), default_registry())
    assert H.issuers_of_cover_page(h) is None
