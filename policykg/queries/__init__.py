"""Named queries and researchers' Cypher.

- ``*.cypher``: one named query per file, with a header saying what it answers, its parameters
  and an example (``policykg query --list``).
- :mod:`~policykg.queries.runner`: reads those files, binds parameters, runs them on Neo4j or
  in memory.
- :mod:`~policykg.queries.memory`: the same answers from the networkx graph, row for row.
- :mod:`~policykg.queries.readonly`: ``policykg cypher``, i.e. write refusal, READ transactions,
  row cap and timeout.
- :mod:`~policykg.queries.output`: tables, JSON and CSV.
"""
