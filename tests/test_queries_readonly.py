"""`policykg cypher` refuses writes before sending anything: a table of queries and verdicts.

The server-side guard (READ transactions) is tested against the real server in
tests/test_queries_neo4j.py.
"""

from __future__ import annotations

import pytest

from policykg.errors import QueryError
from policykg.queries.readonly import check_read_only, decode_param, procedure_writes

REFUSED = [
    ("CREATE (n:Document {id: 'x'})", "CREATE"),
    ("MATCH (n) WITH n CREATE(m) RETURN m", "CREATE"),
    ("MATCH (n) SET n.title = 'x'", "SET"),
    ("match (n) detach delete n", "DETACH"),
    ("MATCH (n) DELETE n", "DELETE"),
    ("MERGE (a:Agency {id: $id}) RETURN a", "MERGE"),
    ("MATCH (n) REMOVE n.title", "REMOVE"),
    ("MATCH (n:Document) REMOVE n:Document", "REMOVE"),
    ("DROP CONSTRAINT policykg_document_id", "DROP"),
    ("LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD CSV"),
    ("MATCH (n) FOREACH (x IN [1] | SET n.a = x)", "FOREACH"),
    ("MATCH (n) CALL (n) { RETURN n.id AS i } IN TRANSACTIONS OF 10 ROWS RETURN i", "CALL { … } IN TRANSACTIONS"),
    ("CALL apoc.create.node(['X'], {})", "procedure apoc.create.node"),
    ("CALL `apoc`.`create`.`node`(['X'], {})", "procedure apoc.create.node"),
    ("CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})", "procedure apoc.periodic.iterate"),
    ("CALL apoc.cypher.runWrite('CREATE ()', {})", "procedure apoc.cypher.runWrite"),
    ("CALL apoc.refactor.mergeNodes([])", "procedure apoc.refactor.mergeNodes"),
    ("CALL dbms.security.createUser('x', 'y', false)", "procedure dbms.security.createUser"),
    ("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "procedure dbms.setConfigValue"),
    ("CALL db.clearQueryCaches()", "procedure db.clearQueryCaches"),
    ("CALL db.createLabel('X')", "procedure db.createLabel"),
    ("CALL gds.pageRank.write('g', {writeProperty: 'pr'})", "procedure gds.pageRank.write"),
    ("GRANT ROLE admin TO bob", "GRANT"),
    ("ALTER USER neo4j SET PASSWORD 'x'", "ALTER"),
    ("STOP DATABASE neo4j", "STOP DATABASE"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS"),
    ("/* a comment */ CREATE ()", "CREATE"),
    ("MATCH (n) RETURN n // fine\nCREATE ()", "CREATE"),
    ("MATCH (n) RETURN n UNION CREATE (m) RETURN m", "CREATE"),
]

ALLOWED = [
    "MATCH (d:Document) WHERE d.created > 1 RETURN d.created, d.deleted_at",
    "MATCH (d:Document) WHERE d.title CONTAINS 'CREATE' RETURN d.title",
    'MATCH (d) WHERE d.title = "DROP TABLE x; DELETE" RETURN d',
    "RETURN 'it\\'s SET' AS s",
    "MATCH (d) RETURN d // DELETE everything",
    "MATCH (d) /* SET n.x = 1 */ RETURN d",
    "MATCH (d:Set) RETURN d",
    "MATCH (d)-[:DELETE|MERGE]->(x) RETURN x",
    "MATCH (d:Document&!Set|Remove) RETURN d",
    "RETURN {create: 1, set: 2} AS m",
    "MATCH (n) RETURN n.`delete` AS x, n.`CREATE` AS y",
    "RETURN $create AS p, $set AS q",
    "MATCH (start:Document)-[:BASED_ON]->(stop) RETURN start, stop",
    "MATCH (n) WHERE n.id IN $ids RETURN n",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('titles', $q) YIELD node RETURN node",
    "CALL apoc.meta.schema()",
    "CALL dbms.components()",
    "CALL { MATCH (n) RETURN count(n) AS c } RETURN c",
    "SHOW CONSTRAINTS",
    "MATCH (d:Document) WHERE d.title =~ '.*创建.*' RETURN d.title AS 创建",
    "MATCH p = (a)-[*1..3]->(b) RETURN [n IN nodes(p) | n.settled] AS s",
]


@pytest.mark.parametrize("text, what", REFUSED)
def test_write_and_admin_clauses_are_refused(text, what):
    with pytest.raises(QueryError) as info:
        check_read_only(text)
    message = str(info.value)
    assert message.startswith(f"refused: {what} at line ")
    assert "read-only" in message


@pytest.mark.parametrize("text", ALLOWED)
def test_read_queries_pass(text):
    check_read_only(text)  # no exception


def test_refusal_points_at_the_clause():
    with pytest.raises(QueryError, match=r"SET at line 2, column 3"):
        check_read_only("MATCH (n)\n  SET n.x = 1")


@pytest.mark.parametrize(
    "name, writes",
    [
        ("db.labels", False),
        ("db.propertyKeys", False),
        ("apoc.path.expand", False),
        ("apoc.doc.something", False),
        ("dbms.components", False),
        ("dbms.killQuery", True),
        ("apoc.merge.node", True),
        ("apoc.nodes.delete", True),
        ("gds.graph.drop", True),
        ("apoc.load.json", True),
    ],
)
def test_procedure_verdicts(name, writes):
    assert procedure_writes(name) is writes


@pytest.mark.parametrize(
    "raw, value",
    [
        ("2024", 2024),
        ("1.5", 1.5),
        ("true", True),
        ("null", None),
        ('["国发", "豫政"]', ["国发", "豫政"]),
        ('"2024"', "2024"),
        ("豫政〔2024〕1号", "豫政〔2024〕1号"),
        ("national", "national"),
        ("NaN", "NaN"),
    ],
)
def test_cypher_params_decode_json_else_stay_strings(raw, value):
    assert decode_param(raw) == value
