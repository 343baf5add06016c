"""Incremental builds: parse only files that are new or changed, and load only what changed.

A build folder keeps a cache of parsed files (``.cache/parsed/``, keyed by path and content digest),
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
import pickle
from pathlib import Path

import networkx as nx

from policykg.graph.io import generate_graph_json
from policykg.loaders.models import ParsedFile

CACHE_DIR = ".cache/parsed"
CACHE_VERSION = "1"  # bump when the parsed model changes shape
NEO4J_MARKER = ".neo4j-loaded.json"


def file_digest(path: str | os.PathLike) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class ParseCache:
    """Parsed files of a build folder, keyed by path and content digest (and the parser's code)."""

    def __init__(self, out_dir: str | os.PathLike):
        self.dir = Path(out_dir) / CACHE_DIR
        self.hits = 0
        self.misses = 0
        self._code = _code_version()

    def _file(self, path: str, digest: str) -> Path:
        key = hashlib.sha1(f"{CACHE_VERSION}|{self._code}|{Path(path)}|{digest}".encode()).hexdigest()
        return self.dir / f"{key}.pkl"

    def get(self, path: str, digest: str) -> ParsedFile | None:
        f = self._file(path, digest)
        if not f.exists():
            self.misses += 1
            return None
        try:
            with f.open("rb") as fh:
                pf = pickle.load(fh)  # our own cache file, written below
        except Exception:  # a torn or stale cache entry: parse again
            self.misses += 1
            return None
        self.hits += 1
        return pf

    def put(self, path: str, digest: str, pf: ParsedFile) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        f = self._file(path, digest)
        tmp = f.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(pf, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(f)


def _code_version() -> str:
    """A digest of the loaders' and ontology's source and data: a parser change invalidates the cache."""
    import policykg.loaders as loaders
    import policykg.ontology as ontology

    h = hashlib.sha1()
    for pkg in (loaders, ontology):
        root = Path(pkg.__file__).parent
        for f in sorted(root.glob("*")):
            if f.suffix in (".py", ".toml"):
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


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
