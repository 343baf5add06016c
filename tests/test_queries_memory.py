"""The named queries answered in memory, on a small hand-made graph with known answers.

The graph is tests/factories.py's query_graph; tests/test_queries_neo4j.py loads it into Neo4j and
checks that the server gives these very rows.  Its story: a municipal notice (郑政〔2022〕5号) transmits an implementation
plan that implements and rests on a provincial opinion (豫政〔2021〕3号), which implements a national
opinion and rests on a national law; a district document implements the municipal notice.
"""

from __future__ import annotations

import pytest

from policykg.errors import NotFoundError, QueryError
from policykg.queries import memory
from policykg.queries.catalog import bind_params, get_query, named_queries, parse_query_file
from policykg.queries.runner import run_memory

from factories import (
    A1,
    D1,
    EDU,
    FIN,
    GOV,
    GRAD,
    HRSS,
    KEY,
    L1,
    M1N,
    M1T,
    MIGRANT,
    N1,
    N2,
    P0,
    P00,
    P1,
    UNEMP_GRAD,
    X1,
    query_graph,
)


@pytest.fixture(scope="module")
def G():
    return query_graph()


def answer(G, name, **params):
    query = get_query(name)
    return run_memory(query, params, G).records()


def project(rows, *columns):
    return [tuple(r[c] for c in columns) for r in rows]


# --- lineage ----------------------------------------------------------------------------------


def test_lineage_up_from_the_municipal_notice_reaches_every_national_basis(G):
    rows = answer(G, "lineage_up", doc="郑政〔2022〕5号", level="national")
    assert project(rows, "ancestor", "depth", "path", "rels") == [
        (N2, 2, [M1N, M1T, N2], ["TRANSMITS", "BASED_ON"]),
        (L1, 3, [M1N, M1T, P1, L1], ["TRANSMITS", "BASED_ON", "BASED_ON"]),
        (L1, 3, [M1N, M1T, P1, L1], ["TRANSMITS", "IMPLEMENTS", "BASED_ON"]),
        (N1, 3, [M1N, M1T, P1, N1], ["TRANSMITS", "BASED_ON", "IMPLEMENTS"]),
        (N1, 3, [M1N, M1T, P1, N1], ["TRANSMITS", "IMPLEMENTS", "IMPLEMENTS"]),
    ]
    assert {r["start"] for r in rows} == {M1N}


def test_lineage_up_all_levels_includes_the_transmitted_text_and_the_provincial_opinion(G):
    rows = answer(G, "lineage_up", doc=M1N)
    assert project(rows, "depth", "ancestor", "level") == [
        (1, M1T, "municipal"),
        (2, N2, "national"),
        (2, P1, "provincial"),
        (2, P1, "provincial"),
        (3, L1, "national"),
        (3, L1, "national"),
        (3, N1, "national"),
        (3, N1, "national"),
    ]


def test_lineage_up_from_the_transmitted_text_goes_through_its_notice_backwards(G):
    # The district document implements the notice; the basis is written in the text the notice
    # transmits: the path walks the TRANSMITS link against its direction.
    rows = answer(G, "lineage_up", doc="金水区落实稳就业措施的通知", level="national")
    assert (N2, [D1, M1N, M1T, N2], ["IMPLEMENTS", "TRANSMITS", "BASED_ON"]) in project(
        rows, "ancestor", "path", "rels"
    )
    text_rows = answer(G, "lineage_up", doc=M1T, level="municipal")
    assert project(text_rows, "ancestor", "rels") == [(M1N, ["<TRANSMITS"])]


def test_lineage_up_ignores_cites_and_supersedes(G):
    rows = answer(G, "lineage_up", doc=D1)
    assert all("CITES" not in r["rels"] and "SUPERSEDES" not in r["rels"] for r in rows)
    assert P0 not in {r["ancestor"] for r in answer(G, "lineage_up", doc=P1)}


def test_lineage_up_of_an_unknown_document_says_so_with_the_closest_candidates(G):
    with pytest.raises(NotFoundError, match="no document matches '郑政〔2099〕5号'; did you mean: .*郑政〔2022〕5号"):
        answer(G, "lineage_up", doc="郑政〔2099〕5号")
    # without the lookup the Cypher's exact match stands: no rows
    assert run_memory(get_query("lineage_up"), {"doc": "郑政〔2099〕5号"}, G, lookup=False).rows == ()


@pytest.mark.parametrize(
    "ref",
    [
        "郑政〔2022〕5号",
        "郑政[2022]5号",
        "郑政（2022）5号",
        "郑政〔2022〕5 号",
        "郑政【２０２２】５号",
        "郑州市稳就业实施方案的通知",
    ],
)
def test_any_bracket_width_or_spacing_or_part_of_a_title_gives_the_same_rows(G, ref):
    expected = answer(G, "lineage_up", doc="郑政〔2022〕5号")
    assert expected and answer(G, "lineage_up", doc=ref) == expected


def test_an_ambiguous_reference_lists_the_candidates(G):
    with pytest.raises(NotFoundError, match="matches 4 documents") as info:
        answer(G, "supersession", doc="就业工作的")
    assert "河南省人民政府关于做好就业工作的实施意见 (豫政〔2021〕3号, 2021-06-01)  [doc:豫政〔2021〕3号]" in str(
        info.value
    )


def test_agencies_and_groups_are_looked_up_forgivingly(G):
    assert {r["agency"] for r in answer(G, "agency_docs", agency="人社厅")} == {HRSS}
    assert {r["group"] for r in answer(G, "beneficiary_docs", group="离校未就业")} == {UNEMP_GRAD}
    with pytest.raises(
        NotFoundError, match="no agency matches '河南省人力资源厅'; did you mean: 河南省人力资源和社会保障厅"
    ):
        answer(G, "agency_docs", agency="河南省人力资源厅")


def test_implementations_down_from_the_national_opinion_by_level(G):
    rows = answer(G, "implementations_down", doc="国发〔2020〕1号")
    assert project(rows, "level", "depth", "document", "rels") == [
        ("provincial", 1, P1, ["<IMPLEMENTS"]),
        ("municipal", 2, M1T, ["<IMPLEMENTS", "<BASED_ON"]),
        ("municipal", 2, M1T, ["<IMPLEMENTS", "<IMPLEMENTS"]),
        ("municipal", 3, M1N, ["<IMPLEMENTS", "<BASED_ON", "<TRANSMITS"]),
        ("municipal", 3, M1N, ["<IMPLEMENTS", "<IMPLEMENTS", "<TRANSMITS"]),
        ("district", 4, D1, ["<IMPLEMENTS", "<BASED_ON", "<TRANSMITS", "<IMPLEMENTS"]),
        ("district", 4, D1, ["<IMPLEMENTS", "<IMPLEMENTS", "<TRANSMITS", "<IMPLEMENTS"]),
    ]
    assert project(answer(G, "implementations_down", doc=N1, level="district"), "document") == [(D1,), (D1,)]


# --- supersession, groups, agencies -----------------------------------------------------------


def test_supersession_chain_both_ways_with_validity(G):
    rows = answer(G, "supersession", doc="河南省人民政府关于进一步做好就业工作的意见")
    assert project(rows, "step", "document", "status", "amended_by") == [
        (-1, P00, "superseded", []),
        (0, P0, "superseded", []),
        (1, P1, "in_force", [A1]),
    ]
    assert project(answer(G, "supersession", doc=P00), "step", "document") == [(0, P00), (1, P0), (2, P1)]
    assert rows[2]["effective_date"] == "2021-07-01" and rows[2]["expiry_date"] is None


def test_beneficiary_docs_include_narrower_groups(G):
    rows = answer(G, "beneficiary_docs", group="重点群体")
    assert project(rows, "document", "via_group") == sorted(
        [(A1, UNEMP_GRAD), (D1, MIGRANT), (M1T, KEY), (P1, GRAD), (X1, GRAD)],
        key=lambda r: memory.cypher_key(list(r)),
    )
    assert rows[0]["evidence"].endswith("TARGETS " + rows[0]["via_group"])


def test_beneficiary_docs_by_synonym_stay_within_the_group(G):
    rows = answer(G, "beneficiary_docs", group="应届毕业生")
    assert {r["group"] for r in rows} == {GRAD}
    assert {(r["document"], r["via_group"]) for r in rows} == {(A1, UNEMP_GRAD), (P1, GRAD), (X1, GRAD)}


def test_agency_docs_by_alias_with_co_issuers_oldest_first_undated_last(G):
    rows = answer(G, "agency_docs", agency="省人社厅")
    assert project(rows, "date", "document", "co_issuers") == [
        ("2022-02-01", A1, [FIN]),
        (None, X1, [EDU, FIN]),
    ]


def test_coissuance_counts_pairs_once_in_id_order(G):
    rows = answer(G, "coissuance", min_count=1)
    # In UTF-16 order 人 (U+4EBA) < 教 (U+6559) < 财 (U+8D22): HRSS < EDU < FIN.
    assert project(rows, "agency_a", "agency_b", "joint_documents", "documents") == [
        (HRSS, FIN, 2, [A1, X1]),
        (HRSS, EDU, 1, [X1]),
        (EDU, FIN, 1, [X1]),
    ]
    assert all(memory.cypher_key(r["agency_a"]) < memory.cypher_key(r["agency_b"]) for r in rows)
    assert project(answer(G, "coissuance", min_count=2), "joint_documents") == [(2,)]


def test_most_cited_counts_distinct_citing_documents_without_transmits(G):
    rows = answer(G, "most_cited", limit=3)
    assert project(rows, "document", "cited_by") == [(N1, 2), (P1, 2), (L1, 1)]
    everything = answer(G, "most_cited", limit=100)
    assert M1T not in {r["document"] for r in everything}  # only transmitted, never cited


def test_missing_cited_lists_cited_only_documents(G):
    rows = answer(G, "missing_cited")
    assert project(rows, "document", "cited_by", "cited_in") == [
        (N1, 2, [P1, D1]),
        (L1, 1, [P1]),
        (N2, 1, [M1T]),
    ]


def test_document_links_lists_every_link_both_ways_with_evidence(G):
    rows = answer(G, "document_links", doc="豫政〔2021〕3号")
    assert project(rows, "direction", "type", "other") == [
        ("out", "BASED_ON", L1),
        ("out", "IMPLEMENTS", N1),
        ("out", "ISSUED_BY", GOV),
        ("out", "SUPERSEDES", P0),
        ("out", "TARGETS", GRAD),
        ("in", "AMENDS", A1),
        ("in", "BASED_ON", M1T),
        ("in", "IMPLEMENTS", M1T),
    ]
    assert rows[0]["other_name"] == "中华人民共和国就业促进法" and rows[0]["line"] == 4
    assert rows[2]["other_name"] == "河南省人民政府" and rows[2]["evidence"] is None


# --- query files and parameters ---------------------------------------------------------------


def test_every_named_query_has_an_in_memory_answer_with_its_columns(G):
    queries = named_queries()
    assert set(queries) == set(memory.ANSWERS)
    required = {
        "lineage_up",
        "implementations_down",
        "supersession",
        "beneficiary_docs",
        "agency_docs",
        "coissuance",
        "most_cited",
        "missing_cited",
    }
    assert required <= set(queries)
    samples = {"doc": M1N, "group": KEY, "agency": HRSS}
    for q in queries.values():
        given = {p.name: samples[p.name] for p in q.params if p.required}
        rows = memory.ANSWERS[q.name](G, bind_params(q, given))
        assert rows, q.name
        assert all(tuple(r) == q.columns for r in rows), q.name


def test_every_query_file_documents_itself():
    for q in named_queries().values():
        assert q.summary and q.description and q.example.startswith(f"policykg query {q.name}")
        assert all(p.doc for p in q.params)


def test_variable_length_bounds_agree_with_the_cypher_files():
    assert "{1,%d}" % memory.LINEAGE_MAX_DEPTH in get_query("lineage_up").text
    assert "{1,%d}" % memory.LINEAGE_MAX_DEPTH in get_query("implementations_down").text
    assert "*1..%d" % memory.SUPERSESSION_MAX_DEPTH in get_query("supersession").text


@pytest.mark.parametrize(
    "given, message",
    [
        ({}, "needs --param doc"),
        ({"doc": "x", "level": "natinal"}, "level must be one of national, provincial"),
        ({"doc": "x", "colour": "red"}, "no parameter colour"),
    ],
)
def test_bind_params_refuses_missing_and_unknown(given, message):
    with pytest.raises(QueryError, match=message):
        bind_params(get_query("lineage_up"), given)


@pytest.mark.parametrize("raw, expected", [("5", 5), (7, 7)])
def test_int_parameters_are_coerced(raw, expected):
    assert bind_params(get_query("most_cited"), {"limit": raw}) == {"limit": expected}


@pytest.mark.parametrize("raw", ["five", "-1", "2.5"])
def test_bad_int_parameters_are_refused(raw):
    with pytest.raises(QueryError, match="limit"):
        bind_params(get_query("most_cited"), {"limit": raw})


@pytest.mark.parametrize(
    "text, message",
    [
        ("MATCH (n) RETURN n", "no // header"),
        ("// other: x\n// @example policykg query q\nRETURN 1 AS one", "must start with"),
        ("// q: x\nRETURN $doc AS d", r"uses \['doc'\]"),
        ("// q: x\n// @param doc string  D.\nRETURN $doc AS d", "no @example"),
        ("// q: x\n// @parm doc string  D.\n// @example policykg query q\nRETURN 1 AS one", "unknown header line"),
    ],
)
def test_malformed_query_files_are_refused(text, message):
    with pytest.raises(QueryError, match=message):
        parse_query_file("q", text)


def test_unknown_query_names_the_known_ones():
    with pytest.raises(QueryError, match="lineage_up"):
        get_query("lineage")


def test_cypher_ordering_of_strings_is_utf16():
    # U+FF5E (BMP) sorts after U+20000 (a surrogate pair in UTF-16) in Neo4j, before it in Python.
    assert sorted(["\uff5e", "\U00020000"], key=memory.cypher_key) == ["\U00020000", "\uff5e"]
    assert sorted([None, "b", "a"], key=memory.cypher_key) == ["a", "b", None]


def test_the_query_and_analysis_modules_import_each_other_in_no_cycle():
    # Every import counts, those inside functions too: readonly and runner once imported each other.
    import ast
    from pathlib import Path

    import networkx as nx

    root = Path(memory.__file__).resolve().parents[1]
    imports = nx.DiGraph()
    for room in ("queries", "analysis", "viz"):
        for f in (root / room).glob("*.py"):
            module = f"policykg.{room}.{f.stem}".removesuffix(".__init__")
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("policykg"):
                    imports.add_edges_from((module, f"{node.module}.{a.name}") for a in node.names)
                    imports.add_edge(module, node.module)
    modules = {n for n in imports if n.startswith(("policykg.queries.", "policykg.analysis.", "policykg.viz."))}
    assert list(nx.simple_cycles(imports.subgraph(modules))) == []
