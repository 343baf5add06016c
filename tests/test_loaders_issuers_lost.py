"""Issuers the parser lost (2026-12-05): documents whose issuing body the text names but the issuer cascade
gave none.  Each text is modelled on a failing source of the unseen set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def test_a_task_groups_office_named_by_what_it_copes_with_heads_its_notice_over_lines():
    """玉林 (h148): 某市应对…工作领导小组 / 办公室关于印发… / 的通知, signed with a (代) seal mark — 应对 is part of
    the body's name, no sentence's 应; the notice and the text it issues are the office's."""
    body = "柳州市应对气候变化及节能减排工作领导小组办公室"
    text = (
        "柳州市应对气候变化及节能减排工作领导小组\n办公室关于印发柳州市节能工作实施方案\n的通知\n"
        "各县（市、区）人民政府，市直各有关单位：\n现将《柳州市节能工作实施方案》印发给你们，请认真组织实施。\n"
        f"{body}（代）\n2024年3月22日\n柳州市节能工作实施方案\n为推进节能工作，制定本方案。\n"
    )
    docs = parse_text(text, "notice.txt").documents
    assert [d.issuers for d in docs] == [(body,), (body,)]


def test_an_epidemic_command_named_by_the_disease_signs_its_announcement():
    """武汉 (h144), 拉萨 (h88): 市新型冠状病毒感染的肺炎疫情防控指挥部通告 signed with the command's whole name —
    the 的 of 新型冠状病毒感染的肺炎 (the 2020 name of the disease) is part of the body's name."""
    body = "襄阳市新型冠状病毒感染的肺炎疫情防控指挥部"
    text = (
        "市新型冠状病毒感染的肺炎疫情防控指挥部通告\n市新型冠状病毒感染的肺炎疫情防控指挥部通告（第1号）\n"
        "为全力做好新型冠状病毒感染的肺炎疫情防控工作，有效切断病毒传播途径，坚决遏制疫情蔓延势头，确保人民群众"
        "生命安全和身体健康，现将有关事项通告如下：\n"
        "自2020年1月24日10时起，全市城市公交、长途客运暂停运营；无特殊原因，市民不要离开本市，恢复时间另行通告。\n"
        "恳请广大市民理解支持！\n"
        f"{body}\n2020年1月24日\n"
    )
    doc = parse_text(text, "notice.txt").documents[0]
    assert doc.issuers == (body,)


def test_a_body_named_before_what_it_announces_issues_the_announcement():
    """兰考 (h144): 〔2022〕第39号兰考县人民政府征收土地预公告 — no 关于: the body's name in full (as the registry writes
    it), then what it announces and 公告; the body is the issuer."""
    text = (
        "〔2023〕第12号通许县人民政府征收土地预公告\n打印 【字体:\n"
        "为保障通许县城市建设经济发展用地需求，根据《中华人民共和国土地管理法》等法律法规的规定，经县政府研究决定，"
        "拟报批通许县2023年度第五批乡镇建设用地，现发布征收土地预公告：\n一、拟征收土地的范围、权属\n"
        "宗地一：涉及城关镇东村、西村土地。\n二、拟征收土地的目的\n用于城市建设。\n"
        "三、自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。\n"
        "2023年10月31日\n"
    )
    doc = parse_text(text, "announcement.txt").documents[0]
    assert doc.title == "通许县人民政府征收土地预公告"
    assert doc.issuers == ("通许县人民政府",)


def test_an_announcement_head_over_lines_with_its_kind_letter_spaced_is_the_title_and_names_the_issuer():
    """石门 (h80): 石门县新型冠状病毒感染的 / 肺炎疫情防控指挥部 / 通 告 / (县疫情防控指挥部第1号) on a news site —
    the body's name over two lines, then its kind alone: one title, the body its issuer."""
    body = "澧县新型冠状病毒感染的肺炎疫情防控指挥部"
    text = (
        "澧县新型冠状病毒感染的\n肺炎疫情防控指挥部\n通 告\n(县疫情防控指挥部第2号)\n"
        "为全力做好新型冠状病毒感染的肺炎疫情防控工作，有效切断病毒传播途径，确保人民群众生命安全和身体健康，"
        "澧县成立了新型冠状病毒感染的肺炎疫情防控指挥部，建立了联防联控机制，通过全面排查、疫情监测、规范处置、"
        "现场监督、市场清理等措施，截至2020年1月24日12:00，澧县没有发现新型冠状病毒感染的肺炎病例。\n"
        "澧县新型冠状病毒感染的肺炎疫情防控指挥部办公室会随时公布相关信息，请公众不要信谣传谣。\n"
        "2020年1月24日\n来源:澧县疫情防控指挥部\n"
    )
    doc = parse_text(text, "notice.txt").documents[0]
    assert doc.title == body + "通告"
    assert doc.issuers == (body,)


@pytest.mark.parametrize(
    "notice, text_title",
    [  # 嘉定: a notice extending 《X》 prints X whole below its signature
        (
            "# 上海市某某区文物局关于延长《某某区文物保护暂行规定》有效期的通知\n\n各镇人民政府，区政府各委、办、局：\n\n"
            "经评估，《某某区文物保护暂行规定》需要继续实施，有效期延长至2026年11月1日。\n\n特此通知。\n\n"
            "上海市某某区文物局\n\n2024年10月31日\n\n",
            "某某区文物保护暂行规定",
        ),
        # 湖南 (h111): an untitled notice (its addressees first) revising 《X的通知》, X printed under its signature
        (
            "各市州金融办，各融资担保公司：\n为加强全省融资担保公司监管，根据有关规定，我局对《湖南省地方金融监督管理局"
            "关于印发<湖南省融资担保公司分类监管评级办法>的通知》（湘金监发〔2019〕12号）进行了修订，现印发给你们，"
            "请遵照执行。\n湖南省地方金融监督管理局\n2022年3月9日\n",
            "湖南省融资担保公司分类监管评级办法",
        ),
    ],
)
def test_a_text_printed_under_the_notice_that_names_it_takes_the_notices_issuers(notice, text_title):
    """A text with no issuers or number of its own, printed right under a notice that names it and that no
    TRANSMITS joins it to: the notice's issuers (嘉定, h111 湖南; h47 滨州)."""
    body = "第一章 总则\n第一条 为加强本区相关工作，根据有关法律法规，结合本区实际，制定本规定。\n第二条 本规定适用于本区。\n"
    text = notice + "\n" + text_title + "\n" + body
    docs = parse_text(text, "notice.md").documents
    assert len(docs) == 2 and docs[0].issuers
    assert docs[1].issuers == docs[0].issuers


def test_a_news_heading_naming_the_body_that_publishes_the_notice_names_its_issuer():
    """财政部 (h132): a report site's heading 财政部发布关于下达…的通知 over the notice's addressees — the body
    before 发布 is the notice's issuer."""
    text = (
        "水利部发布关于下达2021年水利发展资金预算的通知\n\n"
        "有关省、自治区、直辖市水利厅（局）：\n\n"
        "为支持水利工程建设，中央财政现下达你省2021年水利发展资金预算，请按有关规定使用。\n"
    )
    doc = parse_text(text, "news.txt").documents[0]
    assert doc.issuers == ("水利部",)


def test_a_report_titled_by_a_body_the_registry_does_not_know_is_that_bodys():
    """南县 (h47): 南县住房和城乡建设局2018年度整体支出绩效评价报告 — a body's report titled by its name, the body
    unknown to the registry but opening with its place and closing with a strong ending (…局)."""
    text = (
        "安乡县住房和城乡建设局2019年度整体支出\n绩效评价报告\n"
        "一、部门基本情况\n1、组织机构设置及人员情况：安乡县住房和城乡建设局为正科级行政单位，内设办公室、人事股、财计股、"
        "法规股、城市建设股、村镇建设股等股室。\n2、部门职能：负责全县住房和城乡建设管理工作，拟订有关政策并组织实施。\n"
        "二、部门整体支出情况\n2019年度部门整体支出共计1234万元，其中基本支出567万元，项目支出667万元。\n"
        "三、部门整体支出绩效情况\n本单位严格执行预算，资金使用规范，各项工作任务按时完成，城市建设管理水平明显提高，"
        "群众满意度进一步提升。\n四、存在的问题及原因分析\n预算编制不够细化，绩效目标设定不够具体。\n"
    )
    doc = parse_text(text, "report.txt").documents[0]
    assert doc.issuers == ("安乡县住房和城乡建设局",)
