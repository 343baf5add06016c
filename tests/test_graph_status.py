"""Validity as of a date, one row per case: the document's dates, who supersedes it and when."""

from __future__ import annotations

import networkx as nx
import pytest

from policykg.graph.status import Validity, apply_status, inherit_unit_dates, validity

ROWS = [
    # (case, properties of doc:a, superseding documents' properties, as_of, expected)
    ("in force", {"in_corpus": True, "date": "2020-01-01"}, [], "2025-01-01", Validity("in_force")),
    ("cited only: unknown", {"in_corpus": False}, [], "2025-01-01", Validity("unknown")),
    ("expired", {"in_corpus": True, "expiry_date": "2024-12-31"}, [], "2025-01-01", Validity("expired")),
    ("expires that day: in force", {"in_corpus": True, "expiry_date": "2025-01-01"}, [], "2025-01-01",
     Validity("in_force")),
    ("not yet in force", {"in_corpus": True, "effective_date": "2025-03-01"}, [], "2025-01-01",
     Validity("not_yet_in_force")),
    ("superseded", {"in_corpus": True}, [{"date": "2024-01-01"}], "2025-01-01",
     Validity("superseded", ("doc:s0",), "2024-01-01")),
    ("repealed on the repealer's effective date", {"in_corpus": True},
     [{"date": "2024-01-01", "effective_date": "2024-03-01"}], "2025-01-01",
     Validity("superseded", ("doc:s0",), "2024-03-01")),
    ("superseder not yet in force", {"in_corpus": True}, [{"date": "2024-01-01", "effective_date": "2025-06-01"}],
     "2025-01-01", Validity("in_force")),
    ("undated superseder", {"in_corpus": False}, [{}], "2025-01-01", Validity("superseded", ("doc:s0",))),
    ("superseded before it expires", {"in_corpus": True, "expiry_date": "2020-01-01"},
     [{"date": "2019-01-01"}, {"date": "2018-01-01"}], "2025-01-01",
     Validity("superseded", ("doc:s0", "doc:s1"), "2018-01-01")),
    ("a catalogue's repeal", {"in_corpus": False, "source": "catalogue", "repealed_on": "2024-09-01"}, [],
     "2025-01-01", Validity("superseded", (), "2024-09-01")),
    ("a catalogue's repeal to come", {"in_corpus": False, "source": "catalogue", "repealed_on": "2025-06-01"}, [],
     "2025-01-01", Validity("in_force")),
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
    assert G.nodes["doc:a"]["status_as_of"] == "2025-01-01" and G.nodes["doc:a"]["status_zh"] == "已废止"
    assert G.nodes["doc:a"]["repealed_on"] == "2024-01-01"
    assert "status" not in G.nodes["agency:x"]


# ---- validity that follows the text through its notice unit (a notice and the texts it issues)


def unit(notice: dict, texts: list[dict], repeals: dict[str, str] | None = None) -> nx.MultiDiGraph:
    """doc:n issuing doc:t0, doc:t1 …; ``repeals`` maps a repealed member to the repealing one's date."""
    G = nx.MultiDiGraph()
    G.add_node("doc:n", label="Document", in_corpus=True, **notice)
    for i, t in enumerate(texts):
        G.add_node(f"doc:t{i}", label="Document", **{"in_corpus": True, **t})
        G.add_edge("doc:n", f"doc:t{i}", key="TRANSMITS", type="TRANSMITS")
    for i, (target, date) in enumerate((repeals or {}).items()):
        G.add_node(f"doc:r{i}", label="Document", in_corpus=True, date=date)
        G.add_edge(f"doc:r{i}", target, key="SUPERSEDES", type="SUPERSEDES")
    return G


UNIT_ROWS = [
    # (case, notice, texts, repeals, node asked, expected)
    ("the notice repealed: its text too", {}, [{}], {"doc:n": "2024-05-01"}, "doc:t0",
     Validity("superseded", ("doc:r0",), "2024-05-01")),
    ("the only text repealed: its notice too", {}, [{}], {"doc:t0": "2024-05-01"}, "doc:n",
     Validity("superseded", ("doc:r0",), "2024-05-01")),
    ("one of two texts repealed: the notice stays", {}, [{}, {}], {"doc:t0": "2024-05-01"}, "doc:n",
     Validity("in_force")),
    ("one of two texts repealed: the other stays", {}, [{}, {}], {"doc:t0": "2024-05-01"}, "doc:t1",
     Validity("in_force")),
    ("a cited-only text of a notice in the corpus: known", {}, [{"in_corpus": False}], {}, "doc:t0",
     Validity("in_force")),
]  # fmt: skip


@pytest.mark.parametrize("case, notice, texts, repeals, node, expected", UNIT_ROWS, ids=[r[0] for r in UNIT_ROWS])
def test_validity_follows_the_notice_unit(case, notice, texts, repeals, node, expected):
    G = unit(notice, texts, repeals)
    inherit_unit_dates(G)
    assert validity(G, node, as_of="2025-01-01") == expected


DATE_ROWS = [
    # (case, notice, texts, text 0's (effective, expiry, dates_from), the notice's expiry)
    ("a text takes the notice's dates", {"effective_date": "2025-01-01", "expiry_date": "2025-12-31"}, [{}],
     ("2025-01-01", "2025-12-31", "doc:n"), "2025-12-31"),
    ("a text keeps its own", {"effective_date": "2025-01-01", "expiry_date": "2025-12-31"},
     [{"effective_date": "2025-02-01", "expiry_date": "2027-01-31"}], ("2025-02-01", "2027-01-31", None), "2025-12-31"),
    ("a notice takes the expiry of its texts", {}, [{"expiry_date": "2021-12-31"}], (None, "2021-12-31", None),
     "2021-12-31"),
    ("…only when every text expires", {}, [{"expiry_date": "2021-12-31"}, {}], (None, "2021-12-31", None), None),
]  # fmt: skip


@pytest.mark.parametrize("case, notice, texts, text_dates, notice_expiry", DATE_ROWS, ids=[r[0] for r in DATE_ROWS])
def test_dates_pass_along_the_unit(case, notice, texts, text_dates, notice_expiry):
    G = unit(notice, texts)
    inherit_unit_dates(G)
    t = G.nodes["doc:t0"]
    assert (t.get("effective_date"), t.get("expiry_date"), t.get("dates_from")) == text_dates
    assert G.nodes["doc:n"].get("expiry_date") == notice_expiry
