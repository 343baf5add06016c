"""Loading into the real Neo4j: exact graph, idempotent, --replace, interrupted loads, the CLI.

Tests marked ``neo4j`` use the session's ``neo4j_driver`` (tests/conftest.py) and empty the
database they load into.
"""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.errors import QueryError
from policykg.graph.io import generate_graph_json, parse_graph_json, write_graph
from policykg.neo4j import cypher
from policykg.neo4j.load import LoadSummary, load_graph, plan_batches, read_back
from policykg.ontology.schema import NODE_LABELS

from factories import N1, P1, query_graph, query_graph_json


def expected(G) -> dict:
    data = generate_graph_json(G)
    return {"nodes": data["nodes"], "edges": data["edges"]}


def digest(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def counts(driver) -> tuple[int, int]:
    nodes, _, _ = driver.execute_query(cypher.COUNT_NODES)
    rels, _, _ = driver.execute_query(cypher.COUNT_RELATIONSHIPS)
    return nodes[0]["count"], rels[0]["count"]


# --- pure: the batches ------------------------------------------------------------------------


def test_batches_cover_every_node_and_edge_once_in_chunks():
    G = query_graph()
    batches = plan_batches(G, batch_size=4)
    assert all(1 <= len(b.rows) <= 4 for b in batches)
    node_ids = [row["id"] for b in batches if b.kind == "nodes" for row in b.rows]
    assert sorted(node_ids) == sorted(G.nodes)
    rels = [(r["source"], r["target"], b.name) for b in batches if b.kind == "relationships" for r in b.rows]
    assert sorted(rels) == sorted((s, t, k) for s, t, k in G.edges(keys=True))
    # nodes before relationships, so every relationship finds its ends
    kinds = [b.kind for b in batches]
    assert kinds == sorted(kinds, key=["nodes", "relationships"].index)


def test_node_rows_carry_id_and_exactly_the_graph_json_properties():
    G = query_graph()
    rows = {row["id"]: row["props"] for b in plan_batches(G) if b.kind == "nodes" for row in b.rows}
    for node in generate_graph_json(G)["nodes"]:
        assert rows[node["id"]] == {**node["properties"], "id": node["id"]}


def test_unknown_labels_and_types_never_reach_a_query():
    data = query_graph_json()
    bad = copy.deepcopy(data)
    bad["nodes"][0]["label"] = "Document) DETACH DELETE (n"
    with pytest.raises(QueryError, match="unknown node label"):
        plan_batches(parse_graph_json(bad))
    bad = copy.deepcopy(data)
    bad["edges"][0]["type"] = "CITES]->() DELETE r //"
    with pytest.raises(QueryError, match="unknown relationship type"):
        plan_batches(parse_graph_json(bad))


def test_every_label_gets_a_uniqueness_constraint_on_its_key():
    for label, spec in NODE_LABELS.items():
        text = cypher.create_constraint(label)
        assert f"FOR (n:{label}) REQUIRE n.{spec.key} IS UNIQUE" in text and "IF NOT EXISTS" in text


def test_batch_size_must_be_positive():
    from policykg.errors import Neo4jError

    with pytest.raises(Neo4jError, match="batch size"):
        plan_batches(query_graph(), batch_size=0)


# --- the real server --------------------------------------------------------------------------


@pytest.mark.neo4j
def test_load_gives_exactly_the_graph_json(neo4j_driver):
    G = query_graph()
    summary = load_graph(G, neo4j_driver, replace=True, progress=False)
    assert isinstance(summary, LoadSummary)
    assert (summary.nodes, summary.relationships) == (G.number_of_nodes(), G.number_of_edges())
    assert summary.seconds >= 0
    assert read_back(neo4j_driver) == expected(G)


@pytest.mark.neo4j
def test_constraints_are_created(neo4j_driver):
    load_graph(query_graph(), neo4j_driver, replace=True, progress=False)
    records, _, _ = neo4j_driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties"
    )
    found = {r["name"]: (r["type"], r["labelsOrTypes"], r["properties"]) for r in records}
    for label, spec in NODE_LABELS.items():
        assert found[cypher.constraint_name(label)] == ("UNIQUENESS", [label], [spec.key])


@pytest.mark.neo4j
def test_loading_twice_leaves_the_same_graph(neo4j_driver):
    G = query_graph()
    load_graph(G, neo4j_driver, replace=True, progress=False)
    first = read_back(neo4j_driver)
    second_summary = load_graph(G, neo4j_driver, progress=False, batch_size=5)
    assert read_back(neo4j_driver) == first == expected(G)
    assert counts(neo4j_driver) == (G.number_of_nodes(), G.number_of_edges())
    assert second_summary.nodes == G.number_of_nodes()


@pytest.mark.neo4j
def test_reload_sets_properties_exactly_so_removed_ones_vanish(neo4j_driver):
    G = query_graph()
    load_graph(G, neo4j_driver, replace=True, progress=False)
    changed = query_graph()
    del changed.nodes[P1]["effective_date"]
    changed.nodes[P1]["status"] = "expired"
    edge = changed.edges[P1, N1, "IMPLEMENTS"]
    del edge["cited_as"]
    load_graph(changed, neo4j_driver, progress=False)
    assert read_back(neo4j_driver) == expected(changed)


@pytest.mark.neo4j
def test_replace_starts_from_empty(neo4j_driver):
    G = query_graph()
    load_graph(G, neo4j_driver, replace=True, progress=False)
    neo4j_driver.execute_query("CREATE (:Document {id: 'doc:stray', title: 'stray'})-[:CITES]->(:Stray {id: 's'})")
    load_graph(G, neo4j_driver, progress=False)
    assert counts(neo4j_driver) == (G.number_of_nodes() + 2, G.number_of_edges() + 1)  # a plain load keeps them
    load_graph(G, neo4j_driver, replace=True, progress=False, batch_size=3)
    assert read_back(neo4j_driver) == expected(G)


def test_a_first_load_creates_and_a_load_into_a_filled_database_merges():
    G = query_graph()
    created = plan_batches(G, create=True)
    assert all("CREATE (" in b.query and "MERGE" not in b.query for b in created)
    assert all("MERGE (" in b.query and "CREATE" not in b.query for b in plan_batches(G))
    assert [(b.kind, b.name, b.rows) for b in created] == [(b.kind, b.name, b.rows) for b in plan_batches(G)]


@pytest.mark.neo4j
def test_a_first_load_by_create_gives_the_graph_a_merge_load_gives(neo4j_driver):
    G = query_graph()
    merged = load_graph(G, neo4j_driver, replace=True, progress=False, first_load=False)
    by_merge = read_back(neo4j_driver)
    created = load_graph(G, neo4j_driver, replace=True, progress=False, batch_size=3)
    assert (merged.method, created.method) == ("merge", "create")
    assert read_back(neo4j_driver) == by_merge == expected(G)
    assert (created.nodes, created.relationships) == (merged.nodes, merged.relationships)
    again = load_graph(G, neo4j_driver, progress=False)  # the database holds the graph now: MERGE
    assert again.method == "merge" and read_back(neo4j_driver) == by_merge


@pytest.mark.neo4j
def test_a_first_load_into_a_new_database_creates_its_constraints_after_the_nodes(neo4j_driver):
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    for label in NODE_LABELS:
        neo4j_driver.execute_query(f"DROP CONSTRAINT {cypher.constraint_name(label)} IF EXISTS")
    G = query_graph()
    summary = load_graph(G, neo4j_driver, progress=False)
    assert summary.method == "create" and read_back(neo4j_driver) == expected(G)
    records, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
    assert {cypher.constraint_name(label) for label in NODE_LABELS} <= {r["name"] for r in records}


class SimulatedCrash(Exception):
    pass


def _crash_after(n: int):
    seen = []

    def on_batch(batch, written):
        seen.append(batch)
        if len(seen) == n:
            raise SimulatedCrash(f"connection lost after {n} batches")

    return on_batch


@pytest.mark.neo4j
@pytest.mark.parametrize("crash_after", [1, 4, 9])
def test_a_load_cut_off_midway_and_run_again_equals_an_uninterrupted_load(neo4j_driver, crash_after):
    G = query_graph()
    load_graph(G, neo4j_driver, replace=True, progress=False, batch_size=3)
    clean = read_back(neo4j_driver)
    clean_digest = digest(clean)

    # Start from a database holding an older partial slice of the graph (half the nodes, a stale
    # property), crash during the next load, then run that load again.
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    part = G.subgraph(sorted(G.nodes)[: G.number_of_nodes() // 2]).copy()
    for node in part:
        part.nodes[node]["stale"] = "from an older build"
    load_graph(part, neo4j_driver, progress=False, batch_size=3)
    with pytest.raises(SimulatedCrash):
        load_graph(G, neo4j_driver, progress=False, batch_size=3, on_batch=_crash_after(crash_after))
    assert read_back(neo4j_driver) != clean  # the crash left a different graph behind
    load_graph(G, neo4j_driver, progress=False, batch_size=3)
    again = read_back(neo4j_driver)
    assert counts(neo4j_driver) == (G.number_of_nodes(), G.number_of_edges())
    assert digest(again) == clean_digest
    assert again == expected(G)


@pytest.mark.neo4j
def test_load_command_reports_a_summary(neo4j_driver, neo4j_settings, tmp_path):
    G = query_graph()
    write_graph(G, tmp_path)
    result = CliRunner().invoke(
        main,
        [
            "load",
            str(tmp_path),
            "--neo4j",
            neo4j_settings.uri,
            "--user",
            neo4j_settings.user,
            "--password",
            neo4j_settings.password,
            "--replace",
            "--batch-size",
            "4",
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"loaded {G.number_of_nodes()} nodes and {G.number_of_edges()} relationships in" in result.output
    assert read_back(neo4j_driver) == expected(G)
    # the file itself works too
    result = CliRunner().invoke(
        main,
        [
            "load",
            str(tmp_path / "graph.json"),
            "--neo4j",
            neo4j_settings.uri,
            "--password",
            neo4j_settings.password,
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    assert read_back(neo4j_driver) == expected(G)


def test_load_command_says_clearly_when_neo4j_is_unreachable(tmp_path):
    write_graph(query_graph(), tmp_path)
    result = CliRunner().invoke(
        main,
        [
            "load",
            str(tmp_path),
            "--neo4j",
            "bolt://127.0.0.1:1",
            "--password",
            "whatever1",
            "--no-progress",
        ],
    )
    assert result.exit_code == 1
    assert "not reachable" in result.output and "Traceback" not in result.output


def test_load_command_says_clearly_when_the_graph_is_missing(tmp_path):
    result = CliRunner().invoke(main, ["load", str(tmp_path / "nowhere"), "--password", "whatever1"])
    assert result.exit_code == 1
    assert "no graph here" in result.output


@pytest.mark.neo4j
def test_load_into_neo4j_opens_its_own_driver(neo4j_driver, neo4j_settings):
    from policykg.neo4j.load import load_into_neo4j

    G = query_graph()
    summary = load_into_neo4j(
        G,
        uri=neo4j_settings.uri,
        user=neo4j_settings.user,
        password=neo4j_settings.password,
        replace=True,
        progress=False,
        batch_size=7,
    )
    assert (summary.nodes, summary.relationships) == (G.number_of_nodes(), G.number_of_edges())
    assert read_back(neo4j_driver) == expected(G)
