"""Every Cypher statement the loader sends, as documented constants and small builders.

Labels and relationship types cannot travel as parameters, so the builders format them into the
text — but only after :func:`check_label` / :func:`check_rel_type` confirmed they are names of
:mod:`policykg.ontology.schema`.  Everything else (ids, properties, batch sizes) always travels as
a parameter; no user value is ever pasted into query text.

>>> merge_nodes("Agency").splitlines()[1]
'MERGE (n:Agency {id: row.id})'
>>> check_label("Agency); MATCH (m) DETACH DELETE m //")
Traceback (most recent call last):
...
policykg.errors.QueryError: unknown node label 'Agency); MATCH (m) DETACH DELETE m //' (known: Agency, BeneficiaryGroup, Document)
"""

from __future__ import annotations

from policykg.errors import QueryError
from policykg.ontology.schema import NODE_LABELS, REL_TYPES

__all__ = [
    "COUNT_NODES",
    "COUNT_RELATIONSHIPS",
    "COUNT_AGENCIES_NAMED",
    "COUNT_DOCUMENTS_NAMED",
    "COUNT_GROUPS_NAMED",
    "READ_NAMES",
    "DELETE_ALL",
    "LEVEL_LABELS",
    "READ_NODES",
    "READ_RELATIONSHIPS",
    "check_label",
    "check_rel_type",
    "constraint_name",
    "AWAIT_INDEXES",
    "create_constraint",
    "create_lookup_indexes",
    "create_nodes",
    "create_relationships",
    "drop_schema",
    "merge_nodes",
    "merge_relationships",
]


def check_label(label: str) -> str:
    """``label`` when it is a node label of the schema, else :class:`QueryError`."""
    if label not in NODE_LABELS:
        raise QueryError(f"unknown node label {label!r} (known: {', '.join(sorted(NODE_LABELS))})")
    return label


def check_rel_type(rel_type: str) -> str:
    """``rel_type`` when it is a relationship type of the schema, else :class:`QueryError`."""
    if rel_type not in REL_TYPES:
        raise QueryError(f"unknown relationship type {rel_type!r} (known: {', '.join(sorted(REL_TYPES))})")
    return rel_type


def constraint_name(label: str) -> str:
    """``policykg_document_id`` — stable, so ``IF NOT EXISTS`` finds it again on the next load."""
    return f"policykg_{check_label(label).lower()}_{NODE_LABELS[label].key}"


def create_constraint(label: str) -> str:
    """Uniqueness of the key property (``id``) of one label; also gives MERGE its index."""
    key = NODE_LABELS[check_label(label)].key
    return f"CREATE CONSTRAINT {constraint_name(label)} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"


def create_lookup_indexes(label: str) -> list[str]:
    """Range indexes on the properties a label's nodes are looked up by (``Document.doc_number``,
    ``Document.title``, ``Agency.name`` …): the named queries start from them.

    >>> create_lookup_indexes("Agency")
    ['CREATE INDEX policykg_agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name)']
    """
    node = NODE_LABELS[check_label(label)]
    return [
        f"CREATE INDEX {_index_name(label, prop)} IF NOT EXISTS FOR (n:{label}) ON (n.{node.prop(prop).name})"
        for prop in node.lookups
    ]


def _index_name(label: str, prop: str) -> str:
    return f"policykg_{label.lower()}_{prop}"


def drop_schema(label: str) -> list[str]:
    """Drop the loader's constraint and lookup indexes of one label (a first load into an emptied
    database builds them again once its nodes are in: one index build instead of one update per node).

    >>> drop_schema("Agency")
    ['DROP CONSTRAINT policykg_agency_id IF EXISTS', 'DROP INDEX policykg_agency_name IF EXISTS']
    """
    node = NODE_LABELS[check_label(label)]
    return [f"DROP CONSTRAINT {constraint_name(label)} IF EXISTS"] + [
        f"DROP INDEX {_index_name(label, prop)} IF EXISTS" for prop in node.lookups
    ]


# Documents also carry a label of their level (:National …), derived from their `level`: Neo4j
# Browser's styles select on labels only, and `MATCH (d:National)` reads well.  graph.json does
# not hold them, so read_back and database_counts leave them out.
LEVEL_LABELS = {"national": "National", "provincial": "Provincial", "municipal": "Municipal", "district": "District"}


def level_labels_clause() -> str:
    """Clauses giving ``n`` the label of ``row.props.level`` (and no other level label).

    >>> level_labels_clause().splitlines()[1]
    "FOREACH (_ IN CASE WHEN row.props.level = 'national' THEN [1] ELSE [] END | SET n:National)"
    """
    return f"REMOVE n:{':'.join(LEVEL_LABELS.values())}\n" + "".join(
        f"FOREACH (_ IN CASE WHEN row.props.level = '{level}' THEN [1] ELSE [] END | SET n:{label})\n"
        for level, label in LEVEL_LABELS.items()
    )


def merge_nodes(label: str) -> str:
    """Upsert a batch of nodes of one label (documents also get their level label).

    ``$rows`` = ``[{id, props}]`` where ``props`` already holds ``id``: ``SET n = row.props``
    replaces the whole property map, so a property dropped from graph.json vanishes on reload.
    """
    key = NODE_LABELS[check_label(label)].key
    levels = level_labels_clause() if label == "Document" else ""
    return f"UNWIND $rows AS row\nMERGE (n:{label} {{{key}: row.id}})\nSET n = row.props\n{levels}RETURN count(n) AS written"


def merge_relationships(rel_type: str, source_label: str, target_label: str) -> str:
    """Upsert a batch of relationships of one type between nodes of the given labels.

    ``$rows`` = ``[{source, target, props}]``.  A graph.json holds at most one relationship of a
    type between two nodes (edges are keyed by type), so (source, target, type) identifies it.
    """
    check_rel_type(rel_type)
    skey = NODE_LABELS[check_label(source_label)].key
    tkey = NODE_LABELS[check_label(target_label)].key
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{source_label} {{{skey}: row.source}})\n"
        f"MATCH (b:{target_label} {{{tkey}: row.target}})\n"
        f"MERGE (a)-[r:{rel_type}]->(b)\n"
        "SET r = row.props\n"
        "RETURN count(r) AS written"
    )


def create_nodes(label: str) -> str:
    """Create a batch of nodes of one label in a database that holds none of them yet (a first load):
    no lookup before each write, unlike :func:`merge_nodes`.

    >>> create_nodes("Agency").splitlines()[1]
    'CREATE (n:Agency)'
    """
    check_label(label)
    levels = level_labels_clause() if label == "Document" else ""  # the same level labels as merge_nodes
    return f"UNWIND $rows AS row\nCREATE (n:{label})\nSET n = row.props\n{levels}RETURN count(n) AS written"


def create_relationships(rel_type: str, source_label: str, target_label: str) -> str:
    """Create a batch of relationships in a database that holds none yet (a first load): no search
    for an existing relationship between the two nodes, unlike :func:`merge_relationships`."""
    check_rel_type(rel_type)
    skey = NODE_LABELS[check_label(source_label)].key
    tkey = NODE_LABELS[check_label(target_label)].key
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{source_label} {{{skey}: row.source}})\n"
        f"MATCH (b:{target_label} {{{tkey}: row.target}})\n"
        f"CREATE (a)-[r:{rel_type}]->(b)\n"
        "SET r = row.props\n"
        "RETURN count(r) AS written"
    )


# Waits (up to $seconds) until every index is online: a first load creates the constraints after
# the nodes (one index build instead of one index update per node) and needs them for the relationships.
AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"

# Empties the database in batches of $batch_size nodes, each in its own transaction, so a large
# graph never needs one huge transaction.  Must run in an auto-commit transaction (session.run).
DELETE_ALL = "MATCH (n)\nCALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch_size ROWS"

COUNT_NODES = "MATCH (n) RETURN count(n) AS count"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count"
# What a database holds, by label and by relationship type (from the count store: cheap).
COUNT_BY_LABEL = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count"
COUNT_BY_TYPE = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count"

# Read the whole graph back in graph.json form (tests, and checking a load against its file).
READ_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
READ_RELATIONSHIPS = "MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props"

# How many nodes a reference names, matched as the named queries' first MATCH does ($ref: an id,
# doc number or title; an id, name or synonym; an id, name or alias).  Explains empty answers.
COUNT_DOCUMENTS_NAMED = (
    "MATCH (d:Document) WHERE d.id = $ref OR d.doc_number = $ref OR d.title = $ref RETURN count(d) AS n"
)
COUNT_GROUPS_NAMED = (
    "MATCH (g:BeneficiaryGroup) WHERE g.id = $ref OR g.name = $ref OR $ref IN coalesce(g.synonyms, []) "
    "RETURN count(g) AS n"
)
COUNT_AGENCIES_NAMED = (
    "MATCH (a:Agency) WHERE a.id = $ref OR a.name = $ref OR $ref IN coalesce(a.aliases, []) RETURN count(a) AS n"
)

# What documents, agencies and groups are named (the properties a forgiving lookup reads): the
# names `policykg query --neo4j` looks a reference up in when it names nothing exactly.
READ_NAMES = (
    "MATCH (n) WHERE n:Document OR n:Agency OR n:BeneficiaryGroup "
    "RETURN n.id AS id, labels(n)[0] AS label, "
    "n {.title, .doc_number, .date, .in_corpus, .issuers, .name, .aliases, .synonyms} AS props"
)
