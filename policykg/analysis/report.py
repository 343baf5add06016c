"""A short report of a build: what it holds, what is implemented most, who is central.

``policykg analyze`` prints it (a table per section, or JSON).  Every figure comes from the same
analysis the named queries use: documents and notice units by level, year and status; the
most implemented national documents with their lag (:mod:`~policykg.analysis.diffusion`); the
central agencies of the co-issuance network (:mod:`~policykg.analysis.centrality`).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:国发", label="Document", level="national", in_corpus=False, status="unknown", doc_number_year=2024)
>>> G.add_node("doc:豫政", label="Document", level="provincial", in_corpus=True, status="in_force", date="2024-06-01")
>>> _ = G.add_edge("doc:豫政", "doc:国发", key="IMPLEMENTS", type="IMPLEMENTS")
>>> report = analyze(G)
>>> report.section("by_level").records()
[{'level': 'national', 'documents': 0, 'units': 0, 'cited_only': 1}, {'level': 'provincial', 'documents': 1, 'units': 1, 'cited_only': 0}]
>>> [(r["document"], r["implementations"], r["median_lag_years"]) for r in report.section("most_implemented").records()]
[('doc:国发', 1, 0.0)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from policykg.analysis.centrality import agency_centrality
from policykg.analysis.diffusion import implementation_sources, implementations, summarise, unit_dating
from policykg.analysis.links import DOCUMENT, id_order, nodes_labelled
from policykg.analysis.units import NoticeUnits
from policykg.analysis.validity import NOT_IN_FORCE
from policykg.ontology.schema import LEVELS, STATUSES

__all__ = ["REPORT_TOP", "Report", "Section", "analyze"]

REPORT_TOP = 10  # documents and agencies listed in the ranked sections


@dataclass(frozen=True)
class Section:
    """One part of the report: a title and rows under named columns."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass(frozen=True)
class Report:
    """The sections of a build's report, in print order."""

    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def to_dict(self) -> dict:
        """``{section key: [row objects]}``, in print order (``policykg analyze --json``)."""
        return {s.key: s.records() for s in self.sections}


def _section(key: str, title: str, records: Iterable[dict], columns: tuple[str, ...]) -> Section:
    return Section(key, title, columns, tuple(tuple(r.get(c) for c in columns) for r in records))


def _overview(G: nx.MultiDiGraph, units: NoticeUnits) -> Section:
    docs = nodes_labelled(G, DOCUMENT)
    inside = [d for d in docs if G.nodes[d].get("in_corpus")]
    roots = {units.root[d] for d in inside}
    gone = [d for d in inside if G.nodes[d].get("status") in NOT_IN_FORCE]
    rows = [
        {"what": "documents in the corpus", "count": len(inside)},
        {"what": "notice units in the corpus (notice + its texts = 1)", "count": len(roots)},
        {"what": "documents cited only", "count": len(docs) - len(inside)},
        {"what": "documents in the corpus no longer in force", "count": len(gone)},
        {"what": "agencies", "count": len(nodes_labelled(G, "Agency"))},
        {"what": "beneficiary groups", "count": len(nodes_labelled(G, "BeneficiaryGroup"))},
    ]
    return _section("overview", "The build", rows, ("what", "count"))


def _by_level(G: nx.MultiDiGraph, units: NoticeUnits) -> Section:
    docs = nodes_labelled(G, DOCUMENT)
    inside = Counter(G.nodes[d].get("level") for d in docs if G.nodes[d].get("in_corpus"))
    cited = Counter(G.nodes[d].get("level") for d in docs if not G.nodes[d].get("in_corpus"))
    unit_levels = Counter(G.nodes[r].get("level") for r in {units.root[d] for d in docs if G.nodes[d].get("in_corpus")})
    levels = [lv for lv in LEVELS if inside[lv] or cited[lv]] + sorted({*inside, *cited} - set(LEVELS), key=str)
    rows = [{"level": lv, "documents": inside[lv], "units": unit_levels[lv], "cited_only": cited[lv]} for lv in levels]
    return _section("by_level", "Documents by level", rows, ("level", "documents", "units", "cited_only"))


def _by_year(G: nx.MultiDiGraph, units: NoticeUnits) -> Section:
    roots = {units.root[d] for d in nodes_labelled(G, DOCUMENT) if G.nodes[d].get("in_corpus")}
    years = Counter(unit_dating(G, units, r)[1] for r in roots)
    rows = [{"year": y, "units": years[y]} for y in sorted(years, key=lambda y: (y is None, y or 0))]
    return _section(
        "by_year", "Notice units in the corpus by year (of the date, else of the doc number)", rows, ("year", "units")
    )


def _by_status(G: nx.MultiDiGraph) -> Section:
    found = Counter(G.nodes[d].get("status") for d in nodes_labelled(G, DOCUMENT) if G.nodes[d].get("in_corpus"))
    statuses = [s for s in STATUSES if found[s]] + sorted(set(found) - set(STATUSES), key=str)
    rows = [{"status": s, "documents": found[s]} for s in statuses]
    return _section("by_status", "Documents in the corpus by status", rows, ("status", "documents"))


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _most_implemented(G: nx.MultiDiGraph, units: NoticeUnits, *, top: int) -> Section:
    rows = []
    for source in implementation_sources(G, None, level="national", units=units):
        found = implementations(G, source, units=units)
        if found:
            s = summarise(G, found)
            levels = Counter(G.nodes[i.document].get("level") for i in found)
            rows.append(
                {
                    "document": source,
                    "title": G.nodes[source].get("title"),
                    "implementations": s.implementations,
                    "provincial": levels["provincial"],
                    "municipal": levels["municipal"],
                    "district": levels["district"],
                    "median_lag_days": _float(s.median_lag_days),
                    "median_lag_years": _float(s.median_lag_years),
                }
            )
    rows.sort(key=lambda r: (-r["implementations"], id_order(r["document"])))
    columns = ("document", "title", "implementations", "provincial", "municipal", "district")
    return _section(
        "most_implemented",
        f"Most implemented national documents (top {top}; implementing units by level, median lag)",
        rows[:top],
        (*columns, "median_lag_days", "median_lag_years"),
    )


def _central_agencies(G: nx.MultiDiGraph, units: NoticeUnits, *, top: int) -> Section:
    ranked = sorted(agency_centrality(G, units=units), key=lambda c: (-c.pagerank, id_order(c.agency)))
    rows = [
        {
            "agency": c.agency,
            "documents": c.documents,
            "degree": c.degree,
            "weighted_degree": c.weighted_degree,
            "betweenness": round(c.betweenness, 3),
            "pagerank": round(c.pagerank, 4),
        }
        for c in ranked[:top]
        if c.degree
    ]
    columns = ("agency", "documents", "degree", "weighted_degree", "betweenness", "pagerank")
    return _section(
        "central_agencies", f"Central agencies of the co-issuance network (top {top} by PageRank)", rows, columns
    )


def analyze(G: nx.MultiDiGraph, *, top: int = REPORT_TOP) -> Report:
    """The report of the graph ``G`` (``top``: how many documents and agencies the ranked sections list)."""
    units = NoticeUnits.of(G)
    return Report(
        (
            _overview(G, units),
            _by_level(G, units),
            _by_year(G, units),
            _by_status(G),
            _most_implemented(G, units, top=top),
            _central_agencies(G, units, top=top),
        )
    )
