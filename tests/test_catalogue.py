"""The reference catalogue: LawRefBook header lines, entries built with policykg, the packaged file
and its supplement, versions, and an earlier build used as a catalogue."""

from __future__ import annotations

import pytest

from policykg.catalogue import (
    Catalogue,
    CatalogueError,
    Entry,
    default_catalogue,
    read_catalogue,
    read_supplement,
    write_catalogue,
)
from policykg.catalogue.lawrefbook import HeaderEvent, catalogue_entries, header_events
from policykg.graph.build import build

HEADER_ROWS = [
    # (header lines as printed in LawRefBook, events)
    ("2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过",
     [HeaderEvent("2007-06-29", "passed")]),
    ("2012年12月28日 第十一届全国人民代表大会常务委员会第三十次会议《关于修改<中华人民共和国劳动合同法>的决定》修正",
     [HeaderEvent("2012-12-28", "amended")]),
    ("1991年3月4日 中华人民共和国国务院令第76号发布\n2018年9月6日 国务院第23次常务会议修订通过\n"
     "2018年11月6日 中华人民共和国国务院令第706号公布\n2019年3月1日 施行",
     [HeaderEvent("1991-03-04", "published"), HeaderEvent("2018-09-06", "amended"),
      HeaderEvent("2018-11-06", "published"), HeaderEvent("2019-03-01", "in_force")]),
    ("2014年3月27日 广东省第十二届人民代表大会常务委员会第七次会议批准", [HeaderEvent("2014-03-27", "passed")]),
    ("2010年7月23日 …《关于修改部分地方性法规的决定》第一次修正  根据 2016年12月1日…第二次修正",
     [HeaderEvent("2010-07-23", "amended"), HeaderEvent("2016-12-01", "amended")]),
    ("2019年10月1日 起生效）", [HeaderEvent("2019-10-01", "in_force")]),
]  # fmt: skip


@pytest.mark.parametrize("header, events", HEADER_ROWS)
def test_header_events(header, events):
    assert header_events(header) == events


LAW = "# {title}\n\n{header}\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范X，制定本{kind}。\n\n{tail}\n"


@pytest.fixture(scope="module")
def collection(tmp_path_factory):
    """A small LawRefBook-like collection: two versions of a regulation, a law, a Henan regulation."""
    root = tmp_path_factory.mktemp("lawrefbook")
    files = {
        "行政法规/甲条例(2010-01-01).md": ("甲条例", "2009年12月1日 国务院第9次常务会议通过\n2010年1月1日 施行", "条例", ""),
        "行政法规/甲条例(2020-06-01).md": ("甲条例", "2020年5月1日 国务院第90次常务会议修订通过\n2020年6月1日 施行",
                                         "条例", "第九条 本条例自2020年6月1日起施行。"),
        "社会法/乙法(2018-12-29).md": ("中华人民共和国乙法", "2010年10月28日 第十一届全国人民代表大会常务委员会第十七次会议通过\n"
                                    "2018年12月29日 第十三届全国人民代表大会常务委员会第七次会议《关于修改〈乙法〉的决定》修正",
                                    "法", "第九十条 本法自2011年7月1日起施行。"),
        "DLC/河南地方法规/地方性法规/河南/河南省丙条例(2017-12-04).md": (
            "河南省丙条例", "2017年12月1日 河南省第十二届人民代表大会常务委员会第三十二次会议通过", "条例", ""),
        "其他/攻略.md": ("劳动仲裁的攻略", "", "攻略", ""),
    }  # fmt: skip
    for name, (title, header, kind, tail) in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(LAW.format(title=title, header=header, kind=kind, tail=tail), encoding="utf-8")
    G, _ = build([root], as_of="2025-04-30", jobs=1, catalogues=())
    return {e.id: e for e in catalogue_entries(G, root, as_of="2025-04-30")}


def test_each_law_of_the_collection_is_an_entry_and_other_folders_are_not(collection):
    assert set(collection) == {"doc:甲条例", "doc:甲条例@2010-01-01", "doc:中华人民共和国乙法", "doc:河南省丙条例"}


def test_an_earlier_version_is_superseded_when_the_next_comes_into_force(collection):
    old, new = collection["doc:甲条例@2010-01-01"], collection["doc:甲条例"]
    assert (old.status, old.repealed_on) == ("superseded", "2020-06-01")
    assert (new.status, new.category, new.level) == ("in_force", "行政法规", "national")


def test_a_law_has_its_passing_amendment_and_effective_dates(collection):
    law = collection["doc:中华人民共和国乙法"]
    assert (law.passed_date, law.amended_dates, law.effective_date) == ("2010-10-28", ("2018-12-29",), "2011-07-01")
    assert (law.category, law.short_titles) == ("法律", ())  # 乙法 is only the title less 中华人民共和国


def test_a_local_regulation_is_provincial(collection):
    e = collection["doc:河南省丙条例"]
    assert (e.level, e.jurisdiction, e.category) == ("provincial", "河南省", "地方性法规")


def test_a_catalogue_file_round_trips(tmp_path, collection):
    path = write_catalogue(Catalogue(collection.values(), name="t", about="test"), tmp_path / "c.json.gz")
    back = read_catalogue(path)
    assert sorted(back.entries, key=lambda e: e.id) == sorted(collection.values(), key=lambda e: e.id)
    assert path.read_bytes() == write_catalogue(back, tmp_path / "d.json.gz").read_bytes()  # deterministic


def test_a_broken_catalogue_file_is_a_clear_error(tmp_path):
    (tmp_path / "bad.json").write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(CatalogueError, match="no entries"):
        read_catalogue(tmp_path / "bad.json")


@pytest.mark.parametrize(
    "cited, title, date, category",
    [
        ("劳动合同法", "中华人民共和国劳动合同法", "2012-12-28", "法律"),
        ("《中华人民共和国社会保险法》", "中华人民共和国社会保险法", "2018-12-29", "法律"),
        ("工伤保险条例", "工伤保险条例", "2010-12-20", "行政法规"),
        ("最高人民法院关于行政机关负责人出庭应诉若干问题的规定", "最高人民法院关于行政机关负责人出庭应诉若干问题的规定",
         "2020-06-22", "司法解释"),
        ("郑州市企业职工基本养老保险条例", "郑州市企业职工基本养老保险条例", "2022-01-01", "地方性法规"),
    ],
)  # fmt: skip
def test_the_packaged_catalogue_knows_the_laws_the_sample_cites(cited, title, date, category):
    e = default_catalogue().find_title(cited, when="2024-06-01")
    assert (e.title, e.date, e.category, e.status) == (title, date, category, "in_force")


def test_versions_in_the_packaged_catalogue_follow_the_citing_date():
    cat = default_catalogue()
    assert cat.find_title("保障中小企业款项支付条例", when="2024-06-01").id == "doc:保障中小企业款项支付条例@2020-07-05"
    assert cat.find_title("保障中小企业款项支付条例", when="2025-06-01").id == "doc:保障中小企业款项支付条例"


def test_every_hand_entered_row_says_where_it_was_read():
    rows = read_supplement()
    assert rows and all(e.note and e.id == "doc:" + e.title.replace(" ", "").replace("“", "").replace("”", "")
                        .replace("、", "") for e in rows)  # fmt: skip
    assert all(e.date or e.effective_date or e.passed_date for e in rows)


def test_a_title_without_its_issuer_matches_one_document_only():
    cat = Catalogue([Entry("doc:a", "甲部关于X的规定"), Entry("doc:b", "乙部关于X的规定"), Entry("doc:c", "丙部关于Y的规定")],
                    name="t")  # fmt: skip
    assert cat.find_title("关于X的规定") is None
    assert cat.find_title("关于Y的规定").id == "doc:c"
    assert cat.find_title("丁部关于Y的规定") is None  # another issuer's namesake is another document


# ---- the State Council catalogue (scripts/build_policy_catalogue.py, policykg/catalogue/policies.py)


def _write_sheet(path, rows):
    """A one-sheet .xlsx as the dataset's (strings inline, numbers as values), the first row the header."""
    import zipfile

    def cell(col, value):
        if isinstance(value, (int, float)):
            return f'<c r="{col}"><v>{value}</v></c>'
        return f'<c r="{col}" t="inlineStr"><is><t>{value}</t></is></c>'

    body = "".join(
        "<row>" + "".join(cell(chr(65 + i), v) for i, v in enumerate(r) if v is not None) + "</row>" for r in rows
    )
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{ns}"><sheetData>{body}</sheetData></worksheet>')


def test_the_dataset_rows_become_catalogue_entries(tmp_path):
    from policykg.catalogue.policies import DATES_SHEET, NUMBERS_SHEET, policy_entries, read_dataset

    u = "https://www.gov.cn/zhengce/zhengceku/"
    _write_sheet(tmp_path / DATES_SHEET, [
        ("url", "title", "iss", "pub", "diff", "year"),
        (u + "1", "国务院关于印发“十四五”就业促进规划的通知", 44431, 44445, 14, 2021),
        (u + "2", "国务院办公厅关于 进一步做好高校毕业生等青年就业创业工作的通知", 44686, 44690, 4, 2022),
        (u + "3", "中华人民共和国国务院令", 38765, None, None, 2006),
        (u + "4", "失业保险条例", None, None, None, None),
    ])  # fmt: skip
    _write_sheet(tmp_path / NUMBERS_SHEET, [
        (None, "url", "publishing_date_parsed", "document_number_parsed"),
        (0, u + "1", "2021/08/27", "国发〔2021〕14号"),
        (1, u + "2", "2022/05/13", "国办发〔2022〕13号"),
    ])  # fmt: skip
    entries = policy_entries(*read_dataset(tmp_path))
    assert [(e.id, e.title, e.doc_number, e.issuers, e.date, e.doc_type) for e in entries] == [
        ("doc:国发〔2021〕14号", "国务院关于印发“十四五”就业促进规划的通知", "国发〔2021〕14号", ("国务院",), "2021-08-23", "通知"),
        ("doc:十四五就业促进规划", "“十四五”就业促进规划", None, ("国务院",), "2021-08-23", "规划"),
        ("doc:国办发〔2022〕13号", "国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知", "国办发〔2022〕13号",
         ("国务院办公厅",), "2022-05-05", "通知"),
        ("doc:失业保险条例", "失业保险条例", None, (), None, "条例"),
    ]  # fmt: skip
    assert {(e.level, e.status, e.category) for e in entries} == {("national", "unknown", "国务院文件")}


def test_a_law_the_laws_catalogue_holds_is_not_taken_from_the_state_council_list():
    cat = default_catalogue()
    assert cat.find_title("失业保险条例").category == "行政法规"
    assert "Policy-Transparency-China-2024" in cat.name


STATE_COUNCIL_CITED = """河南省人力资源和社会保障厅
关于做好2024年高校毕业生就业创业工作的通知
豫人社就业〔2024〕3号
各省辖市人力资源和社会保障局：
为贯彻落实《国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知》和《“十四五”就业促进规划》，按照《国务院关于进一步做好稳就业工作的意见》（国发〔2019〕28号）要求，现就有关事项通知如下。
一、扩大就业岗位。
河南省人力资源和社会保障厅
2024年3月1日
"""


def test_a_cited_state_council_document_takes_its_date_from_the_catalogue(tmp_path):
    (tmp_path / "notice.txt").write_text(STATE_COUNCIL_CITED, encoding="utf-8")
    G, _ = build([tmp_path], as_of="2025-06-01", jobs=1)
    got = {
        n: (a.get("date"), a.get("level"), a.get("issuers"), a.get("source"))
        for n, a in G.nodes(data=True)
        if a["label"] == "Document" and not a["in_corpus"]
    }
    assert got == {
        "doc:国办发〔2022〕13号": ("2022-05-05", "national", ["国务院办公厅"], "catalogue"),  # by its title alone
        "doc:十四五就业促进规划": (
            "2021-08-23",
            "national",
            ["国务院"],
            "catalogue",
        ),  # the text 国发〔2021〕14号 issued
        "doc:国发〔2019〕28号": ("2019-12-13", "national", ["国务院"], "catalogue"),  # by its number
    }
