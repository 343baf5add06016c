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
