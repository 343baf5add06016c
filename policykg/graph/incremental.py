"""Incremental builds: parse only files that are new or changed, and load only what changed.

:func:`build_into` is what ``policykg build`` does in its ``--out`` folder (``--add`` and
``--cache`` included); :func:`load_changes` is its ``--neo4j``.  A build folder keeps a cache of parsed files (``.cache/parsed/``, keyed by path and content digest),
so adding publications to a built corpus parses just the new ones; the graph itself is rebuilt from
all parsed files (cross-file resolution needs them all, and it is cheap next to parsing).  The
difference between the previous ``graph.json`` and the new graph is what goes to Neo4j.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", in_corpus=True)
>>> G.add_node("doc:b", label="Document", title="B", in_corpus=True)
>>> _ = G.add_edge("doc:a", "doc:b", key="CITES", type="CITES", file="f", line=1, text="…")
>>> old = {"schema_version": 1, "nodes": [{"id": "doc:a", "label": "Document", "properties": {"title": "A", "in_corpus": True}}], "edges": []}
>>> D = graph_delta(old, G)
>>> sorted(D.nodes), D.number_of_edges()
(['doc:a', 'doc:b'], 1)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.errors import GraphFileError, InputError
from policykg.graph.build import BuildReport, Progress, build
from policykg.graph.cache import ParseCache
from policykg.graph.folder import BuildFolder
from policykg.graph.io import GRAPH_FILE, generate_graph_json, remember_build, write_graph
from policykg.loaders.reading import iter_input_files

if TYPE_CHECKING:  # the Neo4j backend is loaded only when asked to load
    from policykg.neo4j.load import LoadSummary

NEO4J_MARKER = ".neo4j-loaded.json"


def graph_delta(old: dict | None, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Nodes and relationships of ``G`` that are new or changed against the graph.json ``old``.

    Endpoints of a changed relationship come along (MERGE is idempotent), so the delta loads on its own.
    """
    new = generate_graph_json(G)
    if not old:
        return G.copy()
    old_nodes = {n["id"]: (n["label"], _canon(n["properties"])) for n in old.get("nodes", [])}
    old_edges = {(e["source"], e["target"], e["type"]): _canon(e["properties"]) for e in old.get("edges", [])}
    D = nx.MultiDiGraph()
    for n in new["nodes"]:
        if old_nodes.get(n["id"]) != (n["label"], _canon(n["properties"])):
            D.add_node(n["id"], **G.nodes[n["id"]])
    for e in new["edges"]:
        k = (e["source"], e["target"], e["type"])
        if old_edges.get(k) != _canon(e["properties"]):
            for end in (e["source"], e["target"]):
                if end not in D:
                    D.add_node(end, **G.nodes[end])
            D.add_edge(e["source"], e["target"], key=e["type"], **G.edges[e["source"], e["target"], e["type"]])
    return D


def _canon(props: dict) -> str:
    return json.dumps(props, sort_keys=True, ensure_ascii=False)


def read_previous(out_dir: str | os.PathLike) -> dict | None:
    p = Path(out_dir) / "graph.json"
    if not p.exists():
        return None
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def graph_digest(data: dict) -> str:
    d = {k: v for k, v in data.items() if k != "meta"}
    return hashlib.sha1(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def neo4j_marker(out_dir: str | os.PathLike) -> dict:
    p = Path(out_dir) / NEO4J_MARKER
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_neo4j_marker(out_dir: str | os.PathLike, *, uri: str, database: str | None, digest: str) -> None:
    Path(out_dir, NEO4J_MARKER).write_text(
        json.dumps({"uri": uri, "database": database, "graph": digest}), encoding="utf-8"
    )


# ---------------------------------------------------------------- a build in its folder

# Given the number of files to parse, returns what to call once per file parsed (or None).
ProgressFactory = Callable[[int], Progress | None]


@dataclass(frozen=True)
class FolderBuild:
    """What a build into a folder made: the graph, its report, the graph.json written and the changes."""

    out_dir: Path
    graph: nx.MultiDiGraph
    report: BuildReport
    path: Path  # the graph.json written
    previous: dict | None  # the graph.json this build replaced, if any
    delta: nx.MultiDiGraph  # nodes and relationships new or changed against ``previous``
    parsed_files: int | None = None  # files parsed (None without the cache)
    reused_files: int | None = None  # files taken from the cache (None without it)
    unreadable_cache: int = 0  # cache entries that did not decode (parsed again)

    @property
    def remembered(self) -> bool:
        """Whether later commands read this build by default (it found at least one document)."""
        return bool(self.report.documents)


def inputs_adding_to(out_dir: str | os.PathLike, paths, previous: dict | None) -> tuple[str, ...]:
    """``--add``: the inputs of the build in ``out_dir`` (from its graph.json meta), then ``paths``, each once.

    >>> inputs_adding_to("out", ["c.txt", "a.txt"], {"meta": {"files": [{"file": "a.txt"}, {"file": "b.txt"}]}})
    ('a.txt', 'b.txt', 'c.txt')
    """
    if previous is None:
        raise GraphFileError(f"--add: {out_dir} holds no earlier build to add to")
    earlier = [f["file"] for f in previous.get("meta", {}).get("files", [])]
    return tuple(dict.fromkeys([*earlier, *paths]))


def build_meta(report: BuildReport, cache: ParseCache | None) -> dict:
    """The graph.json ``meta``: the report's, plus the cache's counts when there was a cache."""
    meta = report.to_meta()
    if cache is not None:
        meta["parsed_files"] = cache.misses
        meta["reused_files"] = cache.hits
    return meta


def build_into(
    out_dir: str | os.PathLike | BuildFolder,
    paths,
    *,
    as_of: str | None = None,
    jobs: int | None = None,
    add: bool = False,
    cache: bool = True,
    progress: ProgressFactory | None = None,
) -> FolderBuild:
    """Build ``paths`` into ``out_dir/graph.json`` and remember ``out_dir`` as the last build
    (unless the build found no document: then the previous default stays).

    With ``add``, the inputs of the earlier build in ``out_dir`` are built too; with ``cache``, files
    parsed by earlier builds in ``out_dir`` (same path and content) are not parsed again.

    Everything is checked before anything is written: an input path that does not exist, a bad
    ``as_of`` or a build that found no readable file raise :class:`~policykg.errors.InputError` and
    leave the folder (and its previous graph.json) as it was.  Given a path, the folder is locked for
    the build (:class:`~policykg.graph.folder.BuildFolder`); given a held BuildFolder, its lock is used.
    """
    if not isinstance(out_dir, BuildFolder):
        with BuildFolder(out_dir) as folder:
            return build_into(folder, paths, as_of=as_of, jobs=jobs, add=add, cache=cache, progress=progress)
    folder = out_dir
    as_of = check_as_of(as_of)
    previous = read_previous(folder.path)
    if add:
        paths = inputs_adding_to(folder.path, paths, previous)
    files, missing = iter_input_files(paths)
    if missing:
        raise InputError("; ".join(f"{p}: {why}" for p, why in missing) + " (nothing was written)")
    parse_cache = ParseCache(folder.path) if cache else None
    tick = progress(len(files)) if progress else None
    G, report = build(paths, as_of=as_of, jobs=jobs, progress=tick, cache=parse_cache)
    if not report.files:
        reasons = "; ".join(f"{f}: {r}" for f, r in report.skipped) or "no input file"
        raise InputError(f"no file could be read ({reasons}); nothing was written")
    delta = graph_delta(previous, G)
    path = write_graph(G, folder.path, meta=build_meta(report, parse_cache))
    folder.record([GRAPH_FILE])
    if report.documents:  # a build that found no document never becomes the default of later commands
        remember_build(folder.path)
    return FolderBuild(
        folder.path,
        G,
        report,
        path,
        previous,
        delta,
        parsed_files=parse_cache.misses if parse_cache else None,
        reused_files=parse_cache.hits if parse_cache else None,
        unreadable_cache=parse_cache.unreadable if parse_cache else 0,
    )


def check_as_of(as_of: str | dt.date | None) -> str:
    """``as_of`` as YYYY-MM-DD (today when None), or InputError.

    >>> check_as_of("2024-02-30")
    Traceback (most recent call last):
    ...
    policykg.errors.InputError: --as-of 2024-02-30: not a date (YYYY-MM-DD)
    """
    if as_of is None:
        return dt.date.today().isoformat()
    if isinstance(as_of, dt.date):
        return as_of.isoformat()
    try:
        return dt.date.fromisoformat(str(as_of).strip()).isoformat()
    except ValueError:
        raise InputError(f"--as-of {as_of}: not a date (YYYY-MM-DD)") from None


# ---------------------------------------------------------------- loading the changes into Neo4j


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
    # the Neo4j backend (and its driver) is imported only by builds that load
    from policykg.neo4j.connection import connection_settings, open_driver
    from policykg.neo4j.load import database_counts, graph_counts, load_graph

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
