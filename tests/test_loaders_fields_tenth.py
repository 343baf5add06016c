"""Document fields of the unseen set, tenth round (2026-12-05): issuers written in a short form the
registry did not know — a department's short name after its place (渝北区教委, 安委会办公室, 文明办),
a party committee's 工委, a national body's unit under its short name, formal names of a 信访局 and of
bodies the registry lacked.  Each text is modelled on the failing one, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def _notice(head: str) -> str:
    return f"{head}关于开展某某检查工作的通知\n\n各县（市、区）有关单位：\n\n现将有关事项通知如下。\n\n{head}\n2024年3月1日\n"


@pytest.mark.parametrize(
    "head, issuer",
    [  # a department's short name after its place (h104 渝北区教委, h89 公主岭 安委会办公室, h69 邹城 文明办)
        ("洛阳市教委", "洛阳市教育委员会"),
        ("南阳市安委会办公室", "南阳市安全生产委员会办公室"),
        ("信阳市文明办", "信阳市精神文明建设委员会办公室"),
        ("信阳市工商局", "信阳市工商行政管理局"),  # (h30 沧州 工商局)
        # a party committee's 工委 after 中共 and its place (h123 中共深圳市委卫生工委)
        ("中共洛阳市委教育工委", "中共洛阳市委教育工作委员会"),
    ],
)
def test_a_department_named_short_after_its_place_is_written_out(head, issuer):
    doc = parse_text(_notice(head), "page.txt").documents[0]
    assert doc.issuers == (issuer,)


@pytest.mark.parametrize(
    "written, name",
    [
        ("体育总局办公厅", "国家体育总局办公厅"),  # a national body's office under its short name (h91)
        ("国家疾控局综合司", "国家疾病预防控制局综合司"),  # a joint national text's signers (h50)
        ("国家中医药局综合司", "国家中医药管理局综合司"),
        ("中共贵州省委贵州省人民政府信访局", "贵州省信访局"),  # a 信访局's formal name (h123 云南)
        ("中共遵义市委遵义市人民政府信访局", "遵义市信访局"),
        ("东北能源监管局", "国家能源局东北监管局"),  # a regional regulator as it names itself (h85 华北)
        ("中华人民共和国交通部", "交通部"),  # the ministry before 交通运输部, its 令 (h29)
        ("天津市政务服务办", "天津市人民政府政务服务办公室"),  # (h48 天津)
    ],
)
def test_the_registry_knows_the_written_form(written, name):
    found = default_registry().resolve(written)
    assert found is not None and found.name == name


def test_a_number_of_the_general_office_under_its_government_set_apart_above_the_title():
    """h65 扬州 (法律资料网): the government on a line set apart above ``关于转发…的通知``, the number 扬府办发 of its
    general office — the office issued it."""
    text = (
        "首页 » 法律资料网 » 法律法规 »\n\n某某实施细则\n\n作者:法律资料网\n\n江苏省镇江市人民政府\n\n\n"
        "关于转发《镇江市河道疏浚工程项目管理实施细则》的通知\n\n\n镇府办发〔2003〕88号\n\n各辖市、区人民政府，市各有关部门：\n\n"
        "经市政府同意，现将《镇江市河道疏浚工程项目管理实施细则》转发给你们，请认真贯彻执行。\n\n镇江市人民政府办公室\n二○○三年五月八日\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if str(d.doc_number) == "镇府办发〔2003〕88号")
    assert doc.issuers == ("镇江市人民政府办公室",)


def test_a_title_headed_by_the_body_keeps_it_over_its_office_number():
    """The sample's convention: 某某省人力资源和社会保障厅关于… over 豫人社办 stays the department's."""
    text = "河南省人力资源和社会保障厅关于印发某某实施方案的通知\n豫人社办〔2023〕16号\n各省辖市人力资源和社会保障局：\n现将《某某实施方案》印发给你们。\n2023年3月1日\n"
    assert parse_text(text, "page.txt").documents[0].issuers == ("河南省人力资源和社会保障厅",)


def test_a_youth_league_committee_office_by_its_level_alone_is_its_places():
    """团省委办公室 / 团市委 signing a notice (h69 河南): the league committee (or its office) of the place the
    context names."""
    reg = default_registry()
    assert reg.resolve("团省委办公室", context="洛阳市").name == "共青团河南省委员会办公室"
    assert reg.resolve("团市委", context="洛阳市").name == "共青团洛阳市委员会"
    assert reg.resolve("共青团湖北省委办公室").name == "共青团湖北省委员会办公室"


def test_a_standing_committee_legislative_office_signs_a_consultation():
    """h37 湖北: ``湖北省人大常委会法规工作室`` over the date closing a call for comments on a draft."""
    text = (
        "某某条例（草案）公开征求意见\n现将草案及说明予以公布，向社会公开征集意见。\n"
        "通讯地址：江西省人大常委会法规工作室经济法规处\n江西省人大常委会法规工作室\n2014年1月23日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("江西省人民代表大会常务委员会法规工作室",)


def test_an_announcement_above_the_title_it_publishes_names_its_issuer():
    """h98 德宏 (法律资料网): ``大理州人民政府办公室公告`` / ``第3号`` / ``现公布《X》，自…起施行。`` / its date, then X."""
    text = (
        "大理州州级储备粮管理办法(试行)\n\n作者:法律资料网\n\n大理州人民政府办公室公告\n\n第3号\n\n"
        "现公布《大理州州级储备粮管理办法(试行)》,自2008年10月1日起施行。\n\n二○○八年九月二十八日\n\n"
        "大理州州级储备粮管理办法(试行)\n\n第一章 总 则\n\n第一条 为了加强州级储备粮的管理,制定本办法。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.source_line == 13)
    assert doc.issuers == ("大理白族自治州人民政府办公室",)


def test_a_bulletins_date_before_an_announcement_number_under_the_title_dates_it():
    """h64 税务总局 (税收信息): ``2012-12-06 国家税务总局公告2012年第54号`` on the line under the title."""
    text = (
        "海关总署关于修改《某某申请表》的公告\n2013-05-08 海关总署公告2013年第21号\n"
        "为适应工作需要，现就有关事项公告如下：\n一、修改某某申请表。\n特此公告。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.date) == ("2013年第21号", "2013-05-08")
