"""Documents a text holds, third round (r21): rules found on the failures of the unseen set's parts up to
h156.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


@pytest.mark.parametrize("control", ["字号:[ ]"])
def test_a_font_size_control_between_title_and_addressees_keeps_the_notice(control):
    """某某区人民政府关于印发《X》的通知 / 字号:[ ] / 各街道办事处: — the page's font-size buttons under the title
    are no break (h104 西山)."""
    title = "某某市某某区人民政府关于印发《关于推进健康某某行动的实施方案》的通知"
    text = (
        "某某市某某区人民政府 www.example.gov.cn\n\n政府信息公开\n\n政府信息公开指南\n政府信息公开制度\n\n\n"
        f"{title}\n\n\n{control}\n\n各街道办事处,区政府各办局、直属机构:\n\n"
        "《关于推进健康某某行动的实施方案》已经区政府同意,现印发给你们,请认真抓好贯彻落实。\n\n"
        "2021年1月14日\n\n(此件公开发布)\n\n\n关于推进健康某某行动的实施方案\n\n"
        "为贯彻落实有关精神,提高全民健康水平,现提出如下实施方案。\n\n一、总体要求\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert title in titles
