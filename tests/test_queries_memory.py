"""The named queries answered in memory, on a small hand-made graph with known answers.

The same graph is loaded into Neo4j by tests/test_queries_neo4j.py, which checks that the server
gives these very rows.  Its story: a municipal notice (郑政〔2022〕5号) transmits an implementation
plan that implements and rests on a provincial opinion (豫政〔2021〕3号), which implements a national
opinion and rests on a national law; a district document implements the municipal notice.
"""

from __future__ import annotations

import pytest

from policykg.errors import QueryError
from policykg.graph.io import parse_graph_json
from policykg.queries import memory
from policykg.queries.catalog import bind_params, get_query, named_queries, parse_query_file
from policykg.queries.runner import run_memory

N1 = "doc:国发〔2020〕1号"  # national opinion, cited only
N2 = "doc:国办发〔2021〕2号"  # national general-office notice, cited only
L1 = "doc:中华人民共和国就业促进法"  # national law, no doc number, cited only
P00 = "doc:豫政〔2010〕1号"  # provincial, superseded by P0
P0 = "doc:豫政〔2016〕9号"  # provincial, superseded by P1
P1 = "doc:豫政〔2021〕3号"  # provincial opinion in force
A1 = "doc:豫人社〔2022〕7号"  # amends P1; joint 人社厅 + 财政厅
X1 = "doc:豫人社〔2023〕4号"  # joint 人社厅 + 财政厅 + 教育厅, undated
M1N = "doc:郑政〔2022〕5号"  # municipal notice transmitting M1T
M1T = "doc:郑州市稳就业实施方案"  # the transmitted text (no doc number)
D1 = "doc:金水政〔2023〕1号"  # district document implementing M1N

GOV = "agency:河南省人民政府"
HRSS = "agency:河南省人力资源和社会保障厅"
FIN = "agency:河南省财政厅"
EDU = "agency:河南省教育厅"
ZZ = "agency:郑州市人民政府"
JS = "agency:郑州市金水区人民政府"

KEY = "group:重点群体"
GRAD = "group:高校毕业生"
UNEMP_GRAD = "group:离校未就业高校毕业生"
MIGRANT = "group:农民工"


def _doc(node_id, title, level, *, in_corpus=True, **props):
    doc_number = node_id[4:] if "〔" in node_id else None
    p = {"title": title, "level": level, "in_corpus": in_corpus, **props}
    if doc_number:
        p["doc_number"] = doc_number
    return {"id": node_id, "label": "Document", "properties": p}


def _edge(source, target, rtype, line=1, **props):
    evidence = {"file": "fixture.txt", "line": line, "text": f"{source} {rtype} {target}"}
    if rtype == "ISSUED_BY":
        evidence = {"file": "fixture.txt", "line": line}
    return {"source": source, "target": target, "type": rtype, "properties": {**evidence, **props}}


def graph_json() -> dict:
    """The hand-made graph as a graph.json dict."""
    nodes = [
        _doc(N1, "国务院关于做好就业工作的意见", "national", in_corpus=False),
        _doc(N2, "国务院办公厅关于支持多渠道灵活就业的意见", "national", in_corpus=False),
        _doc(L1, "中华人民共和国就业促进法", "national", in_corpus=False),
        _doc(P00, "河南省促进就业办法", "provincial", date="2010-03-01", status="superseded", superseded_by=[P0]),
        _doc(
            P0,
            "河南省人民政府关于进一步做好就业工作的意见",
            "provincial",
            date="2016-05-01",
            status="superseded",
            superseded_by=[P1],
            status_as_of="2024-12-31",
        ),
        _doc(
            P1,
            "河南省人民政府关于做好就业工作的实施意见",
            "provincial",
            date="2021-06-01",
            effective_date="2021-07-01",
            status="in_force",
            status_as_of="2024-12-31",
            issuers=["河南省人民政府"],
        ),
        _doc(A1, "关于修改《河南省人民政府关于做好就业工作的实施意见》的通知", "provincial", date="2022-02-01"),
        _doc(X1, "关于做好高校毕业生就业工作的通知", "provincial"),
        _doc(M1N, "郑州市人民政府关于印发郑州市稳就业实施方案的通知", "municipal", date="2022-04-01"),
        _doc(M1T, "郑州市稳就业实施方案", "municipal", date="2022-04-01", transmitted_by=M1N),
        _doc(D1, "金水区落实稳就业措施的通知", "district", date="2023-01-10"),
        {"id": GOV, "label": "Agency", "properties": {"name": "河南省人民政府", "known": True, "level": "provincial"}},
        {
            "id": HRSS,
            "label": "Agency",
            "properties": {
                "name": "河南省人力资源和社会保障厅",
                "known": True,
                "aliases": ["省人社厅", "河南省人社厅"],
            },
        },
        {"id": FIN, "label": "Agency", "properties": {"name": "河南省财政厅", "known": True, "aliases": []}},
        {"id": EDU, "label": "Agency", "properties": {"name": "河南省教育厅", "known": True}},
        {"id": ZZ, "label": "Agency", "properties": {"name": "郑州市人民政府", "known": True}},
        {"id": JS, "label": "Agency", "properties": {"name": "郑州市金水区人民政府", "known": False}},
        {"id": KEY, "label": "BeneficiaryGroup", "properties": {"name": "重点群体", "synonyms": [], "broader": []}},
        {
            "id": GRAD,
            "label": "BeneficiaryGroup",
            "properties": {"name": "高校毕业生", "synonyms": ["应届毕业生", "大学毕业生"], "broader": ["重点群体"]},
        },
        {
            "id": UNEMP_GRAD,
            "label": "BeneficiaryGroup",
            "properties": {"name": "离校未就业高校毕业生", "synonyms": [], "broader": ["高校毕业生", "重点群体"]},
        },
        {
            "id": MIGRANT,
            "label": "BeneficiaryGroup",
            "properties": {"name": "农民工", "synonyms": ["进城务工人员"], "broader": ["重点群体"]},
        },
    ]
    edges = [
        _edge(P1, N1, "IMPLEMENTS", 3, cited_as="《国务院关于做好就业工作的意见》"),
        _edge(P1, L1, "BASED_ON", 4),
        _edge(P1, P0, "SUPERSEDES", 40),
        _edge(P0, P00, "SUPERSEDES", 30),
        _edge(A1, P1, "AMENDS", 50),
        _edge(M1N, M1T, "TRANSMITS", 60),
        _edge(M1T, P1, "IMPLEMENTS", 62),
        _edge(M1T, P1, "BASED_ON", 63),
        _edge(M1T, N2, "BASED_ON", 64),
        _edge(D1, M1N, "IMPLEMENTS", 70),
        _edge(D1, N1, "CITES", 71),
        _edge(P1, GOV, "ISSUED_BY", 2),
        _edge(P0, GOV, "ISSUED_BY", 2),
        _edge(P00, GOV, "ISSUED_BY", 2),
        _edge(A1, HRSS, "ISSUED_BY", 49),
        _edge(A1, FIN, "ISSUED_BY", 49),
        _edge(X1, HRSS, "ISSUED_BY", 80),
        _edge(X1, FIN, "ISSUED_BY", 80),
        _edge(X1, EDU, "ISSUED_BY", 80),
        _edge(M1N, ZZ, "ISSUED_BY", 59),
        _edge(D1, JS, "ISSUED_BY", 69),
        _edge(P1, GRAD, "TARGETS", 10),
        _edge(M1T, KEY, "TARGETS", 65),
        _edge(D1, MIGRANT, "TARGETS", 72),
        _edge(A1, UNEMP_GRAD, "TARGETS", 51),
        _edge(X1, GRAD, "TARGETS", 81),
    ]
    return {"schema_version": 1, "nodes": nodes, "edges": edges}


@pytest.fixture(scope="module")
def G():
    return parse_graph_json(graph_json())


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


def test_lineage_up_of_an_unknown_document_is_empty(G):
    assert answer(G, "lineage_up", doc="不存在〔2099〕1号") == []


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
