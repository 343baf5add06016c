"""A crawl that stores each page as one line (flat layout), a page opening with its portal's furniture — an
accessibility bar (无障碍浏览 长者模式), a breadcrumb (当前位置：首页>…>应急预案), a posting field
(•发布机构：…) — and then the page's title with no number or addressee under it: the title opens its document.

The furniture is a closed vocabulary of Chinese government portals; the first piece of the line that reads as a
title right after such a piece is the page's heading, wherever the page runs on after it (a plan's 1总则, the
page's posting fields, an announcement's text).  (A plan whose text opens with its numbered first section, 1总则
1.1编制目的, is not found even with its title set as a heading — segmentation's, not read here.)
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

_SENTENCES = "".join(
    f"{k}、各部门要按照职责分工，加强协调配合，认真抓好各项任务的落实，确保工作取得实效。 " for k in "一二三四五六七八"
)

# (a notice's page stored with one space where each printed line ended: the crawl's first page)
SPACED_NOTICE = (
    "甲市人民政府办公室关于做好2024年春季森林防火工作的通知 甲政办〔2024〕12号 各县（区）人民政府，市人民政府各部门： "
    "当前我市已进入春季森林防火关键期，经市政府同意，现就有关事项通知如下： "
    + _SENTENCES
    + "甲市人民政府办公室 2024年3月5日"
)
# (an accessibility bar over a plan's title, the plan's text right under it: no number, no addressee)
BAR_PLAN = (
    "无障碍浏览 长者模式 乙县森林火灾应急预案 "
    "为建立健全森林火灾应急机制，依法有力有序有效处置森林火灾，最大限度减少人员伤亡和财产损失，制定本预案。 "
    + _SENTENCES
)
# (a breadcrumb over an announcement's title, the page's posting fields between the title and its text)
BREADCRUMB_NOTICE = (
    "您当前的位置:首页>政务公开>重点领域信息公开>应急管理 丙县人民政府关于划定高污染燃料禁燃区的通告 "
    "时间:2024-03-0809:43:33来源:丙县应急局 "
    "为进一步加强大气污染防治，改善环境空气质量，保障人民群众身体健康，现就划定高污染燃料禁燃区有关事项通告如下。 "
    + _SENTENCES
)


def test_title_after_accessibility_bar_opens_its_document():
    """(无障碍浏览 | 长者模式 | X应急预案 | 为…: a plan's page under a spaced notice, flat layout)"""
    text = (
        "\n".join([SPACED_NOTICE, BAR_PLAN, SPACED_NOTICE.replace("甲市", "丁市").replace("甲政办", "丁政办")]) + "\n"
    )
    titles = [d.title for d in parse_text(text, "crawl.txt").documents]
    assert "乙县森林火灾应急预案" in titles
    assert titles.count("丁市人民政府办公室关于做好2024年春季森林防火工作的通知") == 1


def test_title_after_breadcrumb_opens_its_document():
    """(当前位置：首页>…>应急管理 | X的通告 | 时间：…来源：… | text, pages stored with spaces, flat layout)"""
    text = "\n".join([SPACED_NOTICE, BAR_PLAN, BREADCRUMB_NOTICE]) + "\n"
    docs = parse_text(text, "crawl.txt").documents
    found = {d.title: d for d in docs}
    assert "丙县人民政府关于划定高污染燃料禁燃区的通告" in found
    assert found["丙县人民政府关于划定高污染燃料禁燃区的通告"].source_line == 3
