"""Writing and reading the RDF of a policy graph: Turtle, JSON-LD or N-Triples.

:func:`serialize_rdf` does no I/O; :func:`export_rdf` / :func:`write_rdf` write a file and
:func:`parse_rdf` reads one.  Output is canonical (N-Triples sorted, JSON-LD arrays sorted), so
two exports of one graph are byte-identical.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="办法", in_corpus=True)
>>> print(serialize_rdf(graph_to_rdf(G, base="https://example.org/"), "nt"), end="")
<https://example.org/doc/a> <http://data.europa.eu/eli/ontology#title> "办法"@zh .
<https://example.org/doc/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://data.europa.eu/eli/ontology#LegalResource> .
<https://example.org/doc/a> <https://policykg.example.org/ontology#in_corpus> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<https://example.org/doc/a> <https://policykg.example.org/ontology#node_id> "doc:a" .
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph

from policykg.errors import RDFError
from policykg.ontology.namespaces import ELI, ORG, PKG, RDF, SKOS
from policykg.rdf.mapping import DEFAULT_BASE, graph_to_rdf, new_rdf_graph

__all__ = [
    "FORMATS",
    "ExportSummary",
    "export_rdf",
    "guess_format",
    "parse_rdf",
    "serialize_rdf",
    "write_rdf",
]

# `policykg export --format` → rdflib serializer name.
FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}


def serialize_rdf(g: Graph, fmt: str) -> str:
    """``g`` as text in ``fmt`` (ttl, jsonld or nt)."""
    if fmt not in FORMATS:
        raise RDFError(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in g.namespaces() if prefix}
        doc = json.loads(g.serialize(format="json-ld", context=context, ensure_ascii=False))
        # rdflib's JSON-LD order changes from run to run; the export uses no @list, so arrays are sets.
        return json.dumps(_sorted_json(doc), ensure_ascii=False, indent=1) + "\n"
    if fmt == "nt":
        # One triple a line, sorted, so two exports of one graph are byte-identical.
        lines = g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())
    return g.serialize(format="turtle")


def _sorted_json(value):
    """``value`` with every array sorted (by its items' JSON text): a canonical JSON-LD layout."""
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def write_rdf(G: nx.MultiDiGraph, path: str | os.PathLike, fmt: str = "ttl", *, base: str = DEFAULT_BASE) -> Path:
    """Export ``G`` as RDF to ``path`` and return the path."""
    return export_rdf(G, path, fmt, base=base).path


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: the file, its format, and how many triples and resources of each kind."""

    path: Path
    fmt: str
    triples: int
    documents: int
    agencies: int
    groups: int
    relations: int

    def __str__(self) -> str:
        return (
            f"wrote {self.path} ({self.fmt}): {self.triples} triples — {self.documents} documents, "
            f"{self.agencies} agencies, {self.groups} groups, {self.relations} relations"
        )


def export_rdf(
    G: nx.MultiDiGraph, path: str | os.PathLike, fmt: str | None = None, *, base: str = DEFAULT_BASE
) -> ExportSummary:
    """Export ``G`` as RDF to ``path`` in ``fmt`` (default: from the suffix, see :func:`guess_format`).

    Agencies and groups are counted when they are graph nodes (not parents or broader groups
    named only by a node).
    """
    fmt = fmt or guess_format(path)
    g = graph_to_rdf(G, base=base)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(serialize_rdf(g, fmt), encoding="utf-8")
    return ExportSummary(
        path=out,
        fmt=fmt,
        triples=len(g),
        documents=len(set(g.subjects(RDF.type, ELI.LegalResource))),
        agencies=len({s for s in g.subjects(RDF.type, ORG.Organization) if (s, PKG.node_id, None) in g}),
        groups=len({s for s in g.subjects(RDF.type, SKOS.Concept) if (s, PKG.node_id, None) in g}),
        relations=len(set(g.subjects(RDF.type, PKG.Relation))),
    )


def guess_format(path: str | os.PathLike) -> str:
    """The export format of a file name: .ttl, .jsonld/.json, .nt (anything else: ttl).

    >>> guess_format("out/graph.jsonld"), guess_format("graph.NT"), guess_format("graph.rdf")
    ('jsonld', 'nt', 'ttl')
    """
    suffix = Path(path).suffix.lower()
    return {".ttl": "ttl", ".jsonld": "jsonld", ".json": "jsonld", ".nt": "nt"}.get(suffix, "ttl")


def parse_rdf(path: str | os.PathLike, fmt: str | None = None) -> Graph:
    """Read an RDF file written by :func:`write_rdf` (or any Turtle / JSON-LD / N-Triples file)."""
    p = Path(path)
    if not p.is_file():
        raise RDFError(f"{p}: no such RDF file")
    g = new_rdf_graph()
    try:
        g.parse(p, format=FORMATS[fmt or guess_format(p)])
    except Exception as exc:  # rdflib raises many parser-specific types
        raise RDFError(f"{p}: cannot parse as {FORMATS[fmt or guess_format(p)]} ({exc})") from None
    return g
