"""Lineage: the policies a document rests on or carries out (up), and what rests on it (down).

As ``lineage_up.cypher`` and ``implementations_down.cypher`` define it: going **up**, BASED_ON
and IMPLEMENTS are followed in their own direction (the document → the policy it rests on);
going **down**, against it (the policy → the documents resting on it).  TRANSMITS is followed
both ways in both directions (a notice and the text it transmits are one publication, see
:mod:`~policykg.analysis.units`).  Only Document nodes, no document twice on a path, at most
:data:`LINEAGE_MAX_DEPTH` links.  A link followed against its direction is written ``"<TYPE"``.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ("doc:law", "doc:notice", "doc:text", "doc:city"):
...     G.add_node(n, label="Document")
>>> _ = G.add_edge("doc:notice", "doc:text", key="TRANSMITS", type="TRANSMITS")
>>> _ = G.add_edge("doc:text", "doc:law", key="BASED_ON", type="BASED_ON")
>>> _ = G.add_edge("doc:city", "doc:notice", key="IMPLEMENTS", type="IMPLEMENTS")
>>> [(p.end, p.rels) for p in lineage_paths(G, "doc:city")]
[('doc:notice', ('IMPLEMENTS',)), ('doc:text', ('IMPLEMENTS', 'TRANSMITS')), ('doc:law', ('IMPLEMENTS', 'TRANSMITS', 'BASED_ON'))]
>>> lineage_depths(G, "doc:law", direction="down")
{'doc:text': 1, 'doc:notice': 2, 'doc:city': 3}
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

import networkx as nx

from policykg.analysis.links import in_adjacency, is_document, out_adjacency, require_document, walk_depths

__all__ = [
    "LINEAGE_MAX_DEPTH",
    "LINEAGE_TYPES",
    "LineagePath",
    "held_steps",
    "lineage_depths",
    "lineage_paths",
    "lineage_reach",
    "lineage_steps",
]

# The {1,8} of lineage_up.cypher and implementations_down.cypher (a test checks they agree).
LINEAGE_MAX_DEPTH = 8
# A document rests on (BASED_ON, 根据/依据) or carries out (IMPLEMENTS, 贯彻落实) a policy.
RESTS_ON_TYPES = ("BASED_ON", "IMPLEMENTS")
LINEAGE_TYPES = RESTS_ON_TYPES + ("TRANSMITS",)

Direction = Literal["up", "down"]


@dataclass(frozen=True)
class LineagePath:
    """One simple path of a lineage walk: its documents and the type of each link in order."""

    nodes: tuple[str, ...]
    rels: tuple[str, ...]  # "BASED_ON", or "<BASED_ON" when walked against its direction

    @property
    def start(self) -> str:
        return self.nodes[0]

    @property
    def end(self) -> str:
        return self.nodes[-1]

    @property
    def depth(self) -> int:
        return len(self.rels)

    def __repr__(self) -> str:
        return f"LineagePath({' '.join(self._parts())})"

    def _parts(self) -> Iterator[str]:
        yield self.nodes[0]
        for rel, node in zip(self.rels, self.nodes[1:]):
            yield f"-{rel}-> {node}"


def _follows(rel: str, forward: bool, up: bool) -> bool:
    """Whether a walk up (or down) takes a ``rel`` link along (``forward``) or against it."""
    return rel == "TRANSMITS" or (rel in RESTS_ON_TYPES and forward == up)


def lineage_steps(G: nx.MultiDiGraph, node: str, *, direction: Direction = "up") -> Iterator[tuple[str, str]]:
    """(next document, link) of each step a lineage walk may take from ``node``."""
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down' (got {direction!r})")
    up = direction == "up"
    for m, keys in out_adjacency(G)[node].items():
        rels = [rel for rel in keys if _follows(rel, True, up)]
        if rels and is_document(G, m):  # the types first: most links go to agencies and groups
            yield from ((m, rel) for rel in rels)
    for m, keys in in_adjacency(G)[node].items():
        rels = ["<" + rel for rel in keys if _follows(rel, False, up)]
        if rels and is_document(G, m):
            yield from ((m, rel) for rel in rels)


_HELD_STEPS = "_held_lineage_steps"


@contextmanager
def held_steps(G: nx.MultiDiGraph) -> Iterator[None]:
    """Each document's next documents, found once per direction until the block ends (the graph must
    not change inside it): a site walks the same documents from thousands of pages.

    >>> G = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     G.add_node(n, label="Document")
    >>> _ = G.add_edge("a", "b", key="BASED_ON")
    >>> with held_steps(G):
    ...     first = list(lineage_reach(G, "a"))
    ...     _ = G.add_edge("b", "c", key="BASED_ON")  # not seen inside the block: b was walked
    ...     again = list(lineage_reach(G, "a"))
    >>> first, again, list(lineage_reach(G, "a"))
    (['b'], ['b'], ['b', 'c'])
    """
    G.graph[_HELD_STEPS] = {"up": {}, "down": {}}
    try:
        yield
    finally:
        G.graph.pop(_HELD_STEPS, None)


def _next_documents(G: nx.MultiDiGraph, direction: Direction) -> Callable[[str], Iterator[str]]:
    """The neighbours function of a lineage walk: the documents one step from a node (a node once
    for each link to it, as :func:`lineage_steps` gives them), remembered inside :func:`held_steps`."""
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down' (got {direction!r})")
    held = G.graph.get(_HELD_STEPS)
    if held is None:
        return lambda n: (m for m, _ in lineage_steps(G, n, direction=direction))
    memo: dict[str, list[str]] = held[direction]

    def remembered(n: str) -> Iterator[str]:
        found = memo.get(n)
        if found is None:
            found = memo[n] = [m for m, _ in lineage_steps(G, n, direction=direction)]
        return iter(found)

    return remembered


def lineage_depths(
    G: nx.MultiDiGraph, doc: str, *, direction: Direction = "up", max_depth: int = LINEAGE_MAX_DEPTH
) -> dict[str, int]:
    """Every document a lineage walk from ``doc`` reaches, with its fewest links (nearest first).

    These are exactly the end points of the paths of :func:`lineage_paths` (a shortest walk is a
    simple path), found breadth first without listing the paths.
    """
    require_document(G, doc)
    return walk_depths(G, doc, _next_documents(G, direction), max_depth=max_depth)


def lineage_reach(
    G: nx.MultiDiGraph, doc: str, *, direction: Direction = "up", max_depth: int = LINEAGE_MAX_DEPTH
) -> Iterator[str]:
    """The documents of :func:`lineage_depths`, in its order, found as they are asked for: a reader
    that needs only the nearest few (a page of 200 documents) does not walk the rest.

    >>> G = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     G.add_node(n, label="Document")
    >>> _ = G.add_edge("a", "b", key="BASED_ON"); _ = G.add_edge("b", "c", key="BASED_ON")
    >>> list(lineage_reach(G, "a")) == list(lineage_depths(G, "a")) == ["b", "c"]
    True
    """
    require_document(G, doc)
    neighbours = _next_documents(G, direction)
    for _, child in nx.generic_bfs_edges(G, doc, neighbors=neighbours, depth_limit=max_depth):
        yield child


def lineage_paths(
    G: nx.MultiDiGraph, doc: str, *, direction: Direction = "up", max_depth: int = LINEAGE_MAX_DEPTH
) -> list[LineagePath]:
    """Every simple path of 1 … ``max_depth`` links a lineage walk from ``doc`` takes: the rows of
    ``lineage_up.cypher`` (``direction="up"``) or ``implementations_down.cypher`` ("down").

    The steps among the documents within reach make a small graph, its edges keyed by the link
    as walked ("<TRANSMITS"), whose simple paths networkx lists.  Documents ``max_depth`` links
    away only end paths: their own steps are not needed.
    """
    require_document(G, doc)
    known: dict[str, list[tuple[str, str]]] = {}

    def steps_from(n: str) -> list[tuple[str, str]]:
        if n not in known:
            known[n] = list(lineage_steps(G, n, direction=direction))
        return known[n]

    def neighbours(n: str) -> Iterator[str]:
        for m, _ in steps_from(n):
            yield m

    reach = walk_depths(G, doc, neighbours, max_depth=max_depth)
    if not reach:
        return []
    steps = nx.MultiDiGraph()
    for n in [doc, *(r for r, depth in reach.items() if depth < max_depth)]:
        steps.add_edges_from((n, m, rel) for m, rel in steps_from(n))
    return [
        LineagePath((doc, *(v for _, v, _ in path)), tuple(rel for _, _, rel in path))
        for path in nx.all_simple_edge_paths(steps, doc, set(reach), cutoff=max_depth)
    ]
