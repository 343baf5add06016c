"""Documents missed on the unseen set, sixth round (r106): texts the parser did not split off, each modelled on a
failing source with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# A law site's page (h103 山西, EHS platform): the notice's title among page furniture and record rows, the
# addressees, the issuing sentence, the signature and date, then the issued plan's title over its contents.
LAW_SITE_PAGE = """欢迎来到某某平台! 设为首页 收藏
某某法规网 法规首页 某某省人民政府关于印发某某省“十四五”森林防火体系建设规划的通知

某某省人民政府关于印发某某省“十四五”森林防火体系建设规划的通知

收藏

下载法规

我要纠错

条款摘要

资料来自公开网络,仅提供网友学习讨论使用

原文版权归原版权人拥有

发文字号:某政发〔2021〕12号

颁布部门:某某省人民政府

法律效力:地方规范性文件

颁布日期:2021-06-10生效日期:2021-06-10

各市、县人民政府,省人民政府各委、办、厅、局:

  现将《某某省“十四五”森林防火体系建设规划》印发给你们,请认真贯彻执行。

  某某省人民政府
  2021年6月10日

某某省“十四五”森林防火体系建设规划

  目录

  一、形势分析   4

  二、总体要求   6

  一、形势分析

  “十三五”时期,全省森林防火工作取得明显成效,森林火灾次数和受害面积大幅下降,依据《森林防火条例》,全省建成了覆盖各地的监测网络,扑救能力显著提升。
"""


def test_a_whole_file_notice_keeps_the_text_it_issues_below_its_signature():
    """A page the segmenter reads as one text (h103 山西, h61 大连, h49 曲水): the plan printed under the
    notice's signature is a document of its own, transmitted by the notice."""
    docs = parse_text(LAW_SITE_PAGE, "page.txt").documents
    assert [d.title for d in docs][1:] == ["某某省“十四五”森林防火体系建设规划"]
    assert docs[1].transmitted_by == 0
    assert docs[1].source_line == LAW_SITE_PAGE.splitlines().index("某某省“十四五”森林防火体系建设规划") + 1


def test_an_interpretation_read_as_one_text_issues_nothing():
    """解读《关于公布X清单的通知》 (h151 柴桑): the list it names is the notice's, no text the 解读 prints."""
    text = (
        "解读《关于公布某某区一件事“一链办理”事项清单的通知》\n\n一、出台背景\n\n"
        + "为深化放管服改革，推进一件事一次办，制定本清单，方便群众办事。" * 8
        + "\n\n某某区行政审批局\n2020年10月20日\n\n某某区一件事“一链办理”事项清单\n\n"
        + "一、开办餐饮店一件事，涉及营业执照、食品经营许可等事项，由区行政审批局办理。\n" * 6
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1


def test_addressees_that_lost_their_colon_over_the_issuing_sentence_anchor_the_notice():
    """区政府各委、办、局,…各街办事处、镇政府 with no colon, 《X》已经…审议通过,现予印发 under it (h105 浦东, the number
    and the date damaged): the notice above is found, the rules it issues below it."""
    text = (
        "某某新区人民政府关于印发《某某新区人民政府工作规则》的通知\n\n索引号 AB-310115-2022-00371\n\n"
        "文件编号 某府〔2022〕1号\n\n发布机构 区政府\n\n某府〔20221\n\n\n"
        "某某新区人民政府关于印发\n\n《某某新区人民政府工作规则》的通知\n\n \n\n"
        "区政府各委、办、局,各管理局(管委会),各直属企业,各街办事处、镇政府\n\n"
        "《某某新区人民政府工作规则》已经1月5日召开的区政府第1次常务会议审议通过,现予印发。\n\n"
        "             2022128\n\n(此件公开发布)\n\n某某新区人民政府工作规则\n\n第一章总则\n\n"
        + "一、区政府工作的指导思想是,依法履行职责,建设人民满意的政府。\n"
        * 5
    )
    docs = parse_text(text, "page.txt").documents
    lines = text.splitlines()
    notice = next(d for d in docs if d.title == "某某新区人民政府关于印发《某某新区人民政府工作规则》的通知")
    assert notice.source_line == lines.index("某某新区人民政府关于印发") + 1


def test_a_notice_title_over_the_title_of_the_text_it_issues_is_a_document_of_its_own():
    """某某省人民政府 关于印发某某省X三年行动计划的通知 / 某某省X三年行动计划 / 为认真贯彻落实… (h73 山西, a company's
    page that kept the notice's title but lost its text): two documents, the plan transmitted by the notice."""
    text = COMPANY_PAGE
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "某某省人民政府关于印发某某省打赢净土保卫战三年行动计划的通知",
        "某某省打赢净土保卫战三年行动计划",
    ]
    assert docs[1].transmitted_by == 0
    assert [d.source_line for d in docs] == [3, 5]


# A company's page reprinting a plan (h73 山西): its name, the notice's title, the plan's title, the plan's text
# hard-wrapped with its numbers cut
COMPANY_PAGE = """某某县某某沟煤业有限公司

某某省人民政府 关于印发某某省打赢净土保卫战 三年行动计划的通知

某某省打赢净土保卫战三年行动计划

为认真贯彻落实中共中央、国务院《关于全面加强生态环境保

护坚决打好污染防治攻坚战的意见》(中发〔

2018 〕 17 号)、《国务院

关于印发打赢净土保卫战三年行动计划的通知》(国发〔

2018 〕 22

号)精神,坚决打赢某某省净土保卫战,制定本行动计划。

一、总体要求

"""


def test_a_site_heading_cut_short_over_the_same_title_in_full_is_no_part_of_it():
    """关于印发《中共某某区委、某某区人民 / 关于印发《中共某某区委、某某区人民政府关于…的 / 指导意见》等3个文件的通知
    (h83 滨海): the site's heading cut short, then the title over two lines — the title is the two lines."""
    text = (
        "关于印发《中共某某区委、某某区人民\n"
        "关于印发《中共某某区委、某某区人民政府关于促进数字产业发展的\n"
        "指导意见》等3个文件的通知\n"
        "各街镇,区级各部门:\n"
        "《中共某某区委、某某区人民政府关于促进数字产业发展的指导意见》等3个文件已经区委、区政府同意,现印发给你们,"
        "请结合实际认真贯彻执行。\n"
        "中共某某区委员会\n某某区人民政府\n2016年2月22日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于印发《中共某某区委、某某区人民政府关于促进数字产业发展的指导意见》等3个文件的通知"
    assert doc.source_line == 2


def test_a_mirror_sites_bracketed_posting_line_lies_between_a_title_and_its_addressees():
    """关于印发《X》的通知 / 【编辑日期:2018-03-13】 【来源:】 【关闭】 / 各乡(镇)人民政府,县级各部门: (h90 九寨沟):
    the bracketed items are the page's posting line, the notice is found from its addressees."""
    text = MIRROR_PAGE
    docs = parse_text(text, "page.txt").documents
    assert docs[0].title == "某某县人民政府办公室关于印发《某某县森林火灾应急预案》的通知"
    assert docs[0].source_line == 3


# A county page copied by a mirror site (h90 九寨沟): breadcrumb, title, bracketed posting line, addressees, one
# sentence, the signature and a date without 日, the plan's title over its contents
MIRROR_PAGE = """当前位置: 首页 > 阳光政务 > 政府文件

某某县人民政府办公室关于印发《某某县森林火灾应急预案》的通知

【编辑日期:2018-03-13】 【来源:】 【关闭】

各乡(镇)人民政府,县级各部门:

《某某县森林火灾应急预案》已经县人民政府同意,现印发你们,请认真贯彻执行。



                  某某县人民政府办公室

                  2018年3月13



某某县森林火灾应急预案



第一章 总则

1.1定义

1.2指导思想

1.3编制目的

"""
