"""Named queries and researchers' Cypher on the real Neo4j: the same rows as the in-memory backend.

Every named query is run with many parameter values on both backends, first on the hand-made
graph of tests/test_queries_memory.py, then on the graph built from the sample corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.errors import NotFoundError, QueryError
from policykg.graph.io import generate_graph_json, parse_graph_json, write_graph
from policykg.neo4j import cypher
from policykg.neo4j.load import load_graph, read_back
from policykg.queries.catalog import get_query, named_queries
from policykg.queries.readonly import run_read
from policykg.queries.runner import run_memory, run_neo4j

from factories import D1, L1, N1, N2, P1, query_graph_json

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parents[1]


INJECTION = "x'}) MATCH (m) DETACH DELETE m //"


def fixture_graph():
    data = query_graph_json()
    # A document whose title is a Cypher injection: it must be found as a literal value.
    data["nodes"].append(
        {
            "id": "doc:inject",
            "label": "Document",
            "properties": {"title": INJECTION, "in_corpus": False, "level": "unknown"},
        }
    )
    data["edges"].append(
        {
            "source": D1,
            "target": "doc:inject",
            "type": "BASED_ON",
            "properties": {"file": "f.txt", "line": 1, "text": "根据《…》"},
        }
    )
    return parse_graph_json(data)


def parameter_sets(G) -> list[tuple[str, dict]]:
    """(query name, parameters) covering every document, group and agency of ``G``."""
    docs = [n for n, a in G.nodes(data=True) if a["label"] == "Document"]
    groups = [n for n, a in G.nodes(data=True) if a["label"] == "BeneficiaryGroup"]
    agencies = [n for n, a in G.nodes(data=True) if a["label"] == "Agency"]
    sets: list[tuple[str, dict]] = []
    for d in docs:
        refs = {d, G.nodes[d].get("title"), G.nodes[d].get("doc_number")} - {None}
        for ref in sorted(refs):
            sets.append(("supersession", {"doc": ref}))
            sets.append(("document_links", {"doc": ref}))
        for level in ("", "national", "provincial", "municipal"):
            sets.append(("lineage_up", {"doc": d, "level": level}))
            sets.append(("implementations_down", {"doc": d, "level": level}))
    for g in groups:
        for ref in [g, G.nodes[g].get("name"), *(G.nodes[g].get("synonyms") or [])]:
            sets.append(("beneficiary_docs", {"group": ref}))
    for a in agencies:
        for ref in [a, G.nodes[a].get("name"), *(G.nodes[a].get("aliases") or [])]:
            sets.append(("agency_docs", {"agency": ref}))
    sets += [("coissuance", {"min_count": n}) for n in (0, 1, 2, 3)]
    sets += [("most_cited", {"limit": n}) for n in (0, 1, 3, 1000)]
    sets += [("missing_cited", {})]
    return sets + corpus_wide_parameter_sets(G, docs, groups, agencies)


def corpus_wide_parameter_sets(G, docs, groups, agencies) -> list[tuple[str, dict]]:
    """The corpus-wide questions: every filter, every document (some dimensions for every third)."""
    sets: list[tuple[str, dict]] = []
    for i, d in enumerate(docs):
        sets.append(("diffusion", {"doc": d, "by": "level"}))
        if i % 3 == 0:
            sets += [("diffusion", {"doc": d, "by": by}) for by in ("place", "year")]
            sets.append(("implementation_lag", {"doc": d, "level": ""}))
    sets += [
        ("not_in_force", {"status": s, "level": lv}) for s in ("", "superseded", "expired") for lv in ("", "provincial")
    ]
    sets += [
        ("implementation_lag", {"source_level": s, "level": lv})
        for s in ("", "national", "provincial")
        for lv in ("", "municipal")
    ]
    sets += [
        ("most_implemented", {"level": lv, "limit": n}) for lv in ("", "national", "provincial") for n in (3, 1000)
    ]
    sets += [("coissuance_centrality", {"level": lv, "limit": n}) for lv in ("", "provincial") for n in (0, 5, 1000)]
    sets += [("beneficiary_matrix", {"level": lv, "status": s}) for lv in ("", "municipal") for s in ("", "in_force")]
    sets += [("beneficiary_matrix", {"group": ref}) for g in groups for ref in {g, G.nodes[g].get("name")} - {None}]
    sets += [("beneficiary_matrix", {"agency": a, "status": "in_force"}) for a in agencies[::3]]
    return sets


def assert_backends_agree(G, driver, *, require_rows: set[str]) -> None:
    queries = named_queries()
    with_rows = set()
    for name, params in parameter_sets(G):
        query = queries[name]
        # references as the Cypher matches them (the lookup is compared on its own below)
        in_memory = run_memory(query, params, G, lookup=False)
        on_server = run_neo4j(query, params, driver, lookup=False)
        assert on_server.columns == in_memory.columns == query.columns, name
        assert on_server.rows == in_memory.rows, (name, params)
        if in_memory.rows:
            with_rows.add(name)
    assert require_rows <= with_rows  # the comparison was not between empty answers


@pytest.fixture(scope="module")
def loaded(neo4j_driver):
    G = fixture_graph()
    load_graph(G, neo4j_driver, replace=True, progress=False)
    return G


def test_every_named_query_gives_the_same_rows_on_both_backends(loaded, neo4j_driver):
    assert_backends_agree(loaded, neo4j_driver, require_rows=set(named_queries()))


def test_a_reference_is_looked_up_alike_on_both_backends(loaded, neo4j_driver):
    query = get_query("lineage_up")
    exact = run_neo4j(query, {"doc": "郑政〔2022〕5号", "level": ""}, neo4j_driver)
    for ref in ("郑政[2022]5号", "郑政（2022）5 号", "稳就业实施方案的通知"):
        assert (
            run_neo4j(query, {"doc": ref, "level": ""}, neo4j_driver)
            == exact
            == run_memory(query, {"doc": ref}, loaded)
        )
    for name, params in [("lineage_up", {"doc": "nowhere"}), ("beneficiary_docs", {"group": "nobody"})]:
        with pytest.raises(NotFoundError) as on_server:
            run_neo4j(get_query(name), params, neo4j_driver)
        with pytest.raises(NotFoundError) as in_memory:
            run_memory(get_query(name), params, loaded)
        assert str(on_server.value) == str(in_memory.value)


def test_the_municipal_notice_traces_back_to_its_national_policies_on_the_server(loaded, neo4j_driver):
    result = run_neo4j(get_query("lineage_up"), {"doc": "郑政〔2022〕5号", "level": "national"}, neo4j_driver)
    assert {r["ancestor"] for r in result.records()} == {N1, N2, L1}


def test_parameters_are_values_never_query_text(loaded, neo4j_driver):
    before = neo4j_driver.execute_query(cypher.COUNT_NODES)[0][0]["count"]
    rows = run_neo4j(get_query("supersession"), {"doc": INJECTION}, neo4j_driver).records()
    assert [r["document"] for r in rows] == ["doc:inject"]  # matched as a literal title
    lineage = run_neo4j(get_query("lineage_up"), {"doc": D1, "level": "unknown"}, neo4j_driver)
    assert [r["title"] for r in lineage.records()] == [INJECTION]
    assert neo4j_driver.execute_query(cypher.COUNT_NODES)[0][0]["count"] == before


def test_cypher_command_passes_values_as_parameters(loaded, neo4j_settings):
    result = CliRunner().invoke(
        main,
        [
            "cypher",
            "MATCH (d:Document) WHERE d.title = $t RETURN d.id AS id",
            "--param",
            f"t={INJECTION}",
            "--neo4j",
            neo4j_settings.uri,
            "--password",
            neo4j_settings.password,
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"id": "doc:inject"}]


def test_query_command_on_neo4j_and_in_memory_print_the_same(loaded, neo4j_settings, tmp_path):
    write_graph(loaded, tmp_path)
    args = ["query", "lineage_up", "--param", "doc=郑政〔2022〕5号", "--param", "level=national"]
    for fmt in ("--json", "--csv", "--table"):
        on_server = CliRunner().invoke(
            main, args + [fmt, "--neo4j", neo4j_settings.uri, "--password", neo4j_settings.password]
        )
        in_memory = CliRunner().invoke(main, args + [fmt, "--graph", str(tmp_path)])
        assert on_server.exit_code == in_memory.exit_code == 0, on_server.output + in_memory.output
        assert on_server.stdout == in_memory.stdout
    assert "国发〔2020〕1号" in in_memory.stdout


# --- researchers' own Cypher ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CREATE (n:Stray {id: 'x'}) RETURN n",
        "MATCH (n:Document) SET n.touched = true RETURN count(n)",
        "MATCH (n:Document) DETACH DELETE n",
        "MERGE (n:Stray {id: 'y'}) RETURN n",
    ],
)
def test_the_read_session_refuses_writes_the_token_check_would_miss(loaded, neo4j_driver, text):
    before = neo4j_driver.execute_query(cypher.COUNT_NODES)[0][0]["count"]
    with pytest.raises(QueryError, match="read-only session"):
        run_read(text, {}, neo4j_driver, check=False)
    assert neo4j_driver.execute_query(cypher.COUNT_NODES)[0][0]["count"] == before
    records, _, _ = neo4j_driver.execute_query("MATCH (n) WHERE n.touched IS NOT NULL RETURN count(n) AS c")
    assert records[0]["c"] == 0


def test_cypher_command_refuses_writes_with_a_clear_message(loaded, neo4j_driver, neo4j_settings):
    before = neo4j_driver.execute_query(cypher.COUNT_NODES)[0][0]["count"]
    result = CliRunner().invoke(
        main,
        [
            "cypher",
            "MATCH (n) DETACH DELETE n",
            "--neo4j",
            neo4j_settings.uri,
            "--password",
            neo4j_settings.password,
        ],
    )
    assert result.exit_code == 1
    assert "refused: DETACH" in result.output and "read-only" in result.output
    assert "Traceback" not in result.output
    assert neo4j_driver.execute_query(cypher.COUNT_NODES)[0][0]["count"] == before


def test_results_are_capped_and_the_cap_is_announced(loaded, neo4j_settings):
    base = [
        "cypher",
        "UNWIND range(1, 50) AS x RETURN x",
        "--neo4j",
        neo4j_settings.uri,
        "--password",
        neo4j_settings.password,
        "--json",
    ]
    capped = CliRunner().invoke(main, base + ["--limit", "10"])
    assert capped.exit_code == 0, capped.output
    assert json.loads(capped.stdout) == [{"x": i} for i in range(1, 11)]
    assert "first 10 rows" in capped.stderr
    whole = CliRunner().invoke(main, base + ["--limit", "50"])
    assert len(json.loads(whole.stdout)) == 50 and "first" not in whole.stderr


def test_default_cap_is_1000_rows(loaded, neo4j_driver):
    from policykg.queries.readonly import DEFAULT_LIMIT

    result = run_read("UNWIND range(1, 5000) AS x RETURN x", {}, neo4j_driver, limit=DEFAULT_LIMIT)
    assert DEFAULT_LIMIT == 1000 and len(result.rows) == 1000 and result.capped


def test_a_query_running_past_its_timeout_is_stopped(loaded, neo4j_settings):
    # Two billion rows take minutes; the one-second timeout stops it.
    result = CliRunner().invoke(
        main,
        [
            "cypher",
            "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n",
            "--timeout",
            "1",
            "--neo4j",
            neo4j_settings.uri,
            "--password",
            neo4j_settings.password,
        ],
    )
    assert result.exit_code == 1
    assert "timeout" in result.output and "Traceback" not in result.output


def test_nodes_relationships_and_paths_come_back_as_plain_json(loaded, neo4j_settings):
    result = CliRunner().invoke(
        main,
        [
            "cypher",
            "MATCH p = (d:Document {id: $id})-[r:IMPLEMENTS]->(n) RETURN d, r, p",
            "--param",
            f"id={P1}",
            "--neo4j",
            neo4j_settings.uri,
            "--password",
            neo4j_settings.password,
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert row["d"]["labels"] == ["Document", "Provincial"] and row["d"]["id"] == P1  # + its level label
    assert row["r"]["type"] == "IMPLEMENTS" and row["r"]["end"] == N1 and row["r"]["line"] == 3
    assert [n["id"] for n in row["p"]["nodes"]] == [P1, N1]


def test_cypher_errors_are_one_line_messages(loaded, neo4j_settings):
    result = CliRunner().invoke(
        main,
        [
            "cypher",
            "MATCH (n RETURN n",
            "--neo4j",
            neo4j_settings.uri,
            "--password",
            neo4j_settings.password,
        ],
    )
    assert result.exit_code == 1 and "Cypher error" in result.output and "Traceback" not in result.output


def test_neo4j_flag_alone_uses_the_configured_server(loaded, neo4j_settings, tmp_path):
    # `--neo4j` without a URI: NEO4J_* or the local server, as the neo4j_settings fixture found it.
    result = CliRunner().invoke(main, ["query", "most_cited", "--param", "limit=1", "--neo4j", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["document"] in {N1, P1}


def test_a_reference_naming_nothing_on_the_server_exits_non_zero_with_candidates(loaded, neo4j_settings):
    result = CliRunner().invoke(
        main,
        [
            "query",
            "agency_docs",
            "--param",
            "agency=河南省财政局",
            "--neo4j",
            neo4j_settings.uri,
            "--password",
            neo4j_settings.password,
        ],
    )
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert "no agency matches '河南省财政局'; did you mean: 河南省财政厅" in result.stderr


def random_graph(seed: int):
    """A small tangled graph: cycles, self-loops, antiparallel and parallel links of several
    types, missing properties, empty lists — the corners where two backends could part ways."""
    import random

    rng = random.Random(seed)
    levels = ["national", "provincial", "municipal", "district", "unknown", None]
    docs = [f"doc:{seed}-{i}" for i in range(24)]
    nodes = []
    for i, d in enumerate(docs):
        props = {"title": f"文件{i % 20}", "in_corpus": rng.random() < 0.6}
        if (level := rng.choice(levels)) is not None:
            props["level"] = level
        if rng.random() < 0.7:
            props["date"] = f"20{rng.randrange(10, 25)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}"
        if rng.random() < 0.5:
            props["doc_number"] = f"豫政〔20{rng.randrange(10, 25)}〕{i}号"
            props["doc_number_year"] = rng.randrange(2010, 2025)
        if rng.random() < 0.7:
            props["jurisdiction"] = rng.choice(["河南省", "郑州市", "开封市", "金水区"])
        props["status"] = rng.choice(["in_force", "superseded", "expired", "unknown"])
        if props["status"] == "superseded":
            props["superseded_by"] = rng.sample(docs, rng.randrange(1, 3))
            if rng.random() < 0.3:
                props["repealed_on"] = "2024-01-01"  # a build may say when itself
        nodes.append({"id": d, "label": "Document", "properties": props})
    agencies = [f"agency:机关{i}" for i in range(6)]
    nodes += [
        {
            "id": a,
            "label": "Agency",
            "properties": {
                "name": a[7:],
                "known": True,
                "aliases": [f"简称{i}"] if i % 2 else [],
                "level": ["provincial", "municipal"][i % 2],
            },
        }
        for i, a in enumerate(agencies)
    ]
    groups = ["group:甲", "group:乙", "group:丙"]
    broader = {"group:甲": [], "group:乙": ["甲"], "group:丙": ["乙", "甲"]}
    nodes += [
        {"id": g, "label": "BeneficiaryGroup", "properties": {"name": g[6:], "synonyms": [], "broader": broader[g]}}
        for g in groups
    ]
    edges = {}
    for _ in range(40):
        rtype = rng.choice(["BASED_ON", "IMPLEMENTS", "TRANSMITS", "CITES", "SUPERSEDES", "AMENDS"])
        s, t = rng.choice(docs), rng.choice(docs)
        edges[(s, t, rtype)] = {"file": "r.txt", "line": rng.randrange(1, 99), "text": "…"}
    for d in docs:
        for a in rng.sample(agencies, rng.randrange(0, 4)):
            edges[(d, a, "ISSUED_BY")] = {"file": "r.txt", "line": 1}
        if rng.random() < 0.4:
            edges[(d, rng.choice(groups), "TARGETS")] = {"file": "r.txt", "line": 2, "text": "支持…"}
    return parse_graph_json(
        {
            "schema_version": 1,
            "nodes": nodes,
            "edges": [{"source": s, "target": t, "type": r, "properties": p} for (s, t, r), p in edges.items()],
        }
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_both_backends_agree_on_tangled_random_graphs(neo4j_driver, seed):
    G = random_graph(seed)
    load_graph(G, neo4j_driver, replace=True, progress=False)
    assert_backends_agree(
        G,
        neo4j_driver,
        require_rows={
            "lineage_up",
            "implementations_down",
            "supersession",
            "agency_docs",
            "coissuance",
            "beneficiary_docs",
            "not_in_force",
            "implementation_lag",
            "diffusion",
            "most_implemented",
            "coissuance_centrality",
            "beneficiary_matrix",
        },
    )


# --- the sample corpus -------------


def test_both_backends_agree_on_the_sample_corpus(corpus_graph, neo4j_driver):
    summary = load_graph(corpus_graph, neo4j_driver, replace=True, progress=False)
    assert (summary.nodes, summary.relationships) == (corpus_graph.number_of_nodes(), corpus_graph.number_of_edges())
    data = generate_graph_json(corpus_graph)
    assert read_back(neo4j_driver) == {"nodes": data["nodes"], "edges": data["edges"]}
    assert_backends_agree(
        corpus_graph,
        neo4j_driver,
        require_rows={
            "lineage_up",
            "implementations_down",
            "supersession",
            "agency_docs",
            "most_cited",
            "missing_cited",
            "not_in_force",
            "implementation_lag",
            "diffusion",
            "most_implemented",
            "coissuance_centrality",
            "beneficiary_matrix",
        },
    )
