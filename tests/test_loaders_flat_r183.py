"""Pages of a crawl stored one a line (flat layout): a posting line under the page's title with the bullet a portal
prints before each item (•发布时间:…) or a bare date with its time of day (2021-10-20 16:33); a title and its posting
line glued into one part of a page stored with spaces (…的通知2011-06-18 00:00:00来源:本站原创 | number | …); a
portal's date field with its label run into the title (•公文生成日期:2025-12-26X的通知); an announcement's number
with its title in brackets (某署公告2020年第108号(关于X的公告)) run on with its text.
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


def _crawl(page: str) -> str:
    return "\n".join([_NOTICE, page, _SPACED_NOTICE])


CASES = [
    pytest.param(  # a spaced page: the title and its posting line glued into one part, the number after it
        _crawl(
            "关于印发《甲市人民政府工作规则》的通知 2011-06-1800:00:00来源:本站原创 甲府〔2011〕33号 "
            "各区人民政府,市政府直属各单位: 《甲市人民政府工作规则》已经市政府常务会议修订通过,现予印发。 "
            + " ".join(["二〇一一年四月八日", _FILLER, _FILLER])
        ),
        "关于印发《甲市人民政府工作规则》的通知",
        "甲府〔2011〕33号",
        id="spaced-title-glued-to-posting-line",
    ),
    pytest.param(  # a title over its posting line, a bullet before each of its items
        _crawl(
            "首页政务公开 乙县人民政府关于印发乙县推动设备更新若干举措的通知 •发布时间:2024-06-0417:54 "
            "•信息来源:县府办 各乡镇人民政府,县政府各部门: 现将《乙县推动设备更新若干举措》印发给你们,请认真组织实施。 "
            + " ".join([_FILLER, _FILLER])
        ),
        "乙县人民政府关于印发乙县推动设备更新若干举措的通知",
        None,
        id="title-over-bulleted-posting-line",
    ),
    pytest.param(  # a title over its posting date with its time of day, no label
        _crawl(
            "欢迎访问丙州新闻网,您可以选择访问:丙州各县 丙州搜索 首页丙州新闻网新闻中心热点聚焦 "
            "丙山国家级自然保护区丁片区实行封闭管理通告 2021-10-2016:33 "
            + " ".join(["为进一步加强资源保护管理工作,确保保护区生物生态安全,现通告如下:", _FILLER, _FILLER])
        ),
        "丙山国家级自然保护区丁片区实行封闭管理通告",
        None,
        id="title-over-date-and-time",
    ),
    pytest.param(  # a portal's date field, its label with it, run into the title
        _crawl(
            "•索引号:00000000-0000-2025-00001 •备注/文号:丁财规〔2025〕5号 •发布机构: 丁市财政局 "
            "•公文生成日期:2025-12-26丁市财政局丁市人力资源和社会保障局关于印发《丁市就业补助资金管理办法》的通知 "
            "时间:2025-12-2616:00 各县(市、区)财政局、人力资源和社会保障局: "
            + " ".join(["现将《丁市就业补助资金管理办法》印发给你们,请遵照执行。", _FILLER, _FILLER])
        ),
        "丁市财政局丁市人力资源和社会保障局关于印发《丁市就业补助资金管理办法》的通知",
        None,
        id="labelled-date-field-before-title",
    ),
    pytest.param(  # an announcement's number, its title in brackets, run on with its text
        _crawl(
            "某某总署公告2020年第108号(关于公布2020年某类决定的公告)www.example.cn2020-09-19为便于有关单位正确申报，"
            "减少争议，某某总署制定了有关决定，现予以公布。" + _FILLER * 2
        ),
        "关于公布2020年某类决定的公告",
        "2020年第108号",
        id="number-then-bracketed-title",
    ),
    pytest.param(  # the same stored with spaces
        _crawl(
            "某某总署公告2020年第109号(关于公布2020年某类标准的公告) www.example.cn 2020-09-19 为便于有关单位正确申报，"
            "减少争议，某某总署制定了有关标准，现予以公布。 " + " ".join([_FILLER, _FILLER])
        ),
        "关于公布2020年某类标准的公告",
        "2020年第109号",
        id="number-then-bracketed-title-spaced",
    ),
]


@pytest.mark.parametrize(("text", "title", "number"), CASES)
def test_crawl_page_opens_at_its_title(text: str, title: str, number: str | None) -> None:
    docs = parse_text(text, "page.txt").documents
    found = {d.title: d for d in docs}
    assert title in found
    if number is not None:
        assert str(found[title].doc_number) == number
    assert "乙市人民政府关于丁工作的通知" in found  # (the other pages are read as before)
