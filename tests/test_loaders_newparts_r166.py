"""Part h182 (county-level portal pages, reposts and mirrors), r166: page furniture above the body — a breadcrumb's
last step alone, a share menu's close button, an essay site's one-step breadcrumb and a reposting account's genre
tag — taken for the document.  Each text is modelled on a failing file of the part, with invented names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

BODY = (
    "为加强野外火源管控，有效预防森林火灾，根据《中华人民共和国森林法》《某某省森林防火条例》等法律法规的规定，"
    "结合本县实际，现将有关事项通告如下：\n\n"
    "一、禁火期\n\n自2024年12月1日起至2025年5月31日止。\n\n"
    "二、禁火区域\n\n全县所有林区及距离林地边缘100米范围内的区域。\n\n"
    "三、禁火期间，禁火区域禁止一切野外用火，违者依法追究责任。\n"
)


def _cited(doc) -> list[tuple[str, str]]:
    return [(r.title, r.role) for r in doc.references]


def test_a_breadcrumbs_last_step_alone_over_the_title_is_no_title():
    # 首页>信息公开专栏>县人民政府办公室>信息公开目录 / 信息公开目录 / 某县…禁火令 (2024年) (h182 陵水): the column's name
    # printed again under the breadcrumb is no document; the title under it is, its year its own (the body's
    # heading prints it again on a line of its own)
    text = (
        "首页>信息公开专栏>县人民政府办公室>信息公开目录\n信息公开目录\n\n乙县人民政府森林禁火令 (2024年)\n\n"
        "发布时间:2024-12-01 信息来源:\n分享至:\n\n\n乙县人民政府森林禁火令\n\n2024年)\n\n\n" + BODY
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["乙县人民政府森林禁火令（2024年）"]
    assert _cited(docs[0]) == [("中华人民共和国森林法", "BASED_ON"), ("某某省森林防火条例", "BASED_ON")]


def test_an_orders_year_in_brackets_keeps_the_body_that_names_it():
    # 某县人民政府森林禁火令（2024年） (h182 陵水): the title is its body's name, the kind and the year — that body issues
    # it, as without the year (a body the registry knows: a national one here)
    text = "国家林业和草原局森林禁火令 (2024年)\n\n国家林业和草原局森林禁火令\n\n（2024年）\n\n" + BODY
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.issuers) for d in docs] == [("国家林业和草原局森林禁火令（2024年）", ("国家林业和草原局",))]


def test_a_share_menus_close_button_is_no_piece_of_the_title():
    # 首页 > 信息公开专栏 / 分享到: / 微信 / X / 标题:… / metadata / 琼 海 市 人 民 政 府 / 森林防火禁火通告 (h182 琼海): the
    # menu's X is no letter of the title; the red head and the line under it are the title
    text = (
        "首页 > 信息公开专栏\n分享到:\n微信\nX\n\n标题:丙市人民政府 森林防火禁火通告\n\n"
        "索引号:0082-3/2022-00031 发文机关:丙市人民政府 成文日期:2022年12月07日 文 号:丙府〔2022〕140号\n\n"
        "丙 市 人 民 政 府\n\n森林防火禁火通告\n\n丙府〔2022〕140号\n\n\n" + BODY
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["丙市人民政府森林防火禁火通告"]
    assert _cited(docs[0]) == [("中华人民共和国森林法", "BASED_ON"), ("某某省森林防火条例", "BASED_ON")]


def test_an_essay_sites_one_step_breadcrumb_and_a_genre_tag_are_no_title():
    # 1500字范文,… / 1500字范文 > 「通告」某县人民政府关于…的通告 / 「通告」… (h182 前郭): the site's name and one step
    # is a breadcrumb, the reposting account's 「通告」 tag no part of the title
    text = (
        "2000字范文,内容丰富有趣,写作好帮手!\n2000字范文 > 「通告」丁县人民政府关于严禁露天焚烧农作物秸秆的通告\n\n"
        "「通告」丁县人民政府关于严禁露天焚烧农作物秸秆的通告\n\n时间:2021-05-13 07:58:25\n\n相关推荐\n\n"
        "「通告」丁县人民政府关于严禁露天焚烧农作物秸秆的通告\n\n点击“丁县妇联”\n\n关注我哟\n\n" + BODY
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.issuers) for d in docs] == [("丁县人民政府关于严禁露天焚烧农作物秸秆的通告", ("丁县人民政府",))]
    assert _cited(docs[0]) == [("中华人民共和国森林法", "BASED_ON"), ("某某省森林防火条例", "BASED_ON")]


def test_a_titles_cut_tail_after_an_angle_bracket_is_no_breadcrumb():
    # 关于转发《某局关于印发 / < / X方案> 的通知》的通知 (h85 上海): the tail of a title cut over lines, its > closing
    # the < above, stays part of the title
    from policykg.loaders import regexes as rx

    assert rx.BREADCRUMB.match("甲乙规划建设实施方案>的通知》的通知") is None
    assert rx.BREADCRUMB.match("关于印发<甲乙方案>的通知") is None
    assert rx.BREADCRUMB.match("某某范文网>关于印发《甲乙方案》的通知") is not None
