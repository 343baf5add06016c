"""Cited-document pairs, r140: a news lead naming the untitled text under it, and a page's navigation links.  Each
text is modelled on a failing part of the labelled set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# (text, the titles or numbers its documents cite) — one document each, printed without a title line
CASES = [
    pytest.param(
        # 《X》已于本月发布，…起施行 over X's articles (h70 天津): the lead names the text printed under it
        "《甲市临时救助办法》已于本月发布，2025年1月1日起正式施行。欢迎了解有关政策。\n"
        "第一条 为规范临时救助，根据《社会救助暂行办法》等规定，结合本市实际，制定本办法。\n"
        "第二条 本办法所称临时救助，是指对遭遇突发事件的家庭给予的应急性救助。\n"
        "第三条 临时救助工作遵循应救尽救、适度救助、公开公正的原则。\n"
        "第四条 区民政部门是审批临时救助的责任主体，乡镇人民政府负责受理和审核，村民委员会协助做好发现报告。\n"
        "第五条 临时救助对象包括急难型救助对象和支出型救助对象，具体认定条件由市民政部门另行制定并公布。\n",
        ["社会救助暂行办法"],
        id="lead-already-issued",
    ),
    pytest.param(
        # 某网讯：近日，X印发《Y》的通知，《方案》提出… over Y's text (h75 东莞)
        "某某网讯：近日，甲市人民政府印发《甲市自然灾害防治能力建设行动方案》的通知，《方案》提出，到2025年基本完成重点工程。\n"
        "各镇人民政府、市府直属各单位：\n"
        "为全面提高我市自然灾害防治能力，根据《乙省自然灾害防治能力建设行动方案》，制定本方案。\n"
        "一、工作目标\n到2025年，我市重点工程建设目标基本完成，工程防御能力明显增强，防治体制机制不断完善。\n"
        "二、重点任务\n实施灾害风险调查和重点隐患排查工程，摸清全市灾害风险隐患底数，建立分类型、分区域的风险数据库。\n",
        ["乙省自然灾害防治能力建设行动方案"],
        id="lead-issued-recently",
    ),
]


@pytest.mark.parametrize(("text", "cited"), CASES)
def test_a_news_lead_names_the_untitled_text_under_it(text, cited):
    docs = parse_text(text, "page.txt").documents
    assert [[r.title for r in d.references if r.role != "TRANSMITS"] for d in docs] == [cited]


NAVIGATION_CASES = [
    pytest.param(
        # 上一条:X 乙政征启公告〔2022〕03号 under the signature (h87 永仁): the link to the page before
        "甲县某项目土地征收预公告\n甲政征启公告〔2022〕5号\n"
        "根据《中华人民共和国土地管理法》第四十四条的规定，现将有关事项预公告如下。\n"
        "一、征收范围：甲县城东片区。\n二、征收目的：建设污水处理厂。\n特此公告\n甲县人民政府\n2022年5月17日\n"
        "上一条:甲县2022年度第一批次城镇建设用地项目土地征收预公告 甲政征启公告〔2022〕03号\n",
        ["中华人民共和国土地管理法"],
        id="previous-page",
    ),
    pytest.param(
        # 相关新闻 / 【政策解读】《X的通知》政策解读 2025-07-05 under the text (广州): a link to a reading of a text
        "甲市人民政府办公厅关于重新发布甲市积分入户办法的通知\n甲府办规〔2025〕8号\n各区人民政府：\n"
        "根据《乙省行政规范性文件管理规定》，经市人民政府同意，现将《甲市积分入户办法》重新发布，请遵照执行。\n"
        "甲市人民政府办公厅\n2025年6月30日\n相关新闻\n"
        "【政策解读】《甲市人民政府办公厅关于重新发布甲市积分制入户办法的通知》政策解读 2025-07-05\n",
        ["乙省行政规范性文件管理规定"],
        id="reading-link",
    ),
]


@pytest.mark.parametrize(("text", "cited"), NAVIGATION_CASES)
def test_a_page_s_navigation_link_cites_nothing(text, cited):
    docs = parse_text(text, "page.txt").documents
    refs = [r for d in docs for r in d.references if r.role != "TRANSMITS"]
    assert [r.title for r in refs] == cited
