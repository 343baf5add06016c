"""Which documents a lineage page shows: what :mod:`policykg.analysis` answers about one document.

Nearest first, each document under the first role it is found in:

- ``focus``: the document; ``unit``: the rest of its notice unit (关于印发《X》的通知 and the
  text X it transmits are one publication, :func:`~policykg.analysis.notice_unit`);
- ``version``: the supersession chain of each member of the unit (``supersession.cypher``:
  SUPERSEDES only, both ways, transitively), each version with its own notice unit;
- ``amendment``: the documents amending the unit or a version (the chain's ``amended_by``);
- ``ancestor``: what it rests on or implements, as far as ``lineage_up.cypher`` reaches (8 links);
- ``descendant``: what rests on it or implements it, as ``implementations_down.cypher`` reaches;
- ``context``: what replaced, or was replaced by, an ancestor or descendant (one SUPERSEDES link).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, lvl in [("doc:law", "national"), ("doc:n", "provincial"), ("doc:t", "provincial"),
...                ("doc:city", "municipal"), ("doc:old", "provincial")]:
...     G.add_node(n, label="Document", title=n[4:], level=lvl, in_corpus=True)
>>> _ = G.add_edge("doc:n", "doc:t", key="TRANSMITS", type="TRANSMITS")
>>> _ = G.add_edge("doc:t", "doc:law", key="IMPLEMENTS", type="IMPLEMENTS")
>>> _ = G.add_edge("doc:city", "doc:t", key="BASED_ON", type="BASED_ON")
>>> _ = G.add_edge("doc:t", "doc:old", key="SUPERSEDES", type="SUPERSEDES")
>>> lin = lineage(G, "doc:n")
>>> sorted(lin.nodes) == sorted(G.nodes)
True
>>> lin.roles["doc:t"], lin.roles["doc:law"], lin.roles["doc:city"], lin.roles["doc:old"]
('unit', 'ancestor', 'descendant', 'version')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx

from policykg.analysis.lineage import LINEAGE_MAX_DEPTH, lineage_reach
from policykg.analysis.links import out_adjacency, require_document
from policykg.analysis.supersession import amended_by, newer_versions, older_versions, supersession_chain
from policykg.analysis.units import notice_unit, notices_of

__all__ = ["ROLES", "Lineage", "display_level", "held_lineage", "lineage", "lineage_edges"]

# The roles of the documents of a lineage, nearest first.
ROLES = ("focus", "unit", "version", "amendment", "ancestor", "descendant", "context")
# Document→Document edges drawn between the documents of a lineage; CITES only when no other edge.
DRAWN_TYPES = ("BASED_ON", "IMPLEMENTS", "TRANSMITS", "SUPERSEDES", "AMENDS", "CITES")


@dataclass(frozen=True)
class Lineage:
    """The documents and edges of one lineage page."""

    focus: str
    nodes: tuple[str, ...]
    edges: tuple[tuple[str, str, str], ...]  # (source, target, key)
    roles: dict[str, str] = field(default_factory=dict)  # document → one of ROLES
    truncated: bool = False

    def __repr__(self) -> str:
        return f"Lineage({self.focus!r}, {len(self.nodes)} nodes, {len(self.edges)} edges)"


def display_level(G: nx.MultiDiGraph, node: str) -> str:
    """The level a document is drawn at: its own, else that of the notice transmitting it."""
    attrs = getattr(G, "_node", None) or G.nodes  # networkx's own dict, read only: a site asks ~10⁵ times
    level = attrs[node].get("level") or "unknown"
    if level != "unknown":
        return level
    for notice in notices_of(G, node):
        if (attrs[notice].get("level") or "unknown") != "unknown":
            return attrs[notice]["level"]
    return "unknown"


def _versions(G: nx.MultiDiGraph, unit: list[str]) -> list[str]:
    """The supersession chains of the unit's members, nearest first, each version with its unit."""
    links = [link for member in unit for link in supersession_chain(G, member) if link.step != 0]
    links.sort(key=lambda link: abs(link.step))
    return [u for link in links for u in notice_unit(G, link.document)]


_HELD = "_policykg_held_lineage"  # the key of G.graph holding what held_lineage remembers


@contextmanager
def held_lineage(G: nx.MultiDiGraph) -> Iterator[None]:
    """Each document's replacements and drawn links, found once until the block ends (the graph
    must not change inside it): a document is drawn on many lineage pages of a site, and each asks
    them again.  Bounded by the graph: one short list per document asked about.

    >>> G = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     G.add_node(n, label="Document")
    >>> _ = G.add_edge("a", "b", key="SUPERSEDES")
    >>> with held_lineage(G):
    ...     first = list(_replacements(G, ["a"]))
    ...     _ = G.add_edge("a", "c", key="SUPERSEDES")  # not seen inside the block: a was asked
    ...     again = list(_replacements(G, ["a"]))
    >>> first, again, list(_replacements(G, ["a"]))
    (['b'], ['b'], ['b', 'c'])
    """
    G.graph[_HELD] = ({}, {})  # document → its replacements; document → its drawn (target, key) links
    try:
        yield
    finally:
        G.graph.pop(_HELD, None)


def _replacements(G: nx.MultiDiGraph, nodes: Iterable[str]) -> Iterator[str]:
    """The documents one SUPERSEDES link from each of ``nodes``, either way."""
    held = G.graph.get(_HELD)
    for n in nodes:
        found = held[0].get(n) if held else None
        if found is None:
            found = [*newer_versions(G, n, max_depth=1), *older_versions(G, n, max_depth=1)]
            if held:
                held[0][n] = found
        yield from found


def _by_role(G: nx.MultiDiGraph, doc: str, max_depth: int) -> Iterator[tuple[str, Iterable[str]]]:
    """(role, documents) in the order of :data:`ROLES`, each computed only when reached."""
    unit = notice_unit(G, doc)
    yield "focus", [doc]
    yield "unit", unit
    versions = _versions(G, unit)
    yield "version", versions
    yield "amendment", (m for n in unit + versions for m in amended_by(G, n))
    # walked as the page takes them: a page full before the end of a walk stops it (a law that
    # thousands rest on), and the walks are whole when "context" is reached
    ancestors: list[str] = []
    yield "ancestor", _kept(lineage_reach(G, doc, direction="up", max_depth=max_depth), ancestors)
    descendants: list[str] = []
    yield "descendant", _kept(lineage_reach(G, doc, direction="down", max_depth=max_depth), descendants)
    yield "context", _replacements(G, ancestors + descendants)


def _kept(nodes: Iterable[str], into: list[str]) -> Iterator[str]:
    """``nodes``, each also appended to ``into`` as it is taken."""
    for n in nodes:
        into.append(n)
        yield n


def lineage(G: nx.MultiDiGraph, doc: str, *, max_nodes: int = 200, max_depth: int = LINEAGE_MAX_DEPTH) -> Lineage:
    """The lineage of document ``doc`` (a node id): see the module docstring.

    At most ``max_nodes`` documents are kept, nearest first (``truncated`` says some were left out).
    """
    require_document(G, doc)
    roles: dict[str, str] = {}
    truncated = False
    for role, nodes in _by_role(G, doc, max_depth):
        for n in nodes:
            if n in roles:
                continue
            if len(roles) >= max_nodes:
                truncated = True
                break
            roles[n] = role
        if truncated:
            break
    nodes = tuple(roles)
    return Lineage(doc, nodes, tuple(lineage_edges(G, nodes)), roles, truncated)


def lineage_edges(G: nx.MultiDiGraph, nodes) -> list[tuple[str, str, str]]:
    """Drawn Document→Document edges among ``nodes``; CITES only where no other edge joins a pair."""
    keep = set(nodes)
    edges = []
    joined = set()
    cites = []
    for u in nodes:
        for v, k in _drawn_links(G, u):
            if v not in keep:
                continue
            if k == "CITES":
                cites.append((u, v, k))
            else:
                edges.append((u, v, k))
                joined.add(frozenset((u, v)))
    edges += [(u, v, k) for u, v, k in cites if frozenset((u, v)) not in joined and u != v]
    return edges


def _drawn_links(G: nx.MultiDiGraph, u: str) -> list[tuple[str, str]]:
    """(target, key) of each link of :data:`DRAWN_TYPES` leaving ``u``, in the graph's order; inside
    :func:`held_lineage` found once (most of a document's links go to agencies and groups)."""
    held = G.graph.get(_HELD)
    found = held[1].get(u) if held else None
    if found is None:
        found = [(v, k) for v, keys in out_adjacency(G)[u].items() for k in keys if k in DRAWN_TYPES]
        if held:
            held[1][u] = found
    return found
