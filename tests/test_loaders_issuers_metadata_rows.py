"""Issuers a text names outside its title and signature (r73): a metadata row's 制定机关 run on from a page's
header, a bullet list of a portal's values without labels, a 发布机构 row over a 有效性 label; and bodies the
registry joins or writes out (a zone's 分局 after its parent, a region's short form before a 厅).  Each text
is modelled on a failing source of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields
from policykg.ontology.agencies import default_registry


def test_a_wikisource_header_row_names_the_issuer_after_its_run_on_word():
    """``← | X/2016年 | X 沿革和最新版 制定机关:某某市人民代表大会常务委员会 有效期:… |`` under the title
    (h143 青岛): 版 is no part of the label 制定机关, whose value is the law's issuer."""
    text = (
        "某某市河道保护条例\n"
        "← | 某某市河道保护条例/2016年 | 某某市河道保护条例 沿革和最新版 制定机关:嘉兴市人民代表大会常务委员会 "
        "有效期:2016年9月1日起至今 |\n"
        "2016年3月28日嘉兴市第八届人民代表大会常务委员会第十八次会议通过 "
        "2016年5月30日浙江省第十二届人民代表大会常务委员会第八次会议批准 |\n"
        "第一章 总则\n"
        "编辑第一条 为了保护河道,根据有关法律、法规,结合本市实际,制定本条例。\n"
        "第二条 本条例适用于本市行政区域内的河道。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("嘉兴市人民代表大会常务委员会",)


def test_a_label_of_another_word_is_not_cut_to_a_known_label():
    """原标题:《X》全文发布 (a news page, h52 北京): 原标题 is no 标题 — no table title is read from it."""
    fields = read_portal_fields("发布时间:2020-09-27  分类:新闻  作者:某某\n\n原标题:《某某条例》全文发布\n")
    assert fields.title is None


def test_a_bullet_list_of_values_under_an_index_number_names_the_publishing_body():
    """``• 005299478/2022-00137`` / ``• 某某市卫生健康委员会`` / ``• 应急`` / dates, then the title (h27 新郑): the
    item under the index number is the body that publishes the plan."""
    text = (
        "• 001234567/2022-00042\n"
        "  • 巩义市卫生健康委员会\n"
        "  • 应急\n"
        "  • 2022-08-10\n"
        "  • 2022-08-10\n"
        "巩义市突发公共事件医疗卫生救援应急预案\n\n"
        "1 总则\n\n1.1 编制目的\n\n为提高全市医疗卫生应急反应能力和救援水平,及时、高效地开展医疗卫生救援工作,"
        "最大限度地减少突发事件造成的人员伤亡和健康危害,保障人民群众身体健康和生命安全,维护社会稳定。\n\n"
        "1.2 编制依据\n\n依据《中华人民共和国突发事件应对法》《突发公共卫生事件应急条例》等法律、法规及有关规定,"
        "制定本预案。\n\n1.3 适用范围\n\n本预案适用本市行政区域内突发事件所导致的人员伤亡的医疗卫生救援工作。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("巩义市卫生健康委员会",)


def test_a_publisher_row_ends_at_a_spaced_validity_label():
    """``发布机构 某某区人民政府办公室 有 效 性 有效`` (h105 洪山): the body ends before 有 效 性."""
    fields = read_portal_fields(
        "文      号 某政办〔2025〕1号\n发布机构 江岸区人民政府办公室 有 效 性 有效\n标     题 关于印发某某方案的通知\n"
    )
    assert fields.issuer == "江岸区人民政府办公室"


def test_a_zone_branch_after_its_parent_is_one_body():
    """泉州市公安局经济技术开发区分局 (h144 泉州): a local body's 分局 / 大队 of a zone or district is one body;
    a second body that names its city stays apart."""
    reg = default_registry()
    assert reg.split_issuers("漳州市公安局高新技术产业开发区分局") == ["漳州市公安局高新技术产业开发区分局"]
    assert reg.split_issuers("漳州市公安局芗城分局") == ["漳州市公安局芗城分局"]
    assert reg.split_issuers("漳州市公安局 漳州市消防救援支队") == ["漳州市公安局", "漳州市消防救援支队"]


def test_a_signature_of_a_zone_branch_is_one_issuer():
    """The notice signed by the branch (h144 泉州): one issuer, not the bureau and a placeless 分局."""
    text = (
        "关于禁止在某某区域燃放烟花爆竹的通告\n\n"
        "为保障公共安全，根据《烟花爆竹安全管理条例》，现通告如下：\n"
        "一、禁止在开发区所辖区域燃放烟花爆竹。\n"
        "二、本通告自发布之日起施行。\n\n"
        "  漳州市公安局高新技术产业开发区分局\n"
        "  2021年1月20日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("漳州市公安局高新技术产业开发区分局",)


def test_a_region_short_form_before_a_department_is_written_out():
    """【发布单位】 内蒙古农牧业厅 (h103 内蒙古): a region's short form before a 厅 is the region's full name; an
    办公厅 after a body that is no department (新疆生产建设兵团办公厅) keeps its name."""
    reg = default_registry()
    assert reg.guess("广西农业厅").name == "广西壮族自治区农业厅"
    assert reg.guess("宁夏农牧厅").name == "宁夏回族自治区农牧厅"
    assert reg.guess("新疆生产建设兵团办公厅").name == "新疆生产建设兵团办公厅"


def test_a_town_named_alone_as_publisher_is_its_government():
    """``[ 发布机构 ] | 垫江县坪山镇 |`` over the town's own plan (h68 垫江): the town's government, though the
    title names the county too (a county's text on a town's page stays without it)."""
    text = (
        "[ 索引号 ] | 11500230008679505Q/2024-00118 | [ 发文字号 ] | |\n"
        "[ 主题分类 ] | 应急管理 | [ 体裁分类 ] | 预案 |\n"
        "[ 发布机构 ] | 丰都县龙河镇 | [ 有效性 ] | |\n"
        "[ 成文日期 ] | 2024-12-06 | [ 发布日期 ] | 2024-12-06 |\n"
        "丰都县龙河镇突发事件综合应急预案\n"
        "为了进一步提高龙河镇政府应对各类突发事件的应急处置能力,建立健全统一、规范、科学、高效的应急体系,制定本预案。\n"
        "依据安全生产、自然灾害等突发事件有关法律法规及规范性文件,编制本预案:\n"
        "(1)《中华人民共和国突发事件应对法》\n"
        "(2)《重庆市突发事件应对条例》\n"
        "(3)《突发事件应急预案管理办法》\n"
        "本预案适用于本镇行政区域内突发事件的预防和应急处置工作。\n"
        "1.自然灾害:主要包括水旱灾害、气象灾害、地震灾害、地质灾害、生物灾害和森林火灾等。\n"
        "2.事故灾难:主要包括辖区企事业单位的各类安全事故,交通运输事故、火灾事故等。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers and doc.issuers[0].endswith("丰都县龙河镇人民政府")
