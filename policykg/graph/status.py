"""Validity of documents as of a date: superseded, expired, not_yet_in_force, in_force or unknown.

Validity follows the text through its notice unit (a notice and the texts it issues, linked by
TRANSMITS; :mod:`policykg.analysis.units`):

* :func:`inherit_unit_dates` — a text issued by a notice takes the notice's issue, effective and
  expiry dates unless it states its own (``dates_from`` names the notice); a notice stating no expiry
  whose texts all expire takes the latest of their expiries;
* :func:`validity` — a notice's repeal reaches the texts it issued; a text's repeal reaches its
  notice once every text of the notice is repealed (a notice of one text goes with it); a document
  dated through a catalogue is repealed on the catalogue's ``repealed_on``.

:func:`validity` and :func:`validities` are pure functions of the graph; :func:`apply_status`
writes their answer onto the Document nodes (``status``, ``status_zh``, ``status_as_of``,
``superseded_by``, ``repealed_on``).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:old", label="Document", in_corpus=True, date="2020-01-01")
>>> G.add_node("doc:new", label="Document", in_corpus=True, date="2024-03-01")
>>> _ = G.add_edge("doc:new", "doc:old", key="SUPERSEDES", type="SUPERSEDES")
>>> validity(G, "doc:old", as_of="2023-01-01").status, validity(G, "doc:old", as_of="2025-01-01").status
('in_force', 'superseded')
>>> validity(G, "doc:old", as_of="2025-01-01")
Validity(status='superseded', superseded_by=('doc:new',), repealed_on='2024-03-01')
>>> G.add_node("doc:text", label="Document", in_corpus=True)
>>> _ = G.add_edge("doc:old", "doc:text", key="TRANSMITS", type="TRANSMITS")
>>> validity(G, "doc:text", as_of="2025-01-01").superseded_by
('doc:new',)
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from policykg.analysis.units import notice_unit, notices_of, texts_of
from policykg.ontology.schema import STATUSES, STATUSES_ZH

SUPERSEDED = "superseded"
EXPIRED = "expired"
NOT_YET_IN_FORCE = "not_yet_in_force"
IN_FORCE = "in_force"
UNKNOWN = "unknown"  # cited only: the corpus does not say
# The status in the words of Chinese legal databases (时效性), beside the English code:
# in_force 现行有效, superseded 已废止, expired 已失效, not_yet_in_force 尚未施行, unknown 时效不明.
STATUS_ZH = dict(zip(STATUSES, STATUSES_ZH))
# Sources of a cited-only document that state its dates and status (policykg.catalogue).
LISTED_SOURCES = ("catalogue", "reference")
# The dates a text takes from the notice that issues it, when it states none of its own.
# A text takes its notice's effective date and expiry (the issue date a 印发 text already takes when
# parsed; a 转发 text keeps its own or none).
NOTICE_DATES = ("effective_date", "expiry_date")


@dataclass(frozen=True)
class Validity:
    """The status of one document as of a date, the documents superseding it by then, and since when."""

    status: str
    superseded_by: tuple[str, ...] = ()
    repealed_on: str | None = None


def _start(G: nx.MultiDiGraph, node: str) -> str | None:
    s = G.nodes[node]
    return s.get("effective_date") or s.get("date")


def superseders(G: nx.MultiDiGraph, node: str, *, as_of: str) -> tuple[str, ...]:
    """Documents superseding ``node`` that are in force (or undated) on ``as_of``, sorted."""
    found = []
    for src, _, key in G.in_edges(node, keys=True):
        if key != "SUPERSEDES":
            continue
        start = _start(G, src)
        if start is None or start <= as_of:
            found.append(src)
    return tuple(sorted(found))


def _from_notices(G: nx.MultiDiGraph, node: str, as_of: str, seen: set[str]) -> set[str]:
    """Superseders of the notices that issue ``node``, and of theirs: a notice's repeal reaches its texts."""
    found: set[str] = set()
    for notice in notices_of(G, node):
        if notice not in seen:
            seen.add(notice)
            found |= set(superseders(G, notice, as_of=as_of)) | _from_notices(G, notice, as_of, seen)
    return found


def _from_texts(G: nx.MultiDiGraph, node: str, as_of: str, seen: set[str]) -> set[str]:
    """Superseders of the texts ``node`` issues, when every one of them is repealed (else none)."""
    found: set[str] = set()
    texts = [t for t in texts_of(G, node) if t not in seen]
    for text in texts:
        seen.add(text)
        by = set(superseders(G, text, as_of=as_of)) | _from_texts(G, text, as_of, seen)
        if not by:
            return set()
        found |= by
    return found


def unit_superseders(G: nx.MultiDiGraph, node: str, *, as_of: str) -> tuple[str, ...]:
    """Documents superseding ``node`` on ``as_of``: its own, its notices', and its texts' when all
    its texts are superseded (documents of its own unit apart), sorted."""
    found = set(superseders(G, node, as_of=as_of))
    found |= _from_notices(G, node, as_of, {node}) | _from_texts(G, node, as_of, {node})
    return tuple(sorted(found - set(notice_unit(G, node))))


def _known(G: nx.MultiDiGraph, node: str) -> bool:
    """Whether the status of ``node`` can be told: in the corpus, listed in a catalogue, or issued
    by a notice of the corpus."""
    a = G.nodes[node]
    if a.get("in_corpus") or a.get("source") in LISTED_SOURCES:
        return True
    return any(G.nodes[n].get("in_corpus") for n in notices_of(G, node))


def validity(G: nx.MultiDiGraph, node: str, *, as_of: str) -> Validity:
    """The validity of Document ``node`` on ``as_of`` (an ISO date), checked in this order."""
    by = unit_superseders(G, node, as_of=as_of)
    if by:
        return Validity(SUPERSEDED, by, min((d for d in (_start(G, s) for s in by) if d), default=None))
    a = G.nodes[node]
    if a.get("source") in LISTED_SOURCES and a.get("repealed_on") and a["repealed_on"] <= as_of:
        return Validity(SUPERSEDED, (), a["repealed_on"])
    if a.get("expiry_date") and a["expiry_date"] < as_of:
        return Validity(EXPIRED)
    if a.get("effective_date") and a["effective_date"] > as_of:
        return Validity(NOT_YET_IN_FORCE)
    return Validity(IN_FORCE if _known(G, node) else UNKNOWN)


def validities(G: nx.MultiDiGraph, *, as_of: str) -> dict[str, Validity]:
    """The validity of every Document of ``G`` on ``as_of``, in node order."""
    return {n: validity(G, n, as_of=as_of) for n, a in G.nodes(data=True) if a["label"] == "Document"}


def apply_status(G: nx.MultiDiGraph, *, as_of: str) -> None:
    """Set ``status_as_of``, ``status``, ``status_zh`` (and ``superseded_by``, ``repealed_on``) on
    every Document of ``G``."""
    for node, v in validities(G, as_of=as_of).items():
        a = G.nodes[node]
        a["status_as_of"] = as_of
        a["status"] = v.status
        a["status_zh"] = STATUS_ZH[v.status]
        a.pop("superseded_by", None)
        if v.superseded_by:
            a["superseded_by"] = list(v.superseded_by)
        if v.repealed_on:
            a["repealed_on"] = v.repealed_on
        elif a.get("source") not in LISTED_SOURCES:
            a.pop("repealed_on", None)  # a catalogue's repeal date is a fact of the document; ours was of a date


def inherit_unit_dates(G: nx.MultiDiGraph) -> None:
    """Dates across each notice unit.  First, from the texts up: a notice without an expiry whose texts
    all state one takes the latest.  Then from the notices down, nearest notice first: a text takes
    the notice's dates it lacks (``dates_from`` = the notice)."""
    links = sorted((u, v) for u, v, k in G.edges(keys=True) if k == "TRANSMITS")
    order = _top_down(links, {v for _, v in links})
    for notice in dict.fromkeys(u for u, _ in reversed(order)):
        n = G.nodes[notice]
        expiries = [G.nodes[t].get("expiry_date") for t in texts_of(G, notice)]
        if not n.get("expiry_date") and expiries and all(expiries):
            n["expiry_date"] = max(expiries)
            n.setdefault("dates_from", texts_of(G, notice)[0])
    for notice, text in order:
        n, t = G.nodes[notice], G.nodes[text]
        taken = [f for f in NOTICE_DATES if n.get(f) and not t.get(f)]
        for f in taken:
            t[f] = n[f]
        if taken and not t.get("dates_from"):
            t["dates_from"] = notice


def _top_down(links: list[tuple[str, str]], texts: set[str]) -> list[tuple[str, str]]:
    """The TRANSMITS links ordered from the heads of units down (a 转发 chain passes dates along)."""
    order, frontier, seen = [], sorted({u for u, _ in links} - texts), set()
    by_notice: dict[str, list[str]] = {}
    for u, v in links:
        by_notice.setdefault(u, []).append(v)
    while frontier:
        nxt = []
        for u in frontier:
            for v in by_notice.get(u, []):
                if (u, v) not in seen:
                    seen.add((u, v))
                    order.append((u, v))
                    nxt.append(v)
        frontier = nxt
    return order + [link for link in links if link not in seen]  # links inside a cycle, as they come
