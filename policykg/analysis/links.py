"""Typed links of the policy graph: which nodes a node points at, or is pointed at by, and how.

Every edge of the graph is keyed by its relationship type (``G.add_edge(u, v, key="BASED_ON",
type="BASED_ON", …)``, as :mod:`policykg.graph.io` reads graph.json), so a pair of nodes has at
most one edge of each type and an edge's type is its key.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document")
>>> G.add_node("doc:b", label="Document")
>>> G.add_node("agency:x", label="Agency")
>>> _ = G.add_edge("doc:a", "doc:b", key="CITES", type="CITES")
>>> _ = G.add_edge("doc:a", "agency:x", key="ISSUED_BY", type="ISSUED_BY")
>>> targets(G, "doc:a", ("CITES", "ISSUED_BY")), sources(G, "doc:b", ("CITES",), label="Document")
(['doc:b', 'agency:x'], ['doc:a'])
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager

import networkx as nx

from policykg.errors import NotFoundError

__all__ = [
    "id_order",
    "in_adjacency",
    "in_links",
    "is_document",
    "label_of",
    "held_links",
    "nodes_labelled",
    "out_adjacency",
    "out_links",
    "require_document",
    "sources",
    "targets",
    "walk_depths",
]

DOCUMENT = "Document"


def out_adjacency(G: nx.MultiDiGraph) -> dict:
    """{node: {successor: {edge key: attrs}}}: networkx's own dicts, read only (its views cost
    a wrapper object per access, which a site of thousands of lineage pages feels)."""
    return getattr(G, "_succ", None) or G.succ


def in_adjacency(G: nx.MultiDiGraph) -> dict:
    return getattr(G, "_pred", None) or G.pred


def _attrs(G: nx.MultiDiGraph) -> dict:
    """{node: attributes}: networkx's own dict, read only (as for the adjacency)."""
    return getattr(G, "_node", None) or G.nodes


def label_of(G: nx.MultiDiGraph, node: str) -> str | None:
    return _attrs(G)[node].get("label")


def is_document(G: nx.MultiDiGraph, node: str) -> bool:
    return _attrs(G)[node].get("label") == DOCUMENT


def require_document(G: nx.MultiDiGraph, node: str) -> None:
    """Raise :class:`NotFoundError` unless ``node`` is a Document node of ``G``."""
    if node not in G or not is_document(G, node):
        raise NotFoundError(f"no document {node!r} in the graph")


def nodes_labelled(G: nx.MultiDiGraph, label: str) -> list[str]:
    """The nodes of one label (Document, Agency, BeneficiaryGroup), in the graph's order."""
    return [n for n, attrs in G.nodes(data=True) if attrs.get("label") == label]


def _linked(adjacent: dict, types: Collection[str], label: str | None, G: nx.MultiDiGraph) -> list[str]:
    # isdisjoint runs in C: a law cited by thousands is asked this on every lineage page of a site
    return [
        m
        for m, keys in adjacent.items()
        if not keys.keys().isdisjoint(types) and (label is None or label_of(G, m) == label)
    ]


_HELD_LINKS = "_policykg_held_links"  # the key of G.graph holding the links found inside held_links


@contextmanager
def held_links(G: nx.MultiDiGraph) -> Iterator[None]:
    """Each node's :func:`targets` and :func:`sources` of one kind, found once until the block ends
    (the graph must not change inside it): the pages of a site ask a law cited by thousands the same
    question from every page that draws it.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="SUPERSEDES")
    >>> with held_links(G):
    ...     first = targets(G, "a", ("SUPERSEDES",))
    ...     _ = G.add_edge("a", "c", key="SUPERSEDES")  # not seen inside the block: a was asked
    ...     again = targets(G, "a", ("SUPERSEDES",))
    >>> first, again, targets(G, "a", ("SUPERSEDES",))
    (['b'], ['b'], ['b', 'c'])
    """
    G.graph[_HELD_LINKS] = {}
    try:
        yield
    finally:
        G.graph.pop(_HELD_LINKS, None)


def _held(G: nx.MultiDiGraph, way: str, node: str, types: Collection[str], label: str | None) -> list[str]:
    adjacency = out_adjacency(G) if way == "out" else in_adjacency(G)
    held = G.graph.get(_HELD_LINKS)
    if held is None:
        return _linked(adjacency[node], types, label, G)
    key = (way, node, types if isinstance(types, tuple | frozenset) else tuple(types), label)
    found = held.get(key)
    if found is None:
        found = held[key] = _linked(adjacency[node], types, label, G)
    return list(found)  # a copy: a caller may extend it


def targets(G: nx.MultiDiGraph, node: str, types: Collection[str], *, label: str | None = None) -> list[str]:
    """The nodes ``node`` points at through an edge of one of ``types`` (each once), optionally
    only those of ``label``."""
    return _held(G, "out", node, types, label)


def sources(G: nx.MultiDiGraph, node: str, types: Collection[str], *, label: str | None = None) -> list[str]:
    """The nodes pointing at ``node`` through an edge of one of ``types`` (each once)."""
    return _held(G, "in", node, types, label)


def out_links(G: nx.MultiDiGraph, node: str, types: Collection[str] | None = None) -> Iterator[tuple[str, str, dict]]:
    """(target, type, edge attributes) of each edge leaving ``node`` (of ``types``; None = all)."""
    for m, keys in out_adjacency(G)[node].items():
        for key, attrs in keys.items():
            if types is None or key in types:
                yield m, key, attrs


def in_links(G: nx.MultiDiGraph, node: str, types: Collection[str] | None = None) -> Iterator[tuple[str, str, dict]]:
    """(source, type, edge attributes) of each edge arriving at ``node`` (of ``types``; None = all)."""
    for m, keys in in_adjacency(G)[node].items():
        for key, attrs in keys.items():
            if types is None or key in types:
                yield m, key, attrs


def walk_depths(
    G: nx.MultiDiGraph, start: str, neighbours: Callable[[str], Iterable[str]], *, max_depth: int
) -> dict[str, int]:
    """Each node a breadth-first walk from ``start`` reaches through ``neighbours`` within
    ``max_depth`` steps, with its fewest steps, nearest first (``start`` itself left out).

    >>> G = nx.path_graph(4)
    >>> walk_depths(G, 0, G.neighbors, max_depth=2)
    {1: 1, 2: 2}
    """
    if max_depth == 1:  # the neighbours themselves (a site asks this of every document it draws)
        return {m: 1 for m in dict.fromkeys(neighbours(start)) if m != start}
    depths = {start: 0}
    for parent, child in nx.generic_bfs_edges(G, start, neighbors=neighbours, depth_limit=max_depth):
        depths[child] = depths[parent] + 1
    del depths[start]
    return depths


def id_order(node_id: str) -> bytes:
    """A sort key putting ids in Neo4j's string order (UTF-16 code units, as Java compares), so a
    list analysis/ orders reads as the one the .cypher files order.

    >>> sorted(["\\uff5e", "\\U00020000"], key=id_order)  # a surrogate pair sorts before U+FF5E
    ['𠀀', '～']
    """
    return node_id.encode("utf-16-be")
