"""Reading what researchers download: PDF, web pages, Word files (policykg/loaders/formats.py).

The fixtures in tests/fixtures/formats/ are one real notice of the sample corpus (焦政〔2024〕10号 and
the 实施方案 it issues) laid out as publishers do — a two-column DOCX with a running head and page
numbers, the PDF LibreOffice makes of it, a portal page in the gov.cn layout, and the text — by
scripts/make_format_fixtures.py.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.errors import InputError
from policykg.loaders.formats import extract_docx, extract_html, extract_pdf, normalise_cjk, page_of
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.reading import iter_input_files, read_source

FORMATS = Path(__file__).parent / "fixtures" / "formats"
STEM = "jiaozuo-2024-10"
NOTICE = "焦作市人民政府关于印发焦作市推动大规模设备更新和消费品以旧换新实施方案的通知"
TEXT = "焦作市推动大规模设备更新和消费品以旧换新实施方案"


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------------------ pure readers


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("⼈⺠政府", "人民政府"),  # Kangxi radical 人 U+2F08, radical supplement 民 U+2EA0
        ("（试⾏）", "（试行）"),  # full-width brackets stay as printed
        ("豫政办〔2024〕46号", "豫政办〔2024〕46号"),
        ("\uf9b5例", "例例"),  # CJK compatibility ideograph U+F9B5 → 例
    ],
)
def test_normalise_cjk_maps_compatibility_forms_only(printed, expected):
    assert normalise_cjk(printed) == expected


def test_pdf_pages_and_reading_order():
    got = extract_pdf((FORMATS / f"{STEM}.pdf").read_bytes())
    lines = got.text.splitlines()
    assert len(got.pages) >= 3 and got.pages[0] == 1
    assert list(got.pages) == sorted(got.pages)
    # the two-column body reads column by column: sentences run on across the column wrap
    flat = compact(got.text)
    assert f"现将《{TEXT}》印发给你们" in flat
    assert "落实《国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知》（国发〔2024〕7号）" in flat
    # the full-width title comes first, whole: its two lines in large type read as one (formats._joined_titles)
    assert compact(lines[0]) == NOTICE


def test_pdf_drops_running_heads_and_page_numbers():
    got = extract_pdf((FORMATS / f"{STEM}.pdf").read_bytes())
    lines = [line.strip() for line in got.text.splitlines()]
    assert "焦作市人民政府公报" not in lines
    assert not [line for line in lines if re.fullmatch(r"\d{1,3}", line)]


def test_pdf_glyphs_overlapping_their_neighbours_are_read_once():
    """(a title in large bold type with tight letter spacing, as red-head reprints set it: each glyph's box reaches
    into the next one's, and PDFium's text *within* a rectangle took the neighbour too — 《江州江州省建省建设…》.
    fixtures/pdf/overlapping-glyphs.pdf is the .html beside it printed by headless Chromium, ``--print-to-pdf``)"""
    got = extract_pdf((FORMATS.parent / "pdf" / "overlapping-glyphs.pdf").read_bytes())
    lines = [compact(line) for line in got.text.splitlines()]
    assert lines[0] + lines[1] == "关于印发《江州省建设工程质量信用评价办法》的通知"
    assert "省厅制定了《江州省建设工程质量信用评价办法》，现印发给你们" in compact(got.text)
    assert lines[-2:] == ["江州省住房和城乡建设厅", "2024年3月1日"]


def test_pdf_without_text_layer_is_refused_with_a_hint():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    with pytest.raises(InputError, match="scan.pdf: PDF without a text layer"):
        extract_pdf(buf.getvalue(), name="scan.pdf")


def test_broken_pdf_is_one_clear_error():
    with pytest.raises(InputError, match="x.pdf: not a readable PDF"):
        extract_pdf(b"%PDF-1.4\n garbage", name="x.pdf")


def test_page_of_maps_lines_to_page_and_line_on_page():
    assert page_of((1, 10, 25), 1) == (1, 1)
    assert page_of((1, 10, 25), 9) == (1, 9)
    assert page_of((1, 10, 25), 10) == (2, 1)
    assert page_of((1, 10, 25), 30) == (3, 6)
    assert page_of((), 5) is None


def test_html_metadata_table_title_and_body_without_navigation():
    got = extract_html((FORMATS / f"{STEM}.html").read_bytes())
    lines = got.text.splitlines()
    assert "发文字号：焦政〔2024〕10号" in lines
    assert "成文日期：2024年06月13日" in lines
    assert NOTICE in lines  # the title stands above the body, which starts at the doc number
    assert "首页" not in got.text and "网站标识码" not in got.text and "var site" not in got.text
    assert f"现将《{TEXT}》印发给你们" in compact(got.text)


def test_html_without_known_container_takes_the_text_block():
    page = """<html><head><meta charset="gbk"></head><body>
    <div class="menu"><a href="/a">首页</a><a href="/b">机构</a><a href="/c">政务公开</a></div>
    <div class="main"><h1>某某市人民政府关于做好就业工作的通知</h1>
    <p>某政〔2025〕3号</p><p>各县（市、区）人民政府：</p><p>根据《中华人民共和国就业促进法》，现通知如下。</p></div>
    </body></html>""".encode("gbk")
    got = extract_html(page)
    assert got.text.splitlines()[0] == "某某市人民政府关于做好就业工作的通知"
    assert "根据《中华人民共和国就业促进法》，现通知如下。" in got.text
    assert "机构" not in got.text


# Layout "raw-portal-html" without a metadata table: the fields printed as label paragraphs or list items.
# Rows from two portal templates (snippets written for the test after the sites' markup):
PARAGRAPH_METADATA_PAGES = [
    pytest.param(  # hd.gov.cn (Handan, Hebei): two columns of <p><strong>label</strong>：value</p>
        """<div class="top cf"><div class="top-l fl">
        <p><strong>索引号</strong>：000014348/2020-35147</p><p><strong>发布机构</strong>：邯郸市教育局</p>
        <p><strong>名称</strong>：邯郸市教育局关于印发《甲方案》的通知</p><p><strong>文号</strong>：邯教〔2020〕7号</p></div>
        <div class="top-r fr"><p><strong>主题分类</strong>：教育</p><p><strong>发布日期</strong>：2020年08月02日</p></div></div>
        <div class="dhlm"><ul><li><a href="/">网站首页</a></li><li><a href="/zjhd/">走进邯郸</a></li></ul></div>
        <div class="content"><p>各县（市、区）教育局：</p><p>现将《甲方案》印发给你们，请认真贯彻执行。</p>
        <p>邯郸市教育局</p><p>2020年8月2日</p></div>""",
        ["发布机构：邯郸市教育局", "文号：邯教〔2020〕7号", "发布日期：2020年08月02日"],
        "邯郸市教育局关于印发《甲方案》的通知",
        id="hebei-handan-label-paragraphs",
    ),
    pytest.param(  # a municipal policy library: bracketed labels in an ordered list
        """<div class="header"><a href="/">首页</a> &gt; <a href="/zhengce/">政策文件</a></div>
        <ol class="doc-info"><li><span>[名\u3000\u3000称]</span>某某市人民政府关于乙工作的意见</li>
        <li><span>[发文机构]</span>某某市人民政府</li><li><span>[成文日期]</span>2019年03月05日</li>
        <li><span>[发文字号]</span>某政发〔2019〕4号</li><li><span>[主题分类]</span>综合政务</li></ol>
        <div class="view"><p>各区人民政府，市政府各委、办、局：</p><p>为做好乙工作，提出如下意见。</p></div>""",
        ["发文机构：某某市人民政府", "成文日期：2019年03月05日", "发文字号：某政发〔2019〕4号"],
        "某某市人民政府关于乙工作的意见",
        id="bracketed-labels-in-a-list",
    ),
]


@pytest.mark.parametrize(("body", "field_lines", "title"), PARAGRAPH_METADATA_PAGES)
def test_html_metadata_as_label_paragraphs(body, field_lines, title):
    page = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()
    lines = extract_html(page).text.splitlines()
    assert all(line in lines[:8] for line in field_lines)
    assert title in lines  # the title stands above the body, read from the block
    assert "网站首页" not in lines and "首页" not in lines
    fields = read_portal_fields("\n".join(lines))
    assert fields.title == title and fields.issuer == field_lines[0].split("：")[1]


def test_html_page_without_article_does_not_print_its_metadata_twice():
    page = """<html><body><div class="top-l"><p><strong>索引号</strong>：000014348/2020-1</p>
    <p><strong>名称</strong>：某某局关于丙的通知</p><p><strong>发布机构</strong>：某某局</p></div></body></html>"""
    lines = extract_html(page.encode()).text.splitlines()
    assert lines.count("名称：某某局关于丙的通知") == 1 and lines[-1] == "某某局关于丙的通知"


def test_docx_paragraphs_and_tables_in_order():
    import docx

    document = docx.Document()
    document.add_paragraph("某某省人民政府办公厅关于印发补贴标准的通知")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "对象", "标准"
    table.cell(1, 0).text, table.cell(1, 1).text = "高校毕业生", "每人1000元"
    document.add_paragraph("本通知自印发之日起施行。")
    buf = io.BytesIO()
    document.save(buf)
    got = extract_docx(buf.getvalue())
    assert got.text.splitlines() == [
        "某某省人民政府办公厅关于印发补贴标准的通知",
        "对象 标准",
        "高校毕业生 每人1000元",
        "本通知自印发之日起施行。",
    ]
    assert got.pages == ()


def test_docx_fixture_keeps_body_after_the_two_column_break():
    got = extract_docx((FORMATS / f"{STEM}.docx").read_bytes())
    assert got.text.splitlines()[0] == NOTICE
    assert "（国发〔2024〕7号）" in got.text


def test_broken_docx_is_one_clear_error():
    with pytest.raises(InputError, match="bad.docx: not a readable .docx"):
        extract_docx(b"PK\x03\x04 not really a zip", name="bad.docx")


# ------------------------------------------------------------------------------ reading files


def test_folder_lists_every_format_and_the_unreadable_ones(tmp_path):
    for name in ("a.txt", "b.pdf", "c.html", "d.docx", "e.doc", "f.wps", "g.ofd", "h.jpg"):
        (tmp_path / name).write_bytes(b"x")
    files, missing = iter_input_files([tmp_path])
    assert [f.name for f in files] == ["a.txt", "b.pdf", "c.html", "d.docx", "e.doc", "f.wps", "g.ofd"]
    assert missing == []


@pytest.mark.parametrize(("suffix", "hint"), [(".doc", "convert it to .docx"), (".wps", "WPS"), (".ofd", "OFD")])
def test_unreadable_format_is_named_with_what_to_do(tmp_path, suffix, hint):
    path = tmp_path / f"notice{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0 binary")
    with pytest.raises(InputError) as err:
        read_source(path)
    message = str(err.value)
    assert message.startswith(f"{path}: not read:") and hint in message and "\n" not in message


def test_read_source_names_the_format_and_keeps_pdf_pages():
    pdf = read_source(FORMATS / f"{STEM}.pdf")
    assert pdf.encoding == "pdf" and pdf.pages and pdf.pages[0] == 1
    html = read_source(FORMATS / f"{STEM}.html")
    assert html.encoding == "html" and html.pages == ()


# ------------------------------------------------------------------------------ the whole build


def _build(tmp_path, *paths) -> dict:
    out = tmp_path / "out"
    res = CliRunner().invoke(
        main, ["build", *map(str, paths), "--out", str(out), "--no-site", "--no-cache", "--as-of", "2025-01-01", "-q"]
    )
    assert res.exit_code == 0, res.output
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def _documents(graph: dict) -> dict[str, dict]:
    return {
        n["id"]: n["properties"] for n in graph["nodes"] if n["label"] == "Document" and n["properties"]["in_corpus"]
    }


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".docx", ".txt"])
def test_each_format_gives_the_same_documents(tmp_path, suffix):
    docs = _documents(_build(tmp_path, FORMATS / f"{STEM}{suffix}"))
    notice = docs["doc:焦政〔2024〕10号"]
    assert (notice["title"], notice["issuers"], notice["date"]) == (NOTICE, ["焦作市人民政府"], "2024-06-13")
    assert set(docs) == {"doc:焦政〔2024〕10号", f"doc:{TEXT}"}


def test_a_folder_of_four_formats_builds_one_set_of_nodes(tmp_path):
    graph = _build(tmp_path, FORMATS)
    assert set(_documents(graph)) == {"doc:焦政〔2024〕10号", f"doc:{TEXT}"}
    ids = [n["id"] for n in graph["nodes"]]
    assert len(ids) == len(set(ids))
    assert graph["meta"]["duplicates_merged"] == 6
    kinds = {e["type"] for e in graph["edges"]}
    assert {"TRANSMITS", "IMPLEMENTS", "ISSUED_BY"} <= kinds


def test_unreadable_files_are_reported_and_the_rest_is_built(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "notice.txt").write_bytes((FORMATS / f"{STEM}.txt").read_bytes())
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 binary")
    (folder / "scan.ofd").write_bytes(b"PK ofd")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--no-site", "--no-cache"])
    assert res.exit_code == 0, res.output
    assert "old.doc: not read: Word 97-2003 file" in res.output
    assert "scan.ofd: not read: OFD file" in res.output
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert "doc:焦政〔2024〕10号" in _documents(graph)


def test_evidence_from_a_pdf_names_page_and_line_on_the_page(tmp_path):
    graph = _build(tmp_path, FORMATS / f"{STEM}.pdf")
    pages = read_source(FORMATS / f"{STEM}.pdf").pages
    implements = [e["properties"] for e in graph["edges"] if e["type"] == "IMPLEMENTS"]
    assert implements
    for props in implements:
        assert page_of(pages, props["line"]) == (props["page"], props["page_line"])
    later = [e["properties"] for e in graph["edges"] if e["type"] == "TARGETS" and e["properties"]["page"] > 1]
    assert later, "evidence beyond the first page"
    notice = _documents(graph)["doc:焦政〔2024〕10号"]
    assert (notice["source_page"], notice["source_page_line"]) == (1, 1)


def test_text_sources_carry_no_page(tmp_path):
    graph = _build(tmp_path, FORMATS / f"{STEM}.txt")
    assert not [e for e in graph["edges"] if "page" in e["properties"]]


def test_in_a_mixed_folder_the_printed_pdf_is_the_evidence(tmp_path):
    graph = _build(tmp_path, FORMATS)
    docs = _documents(graph)
    assert {d["source_file"].rsplit(".", 1)[1] for d in docs.values()} == {"pdf"}
    assert all("page" in e["properties"] for e in graph["edges"])
