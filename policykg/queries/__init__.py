"""Named queries and researchers' Cypher.

- ``*.cypher``: one named query per file, with a header saying what it answers, its parameters
  and an example (``policykg query --list``).  They define the questions; :mod:`policykg.analysis`
  answers the same questions on the networkx graph.
- :mod:`~policykg.queries.catalog`: reads those files (headers, parameters, columns).
- :mod:`~policykg.queries.result`: :class:`~policykg.queries.result.QueryResult`, the rows of
  any query.
- :mod:`~policykg.queries.runner`: runs a named query on Neo4j or in memory.
- :mod:`~policykg.queries.memory`: the analysis answers shaped as the Cypher's rows, row for row.
- :mod:`~policykg.queries.readonly`: ``policykg cypher``, i.e. write refusal, READ transactions,
  row cap and timeout.
- :mod:`~policykg.queries.output`: tables, JSON and CSV.
"""
