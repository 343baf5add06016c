"""Citers: which documents refer to a document, and which documents are referred to most.

As ``most_cited.cypher`` and ``missing_cited.cypher`` define it: a document refers to another
through BASED_ON, IMPLEMENTS, CITES, AMENDS or SUPERSEDES (TRANSMITS is left out: a notice
transmitting its own text is no citation); a document citing itself does not count.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from(["doc:a", "doc:b", "doc:c"], label="Document", in_corpus=True)
>>> G.add_node("doc:law", label="Document", in_corpus=False)
>>> for src, rtype in [("doc:a", "CITES"), ("doc:a", "BASED_ON"), ("doc:b", "IMPLEMENTS"), ("doc:law", "CITES")]:
...     _ = G.add_edge(src, "doc:law", key=rtype, type=rtype)
>>> _ = G.add_edge("doc:c", "doc:a", key="TRANSMITS", type="TRANSMITS")
>>> sorted(citers(G, "doc:law")), most_cited(G)
(['doc:a', 'doc:b'], [('doc:law', 2)])
>>> most_cited(G, in_corpus=True)
[]
"""

from __future__ import annotations

import networkx as nx

from policykg.analysis.links import DOCUMENT, id_order, nodes_labelled, sources

__all__ = ["CITING_TYPES", "cited_documents", "citers", "most_cited"]

# What counts as "refers to" (TRANSMITS is not a citation).
CITING_TYPES = ("BASED_ON", "IMPLEMENTS", "CITES", "AMENDS", "SUPERSEDES")


def citers(G: nx.MultiDiGraph, doc: str) -> set[str]:
    """The documents other than ``doc`` referring to ``doc``."""
    return {s for s in sources(G, doc, CITING_TYPES, label=DOCUMENT) if s != doc}


def cited_documents(G: nx.MultiDiGraph, *, in_corpus: bool | None = None) -> dict[str, set[str]]:
    """Every document referred to at least once → the documents referring to it.

    ``in_corpus=False``: only documents known merely because they are cited (the corpus's
    to-collect list); ``True``: only documents of the corpus; ``None``: all.
    """
    found = {}
    for doc in nodes_labelled(G, DOCUMENT):
        if in_corpus is not None and G.nodes[doc].get("in_corpus") is not in_corpus:
            continue
        if who := citers(G, doc):
            found[doc] = who
    return found


def most_cited(G: nx.MultiDiGraph, *, limit: int | None = None, in_corpus: bool | None = None) -> list[tuple[str, int]]:
    """(document, number of distinct citing documents), most cited first, then in id order
    (Neo4j's); at most ``limit`` of them."""
    counts = [(doc, len(who)) for doc, who in cited_documents(G, in_corpus=in_corpus).items()]
    counts.sort(key=lambda dc: (-dc[1], id_order(dc[0])))
    return counts if limit is None else counts[:limit]
