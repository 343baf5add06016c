"""Exports for researchers' tools: CSV, parquet, GraphML, GEXF, and pandas DataFrames.

- :mod:`~policykg.tabular.flatten`: the graph as flat rows (ids without prefixes plus a kind,
  lists kept or joined), pure.
- :mod:`~policykg.tabular.files`: ``nodes.csv``/``edges.csv``, ``nodes.parquet``/``edges.parquet``,
  GraphML and GEXF files (``policykg export --format …``).
- :mod:`~policykg.tabular.dataframes`: :func:`~policykg.tabular.dataframes.frames`, the graph as
  (nodes, edges) pandas DataFrames (``pip install policykg[analysis]``).
"""

from policykg.tabular.files import TABLE_FORMATS, export_table

__all__ = ["TABLE_FORMATS", "export_table"]
