"""Who is central in the co-issuance network: degree, weighted degree, betweenness, PageRank.

As ``coissuance_centrality.cypher`` defines it: the network's nodes are all agencies; two
agencies are linked when they issued a notice unit together (:mod:`~policykg.analysis.units`:
a notice and the texts it transmits are one publication, issued by all the agencies either
names), weighted by the number of such units.  For each agency:

- ``documents``: the units it issued, alone or jointly;
- ``degree``: its co-issuers; ``weighted_degree``: its joint units summed over them;
- ``betweenness``: over every pair of other agencies, the share of their shortest paths
  (unweighted) through it, summed (networkx's ``betweenness_centrality(normalized=False)``);
- ``pagerank``: the weighted PageRank (damping 0.85, an isolated agency's rank spread evenly),
  after a fixed :data:`PAGERANK_ITERATIONS` power iterations, so Cypher can compute the same.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from(["doc:1", "doc:2"], label="Document")
>>> G.add_nodes_from(["agency:A", "agency:B", "agency:C"], label="Agency")
>>> for doc, agencies in {"doc:1": "AB", "doc:2": "BC"}.items():
...     for a in agencies:
...         _ = G.add_edge(doc, "agency:" + a, key="ISSUED_BY", type="ISSUED_BY")
>>> [(c.agency, c.degree, c.betweenness, round(c.pagerank, 3)) for c in agency_centrality(G)]
[('agency:A', 1, 0.0, 0.257), ('agency:B', 2, 1.0, 0.486), ('agency:C', 1, 0.0, 0.257)]
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from policykg.analysis.coissuance import AGENCY, issuers
from policykg.analysis.links import id_order, nodes_labelled
from policykg.analysis.units import NoticeUnits

__all__ = [
    "PAGERANK_DAMPING",
    "PAGERANK_ITERATIONS",
    "AgencyCentrality",
    "agency_centrality",
    "coissuance_network",
    "pagerank",
]

PAGERANK_DAMPING = 0.85
# Power iterations of PageRank: 0.85 ** 100 < 1e-7, below the six decimals the query reports.
PAGERANK_ITERATIONS = 100


def unit_issuers(G: nx.MultiDiGraph, units: NoticeUnits) -> dict[str, list[str]]:
    """Each unit (by root) → the agencies any of its documents was issued by, in id order."""
    found = {}
    for root, members in units.members.items():
        if agencies := {a for m in members for a in issuers(G, m)}:
            found[root] = sorted(agencies, key=id_order)
    return found


def coissuance_network(G: nx.MultiDiGraph, *, units: NoticeUnits | None = None) -> nx.Graph:
    """The agencies (in id order, each with ``documents``: units issued) linked by joint units
    (``weight``: how many)."""
    units = units or NoticeUnits.of(G)
    H = nx.Graph()
    H.add_nodes_from(sorted(nodes_labelled(G, AGENCY), key=id_order), documents=0)
    for agencies in unit_issuers(G, units).values():
        for a in agencies:
            H.nodes[a]["documents"] += 1
        for a, b in combinations(agencies, 2):
            weight = H[a][b]["weight"] + 1 if H.has_edge(a, b) else 1
            H.add_edge(a, b, weight=weight)
    return H


def pagerank(
    H: nx.Graph, *, damping: float = PAGERANK_DAMPING, iterations: int = PAGERANK_ITERATIONS
) -> dict[str, float]:
    """Weighted PageRank of an undirected graph by ``iterations`` power steps from 1/n, the
    formula of networkx's ``pagerank`` (which stops at a tolerance instead).

    Nodes are taken in ``H``'s order and each node's neighbours in that order too: the sums of
    coissuance_centrality.cypher run in the same order.

    >>> H = nx.Graph([("a", "b"), ("b", "c")])
    >>> {n: round(r, 4) for n, r in pagerank(H).items()}
    {'a': 0.2568, 'b': 0.4865, 'c': 0.2568}
    """
    nodes = list(H)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    neighbours = [sorted((index[u], H[v][u].get("weight", 1)) for u in H[v]) for v in nodes]
    strength = [sum(w for _, w in nbrs) for nbrs in neighbours]
    dangling = [i for i in range(n) if strength[i] == 0]
    rank = [1.0 / n for _ in range(n)]
    for _ in range(iterations):
        spread = 0.0
        for j in dangling:
            spread = spread + rank[j]
        new = []
        for i in range(n):
            total = 0.0
            for j, w in neighbours[i]:
                total = total + rank[j] * w / strength[j]
            new.append((1 - damping) / n + damping * (total + spread / n))
        rank = new
    return dict(zip(nodes, rank))


@dataclass(frozen=True)
class AgencyCentrality:
    """One agency's place in the co-issuance network."""

    agency: str
    documents: int
    degree: int
    weighted_degree: int
    betweenness: float
    pagerank: float


def agency_centrality(G: nx.MultiDiGraph, *, units: NoticeUnits | None = None) -> list[AgencyCentrality]:
    """Every agency's centrality, in id order."""
    H = coissuance_network(G, units=units)
    between = nx.betweenness_centrality(H, normalized=False)
    rank = pagerank(H)
    return [
        AgencyCentrality(
            agency=a,
            documents=H.nodes[a]["documents"],
            degree=H.degree(a),
            weighted_degree=H.degree(a, weight="weight"),
            betweenness=float(between[a]),
            pagerank=rank[a],
        )
        for a in H
    ]
