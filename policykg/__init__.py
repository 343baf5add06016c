"""policykg: Chinese government policy publications → a knowledge graph of policy relationships.

>>> from policykg import build_graph
>>> G = build_graph(["data/corpus"])  # doctest: +SKIP
>>> nodes, edges = frames(G)  # pandas DataFrames, one row per node and per relationship  # doctest: +SKIP
"""

from policykg.graph.build import build_graph
from policykg.graph.io import read_graph, write_graph
from policykg.tabular.dataframes import frames

__all__ = ["build_graph", "frames", "read_graph", "write_graph"]
__version__ = "0.1.0"
