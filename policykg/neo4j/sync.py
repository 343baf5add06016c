"""Loading a folder build into Neo4j: only what changed, when the database still holds the last load.

``policykg build --neo4j`` calls :func:`load_changes` after :func:`policykg.graph.incremental.build_into`.
The build folder remembers what was loaded where (``.neo4j-loaded.json``: server, database, graph
digest); the database is checked too (nodes per label, relationships per type), so a database emptied
or changed by someone else gets the whole graph again, never a fraction of it.

>>> prev = {"nodes": [], "edges": []}
>>> marker = {"uri": "bolt://h", "database": "neo4j", "graph": graph_digest(prev)}
>>> changes_only(prev, marker, uri="bolt://h", database="neo4j", replace=False)
True
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from policykg.graph.cache import write_atomic
from policykg.graph.incremental import FolderBuild, graph_digest
from policykg.neo4j.connection import connection_settings, open_driver
from policykg.neo4j.load import LoadSummary, database_counts, graph_counts, load_graph

NEO4J_MARKER = ".neo4j-loaded.json"


def neo4j_marker(out_dir: str | os.PathLike) -> dict:
    p = Path(out_dir) / NEO4J_MARKER
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_neo4j_marker(out_dir: str | os.PathLike, *, uri: str, database: str | None, digest: str) -> None:
    write_atomic(Path(out_dir, NEO4J_MARKER), json.dumps({"uri": uri, "database": database, "graph": digest}))


def changes_only(previous: dict | None, marker: dict, *, uri: str, database: str | None, replace: bool) -> bool:
    """Whether loading only the changes is enough: that database holds the previous build, untouched.

    >>> prev = {"nodes": [], "edges": []}
    >>> marker = {"uri": "bolt://h", "database": "neo4j", "graph": graph_digest(prev)}
    >>> changes_only(prev, marker, uri="bolt://h", database="neo4j", replace=False)
    True
    >>> changes_only(prev, marker, uri="bolt://other", database="neo4j", replace=False)
    False
    """
    return (
        previous is not None
        and not replace
        and marker.get("uri") == uri
        and marker.get("database") == database
        and marker.get("graph") == graph_digest(previous)
    )


@dataclass(frozen=True)
class Neo4jLoad:
    """What :func:`load_changes` wrote, and whether it was the changes only or the whole graph."""

    summary: LoadSummary
    changes_only: bool


def load_changes(
    built: FolderBuild,
    *,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    replace: bool = False,
    progress: bool = True,
) -> Neo4jLoad:
    """Load a folder build into Neo4j: only what changed when that database holds the previous build."""
    settings = connection_settings(uri=uri, user=user, password=password, database=database)
    digest = graph_digest(json.loads(built.path.read_text(encoding="utf-8")))
    marker = neo4j_marker(built.out_dir)
    delta_only = changes_only(built.previous, marker, uri=settings.uri, database=settings.database, replace=replace)
    with open_driver(settings) as driver:
        if delta_only and database_counts(driver, database=settings.database) != graph_counts(built.previous or {}):
            # someone emptied or changed the database since the last load: the changes alone would
            # leave it with a fraction of the graph
            delta_only = False
        summary = load_graph(
            built.delta if delta_only else built.graph,
            driver,
            database=settings.database,
            replace=replace,
            progress=progress,
        )
    write_neo4j_marker(built.out_dir, uri=settings.uri, database=settings.database, digest=digest)
    return Neo4jLoad(summary, delta_only)
