"""Load a policy graph into Neo4j: constraints, then ``UNWIND $rows`` batches of MERGEs.

The rows are exactly those of graph.json (:func:`policykg.graph.io.generate_graph_json`): one
label per node, ``id`` plus the node's properties; one relationship per (source, target, type)
with its properties.  Every batch is a managed write transaction that MERGEs by key and then
replaces the property map (``SET n = row.props``), so a load is idempotent and a load cut off
midway, run again, ends with the same graph as an uninterrupted one.

A first load — into a database that holds no node (a new one, or emptied by ``replace``) — takes
the faster path: nodes by ``CREATE`` (the loader's constraints and indexes dropped while the
database is empty), then the constraints and indexes (built once over them), then relationships
by ``CREATE``.  Nothing exists yet that a MERGE could find, and graph.json
holds each node and each (source, target, type) once, so it ends with the same graph.  A first
load cut off midway leaves a database with nodes: run again, it takes the MERGE path.

:func:`plan_batches` is pure (graph in, batches out); :func:`load_graph` sends them.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", in_corpus=True)
>>> G.add_node("agency:X", label="Agency", name="X", known=True)
>>> _ = G.add_edge("doc:a", "agency:X", key="ISSUED_BY", type="ISSUED_BY")
>>> [(b.kind, b.name, len(b.rows)) for b in plan_batches(G, batch_size=10)]
[('nodes', 'Agency', 1), ('nodes', 'Document', 1), ('relationships', 'ISSUED_BY', 1)]
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx
from tqdm import tqdm

from policykg.errors import Neo4jError
from policykg.graph.io import generate_graph_json
from policykg.neo4j import cypher
from policykg.neo4j.connection import connection_settings, open_driver
from policykg.ontology.schema import NODE_LABELS

__all__ = ["Batch", "LoadSummary", "load_graph", "load_into_neo4j", "plan_batches", "read_back"]

DEFAULT_BATCH_SIZE = 1000
INDEX_WAIT_SECONDS = 600  # building the indexes over a first load's nodes: seconds, even for millions
DERIVED_LABELS = frozenset(cypher.LEVEL_LABELS.values())  # not in graph.json: left out when reading back


@dataclass(frozen=True)
class LoadSummary:
    """What a load wrote: nodes and relationships, the wall-clock seconds it took, and how
    (``"merge"``, or ``"create"`` for a first load into an empty database)."""

    nodes: int
    relationships: int
    seconds: float
    method: str = "merge"

    def __str__(self) -> str:
        return f"loaded {self.nodes} nodes and {self.relationships} relationships in {self.seconds:.1f} s"


@dataclass(frozen=True)
class Batch:
    """One write transaction: ``query`` run with ``rows`` as ``$rows``."""

    kind: str  # "nodes" | "relationships"
    name: str  # the label or relationship type
    query: str
    rows: tuple[dict, ...]

    def __repr__(self) -> str:
        return f"Batch({self.kind}:{self.name}, {len(self.rows)} rows)"


def plan_batches(G: nx.MultiDiGraph, *, batch_size: int = DEFAULT_BATCH_SIZE, create: bool = False) -> list[Batch]:
    """The write batches of ``G``: nodes per label, then relationships per type (names sorted).

    Labels and types are checked against the schema (:mod:`policykg.neo4j.cypher`).  With
    ``create``, the statements CREATE instead of MERGE (for a database that holds none of it).
    """
    if batch_size < 1:
        raise Neo4jError(f"batch size must be at least 1 (got {batch_size})")
    data = generate_graph_json(G)
    labels: dict[str, str] = {}
    node_rows: dict[str, list[dict]] = defaultdict(list)
    for node in data["nodes"]:
        label = cypher.check_label(node["label"])
        labels[node["id"]] = label
        key = NODE_LABELS[label].key
        node_rows[label].append({"id": node["id"], "props": {**node["properties"], key: node["id"]}})
    rel_rows: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for edge in data["edges"]:
        group = (cypher.check_rel_type(edge["type"]), labels[edge["source"]], labels[edge["target"]])
        rel_rows[group].append({"source": edge["source"], "target": edge["target"], "props": edge["properties"]})

    batches: list[Batch] = []
    node_query = cypher.create_nodes if create else cypher.merge_nodes
    rel_query = cypher.create_relationships if create else cypher.merge_relationships
    for label in sorted(node_rows):
        query = node_query(label)
        batches.extend(Batch("nodes", label, query, chunk) for chunk in _chunks(node_rows[label], batch_size))
    for group in sorted(rel_rows):
        query = rel_query(*group)
        batches.extend(Batch("relationships", group[0], query, chunk) for chunk in _chunks(rel_rows[group], batch_size))
    return batches


def load_graph(
    G: nx.MultiDiGraph,
    driver,
    *,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    replace: bool = False,
    progress: bool = True,
    on_batch: Callable[[Batch, int], None] | None = None,
    first_load: bool | None = None,
) -> LoadSummary:
    """Write ``G`` into the Neo4j reached by ``driver`` (a ``neo4j.Driver``).

    Creates the uniqueness constraints first, then MERGEs nodes and relationships in batches of
    ``batch_size`` rows, one managed write transaction each, with a tqdm progress bar.
    ``replace=True`` first deletes every node of the database (in batches).  Into a database that
    holds no node, the load CREATEs instead (see the module docstring); ``first_load=False`` keeps
    the MERGE path even there (``True`` insists on CREATE, for a database known to be empty).
    ``on_batch(batch, written)`` is called after each committed batch.
    """
    start = time.perf_counter()
    written = {"nodes": 0, "relationships": 0}
    try:
        with driver.session(database=database, notifications_min_severity="OFF") as session:
            if replace:
                session.run(cypher.DELETE_ALL, batch_size=batch_size).consume()
            if first_load is None:
                first_load = session.run(cypher.COUNT_NODES).single()["count"] == 0
            batches = plan_batches(G, batch_size=batch_size, create=first_load)
            total = sum(len(b.rows) for b in batches)
            with tqdm(total=total, unit="row", desc="neo4j load", disable=not progress, leave=False) as bar:

                def send(kind: str) -> None:
                    for batch in batches:
                        if batch.kind == kind:
                            written[kind] += _send(session, batch)
                            bar.update(len(batch.rows))
                            if on_batch is not None:
                                on_batch(batch, len(batch.rows))

                if first_load:  # an empty database: its indexes are built once, after the nodes
                    for label in sorted(NODE_LABELS):
                        for statement in cypher.drop_schema(label):
                            session.run(statement).consume()
                else:
                    _create_indexes(session)
                send("nodes")
                if first_load:  # built once over the nodes, before the relationships look them up
                    _create_indexes(session)
                send("relationships")
    except _driver_errors() as exc:
        raise Neo4jError(f"loading into Neo4j failed: {_describe(exc)}") from None
    seconds = round(time.perf_counter() - start, 3)
    return LoadSummary(written["nodes"], written["relationships"], seconds, "create" if first_load else "merge")


def _driver_errors() -> tuple[type[Exception], ...]:
    """The driver's errors (imported when one is raised: the driver takes a second to import)."""
    from neo4j.exceptions import DriverError
    from neo4j.exceptions import Neo4jError as DriverNeo4jError

    return DriverNeo4jError, DriverError


def _send(session, batch: Batch) -> int:
    """Write one batch in its own transaction; the rows written (all of them, or Neo4jError)."""
    count = session.execute_write(_write_batch, batch.query, list(batch.rows))
    if count != len(batch.rows):
        raise Neo4jError(
            f"{batch.kind} {batch.name}: wrote {count} of {len(batch.rows)} rows "
            "(a relationship end is missing from the database)"
        )
    return count


def _create_indexes(session) -> None:
    """The uniqueness constraints and lookup indexes of every label, online when this returns."""
    for label in sorted(NODE_LABELS):
        session.run(cypher.create_constraint(label)).consume()
        for index in cypher.create_lookup_indexes(label):
            session.run(index).consume()
    session.run(cypher.AWAIT_INDEXES, seconds=INDEX_WAIT_SECONDS).consume()


def load_into_neo4j(
    G: nx.MultiDiGraph,
    *,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    replace: bool = False,
    progress: bool = True,
) -> LoadSummary:
    """Open a driver (flags, else environment, else the project's local server), load, close."""
    settings = connection_settings(uri=uri, user=user, password=password, database=database)
    driver = open_driver(settings)
    try:
        return load_graph(
            G,
            driver,
            database=settings.database,
            batch_size=batch_size,
            replace=replace,
            progress=progress,
        )
    finally:
        driver.close()


def graph_counts(data: dict) -> dict[str, int]:
    """Nodes per label and relationships per type of a graph.json dict (``label:X`` / ``type:Y`` keys).

    >>> graph_counts({"nodes": [{"id": "a", "label": "Document"}], "edges": []})
    {'label:Document': 1}
    """
    counts: dict[str, int] = {}
    for n in data.get("nodes", []):
        counts[f"label:{n['label']}"] = counts.get(f"label:{n['label']}", 0) + 1
    for e in data.get("edges", []):
        counts[f"type:{e['type']}"] = counts.get(f"type:{e['type']}", 0) + 1
    return counts


def database_counts(driver, *, database: str | None = None) -> dict[str, int]:
    """Nodes per label and relationships per type that the database holds (keys as :func:`graph_counts`)."""
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        labels = session.execute_read(_fetch_all, cypher.COUNT_BY_LABEL)
        types = session.execute_read(_fetch_all, cypher.COUNT_BY_TYPE)
    counts = {f"label:{r['label']}": r["count"] for r in labels if r["label"] not in DERIVED_LABELS}
    counts.update({f"type:{r['type']}": r["count"] for r in types})
    return counts


def read_back(driver, *, database: str | None = None) -> dict:
    """The database's graph in graph.json form (nodes and edges sorted), for checking a load.

    A node's ``label`` is its one label (labels joined with ``:`` if it has several), leaving out
    the level labels the load derives from ``level`` (:data:`~policykg.neo4j.cypher.LEVEL_LABELS`).
    """
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        node_records = session.execute_read(_fetch_all, cypher.READ_NODES)
        rel_records = session.execute_read(_fetch_all, cypher.READ_RELATIONSHIPS)
    nodes = []
    for rec in node_records:
        props = dict(rec["props"])
        node_id = props.pop("id", None)
        label = ":".join(sorted(x for x in rec["labels"] if x not in DERIVED_LABELS))
        nodes.append({"id": node_id, "label": label, "properties": props})
    edges = [
        {"source": r["source"], "target": r["target"], "type": r["type"], "properties": dict(r["props"])}
        for r in rel_records
    ]
    nodes.sort(key=lambda n: (str(n["id"]), n["label"]))
    edges.sort(key=lambda e: (str(e["source"]), str(e["target"]), e["type"]))
    return {"nodes": nodes, "edges": edges}


def _write_batch(tx, query: str, rows: list[dict]) -> int:
    return tx.run(query, rows=rows).single()["written"]


def _fetch_all(tx, query: str) -> list:
    return list(tx.run(query))


def _chunks(rows: list[dict], size: int) -> Iterable[tuple[dict, ...]]:
    for i in range(0, len(rows), size):
        yield tuple(rows[i : i + size])


def _describe(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    message = getattr(exc, "message", None) or str(exc)
    return f"{message} ({code})" if code else message
