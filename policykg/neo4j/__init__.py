"""neo4j: the Neo4j backend.

:mod:`~policykg.neo4j.connection` (settings, a verified driver — what clients import),
:mod:`~policykg.neo4j.cypher` (every statement), :mod:`~policykg.neo4j.load` (the batched loader),
:mod:`~policykg.neo4j.server` (the project's local server: install, start, stop, status) and
:mod:`~policykg.neo4j.home` (that server's folder and state files, read by both sides).
"""
