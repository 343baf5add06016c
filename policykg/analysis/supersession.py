"""Supersession chains: what replaced a document, what it replaced, and who amends them.

As ``supersession.cypher`` defines it: the chain runs through SUPERSEDES only, both ways and
transitively (at most :data:`SUPERSESSION_MAX_DEPTH` links).  A document's step is 0 for the
document itself, +k for one k links newer (it supersedes the document, directly or through
others), -k for one k links older.  AMENDS is no step of the chain: an amending document is
listed with the document it amends (:func:`amended_by`).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ("doc:2010", "doc:2016", "doc:2021", "doc:fix"):
...     G.add_node(n, label="Document")
>>> _ = G.add_edge("doc:2021", "doc:2016", key="SUPERSEDES", type="SUPERSEDES")
>>> _ = G.add_edge("doc:2016", "doc:2010", key="SUPERSEDES", type="SUPERSEDES")
>>> _ = G.add_edge("doc:fix", "doc:2021", key="AMENDS", type="AMENDS")
>>> supersession_chain(G, "doc:2016")
[ChainLink('doc:2010', -1), ChainLink('doc:2016', 0), ChainLink('doc:2021', 1)]
>>> amended_by(G, "doc:2021")
['doc:fix']
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from policykg.analysis.links import DOCUMENT, require_document, sources, targets, walk_depths

__all__ = [
    "SUPERSESSION_MAX_DEPTH",
    "ChainLink",
    "amended_by",
    "newer_versions",
    "older_versions",
    "supersession_chain",
]

# The *1..20 of supersession.cypher (a test checks they agree).
SUPERSESSION_MAX_DEPTH = 20
SUPERSEDES = ("SUPERSEDES",)
AMENDS = ("AMENDS",)


@dataclass(frozen=True)
class ChainLink:
    """One document of a supersession chain and its step from the document asked about."""

    document: str
    step: int

    def __repr__(self) -> str:
        return f"ChainLink({self.document!r}, {self.step})"


def newer_versions(G: nx.MultiDiGraph, doc: str, *, max_depth: int = SUPERSESSION_MAX_DEPTH) -> dict[str, int]:
    """The documents superseding ``doc``, directly or through others, with their fewest links."""
    require_document(G, doc)
    return walk_depths(G, doc, lambda n: sources(G, n, SUPERSEDES, label=DOCUMENT), max_depth=max_depth)


def older_versions(G: nx.MultiDiGraph, doc: str, *, max_depth: int = SUPERSESSION_MAX_DEPTH) -> dict[str, int]:
    """The documents ``doc`` supersedes, directly or through others, with their fewest links."""
    require_document(G, doc)
    return walk_depths(G, doc, lambda n: targets(G, n, SUPERSEDES, label=DOCUMENT), max_depth=max_depth)


def supersession_chain(G: nx.MultiDiGraph, doc: str, *, max_depth: int = SUPERSESSION_MAX_DEPTH) -> list[ChainLink]:
    """``doc`` and the documents of its chain, oldest first.

    In a cycle of SUPERSEDES links a document is both newer and older: it is listed twice, with
    both steps, as the Cypher's UNION lists it.
    """
    newer = newer_versions(G, doc, max_depth=max_depth)
    older = older_versions(G, doc, max_depth=max_depth)
    chain = [ChainLink(doc, 0)]
    chain += [ChainLink(n, k) for n, k in newer.items()]
    chain += [ChainLink(n, -k) for n, k in older.items()]
    return sorted(chain, key=lambda link: (link.step, link.document))


def amended_by(G: nx.MultiDiGraph, doc: str) -> list[str]:
    """The documents amending ``doc`` (AMENDS links into it)."""
    return sources(G, doc, AMENDS, label=DOCUMENT)
