"""Research answers (#13): corpus-wide questions, lag and diffusion, centrality, exports, the report.

The rows of the corpus-wide queries are compared with Neo4j's in tests/test_queries_neo4j.py;
here, the answers themselves on small hand-made graphs, checked against networkx and hand counts.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from policykg.analysis.centrality import agency_centrality, coissuance_network
from policykg.analysis.coissuance import coissuing_pairs
from policykg.analysis.diffusion import implementations, percentile_cont
from policykg.analysis.groups import beneficiary_matrix
from policykg.analysis.lookup import find_document
from policykg.analysis.report import analyze
from policykg.analysis.units import NoticeUnits
from policykg.analysis.validity import not_in_force, repealed_on
from policykg.cli import main
from policykg.queries.catalog import get_query
from policykg.queries.runner import run_memory


def graph(nodes: dict[str, dict], links: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for node, props in nodes.items():
        G.add_node(node, **{"label": "Document", **props})
    for u, v, rtype in links:
        G.add_edge(u, v, key=rtype, type=rtype)
    return G


# A national policy (N), a provincial notice (PN) transmitting its text (PT) that implements N,
# a city measure resting on PT, a district document dated only by its number's year, and a
# city document naming N directly but dated not at all.
DIFFUSION = graph(
    {
        "doc:N": {"level": "national", "date": "2024-03-01", "title": "国务院关于稳就业的意见"},
        "doc:PN": {"level": "provincial", "jurisdiction": "河南省", "date": "2024-05-31"},
        "doc:PT": {"level": "provincial", "jurisdiction": "河南省"},
        "doc:M": {"level": "municipal", "jurisdiction": "郑州市", "date": "2024-07-01"},
        "doc:D": {"level": "district", "jurisdiction": "金水区", "doc_number_year": 2025},
        "doc:X": {"level": "municipal", "jurisdiction": "开封市"},
    },
    [
        ("doc:PN", "doc:PT", "TRANSMITS"),
        ("doc:PT", "doc:N", "IMPLEMENTS"),
        ("doc:M", "doc:PT", "BASED_ON"),
        ("doc:D", "doc:M", "IMPLEMENTS"),
        ("doc:X", "doc:N", "BASED_ON"),
    ],
)


def test_implementations_are_notice_units_with_their_lag_and_its_precision():
    found = [(i.document, i.direct, i.lag_days, i.lag_years, i.precision) for i in implementations(DIFFUSION, "doc:N")]
    assert found == [
        ("doc:D", False, None, 1, "year"),  # dated by its number's year only
        ("doc:M", False, 122, 0, "day"),  # through the provincial text
        ("doc:PN", True, 91, 0, "day"),  # the notice and its text count once, dated by the notice
        ("doc:X", True, None, None, None),  # no date, no year
    ]


def test_diffusion_groups_implementations_by_level_place_or_year():
    rows = run_memory(get_query("diffusion"), {"doc": "doc:N", "by": "level"}, DIFFUSION).records()
    assert [(r["value"], r["implementations"], r["places"], r["direct"], r["first_lag_days"]) for r in rows] == [
        ("provincial", 1, 1, 1, 91),
        ("municipal", 2, 2, 1, 122),
        ("district", 1, 1, 0, None),
    ]
    years = run_memory(get_query("diffusion"), {"doc": "doc:N", "by": "year"}, DIFFUSION).records()
    assert [(r["value"], r["implementations"]) for r in years] == [("2024", 2), ("2025", 1), (None, 1)]


def test_most_implemented_counts_places_by_level():
    [row] = run_memory(get_query("most_implemented"), {"level": "national"}, DIFFUSION).records()
    assert (row["implementations"], row["provinces"], row["cities"], row["districts"]) == (4, 1, 2, 1)
    assert (row["first_date"], row["median_lag_days"], row["median_lag_years"]) == ("2024-05-31", 106.5, 0)


def test_the_lag_query_gives_day_lags_for_every_pair_with_two_dates(corpus_graph):
    rows = run_memory(get_query("implementation_lag"), {"source_level": ""}, corpus_graph).records()
    assert rows
    for r in rows:
        assert (r["lag_days"] is not None) == (r["source_date"] is not None and r["date"] is not None)
        assert r["precision"] == (
            "day" if r["lag_days"] is not None else "year" if r["lag_years"] is not None else None
        )


@pytest.mark.parametrize(
    "values, median", [([], None), ([5], 5), ([3, 1, 2], 2), ([1, 2, 3, 10], 2.5), ([2, 2], 2.0), ([-4, 6], 1.0)]
)
def test_medians_are_cyphers_percentile_cont(values, median):
    result = percentile_cont(values)
    assert result == median and type(result) is type(median)


# --- co-issuance centrality ---------------------------------------------------------------------


def test_centrality_counts_a_notice_and_its_text_once():
    G = graph({"doc:notice": {}, "doc:text": {}, "doc:other": {}}, [("doc:notice", "doc:text", "TRANSMITS")])
    G.add_nodes_from(["agency:A", "agency:B", "agency:C"], label="Agency")
    for doc, agencies in {"doc:notice": "AB", "doc:text": "AB", "doc:other": "AC"}.items():
        for a in agencies:
            G.add_edge(doc, f"agency:{a}", key="ISSUED_BY", type="ISSUED_BY")
    assert [len(docs) for docs in coissuing_pairs(G).values()] == [1, 1]  # publications: a unit once
    H = coissuance_network(G)
    assert H["agency:A"]["agency:B"]["weight"] == 1 and H.nodes["agency:A"]["documents"] == 2
    a = agency_centrality(G)[0]
    assert (a.agency, a.degree, a.weighted_degree, a.betweenness) == ("agency:A", 2, 2, 1.0)


def test_centrality_agrees_with_networkx_on_the_sample(corpus_graph):
    H = coissuance_network(corpus_graph)
    expected_rank = _pagerank_python(H, tol=1e-12, max_iter=1000)
    expected_between = nx.betweenness_centrality(H, normalized=False)
    for c in agency_centrality(corpus_graph):
        assert c.pagerank == pytest.approx(expected_rank[c.agency], abs=1e-7)
        assert c.betweenness == pytest.approx(expected_between[c.agency])
        assert c.degree == H.degree(c.agency)


# --- validity, groups ---------------------------------------------------------------------------


def test_not_in_force_gives_what_replaced_a_document_and_since_when():
    G = graph(
        {
            "doc:old": {"status": "superseded", "superseded_by": ["doc:b", "doc:a"]},
            "doc:a": {"status": "in_force", "date": "2024-03-01", "effective_date": "2024-05-01"},
            "doc:b": {"status": "in_force", "date": "2024-04-01"},
            "doc:own": {"status": "superseded", "superseded_by": ["doc:a"], "repealed_on": "2024-06-30"},
            "doc:plan": {"status": "expired", "expiry_date": "2023-12-31"},
        },
        [],
    )
    assert not_in_force(G) == ["doc:old", "doc:own", "doc:plan"]
    assert [repealed_on(G, d) for d in not_in_force(G)] == ["2024-04-01", "2024-06-30", None]
    rows = run_memory(get_query("not_in_force"), {}, G).records()
    assert [(r["document"], r["replaced_by"]) for r in rows] == [
        ("doc:old", ["doc:a", "doc:b"]),
        ("doc:own", ["doc:a"]),
        ("doc:plan", []),
    ]


def test_the_beneficiary_matrix_counts_notice_units():
    G = graph(
        {"doc:notice": {"level": "provincial", "status": "in_force"}, "doc:text": {"level": "provincial"}},
        [("doc:notice", "doc:text", "TRANSMITS")],
    )
    G.add_node("group:高校毕业生", label="BeneficiaryGroup", name="高校毕业生")
    G.add_node("agency:人社厅", label="Agency", name="人社厅")
    for doc in ("doc:notice", "doc:text"):
        G.add_edge(doc, "group:高校毕业生", key="TARGETS", type="TARGETS")
        G.add_edge(doc, "agency:人社厅", key="ISSUED_BY", type="ISSUED_BY")
    [cell] = beneficiary_matrix(G)
    assert (cell.group, cell.agency, cell.level, cell.status, cell.documents) == (
        "group:高校毕业生",
        "agency:人社厅",
        "provincial",
        "in_force",
        1,
    )


def test_units_are_named_by_their_notice():
    units = NoticeUnits.of(DIFFUSION)
    assert units.root["doc:PT"] == "doc:PN" and units.members["doc:PN"] == ("doc:PN", "doc:PT")


# --- one lookup ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref, expected",
    [
        ("焦政[2024]10号", "doc:焦政〔2024〕10号"),
        ("焦政（2024）10号", "doc:焦政〔2024〕10号"),
        ("焦政〔2024〕10 号", "doc:焦政〔2024〕10号"),
        ("焦政［２０２４］１０号", "doc:焦政〔2024〕10号"),
        ("国家税务总局公告2024年第4号", "doc:国家税务总局公告2024年第4号"),
        ("财政部 税务总局公告2023年第15号", "doc:财政部公告2023年第15号"),
        ("推动大规模设备更新和消费品以旧换新实施方案的通知", "doc:焦政〔2024〕10号"),
    ],
)
def test_one_lookup_finds_the_document_however_it_is_written(corpus_graph, ref, expected):
    assert find_document(corpus_graph, ref) == expected


# --- the report, the commands -------------------------------------------------------------------


def test_the_report_has_every_section_and_counts_units(corpus_graph):
    report = analyze(corpus_graph)
    assert [s.key for s in report.sections] == [
        "overview",
        "by_level",
        "by_year",
        "by_status",
        "most_implemented",
        "central_agencies",
    ]
    overview = {r["what"]: r["count"] for r in report.section("overview").records()}
    assert overview["documents in the corpus"] == 144 > overview["notice units in the corpus (notice + its texts = 1)"]
    assert report.section("most_implemented").rows and report.section("central_agencies").rows


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env)


def test_analyze_prints_a_report_and_json(sample_build):
    text = run("analyze", "--graph", str(sample_build), env={"COLUMNS": "120"})
    assert text.exit_code == 0, text.output
    assert "Most implemented national documents" in text.stdout and "现行有效 in_force" in text.stdout
    assert max(len(line) for line in text.stdout.splitlines()) <= 120  # ASCII and CJK: at most the width
    data = json.loads(run("analyze", "--graph", str(sample_build), "--json").stdout)
    assert set(data) >= {"by_level", "most_implemented", "central_agencies"}


def test_every_command_reading_a_build_names_it_on_stderr(sample_build, tmp_path):
    for args in (
        ["query", "most_cited", "--graph", str(sample_build)],
        ["analyze", "--graph", str(sample_build)],
        ["export", "--graph", str(sample_build), "--format", "gexf", "--out", str(tmp_path / "g.gexf")],
        ["viz", "agencies", "--graph", str(sample_build), "--out", str(tmp_path / "a.html")],
        ["validate", "--graph", str(sample_build)],
    ):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        line = next(x for x in result.stderr.splitlines() if x.startswith("graph: "))
        assert str(sample_build / "graph.json") in line and "144 documents in the corpus" in line and "built " in line


def test_a_build_that_finds_no_document_does_not_become_the_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_text("这里没有任何文件。\n", encoding="utf-8")
    first = run("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"), "--quiet", "--no-site")
    assert first.exit_code == 0, first.output
    assert "need --graph" in first.output and not (tmp_path / ".policykg-last-build").exists()


# --- tables ---------------------------------------------------------------------------------------


def test_tables_fit_the_terminal_say_the_start_once_and_draw_routes(sample_build):
    args = ["query", "lineage_up", "--graph", str(sample_build), "--param", "doc=焦政〔2024〕10号"]
    narrow = run(*args, env={"COLUMNS": "100"})
    assert narrow.exit_code == 0, narrow.output
    lines = narrow.stdout.splitlines()
    assert lines[0] == "start: 焦政〔2024〕10号" and "start" not in lines[1].split()
    assert all(sum(2 if ord(ch) > 0x2E7F else 1 for ch in line) <= 100 for line in lines)
    assert "cut to fit 100 columns" in narrow.stderr
    wide = run(*args, "--wide")
    assert "焦政〔2024〕10号 -TRANSMITS-> " in wide.stdout and "-IMPLEMENTS-> 国发〔2024〕7号" in wide.stdout
    assert "doc:" not in wide.stdout and "cut to fit" not in wide.stderr


def test_query_csv_can_start_with_a_bom(sample_build):
    result = run("query", "not_in_force", "--graph", str(sample_build), "--csv", "--bom")
    assert result.stdout.startswith("\ufeffdocument,title,")


# --- exports ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_load_in_networkx_with_the_builds_counts(sample_build, corpus_graph, tmp_path, fmt, reader):
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--graph", str(sample_build), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    H = reader(out)
    assert (H.number_of_nodes(), H.number_of_edges()) == (
        corpus_graph.number_of_nodes(),
        corpus_graph.number_of_edges(),
    )
    some = next(n for n, a in H.nodes(data=True) if a.get("issuers"))
    assert H.nodes[some]["kind"] == "Document" and isinstance(H.nodes[some]["issuers"], str)


def test_csv_export_writes_nodes_and_edges_with_bare_ids_and_a_bom(sample_build, corpus_graph, tmp_path):
    import csv

    result = run("export", "--graph", str(sample_build), "--format", "csv", "--out", str(tmp_path / "t"), "--bom")
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "t" / "nodes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    nodes = list(csv.DictReader((tmp_path / "t" / "nodes.csv").open(encoding="utf-8-sig")))
    edges = list(csv.DictReader((tmp_path / "t" / "edges.csv").open(encoding="utf-8-sig")))
    assert (len(nodes), len(edges)) == (corpus_graph.number_of_nodes(), corpus_graph.number_of_edges())
    row = next(r for r in nodes if r["id"] == "焦政〔2024〕10号")
    assert row["kind"] == "Document" and row["in_corpus"] == "true"
    assert not any(r["source"].startswith("doc:") for r in edges)
    joint = next(r for r in nodes if "|" in r["issuers"])
    assert all(joint["issuers"].split("|"))


def test_frames_and_parquet_have_one_row_per_node_and_relationship(corpus_graph, tmp_path):
    import pandas as pd

    from policykg import frames
    from policykg.tabular import export_table

    nodes, edges = frames(corpus_graph)
    assert (len(nodes), len(edges)) == (corpus_graph.number_of_nodes(), corpus_graph.number_of_edges())
    assert set(nodes["kind"]) == {"Document", "Agency", "BeneficiaryGroup"}
    export_table(corpus_graph, tmp_path / "pq", "parquet")
    back = pd.read_parquet(tmp_path / "pq" / "edges.parquet")
    assert len(back) == len(edges) and list(back.columns) == list(edges.columns)


def test_exports_neutralise_formulas_and_control_characters(tmp_path):
    import csv

    from policykg.tabular import export_table

    G = graph({"doc:x": {"title": '=HYPERLINK("http://x")\x1b[2J', "in_corpus": True}}, [])
    export_table(G, tmp_path / "t", "csv")
    [row] = csv.DictReader((tmp_path / "t" / "nodes.csv").open(encoding="utf-8"))
    assert row["title"] == '\'=HYPERLINK("http://x")'
    export_table(G, tmp_path / "g.graphml", "graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").nodes["doc:x"]["label"] == '=HYPERLINK("http://x")'
