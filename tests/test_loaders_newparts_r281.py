"""Short-form issuers written out by the page's 发布机构, an issued text titled without the notice's brackets, and
an untitled text opening with its purpose under a site's label (invented names, modelled on h250/h251 texts)."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# 发布机构 甲乙市司法局 over 市司法局 市人民调解员协会 关于…: each body of the publisher's city (h250 江阴)
PUBLISHER_ROWS = """市司法局
信息索引号 0123/2023-001 公开日期 2023-12-13
文件编号 公开时限 长期公开 发布机构 甲乙市司法局
公开形式 网站 公开方式 主动公开

市司法局 市人民调解员协会 关于开展甲乙市优秀调解员评选的通知

各司法所:

为推动人民调解工作发展,现就评选工作通知如下。

一、推荐范围
"""

# 关于印发《首届中国(丙地)某某方案》的通知 over a plan printed as 首届中国丙地某某方案 (h251 綦江)
BRACKETS_DROPPED = """甲市乙区商务委员会关于印发《首届中国(丙地)美食节消费券发放方案》的通知
各街道办事处,相关部门:
现将《首届中国(丙地)美食节消费券发放方案》印发给你们,请认真执行。
甲市乙区商务委员会
2023年11月28日
(此件公开发布)
首届中国丙地美食节
消费券发放方案
为提振消费,制定本方案。
一、活动时间
"""

# 全文 / 为贯彻落实《X》精神，… : an untitled text under a site's label (h251 普洱)
LABELLED_PURPOSE = """全文
为贯彻落实《国务院办公厅关于丁丁丁的意见》(国办发〔2019〕99号)精神,大力发展夜间经济,制定本方案。
一、总体要求
"""


@pytest.mark.parametrize(
    ("text", "line", "issuers", "date"),
    [
        (PUBLISHER_ROWS, 6, ("甲乙市司法局", "甲乙市人民调解员协会"), None),
        (BRACKETS_DROPPED, 7, ("甲市乙区商务委员会",), "2023-11-28"),
    ],
)
def test_issuers_and_date(text, line, issuers, date):
    docs = {d.source_line: d for d in parse_text(text, "page.txt").documents}
    d = docs[line]
    assert d.issuers == issuers
    assert (str(d.date) if d.date else None) == date


def test_issued_plan_without_brackets_is_transmitted():
    docs = parse_text(BRACKETS_DROPPED, "page.txt").documents
    assert [d.transmitted_by for d in docs] == [None, 0]


def test_untitled_text_under_site_label():
    docs = parse_text(LABELLED_PURPOSE, "page.txt").documents
    assert len(docs) == 1 and docs[0].source_line == 1
    assert [r.role.value if hasattr(r.role, "value") else r.role for r in docs[0].references] == ["IMPLEMENTS"]
