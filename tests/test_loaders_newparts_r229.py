"""Document fields of the unseen set's parts h216 (a carbon study's crawled JSON records) and h217 (work reports,
outlines), r229 (2026-12-06).  Each text is modelled on a failing text of those parts, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_rule_whose_order_head_was_dropped_is_dated_by_the_ministers_signature():
    # 《X》已于…由某部…部务会议审议通过，现予公布，自…起施行。 部长 某某 2021年12月13日 X … (h216 生态环境部, one
    # line): the signature's date, not the meeting's
    text = (
        "关于修改部分甲类规章的决定\n"
        "《关于修改部分甲类规章的决定》已于2020年3月2日由自然资源部2020年第二次部务会议审议通过，现予公布，"
        "自公布之日起施行。 部长 张某 2020年3月20日 关于修改部分甲类规章的决定 根据《某某条例》，"
        "自然资源部决定对以下规章的部分条款予以修改。 一、删去《某某办法》第八条。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2020-03-20"
