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
"""

from __future__ import annotations

import networkx as nx

from policykg.analysis.links import DOCUMENT, require_document, sources, targets

__all__ = ["TRANSMITS", "notice_unit", "notices_of", "texts_of"]

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
