"""Gazettes and compilations that print their texts back to back under a 目录 (robustness bench, gazette and
compilation layouts): where each text starts when nothing but its title marks it.  The publications are
written for these tests in the genre, with other names and numbers than the failing ones."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

NOTICE = """某某县人民政府办公室
关于印发某某县2024年度重大行政决策事项目录的通知
某政办发〔2024〕7号
各乡镇人民政府，县政府各部门：
《某某县2024年度重大行政决策事项目录》已经县政府同意，现印发给你们，请认真组织实施。
附件：某某县2024年度重大行政决策事项目录
某某县人民政府办公室
2024年5月20日
（此件公开发布）"""

PLAN = """某某县乡村振兴战略规划（2018~2022年）
前 言
实施乡村振兴战略，是决胜全面建成小康社会的重大历史任务。本规划是指导全县实施乡村振兴战略的行动纲领。
第一章 发展基础
全县农业农村发展取得显著成就，农民收入持续增长。"""

CONSULTATION = """关于向社会公开征求《某某县矿产资源总体规划（2021-2025年）》（征求意见稿）意见的公告
根据自治区自然资源厅的统一部署，我局组织编制了《某某县矿产资源总体规划（2021-2025年）》（征求意见稿），现向社会公开征求意见。
某某县自然资源局
2022年5月12日"""

PLAN_TITLE = "某某县乡村振兴战略规划（2018~2022年）"
CONSULTATION_TITLE = "关于向社会公开征求《某某县矿产资源总体规划（2021-2025年）》（征求意见稿）意见的公告"
NOTICE_TITLE = "某某县人民政府办公室关于印发某某县2024年度重大行政决策事项目录的通知"


def _gazette() -> str:
    return f"""某某市人民政府公报
2024年第5号（总第405号）
目  录
【政府办公厅文件】
{NOTICE_TITLE}……………………（2）
【部门文件】
{PLAN_TITLE}……………………（3）
关于向社会公开征求《某某县矿产资源总体规划（2021-2025年）》
（征求意见稿）意见的公告……………………（5）

【政府办公厅文件】
{NOTICE}
【部门文件】
{PLAN}
{CONSULTATION}
"""


def _compilation() -> str:
    return f"""惠企政策汇编
（2024年版）
目  录
第一部分 县区政策
1. {NOTICE_TITLE}..... 1
2. {PLAN_TITLE}..... 2
3. {CONSULTATION_TITLE}..... 4

第一部分 县区政策

{NOTICE}

{PLAN}

{CONSULTATION}
"""


@pytest.mark.parametrize("layout", [_gazette, _compilation])
def test_a_title_the_contents_list_starts_a_text_with_no_number_under_it(layout):
    # (a plan after the last text's signature and date, or after a section label 【部门文件】, gazette and
    # compilation layouts): the 目录 lists its title, so the title printed in the body starts a document, and the
    # text above keeps its own signature
    docs = {d.title: d for d in parse_text(layout(), "gazette.txt").documents}
    assert PLAN_TITLE in docs and CONSULTATION_TITLE in docs
    assert docs[NOTICE_TITLE].issuers == ("某某县人民政府办公室",)
    assert str(docs[NOTICE_TITLE].doc_number) == "某政办发〔2024〕7号"
    assert docs[CONSULTATION_TITLE].date == "2022-05-12"
    assert docs[PLAN_TITLE].doc_number is None


def test_a_rule_printed_again_under_its_decree_is_one_document():
    # (a decree's sentence, signer and date between the rule's title and the same title over its articles,
    # compilation layout): the second copy, listed in the 目录, is no document of its own
    text = """法规汇编
目  录
1.某某基金监督管理条例..........9
某某基金监督管理条例
《某某基金监督管理条例》已经2023年6月16日国务院第8次常务会议通过，现予公布，自2023年9月1日起施行。
总理 某某
2023年7月3日
某某基金监督管理条例
第一章 总则
第一条 为了规范某某基金业务活动，保护投资者合法权益，制定本条例。
第二条 本条例自2023年9月1日起施行。
"""
    titles = [d.title for d in parse_text(text, "compilation.txt").documents]
    assert titles.count("某某基金监督管理条例") == 1


def test_a_listed_title_printed_over_the_metadata_table_and_again_over_the_text_is_one_document():
    # (a page's heading, its metadata cells, then the same title over the text, gazette layout): the 目录's title
    # matches the heading too, but the document is the one found at the lower copy — and a decree's rule printed
    # again over its articles is the decree's
    from policykg.loaders.segment import Span, _title_again
    from policykg.vocab import AnchorKind

    lower = Span("某某县人民政府议事规则", 18, 18, 18, AnchorKind.ARTICLES)
    decree = Span("某某基金监督管理条例", 3, 3, 4, AnchorKind.ORDER)
    assert _title_again([lower], 6, "某某县人民政府议事规则")
    assert _title_again([decree], 9, "某某基金监督管理条例")
    assert not _title_again([lower], 6, "某某县人民政府会议规则")
    assert not _title_again(
        [Span("某某县人民政府议事规则", 60, 60, 60, AnchorKind.ARTICLES)], 6, "某某县人民政府议事规则"
    )
