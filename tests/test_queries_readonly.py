"""`policykg cypher` refuses writes before sending anything: a table of queries and verdicts.

Hostile inputs (comments ended by \\r, escapes, look-alike spaces) and a fuzz test are in
tests/test_cypher_guard.py; the server-side guards (READ transactions, LOAD CSV settings) are
tested against the real server there and in tests/test_queries_neo4j.py.
"""

from __future__ import annotations

import pytest

from policykg.errors import QueryError
from policykg.queries.readonly import check_read_only, decode_param

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
    ("CALL apoc.meta.schema()", "procedure apoc.meta.schema"),
    (
        "CALL db.index.fulltext.queryNodes('titles', $q) YIELD node RETURN node",
        "procedure db.index.fulltext.queryNodes",
    ),
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
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE"),
    ("SHOW CONSTRAINTS", "SHOW"),
    ("SHOW TRANSACTIONS YIELD transactionId RETURN transactionId", "SHOW"),
    ("INSERT (n:Document {id: 'x'})", "INSERT"),
    ("USE system SHOW USERS", "USE"),
    ("MATCH (n) RETURN apoc.text.join(['a'], ',') AS j", "function apoc.text.join"),
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
    "CALL dbms.components()",
    "CALL { MATCH (n) RETURN count(n) AS c } RETURN c",
    "MATCH (d:Document) WHERE d.title =~ '.*创建.*' RETURN d.title AS 创建",
    "MATCH p = (a)-[*1..3]->(b) RETURN [n IN nodes(p) | n.settled] AS s",
    "RETURN date.truncate('month', date()) AS m, duration.between(date(), date()) AS d",
    "MATCH (n) RETURN point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS p",
    "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey",
    "EXPLAIN MATCH (n) RETURN n",
    "CYPHER runtime=slotted MATCH (n) RETURN count(n)",
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
    "name, allowed",
    [
        ("db.labels", True),
        ("db.relationshipTypes", True),
        ("db.propertyKeys", True),
        ("db.schema.visualization", True),
        ("dbms.components", True),
        ("DB.LABELS", False),  # Neo4j's names are case-sensitive: no such procedure
        ("`db.labels`", False),  # one name with a dot in it, not db.labels
        ("dbms.killQuery", False),
        ("dbms.listConfig", False),
        ("db.clearQueryCaches", False),
        ("db.createLabel", False),
        ("apoc.path.expand", False),
        ("gds.graph.drop", False),
        ("apoc.load.json", False),
    ],
)
def test_procedures_outside_the_allow_list_are_refused(name, allowed):
    text = f"CALL {name}()"
    if allowed:
        check_read_only(text)
    else:
        with pytest.raises(QueryError, match=r"^refused: procedure .* is not one of the procedures allowed here"):
            check_read_only(text)


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
