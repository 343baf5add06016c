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

import networkx as nx

from policykg.analysis.links import DOCUMENT, label_of, nodes_labelled
from policykg.analysis.units import unit_heads, unit_of

__all__ = ["GROUP", "group_units", "narrower_groups"]

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
