"""Tests of the bench's own pieces (not timed): generator, CSV export, harness helpers.

python3 -m pytest -q bench/test_bench.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export_admin_csv as ex  # noqa: E402
import generate as gen  # noqa: E402
import run as R  # noqa: E402


def _corpus_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_generator_is_deterministic_for_a_seed(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    gen.generate(a, 300, quiet=True)
    gen.generate(b, 300, quiet=True)
    gen.generate(c, 300, seed=1, quiet=True)
    assert _corpus_bytes(a) == _corpus_bytes(b)
    assert _corpus_bytes(a) != _corpus_bytes(c)


def test_generator_writes_the_documents_asked_for(tmp_path):
    m = gen.generate(tmp_path, 250, per_file=50, quiet=True)
    assert m["documents"] == 250
    assert m["files"] == len(list(tmp_path.glob("synthetic-*.txt"))) == 5
    assert sum(m["levels"].values()) == 250
    assert set(m["planted_references"]) >= {"BASED_ON", "IMPLEMENTS", "SUPERSEDES", "TRANSMITS"}
    assert json.loads((tmp_path / "manifest.json").read_text())["documents"] == 250


def test_parse_finds_what_the_generator_planted(tmp_path):
    from policykg.graph.build import build_graph

    m = gen.generate(tmp_path, 400, quiet=True)
    G = build_graph([tmp_path], jobs=1, as_of="2025-01-01")
    report = G.graph["report"]
    assert report.documents == m["documents"]
    for role, n in m["planted_references"].items():
        assert report.edges[role] == n, role


@pytest.mark.parametrize(
    "values, kind",
    [
        ([True, False], "boolean"),
        ([1, 2], "long"),
        ([1, 2.5], "double"),
        (["a", 1], "string"),
        ([["a", "b"], []], "string[]"),
        ([[1, 2]], "long[]"),
    ],
)
def test_column_types(values, kind):
    assert ex._column_type(values) == kind


def test_admin_csv_headers_and_rows(tmp_path):
    data = {
        "nodes": [
            {
                "id": "doc:a",
                "label": "Document",
                "properties": {"title": "A, “quoted”", "in_corpus": True, "issuers": ["X", "Y"], "source_line": 3},
            },
            {"id": "doc:b", "label": "Document", "properties": {"title": "B", "in_corpus": False}},
            {"id": "agency:X", "label": "Agency", "properties": {"name": "X"}},
        ],
        "edges": [
            {
                "source": "doc:a",
                "target": "doc:b",
                "type": "BASED_ON",
                "properties": {"line": 7, "text": "根据《B》\n第二行"},
            }
        ],
    }
    written = ex.export(data, tmp_path)
    assert written == {"nodes-Agency.csv": 1, "nodes-Document.csv": 2, "rels-BASED_ON.csv": 1}
    with (tmp_path / "nodes-Document.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["id:ID", "in_corpus:boolean", "issuers:string[]", "source_line:long", "title"]
    assert rows[1] == ["doc:a", "true", "X|Y", "3", "A, “quoted”"]
    assert rows[2] == ["doc:b", "false", "", "", "B"]  # absent properties are empty fields
    with (tmp_path / "rels-BASED_ON.csv").open(encoding="utf-8", newline="") as fh:
        rels = list(csv.reader(fh))
    assert rels == [[":START_ID", ":END_ID", "line:long", "text"], ["doc:a", "doc:b", "7", "根据《B》\n第二行"]]
    args = ex.import_args(tmp_path)
    assert f"--nodes=Document={tmp_path / 'nodes-Document.csv'}" in args
    assert f"--relationships=BASED_ON={tmp_path / 'rels-BASED_ON.csv'}" in args


def test_admin_csv_refuses_the_array_delimiter_inside_a_list(tmp_path):
    data = {"nodes": [{"id": "g:1", "label": "BeneficiaryGroup", "properties": {"synonyms": ["a|b"]}}], "edges": []}
    with pytest.raises(ValueError):
        ex.export(data, tmp_path)


def test_percentile_interpolates():
    assert R._percentile([1, 2, 3, 4, 5], 0.5) == 3
    assert R._percentile([0, 10], 0.95) == pytest.approx(9.5)


def test_naive_statement_writes_one_relationship_by_parameters():
    q = R.naive_statement("BASED_ON", "Document", "Document")
    assert "UNWIND" not in q
    assert "$source" in q and "$target" in q and "$props" in q
    assert "MERGE (a)-[r:BASED_ON]->(b)" in q


NOTICE = """{place}人民政府办公室关于印发{place}{topic}工作方案的通知
{prefix}〔2024〕{n}号
各县（市、区）人民政府，市人民政府各部门：
根据《中华人民共和国{law}法》，经市人民政府同意，现将《{place}{topic}工作方案》印发给你们，请认真贯彻执行。
{place}人民政府办公室
2024年{n}月8日
"""


def test_printed_gazette_is_read_back_from_a_real_pdf(tmp_path):
    """The pdf-print layout prints a gazette with Chromium and reads its documents back from the PDF."""
    import robustness

    from policykg.viz.browser import find_chromium

    if not find_chromium():
        pytest.fail("Chromium is missing: run scripts/install-browser.sh", pytrace=False)
    texts = tmp_path / "texts"
    texts.mkdir()
    rows = [
        ("洛阳市", "洛政办", "数字经济", "数据安全"),
        ("开封市", "汴政办", "文旅融合", "旅游"),
        ("安阳市", "安政办", "粮食安全", "粮食安全保障"),
    ]
    for n, (place, prefix, topic, law) in enumerate(rows, 3):
        (texts / f"{prefix}.txt").write_text(NOTICE.format(place=place, prefix=prefix, n=n, topic=topic, law=law))
    report = robustness.run(str(texts), out=tmp_path / "out", seed=1, layouts=["pdf-print"], show=0, sizes=(3, 3))
    fig = report["layouts"]["pdf-print"]["figures"]
    assert list((tmp_path / "out").glob("pdf-print-*.pdf"))
    assert fig["expected"] == 3 and fig["exact"] == 3, report["layouts"]["pdf-print"]["misses"]


def _converted(tmp_path, layout: str) -> dict:
    """Two notices printed as one gazette (pdf-print) and converted by ``layout``'s converter: the bench's report."""
    import robustness

    from policykg.viz.browser import find_chromium

    if not find_chromium():
        pytest.fail("Chromium is missing: run scripts/install-browser.sh", pytrace=False)
    texts = tmp_path / "texts"
    texts.mkdir()
    rows = [("洛阳市", "洛政办", "数字经济", "数据安全"), ("开封市", "汴政办", "文旅融合", "旅游")]
    for n, (place, prefix, topic, law) in enumerate(rows, 3):
        (texts / f"{prefix}.txt").write_text(NOTICE.format(place=place, prefix=prefix, n=n, topic=topic, law=law))
    return robustness.run(str(texts), out=tmp_path / "out", seed=1, layouts=["pdf-print", layout], show=0, sizes=(2, 2))


def test_printed_gazette_converted_by_pdfium_plain_text_is_read_back(tmp_path):
    """The pdf-pdfium-text layout converts the printed gazette with PDFium's plain text and parses the .txt."""
    report = _converted(tmp_path, "pdf-pdfium-text")
    assert len(list((tmp_path / "out").glob("pdf-print-*.pdf"))) == 1  # printed once for both layouts
    converted = list((tmp_path / "out").glob("pdf-pdfium-text-*.txt"))
    assert len(converted) == 1
    fig = report["layouts"]["pdf-pdfium-text"]["figures"]
    assert fig["encodings"] == ["utf-8"]
    assert fig["expected"] == 2 and fig["exact"] == 2, report["layouts"]["pdf-pdfium-text"]["misses"]


def test_printed_gazette_converted_by_pdftotext_layout_is_read_back(tmp_path):
    """The pdf-pdftotext-layout layout converts the printed gazette with ``pdftotext -layout`` and parses the .txt."""
    import shutil

    if not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not on PATH (optional bench tool): apt-get install poppler-utils")
    report = _converted(tmp_path, "pdf-pdftotext-layout")
    converted = list((tmp_path / "out").glob("pdf-pdftotext-layout-*.txt"))
    assert len(converted) == 1 and "\f" in converted[0].read_text(encoding="utf-8")
    fig = report["layouts"]["pdf-pdftotext-layout"]["figures"]
    assert fig["encodings"] == ["utf-8"]
    assert fig["expected"] == 2 and fig["exact"] == 2, report["layouts"]["pdf-pdftotext-layout"]["misses"]
