"""Lines a page or a table prints right over a title, no part of it (unseen set, 2026-12-05): a site's name and
columns over a forwarding notice's 关于 title (h69 邹城), a table's last rows over the title of the rules printed
under it (a 2002 吉林 compilation), a signature's cut date over an attached plan's title (h90 九寨沟), a site's
（转载） mark before a reprinted notice's title (广州 天园街道).  Each text is modelled on its source, with other
names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "page.txt").documents]


def test_a_sites_name_and_column_lines_over_an_about_title_are_no_part_of_it():
    """某某外宣网 今天是 / 精神文明 / 文明创建 / 关于转发…的通知 (h69 邹城): the title starts at 关于."""
    title = "关于转发某某市《关于做好“美丽庭院”有关工作的通知》的通知"
    text = (
        "某某外宣网 今天是\n精神文明\n文明创建\n"
        f"{title}\n2013年04月17日\n\n"
        "各镇街文明办：\n现将某某市《关于做好“美丽庭院”有关工作的通知》转发给你们，请认真贯彻执行。\n"
        "某某市文明办\n2013年4月17日\n"
    )
    assert title in _titles(text)
    assert not any(t.startswith("某某外宣网") for t in _titles(text))


def test_a_tables_last_rows_over_a_rules_title_are_no_part_of_it():
    """蜂蜜 / 5 / 山野菜 / 5 / 吉林省…暂行办法 / 第一章 总则 (a 2002 吉林 compilation): the rules' title starts at its
    place's name, the table's rows over it stay out."""
    title = "某某省村范围内筹资筹劳管理暂行办法"
    text = (
        "某某省人民政府办公厅关于转发某某改革配套文件的通知\n各市人民政府：\n"
        "现将某某改革配套文件转发给你们，请认真贯彻执行。\n某某省人民政府办公厅\n二○○二年六月一日\n"
        "附表\n品目\n税率\n蜂　　蜜\n5\n山野菜\n5\n"
        f"{title}\n第一章　总则\n第一条　为规范村内筹资筹劳，制定本办法。\n第二条　本办法自发布之日起施行。\n"
    )
    assert title in _titles(text)
    assert not any(t.startswith(("蜂蜜", "山野菜")) for t in _titles(text))


def test_a_signatures_cut_date_over_a_plans_title_is_no_part_of_it():
    """某某县人民政府办公室 / 2018年3月13 / 某某县突发性地质灾害应急预案 (h90 九寨沟): the plan's title starts at its
    place's name, not at the date the signature lost its 日 from."""
    title = "某某县突发性地质灾害应急预案"
    text = (
        "当前位置: 首页 > 阳光政务 > 政府文件\n\n"
        "某某县人民政府办公室关于印发《某某县突发性地质灾害应急预案》的通知\n\n"
        "【编辑日期:2018-03-13】 【来源:】 【关闭】\n\n各乡(镇)人民政府,县级各部门:\n\n"
        "《某某县突发性地质灾害应急预案》已经县人民政府同意,现印发你们,请认真贯彻执行。\n\n \n\n"
        "                  某某县人民政府办公室\n\n                  2018年3月13\n\n \n\n"
        f"{title}\n\n   \n\n第一章 总则\n\n1.1定义\n\n1.2编制目的\n\n为高效有序做好突发地质灾害应急处置工作,制定本预案。\n\n"
        "1.2 编制依据\n\n依据《地质灾害防治条例》《某某省突发事件应对办法》等,结合本县实际。\n\n"
        "1.3 适用范围\n\n本预案适用于本县行政区域内突发地质灾害的应急处置。\n\n"
        "2 组织机构\n\n县人民政府设立应急指挥部,负责全县突发地质灾害应急处置工作。\n"
    )
    assert title in _titles(text)
    assert not any(t.startswith("2018年") for t in _titles(text))


def test_a_title_broken_in_large_type_keeps_its_upper_lines():
    """国务院关于同意甲、乙、丙 / 高新技术产业开发区建设 / 国家自主创新示范区的批复: the title starts on its top line
    (its issuer), though a lower line starts with a body's name."""
    lines = ("国务院关于同意甲市、乙市、丙市", "高新技术产业开发区建设", "国家自主创新示范区的批复")
    text = "\n".join(lines) + "\n国函〔2022〕1号\n某某省人民政府：\n你省《关于X的请示》收悉。现批复如下：\n"
    assert "".join(lines) in _titles(text)


@pytest.mark.parametrize("mark", ["（转载）", "(转载)", "【转载】"])
def test_a_sites_reprint_mark_before_a_title_is_no_part_of_it(mark):
    """（转载）某市人民政府办公厅关于印发…的通知 (广州 天园街道's reprint): the page's mark that it reprints the text."""
    title = "某某市人民政府办公厅关于印发某某市公共租赁住房管理办法的通知"
    text = (
        f"{mark}{title}\n发布日期：2024-09-12  浏览次数：-\n某府办规〔2024〕13号\n"
        "各区人民政府，市政府各部门：\n《某某市公共租赁住房管理办法》业经市人民政府同意，现印发给你们，请认真贯彻执行。\n"
        "某某市人民政府办公厅\n2024年7月26日\n"
    )
    assert _titles(text)[0] == title


def test_a_forwarded_text_printed_under_a_name_a_word_longer_is_the_notices_and_its_drafters():
    """省X办公室制定的《A办法》、《B筹资筹劳暂行办法》… 现转发给你们, B printed as B筹资筹劳管理暂行办法 (a 2002 吉林
    compilation): the text a word apart from its name is one the notice forwards, drafted by the body the sentence
    names, as the other is."""
    text = (
        "某某省人民政府办公厅关于转发《某某省农业税征收暂行实施办法》等农村综合改革配套文件的通知\n"
        "（某政办发[2002]40号）\n各市州、县(市、区)人民政府，省政府有关部门：\n"
        "省农村综合改革工作小组办公室制定的《某某省农业税征收暂行实施办法》、《某某省村内一事一议筹资筹劳暂行办法》，"
        "已经省政府同意，现转发给你们，请认真遵照执行。\n某某省人民政府办公厅\n二00二年八月二十九日\n"
        "某某省农业税征收暂行实施办法\n第一条　为规范农业税征收，制定本办法。\n第二条　本办法自发布之日起施行。\n"
        "附表\n品目\n税率\n蜂　　蜜\n5\n山野菜\n5\n"
        "某某省村内一事一议筹资筹劳管理暂行办法\n第一章　总则\n第一条　为规范村内筹资筹劳，制定本办法。\n"
        "第二条　本办法自发布之日起施行。\n"
    )
    docs = {d.title: d for d in parse_text(text, "page.txt").documents}
    first, second = docs["某某省农业税征收暂行实施办法"], docs["某某省村内一事一议筹资筹劳管理暂行办法"]
    assert second.transmitted_by is not None
    assert second.issuers == first.issuers and first.issuers
