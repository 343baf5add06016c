"""Tables of policy records saved as .csv / .tsv: a header row, then one row per published document (r162).

Snippets modelled on a document-classification dataset (id,article,labels: a whole text run together in a quoted
cell, the cell closed on the next line), a crawler's tab-separated table (索引号 发布机构 政策标题 发布日期 正文), a
crawler's metadata-only list and a GBK research table of titles, with invented names and rows."""

from __future__ import annotations

import pytest

from policykg.graph.build import parse_files
from policykg.loaders.csvrecords import csv_records
from policykg.loaders.parse import parse_text
from policykg.loaders.reading import TEXT_SUFFIXES, iter_input_files

# a classification dataset: the article cell holds the red head, number, title, addressee, text and signature on one
# physical line, a newline before its closing quote, so the labels cell stands on the next line
DATASET = (
    "id,article,labels\n"
    '7,"甲省乙局文件甲乙发〔2021〕3号甲省乙局关于做好丙类项目申报工作的通知各市乙局，省直有关单位:为贯彻落实'
    "《甲省人民政府关于加快丙类产业发展的意见》(甲政发〔2020〕12号)精神，做好丙类项目申报工作，现将有关事项通知如下:"
    "一、申报范围。各市要认真组织，按时报送材料。二、工作要求。各单位要高度重视，确保申报质量。甲省乙局2021年3月5日"
    '（此件主动公开）\n",办公室 计划部\n'
    '8,"甲省丁厅文件甲丁发〔2021〕8号甲省丁厅关于召开戊类工作会议的通知各市丁局:经研究，决定召开全省戊类工作会议，现将有关事项通知如下:'
    "一、会议时间。另行通知。二、参会人员。各市丁局分管负责同志。请各单位认真做好准备。"
    '甲省丁厅2021年3月29日\n",办公室\n'
)

# a crawler's table named .csv but separated by tabs, a title cell, a posting date, the text on one line
TABS = (
    "索引号\t发布机构\t政策标题\t发布日期\t政策正文文本\t附件链接\n"
    "000-2023-01\t甲省人民政府\t甲省人民政府关于同意设立乙县丙类园区的批复\t20230629\t"
    "乙市人民政府：你市关于设立乙县丙类园区的请示收悉。现批复如下：一、同意设立乙县丙类园区。"
    "二、园区建设要严格按照《甲省丙类园区管理办法》的规定执行。甲省人民政府2023年6月19日\thttp://example.org/a.pdf\n"
)

# a crawler's metadata-only list (CRLF in the file): no text cell, a posting time, a detail URL
METADATA = (
    "索引号,发布机构,发布日期,政策标题,政策详情url\r\n"
    "000-2023-02,甲省人民政府,2023-06-26 09:02:40,甲省人民政府关于进一步深化丁类改革的实施意见,http://example.org/1.html\r\n"
    "000-2023-03,甲省人民政府,2023-06-20 14:45:48,甲省事业单位公开招聘人员办法,http://example.org/2.html\r\n"
)

# a researcher's table of city policies: city, title (a researcher's note in brackets), an Excel serial, a URL
RESEARCH = (
    "城市,文件,时间,url\n"
    "甲市,关于化解戊类库存的实施意见,42606,http://example.org/3.html\n"
    "甲市,甲市人民政府办公厅关于推进己类安置工作的实施意见（！！本市首个综合性政策、值得关注）,42632,http://example.org/4\n"
)


def _docs(text: str, name: str = "table.csv"):
    return parse_text(text, name)


def test_csv_and_tsv_are_read_suffixes(tmp_path):
    assert ".csv" in TEXT_SUFFIXES and ".tsv" in TEXT_SUFFIXES
    (tmp_path / "a.csv").write_text(RESEARCH, encoding="utf-8")
    (tmp_path / "b.tsv").write_text(TABS, encoding="utf-8")
    files, missing = iter_input_files(tmp_path)
    assert sorted(f.name for f in files) == ["a.csv", "b.tsv"] and not missing


def test_quoted_multi_line_cell_one_document_per_record_at_its_first_line():
    r = _docs(DATASET)
    got = [(d.title, str(d.doc_number), d.issuers, d.date, d.source_line) for d in r.documents]
    assert got == [
        ("甲省乙局关于做好丙类项目申报工作的通知", "甲乙发〔2021〕3号", ("甲省乙局",), "2021-03-05", 2),
        ("甲省丁厅关于召开戊类工作会议的通知", "甲丁发〔2021〕8号", ("甲省丁厅",), "2021-03-29", 4),
    ]
    refs = [(x.title, x.evidence.line) for x in r.documents[0].references]
    assert refs == [("甲省人民政府关于加快丙类产业发展的意见", 2)]
    assert not [p for p in r.problems if p.kind in ("malformed-row", "no-documents")]


def test_tab_separated_table_title_cell_and_text_printing_it_again():
    r = _docs(TABS)
    assert [(d.title, d.source_line) for d in r.documents] == [("甲省人民政府关于同意设立乙县丙类园区的批复", 2)]
    assert [x.title for x in r.documents[0].references] == ["甲省丙类园区管理办法"]


def test_text_cell_printing_the_title_without_its_marks():
    table = (
        "标题\t正文\n"
        "甲省人民政府关于乙镇保护规划（2021—2035年）的批复\t"
        "甲省人民政府关于乙镇保护规划20212035年的批复丙市人民政府你市关于批准实施乙镇保护规划的请示收悉现批复如下"
        "一原则同意乙镇保护规划二你市要严格按照规划要求加强保护工作甲省人民政府2023年6月19日\n"
    )
    r = _docs(table, "t.tsv")
    assert [(d.title, d.source_line) for d in r.documents] == [("甲省人民政府关于乙镇保护规划（2021—2035年）的批复", 2)]


@pytest.mark.parametrize("text", [METADATA, METADATA.replace("\r\n", "\n")])
def test_metadata_only_rows_are_documents_named_by_their_cells(text):
    r = _docs(text)
    got = [(d.title, d.date, d.source_line) for d in r.documents]
    assert got == [
        ("甲省人民政府关于进一步深化丁类改革的实施意见", None, 2),  # (发布日期 is a posting, no date of the text)
        ("甲省事业单位公开招聘人员办法", None, 3),
    ]
    assert [r.issuers for r in csv_records(text.replace("\r\n", "\n")).records] == ["甲省人民政府"] * 2  # (发布机构)


def test_research_table_note_in_title_cell_dropped_city_no_issuer():
    r = _docs(RESEARCH)
    got = [(d.title, d.issuers, d.source_line) for d in r.documents]
    assert got == [
        ("关于化解戊类库存的实施意见", (), 2),
        ("甲市人民政府办公厅关于推进己类安置工作的实施意见", ("甲市人民政府办公厅",), 3),
    ]


def test_gbk_bytes_through_the_build(tmp_path):
    (tmp_path / "policy.csv").write_bytes(RESEARCH.replace("\n", "\r\n").encode("gbk"))
    parsed, missing = parse_files(tmp_path, jobs=1)
    assert not missing and parsed[0].encoding == "gb18030"
    assert [(d.title, d.source_line) for d in parsed[0].documents] == [
        ("关于化解戊类库存的实施意见", 2),
        ("甲市人民政府办公厅关于推进己类安置工作的实施意见", 3),
    ]


def test_header_only_file_holds_no_documents():
    r = _docs("标题,发文字号,发布机构,正文,url\n")
    assert r.documents == () and [p.kind for p in r.problems] == ["no-documents"]


def test_number_table_is_no_publication():
    r = _docs("年份,项目数,金额（万元）\n2021,12,340.5\n2022,15,512.0\n")
    assert r.documents == () and [p.kind for p in r.problems] == ["no-documents"]


def test_row_of_wrong_column_count_reported_with_its_line():
    text = (
        "标题,发文字号,正文\n"
        "甲市乙局关于做好丙类工作的通知,甲乙发〔2021〕3号,各区乙局：现将有关事项通知如下。\n"
        "甲市乙局关于做好丁类工作的通知,甲乙发〔2021〕4号,各区乙局：现将有关事项通知如下,请认真执行。\n"
    )
    r = _docs(text)
    assert [(d.title, d.source_line) for d in r.documents] == [("甲市乙局关于做好丙类工作的通知", 2)]
    assert [(p.kind, p.line) for p in r.problems if p.kind == "malformed-row"] == [("malformed-row", 3)]
    assert "4 cells under a header of 3" in next(str(p) for p in r.problems if p.kind == "malformed-row")


def test_unclosed_quote_reported_with_its_line_and_later_rows_read():
    text = (
        "标题,正文\n"
        '甲市乙局关于做好丙类工作的通知,"各区乙局：现将有关事项通知如下。\n'
        "甲市乙局关于做好丁类工作的通知,各区乙局：现将有关事项通知如下。\n"
        "甲市乙局关于做好戊类工作的通知,各区乙局：现将有关事项通知如下。\n"
    )
    r = _docs(text)
    assert [(p.kind, p.line) for p in r.problems if p.kind == "malformed-row"] == [("malformed-row", 2)]
    assert "quote" in next(p.message for p in r.problems if p.kind == "malformed-row")
    assert [(d.title, d.source_line) for d in r.documents] == [
        ("甲市乙局关于做好丁类工作的通知", 3),
        ("甲市乙局关于做好戊类工作的通知", 4),
    ]


def test_whole_text_longer_than_csv_default_field_limit():
    body = "为做好丙类工作，现将有关事项通知如下。" * 8000  # (~150,000 characters in one cell)
    r = _docs(f'标题,正文\n甲市乙局关于做好丙类工作的通知,"各区乙局：{body}"\n')
    assert [(d.title, d.source_line) for d in r.documents] == [("甲市乙局关于做好丙类工作的通知", 2)]


def test_red_head_run_into_its_number_on_a_flattened_line():
    # (a crawl's one-line text, not only a table's cell: the red head 某某文件 run on into the number under it)
    line = (
        "123456甲市乙局文件甲乙发[2022] 16号甲市乙局关于加强丙类设施管理的通知各县（市、区）乙局：为加强丙类设施管理，"
        "根据《甲省丙类设施保护条例》，现将有关事项通知如下：一、落实管理责任。二、加强隐患排查。请认真贯彻执行。"
        "甲市乙局2022年3月4日\n"
    )
    d = parse_text(line, "page.txt").documents[0]
    assert (d.title, str(d.doc_number), d.date) == (
        "甲市乙局关于加强丙类设施管理的通知",
        "甲乙发〔2022〕16号",
        "2022-03-04",
    )


@pytest.mark.parametrize(
    "table",
    [
        "id,kind,title,doc_number\n甲市关于X的通知,Document,甲市关于X的通知,甲政〔2024〕1号\n",
        "source,source_kind,target,target_kind,type\n甲,Document,乙,Document,BASED_ON\n",
        ":ID,title,:LABEL\nd1,甲市关于X的通知,Document\n",
    ],
    ids=["export-nodes", "export-edges", "neo4j-import"],
)
def test_a_graphs_own_tables_are_no_publication(table):
    r = parse_text(table, "nodes.csv")
    assert len(r.documents) == 0
    assert [p.kind for p in r.problems] == ["no-documents"]
    assert "graph" in r.problems[0].message
