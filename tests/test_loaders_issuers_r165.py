"""Issuers of the unseen set, round r165: a law database's notice known by its number alone, and a national law a
local site reposts.  Each text is modelled on a failing text of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

LAW_DATABASE_NOTICE = """---
title: "关于某某职工补贴标准问题的通知"
status: "废止或失效"
category: "某某部"
---
# 关于某某职工补贴标准问题的通知

{number}

<!-- INFO END -->

各省、自治区、直辖市民政厅（局）：

　　根据有关规定，现就某某补贴标准通知如下：

## 一、标准

某某补贴按月发放。
"""


@pytest.mark.parametrize(
    ("number", "issuers"),
    [
        # 劳社部发[2008]3号 under a law database's Markdown heading, no passing line, no body in the title (h170
        # 劳动和社会保障部): the body whose prefix the number carries
        ("民发〔2011〕3号", ("民政部",)),
        ("教发[2010]5号", ("教育部",)),
    ],
)
def test_a_law_database_notice_known_by_its_number_is_the_prefix_bodys(number, issuers):
    doc = parse_text(LAW_DATABASE_NOTICE.format(number=number), "page.md").documents[0]
    assert doc.issuers == issuers


@pytest.mark.parametrize(
    "title",
    [
        # 发布机构：武汉市工商局 / 名称：中华人民共和国反不正当竞争法 (h174 武汉): a city bureau's page reposting a national
        # law publishes it; the law is no text of the bureau
        "中华人民共和国某某行为法",
        "中华人民共和国某某登记管理条例",
    ],
)
def test_a_national_law_on_a_local_page_takes_no_issuer_from_the_publisher(title):
    text = (
        f"索引号：Abcd-16-02-010\n发布机构：甲市乙区市场监督管理局\n名称：{title}\n\n{title}\n"
        "第一条 　　为了规范某某行为，保护经营者和消费者的合法权益，制定本法。\n"
        "第二条 　　经营者在生产经营活动中，应当遵循自愿、平等、公平、诚信的原则。\n"
        "第三条 　　各级人民政府应当采取措施，制止某某行为。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title
    assert doc.issuers == ()
