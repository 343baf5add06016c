"""Issuers of the unseen set, fourteenth round (r136).  Each text is modelled on a failing part of the set, with
other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# a town's bodies named in the title by the town alone, the page's 发布机构 naming the town with its county
# (h68 高台: 发布机构 / 高台县城关镇 under 中共城关镇委员会 城关镇人民政府关于…; h68 沂源: 发布机构: 沂源县大张庄镇人民政府
# over 大张庄镇人民政府 / 关于印发《…》的通知): each body with the county written in before the town
TOWN_CASES = [
    (
        "您的位置: 首页>>政府信息公开>>各镇政府信息公开>>乙丙镇>>主动公开文件\n\n"
        "中共乙丙镇委员会 乙丙镇人民政府关于印发乙丙镇突发事件综合应急预案的通知\n\n"
        "字体:【 打印\n索引号\n620799077/2024-00039\n文号\n关键词\n发布机构\n甲安县乙丙镇\n公开形式\n主动公开\n"
        "责任部门\n乙丙镇人民政府\n生成日期\n2024-05-23 15:48:33\n是否有效\n\n"
        "各村（社区）：\n现将《乙丙镇突发事件综合应急预案》印发给你们，请认真贯彻执行。\n\n"
        "中共乙丙镇委员会\n乙丙镇人民政府\n2024年5月20日\n",
        ("中共甲安县乙丙镇委员会", "甲安县乙丙镇人民政府"),
    ),
    (
        "甲安县丁戊镇人民政府\n标题: 甲安县丁戊镇森林火灾应急预案\n索引号: 113799230045260699/2021-None 文号:\n"
        "发文日期: 2021-09-20 发布机构: 甲安县丁戊镇人民政府\n\n甲安县丁戊镇森林火灾应急预案\n\n发布日期:2021-09-20\n\n"
        "丁戊镇人民政府\n\n关于印发《丁戊镇2021年度森林火灾应急预案》的通知\n\n各管区、镇直各部门：\n"
        "现将《丁戊镇2021年度森林火灾应急预案》印发给你们，请认真贯彻执行。\n\n丁戊镇人民政府\n\n2021年9月18日\n",
        ("甲安县丁戊镇人民政府",),
    ),
]


@pytest.mark.parametrize(("text", "issuers"), TOWN_CASES)
def test_a_towns_bodies_take_the_county_the_pages_publisher_names(text, issuers):
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == issuers
