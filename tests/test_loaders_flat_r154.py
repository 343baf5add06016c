"""Pages of a crawl stored one a line (flat layout: each page's line breaks gone, some pages with their spaces kept):
the file's first stored page opens its document at its title as a page under another does (run together or stored
with spaces); a spaced page under a short page (longer than a title, shorter than a long run) opens at its title; a
title right over its posting line (来源:… / 时间:…) is the page's title after any furniture; a posting line run into
the title holds a site's address, a font-size switch and labels left empty (编辑录入: / 字体大小:).
"""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

_FILLER = "，".join(["各单位要切实加强组织领导，落实工作责任，确保各项任务按期完成"] * 8) + "。"
# a crawl's page run together with no space (a notice's head, its text's long paragraphs)
_NOTICE = "乙市人民政府关于丁工作的通知乙政发〔2024〕2号各县人民政府：" + _FILLER * 2 + "特此通知。"
_SPACED_NOTICE = "丙市人民政府关于戊工作的通知 丙政发〔2024〕5号 各县人民政府： " + " ".join(
    [_FILLER, _FILLER, "丙市人民政府", "2024年5月1日"]
)

CASES = [
    pytest.param(  # the file's first page, its title run into its text's first words
        "\n".join(
            [
                "甲州关于开展2023年度扩岗补助工作的公告按照《甲省人力资源和社会保障厅关于延续扩岗补助政策的通知》规定，"
                "现就有关事宜公告如下：一、申领条件" + _FILLER * 2,
                _NOTICE,
                _SPACED_NOTICE,
            ]
        ),
        "甲州关于开展2023年度扩岗补助工作的公告",
        id="first-page-run-together",
    ),
    pytest.param(  # the file's first page stored with spaces, its title a part of its own
        "\n".join(
            [
                "甲市某某办公厅关于征集2023年为民办实事项目建议的通告 长期以来，市委、市政府每年都为城乡人民兴办一批实事。 "
                + " ".join(["一、征集时间", _FILLER, "二、征集原则", _FILLER]),
                _NOTICE,
                _SPACED_NOTICE,
            ]
        ),
        "甲市某某办公厅关于征集2023年为民办实事项目建议的通告",
        id="first-page-spaced",
    ),
    pytest.param(  # a page stored with spaces under a short page (a page's footer alone, 100–300 characters)
        "\n".join(
            [
                _NOTICE,
                "地址：乙市某路1号 邮编：610041 主办单位：乙市某某局 网站标识码：bm00000000 乙市某某局版权所有，如需转载，请注明来源 "
                + "联系电话：028-00000000 备案号：乙ICP备00000000号 技术支持：乙市信息中心 " * 2,
                "丁县某某办公室关于征集2023年民生实事项目建议的通告 长期以来，县委、县政府每年都为城乡群众兴办一批实事。 "
                + " ".join(["一、征集时间", _FILLER, "二、征集原则", _FILLER]),
                _SPACED_NOTICE,
            ]
        ),
        "丁县某某办公室关于征集2023年民生实事项目建议的通告",
        id="spaced-page-under-short-page",
    ),
    pytest.param(  # a title right over its posting line, a greeting with a comma before it
        "\n".join(
            [
                _NOTICE,
                "您好,欢迎来到戊旗人民政府! 戊旗国民经济和社会发展第十四个五年规划纲要 来源:戊旗人民政府 发布时间:2021-12-31 16:56 "
                + " ".join(["“十四五”时期是戊旗全面建设的关键时期。", _FILLER, "一、发展基础", _FILLER]),
                _SPACED_NOTICE,
            ]
        ),
        "戊旗国民经济和社会发展第十四个五年规划纲要",
        id="title-over-posting-line",
    ),
    pytest.param(  # a posting line run into the title: the site's address, a time, its source, a font-size switch
        "\n".join(
            [
                _NOTICE,
                "关于在全县开展甲类专项斗争的通告http://www.example.com2018-07-0409:03:29来源:甲类专项斗争领导小组"
                "【字号大中小】为切实保障广大人民群众安全，现将有关事项通告如下：" + _FILLER * 2,
                _SPACED_NOTICE,
            ]
        ),
        "关于在全县开展甲类专项斗争的通告",
        id="posting-site-address-font-switch",
    ),
    pytest.param(  # a posting line whose last label is left empty, the addressee right after it
        "\n".join(
            [
                _NOTICE,
                "己县人民政府关于印发《己县应急预案》等3部应急预案的通知发表日期:2024-04-30编辑录入:各乡镇人民政府，"
                "县政府各部门：《己县应急预案》等3部预案已经县政府同意，现印发给你们，请认真贯彻执行。" + _FILLER * 2,
                _SPACED_NOTICE,
            ]
        ),
        "己县人民政府关于印发《己县应急预案》等3部应急预案的通知",
        id="posting-empty-label-addressee",
    ),
    pytest.param(  # a posting line with a font-size label left empty, the text's first words right after it
        "\n".join(
            [
                _NOTICE,
                "庚县卫生健康局关于《庚县突发公共卫生事件应急预案（征求意见稿）》公开征求意见的通知日期:2024-01-15"
                "来源:庚县卫生健康局字体大小:为进一步规范我县突发公共卫生事件应急处置工作，现公开征求意见。"
                + _FILLER
                * 2,
                _SPACED_NOTICE,
            ]
        ),
        "庚县卫生健康局关于《庚县突发公共卫生事件应急预案（征求意见稿）》公开征求意见的通知",
        id="posting-font-size-label-empty",
    ),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_crawl_page_opens_at_its_title(text: str, title: str) -> None:
    docs = parse_text(text, "page.txt").documents
    assert title in [d.title for d in docs]
    assert "乙市人民政府关于丁工作的通知" in [d.title for d in docs]  # (the other pages are read as before)
