"""Incremental builds: parse only files that are new or changed, and load only what changed.

:func:`build_into` is what ``policykg build`` does in its ``--out`` folder (``--add`` and
``--cache`` included); :func:`policykg.neo4j.sync.load_changes` is its ``--neo4j``.  A build folder keeps a cache of parsed files (``.cache/parsed.jsonl``, keyed by path and content digest),
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

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from policykg.catalogue import Catalogue, catalogue_from_graph, default_catalogue
from policykg.errors import GraphFileError, InputError
from policykg.graph.build import BuildReport, Progress, build, check_as_of
from policykg.graph.cache import ParseCache
from policykg.graph.folder import BuildFolder
from policykg.graph.io import GRAPH_FILE, generate_graph_json, read_graph, remember_build, write_graph
from policykg.loaders.reading import input_paths, iter_input_files


def graph_delta(old: dict | None, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Nodes and relationships of ``G`` that are new or changed against the graph.json ``old``.

    Endpoints of a changed relationship come along (MERGE is idempotent), so the delta loads on its own.
    Without an ``old`` graph everything is new: the delta is a read-only view of ``G`` (no copy).
    """
    if not old:
        return G.copy(as_view=True)
    new = generate_graph_json(G)
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
    """The graph.json of the build in ``out_dir``; None when there is none or it is unusable."""
    return load_previous(out_dir)[0]


def load_previous(out_dir: str | os.PathLike) -> tuple[dict | None, str]:
    """The graph.json of the build in ``out_dir`` and, when there is one it cannot use, why ("" else).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "graph.json").write_text('{"schema_version": 1, "nodes": 5}')
    >>> data, why = load_previous(d)
    >>> data, why.split("graph.json: ")[1]
    (None, 'not a graph.json of policykg (its nodes are not a list of nodes)')
    """
    p = Path(out_dir) / GRAPH_FILE
    if not p.exists():
        return None, ""
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else f"not JSON: {exc}"
        return None, f"{p}: {why}"
    why = _malformed(data)
    return (None, f"{p}: not a graph.json of policykg ({why})") if why else (data, "")


def _malformed(data) -> str:
    """What makes ``data`` unusable as a previous graph.json ("" when nothing)."""
    if not isinstance(data, dict):
        return f"a JSON {type(data).__name__}, not an object"
    for key, fields in (("nodes", ("id", "label")), ("edges", ("source", "target", "type"))):
        items = data.get(key)
        if not isinstance(items, list) or not all(
            isinstance(x, dict)
            and all(isinstance(x.get(f), str) for f in fields)
            and isinstance(x.get("properties"), dict)
            for x in items
        ):
            return f"its {key} are not a list of {key[:-1]}s"
    return ""


def graph_digest(data: dict) -> str:
    d = {k: v for k, v in data.items() if k != "meta"}
    return hashlib.sha1(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


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
    unusable_previous: str = ""  # why the graph.json this build replaced could not be read ("" if it could)
    not_remembered: str = ""  # why the working folder could not record this build as the last ("" if it did)

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
    meta = previous.get("meta")
    files = meta.get("files") if isinstance(meta, dict) else None
    earlier = [f["file"] for f in files or () if isinstance(f, dict) and isinstance(f.get("file"), str)]
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
    references: Sequence[str | os.PathLike] = (),
) -> FolderBuild:
    """Build ``paths`` into ``out_dir/graph.json`` and remember ``out_dir`` as the last build
    (unless the build found no document: then the previous default stays).

    With ``add``, the inputs of the earlier build in ``out_dir`` are built too (and its reference
    builds, unless ``references`` are given); with ``cache``, files parsed by earlier builds in
    ``out_dir`` (same path and content) are not parsed again.  ``references`` are earlier build
    folders whose documents the cited documents are matched against before the packaged catalogue
    (a city's corpus against its province's build).

    Everything is checked before anything is written: an input path that does not exist, a bad
    ``as_of`` or a build that found no readable file raise :class:`~policykg.errors.InputError` and
    leave the folder (and its previous graph.json) as it was.  Given a path, the folder is locked for
    the build (:class:`~policykg.graph.folder.BuildFolder`); given a held BuildFolder, its lock is used.
    """
    if not isinstance(out_dir, BuildFolder):
        with BuildFolder(out_dir) as folder:
            return build_into(
                folder, paths, as_of=as_of, jobs=jobs, add=add, cache=cache, progress=progress, references=references
            )
    folder = out_dir
    as_of = check_as_of(as_of)
    paths = input_paths(paths)
    previous, unusable = load_previous(folder.path)
    if add and unusable:
        raise GraphFileError(f"--add: {unusable}; build the whole corpus again without --add (nothing was written)")
    if add:
        paths = inputs_adding_to(folder.path, paths, previous)
        references = references or tuple((previous or {}).get("meta", {}).get("references", ()))
    catalogues = reference_catalogues(references)
    files, missing = iter_input_files(paths)
    if missing:
        raise InputError("; ".join(f"{p}: {why}" for p, why in missing) + " (nothing was written)")
    parse_cache = ParseCache(folder.path) if cache else None
    tick = progress(len(files)) if progress else None
    try:
        G, report = build(paths, as_of=as_of, jobs=jobs, progress=tick, cache=parse_cache, catalogues=catalogues)
    finally:
        if parse_cache is not None:
            parse_cache.flush()
    if not report.files:
        reasons = "; ".join(f"{f}: {r}" for f, r in report.skipped) or "no input file"
        raise InputError(f"no file could be read ({reasons}); nothing was written")
    delta = graph_delta(previous, G)
    meta = build_meta(report, parse_cache)
    if references:
        meta["references"] = [str(Path(r).resolve()) for r in references]
    path = write_graph(G, folder.path, meta=meta)
    folder.record([GRAPH_FILE])
    not_remembered = remember_build(folder.path) if report.documents else "the build found no document"
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
        unusable_previous=unusable,
        not_remembered=not_remembered,
    )


def reference_catalogues(references: Sequence[str | os.PathLike]) -> list[Catalogue]:
    """The catalogues a build matches cited documents against: each earlier build given, then the
    packaged catalogue of laws and regulations (a folder that holds no build is a GraphFileError)."""
    found = [catalogue_from_graph(read_graph(r), name=str(r)) for r in references]
    return [*found, default_catalogue()]
