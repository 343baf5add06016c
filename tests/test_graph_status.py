"""Validity as of a date, one row per case: the document's dates, who supersedes it and when."""

from __future__ import annotations

import networkx as nx
import pytest

from policykg.graph.status import Validity, apply_status, validity

ROWS = [
    # (case, properties of doc:a, superseding documents' properties, as_of, expected)
    ("in force", {"in_corpus": True, "date": "2020-01-01"}, [], "2025-01-01", Validity("in_force")),
    ("cited only: unknown", {"in_corpus": False}, [], "2025-01-01", Validity("unknown")),
    ("expired", {"in_corpus": True, "expiry_date": "2024-12-31"}, [], "2025-01-01", Validity("expired")),
    ("expires that day: in force", {"in_corpus": True, "expiry_date": "2025-01-01"}, [], "2025-01-01",
     Validity("in_force")),
    ("not yet in force", {"in_corpus": True, "effective_date": "2025-03-01"}, [], "2025-01-01",
     Validity("not_yet_in_force")),
    ("superseded", {"in_corpus": True}, [{"date": "2024-01-01"}], "2025-01-01", Validity("superseded", ("doc:s0",))),
    ("superseder not yet in force", {"in_corpus": True}, [{"date": "2024-01-01", "effective_date": "2025-06-01"}],
     "2025-01-01", Validity("in_force")),
    ("undated superseder", {"in_corpus": False}, [{}], "2025-01-01", Validity("superseded", ("doc:s0",))),
    ("superseded before it expires", {"in_corpus": True, "expiry_date": "2020-01-01"},
     [{"date": "2019-01-01"}, {"date": "2018-01-01"}], "2025-01-01", Validity("superseded", ("doc:s0", "doc:s1"))),
]  # fmt: skip


def graph(props: dict, superseders: list[dict]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("doc:a", label="Document", **props)
    for i, s in enumerate(superseders):
        G.add_node(f"doc:s{i}", label="Document", in_corpus=True, **s)
        G.add_edge(f"doc:s{i}", "doc:a", key="SUPERSEDES", type="SUPERSEDES")
    G.add_edge("doc:a", "agency:x", key="ISSUED_BY", type="ISSUED_BY")
    G.nodes["agency:x"]["label"] = "Agency"
    return G


@pytest.mark.parametrize("case, props, superseders, as_of, expected", ROWS, ids=[r[0] for r in ROWS])
def test_validity(case, props, superseders, as_of, expected):
    assert validity(graph(props, superseders), "doc:a", as_of=as_of) == expected


def test_apply_status_writes_documents_only():
    G = graph({"in_corpus": True}, [{"date": "2024-01-01"}])
    apply_status(G, as_of="2025-01-01")
    assert G.nodes["doc:a"]["status"] == "superseded" and G.nodes["doc:a"]["superseded_by"] == ["doc:s0"]
    assert G.nodes["doc:a"]["status_as_of"] == "2025-01-01"
    assert "status" not in G.nodes["agency:x"]
