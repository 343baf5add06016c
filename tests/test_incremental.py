"""Incremental builds: new files are parsed alone, the graph is the same as a full build, and Neo4j gets
only what changed (and then holds exactly graph.json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.graph.incremental import graph_delta
from policykg.graph.io import read_graph

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
FIRST = ["henan-gazette-2024-19.txt", "jiaozuo-gazette-2024-03.txt"]
LATER = "zhengzhou-government-documents-2022.txt"


def _corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for name in FIRST:
        shutil.copy(CORPUS / name, d / name)
    return d


def _build(*args: str) -> str:
    r = CliRunner().invoke(main, ["build", *args, "--no-site", "--as-of", "2025-01-01"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def _graph(out: Path) -> dict:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    data.pop("meta")
    return data


def test_second_build_reuses_every_parsed_file_and_gives_the_same_graph(tmp_path):
    d, out = _corpus(tmp_path), tmp_path / "out"
    _build(str(d), "--out", str(out))
    first = _graph(out)
    text = _build(str(d), "--out", str(out))
    assert "incremental: 0 file(s) parsed, 2 reused" in text
    assert "0 node(s) and 0 relationship(s) new or changed" in text
    assert _graph(out) == first


def test_adding_a_file_parses_only_it_and_equals_a_full_build(tmp_path):
    d, out, full = _corpus(tmp_path), tmp_path / "out", tmp_path / "full"
    _build(str(d), "--out", str(out))
    text = _build(str(CORPUS / LATER), "--out", str(out), "--add")
    assert "incremental: 1 file(s) parsed, 2 reused" in text
    _build(str(d), str(CORPUS / LATER), "--out", str(full), "--no-cache")
    assert _graph(out) == _graph(full)
    meta = json.loads((out / "graph.json").read_text(encoding="utf-8"))["meta"]
    assert sorted(Path(f["file"]).name for f in meta["files"]) == sorted(FIRST + [LATER])


def test_changed_file_is_parsed_again(tmp_path):
    d, out = _corpus(tmp_path), tmp_path / "out"
    _build(str(d), "--out", str(out))
    f = d / FIRST[1]
    f.write_text(f.read_text(encoding="utf-8").replace("2024年6月13日", "2024年6月14日"), encoding="utf-8")
    text = _build(str(d), "--out", str(out))
    assert "incremental: 1 file(s) parsed, 1 reused" in text
    G = read_graph(out)
    assert G.nodes["doc:焦政〔2024〕10号"]["date"] == "2024-06-14"


def test_add_without_an_earlier_build_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(main, ["build", str(CORPUS / LATER), "--out", str(tmp_path / "none"), "--add"])
    assert r.exit_code != 0 and "holds no earlier build" in r.output and "Traceback" not in r.output


def test_delta_holds_new_and_changed_items_only(tmp_path):
    d, out = _corpus(tmp_path), tmp_path / "out"
    _build(str(d), "--out", str(out))
    before = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    _build(str(CORPUS / LATER), "--out", str(out), "--add")
    G = read_graph(out)
    D = graph_delta(before, G)
    old_ids = {n["id"] for n in before["nodes"]}
    new_ids = set(G.nodes) - old_ids
    assert new_ids <= set(D.nodes)
    assert D.number_of_nodes() < G.number_of_nodes()
    assert graph_delta(json.loads((out / "graph.json").read_text(encoding="utf-8")), G).number_of_nodes() == 0


@pytest.mark.neo4j
def test_neo4j_gets_only_the_changes_and_then_equals_graph_json(tmp_path, neo4j_settings, neo4j_driver):
    from policykg.neo4j.load import read_back

    d, out = _corpus(tmp_path), tmp_path / "out"
    conn = [
        "--neo4j",
        neo4j_settings.uri,
        "--user",
        neo4j_settings.user,
        "--password",
        neo4j_settings.password,
        "--database",
        neo4j_settings.database or "neo4j",
    ]
    first = _build(str(d), "--out", str(out), *conn, "--replace")
    assert "neo4j (whole graph" in first
    text = _build(str(CORPUS / LATER), "--out", str(out), "--add", *conn)
    assert "neo4j (changes only)" in text
    loaded = int(text.split("neo4j (changes only): ")[1].split(" nodes")[0])
    full = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert loaded < len(full["nodes"])
    back = read_back(neo4j_driver, database=neo4j_settings.database)
    assert {n["id"] for n in back["nodes"]} == {n["id"] for n in full["nodes"]}
    assert len(back["edges"]) == len(full["edges"])
