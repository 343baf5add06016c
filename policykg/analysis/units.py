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

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from policykg.analysis.links import DOCUMENT, id_order, nodes_labelled, require_document, sources, targets

__all__ = [
    "TRANSMITS",
    "NoticeUnits",
    "count_units",
    "notice_unit",
    "notices_of",
    "texts_of",
    "unit_heads",
    "unit_of",
    "unit_root",
]

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


def unit_root(G: nx.MultiDiGraph, unit: list[str]) -> str:
    """The document that names a unit: the member no document transmits (the notice), the first in
    id order when several are (or none is, in a cycle).

    The Cypher of the corpus-wide queries finds the same document with
    ``coalesce(min(CASE WHEN NOT EXISTS { (:Document)-[:TRANSMITS]->(m) } THEN m.id END), min(m.id))``
    over ``(d)-[:TRANSMITS*0..]-(m:Document)``.
    """
    roots = [m for m in unit if not notices_of(G, m)]
    return min(roots or unit, key=id_order)


@dataclass(frozen=True)
class NoticeUnits:
    """Every document's notice unit, named by its root (:func:`unit_root`): what the corpus-wide
    questions count, so a notice and the text it transmits count once.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["doc:notice", "doc:text", "doc:other"], label="Document")
    >>> _ = G.add_edge("doc:notice", "doc:text", key="TRANSMITS", type="TRANSMITS")
    >>> units = NoticeUnits.of(G)
    >>> units.root["doc:text"], units.members["doc:notice"]
    ('doc:notice', ('doc:notice', 'doc:text'))
    """

    root: Mapping[str, str]  # document → the root of its unit
    members: Mapping[str, tuple[str, ...]]  # root → the unit's documents, root first

    @classmethod
    def of(cls, G: nx.MultiDiGraph) -> NoticeUnits:
        """The units of ``G``, kept in ``G.graph`` for the next question (found again when the
        graph's node or edge count changes)."""
        size = (G.number_of_nodes(), G.number_of_edges())
        cached = G.graph.get("_notice_units")
        if cached is None or cached[0] != size:
            cached = (size, cls._found(G))
            G.graph["_notice_units"] = cached
        return cached[1]

    @classmethod
    def _found(cls, G: nx.MultiDiGraph) -> NoticeUnits:
        root: dict[str, str] = {}
        members: dict[str, tuple[str, ...]] = {}
        for doc in nodes_labelled(G, DOCUMENT):
            if doc not in root:
                unit = notice_unit(G, doc)
                r = unit_root(G, unit)
                members[r] = (r, *sorted((m for m in unit if m != r), key=id_order))
                root.update(dict.fromkeys(unit, r))
        return cls(root, members)

    def roots(self) -> list[str]:
        """The root of every unit, in id order."""
        return sorted(self.members, key=id_order)
