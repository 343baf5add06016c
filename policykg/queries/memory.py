"""The named queries answered from the networkx graph, row for row as Neo4j answers them.

Each function here turns the answer of :mod:`policykg.analysis` into the rows of one
``queries/<name>.cypher``: same columns in the same order, same rows, same ORDER BY.  The
meaning (which links a lineage follows, what a chain is) lives in analysis/; this module only
shapes rows.  Sorting follows Cypher's rules (:func:`cypher_key`): strings in UTF-16 code unit
order (Neo4j is Java), lists element by element, ``null`` last when ascending.  Tests run every
query on both backends and compare the results exactly.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", level="municipal", in_corpus=True)
>>> G.add_node("doc:b", label="Document", title="B", level="national", in_corpus=False)
>>> _ = G.add_edge("doc:a", "doc:b", key="BASED_ON", type="BASED_ON")
>>> [(r["ancestor"], r["path"], r["rels"]) for r in lineage_up(G, {"doc": "A", "level": ""})]
[('doc:b', ['doc:a', 'doc:b'], ['BASED_ON'])]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal

import networkx as nx

from policykg.analysis import citations
from policykg.analysis.centrality import agency_centrality
from policykg.analysis.coissuance import coissuing_pairs, issued_documents, issuers
from policykg.analysis.diffusion import (
    Implementation,
    implementation_sources,
    implementations,
    summarise,
)
from policykg.analysis.groups import beneficiary_matrix as group_cells
from policykg.analysis.groups import narrower_groups
from policykg.analysis.lineage import LINEAGE_MAX_DEPTH, LineagePath, lineage_paths
from policykg.analysis.links import DOCUMENT, id_order, in_links, label_of, out_links
from policykg.analysis.lookup import agencies_named, documents_named, groups_named
from policykg.analysis.supersession import SUPERSESSION_MAX_DEPTH, amended_by, supersession_chain
from policykg.analysis.units import NoticeUnits, unit_heads, unit_of
from policykg.analysis.validity import not_in_force as documents_not_in_force
from policykg.analysis.validity import repealed_on, replaced_by
from policykg.ontology.schema import LEVELS

__all__ = ["ANSWERS", "FINDERS", "LINEAGE_MAX_DEPTH", "SUPERSESSION_MAX_DEPTH", "cypher_key", "cypher_round"]

Row = dict

LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}  # national 0 … unknown 4, missing 5


# --- Cypher ordering -------------------------------------------------------------------------


def cypher_key(value) -> tuple:
    """A sort key ordering values as Cypher's ORDER BY does (ascending; null last).

    >>> sorted(["b", None, "a"], key=cypher_key)
    ['a', 'b', None]
    >>> sorted(["\\uff5e", "\\U00020000"], key=cypher_key)  # UTF-16: a surrogate pair sorts first
    ['𠀀', '～']
    """
    if value is None:
        return (1,)
    if isinstance(value, str):
        return (0, id_order(value))
    if isinstance(value, (list, tuple)):
        return (0, tuple(cypher_key(v) for v in value))
    return (0, value)


def cypher_round(value: float | None, digits: int) -> float | None:
    """Cypher's ``round(value, digits)`` for digits > 0: half up on the value's shortest decimal
    form (Java's BigDecimal.valueOf), not Python's half-even on its binary value.

    >>> cypher_round(2.675, 2), round(2.675, 2), cypher_round(1 / 3, 6)
    (2.68, 2.67, 0.333333)
    """
    if value is None:
        return None
    return float(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def _ordered(rows: list[Row], *columns: str | Callable[[Row], object]) -> list[Row]:
    """``rows`` sorted as ``ORDER BY columns`` (a callable gives a computed sort value)."""

    def key(row: Row) -> tuple:
        return cypher_key([c(row) if callable(c) else row[c] for c in columns])

    return sorted(rows, key=key)


def _props(G: nx.MultiDiGraph, node: str, *names: str) -> dict:
    """Node properties as Cypher returns them (a missing one is null, a tuple a list)."""
    values = {}
    for name in names:
        value = G.nodes[node].get(name)
        values[name] = list(value) if isinstance(value, tuple) else value
    return values


def _ids(nodes: Iterable[str]) -> list[str]:
    """Ids as ``collect`` / ``COLLECT { … ORDER BY id }`` lists them."""
    return sorted(nodes, key=cypher_key)


# --- the named queries -----------------------------------------------------------------------


def _level_paths(G: nx.MultiDiGraph, params: dict, direction: str) -> Iterable[LineagePath]:
    """The lineage paths from each document ``$doc`` names ending at level ``$level`` ('' = any)."""
    for start in documents_named(G, params["doc"]):
        for path in lineage_paths(G, start, direction=direction):
            if not params["level"] or G.nodes[path.end].get("level") == params["level"]:
                yield path


def lineage_up(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = [
        {
            "start": p.start,
            "depth": p.depth,
            "ancestor": p.end,
            **_props(G, p.end, "title", "doc_number", "level", "in_corpus"),
            "path": list(p.nodes),
            "rels": list(p.rels),
        }
        for p in _level_paths(G, params, "up")
    ]
    return _ordered(rows, "start", "depth", "ancestor", "path", "rels")


def implementations_down(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = [
        {
            "start": p.start,
            "level": G.nodes[p.end].get("level"),
            "depth": p.depth,
            "document": p.end,
            **_props(G, p.end, "title", "doc_number", "date"),
            "path": list(p.nodes),
            "rels": list(p.rels),
        }
        for p in _level_paths(G, params, "down")
    ]
    return _ordered(rows, "start", _level_rank, "depth", "document", "path", "rels")


def _level_rank(row: Row) -> int:
    """The ORDER BY's ``CASE level WHEN 'national' THEN 0 … ELSE 5 END``."""
    return LEVEL_RANK.get(row["level"], len(LEVELS))


VALIDITY = ("title", "doc_number", "date", "effective_date", "expiry_date", "status", "status_as_of")


def supersession(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = [
        {
            "start": start,
            "step": link.step,
            "document": link.document,
            **_props(G, link.document, *VALIDITY),
            "amended_by": _ids(amended_by(G, link.document)),
        }
        for start in documents_named(G, params["doc"])
        for link in supersession_chain(G, start)
    ]
    return _ordered(rows, "start", "step", "document")


def beneficiary_docs(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    heads = unit_heads(G)
    rows = [
        {
            "group": group,
            "document": doc,
            **_props(G, doc, "title", "doc_number", "level", "date", "status"),
            "via_group": sub,
            "evidence": attrs.get("text"),
            "unit": unit_of(G, doc, heads),
        }
        for group in groups_named(G, params["group"])
        for sub in narrower_groups(G, group)
        for doc, _, attrs in in_links(G, sub, ("TARGETS",))
        if label_of(G, doc) == DOCUMENT
    ]
    return _ordered(rows, "group", "document", "via_group")


def agency_docs(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = [
        {
            "agency": agency,
            "date": G.nodes[doc].get("date"),
            "document": doc,
            **_props(G, doc, "title", "doc_number", "status"),
            "co_issuers": _ids(a for a in issuers(G, doc) if a != agency),
        }
        for agency in agencies_named(G, params["agency"])
        for doc in issued_documents(G, agency)
    ]
    return _ordered(rows, "agency", "date", "document")


def coissuance(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    for pair, docs in coissuing_pairs(G, min_count=params["min_count"]).items():
        a, b = _ids(pair)  # WHERE a.id < b.id
        rows.append({"agency_a": a, "agency_b": b, "joint_documents": len(docs), "documents": _ids(docs)})
    return _ordered(rows, lambda r: -r["joint_documents"], "agency_a", "agency_b")


def most_cited(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    return [
        {"document": doc, **_props(G, doc, "title", "doc_number", "level", "in_corpus"), "cited_by": count}
        for doc, count in citations.most_cited(G, limit=params["limit"])
    ]


def missing_cited(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = [
        {
            "document": doc,
            **_props(G, doc, "title", "doc_number", "level"),
            "cited_by": len(citers),
            "cited_in": _ids(citers),
        }
        for doc, citers in citations.cited_documents(G, in_corpus=False).items()
    ]
    return _ordered(rows, lambda r: -r["cited_by"], "document")


def document_links(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    for start in documents_named(G, params["doc"]):
        links = [(other, rtype, attrs, "out") for other, rtype, attrs in out_links(G, start)]
        links += [(other, rtype, attrs, "in") for other, rtype, attrs in in_links(G, start) if other != start]
        for other, rtype, attrs, direction in links:
            name = G.nodes[other].get("title")
            rows.append(
                {
                    "start": start,
                    "direction": direction,
                    "type": rtype,
                    "other": other,
                    "other_name": name if name is not None else _props(G, other, "name")["name"],
                    "file": attrs.get("file"),
                    "line": attrs.get("line"),
                    "evidence": attrs.get("text"),
                }
            )
    # ORDER BY start, direction DESC ('out' before 'in'), type, other
    return _ordered(rows, "start", lambda r: r["direction"] != "out", "type", "other")


# --- corpus-wide questions ---------------------------------------------------------------------


def not_in_force(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = [
        {
            "document": doc,
            **_props(G, doc, "title", "doc_number", "level", "date", "status"),
            "replaced_by": replaced_by(G, doc),
            "repealed_on": repealed_on(G, doc),
            "expiry_date": G.nodes[doc].get("expiry_date"),
        }
        for doc in documents_not_in_force(G, status=params["status"], level=params["level"])
    ]
    return _ordered(rows, lambda r: r["status"] != "superseded", "document")  # ORDER BY status DESC, document


def _implementations(G: nx.MultiDiGraph, docs: list[str] | None, *, source_level: str = "") -> list[Implementation]:
    """The implementations of the sources ``docs`` (or of every source of ``source_level``)."""
    units = NoticeUnits.of(G)
    return [
        found
        for source in implementation_sources(G, docs, level=source_level, units=units)
        for found in implementations(G, source, units=units)
    ]


def implementation_lag(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    docs = documents_named(G, params["doc"]) if params["doc"] else None
    rows = [
        {
            "source": i.source,
            "source_title": G.nodes[i.source].get("title"),
            "source_date": i.source_date,
            "document": i.document,
            **_props(G, i.document, "title", "doc_number", "level"),
            "place": G.nodes[i.document].get("jurisdiction"),
            "date": i.date,
            "direct": i.direct,
            "lag_days": i.lag_days,
            "lag_years": i.lag_years,
            "precision": i.precision,
        }
        for i in _implementations(G, docs, source_level=params["source_level"])
        if not params["level"] or G.nodes[i.document].get("level") == params["level"]
    ]
    return _ordered(rows, "source", "lag_days", "lag_years", "document")


def _lag_columns(G: nx.MultiDiGraph, found: list[Implementation]) -> Row:
    summary = summarise(G, found)
    return {
        "implementations": summary.implementations,
        "places": summary.places,
        "direct": summary.direct,
        "first_date": summary.first_date,
        "first_lag_days": summary.first_lag_days,
        "median_lag_days": summary.median_lag_days,
        "median_lag_years": summary.median_lag_years,
    }


def _diffusion_value(G: nx.MultiDiGraph, i: Implementation, by: str) -> str | None:
    if by == "level":
        return G.nodes[i.document].get("level")
    if by == "place":
        return G.nodes[i.document].get("jurisdiction")
    return None if i.year is None else str(i.year)


def diffusion(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    by = params["by"]
    groups: dict[tuple, list[Implementation]] = {}
    for i in _implementations(G, documents_named(G, params["doc"])):
        groups.setdefault((i.source, _diffusion_value(G, i, by)), []).append(i)
    rows = [
        {"source": source, "grouped_by": by, "value": value, **_lag_columns(G, found)}
        for (source, value), found in groups.items()
    ]
    rank = (lambda r: LEVEL_RANK.get(r["value"], len(LEVELS))) if by == "level" else (lambda r: 0)
    return _ordered(rows, "source", rank, "value")


# Columns of most_implemented: the distinct places among the implementing units of each level.
PLACE_COLUMNS = {"provincial": "provinces", "municipal": "cities", "district": "districts"}


def _places_by_level(G: nx.MultiDiGraph, found: list[Implementation]) -> Row:
    places: dict[str, set] = {column: set() for column in PLACE_COLUMNS.values()}
    for i in found:
        a = G.nodes[i.document]
        if a.get("level") in PLACE_COLUMNS and a.get("jurisdiction") is not None:
            places[PLACE_COLUMNS[a["level"]]].add(a["jurisdiction"])
    return {column: len(found_places) for column, found_places in places.items()}


def most_implemented(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    by_source: dict[str, list[Implementation]] = {}
    for i in _implementations(G, None, source_level=params["level"]):
        by_source.setdefault(i.source, []).append(i)
    rows = []
    for source, found in by_source.items():
        lags = _lag_columns(G, found)
        rows.append(
            {
                "document": source,
                **_props(G, source, "title", "doc_number", "level", "in_corpus"),
                "implementations": lags["implementations"],
                "direct": lags["direct"],
                **_places_by_level(G, found),
                **{k: lags[k] for k in ("first_date", "first_lag_days", "median_lag_days", "median_lag_years")},
            }
        )
    return _ordered(rows, lambda r: -r["implementations"], "document")[: params["limit"]]


def coissuance_centrality(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = [
        {
            "agency": c.agency,
            **_props(G, c.agency, "name", "level"),
            "documents": c.documents,
            "degree": c.degree,
            "weighted_degree": c.weighted_degree,
            "betweenness": cypher_round(c.betweenness, 6),
            "pagerank": cypher_round(c.pagerank, 6),
        }
        for c in agency_centrality(G)
        if not params["level"] or G.nodes[c.agency].get("level") == params["level"]
    ]
    return _ordered(rows, lambda r: -r["pagerank"], "agency")[: params["limit"]]


def beneficiary_matrix(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    groups = {g for top in groups_named(G, params["group"]) for g in narrower_groups(G, top)}
    agencies = set(agencies_named(G, params["agency"]))
    cells = group_cells(
        G,
        groups=groups if params["group"] else None,
        agencies=agencies if params["agency"] else None,
        level=params["level"],
        status=params["status"],
    )
    rows = [
        {"group": c.group, "agency": c.agency, "level": c.level, "status": c.status, "documents": c.documents}
        for c in cells
    ]
    return _ordered(rows, "group", "agency", "level", "status")


# Parameter name → the nodes a value of it names (as the queries' first MATCH finds them).
FINDERS: dict[str, Callable[[nx.MultiDiGraph, str], list[str]]] = {
    "doc": documents_named,
    "group": groups_named,
    "agency": agencies_named,
}

# Query name → its in-memory answer.
ANSWERS: dict[str, Callable[[nx.MultiDiGraph, dict], list[Row]]] = {
    f.__name__: f
    for f in (
        lineage_up,
        implementations_down,
        supersession,
        beneficiary_docs,
        agency_docs,
        coissuance,
        most_cited,
        missing_cited,
        document_links,
        not_in_force,
        implementation_lag,
        diffusion,
        most_implemented,
        coissuance_centrality,
        beneficiary_matrix,
    )
}
