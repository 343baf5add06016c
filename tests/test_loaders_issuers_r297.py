"""Issuers of the labelled set, r297 (2026-12-06): a page's byline whose value runs into the next label with no
space between (信息来源:X字号:[ ], h255 龙泉) names the issuer of a text that names none.  Each text is modelled on
a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

BODY = (
    "一、总则\n\n（一）编制目的\n\n为切实做好城市洪涝灾害的防范与处置工作，最大限度减少人员伤亡和财产损失，制定本预案。\n\n"
    "（二）适用范围\n\n本预案适用于本市城市范围内的河沟湖库洪水、山洪、暴雨渍涝洪水等灾害事件的防御和应急处置。\n\n"
    "（三）工作原则\n\n坚持以防为主、防抢结合；坚持因地制宜、突出重点；坚持统一指挥、统一调度；坚持服从大局、分工合作；"
    "坚持工程措施与非工程措施相结合，全面提高城市防御洪涝灾害的能力和水平。\n"
)


@pytest.mark.parametrize(
    "byline, issuers",
    [
        ("发布日期:2022-11-01访问次数: 信息来源:某某市自然资源局字号:[ ]", ("某某市自然资源局",)),  # (h255 龙泉)
        ("来源:某某市司法局发布时间:2022-01-05 浏览次数:12", ("某某市司法局",)),
        ("文章来源:某某县应急管理局作者:管理员", ("某某县应急管理局",)),
    ],
)
def test_a_byline_run_into_the_next_label_names_the_issuer(byline, issuers):
    text = f"某某市人民政府\n返回首页\n\n某某市防汛应急预案\n\n{byline}\n\n某某市防汛应急预案\n\n" + BODY
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == issuers
