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


# a signer's line with no date under it: the text's last line under its last sentence (h123 湛江, a page that lost
# its title and date), or a line over a date whose characters an encoding lost (h61 大连: 2017??9?BR>)
UNDATED_SIGNATURE_CASES = [
    (
        "今年是某某城市创建开局之年，为营造浓厚的舆论宣传氛围，决定开展征文活动。现将有关事项通知如下：\n"
        "一、征文主题：全方位宣传报道全市文明创建中呈现的新气象、新风貌，总结推广各地经验做法。\n"
        "二、征文内容：围绕庆祝建党百年主题，凡涉及文明创建工作的新闻报道、言论、通讯、特写、散文等均可投稿。\n"
        "三、征文要求：某某日报开设固定专栏，每周不少于一个整版的用稿量，其中以有关文明创建的正面宣传为主。\n"
        "四、征文时间：从2021年4月1日起至9月底。征文评奖由市委宣传部组织专家评出一、二、三等奖共计30名。\n"
        "五、欢迎广大市民群众踊跃供稿，共同努力推进甲丁市文明创建工作。投稿邮箱：abc@example.cn。\n"
        "甲丁市精神文明建设委员会办公室\n",
        ("甲丁市精神文明建设委员会办公室",),
    ),
    (
        "关于印发《乙戊经济区实施河长制工作方案》的通知\n\n区直属各部门、各单位：\n"
        "    现将《乙戊经济区实施河长制工作方案》印发给你们，请认真贯彻实施?/P>\n\n"
        "                   乙戊经济区管理委员会办公室\n"
        "                           2017??9?BR>(此件公开发布?/P>\n",
        ("乙戊经济区管理委员会办公室",),
    ),
]


@pytest.mark.parametrize(("text", "issuers"), TOWN_CASES + UNDATED_SIGNATURE_CASES)
def test_a_towns_bodies_and_an_undated_signers_line_name_the_issuers(text, issuers):
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == issuers
