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

import networkx as nx

from policykg.errors import NotFoundError

__all__ = [
    "id_order",
    "in_adjacency",
    "in_links",
    "is_document",
    "label_of",
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


def targets(G: nx.MultiDiGraph, node: str, types: Collection[str], *, label: str | None = None) -> list[str]:
    """The nodes ``node`` points at through an edge of one of ``types`` (each once), optionally
    only those of ``label``."""
    return _linked(out_adjacency(G)[node], types, label, G)


def sources(G: nx.MultiDiGraph, node: str, types: Collection[str], *, label: str | None = None) -> list[str]:
    """The nodes pointing at ``node`` through an edge of one of ``types`` (each once)."""
    return _linked(in_adjacency(G)[node], types, label, G)


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
