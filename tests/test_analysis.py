"""policykg.analysis: the questions the named queries and the pages share, defined once.

The rows the queries make of these answers are checked against Neo4j in
tests/test_queries_neo4j.py; here, the answers themselves and what the pages rely on.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import networkx as nx
import pytest

from policykg.analysis import (
    ChainLink,
    coissuing_pairs,
    documents_named,
    find_document,
    lineage_depths,
    lineage_paths,
    match_documents,
    most_cited,
    notice_unit,
    supersession_chain,
)
from policykg.analysis.lookup import SOURCES, by_doc_number, by_exact_name, by_part, by_title
from policykg.errors import NotFoundError
from policykg.keys import lookup_key


def _random_graph(seed: int) -> nx.MultiDiGraph:
    path = Path(__file__).with_name("test_queries_neo4j.py")
    spec = importlib.util.spec_from_file_location("_queries_neo4j", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.random_graph(seed)


def _graph(docs: dict[str, dict], links: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for node, props in docs.items():
        G.add_node(node, label="Document", **props)
    for u, v, rtype in links:
        G.add_edge(u, v, key=rtype, type=rtype)
    return G


DOCS = {
    "doc:豫政〔2022〕5号": {
        "title": "河南省人民政府关于印发就业补贴办法的通知",
        "doc_number": "豫政〔2022〕5号",
        "in_corpus": True,
    },
    "doc:就业补贴办法": {"title": "就业补贴办法", "in_corpus": True},
    "doc:就业补贴办法(cited)": {"title": "就业补贴办法", "in_corpus": False},
    "doc:郑政〔2022〕12号": {"title": "郑州市落实意见", "doc_number": "郑政〔2022〕12号", "in_corpus": True},
}


@pytest.mark.parametrize(
    "source, ref, expected",
    [
        (by_exact_name, "豫政〔2022〕5号", ["doc:豫政〔2022〕5号"]),
        (by_exact_name, "豫政[2022]5号", []),
        (by_doc_number, "豫政[2022] 5 号", ["doc:豫政〔2022〕5号"]),
        (by_doc_number, "郑政（2022）12号", ["doc:郑政〔2022〕12号"]),
        (by_title, "就业补贴 办法", ["doc:就业补贴办法", "doc:就业补贴办法(cited)"]),
        (by_part, "落实", ["doc:郑政〔2022〕12号"]),
    ],
)
def test_each_lookup_source(source, ref, expected):
    G = _graph(DOCS, [])
    assert sorted(source(G, list(DOCS), ref.strip(), lookup_key(ref))) == sorted(expected)


def test_lookup_sources_run_exact_first():
    assert SOURCES[0] is by_exact_name and SOURCES[-1] is by_part


def test_find_document_prefers_the_corpus_and_the_first_source_that_matches():
    G = _graph(DOCS, [])
    assert find_document(G, "就业补贴办法") == "doc:就业补贴办法"  # in the corpus, not the cited namesake
    assert match_documents(G, "就业补贴") == ["doc:就业补贴办法", "doc:豫政〔2022〕5号"]  # part of two titles
    assert documents_named(G, "就业补贴办法") == ["doc:就业补贴办法", "doc:就业补贴办法(cited)"]  # the Cypher's


@pytest.mark.parametrize("ref", ["", "  ", "〔〕"])
def test_find_document_refuses_an_empty_name(ref):
    with pytest.raises(NotFoundError):
        find_document(_graph(DOCS, []), ref)


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("direction", ["up", "down"])
def test_lineage_depths_are_the_path_ends_at_their_shortest(seed, direction):
    # The pages draw lineage_depths; the queries list lineage_paths: the same documents.
    G = _random_graph(seed)
    for doc in [n for n, a in G.nodes(data=True) if a["label"] == "Document"]:
        paths = lineage_paths(G, doc, direction=direction)
        shortest: dict[str, int] = {}
        for p in paths:
            shortest[p.end] = min(shortest.get(p.end, p.depth), p.depth)
            assert len(set(p.nodes)) == len(p.nodes) and 1 <= p.depth <= 8
        depths = lineage_depths(G, doc, direction=direction)
        assert depths == shortest
        assert list(depths.values()) == sorted(depths.values())  # nearest first


def test_lineage_follows_transmits_both_ways_and_rests_on_one_way():
    G = _graph(
        {n: {} for n in ("doc:notice", "doc:text", "doc:law", "doc:city")},
        [
            ("doc:notice", "doc:text", "TRANSMITS"),
            ("doc:text", "doc:law", "BASED_ON"),
            ("doc:city", "doc:text", "CITES"),
        ],
    )
    assert sorted((p.end, p.rels) for p in lineage_paths(G, "doc:text")) == [
        ("doc:law", ("BASED_ON",)),
        ("doc:notice", ("<TRANSMITS",)),
    ]
    assert lineage_depths(G, "doc:law", direction="down") == {"doc:text": 1, "doc:notice": 2}  # CITES: no lineage
    with pytest.raises(ValueError):
        lineage_depths(G, "doc:law", direction="sideways")


def test_supersession_chain_lists_a_cycle_both_ways_and_ignores_amends():
    G = _graph(
        {n: {} for n in ("doc:a", "doc:b", "doc:fix")},
        [("doc:a", "doc:b", "SUPERSEDES"), ("doc:b", "doc:a", "SUPERSEDES"), ("doc:fix", "doc:a", "AMENDS")],
    )
    assert supersession_chain(G, "doc:a") == [ChainLink("doc:b", -1), ChainLink("doc:a", 0), ChainLink("doc:b", 1)]


def test_notice_unit_is_transitive():
    G = _graph({n: {} for n in "abc"}, [("a", "b", "TRANSMITS"), ("b", "c", "TRANSMITS")])
    assert notice_unit(G, "c") == ["c", "b", "a"]


def test_coissuing_pairs_and_most_cited_on_a_tangled_graph():
    G = _random_graph(2)
    pairs = coissuing_pairs(G, min_count=2)
    assert all(len(pair) == 2 and len(docs) >= 2 for pair, docs in pairs.items())
    counts = [len(docs) for docs in pairs.values()]
    assert counts == sorted(counts, reverse=True)
    ranked = most_cited(G, limit=5)
    assert len(ranked) <= 5 and [c for _, c in ranked] == sorted((c for _, c in ranked), reverse=True)
    assert all(G.nodes[d]["in_corpus"] is False for d, _ in most_cited(G, in_corpus=False))
