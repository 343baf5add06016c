"""Issuers a page prints outside its text: a portal table's row of labels without colons whose 发布机构 stands
between other labels (公开方式 … 发布机构 … 责任部门 …, h57 盐池), and a page's byline (来源: / 作者: / 来自:)
naming the bodies of a text that names none (h82 苏州, h126 云县, h131 安徽, h95 合肥).  Each text is modelled
on the failing source with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields

PLAN = (
    "一、总则\n\n（一）编制目的\n\n为切实做好城市洪涝灾害的防范与处置工作，最大限度减少人员伤亡和财产损失，制定本预案。\n\n"
    "（二）适用范围\n\n本预案适用于本县城市范围内的河沟湖库洪水、山洪、暴雨渍涝洪水等灾害事件的防御和应急处置。\n\n"
    "（三）工作原则\n\n坚持以防为主、防抢结合；坚持因地制宜、突出重点；坚持统一指挥、统一调度；坚持服从大局、分工合作；"
    "坚持工程措施与非工程措施相结合，全面提高城市防御洪涝灾害的能力和水平。\n"
)


def test_a_row_of_labels_without_colons_ends_the_publisher_at_the_next_label():
    """公开方式 主动公开 发布机构 X 责任部门 X (h57 盐池): the 发布机构 is X alone, the row read as labels."""
    text = (
        "当前位置: 首页>政务公开>应急管理\n\n某某县城市防洪预案\n\n"
        "索引号 640399015/2020-00011 文号 生成日期 2020-06-30\n"
        "公开方式 主动公开 发布机构 某某县水务局 责任部门 某某县水务局\n\n"
        "某某县城市防洪预案\n\n" + PLAN
    )
    assert read_portal_fields(text).issuer == "某某县水务局"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("某某县水务局",)


@pytest.mark.parametrize(
    "byline, issuers",
    [
        ("来源: 作者:某某县应急局  时间:2020-08-21 点击率:打印 】【 关闭", ("某某县应急局",)),  # (h126 云县)
        ("来源:某某市司法局   发布日期:2021-03-16 10:55   访问量:", ("某某市司法局",)),  # (h82 苏州)
        ("来源 : 某某市财政局、某某市民政局", ("某某市财政局", "某某市民政局")),  # (h95 合肥)
    ],
)
def test_a_byline_under_the_title_names_the_issuers_of_a_text_that_names_none(byline, issuers):
    text = f"某某县人民政府\n返回首页\n\n某某县防汛应急预案\n\n{byline}\n\n某某县防汛应急预案\n\n" + PLAN
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == issuers


@pytest.mark.parametrize(
    "byline",
    [
        "来源:某某市发展改革委微信公众号 | 作者:管理员 | 发布时间: 2023-04-12",  # a site's account (h132)
        "来源:某某县人民政府网站   发布日期:2021-03-16",  # a site
    ],
)
def test_a_byline_naming_a_site_or_account_names_no_issuer(byline):
    text = f"某某县防汛应急预案\n{byline}\n\n" + PLAN
    assert parse_text(text, "page.txt").documents[0].issuers == ()


def test_a_byline_under_a_table_naming_its_publisher_names_no_issuer():
    """发布机构 a town's government in the table, 来源 the county's bureau that posted the text (h63 绩溪): the
    byline is the poster, not the issuer."""
    text = (
        "索引号: 11341700000000000Y/202006-00018 组配分类: 应急预案\n"
        "发布机构: 某某县某某镇人民政府 主题分类: 其他\n"
        "名称: 关于印发某某县防汛应急预案的通知 文号:\n"
        "生成日期: 2020-06-19 发布日期: 2020-06-19\n"
        "关于印发某某县防汛应急预案的通知\n"
        "发布时间:2020-06-19 14:45 来源:某某县应急管理局 浏览次数: 字体:[ ]\n\n"
        "关于印发某某县防汛应急预案的通知\n\n各乡镇人民政府：\n\n《某某县防汛应急预案》已修订，经县政府同意，现印发给你们，"
        "请结合实际认真贯彻执行。\n\n2020年6月17日\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title.startswith("关于印发"))
    assert "某某县应急管理局" not in doc.issuers
