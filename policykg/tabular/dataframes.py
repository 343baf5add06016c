"""The policy graph as pandas DataFrames: ``policykg.frames(G)`` → (nodes, edges).

One row per node and one per relationship, with the columns of
:mod:`~policykg.tabular.flatten` (ids without prefixes plus a kind; lists stay lists), typed
with pandas' nullable dtypes (``Int64``, ``boolean``, strings).  pandas is an optional extra:
``pip install "policykg[analysis]"``.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", in_corpus=True, doc_number_year=2024)
>>> G.add_node("doc:b", label="Document", title="B", in_corpus=False)
>>> _ = G.add_edge("doc:a", "doc:b", key="CITES", type="CITES", line=3)
>>> nodes, edges = frames(G)
>>> nodes[["id", "kind", "title"]].values.tolist(), str(nodes["doc_number_year"].dtype), len(edges)
([['a', 'Document', 'A'], ['b', 'Document', 'B']], 'Int64', 1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from policykg.errors import PolicyKGError
from policykg.tabular.flatten import edge_columns, edge_rows, node_columns, node_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["frames"]


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise PolicyKGError('pandas is needed for DataFrames and parquet: pip install "policykg[analysis]"') from None
    return pd


def frames(G: nx.MultiDiGraph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(nodes, edges)``: one row per node of ``G`` (a graph from ``read_graph`` or
    ``build_graph``) and one per relationship."""
    pd = _pandas()
    nodes = pd.DataFrame(node_rows(G), columns=node_columns(G)).convert_dtypes()
    edges = pd.DataFrame(edge_rows(G), columns=edge_columns(G)).convert_dtypes()
    return nodes, edges
