"""Issuers the text names where the loaders did not read them (seventh issuers round, r96): a court's or a
procuratorate's rules titled with its own name, and bodies written short that the registry now knows
(政法委 / 综治委, h123 福建; 国资委党委办公室, h69).  Each text is modelled on a failing source with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies.registry import default_registry


@pytest.mark.parametrize(
    "title, body",
    [  # (h79 泉州) a procuratorate's measures on its portal; (h79 彭州) a court's rules on a law-search page
        ("漳州市人民检察院案件信息公开工作实施办法(试行)", "漳州市人民检察院"),
        ("绵竹市人民法院审判委员会议事规则", "绵竹市人民法院"),
    ],
)
def test_a_court_or_procuratorate_opening_the_title_of_its_own_rules_issues_them(title, body):
    """X市人民检察院…实施办法 / X市人民法院…规则: a body the registry does not list, its place first and
    人民检察院 / 人民法院 last, opens the title of its own rules (h79 泉州, 彭州)."""
    text = (
        "当前位置: 首页>>检务公开>>公告公示\n"
        f"{title}\n"
        "时间:2015-03-13  作者:  新闻来源: 【字号: | |\n\n"
        "  第一章 总 则\n\n"
        "  第一条 为进一步规范工作,结合本院工作实际,制定本办法。\n\n"
        "  第二条 本办法适用于本院各部门。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == (body,)


def test_a_short_procuratorate_heading_a_title_gives_way_to_the_database_field():
    """浙江检察院关于…的决定 with 【发布部门】浙江省人民检察院 under it (h79 浙江): the field's full name, not the
    title's short head (检察院 alone is no strong ending; 人民检察院 is)."""
    text = (
        "首页 | 法律法规 | 网站地图\n\n"
        "江苏检察院关于全面加强未成年人检察工作的决定\n\n"
        "【发布部门】江苏省人民检察院【发布日期】2020.08.05【实施日期】2020.08.05【效力级别】地方司法文件\n\n"
        "为深入贯彻落实有关要求,结合全省检察工作实际,作出如下决定。\n\n"
        "一、指导思想\n\n全面加强未成年人检察工作。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("江苏省人民检察院",)


@pytest.mark.parametrize(
    "short, full",
    [  # (h123 福建) 省委政法委 省综治委; the same short forms in a city
        ("江西省委政法委", "中共江西省委政法委员会"),
        ("中共江西省委政法委", "中共江西省委政法委员会"),
        ("江西省综治委", "江西省社会治安综合治理委员会"),
        ("赣州市委政法委", "中共赣州市委政法委员会"),
        ("赣州市综治委", "赣州市社会治安综合治理委员会"),
        # (h69) the SASAC party committee's office signing a national notice
        ("国资委党委办公室", "国务院国有资产监督管理委员会党委办公室"),
        ("国务院国资委党委办公室", "国务院国有资产监督管理委员会党委办公室"),
    ],
)
def test_the_registry_names_bodies_written_short(short, full):
    """政法委 / 综治委 of a province or city and 国资委党委办公室 are the registry's (agencies.toml rows)."""
    agency = default_registry().resolve(short)
    assert agency is not None and agency.name == full


def test_a_title_headed_by_a_party_committee_body_and_a_committee_written_short():
    """省委政法委 省综治委关于…的意见 forwarded by the province's offices (h123 福建): both bodies, named in full."""
    text = (
        "中共江西省委办公厅、江西省人民政府办公厅转发《省委政法委、省综治委关于深入开展平安江西建设的意见》的通知\n"
        "赣办发〔2006〕9号\n"
        "各设区市委、市人民政府,省直各单位:\n"
        "    《省委政法委、省综治委关于深入开展平安江西建设的意见》已经省委、省政府同意,现转发给你们,请认真贯彻执行。\n"
        "中共江西省委办公厅\n江西省人民政府办公厅\n2006年5月8日\n\n"
        "省委政法委 省综治委关于深入开展平安江西建设的意见\n\n"
        "    为深入开展平安江西建设,现提出如下意见。\n"
        "    一、总体要求\n    坚持以人为本。\n"
    )
    docs = parse_text(text, "page.txt").documents
    opinion = next(d for d in docs if d.title.startswith("省委政法委"))
    assert opinion.issuers == ("中共江西省委政法委员会", "江西省社会治安综合治理委员会")
