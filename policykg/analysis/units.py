"""Notice units: a notice (关于印发《X》的通知) and the texts X it TRANSMITS are one publication.

The notice gives the text its doc number, issuers and date; the basis a policy rests on may be
named in either.  That is why ``lineage_up.cypher`` and ``implementations_down.cypher`` follow
TRANSMITS both ways, and why a page showing one member of a unit shows the others.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ("doc:notice", "doc:text", "doc:other"):
...     G.add_node(n, label="Document")
>>> _ = G.add_edge("doc:notice", "doc:text", key="TRANSMITS", type="TRANSMITS")
>>> notice_unit(G, "doc:text"), notices_of(G, "doc:text"), texts_of(G, "doc:notice")
(['doc:text', 'doc:notice'], ['doc:notice'], ['doc:text'])
>>> notice_unit(G, "doc:other")
['doc:other']

Counted, a unit is one publication: :func:`unit_heads` names each unit by its notice (the
member no TRANSMITS link reaches), the build stores it as the ``unit`` property of every member,
and count-based questions (co-issuance, documents per group) count the unit once.  The named
queries compute the head from the TRANSMITS links the same way, so both backends agree on any graph.

>>> unit_heads(G), count_units(G, ["doc:notice", "doc:text", "doc:other"])
({'doc:notice': 'doc:notice', 'doc:text': 'doc:notice'}, 2)
"""

from __future__ import annotations

import networkx as nx

from policykg.analysis.links import DOCUMENT, require_document, sources, targets

__all__ = ["TRANSMITS", "count_units", "notice_unit", "notices_of", "texts_of", "unit_heads", "unit_of"]

TRANSMITS = ("TRANSMITS",)


def notices_of(G: nx.MultiDiGraph, doc: str) -> list[str]:
    """The documents transmitting ``doc`` (usually none or one)."""
    return sources(G, doc, TRANSMITS, label=DOCUMENT)


def texts_of(G: nx.MultiDiGraph, notice: str) -> list[str]:
    """The documents ``notice`` transmits."""
    return targets(G, notice, TRANSMITS, label=DOCUMENT)


def notice_unit(G: nx.MultiDiGraph, doc: str) -> list[str]:
    """``doc`` first, then every document joined to it by TRANSMITS links, either way and
    transitively (its notice, the notice's other texts …), nearest first."""
    require_document(G, doc)

    def joined(n: str) -> list[str]:
        return notices_of(G, n) + texts_of(G, n)

    return [doc] + [v for _, v in nx.generic_bfs_edges(G, doc, neighbors=joined)]


def unit_heads(G: nx.MultiDiGraph) -> dict[str, str]:
    """Every document with a TRANSMITS link → the head of its unit: the first (by id) notice no
    TRANSMITS link reaches from which it is reached (itself for such a notice, or in a loop)."""
    links = nx.DiGraph((u, v) for u, v, k in G.edges(keys=True) if k in TRANSMITS)
    heads: dict[str, str] = {}
    for root in sorted(n for n in links if links.in_degree(n) == 0):
        heads.setdefault(root, root)
        for n in nx.descendants(links, root):
            heads.setdefault(n, root)  # roots in id order: the first one reaching n names its unit
    return {n: heads.get(n, n) for n in G.nodes if n in links}


def unit_of(G: nx.MultiDiGraph, doc: str, heads: dict[str, str] | None = None) -> str:
    """The unit ``doc`` belongs to, named by its head (``doc`` itself when it is a unit alone);
    pass ``heads`` (:func:`unit_heads`) when asking for many documents.  Computed from the TRANSMITS
    links, as the named queries compute it, so a graph without the ``unit`` property counts alike."""
    return (heads if heads is not None else unit_heads(G)).get(doc, doc)


def count_units(G: nx.MultiDiGraph, docs) -> int:
    """How many publications ``docs`` are, a notice and the texts it issues counted once."""
    heads = unit_heads(G)
    return len({unit_of(G, d, heads) for d in docs})
