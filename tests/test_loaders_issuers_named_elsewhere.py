"""Issuers a text names outside its title's head: a signature over a date cut short, a page naming the place of
a body the title names by its level alone (r62, on parts h44, h90 and h146 of the unseen set).  Each text is
modelled on a source of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies.registry import default_registry


@pytest.mark.parametrize(
    "date",
    [
        "11月23日",  # a year never printed (h146 沧州: the notice's date without its year)
        "2018年3月13",  # 日 lost (h90 九寨沟)
    ],
)
def test_a_signature_over_a_date_cut_short_names_the_issuer(date):
    """各县(市、区)人民政府… / 《X》…现予印发 / 某某市人民政府办公室 / 11月23日 / X (h146 沧州): the signature's body
    issues the notice and the plan it issues, the date left open."""
    text = (
        "各县(市、区)人民政府,开发区管委会,市政府有关部门:\n"
        "《保定市气象防灾减灾“十三五”规划》已经市政府常务会议研究通过,现予印发,请认真贯彻落实。\n"
        f"保定市人民政府办公室\n{date}\n"
        "保定市气象防灾减灾“十三五”规划\n"
        "气象防灾减灾是公共安全的重要内容。\n"
    )
    docs = parse_text(text, "page.txt").documents
    plan = next(d for d in docs if d.title.startswith("保定市气象防灾减灾"))
    assert plan.issuers == ("保定市人民政府办公室",)


def test_a_date_line_of_a_month_and_day_alone_names_no_signer_when_no_body_stands_over_it():
    """A month and day under a sentence (no body over it): no signature read from it."""
    text = "关于某某工作的通知\n各区人民政府:\n现将有关事项通知如下。\n3月5日\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ()


@pytest.mark.parametrize(
    "source, issuer",
    [  # 来自:襄阳市政府门户网站 under 市人民政府关于… (h44 襄阳)
        ("来自:荆门市政府门户网站 时间:2018-11-22", "荆门市人民政府"),
        ("来自:宜昌市政府网 时间:2018-11-22", "宜昌市人民政府"),
    ],
)
def test_a_source_line_names_the_place_of_a_body_the_title_names_by_its_level(source, issuer):
    text = (
        f"市人民政府关于进一步优化营商环境的实施方案\n\n{source}\n\n"
        "各县(市、区)人民政府、开发区管委会,市直各单位:\n\n"
        "为激发市场活力和社会创造力,推动经济高质量发展,特制定本实施方案。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == (issuer,)


def test_a_place_of_another_level_or_in_a_quoted_title_does_not_place_the_body():
    """来源:荆门市… under 区人民政府关于… (a district's body, the city its site): no district read; 《湖北省…》
    quoted under the title names another body."""
    text = (
        "区人民政府关于进一步优化营商环境的实施方案\n\n来自:荆门市政府门户网站\n\n"
        "为深入贯彻落实《荆州市人民政府关于进一步优化营商环境的若干意见》,特制定本实施方案。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert "荆门市人民政府" not in doc.issuers and all(not n.startswith("荆州") for n in doc.issuers)


# ---- r96 (seventh issuers round): a court's or a procuratorate's rules titled with its own name; bodies written
# short that the registry now knows (政法委 / 综治委, h123 福建; 国资委党委办公室, h69)


@pytest.mark.parametrize(
    "title, body",
    [  # (h79 泉州) a procuratorate's measures on its portal; (h79 彭州) a court's rules on a law-search page
        ("漳州市人民检察院案件信息公开工作实施办法(试行)", "漳州市人民检察院"),
        ("绵竹市人民法院审判委员会议事规则", "绵竹市人民法院"),
    ],
)
def test_a_court_or_procuratorate_opening_the_title_of_its_own_rules_issues_them(title, body):
    """X市人民检察院…实施办法 / X市人民法院…规则: a body the registry does not list, its place first and
    人民检察院 / 人民法院 last (now strong endings), opens the title of its own rules (h79 泉州, 彭州)."""
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
