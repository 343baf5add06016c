"""`policykg build`: the summary it prints, graph.json against its JSON Schema, where later commands
find the build, and bad input (empty, binary, undecodable, GB18030, BOM, missing, one bad file among
good ones): one line naming the file, the rest processed, counted in the summary, no traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.graph.build import parse_file
from policykg.graph.io import LAST_BUILD_FILE, load_build, resolve_graph_dir
from policykg.loaders.parse import parse_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
SCHEMA = ROOT / "policykg" / "ontology" / "graph.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "publications"

# henan-gazette-2024-19.txt, lines 145-165 (a notice and the measures it transmits)
GOOD = """河南省人民政府办公厅 关于印发支持平台经济高质量发展若干措施的 通 知

豫政办〔2024〕46号

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

《支持平台经济高质量发展若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。

河南省人民政府办公厅

2024年8月22日

支持平台经济高质量发展若干措施

为深入贯彻党中央、国务院关于发展平台经济的决策部署，加快促进我省平台经济高质量发展，结合我省实际，制定以下支持措施。
"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" * 20
# valid as neither UTF-8 nor GB18030 (0xFF never starts a GB18030 character)
UNDECODABLE = (
    "河南省人民政府办公厅关于印发若干措施的通知\n".encode()
    + b"\xff\xfe\xff\x80\x80\n"
    + "豫政办〔2024〕46号\n".encode()
)


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The real console entry point in a subprocess: exit code, stdout and stderr as a user sees them."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-m", "policykg", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("cwd")
    out = cwd / "build"
    with contextlib.chdir(cwd):  # the build remembers itself in the working folder: not the repository's
        res = CliRunner().invoke(
            main,
            ["build", str(CORPUS), "--out", str(out), "--no-site", "--as-of", "2025-06-30", "-j", "1"],
            catch_exceptions=False,
        )
    return res, out


# ---------------------------------------------------------------- summary and graph.json
def test_build_prints_the_summary(corpus_build):
    res, out = corpus_build
    assert res.exit_code == 0, res.output
    text = res.output
    assert "documents per file:" in text
    for f in sorted(CORPUS.glob("*.txt")):
        line = next(l for l in text.splitlines() if l.rstrip().endswith(f.name))
        assert int(line.split()[0]) > 0
    assert "README.md" not in text  # the corpus README is not a publication
    assert "edges:" in text and "ISSUED_BY" in text and "TRANSMITS" in text and "SUPERSEDES" in text
    assert "unresolved references" in text
    assert f"wrote {out / 'graph.json'}" in text
    assert "Traceback" not in text


def test_a_build_of_thousands_of_files_prints_counts_and_the_empty_files(capsys):
    from policykg.cli.build import LIST_EMPTY_FILES, _print_files

    files = [(f"law/{i:04d}.md", 0 if i % 100 == 7 else 1) for i in range(3000)]
    _print_files(files, Path("out/graph.json"))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "documents per file: 3000 files read, 2970 with documents, 30 with none "
        "(every file's count: out/graph.json, meta.files)"
    )
    assert lines[1:3] == ["      0  law/0007.md", "      0  law/0107.md"]
    assert len(lines) == 1 + LIST_EMPTY_FILES + 1 and lines[-1] == "  … 10 more with none"


def test_summary_counts_match_graph_json(corpus_build):
    res, out = corpus_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    docs = [n for n in data["nodes"] if n["label"] == "Document" and n["properties"].get("in_corpus")]
    assert f"documents: {len(docs)} in corpus" in res.output
    per_file = {Path(f["file"]).name: f["documents"] for f in data["meta"]["files"]}
    for name, n in per_file.items():
        assert n == sum(1 for d in docs if Path(d["properties"]["source_file"]).name == name)


def test_graph_json_is_valid_against_its_schema(corpus_build):
    _, out = corpus_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    assert [f"{list(e.path)[:3]}: {e.message[:120]}" for e in errors[:10]] == []
    assert data["schema_version"] == 2
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])


def test_schema_rejects_a_broken_graph():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = {"schema_version": 1, "nodes": [{"id": "doc:x", "label": "Statute", "properties": {}}], "edges": []}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_document_to_document_edges_carry_evidence(corpus_build):
    _, out = corpus_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    for e in data["edges"]:
        if e["type"] in ("BASED_ON", "IMPLEMENTS", "SUPERSEDES", "AMENDS", "CITES", "TRANSMITS"):
            p = e["properties"]
            assert p.get("file") and isinstance(p.get("line"), int) and p.get("text"), e


# ---------------------------------------------------------------- where later commands find the build
def test_last_build_is_remembered_and_resolved(tmp_path, monkeypatch):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["build", "in.txt", "--out", "mybuild", "--no-site", "-q"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / LAST_BUILD_FILE).exists()
    assert resolve_graph_dir(None) == (tmp_path / "mybuild").resolve()
    assert resolve_graph_dir("elsewhere") == Path("elsewhere")
    G = load_build(None)
    assert "doc:豫政办〔2024〕46号" in G


def test_default_build_folder_is_out(tmp_path, monkeypatch):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert resolve_graph_dir(None) == Path("out")
    res = CliRunner().invoke(main, ["build", "in.txt", "--no-site", "-q"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "graph.json").exists()


def test_a_later_command_reads_the_last_build_or_graph(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    assert run_cli("build", "in.txt", "--out", "b1", "--no-site", "-q", cwd=tmp_path).returncode == 0
    last = run_cli("query", "lineage_up", "--param", "doc=豫政办〔2024〕46号", "--json", cwd=tmp_path)
    assert last.returncode == 0, last.stderr
    explicit = run_cli(
        "query", "lineage_up", "--param", "doc=豫政办〔2024〕46号", "--json", "--graph", "b1", cwd=tmp_path
    )
    assert explicit.returncode == 0 and json.loads(explicit.stdout) == json.loads(last.stdout)
    rows = json.loads(last.stdout)
    assert any(r.get("ancestor") == "doc:支持平台经济高质量发展若干措施" for r in rows)


def test_missing_build_is_a_one_line_error(tmp_path):
    res = run_cli("query", "lineage_up", "--param", "doc=豫政办〔2024〕46号", "--graph", "nowhere", cwd=tmp_path)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    msg = [l for l in res.stderr.splitlines() if l.strip()]
    assert len(msg) == 1 and "nowhere" in msg[0] and "policykg build" in msg[0]


# ---------------------------------------------------------------- bad input
def test_gb18030_file_is_read_correctly():
    pf = parse_file(FIXTURES / "zhengzhou-excerpt-gb18030.txt")
    assert pf.encoding == "gb18030" and not pf.skipped
    assert pf.documents[0].title == "郑州市人民政府关于下达2022年度郑州市重点建设项目的通知"
    assert str(pf.documents[0].doc_number) == "郑政〔2022〕1号"


def test_gbk_file_is_read_correctly(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes(GOOD.encode("gbk"))
    pf = parse_file(p)
    assert pf.encoding in ("gb18030", "gbk") and not pf.skipped
    assert [d.title for d in pf.documents] == [
        "河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知",
        "支持平台经济高质量发展若干措施",
    ]


def test_utf8_with_bom_is_read_correctly(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    pf = parse_file(p)
    assert not pf.skipped
    first = pf.documents[0]
    assert first.title == "河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知"
    assert first.source_line == 1


@pytest.mark.parametrize(
    "name,data,word",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n  \n\t\n", "empty"),
        ("binary.txt", PNG, "binary"),
        ("undecodable.txt", UNDECODABLE, "decode"),
    ],
)
def test_bad_file_alone_is_a_one_line_error(tmp_path, name, data, word):
    (tmp_path / name).write_bytes(data)
    res = run_cli("build", name, "--out", "o", "--no-site", cwd=tmp_path)
    assert res.returncode == 1
    both = res.stdout + res.stderr
    assert "Traceback" not in both
    lines = [l for l in both.splitlines() if name in l]
    assert lines and all(word in l.lower() for l in lines), both
    err = [l for l in res.stderr.splitlines() if l.strip()]
    assert len(err) == 1 and name in err[0]


def test_mistyped_path_writes_nothing_and_keeps_the_previous_build(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    first = run_cli("build", "good.txt", "--out", "o", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = {p: p.read_bytes() for p in (tmp_path / "o").rglob("*") if p.is_file() and ".lock" not in p.name}
    res = run_cli("build", "nosuch.txt", "good.txt", "--out", "o", cwd=tmp_path)
    assert res.returncode == 1
    assert "Traceback" not in res.stdout + res.stderr
    (line,) = [l for l in res.stderr.splitlines() if l.strip()]
    assert "nosuch.txt" in line and "no such file" in line and "nothing was written" in line
    after = {p: p.read_bytes() for p in (tmp_path / "o").rglob("*") if p.is_file() and ".lock" not in p.name}
    assert after == before


def test_folder_with_bad_files_among_good_ones(tmp_path):
    src = tmp_path / "pubs"
    src.mkdir()
    (src / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (src / "b-empty.txt").write_bytes(b"")
    (src / "c-binary.txt").write_bytes(PNG)
    (src / "d-undecodable.txt").write_bytes(UNDECODABLE)
    (src / "e-gbk.md").write_bytes(GOOD.replace("46号", "47号").encode("gbk"))
    (src / "f-bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("46号", "48号").encode("utf-8"))
    res = run_cli("build", "pubs", "--out", "o", "--no-site", cwd=tmp_path)
    out = res.stdout + res.stderr
    assert res.returncode == 0, out
    assert "Traceback" not in out
    assert "skipped 3 file(s)" in res.stdout
    for bad, word in (("b-empty.txt", "empty"), ("c-binary.txt", "binary"), ("d-undecodable.txt", "decode")):
        lines = [l for l in res.stdout.splitlines() if bad in l]
        assert len(lines) == 1 and word in lines[0].lower(), (bad, lines)
    for good in ("a-good.txt", "e-gbk.md", "f-bom.txt"):
        (line,) = [l for l in res.stdout.splitlines() if l.rstrip().endswith(good)]
        assert int(line.split()[0]) == 2
    data = json.loads((tmp_path / "o" / "graph.json").read_text(encoding="utf-8"))
    assert sorted(Path(s["file"]).name for s in data["meta"]["skipped"]) == [
        "b-empty.txt",
        "c-binary.txt",
        "d-undecodable.txt",
    ]
    ids = {n["id"] for n in data["nodes"]}
    assert {"doc:豫政办〔2024〕46号", "doc:豫政办〔2024〕47号", "doc:豫政办〔2024〕48号"} <= ids


def test_library_reports_skipped_files_without_raising(tmp_path):
    from policykg import build_graph

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    G = build_graph([tmp_path, tmp_path / "missing.txt"], jobs=1)
    report = G.graph["report"]
    assert sorted(Path(f).name for f, _ in report.skipped) == ["empty.txt", "missing.txt"]
    assert [Path(f).name for f, n in report.files] == ["good.txt"]


def test_summary_lists_warnings_with_file_and_line(tmp_path, monkeypatch):
    text = GOOD.replace("河南省人民政府办公厅 关于", "河南省人民政府办公厅 河南省稳岗扩岗工作领导小组办公室 关于", 1)
    (tmp_path / "w.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["build", "w.txt", "--out", "o", "--no-site"])
    assert res.exit_code == 0, res.output
    assert "warnings:" in res.output and "unknown-issuer" in res.output
    assert any(
        l.strip().startswith("w.txt:1:") and "河南省稳岗扩岗工作领导小组办公室" in l for l in res.output.splitlines()
    )


def test_as_of_option_sets_validity_date(tmp_path, monkeypatch):
    text = GOOD + "\n本措施自印发之日起施行，有效期至2024年12月31日。\n"
    (tmp_path / "e.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for as_of, status in (("2024-10-01", "in_force"), ("2025-01-01", "expired")):
        res = CliRunner().invoke(
            main, ["build", "e.txt", "--out", as_of, "--no-site", "-q", "--as-of", as_of, "-j", "2"]
        )
        assert res.exit_code == 0, res.output
        data = json.loads((tmp_path / as_of / "graph.json").read_text(encoding="utf-8"))
        assert data["meta"]["as_of"] == as_of
        (measures,) = [n for n in data["nodes"] if n["id"] == "doc:支持平台经济高质量发展若干措施"]
        assert (measures["properties"]["status"], measures["properties"]["status_as_of"]) == (status, as_of)


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom_is_read_correctly(tmp_path, encoding, bom):
    p = tmp_path / "u16.txt"
    p.write_bytes(bom + GOOD.encode(encoding))
    pf = parse_file(p)
    assert not pf.skipped
    assert [d.title for d in pf.documents][0] == "河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知"


def test_gb18030_four_byte_characters(tmp_path):
    p = tmp_path / "gb4.txt"
    text = GOOD.replace("支持平台经济高质量发展若干措施", "支持𠮷祥平台经济高质量发展若干措施")
    p.write_bytes(text.encode("gb18030"))
    pf = parse_file(p)
    assert pf.encoding == "gb18030"
    assert pf.documents[1].title == "支持𠮷祥平台经济高质量发展若干措施"


def test_gb18030_file_with_a_dotted_contents_list(tmp_path):
    """A GB18030 gazette whose contents list runs its leaders as …… (U+2026, a fifth of the text) is read
    as GB18030, not refused as unreadable."""
    contents = "".join(f"{k}.{k}编制依据{'…' * 40}({k})\n" for k in range(1, 13))
    p = tmp_path / "gb-contents.txt"
    p.write_bytes(("目  录\n" + contents + "\n" + GOOD).encode("gb18030"))
    pf = parse_file(p)
    assert not pf.skipped and pf.encoding == "gb18030"
    assert "支持平台经济高质量发展若干措施" in [d.title for d in pf.documents]


def test_gb18030_file_holding_a_scrapes_replacement_characters(tmp_path):
    """A garbled scrape whose lost characters stand as U+FFFD (a third of its text), saved as GB18030: read, not
    refused as another encoding (GB18030 writes U+FFFD as its own four bytes)."""
    junk = "".join(f"第{k}段\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\n" for k in range(1, 40))
    p = tmp_path / "gb-garbled.txt"
    p.write_bytes((GOOD + junk).encode("gb18030"))
    pf = parse_file(p)
    assert not pf.skipped and pf.encoding == "gb18030"
    assert "支持平台经济高质量发展若干措施" in [d.title for d in pf.documents]


@pytest.mark.parametrize(
    "name",
    [
        "h85-north-china-energy-regulator-peak-market-extension-2019.txt",
        "h50-nhc-six-offices-city-medical-groups-list-notice-forum-2023.txt",
    ],
)
def test_a_windows_text_reads_as_its_unix_text(name):
    """Two labelled texts saved with CRLF line ends: the same documents, fields, citations and lines as with LF
    (a \\r before a line's end hid a title from the patterns that end at the line's end)."""
    path = Path(__file__).parent / "fixtures" / "unseen" / "texts" / name
    text = path.read_text(encoding="utf-8")

    def read(t: str) -> list[tuple]:
        return [
            (
                d.title,
                str(d.doc_number),
                d.date,
                d.issuers,
                d.source_line,
                [(r.role, r.title, r.evidence.line) for r in d.references],
            )
            for d in parse_text(t, name).documents
        ]

    assert read(text.replace("\n", "\r\n")) == read(text)


def test_windows_line_endings_keep_line_numbers(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(GOOD.replace("\n", "\r\n").encode("gbk"))
    pf = parse_file(p)
    assert [(d.title, d.source_line) for d in pf.documents] == [
        ("河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知", 1),
        ("支持平台经济高质量发展若干措施", 13),
    ]
