"""graph.json ⇄ networkx, and where the last build lives.

``generate_graph_json``/``parse_graph_json`` do no I/O; ``write_graph``/``read_graph`` wrap them.

The networkx form is a ``MultiDiGraph``: node attributes are ``label`` plus the node's
properties; each edge is keyed by its type and carries ``type`` plus its properties.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", in_corpus=True)
>>> G.add_node("doc:b", label="Document", title="B", in_corpus=False)
>>> _ = G.add_edge("doc:a", "doc:b", key="CITES", type="CITES", file="f.txt", line=3, text="…")
>>> data = generate_graph_json(G)
>>> data["edges"][0]["type"], parse_graph_json(data).number_of_edges()
('CITES', 1)
>>> parse_graph_json({**data, "schema_version": 1}).number_of_nodes()  # version 1 still reads
2
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from policykg.errors import GraphFileError
from policykg.ontology.schema import READABLE_VERSIONS, SCHEMA_VERSION

GRAPH_FILE = "graph.json"
DEFAULT_OUT = "out"
# Remembers the last `--out` of `policykg build` so later commands find it.
LAST_BUILD_FILE = ".policykg-last-build"


def generate_graph_json(G: nx.MultiDiGraph, *, meta: dict | None = None) -> dict:
    """The graph.json dict of ``G`` (nodes and edges in a stable order)."""
    out = {"schema_version": SCHEMA_VERSION, "nodes": list(_node_items(G)), "edges": list(_edge_items(G))}
    if meta is not None:
        out["meta"] = meta
    return out


def _node_items(G: nx.MultiDiGraph) -> Iterator[dict]:
    for node_id in sorted(G.nodes):
        attrs = dict(G.nodes[node_id])
        label = attrs.pop("label")
        yield {"id": node_id, "label": label, "properties": _clean(attrs)}


def _edge_items(G: nx.MultiDiGraph) -> Iterator[dict]:
    for source, target, key, attrs in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        props = dict(attrs)
        etype = props.pop("type", key)
        yield {"source": source, "target": target, "type": etype, "properties": _clean(props)}


def graph_json_chunks(G: nx.MultiDiGraph, *, meta: dict | None = None) -> Iterator[str]:
    """The text of ``json.dump(generate_graph_json(G, meta=meta), indent=1, ensure_ascii=False)``, in
    pieces, one node or edge at a time: a graph of 100,000 documents is written without a second copy.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("doc:a", label="Document", title="A")
    >>> "".join(graph_json_chunks(G)) == json.dumps(generate_graph_json(G), ensure_ascii=False, indent=1)
    True
    """
    yield '{\n "schema_version": ' + json.dumps(SCHEMA_VERSION, ensure_ascii=False)
    for name, items in (("nodes", _node_items(G)), ("edges", _edge_items(G))):
        yield f',\n "{name}": ['
        sep = "\n  "
        for item in items:
            # nested two levels deep: every line of the item moves two spaces right (JSON strings
            # hold no raw line break, so each "\n" of the text starts a line)
            yield sep + _indented(item, "\n  ")
            sep = ",\n  "
        yield "]" if sep == "\n  " else "\n ]"
    if meta is not None:
        yield ',\n "meta": ' + json.dumps(meta, ensure_ascii=False, indent=1).replace("\n", "\n ")
    yield "\n}"


_encode_str = json.encoder.encode_basestring  # the C escaper json.dumps(…, ensure_ascii=False) uses


def _indented(o, pad: str) -> str:
    """``json.dumps(o, ensure_ascii=False, indent=1)`` nested after ``pad`` ("\\n" and the spaces of its
    level): the same text, ~3× faster.  json indents in pure Python (its C encoder cannot indent) and
    that was most of graph.json's time; here strings go through json's C escaper and the nesting is
    joined directly.  Whatever is not a str-keyed dict, a list, a str, an int or None/True/False
    (floats, odd keys, unknown types) is left to json.dumps, which also raises as before."""
    if isinstance(o, str):
        return _encode_str(o)
    if o is None or o is True or o is False or type(o) is int:
        return "null" if o is None else "true" if o is True else "false" if o is False else int.__repr__(o)
    inner = pad + " "
    try:
        if isinstance(o, dict):
            items = [f"{inner}{_encode_str(k)}: {_indented(v, inner)}" for k, v in o.items()]
            return "{" + ",".join(items) + pad + "}" if items else "{}"
        if isinstance(o, (list, tuple)):
            return "[" + ",".join([inner + _indented(v, inner) for v in o]) + pad + "]" if o else "[]"
    except TypeError:  # a key that is no str (json converts it) or an unknown type below
        pass
    return json.dumps(o, ensure_ascii=False, indent=1).replace("\n", pad)


def parse_graph_json(data: dict) -> nx.MultiDiGraph:
    """The networkx graph of a graph.json dict (any of READABLE_VERSIONS: version 1 simply lacks the
    properties version 2 added)."""
    if not isinstance(data, dict) or data.get("schema_version") not in READABLE_VERSIONS:
        raise GraphFileError(
            f"not a policykg graph.json of schema_version {' or '.join(map(str, READABLE_VERSIONS))} "
            f"(found {data.get('schema_version') if isinstance(data, dict) else type(data).__name__!r})"
        )
    G = nx.MultiDiGraph()
    G.graph["meta"] = data.get("meta", {})
    for n in data["nodes"]:
        G.add_node(n["id"], label=n["label"], **n.get("properties", {}))
    for e in data["edges"]:
        for end in (e["source"], e["target"]):
            if end not in G:
                raise GraphFileError(f"edge {e['type']} refers to unknown node {end!r}")
        G.add_edge(e["source"], e["target"], key=e["type"], type=e["type"], **e.get("properties", {}))
    return G


def write_graph(G: nx.MultiDiGraph, out_dir: str | os.PathLike, *, meta: dict | None = None) -> Path:
    """Write ``out_dir/graph.json`` and return its path."""
    out = Path(out_dir)
    path = out / GRAPH_FILE
    try:
        out.mkdir(parents=True, exist_ok=True)
        # a temporary file of this writer's own, renamed over graph.json: readers and concurrent
        # writers only ever see a whole file
        fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{GRAPH_FILE}.", suffix=".tmp")
    except OSError as exc:
        raise GraphFileError(f"cannot write into {out}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(graph_json_chunks(G, meta=meta))  # no copy of the graph as one dict
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GraphFileError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph.json (or a build folder holding one)."""
    p = graph_file(path)
    if not p.exists():
        raise GraphFileError(f"{p}: no graph here; run `policykg build PATH --out {p.parent}` first")
    try:
        with p.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"{p}: cannot read graph.json ({exc})") from None
    try:
        return parse_graph_json(data)
    except GraphFileError as exc:
        raise GraphFileError(f"{p}: {exc}") from None
    except (KeyError, TypeError) as exc:
        raise GraphFileError(f"{p}: malformed graph.json (missing {exc})") from None


def remember_build(out_dir: str | os.PathLike, *, cwd: str | os.PathLike = ".") -> str:
    """Record ``out_dir`` as the last build, for commands run later from ``cwd``; "" or why it could not."""
    marker = Path(cwd, LAST_BUILD_FILE)
    try:
        marker.write_text(str(Path(out_dir).resolve()) + "\n", encoding="utf-8")
    except OSError as exc:  # a read-only working folder: later commands then need --graph, nothing else is lost
        return f"{marker}: {exc.strerror or exc}"
    return ""


def resolve_graph_dir(graph: str | os.PathLike | None, *, cwd: str | os.PathLike = ".") -> Path:
    """The build folder a command should read: ``--graph``, else the last ``--out``, else ``out/``."""
    if graph:
        return Path(graph)
    try:
        last = Path(cwd, LAST_BUILD_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):  # none, unreadable or not text: as if there were none
        last = ""
    if last and os.path.exists(last):  # os.path: no error on a name too long or holding NUL
        return Path(last)
    return Path(cwd, DEFAULT_OUT)


def load_build(graph: str | os.PathLike | None) -> nx.MultiDiGraph:
    """Read the graph of a build folder chosen as in :func:`resolve_graph_dir`."""
    return read_graph(resolve_graph_dir(graph))


@dataclass(frozen=True)
class BuildInfo:
    """Which build a command read: its graph.json, when it was written, what it holds.

    >>> print(BuildInfo(Path("out/graph.json"), "2025-06-30 09:15", 143, 145, "2025-06-30"))
    out/graph.json (built 2025-06-30 09:15; 143 documents in the corpus, 145 cited only; status as of 2025-06-30)
    """

    path: Path
    built: str  # graph.json's modification time, local, to the minute
    documents: int  # in the corpus
    cited_only: int
    as_of: str | None = None

    def __str__(self) -> str:
        as_of = f"; status as of {self.as_of}" if self.as_of else ""
        return (
            f"{self.path} (built {self.built}; {self.documents} documents in the corpus, "
            f"{self.cited_only} cited only{as_of})"
        )


def graph_file(path: str | os.PathLike) -> Path:
    """The graph.json a path names: the file itself, or the one in a build folder."""
    p = Path(path)
    return p / GRAPH_FILE if p.is_dir() or p.suffix != ".json" else p


def build_info(path: str | os.PathLike, G: nx.MultiDiGraph) -> BuildInfo:
    """The :class:`BuildInfo` of the graph ``G`` read from ``path``."""
    p = graph_file(path)
    in_corpus = sum(1 for _, a in G.nodes(data=True) if a.get("label") == "Document" and a.get("in_corpus"))
    documents = sum(1 for _, a in G.nodes(data=True) if a.get("label") == "Document")
    try:
        built = dt.datetime.fromtimestamp(p.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        built = "unknown"
    return BuildInfo(p, built, in_corpus, documents - in_corpus, G.graph.get("meta", {}).get("as_of"))


def file_build_info(path: str | os.PathLike) -> BuildInfo:
    """The :class:`BuildInfo` of a graph.json read as plain JSON (a file ``read_graph`` refuses, such
    as one with dangling edges, is still described)."""
    p = graph_file(path)
    if not p.exists():
        raise GraphFileError(f"{p}: no graph here; run `policykg build PATH --out {p.parent}` first")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        nodes = [n for n in data.get("nodes", []) if n.get("label") == "Document"]
    except (OSError, ValueError, AttributeError) as exc:
        raise GraphFileError(f"{p}: cannot read graph.json ({exc})") from None
    G = nx.MultiDiGraph()
    G.graph["meta"] = data.get("meta") or {}
    G.add_nodes_from((n.get("id"), {"label": "Document", **(n.get("properties") or {})}) for n in nodes)
    return build_info(p, G)


def read_build(graph: str | os.PathLike | None) -> tuple[nx.MultiDiGraph, BuildInfo]:
    """The graph of a build folder chosen as in :func:`resolve_graph_dir`, and which build it is."""
    path = resolve_graph_dir(graph)
    G = read_graph(path)
    return G, build_info(path, G)


def _clean(props: dict) -> dict:
    """Drop None values (Neo4j and RDF have no null property) and turn tuples into lists."""
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in props.items() if v is not None}
