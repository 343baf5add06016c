"""SHACL validation of the RDF export, offline: the shapes of ``policykg/ontology/shapes.ttl``.

:func:`validate_rdf` checks an rdflib graph and reports every violation in words a reader can act
on (the graph node id, the property, the message); :func:`validate_rdf_file` and
:func:`validate_graph_file` read an RDF file or a build's graph.json first.

>>> report = ShaclReport(False, (Violation("doc:a", "eli:title", "title missing", "Violation"),))
>>> print(report)
does not conform: 1 result(s)
  Violation: doc:a eli:title: title missing
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef

from policykg.errors import GraphFileError
from policykg.graph.io import GRAPH_FILE
from policykg.ontology.namespaces import PKG, RDF, SH
from policykg.ontology.schema import READABLE_VERSIONS
from policykg.rdf.export import parse_rdf
from policykg.rdf.mapping import DEFAULT_BASE, graph_to_rdf

__all__ = [
    "ShaclReport",
    "Violation",
    "shapes_graph",
    "validate_graph_file",
    "validate_rdf",
    "validate_rdf_file",
    "vocabulary_graph",
]

# Focus node of the shapes that check the export as a whole (see shapes.ttl).
WHOLE_EXPORT = URIRef("https://policykg.example.org/shapes#TheExport")


@cache
def _package_ttl(name: str) -> str:
    return resources.files("policykg.ontology").joinpath(name).read_text(encoding="utf-8")


def shapes_graph() -> Graph:
    """The SHACL shapes of the exported graph (``ontology/shapes.ttl``)."""
    return Graph().parse(data=_package_ttl("shapes.ttl"), format="turtle")


def vocabulary_graph() -> Graph:
    """policykg's own vocabulary (``ontology/policykg.ttl``)."""
    return Graph().parse(data=_package_ttl("policykg.ttl"), format="turtle")


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in words a reader can act on."""

    focus: str  # the graph node id when known, else the IRI
    path: str  # the property, as a prefixed name
    message: str
    severity: str  # Violation | Warning | Info
    value: str = ""

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        path = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{path}: {self.message}{value}"


@dataclass(frozen=True)
class ShaclReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def __str__(self) -> str:
        if self.conforms:
            return "conforms: 0 violations"
        lines = [f"does not conform: {len(self.violations)} result(s)"]
        lines += [f"  {v}" for v in self.violations]
        return "\n".join(lines)


def validate_rdf(data: Graph) -> ShaclReport:
    """Validate ``data`` against the shapes, offline (no owl:imports, no remote fetches)."""
    # Imported here on purpose: pyshacl is heavy (~0.3 s, most of it owlrl) and only validation needs it.
    import pyshacl

    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=vocabulary_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        advanced=False,
        do_owl_imports=False,
    )
    return ShaclReport(bool(conforms), tuple(sorted(_violations(results, data), key=_violation_key)))


def _violation_key(v: Violation) -> tuple:
    return (v.focus, v.path, v.message, v.value)


def _violations(results: Graph, data: Graph) -> Iterable[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        if focus == WHOLE_EXPORT and value is not None:  # a whole-graph check: the value is the culprit
            focus, value = value, None
        shown = _display_node(focus, data)
        yield Violation(
            focus=shown,
            path=_display_term(path, data) if path is not None and not isinstance(path, BNode) else "",
            message="; ".join(messages) or "constraint not met",
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            value=_display_term(value, data) if value is not None and value != focus else "",
        )


def _display_node(node, data: Graph) -> str:
    """A node as the reader knows it: its graph id, or ``TYPE source → target`` for a relation."""
    if node is None:
        return ""
    node_id = data.value(node, PKG.node_id)
    if node_id is not None:
        return str(node_id)
    rel_type = data.value(node, PKG.relation_type)
    if rel_type is not None:
        ends = [data.value(node, p) for p in (RDF.subject, RDF.object)]
        if all(isinstance(e, URIRef) for e in ends):
            source, target = (_display_node(e, data) for e in ends)
            return f"{rel_type} {source} → {target}"
    return _display_term(node, data)


def _display_term(term, data: Graph) -> str:
    if isinstance(term, URIRef):
        try:
            prefix, _ns, local = data.compute_qname(term, generate=False)
            return f"{prefix}:{unquote(local)}" if prefix else f"<{unquote(str(term))}>"
        except (ValueError, KeyError):
            return f"<{unquote(str(term))}>"
    if isinstance(term, Literal):
        return term.n3(data.namespace_manager)
    return str(term)


# ---------------------------------------------------------------------------- files


def validate_rdf_file(path: str | os.PathLike) -> ShaclReport:
    """Validate an RDF file (Turtle, JSON-LD or N-Triples, by suffix)."""
    return validate_rdf(parse_rdf(path))


def validate_graph_file(path: str | os.PathLike, *, base: str = DEFAULT_BASE) -> ShaclReport:
    """Validate the RDF export (under ``base``) of a graph.json, or of the build folder holding one.

    Unlike :func:`policykg.graph.io.read_graph`, an edge to an unknown node is kept (networkx
    adds a bare node) so that SHACL reports it together with every other problem.
    """
    return validate_rdf(graph_to_rdf(_read_graph_keeping_dangling_edges(path), base=base))


def _read_graph_keeping_dangling_edges(path: str | os.PathLike) -> nx.MultiDiGraph:
    p = Path(path)
    if p.is_dir() or p.suffix != ".json":
        p = p / GRAPH_FILE
    if not p.exists():
        raise GraphFileError(f"{p}: no graph here; run `policykg build PATH --out {p.parent}` first")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"{p}: cannot read graph.json ({exc})") from None
    if not isinstance(data, dict) or data.get("schema_version") not in READABLE_VERSIONS:
        raise GraphFileError(
            f"{p}: not a policykg graph.json of schema_version {' or '.join(map(str, READABLE_VERSIONS))}"
        )
    G = nx.MultiDiGraph()
    try:
        for n in data["nodes"]:
            G.add_node(n["id"], label=n["label"], **n.get("properties", {}))
        for e in data["edges"]:
            G.add_edge(e["source"], e["target"], key=e["type"], type=e["type"], **e.get("properties", {}))
    except (KeyError, TypeError) as exc:
        raise GraphFileError(f"{p}: malformed graph.json (missing {exc})") from None
    return G
