"""`policykg query` in memory, the output formats, and the messages of `query`/`cypher` (no server)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.graph.io import write_graph
from policykg.queries.catalog import get_query, named_queries
from policykg.queries.output import format_csv, format_json, format_table
from policykg.queries.result import QueryResult
from policykg.queries.runner import run_memory

from factories import L1, N1, N2, query_graph


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    write_graph(query_graph(), out)
    return out


def run(*args):
    return CliRunner().invoke(main, list(args))


# --- formats ----------------------------------------------------------------------------------

RESULT = QueryResult(
    ("document", "cited_by", "path", "in_corpus"),
    (("doc:国发〔2024〕1号", 12, ["doc:a", "doc:b"], False), ("doc:x", None, [], True)),
)


def test_table_aligns_wide_characters_and_right_aligns_numbers():
    lines = format_table(RESULT).splitlines()
    assert lines[0].split() == ["document", "cited_by", "path", "in_corpus"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    # 国发〔2024〕1号 is 7 wide characters: the number column still lines up with its header
    header_end = lines[0].index("cited_by") + len("cited_by")
    first = lines[2]
    assert first.endswith("false")
    width = sum(2 if ch in "国发〔〕号" else 1 for ch in first[: first.index("12") + 2])
    assert width == sum(2 if ch in "国发〔〕号" else 1 for ch in lines[0][:header_end])
    assert "doc:a, doc:b" in first


def test_table_cuts_long_cells_unless_asked_not_to():
    long = QueryResult(("title",), (("很" * 100,),))
    assert format_table(long).splitlines()[2].endswith("…")
    assert format_table(long, max_cell=None).splitlines()[2] == "很" * 100


def test_empty_table_says_so():
    assert format_table(QueryResult(("a",), ())).splitlines()[-1] == "(no rows)"


def test_json_is_row_objects_in_column_order():
    data = json.loads(format_json(RESULT))
    assert data[0] == {
        "document": "doc:国发〔2024〕1号",
        "cited_by": 12,
        "path": ["doc:a", "doc:b"],
        "in_corpus": False,
    }
    assert list(data[1]) == list(RESULT.columns)


def test_csv_has_a_header_and_lists_as_json():
    rows = list(csv.reader(io.StringIO(format_csv(RESULT))))
    assert rows[0] == list(RESULT.columns)
    assert rows[1] == ["doc:国发〔2024〕1号", "12", '["doc:a", "doc:b"]', "false"]
    assert rows[2] == ["doc:x", "", "[]", "true"]


# --- policykg query (in memory) ---------------------------------------------------------------


def test_query_json_equals_the_library_answer(build):
    result = run(
        "query",
        "lineage_up",
        "--graph",
        str(build),
        "--param",
        "doc=郑政〔2022〕5号",
        "--param",
        "level=national",
        "--json",
    )
    assert result.exit_code == 0, result.output
    expected = run_memory(get_query("lineage_up"), {"doc": "郑政〔2022〕5号", "level": "national"}, query_graph())
    assert json.loads(result.stdout) == expected.records()
    assert {r["ancestor"] for r in json.loads(result.stdout)} == {N1, N2, L1}


def test_query_csv_and_table(build):
    result = run("query", "coissuance", "--graph", str(build), "--csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "agency_a,agency_b,joint_documents,documents"
    table = run("query", "most_cited", "--graph", str(build), "-p", "limit=2")
    assert table.exit_code == 0
    assert len(table.stdout.splitlines()) == 4  # header, rule, two rows


def test_query_list_shows_every_query_with_parameters_and_example():
    result = run("query", "--list")
    assert result.exit_code == 0
    for q in named_queries().values():
        assert f"{q.name}: {q.summary}" in result.stdout
        assert q.example in result.stdout
        for p in q.params:
            assert f"--param {p.name}=" in result.stdout


def test_every_query_example_runs_in_memory_on_the_fixture(build):
    import shlex

    for q in named_queries().values():
        args = shlex.split(q.example)[1:]
        result = run(*args, "--graph", str(build))
        # the examples name documents of the sample corpus: here they may name nothing, and say so
        assert result.exit_code == 0 or " matches " in result.output, (q.example, result.output)


def test_a_reference_naming_nothing_exits_non_zero_with_the_closest_candidates(build):
    result = run("query", "supersession", "--graph", str(build), "--param", "doc=豫政〔2099〕3号")
    assert result.exit_code == 1 and result.stdout == ""
    assert "no document matches '豫政〔2099〕3号'; did you mean: " in result.stderr
    assert "(豫政〔2021〕3号, 2021-06-01)" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(
    "ref", ["郑政[2022]5号", "郑政（2022）5号", "郑政〔2022〕5 号", "郑政［２０２２］５号", "稳就业实施方案的通知"]
)
def test_query_looks_documents_up_as_the_pages_do(build, ref):
    args = ["query", "lineage_up", "--graph", str(build), "--param", "level=national", "--json"]
    exact = run(*args, "--param", "doc=郑政〔2022〕5号")
    loose = run(*args, "--param", f"doc={ref}")
    assert exact.exit_code == loose.exit_code == 0, loose.output
    assert json.loads(loose.stdout) == json.loads(exact.stdout) != []


def test_several_matches_are_listed_and_exit_non_zero(build):
    result = run("query", "document_links", "--graph", str(build), "--param", "doc=就业工作的")
    assert result.exit_code == 1
    assert "matches 4 documents" in result.stderr and "[doc:豫政〔2021〕3号]" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "nope"], "unknown query 'nope'"),
        (["query"], "name a query"),
        (["query", "lineage_up"], "needs --param doc"),
        (["query", "lineage_up", "--param", "doc"], "--param takes key=value"),
        (["query", "most_cited", "--param", "limit=lots"], "whole number"),
        (["query", "most_cited", "--graph", "x", "--neo4j", "bolt://127.0.0.1:1"], "not both"),
        (["cypher", "CREATE (n) RETURN n", "--neo4j", "bolt://127.0.0.1:1"], "refused: CREATE"),
        (["cypher", "RETURN 1 AS one", "--neo4j", "bolt://127.0.0.1:1", "--password", "whatever1"], "not reachable"),
        (["query", "missing_cited", "--neo4j", "bolt://127.0.0.1:1", "--password", "whatever1"], "not reachable"),
        (["cypher", "RETURN 1 AS one", "--limit", "0", "--neo4j", "bolt://127.0.0.1:1"], "Invalid value for '--limit'"),
    ],
)
def test_user_errors_are_one_line_messages(build, args, message):
    if args[:2] == ["query", "lineage_up"] or args[:2] == ["query", "most_cited"] and "--neo4j" not in args:
        args = args + ["--graph", str(build)]
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_query_on_a_missing_build_says_how_to_make_one(tmp_path):
    result = run("query", "missing_cited", "--graph", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert "policykg build" in result.output


def test_every_command_has_an_example():
    for name in ("load", "query", "cypher"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


def test_every_query_example_answers_something_on_the_sample_corpus(tmp_path):
    """The examples of `policykg query --list` are what a researcher tries first: on the
    sample corpus each gives rows."""
    import shlex

    from policykg import build_graph

    write_graph(build_graph([str(Path(__file__).resolve().parents[1] / "data" / "corpus")]), tmp_path)
    for q in named_queries().values():
        result = run(*shlex.split(q.example)[1:], "--graph", str(tmp_path), "--json")
        assert result.exit_code == 0, (q.example, result.output)
        assert json.loads(result.stdout), q.example
