"""Cleaning what PDF conversion breaks: doc-number brackets and stray spaces, dates, page artefacts.

Each row is a real snippet (from data/corpus or the way the same number is printed elsewhere) and the
text the cleaner must give.  Line numbers must survive cleaning: every fact keeps its provenance.
"""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line, clean_lines, title_text
from policykg.loaders.metadata import parse_doc_number
from policykg.loaders.parse import parse_text

# (raw line, cleaned text)
DOC_NUMBER_VARIANTS = [
    ("豫政办〔2024〕46号", "豫政办〔2024〕46号"),
    ("豫政办[2024]46号", "豫政办〔2024〕46号"),
    ("豫政办［2024］46号", "豫政办〔2024〕46号"),
    ("豫政办（2024）46号", "豫政办〔2024〕46号"),
    ("豫政办(2024)46号", "豫政办〔2024〕46号"),
    ("豫政办【2024】46号", "豫政办〔2024〕46号"),
    ("豫政办 〔2024〕 46 号", "豫政办〔2024〕46号"),
    ("豫政办( 2024 )46 号", "豫政办〔2024〕46号"),
    # zhengzhou-government-documents-2022.txt: "13 号"
    ("郑政办〔2022〕13 号", "郑政办〔2022〕13号"),
    # kaifeng: "〔2024〕 6 号"
    ("工险便函〔2024〕 6 号", "工险便函〔2024〕6号"),
    ("国办发〔２０２４〕１５号", "国办发〔2024〕15号"),  # full-width digits
    ("工信厅联企业函〔2025〕50 号", "工信厅联企业函〔2025〕50号"),
    # announcement numbers: "2024年第 4号"
    ("2024年第 4号", "2024年第4号"),
    ("2024 年第 19 号（总第 511 号）", "2024年第19号（总第511号）"),
    ("（2019年第 10号）", "（2019年第10号）"),
    # order numbers
    ("第 227 号", "第227号"),
    ("河南省人民政府令第 225 号", "河南省人民政府令第225号"),
]


@pytest.mark.parametrize("raw,expected", DOC_NUMBER_VARIANTS)
def test_doc_number_variants_are_normalised(raw, expected):
    assert clean_line(raw)[0] == expected


# (raw line, normalised number text, prefix, year, serial, kind)
PARSED_NUMBERS = [
    ("豫政办[2024]46号", "豫政办〔2024〕46号", "豫政办", 2024, 46, "standard"),
    ("豫政办（2024）46号", "豫政办〔2024〕46号", "豫政办", 2024, 46, "standard"),
    ("郑政办〔2022〕13 号 2022年2月28日", "郑政办〔2022〕13号", "郑政办", 2022, 13, "standard"),
    ("工信部联企业〔2024〕239 号", "工信部联企业〔2024〕239号", "工信部联企业", 2024, 239, "standard"),
    ("豫政办明电〔2025〕1 号", "豫政办明电〔2025〕1号", "豫政办明电", 2025, 1, "standard"),
    ("2024年第 4号", "2024年第4号", "", 2024, 4, "announcement"),
    ("2023 年第 14号", "2023年第14号", "", 2023, 14, "announcement"),
    ("河南省人民政府令第 227 号", "河南省人民政府令第227号", "河南省人民政府令", None, 227, "order"),
    ("（省政府令第120号）", "省政府令第120号", "省政府令", None, 120, "order"),
    ("（国务院中央军委令第608号）", "国务院中央军委令第608号", "国务院中央军委令", None, 608, "order"),
    ("(2024年4月8日河南省人民政府令第225号公布", "河南省人民政府令第225号", "河南省人民政府令", None, 225, "order"),
]


@pytest.mark.parametrize("raw,text,prefix,year,serial,kind", PARSED_NUMBERS)
def test_doc_numbers_parse_into_prefix_year_serial(raw, text, prefix, year, serial, kind):
    n = parse_doc_number(clean_line(raw)[0])
    assert n is not None
    assert (n.text, n.prefix, n.year, n.serial, n.kind) == (text, prefix, year, serial, kind)


DATES_WITH_SPACES = [
    ("2024 年 10 月 10 日", "2024年10月10日"),
    ("本公告自 2024年 1月 1日起施行。", "本公告自2024年1月1日起施行。"),
    ("（2024年 5月 6日）", "（2024年5月6日）"),
]


@pytest.mark.parametrize("raw,expected", DATES_WITH_SPACES)
def test_dates_lose_stray_spaces(raw, expected):
    assert clean_line(raw)[0] == expected


@pytest.mark.parametrize(
    "raw", ["- 12 -", "— 3 —", "12", "第 3 页", "第3页 共8页", "字号：大 中 小", "打印本页", "# Page 1428:", "Page 3"]
)
def test_page_artefacts_are_blanked(raw):
    assert clean_line(raw)[0] == ""


def test_markdown_heading_level_is_kept():
    text, level = clean_line("## 焦作市人民政府关于印发焦作市推动大规模设备更新和消费品以旧换新实施方案的通知")
    assert level == 2
    assert text.startswith("焦作市人民政府关于")


def test_joint_issuers_keep_their_separating_space():
    text, _ = clean_line("河南省财政厅  河南省住房和城乡建设厅")
    assert text == "河南省财政厅 河南省住房和城乡建设厅"


def test_line_numbers_survive_cleaning():
    raw = "\n\n河南省人民政府公报\n\n2024 年第 19 号（总第 511 号）\n- 2 -\n豫政办〔2024〕 46 号\n"
    lines = clean_lines(raw)
    assert len(lines) == len(raw.splitlines())
    by_no = {l.no: l.text for l in lines}
    assert by_no[3] == "河南省人民政府公报"
    assert by_no[5] == "2024年第19号（总第511号）"
    assert by_no[6] == ""
    assert by_no[7] == "豫政办〔2024〕46号"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("河南省促进就业工作先进地区激励实施办法(试行)", "河南省促进就业工作先进地区激励实施办法（试行）"),
        (
            "关于印发 2023 年河南省支持高校毕业生等 青年就业创业若干政策措施的通知",
            "关于印发2023年河南省支持高校毕业生等青年就业创业若干政策措施的通知",
        ),
    ],
)
def test_title_text_normalises_spaces_and_brackets(raw, expected):
    assert title_text(raw) == expected


# Orders numbered within a year, as some national bodies print them.
@pytest.mark.parametrize(
    "raw,text,prefix,year,serial",
    [
        ("中国人民银行令〔2021〕第4号", "中国人民银行令〔2021〕第4号", "中国人民银行令", 2021, 4),
        ("中国人民银行令[2021]第 4 号", "中国人民银行令〔2021〕第4号", "中国人民银行令", 2021, 4),
        ("国家发展和改革委员会令2024年第7号", "国家发展和改革委员会令2024年第7号", "国家发展和改革委员会令", 2024, 7),
    ],
)
def test_orders_numbered_within_a_year(raw, text, prefix, year, serial):
    n = parse_doc_number(clean_line(raw)[0])
    assert n is not None
    assert (n.text, n.prefix, n.year, n.serial, n.kind) == (text, prefix, year, serial, "order")


@pytest.mark.parametrize("raw", ["  •   青岛市人民政府令", "• 第268号"])
def test_a_pages_bullet_is_no_part_of_the_line(raw):
    # a gazette page's metadata list (青岛, h35) printed with bullets before the order's head
    assert not clean_line(raw)[0].startswith("•")


@pytest.mark.parametrize("raw", ["• 文    号", "• 主 题 词", "• 时    效", "附加码"])
def test_a_portals_empty_cells_are_blanked(raw):
    # a district portal's metadata list (天津 滨海新区, h35): labels whose cells are empty
    assert clean_line(raw)[0] == ""


# A spam mirror's keyword line over a reprinted text (h69 邹城, h108 湖南): short pieces joined by underscores
# are blanked, so the title below is the document's; a page's own title line with its site and column keeps
# its title (关于…的通知_政策文件_…), and so does any line holding a number or a date.
@pytest.mark.parametrize(
    "raw,kept",
    [
        ("免费视频在线3_在线免费看_亚洲一区二区三区在线观看_中文字幕一区_精品录像", False),
        ("精品区一区二区在线播放 _久久综合88_精品一区91_成人视频在线观看一区二区", False),
        ("关于做好春季防火工作的通知_通知公告_甲县人民政府_首页", True),
        ("甲市人民政府办公室_政务公开_2024年_第3期", True),
        ("丙_丁", True),
    ],
)
def test_a_spam_keyword_line_is_blanked(raw, kept):
    assert bool(clean_line(raw)[0]) is kept


def test_a_spam_keyword_line_is_no_part_of_the_title_below():
    text = (
        "免费视频在线3_在线免费看_亚洲一区二区三区在线观看_中文字幕一区_精品录像\n\n"
        "甲省规范性文件管理办法\n\n（2019年7月9日甲省人民政府令第42号公布）\n\n第一章 总则\n\n"
        "第一条 为了加强规范性文件管理，根据《甲省行政程序规定》，制定本办法。\n\n"
        "第二条 本办法所称规范性文件，是指行政机关依照法定权限制定的公文。\n"
    )
    (d,) = parse_text(text, "rule.txt").documents
    assert (d.title, d.source_line) == ("甲省规范性文件管理办法", 3)
