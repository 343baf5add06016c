"""The named queries answered from the networkx graph, row for row as Neo4j answers them.

Each function here mirrors one ``queries/<name>.cypher``: same columns in the same order, same
rows, same ORDER BY.  Sorting follows Cypher's rules (:func:`cypher_key`): strings in UTF-16 code
unit order (Neo4j is Java), lists element by element, ``null`` last when ascending.  Tests run
every query on both backends and compare the results exactly.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", level="municipal", in_corpus=True)
>>> G.add_node("doc:b", label="Document", title="B", level="national", in_corpus=False)
>>> _ = G.add_edge("doc:a", "doc:b", key="BASED_ON", type="BASED_ON")
>>> [(r["ancestor"], r["path"], r["rels"]) for r in lineage_up(G, {"doc": "A", "level": ""})]
[('doc:b', ['doc:a', 'doc:b'], ['BASED_ON'])]
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable

import networkx as nx

from policykg.ontology.schema import LEVELS

__all__ = ["ANSWERS", "cypher_key"]

Row = dict

# The variable-length bounds written in the .cypher files ({1,8}, *1..20); a test checks they agree.
LINEAGE_MAX_DEPTH = 8
SUPERSESSION_MAX_DEPTH = 20
LINEAGE_TYPES = frozenset({"BASED_ON", "IMPLEMENTS", "TRANSMITS"})
# What counts as "refers to" in most_cited / missing_cited (TRANSMITS is not a citation).
CITING_TYPES = frozenset({"BASED_ON", "IMPLEMENTS", "CITES", "AMENDS", "SUPERSEDES"})
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
        return (0, value.encode("utf-16-be"))
    if isinstance(value, (list, tuple)):
        return (0, tuple(cypher_key(v) for v in value))
    return (0, value)


def _desc(n: int) -> int:
    return -n


# --- graph access ----------------------------------------------------------------------------


def _label(G: nx.MultiDiGraph, node: str) -> str | None:
    return G.nodes[node].get("label")


def _prop(G: nx.MultiDiGraph, node: str, name: str):
    value = G.nodes[node].get(name)
    return list(value) if isinstance(value, tuple) else value


def _nodes(G: nx.MultiDiGraph, label: str) -> list[str]:
    return [n for n, attrs in G.nodes(data=True) if attrs.get("label") == label]


def _etype(key, attrs: dict) -> str:
    return attrs.get("type", key)


def _out(G, node, types) -> Iterable[tuple[str, str, dict]]:
    for _, target, key, attrs in G.out_edges(node, keys=True, data=True):
        if _etype(key, attrs) in types:
            yield target, _etype(key, attrs), attrs


def _in(G, node, types) -> Iterable[tuple[str, str, dict]]:
    for source, _, key, attrs in G.in_edges(node, keys=True, data=True):
        if _etype(key, attrs) in types:
            yield source, _etype(key, attrs), attrs


def _find_documents(G: nx.MultiDiGraph, ref: str) -> list[str]:
    """Documents whose id, doc number or title is ``ref`` (Cypher: d.id = $doc OR …).

    Looked up in an index of the graph built once (the in-memory twin of Neo4j's lookup indexes),
    kept in ``G.graph`` and rebuilt when the graph's node count changes (an O(1) check; counting
    edges would walk the whole graph).
    """
    cached = G.graph.get("_document_lookup")
    if cached is None or cached[0] != G.number_of_nodes():
        index: dict[str, list[str]] = {}
        for n in _nodes(G, "Document"):
            a = G.nodes[n]
            for key in {n, a.get("doc_number"), a.get("title")}:
                if key is not None:
                    index.setdefault(key, []).append(n)
        cached = (G.number_of_nodes(), index)
        G.graph["_document_lookup"] = cached
    return list(cached[1].get(ref, []))


def _in_list(value, items) -> bool:
    """Cypher ``value IN coalesce(items, [])`` for a non-null value."""
    return value is not None and value in (items or ())


# --- path walks (lineage) --------------------------------------------------------------------

# One step of a walk: (next node, relationship type, walked along its direction?).
Step = tuple[str, str, bool]


def _steps(G: nx.MultiDiGraph, node: str, allowed: Callable[[str, bool], bool]) -> Iterable[Step]:
    for target, rtype, _ in _out(G, node, LINEAGE_TYPES):
        if allowed(rtype, True):
            yield target, rtype, True
    for source, rtype, _ in _in(G, node, LINEAGE_TYPES):
        if allowed(rtype, False):
            yield source, rtype, False


def _simple_paths(G: nx.MultiDiGraph, start: str, allowed, max_depth: int) -> list[tuple[list[str], list[str]]]:
    """Every simple path from ``start`` of 1..max_depth steps between Documents: (node ids, rels)."""
    found: list[tuple[list[str], list[str]]] = []

    def walk(nodes: list[str], rels: list[str]) -> None:
        if len(rels) == max_depth:
            return
        for nxt, rtype, forward in _steps(G, nodes[-1], allowed):
            if nxt in nodes or _label(G, nxt) != "Document":
                continue
            step_nodes, step_rels = nodes + [nxt], rels + [rtype if forward else "<" + rtype]
            found.append((step_nodes, step_rels))
            walk(step_nodes, step_rels)

    walk([start], [])
    return found


def _up(rtype: str, forward: bool) -> bool:
    return rtype == "TRANSMITS" or forward


def _down(rtype: str, forward: bool) -> bool:
    return rtype == "TRANSMITS" or not forward


# --- the named queries -----------------------------------------------------------------------


def lineage_up(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    for start in _find_documents(G, params["doc"]):
        for nodes, rels in _simple_paths(G, start, _up, LINEAGE_MAX_DEPTH):
            top = nodes[-1]
            if params["level"] and _prop(G, top, "level") != params["level"]:
                continue
            rows.append(
                {
                    "start": start,
                    "depth": len(rels),
                    "ancestor": top,
                    "title": _prop(G, top, "title"),
                    "doc_number": _prop(G, top, "doc_number"),
                    "level": _prop(G, top, "level"),
                    "in_corpus": _prop(G, top, "in_corpus"),
                    "path": nodes,
                    "rels": rels,
                }
            )
    rows.sort(key=lambda r: cypher_key([r["start"], r["depth"], r["ancestor"], r["path"], r["rels"]]))
    return rows


def implementations_down(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    for start in _find_documents(G, params["doc"]):
        for nodes, rels in _simple_paths(G, start, _down, LINEAGE_MAX_DEPTH):
            below = nodes[-1]
            if params["level"] and _prop(G, below, "level") != params["level"]:
                continue
            rows.append(
                {
                    "start": start,
                    "level": _prop(G, below, "level"),
                    "depth": len(rels),
                    "document": below,
                    "title": _prop(G, below, "title"),
                    "doc_number": _prop(G, below, "doc_number"),
                    "date": _prop(G, below, "date"),
                    "path": nodes,
                    "rels": rels,
                }
            )
    rows.sort(
        key=lambda r: cypher_key(
            [
                r["start"],
                LEVEL_RANK.get(r["level"], len(LEVELS)),
                r["depth"],
                r["document"],
                r["path"],
                r["rels"],
            ]
        )
    )
    return rows


def _distances(G: nx.MultiDiGraph, start: str, neighbours, max_depth: int) -> dict[str, int]:
    """Shortest number of steps (1..max_depth) from ``start`` to each Document reached."""
    dist: dict[str, int] = {}
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        node, d = queue.popleft()
        if d == max_depth:
            continue
        for nxt in neighbours(node):
            if nxt in seen or _label(G, nxt) != "Document":
                continue
            seen.add(nxt)
            dist[nxt] = d + 1
            queue.append((nxt, d + 1))
    return dist


def supersession(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    sup = {"SUPERSEDES"}
    for start in _find_documents(G, params["doc"]):
        chain = [(start, 0)]
        newer = _distances(G, start, lambda n: (s for s, _, _ in _in(G, n, sup)), SUPERSESSION_MAX_DEPTH)
        older = _distances(G, start, lambda n: (t for t, _, _ in _out(G, n, sup)), SUPERSESSION_MAX_DEPTH)
        chain += [(n, k) for n, k in newer.items()] + [(n, -k) for n, k in older.items()]
        for node, step in chain:
            amenders = {s for s, _, _ in _in(G, node, {"AMENDS"}) if _label(G, s) == "Document"}
            rows.append(
                {
                    "start": start,
                    "step": step,
                    "document": node,
                    "title": _prop(G, node, "title"),
                    "doc_number": _prop(G, node, "doc_number"),
                    "date": _prop(G, node, "date"),
                    "effective_date": _prop(G, node, "effective_date"),
                    "expiry_date": _prop(G, node, "expiry_date"),
                    "status": _prop(G, node, "status"),
                    "status_as_of": _prop(G, node, "status_as_of"),
                    "amended_by": sorted(amenders, key=cypher_key),
                }
            )
    rows.sort(key=lambda r: cypher_key([r["start"], r["step"], r["document"]]))
    return rows


def beneficiary_docs(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    ref = params["group"]
    groups = _nodes(G, "BeneficiaryGroup")
    rows = []
    for g in groups:
        if not (ref == g or ref == _prop(G, g, "name") or _in_list(ref, _prop(G, g, "synonyms"))):
            continue
        name = _prop(G, g, "name")
        for sub in groups:
            if sub != g and not _in_list(name, _prop(G, sub, "broader")):
                continue
            for doc, _, attrs in _in(G, sub, {"TARGETS"}):
                if _label(G, doc) != "Document":
                    continue
                rows.append(
                    {
                        "group": g,
                        "document": doc,
                        "title": _prop(G, doc, "title"),
                        "doc_number": _prop(G, doc, "doc_number"),
                        "level": _prop(G, doc, "level"),
                        "date": _prop(G, doc, "date"),
                        "status": _prop(G, doc, "status"),
                        "via_group": sub,
                        "evidence": attrs.get("text"),
                    }
                )
    rows.sort(key=lambda r: cypher_key([r["group"], r["document"], r["via_group"]]))
    return rows


def agency_docs(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    ref = params["agency"]
    rows = []
    issued = {"ISSUED_BY"}
    for a in _nodes(G, "Agency"):
        if not (ref == a or ref == _prop(G, a, "name") or _in_list(ref, _prop(G, a, "aliases"))):
            continue
        for doc, _, _ in _in(G, a, issued):
            if _label(G, doc) != "Document":
                continue
            others = {o for o, _, _ in _out(G, doc, issued) if o != a and _label(G, o) == "Agency"}
            rows.append(
                {
                    "agency": a,
                    "date": _prop(G, doc, "date"),
                    "document": doc,
                    "title": _prop(G, doc, "title"),
                    "doc_number": _prop(G, doc, "doc_number"),
                    "status": _prop(G, doc, "status"),
                    "co_issuers": sorted(others, key=cypher_key),
                }
            )
    rows.sort(key=lambda r: cypher_key([r["agency"], r["date"], r["document"]]))
    return rows


def coissuance(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc in _nodes(G, "Document"):
        issuers = sorted({a for a, _, _ in _out(G, doc, {"ISSUED_BY"}) if _label(G, a) == "Agency"}, key=cypher_key)
        for i, a in enumerate(issuers):
            for b in issuers[i + 1 :]:
                pairs[(a, b)].add(doc)
    rows = [
        {"agency_a": a, "agency_b": b, "joint_documents": len(docs), "documents": sorted(docs, key=cypher_key)}
        for (a, b), docs in pairs.items()
        if len(docs) >= params["min_count"]
    ]
    rows.sort(key=lambda r: cypher_key([_desc(r["joint_documents"]), r["agency_a"], r["agency_b"]]))
    return rows


def _citers(G: nx.MultiDiGraph, doc: str) -> set[str]:
    return {s for s, _, _ in _in(G, doc, CITING_TYPES) if s != doc and _label(G, s) == "Document"}


def most_cited(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    for doc in _nodes(G, "Document"):
        citers = _citers(G, doc)
        if citers:
            rows.append(
                {
                    "document": doc,
                    "title": _prop(G, doc, "title"),
                    "doc_number": _prop(G, doc, "doc_number"),
                    "level": _prop(G, doc, "level"),
                    "in_corpus": _prop(G, doc, "in_corpus"),
                    "cited_by": len(citers),
                }
            )
    rows.sort(key=lambda r: cypher_key([_desc(r["cited_by"]), r["document"]]))
    return rows[: params["limit"]]


def missing_cited(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    for doc in _nodes(G, "Document"):
        if G.nodes[doc].get("in_corpus") is not False:
            continue
        citers = _citers(G, doc)
        if citers:
            rows.append(
                {
                    "document": doc,
                    "title": _prop(G, doc, "title"),
                    "doc_number": _prop(G, doc, "doc_number"),
                    "level": _prop(G, doc, "level"),
                    "cited_by": len(citers),
                    "cited_in": sorted(citers, key=cypher_key),
                }
            )
    rows.sort(key=lambda r: cypher_key([_desc(r["cited_by"]), r["document"]]))
    return rows


def document_links(G: nx.MultiDiGraph, params: dict) -> list[Row]:
    rows = []
    for start in _find_documents(G, params["doc"]):
        links = [(t, k, a, "out") for _, t, k, a in G.out_edges(start, keys=True, data=True)]
        links += [(s, k, a, "in") for s, _, k, a in G.in_edges(start, keys=True, data=True) if s != start]
        for other, key, attrs, direction in links:
            name = _prop(G, other, "title")
            rows.append(
                {
                    "start": start,
                    "direction": direction,
                    "type": _etype(key, attrs),
                    "other": other,
                    "other_name": name if name is not None else _prop(G, other, "name"),
                    "file": attrs.get("file"),
                    "line": attrs.get("line"),
                    "evidence": attrs.get("text"),
                }
            )
    # ORDER BY start, direction DESC ('out' before 'in'), type, other
    rows.sort(key=lambda r: cypher_key([r["start"], r["direction"] != "out", r["type"], r["other"]]))
    return rows


def _find_groups(G: nx.MultiDiGraph, ref: str) -> list[str]:
    return [
        g
        for g in _nodes(G, "BeneficiaryGroup")
        if ref in (g, G.nodes[g].get("name")) or _in_list(ref, G.nodes[g].get("synonyms"))
    ]


def _find_agencies(G: nx.MultiDiGraph, ref: str) -> list[str]:
    return [
        a for a in _nodes(G, "Agency") if ref in (a, G.nodes[a].get("name")) or _in_list(ref, G.nodes[a].get("aliases"))
    ]


# Parameter name → the nodes a value of it names (as the queries' first MATCH finds them).
FINDERS: dict[str, Callable[[nx.MultiDiGraph, str], list[str]]] = {
    "doc": _find_documents,
    "group": _find_groups,
    "agency": _find_agencies,
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
    )
}
