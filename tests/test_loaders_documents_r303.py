"""Documents of the unseen set (r303, 2026-12-06): a site's headline over the text's own, shorter copy of its title.
Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

BODY = (
    "为维护群众生命财产安全，改善环境质量，根据有关法律法规的规定，结合本地实际，现就有关事项通告如下。\n\n"
    "一、本辖区范围内的单位和个人应当遵守本通告的各项规定，自觉维护公共秩序和环境卫生。\n\n"
    "二、对违反本通告的行为，有关部门将依法予以查处，情节严重的依法追究相应的法律责任。\n\n"
    "三、本通告自发布之日起施行，请广大群众相互转告，共同遵守，积极支持和配合相关工作。\n"
)

CASES = [
    # 政 府 工 作 报 告(2022年) / 发布日期… / 政府工作报告 / ——在…会议上 (h116 东乌旗): the site's headline adds the year
    (
        "当前位置: 首页 > 政务公开 > 工作报告\n\n丙 县 工 作 报 告(2023年)\n\n发布日期:2023-02-11 19:15\n\n"
        "丙县工作报告\n\n——在丙县第十届人民代表大会第一次会议上\n\n" + BODY,
        "丙县工作报告",
        7,
    ),
    # 某县关于在公共场所禁止吸烟的通告 / 0 / 分享至 / （原标题：…） / 在公共场所禁止吸烟的通告 (h257 固安): the headline
    # adds the county and 关于 to the notice's own title
    (
        "网站首页 > 地方 > 正文\n\n甲县关于在公共场所禁止吸烟的通告\n\n0\n分享至\n\n"
        "(原标题:甲县创建卫生县城指挥部关于在公共场所禁止吸烟的通告)\n\n在公共场所禁止吸烟的通告\n\n"
        "广大市民朋友们:\n\n" + BODY,
        "在公共场所禁止吸烟的通告",
        10,
    ),
    # 某市某县关于解除X的公告（11月20日起） / 时间… / the headline again / 《某县关于解除X的公告 (h89 凤冈): the copy keeps
    # an opening book mark never closed
    (
        "当前位置:首页 > 社会热点\n\n乙市丁县关于解除临时管控区的公告(11月20日起)\n\n时间:2022-11-21人气:作者: 佚名\n\n"
        "乙市丁县关于解除临时管控区的公告(11月20日起)\n\n  《丁县关于解除临时管控区的公告\n\n" + BODY,
        "丁县关于解除临时管控区的公告",
        9,
    ),
]


@pytest.mark.parametrize(("text", "title", "line"), CASES)
def test_the_texts_own_shorter_copy_under_a_sites_headline_is_its_title(text, title, line):
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line) for d in docs] == [(title, line)]
