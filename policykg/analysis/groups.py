"""Beneficiary groups: a group and the narrower groups under it.

As ``beneficiary_docs.cypher`` defines it: a group's narrower groups are those listing its name
among their ``broader`` groups (each group lists all its ancestors, so one level is enough).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("group:重点群体", label="BeneficiaryGroup", name="重点群体", broader=[])
>>> G.add_node("group:高校毕业生", label="BeneficiaryGroup", name="高校毕业生", broader=["重点群体"])
>>> narrower_groups(G, "group:重点群体"), narrower_groups(G, "group:高校毕业生")
(['group:重点群体', 'group:高校毕业生'], ['group:高校毕业生'])
"""

from __future__ import annotations

import networkx as nx

from policykg.analysis.links import nodes_labelled

__all__ = ["GROUP", "narrower_groups"]

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
