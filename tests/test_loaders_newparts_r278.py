"""Parts h236–h248 of the unseen set (2026-12-06, r278): a site's headline over the text's own title, a 函 inside a
number's prefix, a page's title line with its number after a dash.  Each text is modelled on a failing part of the
set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

POSTS_BODY = (
    "根据《甲省某某岗位开发管理办法》（甲人社规〔2020〕13号）文件规定，结合我县实际情况，现向社会公开征集公益性岗位。\n"
    "一、岗位范围\n本县各单位。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        # 2023年某省某县征集X通告 / 来源:某市人民政府- 某县人社局 2023-04-27 / 关于某县2023年征集X的通告 (h248 徐闻)
        "2023年甲省乙县征集公益性岗位通告\n\n来源:丙市人民政府- 乙县人力资源和社会保障局 2023-04-27 09:39:46\n\n"
        "关于乙县2023年征集公益性岗位的通告\n",
        "2023年甲省乙县征集公益性岗位通告\n发布时间:2023-04-27\n关于乙县2023年征集公益性岗位的通告\n",
    ],
)
def test_a_sites_headline_over_its_posting_line_yields_to_the_texts_own_title(head):
    docs = parse_text(head + POSTS_BODY, "page.txt").documents
    assert [d.title for d in docs] == ["关于乙县2023年征集公益性岗位的通告"]


def test_a_byline_naming_the_site_then_the_posting_unit_gives_that_unit():
    # 来源:湛江市人民政府- 徐闻县人社局 (h248): the city's portal, a dash, the county bureau that posted the notice
    text = (
        "2023年甲省乙县征集公益性岗位通告\n\n来源:丙市人民政府- 乙县人力资源和社会保障局 2023-04-27 09:39:46\n\n"
        "关于乙县2023年征集公益性岗位的通告\n" + POSTS_BODY
    )
    assert parse_text(text, "page.txt").documents[0].issuers == ("乙县人力资源和社会保障局",)


@pytest.mark.parametrize("sep", ["(", " ("])
def test_a_han_inside_a_bracketed_numbers_prefix_is_no_titles_end(sep):
    # …的通知(蘇建函質(zhì)〔2019〕76號) (h247 苏州): 函 inside the prefix 苏建函质 is not the title's genre
    text = (
        f"关于转发某某方案的通知{sep}甲建函质〔2019〕76号)\n各区住建局:\n现将有关方案转发给你们,请认真贯彻执行。\n"
        "甲市住房和城乡建设局\n2019年3月29日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("关于转发某某方案的通知", "甲建函质〔2019〕76号")


@pytest.mark.parametrize(
    ("line", "number"),
    [
        # 某县某镇人民政府行政处罚决定书-某政行处决字〔2024〕第36号 over a pipe table (h236 龙川镇)
        ("乙县甲镇人民政府行政处罚决定书-乙甲政行处决字〔2024〕第36号", "乙甲政行处决字〔2024〕第36号"),
        ("乙县甲镇人民政府行政处罚决定书 乙甲政行处决字〔2024〕第36号", "乙甲政行处决字〔2024〕第36号"),
        ("乙县甲镇人民政府行政处罚决定书-乙甲政行处决字〔2024〕36号", "乙甲政行处决字〔2024〕36号"),
    ],
)
def test_a_title_line_with_its_number_after_a_dash_is_split(line, number):
    text = (
        f"{line}\n行政相对人名称\n|\n张某\n|\n行政处罚决定文书号\n|\n乙甲政行处决字【2024】第36号\n|\n违法事实\n|\n"
        "当事人擅自在耕地上建房。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("乙县甲镇人民政府行政处罚决定书", number)
