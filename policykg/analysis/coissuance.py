"""Issuers and co-issuance: which agencies issued a document, and which issue documents together.

As ``agency_docs.cypher`` and ``coissuance.cypher`` define them: ISSUED_BY links from a
Document to an Agency; two agencies co-issue a document when it has an ISSUED_BY link to each.
Co-issuance is counted in publications: a notice and the texts it issues (a notice unit,
:mod:`policykg.analysis.units`) count once, named by the unit's notice.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from(["doc:1", "doc:2"], label="Document")
>>> G.add_nodes_from(["agency:人社厅", "agency:财政厅", "agency:教育厅"], label="Agency")
>>> for doc, agencies in {"doc:1": ["人社厅", "财政厅"], "doc:2": ["人社厅", "财政厅", "教育厅"]}.items():
...     for a in agencies:
...         _ = G.add_edge(doc, "agency:" + a, key="ISSUED_BY", type="ISSUED_BY")
>>> pairs = coissuing_pairs(G, min_count=2)
>>> [(sorted(pair), docs) for pair, docs in pairs.items()]
[(['agency:人社厅', 'agency:财政厅'], ['doc:1', 'doc:2'])]
>>> issued_documents(G, "agency:教育厅"), issuers(G, "doc:1")
(['doc:2'], ['agency:人社厅', 'agency:财政厅'])
>>> _ = G.add_edge("doc:1", "doc:2", key="TRANSMITS", type="TRANSMITS")  # doc:1 issues doc:2: one publication
>>> coissuing_pairs(G)[frozenset({"agency:人社厅", "agency:财政厅"})]
['doc:1']
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from policykg.analysis.links import DOCUMENT, nodes_labelled, sources, targets
from policykg.analysis.units import unit_heads, unit_of

__all__ = ["AGENCY", "coissuing_pairs", "issued_documents", "issuers"]

AGENCY = "Agency"
ISSUED_BY = ("ISSUED_BY",)


def issuers(G: nx.MultiDiGraph, doc: str) -> list[str]:
    """The agencies ``doc`` was issued by (ISSUED_BY links)."""
    return targets(G, doc, ISSUED_BY, label=AGENCY)


def issued_documents(G: nx.MultiDiGraph, agency: str) -> list[str]:
    """The documents ``agency`` issued, alone or jointly."""
    return sources(G, agency, ISSUED_BY, label=DOCUMENT)


def coissuing_pairs(G: nx.MultiDiGraph, *, min_count: int = 1) -> dict[frozenset[str], list[str]]:
    """Each pair of agencies that issued at least ``min_count`` publications together → those
    publications (a notice unit by its notice, else the document; in id order), most frequent pairs first."""
    heads = unit_heads(G)
    pairs: dict[frozenset[str], set[str]] = defaultdict(set)
    for doc in sorted(nodes_labelled(G, DOCUMENT)):
        for a, b in combinations(sorted(issuers(G, doc)), 2):
            pairs[frozenset((a, b))].add(unit_of(G, doc, heads))
    kept = [(pair, sorted(docs)) for pair, docs in pairs.items() if len(docs) >= min_count]
    kept.sort(key=lambda kv: (-len(kv[1]), sorted(kv[0])))
    return dict(kept)
