"""A portal page's metadata table run on one stored line (flat layout: a crawl that stores each page as one line, its
line breaks gone): the title field's label, the title and the next field's label run together — 发文标题:X的通知发文文号:…,
标题 X的通知发文机关 …, 名称X的通知文号…, 信息名称 X的通知 生成日期 … — the title is cut apart from the labels and opens
its document; where the text's own title is printed again under the table, that copy opens it and the table stays one
piece.
"""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

_MENU = (
    "我的收藏最新资料点击最多资料下载下载绿色版热点专题"
    + "二手房买卖西部大开发振兴东北境外上市民间资本外汇管理(2014)" * 10
)
_BODY = "".join(
    f"{k}、各单位要按照职责分工，加强协调配合，认真抓好各项任务的落实，确保工作取得实效。" for k in "一二三四五六七八"
)


def _database_page(org: str, title: str, number: str, spaced: bool) -> str:
    """A law database's page: its menus, the metadata table (发文标题: / 发文文号: / 发文部门: …) and the text."""
    fields = [
        f"发文标题:{title}",
        f"发文文号:{number}",
        f"发文部门:{org}",
        "发文时间:2014-6-26",
        "法规类型:财政法规",
        "阅读人次:5194",
        "页面功能:",
        "•加入收藏",
        "发文内容:",
        "各市财政局:",
        f"为进一步规范有关工作，现将有关事项通知如下。{_BODY}",
        org,
        "2014年6月26日",
    ]
    return (" " if spaced else "").join([_MENU, "法规内容本文仅供参考,如需引用请以正式文件为准", *fields])


@pytest.mark.parametrize(
    ("spaced", "first", "second"),
    [
        # …法规内容本文仅供参考…发文标题:X的通知发文文号:乙财库字〔2011〕16号发文部门:… (h52 青海): the menus run on long
        # before the table, no colon or bar right before the title's own words — the title field's value opens the document
        (
            False,
            ("甲省财政厅", "甲省财政厅关于印发《甲省总预算会计工作规程》的通知", "甲财库字〔2011〕16号"),
            ("乙省财政厅", "乙省财政厅关于做好乙项资金管理工作的通知", "乙财预〔2012〕7号"),
        ),
        # … 发文标题:X的通知 发文文号:丙财绩〔2014〕1号 发文部门:… (h106 山东, h52 陕西): a page stored with its spaces, the
        # title field one part — its label goes, the title opens the document, the number field's value under it is its
        # number (its [试行] kept as printed, r125)
        (
            True,
            ("甲省财政厅", "甲省财政厅关于印发《甲市财政管理绩效评价方案[试行]》的通知", "甲财绩〔2014〕1号"),
            ("乙省税务局", "乙省税务局关于进一步落实乙项政策的通知", "乙税发〔2021〕1号"),
        ),
    ],
)
def test_database_pages_open_at_the_labelled_title(spaced, first, second):
    pages = [
        _database_page(*first, spaced),
        _database_page(*second, spaced),
        _database_page("丙省财政厅", "丙省财政厅关于加强丙类项目绩效评价的通知", "丙财绩〔2013〕2号", spaced),
    ]
    docs = {d.title: d for d in parse_text("\n".join(pages) + "\n", "crawl.txt").documents}
    assert first[1] in docs
    assert str(docs[second[1]].doc_number) == second[2]


def _county_page(county: str, title: str, number: str) -> str:
    """A county portal's page stored with spaces: 标题 X的通知发文机关 … (the label and the title glued), the table, the
    text's own title printed again with its number, the notice, its signature and the measures it issues."""
    return (
        f"标题 {title}发文机关 {county}人民政府办公室 发文字号 {number} 索引号 11370322004222241N/2021-5135380 "
        f"成文日期 2021-03-26 发文日期 2021-03-26 主题分类 综合政务-文秘工作 有效 {title} {number} "
        f"各镇人民政府,各街道办事处,县政府各部门: 《{county}行政规范性文件管理办法》已经县政府同意,现印发给你们,请遵照执行。 "
        f"{county}人民政府 2021年3月26日 {county}行政规范性文件管理办法 第一章 总 则 第一条 为加强管理,制定本办法。 {_BODY}"
    )


def test_a_title_glued_to_the_next_label_and_printed_again_opens_once():
    # 标题 X的通知发文机关 Y 发文字号 … 主题分类 Z 有效 X的通知 高政发〔2021〕1号 … (h30 高青): the table's cells are not read as
    # the title's first lines; the text's own title, printed again under the table, opens the one document
    pages = [
        _county_page("甲县", "甲县人民政府关于印发甲县行政规范性文件管理办法的通知", "甲政发〔2021〕1号"),
        _county_page("乙县", "乙县人民政府关于印发乙县行政规范性文件管理办法的通知", "乙政发〔2021〕2号"),
        _county_page("丙县", "丙县人民政府关于印发丙县行政规范性文件管理办法的通知", "丙政发〔2021〕3号"),
    ]
    docs = parse_text("\n".join(pages) + "\n", "crawl.txt").documents
    notices = [d for d in docs if d.title == "甲县人民政府关于印发甲县行政规范性文件管理办法的通知"]
    assert len(notices) == 1
    assert str(notices[0].doc_number) == "甲政发〔2021〕1号"
    assert notices[0].issuers == ("甲县人民政府",)
    assert not any(d.title.startswith(("索引号", "甲政发")) for d in docs)


def _city_page(city: str, title: str, number: str) -> str:
    """A city portal's page run together with no space: its menus, the table (…发文日期2019-11-29名称X的通知文号Y上载日期…),
    the text's own title printed again, its number, addressee, text and signature."""
    return (
        f"中国政府网省政府网English市人大市政协首页政务公开网上办事互动交流索引号20191202-189769分类其他;市人民政府办公室;"
        f"发布机构市人民政府办公室发文日期2019-11-29名称{title}文号{number}上载日期2019-12-02{title}{number}"
        f"各县(市)、区人民政府,市政府各委、办、局:经市政府同意,现将有关实施细则印发给你们,请认真遵照执行。{city}人民政府办公室"
        f"2019年11月29日{city}政务云平台管理实施细则第一章总则第一条为加强管理,制定本细则。{_BODY}"
    )


def test_a_title_after_a_bare_name_label_opens_its_document():
    # …发文日期2019-11-29名称X的通知文号齐政办发〔2019〕29号上载日期2019-12-02X的通知齐政办发〔2019〕29号… (h74 齐齐哈尔): no
    # colon or bar before the title, the stored line opens with the site's menus — the line is read from the title field on
    pages = [
        _city_page(
            "甲市", "甲市人民政府办公室关于印发《甲市政务云平台管理实施细则》等三个文件的通知", "甲政办发〔2019〕29号"
        ),
        _city_page(
            "乙市", "乙市人民政府办公室关于印发《乙市政务云平台管理实施细则》等三个文件的通知", "乙政办发〔2019〕3号"
        ),
        _city_page(
            "丙市", "丙市人民政府办公室关于印发《丙市政务云平台管理实施细则》等三个文件的通知", "丙政办发〔2019〕8号"
        ),
    ]
    docs = parse_text("\n".join(pages) + "\n", "crawl.txt").documents
    notices = [d for d in docs if d.title.startswith("乙市人民政府办公室关于印发")]
    assert [str(d.doc_number) for d in notices] == ["乙政办发〔2019〕3号"]


def _prefecture_page(office: str, title: str, number: str) -> str:
    """A prefecture portal's page run together: the title, the posting date and the metadata table with no colons
    (索引号… 发布机构… 文号… 公开日期…), the addressee, the notice and its signature."""
    return (
        f"{title}2020-10-30索引号01507828-1-30/2020-1030001发布机构州政府文号{number}公开日期2020-10-30"
        f"各市、县人民政府,州政府各部门:《实施方案》已经州政府研究同意,现印发给你们,请认真贯彻落实。{office}2020年10月30日"
        f"{_BODY}"
    )


def test_a_title_run_into_a_table_without_colons_opens_its_document():
    # X的通知2020-10-30索引号…发布机构州政府文号西政办〔2020〕91号公开日期2020-10-30各市、县人民政府,…: (h39 海西): the title
    # (a comma only in the words it quotes) is cut off the table, the table's number is the notice's, the addressee follows
    pages = [
        _prefecture_page(
            "甲州人民政府办公室",
            "甲州人民政府办公室关于印发在全州开展“收好官,开好局”专项行动实施方案的通知",
            "甲政办〔2020〕91号",
        ),
        _prefecture_page(
            "乙州人民政府办公室", "乙州人民政府办公室关于印发乙州冬春火灾防控工作方案的通知", "乙政办〔2020〕12号"
        ),
        _prefecture_page(
            "丙州人民政府办公室", "丙州人民政府办公室关于做好丙州秋冬季安全生产工作的通知", "丙政办〔2020〕5号"
        ),
    ]
    docs = {d.title: d for d in parse_text("\n".join(pages) + "\n", "crawl.txt").documents}
    notice = docs["甲州人民政府办公室关于印发在全州开展“收好官,开好局”专项行动实施方案的通知"]
    assert str(notice.doc_number) == "甲政办〔2020〕91号"
    assert str(docs["乙州人民政府办公室关于印发乙州冬春火灾防控工作方案的通知"].doc_number) == "乙政办〔2020〕12号"
