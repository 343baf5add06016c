"""Layouts of part h159 of the unseen set: national ministries' announcements, orders and letters (海关总署,
工信部, 交通运输部, 安监总局) reprinted on law databases, company sites and portal gateways.  Each text is modelled
on the failing source's form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _pairs(doc):
    return {(r.role, r.title) for r in doc.references}


def test_an_order_number_in_the_page_table_over_a_decree_is_the_rules_number_and_names_its_body():
    """The page's heading (title（…部令2021年第2号）), a 文号 table, the decree signed 部长 only, the rule's title:
    the table's order number is the rule's, its body the issuer (h159 交通运输部 order on a big5 gateway)."""
    text = (
        "某某设备运行管理规定(中华人民共和国交通运输部令2022年第7号)\n\n"
        "文号:交通运输部令2022年第7号\n\n索引号\n\n000019713O03/2022-00011\n\n主题分类\n\n部颁规章\n\n"
        "公文类型\n\n其他\n\n"
        "《某某设备运行管理规定》已于2022年1月10日经第2次部务会议通过,现予公布,自2022年5月1日起施行。\n\n"
        "部长 某某某\n\n2022年1月20日\n\n某某设备运行管理规定\n\n第一章  总  则\n\n"
        "第一条  为了加强某某设备的运行管理,根据《中华人民共和国民用航空法》,制定本规定。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == "某某设备运行管理规定")
    assert str(doc.doc_number) == "交通运输部令2022年第7号"
    assert doc.issuers == ("交通运输部",)


def test_the_date_on_an_announcement_number_row_with_its_validity_dates_an_unsigned_announcement():
    """海关总署公告2010年第83号  2010-12-24  全文有效 under the title — a tax-law database's row of number, date and
    validity; the text signs nowhere (h159 海关总署 on a tax site)."""
    text = (
        "海关总署关于发布某某行业标准的公告\n海关总署公告2011年第12号  2011-03-15  全文有效\n \n\n"
        "  根据《中华人民共和国海关行业标准管理办法(试行)》,海关总署批准海关行业标准《某某作业规范》,现予以公布。\n"
        "  特此公告。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2011-03-15"
    assert str(doc.doc_number) == "2011年第12号"


@pytest.mark.parametrize(
    "text, basis",
    [
        # 中华人民共和国某某部公告 / 2015年 第16号 / …,我部制定了《X目录》。本目录共… — the announcement
        # publishes X (h159 工信部 on a company site)
        (
            "中华人民共和国工业和信息化部公告\n2016年 第3号\n"
            "为加快淘汰落后设备,根据《中华人民共和国节约能源法》,我部制定了《某某落后设备淘汰目录(第四批)》。本目录共2大类。\n"
            "一、本目录所列设备需要淘汰。\n特此公告。\n工业和信息化部\n2016年2月1日\n",
            "中华人民共和国节约能源法",
        ),
        # 根据《X》,某署发布《A》等3项行业标准（标准目录见附件） — the announcement's own standards (h159 海关总署
        # on a forum)
        (
            "某署关于发布某某行业标准的公告\n海关总署公告2022年第5号\n"
            "根据《中华人民共和国海关行业标准管理办法(试行)》,海关总署发布《某某编写规则》等4项海关行业标准(标准目录见附件)。"
            "本批标准自2022年10月1日起实施。\n特此公告。\n海关总署\n2022年3月1日\n",
            "中华人民共和国海关行业标准管理办法（试行）",
        ),
    ],
)
def test_texts_an_announcement_itself_publishes_are_not_cited(text, basis):
    doc = parse_text(text, "page.txt").documents[0]
    cited = {t for role, t in _pairs(doc) if role != "TRANSMITS"}
    assert cited == {basis}


def test_a_plan_still_to_be_written_is_not_cited():
    """…,同时为编制《X“十四五”规划》和…提供技术依据 — a plan the survey serves, not yet a text (h159 安监总局 letter)."""
    text = (
        "关于开展某某专项普查的函\n安监总管一函〔2016〕12号\n各省、自治区、直辖市安全生产监督管理局:\n"
        "为全面摸清某某情况,同时为编制《某某安全生产“十四五”规划》提供技术依据,决定开展专项普查。\n"
        "国家安全监管总局监管一司\n2016年3月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert not doc.references
