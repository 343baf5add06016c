"""Validity of documents as of a date: superseded, expired, not_yet_in_force, in_force or unknown.

:func:`validity` and :func:`validities` are pure functions of the graph; :func:`apply_status` writes
their answer onto the Document nodes (``status``, ``status_as_of``, ``superseded_by``).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:old", label="Document", in_corpus=True, date="2020-01-01")
>>> G.add_node("doc:new", label="Document", in_corpus=True, date="2024-03-01")
>>> _ = G.add_edge("doc:new", "doc:old", key="SUPERSEDES", type="SUPERSEDES")
>>> validity(G, "doc:old", as_of="2023-01-01").status, validity(G, "doc:old", as_of="2025-01-01").status
('in_force', 'superseded')
>>> validity(G, "doc:old", as_of="2025-01-01").superseded_by
('doc:new',)
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

SUPERSEDED = "superseded"
EXPIRED = "expired"
NOT_YET_IN_FORCE = "not_yet_in_force"
IN_FORCE = "in_force"
UNKNOWN = "unknown"  # cited only: the corpus does not say


@dataclass(frozen=True)
class Validity:
    """The status of one document as of a date, and the documents superseding it by then."""

    status: str
    superseded_by: tuple[str, ...] = ()


def superseders(G: nx.MultiDiGraph, node: str, *, as_of: str) -> tuple[str, ...]:
    """Documents superseding ``node`` that are in force (or undated) on ``as_of``, sorted."""
    found = []
    for src, _, key in G.in_edges(node, keys=True):
        if key != "SUPERSEDES":
            continue
        s = G.nodes[src]
        start = s.get("effective_date") or s.get("date")
        if start is None or start <= as_of:
            found.append(src)
    return tuple(sorted(found))


def validity(G: nx.MultiDiGraph, node: str, *, as_of: str) -> Validity:
    """The validity of Document ``node`` on ``as_of`` (an ISO date), checked in this order."""
    by = superseders(G, node, as_of=as_of)
    if by:
        return Validity(SUPERSEDED, by)
    a = G.nodes[node]
    if a.get("expiry_date") and a["expiry_date"] < as_of:
        return Validity(EXPIRED)
    if a.get("effective_date") and a["effective_date"] > as_of:
        return Validity(NOT_YET_IN_FORCE)
    return Validity(IN_FORCE if a.get("in_corpus") else UNKNOWN)


def validities(G: nx.MultiDiGraph, *, as_of: str) -> dict[str, Validity]:
    """The validity of every Document of ``G`` on ``as_of``, in node order."""
    return {n: validity(G, n, as_of=as_of) for n, a in G.nodes(data=True) if a["label"] == "Document"}


def apply_status(G: nx.MultiDiGraph, *, as_of: str) -> None:
    """Set ``status_as_of``, ``status`` (and ``superseded_by``) on every Document of ``G``."""
    for node, v in validities(G, as_of=as_of).items():
        a = G.nodes[node]
        a["status_as_of"] = as_of
        a["status"] = v.status
        if v.superseded_by:
            a["superseded_by"] = list(v.superseded_by)
