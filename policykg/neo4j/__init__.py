"""neo4j: the Neo4j backend — server process, connection, Cypher statements, batched loader."""
