"""Which documents a lineage page shows: pure functions over the policy graph.

A lineage is the document, what it rests on and implements up to the national level, the
documents that implement it down to the district level, and the supersession chain around it.
A notice and the text it transmits (关于印发《X》的通知 → X) count as one unit: the notice gives
the text its issuers and date, so wherever one of them is shown the other is shown too.

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
>>> lin.roles["doc:law"], lin.roles["doc:city"], lin.roles["doc:old"]
('ancestor', 'descendant', 'version')
"""

from __future__ import annotations

import difflib
from collections import deque
from dataclasses import dataclass, field

import networkx as nx

from policykg.errors import NotFoundError
from policykg.keys import lookup_key

# Edges that point from a document to what it rests on (walked upward) or, reversed, downward.
UPWARD_TYPES = ("BASED_ON", "IMPLEMENTS")
# Edges of the supersession chain (walked both ways).
VERSION_TYPES = ("SUPERSEDES", "AMENDS")
# Document→Document edges drawn between the documents of a lineage; CITES only when no other edge.
DRAWN_TYPES = ("BASED_ON", "IMPLEMENTS", "TRANSMITS", "SUPERSEDES", "AMENDS", "CITES")

# 〔2024〕 [2024] (2024) （2024） ［2024］ — the brackets of a doc number, all read as 〔〕.

MAX_CANDIDATES = 12


@dataclass(frozen=True)
class Lineage:
    """The documents and edges of one lineage page."""

    focus: str
    nodes: tuple[str, ...]
    edges: tuple[tuple[str, str, str], ...]  # (source, target, key)
    roles: dict[str, str] = field(default_factory=dict)  # focus|unit|ancestor|descendant|version|context
    truncated: bool = False

    def __repr__(self) -> str:
        return f"Lineage({self.focus!r}, {len(self.nodes)} nodes, {len(self.edges)} edges)"


def is_document(G: nx.MultiDiGraph, node: str) -> bool:
    return G.nodes[node].get("label") == "Document"


def describe(G: nx.MultiDiGraph, node: str) -> str:
    """One line naming a document: title (doc number, date)."""
    a = G.nodes[node]
    extra = ", ".join(x for x in (a.get("doc_number"), a.get("date")) if x)
    return f"{a.get('title', node)}" + (f" ({extra})" if extra else "")


def find_document(G: nx.MultiDiGraph, query: str) -> str:
    """The id of the one document ``query`` names: a node id, doc number, title or part of a title.

    Raises NotFoundError (listing candidates) when nothing or several documents match.
    In-corpus documents win over merely cited ones of the same name.
    """
    q = query.strip()
    if q in G and is_document(G, q):
        return q
    key = lookup_key(q)
    if not key:
        raise NotFoundError("empty document name; give a doc number or part of a title")
    docs = [n for n in G.nodes if is_document(G, n)]
    for field_name in ("doc_number", "title"):
        exact = [n for n in docs if lookup_key(str(G.nodes[n].get(field_name) or "")) == key]
        chosen = _prefer_in_corpus(G, exact)
        if len(chosen) == 1:
            return chosen[0]
        if len(chosen) > 1:
            raise _ambiguous(G, query, chosen)
    partial = [
        n
        for n in docs
        if key in lookup_key(str(G.nodes[n].get("title") or ""))
        or key in lookup_key(str(G.nodes[n].get("doc_number") or ""))
    ]
    chosen = _prefer_in_corpus(G, partial)
    if len(chosen) == 1:
        return chosen[0]
    if chosen:
        raise _ambiguous(G, query, chosen)
    names: dict[str, str] = {}  # titles and doc numbers (normalised) → node, in-corpus ones winning
    for n in sorted(docs, key=lambda n: bool(G.nodes[n].get("in_corpus"))):
        for field_name in ("title", "doc_number"):
            if G.nodes[n].get(field_name):
                names[lookup_key(str(G.nodes[n][field_name]))] = n
    close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
    hint = ("; did you mean: " + "; ".join(describe(G, names[t]) for t in close)) if close else ""
    raise NotFoundError(f"no document matches {query!r}{hint}")


def _prefer_in_corpus(G: nx.MultiDiGraph, nodes: list[str]) -> list[str]:
    inside = [n for n in nodes if G.nodes[n].get("in_corpus")]
    return sorted(inside or nodes, key=lambda n: (str(G.nodes[n].get("date") or ""), n))


def _ambiguous(G: nx.MultiDiGraph, query: str, nodes: list[str]) -> NotFoundError:
    shown = "\n".join(f"  {describe(G, n)}  [{n}]" for n in nodes[:MAX_CANDIDATES])
    more = f"\n  … and {len(nodes) - MAX_CANDIDATES} more" if len(nodes) > MAX_CANDIDATES else ""
    return NotFoundError(
        f"{query!r} matches {len(nodes)} documents; give a doc number, more of the title or the [id]:\n{shown}{more}"
    )


def transmission_unit(G: nx.MultiDiGraph, node: str) -> list[str]:
    """``node`` with the notices transmitting it and the texts it transmits (transitively)."""
    seen = [node]
    todo = [node]
    while todo:
        n = todo.pop()
        nbrs = [v for v, keys in _succ(G)[n].items() if "TRANSMITS" in keys]
        nbrs += [u for u, keys in _pred(G)[n].items() if "TRANSMITS" in keys]
        for m in nbrs:
            if m not in seen:
                seen.append(m)
                todo.append(m)
    return seen


def _succ(G: nx.MultiDiGraph) -> dict:
    """{node: {successor: {edge key: attrs}}}: networkx's own dicts, read only (views are slow here)."""
    return getattr(G, "_succ", None) or G.succ


def _pred(G: nx.MultiDiGraph) -> dict:
    return getattr(G, "_pred", None) or G.pred


def _any(keys, types) -> bool:
    return any(t in keys for t in types)


def parents(G: nx.MultiDiGraph, node: str) -> list[str]:
    """Documents ``node`` rests on or implements."""
    return [v for v, keys in _succ(G)[node].items() if _any(keys, UPWARD_TYPES) and is_document(G, v)]


def children(G: nx.MultiDiGraph, node: str) -> list[str]:
    """Documents that rest on or implement ``node``."""
    return [u for u, keys in _pred(G)[node].items() if _any(keys, UPWARD_TYPES) and is_document(G, u)]


def versions(G: nx.MultiDiGraph, node: str) -> list[str]:
    """Documents ``node`` supersedes or amends, and those that supersede or amend it."""
    out = [v for v, keys in _succ(G)[node].items() if _any(keys, VERSION_TYPES)]
    return out + [u for u, keys in _pred(G)[node].items() if _any(keys, VERSION_TYPES) and u not in out]


def display_level(G: nx.MultiDiGraph, node: str) -> str:
    """The level a document is drawn at: its own, else that of the notice transmitting it."""
    level = G.nodes[node].get("level") or "unknown"
    if level != "unknown":
        return level
    for u, keys in _pred(G)[node].items():
        if "TRANSMITS" in keys and (G.nodes[u].get("level") or "unknown") != "unknown":
            return G.nodes[u]["level"]
    return "unknown"


def lineage(G: nx.MultiDiGraph, doc: str, *, max_nodes: int = 200, max_depth: int = 8) -> Lineage:
    """The lineage of document ``doc`` (a node id): see the module docstring.

    At most ``max_nodes`` documents are kept, nearest first (the focus and its supersession
    chain, then ancestors and descendants breadth first, then the replacements of ancestors).
    """
    if doc not in G or not is_document(G, doc):
        raise NotFoundError(f"no document {doc!r} in the graph")
    roles: dict[str, str] = {}
    truncated = False

    def add(node: str, role: str) -> bool:
        nonlocal truncated
        if node in roles:
            return False
        if len(roles) >= max_nodes:
            truncated = True
            return False
        roles[node] = role
        return True

    add(doc, "focus")
    for m in transmission_unit(G, doc):
        add(m, "unit")
    # The supersession chain around the focus unit, transitively.
    chain = deque(n for n in list(roles))
    while chain:
        n = chain.popleft()
        for m in versions(G, n):
            for u in transmission_unit(G, m):
                if add(u, "version"):
                    chain.append(u)
    core = list(roles)
    # Upward to the national level.
    frontier = list(core)
    for _ in range(max_depth):
        nxt = []
        for n in frontier:
            if display_level(G, n) == "national" and n not in core:
                continue  # the top: what national policy rests on is out of scope
            for p in parents(G, n):
                for u in transmission_unit(G, p):
                    if add(u, "ancestor"):
                        nxt.append(u)
        frontier = nxt
    # Downward to the district level.
    frontier = list(core)
    for _ in range(max_depth):
        nxt = []
        for n in frontier:
            for c in children(G, n):
                for u in transmission_unit(G, c):
                    if add(u, "descendant"):
                        nxt.append(u)
        frontier = nxt
    # What replaced (or was replaced by) each shown document, one step.
    for n in [n for n in roles if n not in core]:
        for m in versions(G, n):
            add(m, "context")
    nodes = tuple(roles)
    return Lineage(doc, nodes, tuple(lineage_edges(G, nodes)), roles, truncated)


def lineage_edges(G: nx.MultiDiGraph, nodes) -> list[tuple[str, str, str]]:
    """Drawn Document→Document edges among ``nodes``; CITES only where no other edge joins a pair."""
    keep = set(nodes)
    edges = []
    joined = set()
    cites = []
    for u in nodes:
        for v, keys in _succ(G)[u].items():
            if v not in keep:
                continue
            for k in keys:
                if k == "CITES":
                    cites.append((u, v, k))
                elif k in DRAWN_TYPES:
                    edges.append((u, v, k))
                    joined.add(frozenset((u, v)))
    edges += [(u, v, k) for u, v, k in cites if frozenset((u, v)) not in joined and u != v]
    return edges
