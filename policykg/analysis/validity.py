"""Documents no longer in force: which, what replaced them, and since when.

As ``not_in_force.cypher`` defines it: a document is no longer in force when its status (as of
the build's date, :mod:`policykg.graph.status`) is ``superseded`` (已废止) or ``expired``
(已失效).  What replaced it is its ``superseded_by`` list; it was repealed on its own
``repealed_on`` when the build gives one, else on the earliest date a document replacing it
took effect (its ``effective_date``, else its ``date``).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:old", label="Document", status="superseded", superseded_by=["doc:new"])
>>> G.add_node("doc:new", label="Document", status="in_force", date="2024-03-01", effective_date="2024-05-01")
>>> G.add_node("doc:plan", label="Document", status="expired", expiry_date="2023-12-31")
>>> not_in_force(G), repealed_on(G, "doc:old"), repealed_on(G, "doc:plan")
(['doc:old', 'doc:plan'], '2024-05-01', None)
"""

from __future__ import annotations

import networkx as nx

from policykg.analysis.links import DOCUMENT, id_order, nodes_labelled

__all__ = ["NOT_IN_FORCE", "not_in_force", "repealed_on", "replaced_by"]

# The statuses of a document that no longer applies (graph/status.py).
NOT_IN_FORCE = ("superseded", "expired")


def replaced_by(G: nx.MultiDiGraph, doc: str) -> list[str]:
    """The documents that replaced ``doc`` (its ``superseded_by``), in id order."""
    return sorted(G.nodes[doc].get("superseded_by") or (), key=id_order)


def repealed_on(G: nx.MultiDiGraph, doc: str) -> str | None:
    """The date ``doc`` stopped applying because another document replaced it, if known."""
    own = G.nodes[doc].get("repealed_on")
    if own is not None:
        return own
    dates = [_took_effect(G, n) for n in replaced_by(G, doc) if n in G and G.nodes[n].get("label") == DOCUMENT]
    return min((d for d in dates if d is not None), default=None)


def _took_effect(G: nx.MultiDiGraph, doc: str) -> str | None:
    """``coalesce(d.effective_date, d.date)``."""
    a = G.nodes[doc]
    return a.get("effective_date") if a.get("effective_date") is not None else a.get("date")


def not_in_force(G: nx.MultiDiGraph, *, status: str = "", level: str = "") -> list[str]:
    """The documents no longer in force (of ``status`` and ``level`` when given), in id order."""
    return sorted(
        (
            d
            for d in nodes_labelled(G, DOCUMENT)
            if G.nodes[d].get("status") in NOT_IN_FORCE
            and (not status or G.nodes[d].get("status") == status)
            and (not level or G.nodes[d].get("level") == level)
        ),
        key=id_order,
    )
