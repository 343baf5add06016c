"""Markdown pages of static sites (VuePress, Hugo, Jekyll): front matter, containers, attribute lists.

Law compendiums and blogs keep one document per page, its title only in the front matter, its
history note in a ``::: tip`` block, its signature in ``::: right``.  The rows are written for the test
in the shape those generators give (front matter keys of VuePress Hope, Hugo's TOML, Jekyll's YAML);
the documents are invented in the genre.
"""

from __future__ import annotations

import pytest

from policykg.loaders.flat import is_flat
from policykg.loaders.formats import unwrap_site_markdown

from factories import parse_docs

# VuePress (vuepress-theme-hope): YAML front matter, a history note in a tip, a table of contents in
# details with tabs left open, articles as HTML paragraphs with &emsp; indents
VUEPRESS_RULE = """---
title: 排污单位自行监测管理办法
shortTitle: 自行监测办法
icon: article
date: 2023-03-01
author: 原环境保护部
category:
  - 规章
tag:
  - 部门规章
---

::: tip 修订信息

（2022年12月20日生态环境部、市场监管总局令第31号公布&emsp;自2023年3月1日起施行）

:::

::: details 目录

::: tabs

@tab 章节

[[toc]]

@tab 条例

- 第1~3条：

  [1](#t1)&emsp;[2](#t2)&emsp;[3](#t3)

:::

## 第一章&emsp;总则{align="center"}

<p id="t1">&emsp;&emsp;<b>第一条</b>为规范排污单位自行监测，根据《中华人民共和国环境保护法》，制定本办法。</p>
<p id="t2">&emsp;&emsp;<b>第二条</b>本办法适用于排污单位的自行监测。</p>
<p id="t3">&emsp;&emsp;<b>第三条</b>本办法自2023年3月1日起施行。2009年发布的《排污单位监测暂行规定》同时废止。</p>

::: warning 原文链接

<https://www.example.gov.cn/rule.html>

:::
"""

# Hugo: TOML front matter, a letter whose body never prints its title, the signature at the foot
HUGO_LETTER = """+++
title = "关于排污许可证延续有关问题的复函"
date = 2021-06-01
tags = ["复函"]
+++

山东省生态环境厅：

你厅《关于排污许可证延续有关问题的请示》收悉。经研究，根据《排污许可管理条例》，函复如下。

排污许可证有效期届满前申请延续的，按照原许可事项审查。

特此函复。

生态环境部办公厅

2021年6月1日
"""

# Jekyll: YAML front matter whose title the body prints again as its heading (one document, not two)
JEKYLL_NOTICE = """---
layout: post
title: "苏州市财政局关于做好2024年预算执行工作的通知"
categories: [通知]
---

# 苏州市财政局关于做好2024年预算执行工作的通知

苏财预〔2024〕3号

各区财政局：

根据《中华人民共和国预算法》，现就有关事项通知如下。

苏州市财政局

2024年1月8日
"""


@pytest.mark.parametrize(
    "page,line,printed",
    [
        (VUEPRESS_RULE, 2, "# 排污单位自行监测管理办法"),  # the title stays on its line, as a Markdown title
        (VUEPRESS_RULE, 5, ""),  # date: the site's date, not the document's
        (VUEPRESS_RULE, 15, "（2022年12月20日生态环境部、市场监管总局令第31号公布\u2003自2023年3月1日起施行）"),
        (VUEPRESS_RULE, 13, ""),  # ::: tip fence
        (VUEPRESS_RULE, 25, ""),  # [[toc]]
        (VUEPRESS_RULE, 31, ""),  # article links of the table of contents
        (VUEPRESS_RULE, 35, "## 第一章\u2003总则"),  # attribute list dropped
        (HUGO_LETTER, 2, "# 关于排污许可证延续有关问题的复函"),
        (HUGO_LETTER, 4, ""),
        (JEKYLL_NOTICE, 3, ""),  # the body prints the title: the front matter's is dropped
        (JEKYLL_NOTICE, 7, "# 苏州市财政局关于做好2024年预算执行工作的通知"),
    ],
)
def test_site_markdown_keeps_what_the_document_printed(page, line, printed):
    out = unwrap_site_markdown(page)
    assert len(out.splitlines()) == len(page.splitlines())  # line numbers stay
    assert out.splitlines()[line - 1] == printed


@pytest.mark.parametrize(
    "text",
    [
        "标题: 关于X的通知\n文号: 沪府〔2024〕1号",  # a portal table: read by loaders.portal
        "---\n标题: 关于X的通知\n文号: 沪府〔2024〕1号\n---\n# 关于X的通知",  # front matter keyed in Chinese
        "河南省人民政府关于X的通知\n豫政〔2024〕1号\n各市人民政府：\n比例为3:2。",
        "# 中华人民共和国X法\n\n2024年1月1日通过\n\n<!-- INFO END -->\n第一条 …",
    ],
)
def test_texts_without_site_markup_are_unchanged(text):
    assert unwrap_site_markdown(text) == text


def test_escaped_angle_brackets_round_a_title_are_a_nested_title():
    line = "根据《关于修改&lt;甲省大气污染防治条例&gt;等十项法规的决定》修正，浓度&lt;50"
    assert unwrap_site_markdown(":::\n" + line).splitlines()[1] == (
        "根据《关于修改〈甲省大气污染防治条例〉等十项法规的决定》修正，浓度＜50"
    )


@pytest.mark.parametrize(
    "page,expected,cited",
    [
        (
            VUEPRESS_RULE,
            ("排污单位自行监测管理办法", "生态环境部、市场监管总局令第31号", 2, "2022-12-20"),
            {("中华人民共和国环境保护法", "BASED_ON"), ("排污单位监测暂行规定", "SUPERSEDES")},
        ),
        (
            HUGO_LETTER,
            ("关于排污许可证延续有关问题的复函", "None", 2, "2021-06-01"),
            {("关于排污许可证延续有关问题的请示", "CITES"), ("排污许可管理条例", "BASED_ON")},
        ),
        (
            JEKYLL_NOTICE,
            ("苏州市财政局关于做好2024年预算执行工作的通知", "苏财预〔2024〕3号", 7, "2024-01-08"),
            {("中华人民共和国预算法", "BASED_ON")},
        ),
    ],
    ids=["vuepress-rule", "hugo-letter", "jekyll-notice"],
)
def test_a_site_page_is_one_document_with_its_header(page, expected, cited):
    (d,) = parse_docs(page, "page.md")
    assert (d.title, str(d.doc_number), d.source_line, d.date) == expected
    assert {(r.title, r.role) for r in d.references} == cited


@pytest.mark.parametrize(
    "line,flat",
    [
        # a definition quoting a number leaves its bracket open before the number: no flattened title
        (
            "“有害物质”指《最高人民法院关于审理甲案件适用法律若干问题的解释》（法释〔2019〕8号）第二条所列物质，"
            "以及列入《乙名录》的物质，其认定按照有关规定执行，具体由主管部门负责解释和说明。" * 2,
            False,
        ),
        # a law named with the date it took effect, inside an article: no title run into its passing note
        (
            "2014年修订的新环境保护法（自2015年1月1日起施行）第六十一条规定：建设单位未依法提交建设项目环境影响"
            "评价文件或者环境影响评价文件未经批准，擅自开工建设的，责令停止建设，处以罚款，并可以责令恢复原状。",
            False,
        ),
    ],
)
def test_long_article_lines_of_a_site_page_are_not_flattened_documents(line, flat):
    assert is_flat(line) is flat


# A rule's attachments as a site lists them: links to files, each named 附件N-title.ext (VuePress),
# or a Hugo page's list of downloads; the text's mention of its own attachment is no reference.
@pytest.mark.parametrize(
    "attachments",
    [
        '::: info 附件：\n\n- [附件1-甲省生态环境轻微违法行为目录.pdf](/static/pdf/a1.pdf){target="_blank"}\n\n:::',
        "附件：[1. 甲省生态环境轻微违法行为目录.docx](https://example.org/a1.docx)",
    ],
    ids=["vuepress-info-links", "hugo-download-list"],
)
def test_a_rules_own_listed_attachment_is_no_reference(attachments):
    page = VUEPRESS_RULE.replace(
        "本办法适用于排污单位的自行监测。", "符合《甲省生态环境轻微违法行为目录》情形的，不予处罚。"
    ).replace("::: warning 原文链接", attachments + "\n\n::: warning 原文链接")
    (d,) = parse_docs(page, "page.md")
    assert "甲省生态环境轻微违法行为目录" not in {r.title for r in d.references}


# A crawl's front matter keyed in Chinese is a portal table (policykg.loaders.portal): its 发布单位 and
# 发布日期 fill what the text leaves open (an unsigned notice), never what it prints.
FRONT_MATTER_NOTICE = """---
标题: 关于印发《甲区防汛应急预案》的通知
文号: 甲应急〔2025〕3号
发布单位: {issuer}
发布日期: 2025-03-10
---

# 关于印发《甲区防汛应急预案》的通知

各街道办事处：

现将《甲区防汛应急预案》印发给你们，请认真按照执行。
{signature}"""


@pytest.mark.parametrize(
    "issuer,signature,expected",
    [
        ("上海市虹口区应急管理局", "", (("上海市虹口区应急管理局",), "2025-03-10")),  # unsigned: the table's
        ("杭州市西湖区应急管理局", "", (("杭州市西湖区应急管理局",), "2025-03-10")),
        (
            "上海市虹口区应急管理局",
            "\n上海市虹口区应急管理局\n\n2025年3月6日\n",
            (("上海市虹口区应急管理局",), "2025-03-06"),
        ),
    ],
    ids=["shanghai-unsigned", "hangzhou-unsigned", "signed-date-wins"],
)
def test_front_matter_fields_fill_an_unsigned_notice(issuer, signature, expected):
    (d,) = parse_docs(FRONT_MATTER_NOTICE.format(issuer=issuer, signature=signature), "notice.md")
    assert (d.issuers, d.date) == expected


# The history note right under a Markdown title names what amended the rule: cited, not its basis
@pytest.mark.parametrize(
    "note,cited",
    [
        (
            "（2004年5月27日甲部、乙部令第21号发布　根据2010年12月22日《甲部关于废止、修改部分规章的决定》修正）",
            "甲部关于废止、修改部分规章的决定",
        ),
        (
            "（2000年5月26日丙省人民代表大会常务委员会通过　根据2018年11月29日丙省人民代表大会常务委员会"
            "《关于修改&lt;丙省环境保护条例&gt;等十三项地方性法规的决定》第一次修正）",
            "关于修改《丙省环境保护条例》等十三项地方性法规的决定",  # nested marks as references keep them
        ),
    ],
)
def test_history_note_under_a_markdown_title_cites_the_amending_decision(note, cited):
    page = VUEPRESS_RULE.replace(
        "（2022年12月20日生态环境部、市场监管总局令第31号公布&emsp;自2023年3月1日起施行）", note
    )
    (d,) = parse_docs(page, "page.md")
    assert (cited, "CITES") in {(r.title, r.role) for r in d.references}


# A law compendium's front matter keyed in ASCII names the body that made the text as its ``author``
# (原…: its former name): the issuer of a rule that prints no signature; a list (…等) or a person is not
# read, and a signature in the text wins (cee 广东, 环境保护部 pages; h138 广东).
COMPENDIUM_RULE = """---
title: 甲省行政执法公示办法
icon: article
date: 2021-05-21
author: {author}
category:
  - 规章
---

# 甲省行政执法公示办法

第一条　为了规范行政执法公示工作，根据《中华人民共和国行政处罚法》，制定本办法。

第二条　本办法自2021年7月1日起施行。
{signature}"""


@pytest.mark.parametrize(
    "author,signature,expected",
    [
        ("甲省人民政府", "", ("甲省人民政府",)),
        ("原乙部", "", ("乙部",)),  # the body under its former name
        ("甲省人民政府等", "", ()),  # a list cut short: not read
        ("张三", "", ()),  # a person, not a body
        ("甲省人民政府", "\n甲省司法厅\n2021年5月21日\n", ("甲省司法厅",)),  # the text's own signature wins
    ],
    ids=["province", "former-name", "list-cut-short", "person", "signature-wins"],
)
def test_a_compendiums_front_matter_author_is_an_unsigned_rules_issuer(author, signature, expected):
    (d,) = parse_docs(COMPENDIUM_RULE.format(author=author, signature=signature), "rule.md")
    assert d.title == "甲省行政执法公示办法"
    assert d.issuers == expected
