"""Which build a page came from: every page of the site (and every page ``policykg viz`` writes)
shows a label naming the graph it was drawn from.

>>> G = nx.MultiDiGraph(meta={"as_of": "2025-06-30", "files": [{"file": "a.txt"}]})
>>> G.add_node("doc:a", label="Document")
>>> build_label(G)
'build 9e9dea0b · as of 2025-06-30 · 1 file · 1 document'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

import networkx as nx

from policykg.analysis.links import is_document

__all__ = ["build_label", "held_label"]


def build_label(G: nx.MultiDiGraph) -> str:
    """A fingerprint of the graph (its node ids and edge count), its validity date and size.

    Kept in ``G.graph`` while the graph keeps its size.  Counting a multigraph's edges walks them all,
    so a writer of many pages holds the label (:func:`held_label`) instead of asking it per page.
    """
    held = G.graph.get(_HELD)
    if held is not None:
        return held
    size = (G.number_of_nodes(), G.number_of_edges())
    cached = G.graph.get("_build_label")
    if cached and cached[0] == size:
        return cached[1]
    meta = G.graph.get("meta") or {}
    digest = hashlib.sha1()
    for n in sorted(G.nodes):
        digest.update(n.encode("utf-8") + b"\0")
    digest.update(f"{G.number_of_edges()}|{meta.get('as_of')}".encode())
    files = len(meta.get("files") or [])
    docs = sum(1 for n in G.nodes if is_document(G, n))
    parts = [f"build {digest.hexdigest()[:8]}"]
    if meta.get("as_of"):
        parts.append(f"as of {meta['as_of']}")
    if files:
        parts.append(f"{files} file{'s' * (files != 1)}")
    parts.append(f"{docs} document{'s' * (docs != 1)}")
    label = " · ".join(parts)
    G.graph["_build_label"] = (size, label)
    return label


_HELD = "_held_build_label"


@contextmanager
def held_label(G: nx.MultiDiGraph) -> Iterator[str]:
    """The build label, computed once and returned by :func:`build_label` until the block ends (the
    graph must not change inside it): a site asks for it on every page.

    >>> G = nx.MultiDiGraph(meta={"as_of": "2025-06-30"})
    >>> with held_label(G) as label:
    ...     G.add_node("doc:a", label="Document")  # not seen inside the block
    ...     build_label(G) == label
    True
    >>> build_label(G) == label
    False
    """
    label = build_label(G)
    G.graph[_HELD] = label
    try:
        yield label
    finally:
        G.graph.pop(_HELD, None)
