"""The policy graph as flat rows: one per node and one per relationship (pure, no I/O).

What researchers' tools read — CSV, parquet, pandas, Gephi — holds no lists and no prefixed
ids, so the rows here follow these rules (docs/research.md, "Exports"):

- **Ids without prefixes, plus a kind.** A node's ``id`` is its graph id less ``doc:`` /
  ``agency:`` / ``group:``, and ``kind`` is its label (``Document``, ``Agency``,
  ``BeneficiaryGroup``): (kind, id) is the key.  A relationship has ``source``,
  ``source_kind``, ``target``, ``target_kind`` and ``type``.  A property whose value is a node's
  id (``transmitted_by``, the items of ``superseded_by``) is written without its prefix too.
- **Columns in schema order**: the properties of ontology/schema.py, then any others
  alphabetically; a missing property is empty.
- **Lists** (``issuers``, ``aliases``, ``synonyms``, ``broader``, ``superseded_by``) stay
  lists in :func:`node_rows` (pandas and parquet keep them); :func:`flat_value` joins them with
  :data:`LIST_SEPARATOR` for CSV, GraphML and GEXF.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", issuers=["财政厅", "人社厅"], in_corpus=True)
>>> G.add_node("agency:财政厅", label="Agency", name="财政厅", known=True)
>>> _ = G.add_edge("doc:a", "agency:财政厅", key="ISSUED_BY", type="ISSUED_BY", line=2)
>>> [(r["id"], r["kind"]) for r in node_rows(G)], flat_value(node_rows(G)[1]["issuers"])
([('财政厅', 'Agency'), ('a', 'Document')], '财政厅|人社厅')
>>> edge_rows(G)[0]
{'source': 'a', 'source_kind': 'Document', 'target': '财政厅', 'target_kind': 'Agency', 'type': 'ISSUED_BY', 'line': 2}
"""

from __future__ import annotations

import re

import networkx as nx

from policykg.ontology.schema import NODE_LABELS, REL_TYPES

__all__ = [
    "EDGE_KEYS",
    "LIST_SEPARATOR",
    "NODE_KEYS",
    "bare",
    "edge_columns",
    "edge_rows",
    "flat_value",
    "node_columns",
    "node_rows",
]

LIST_SEPARATOR = "|"  # joins list items in CSV, GraphML and GEXF cells: no name or id holds one
# `doc:国发〔2024〕1号`, `agency:河南省财政厅`, `group:高校毕业生` — the prefix of a node id.
ID_PREFIX = re.compile(r"^(?:doc|agency|group):")
NODE_KEYS = ("id", "kind")
EDGE_KEYS = ("source", "source_kind", "target", "target_kind", "type")


def bare(node_id: str) -> str:
    """A node id without its prefix.

    >>> bare("doc:国发〔2024〕1号"), bare("group:高校毕业生")
    ('国发〔2024〕1号', '高校毕业生')
    """
    return ID_PREFIX.sub("", node_id)


def _value(G: nx.MultiDiGraph, value):
    """A property value as a row holds it: node ids bare, tuples as lists."""
    if isinstance(value, str):
        return bare(value) if value in G else value
    if isinstance(value, (list, tuple)):
        return [_value(G, v) for v in value]
    return value


def flat_value(value):
    """A row value as one CSV / GraphML / GEXF cell: lists joined with :data:`LIST_SEPARATOR`."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    return value


def _ordered(known: list[str], found: set[str]) -> list[str]:
    return [c for c in known if c in found] + sorted(found - set(known))


def node_columns(G: nx.MultiDiGraph) -> list[str]:
    """The columns of :func:`node_rows`: the keys, then the properties present, schema first."""
    schema = list(dict.fromkeys(p.name for label in NODE_LABELS.values() for p in label.props))
    found = {k for _, a in G.nodes(data=True) for k, v in a.items() if k != "label" and v is not None}
    return [*NODE_KEYS, *_ordered(schema, found)]


def edge_columns(G: nx.MultiDiGraph) -> list[str]:
    """The columns of :func:`edge_rows`: the keys, then the properties present, schema first."""
    schema = list(dict.fromkeys(p.name for rel in REL_TYPES.values() for p in rel.props))
    found = {k for *_, a in G.edges(data=True) for k, v in a.items() if k != "type" and v is not None}
    return [*EDGE_KEYS, *_ordered(schema, found)]


def node_rows(G: nx.MultiDiGraph) -> list[dict]:
    """One dict per node, in id order: ``id`` (bare), ``kind``, then its properties."""
    return [
        {
            "id": bare(n),
            "kind": a.get("label"),
            **{k: _value(G, v) for k, v in a.items() if k != "label" and v is not None},
        }
        for n, a in sorted(G.nodes(data=True), key=lambda na: na[0])
    ]


def edge_rows(G: nx.MultiDiGraph) -> list[dict]:
    """One dict per relationship, in (source, target, type) order, with its properties."""
    rows = []
    for u, v, key, a in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        rows.append(
            {
                "source": bare(u),
                "source_kind": G.nodes[u].get("label"),
                "target": bare(v),
                "target_kind": G.nodes[v].get("label"),
                "type": a.get("type", key),
                **{k: _value(G, x) for k, x in a.items() if k != "type" and x is not None},
            }
        )
    return rows
