"""Beneficiary groups: a group and the narrower groups under it.

As ``beneficiary_docs.cypher`` defines it: a group's narrower groups are those listing its name
among their ``broader`` groups (each group lists all its ancestors, so one level is enough).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("group:重点群体", label="BeneficiaryGroup", name="重点群体", broader=[])
>>> G.add_node("group:高校毕业生", label="BeneficiaryGroup", name="高校毕业生", broader=["重点群体"])
>>> narrower_groups(G, "group:重点群体"), narrower_groups(G, "group:高校毕业生")
(['group:重点群体', 'group:高校毕业生'], ['group:高校毕业生'])

Documents per group are counted in publications: a notice and the texts it issues (a notice
unit, :mod:`policykg.analysis.units`) count once.

>>> G.add_nodes_from(["doc:notice", "doc:text"], label="Document")
>>> for d in ("doc:notice", "doc:text"):
...     _ = G.add_edge(d, "group:高校毕业生", key="TARGETS", type="TARGETS")
>>> _ = G.add_edge("doc:notice", "doc:text", key="TRANSMITS", type="TRANSMITS")
>>> group_units(G, "group:重点群体")
['doc:notice']
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass

import networkx as nx

from policykg.analysis.links import DOCUMENT, label_of, nodes_labelled, targets
from policykg.analysis.units import NoticeUnits, unit_heads, unit_of

__all__ = ["GROUP", "GroupCell", "beneficiary_matrix", "group_units", "narrower_groups"]

GROUP = "BeneficiaryGroup"


def narrower_groups(G: nx.MultiDiGraph, group: str) -> list[str]:
    """``group`` first, then every group listing it among its broader groups."""
    name = G.nodes[group].get("name")
    under = [
        g
        for g in nodes_labelled(G, GROUP)
        if g != group and name is not None and name in (G.nodes[g].get("broader") or ())
    ]
    return [group, *under]


def group_units(G: nx.MultiDiGraph, group: str) -> list[str]:
    """The publications (a notice unit by its notice, else the document) that target ``group`` or a
    group under it, in id order: how many documents support a group, each publication counted once."""
    heads = unit_heads(G)
    found = {
        unit_of(G, doc, heads)
        for sub in narrower_groups(G, group)
        for doc, _, key in G.in_edges(sub, keys=True)
        if key == "TARGETS" and label_of(G, doc) == DOCUMENT
    }
    return sorted(found)


@dataclass(frozen=True)
class GroupCell:
    """One cell of the beneficiary matrix: a group, an issuer (None: none known), the level and
    status of the units, and how many units target the group."""

    group: str
    agency: str | None
    level: str | None
    status: str | None
    documents: int


def beneficiary_matrix(
    G: nx.MultiDiGraph,
    *,
    groups: Collection[str] | None = None,
    agencies: Collection[str] | None = None,
    level: str = "",
    status: str = "",
    units: NoticeUnits | None = None,
) -> list[GroupCell]:
    """Notice units targeting each group, counted by issuer × level × status (of the unit's root).

    A unit targets a group when any of its documents does, and is issued by every agency any of
    them names.  ``groups``/``agencies`` (ids) keep only those; ``level``/``status`` ('' = any)
    filter the units.  As ``beneficiary_matrix.cypher`` counts them; cells in no particular order.
    """
    units = units or NoticeUnits.of(G)
    targeted: dict[str, set[str]] = defaultdict(set)  # unit root → groups its documents target
    for doc in nodes_labelled(G, DOCUMENT):
        targeted[units.root[doc]].update(targets(G, doc, ("TARGETS",), label=GROUP))
    counts: Counter = Counter()
    for root, found in targeted.items():
        a = G.nodes[root]
        if (level and a.get("level") != level) or (status and a.get("status") != status):
            continue
        by = {i for m in units.members[root] for i in targets(G, m, ("ISSUED_BY",), label="Agency")}
        if by:
            kept: list[str | None] = [i for i in by if agencies is None or i in agencies]
        else:  # no issuer known: one cell with none, unless issuers were asked for
            kept = [None] if agencies is None else []
        for group in found:
            if groups is None or group in groups:
                counts.update((group, agency, a.get("level"), a.get("status")) for agency in kept)
    return [GroupCell(*key, documents=n) for key, n in counts.items()]
