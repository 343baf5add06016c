"""policykg: Chinese government policy publications → a knowledge graph of policy relationships.

>>> from policykg import build_graph
>>> G = build_graph(["data/corpus"])  # doctest: +SKIP
"""

from policykg.graph.build import build_graph
from policykg.graph.io import read_graph, write_graph

__all__ = ["build_graph", "read_graph", "write_graph"]
__version__ = "0.1.0"
