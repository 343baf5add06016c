"""The policy graph as RDF triples: ELI for documents, W3C ORG for agencies, SKOS for groups.

:func:`graph_to_rdf` does no I/O (writing is :mod:`policykg.rdf.export`).  The mapping is a
table keyed by the names in :mod:`policykg.ontology.schema` (:data:`NODE_PROPERTY_MAP`,
:data:`RELATION_MAP`, :data:`EDGE_PROPERTY_MAP`); a schema property without an entry is an
error, never silently dropped.

Every edge is stated twice: as a plain triple (``doc eli:repeals other``) for SPARQL, and as a
qualified relation node (an ``rdf:Statement`` typed ``pkg:Relation``) carrying the graph.json
type and the evidence — file, line, sentence — so each link can still be checked.

IRIs are made from node ids only, under a configurable base, so they are the same on every run
and machine: ``doc:豫政办〔2024〕46号`` → ``{base}doc/%E8%B1%AB…``.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="新办法", in_corpus=True, status="in_force")
>>> G.add_node("doc:b", label="Document", title="旧办法", in_corpus=False)
>>> _ = G.add_edge("doc:a", "doc:b", key="SUPERSEDES", type="SUPERSEDES", file="f.txt", line=9, text="旧办法同时废止。")
>>> g = graph_to_rdf(G, base="https://example.org/")
>>> (node_iri("doc:a", "https://example.org/"), ELI.repeals, node_iri("doc:b", "https://example.org/")) in g
True
>>> str(node_iri("doc:a", "https://example.org/"))
'https://example.org/doc/a'
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import networkx as nx
from rdflib import Graph, Literal, URIRef

from policykg.errors import RDFError
from policykg.ontology.namespaces import DCTERMS, ELI, ORG, PKG, RDF, RDFS, SKOS, XSD
from policykg.ontology.schema import NODE_LABELS, REL_TYPES, RelType

__all__ = [
    "DEFAULT_BASE",
    "EDGE_PROPERTY_MAP",
    "IN_FORCE",
    "LANG",
    "NODE_CLASS",
    "NODE_PROPERTY_MAP",
    "RELATION_MAP",
    "PropertyMap",
    "check_base",
    "graph_to_rdf",
    "mapping_table_markdown",
    "new_rdf_graph",
    "node_iri",
    "node_path",
    "relation_iri",
]

DEFAULT_BASE = "https://policykg.example.org/"
LANG = "zh"

# A base IRI: absolute http(s) IRI ending in "/" or "#", no spaces.
BASE_IRI_RE = re.compile(r"^https?://[^\s<>\"{}|\\^`]+[/#]$")
# The kind of a node id: "doc" in doc:豫政办〔2024〕46号, "agency", "group".
NODE_KIND_RE = re.compile(r"^([a-z][a-z0-9_-]*):(.+)$", re.S)


# ---------------------------------------------------------------------------- the mapping table


@dataclass(frozen=True)
class PropertyMap:
    """How one schema property becomes RDF.

    ``kind`` says how values are written:
    ``lang`` (literal @zh), ``string``, ``integer``, ``boolean``, ``date`` (xsd:date),
    ``document`` (a node id → that document's IRI), ``agency`` (a name → that agency's IRI),
    ``place`` (a place name → a dcterms:Location), ``doc_type`` (→ a skos:Concept of document types),
    ``ancestors`` (all broader group names → ``skos:broaderTransitive`` to each, ``skos:broader`` to the
    immediate ones: those that are not themselves broader than another listed group),
    ``status`` (literal, plus ``eli:in_force``), or ``edges`` (nothing: the relationships say it).
    """

    predicate: URIRef | None
    kind: str
    note: str = ""


NODE_CLASS: dict[str, URIRef] = {
    "Document": ELI.LegalResource,
    "Agency": ORG.Organization,
    "BeneficiaryGroup": SKOS.Concept,
}

NODE_PROPERTY_MAP: dict[str, dict[str, PropertyMap]] = {
    "Document": {
        "title": PropertyMap(ELI.title, "lang"),
        "doc_number": PropertyMap(ELI.id_local, "string"),
        "doc_number_prefix": PropertyMap(PKG.doc_number_prefix, "string"),
        "doc_number_year": PropertyMap(PKG.doc_number_year, "integer"),
        "doc_number_serial": PropertyMap(PKG.doc_number_serial, "integer"),
        "doc_type": PropertyMap(
            ELI.type_document, "doc_type", "a skos:Concept (eli:ResourceType) in the scheme of document types"
        ),
        "date": PropertyMap(ELI.date_document, "date"),
        "effective_date": PropertyMap(ELI.first_date_entry_in_force, "date"),
        "expiry_date": PropertyMap(ELI.date_no_longer_in_force, "date"),
        "year": PropertyMap(PKG.year, "integer"),
        "date_precision": PropertyMap(PKG.date_precision, "string"),
        "year_from": PropertyMap(PKG.year_from, "string"),
        "passed_date": PropertyMap(PKG.passed_date, "date"),
        "amended_dates": PropertyMap(PKG.amended_date, "date", "one triple per amendment"),
        "category": PropertyMap(PKG.category, "lang"),
        "level": PropertyMap(PKG.level, "string"),
        "level_from": PropertyMap(PKG.level_from, "string"),
        "jurisdiction": PropertyMap(ELI.jurisdiction, "place", "a dcterms:Location labelled with the place name"),
        "issuers": PropertyMap(ELI.passed_by, "edges", "stated by the ISSUED_BY edges"),
        "status": PropertyMap(
            PKG.status,
            "status",
            "also eli:in_force: in_force → InForce-inForce, superseded/expired/not_yet_in_force → InForce-notInForce",
        ),
        "status_zh": PropertyMap(PKG.status_zh, "lang"),
        "status_as_of": PropertyMap(PKG.status_as_of, "date"),
        "superseded_by": PropertyMap(ELI.repealed_by, "document"),
        "repealed_on": PropertyMap(PKG.repealed_on, "date"),
        "in_corpus": PropertyMap(PKG.in_corpus, "boolean"),
        "source_file": PropertyMap(PKG.source_file, "string"),
        "source_line": PropertyMap(PKG.source_line, "integer"),
        "end_line": PropertyMap(PKG.end_line, "integer"),
        "printed_also_in": PropertyMap(PKG.printed_also_in, "string"),
        "source_page": PropertyMap(PKG.source_page, "integer"),
        "source_page_line": PropertyMap(PKG.source_page_line, "integer"),
        "transmitted_by": PropertyMap(PKG.transmitted_by, "document"),
        "unit": PropertyMap(PKG.unit, "document", "the notice heading its publication unit"),
        "dates_from": PropertyMap(PKG.dates_from, "document"),
        "aliases": PropertyMap(ELI.title_alternative, "lang"),
        "source": PropertyMap(PKG.source, "string"),
    },
    "Agency": {
        "name": PropertyMap(SKOS.prefLabel, "lang"),
        "aliases": PropertyMap(SKOS.altLabel, "lang"),
        "level": PropertyMap(PKG.level, "string"),
        "jurisdiction": PropertyMap(DCTERMS.spatial, "place", "W3C ORG has no jurisdiction term; a dcterms:Location"),
        "parent": PropertyMap(ORG.subOrganizationOf, "agency"),
        "known": PropertyMap(PKG.known, "boolean"),
    },
    "BeneficiaryGroup": {
        "name": PropertyMap(SKOS.prefLabel, "lang"),
        "synonyms": PropertyMap(SKOS.altLabel, "lang"),
        "broader": PropertyMap(
            SKOS.broaderTransitive,
            "ancestors",
            "every listed ancestor; skos:broader only to the immediate ones (the taxonomy is "
            "polyhierarchical: 大学生 → 青年, 学生), so skos:broader* gives them all",
        ),
    },
}

RELATION_MAP: dict[str, URIRef] = {
    "ISSUED_BY": ELI.passed_by,
    "BASED_ON": ELI.based_on,
    "IMPLEMENTS": ELI.ensures_implementation_of,
    "SUPERSEDES": ELI.repeals,
    "AMENDS": ELI.amends,
    "CITES": ELI.cites,
    "TRANSMITS": PKG.transmits,
    "TARGETS": PKG.targets,
}

EDGE_PROPERTY_MAP: dict[str, PropertyMap] = {
    "file": PropertyMap(PKG.file, "string"),
    "line": PropertyMap(PKG.line, "integer"),
    "page": PropertyMap(PKG.page, "integer"),
    "page_line": PropertyMap(PKG.page_line, "integer"),
    "text": PropertyMap(PKG.text, "lang"),
    "cited_as": PropertyMap(PKG.cited_as, "string"),
}

IN_FORCE = {
    "in_force": ELI["InForce-inForce"],
    "superseded": ELI["InForce-notInForce"],
    "expired": ELI["InForce-notInForce"],
    "not_yet_in_force": ELI["InForce-notInForce"],
}


class _QuietIllTypedLiterals(logging.Filter):
    """Drops rdflib's warning, traceback included, for each literal whose text is not of its datatype
    (a date that is not a date): the literal stays as it is, and ``policykg validate`` reports each
    one as a violation naming the node and property — 288 of them were 288 tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Failed to convert Literal lexical form")


logging.getLogger("rdflib.term").addFilter(_QuietIllTypedLiterals())

_PLAIN_DATATYPES = {"string": XSD.string, "integer": XSD.integer, "boolean": XSD.boolean, "date": XSD.date}
_EVIDENCE_NAMES = frozenset({"file", "line", "text"})

# Paths of the resources that are not graph nodes.
_DOC_TYPE_SCHEME = "scheme/doc-types"
_GROUP_SCHEME = "scheme/beneficiary-groups"


def _is_evidenced(rel: RelType) -> bool:
    """True when the schema requires file, line and text on this relationship type."""
    return _EVIDENCE_NAMES <= {p.name for p in rel.props if p.required}


# ---------------------------------------------------------------------------- IRIs


def check_base(base: str) -> str:
    """``base`` if it is an absolute http(s) IRI ending in ``/`` or ``#``, else :class:`RDFError`."""
    if not BASE_IRI_RE.match(base):
        raise RDFError(f"--base {base!r}: give an absolute http(s) IRI ending in '/' or '#'")
    return base


def _segment(text: str) -> str:
    """Percent-encode ``text`` as one IRI path segment (UTF-8, nothing left unescaped but A-Z a-z 0-9 -._~)."""
    return quote(str(text), safe="")


def node_path(node_id: str) -> str:
    """The IRI path of a node id: ``doc:X`` → ``doc/X`` (X percent-encoded); ids without a kind → ``node/…``.

    >>> node_path("agency:河南省人民政府")
    'agency/%E6%B2%B3%E5%8D%97%E7%9C%81%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C'
    >>> node_path("odd id")
    'node/odd%20id'
    """
    m = NODE_KIND_RE.match(node_id)
    if m:
        return f"{m.group(1)}/{_segment(m.group(2))}"
    return f"node/{_segment(node_id)}"


def node_iri(node_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The stable IRI of a graph node."""
    return URIRef(base + node_path(node_id))


def relation_iri(source: str, rel_type: str, target: str, base: str = DEFAULT_BASE) -> URIRef:
    """The stable IRI of the qualified node of one edge (a MultiDiGraph edge is keyed by its type)."""
    return URIRef(f"{base}rel/{node_path(source)}/{_segment(rel_type)}/{node_path(target)}")


# ---------------------------------------------------------------------------- graph → RDF


def new_rdf_graph() -> Graph:
    """An empty rdflib Graph with policykg's prefixes bound (and no others)."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in (("eli", ELI), ("org", ORG), ("skos", SKOS), ("dcterms", DCTERMS), ("pkg", PKG)):
        g.bind(prefix, str(ns), override=True)
    return g


def graph_to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """The RDF graph of policy graph ``G`` (see the module docstring for the mapping)."""
    check_base(base)
    g = new_rdf_graph()
    g.bind("", base)
    names = _name_index(G)
    for node_id in sorted(G.nodes):
        for triple in _node_triples(G, node_id, base, names):
            g.add(triple)
    for triple in _referenced_triples(G, base, names):
        g.add(triple)
    for source, target, key, attrs in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]):
        for triple in _edge_triples(source, target, attrs.get("type", key), attrs, base):
            g.add(triple)
    return g


@dataclass(frozen=True)
class _Index:
    """What a node's properties need to know about the rest of the graph."""

    ids: dict  # (label, name) → node id, for properties that name an agency or a group
    ancestors: dict  # group name → frozenset of all its broader group names

    def agency(self, name: str) -> str:
        return self.ids.get(("Agency", name), f"agency:{name}")

    def group(self, name: str) -> str:
        return self.ids.get(("BeneficiaryGroup", name), f"group:{name}")

    def immediate(self, broader: list[str]) -> list[str]:
        """The broader groups not already broader than another one in ``broader`` (transitive reduction)."""
        listed = [b for b in dict.fromkeys(broader) if b]
        return [b for b in listed if not any(b in self.ancestors.get(other, ()) for other in listed if other != b)]


def _name_index(G: nx.MultiDiGraph) -> _Index:
    ids, ancestors = {}, {}
    for node_id, attrs in G.nodes(data=True):
        if attrs.get("label") in ("Agency", "BeneficiaryGroup") and attrs.get("name"):
            ids[(attrs["label"], attrs["name"])] = node_id
        if attrs.get("label") == "BeneficiaryGroup" and attrs.get("name"):
            ancestors[attrs["name"]] = frozenset(_values(attrs.get("broader") or []))
    return _Index(ids, ancestors)


def _referenced_triples(G: nx.MultiDiGraph, base: str, names: _Index) -> Iterator[tuple]:
    """Describe, by name only, the parent agencies and broader groups that are not nodes of ``G``.

    Their names come from the agency registry and the group taxonomy, so the links resolve (an
    agency's parent is a registered body: ``pkg:known true``).  They get no ``pkg:node_id``, and a
    group named only as someone's ancestor gets no broader groups of its own (they are not known).
    """
    agencies: set[str] = set()
    groups: set[str] = set()
    for _node_id, attrs in G.nodes(data=True):
        if attrs.get("label") == "Agency" and attrs.get("parent"):
            agencies.add(attrs["parent"])
        elif attrs.get("label") == "BeneficiaryGroup":
            groups.update(b for b in _values(attrs.get("broader") or []) if b)
    for name in sorted(agencies):
        if ("Agency", name) not in names.ids:
            subject = node_iri(names.agency(name), base)
            yield subject, RDF.type, ORG.Organization
            yield subject, SKOS.prefLabel, Literal(name, lang=LANG)
            yield subject, PKG.known, Literal("true", datatype=XSD.boolean)
    scheme = URIRef(base + _GROUP_SCHEME)
    for name in sorted(groups):
        if ("BeneficiaryGroup", name) not in names.ids:
            subject = node_iri(names.group(name), base)
            yield subject, RDF.type, SKOS.Concept
            yield subject, SKOS.prefLabel, Literal(name, lang=LANG)
            yield subject, SKOS.inScheme, scheme
            yield from _scheme_triples(scheme, "受益群体", "beneficiary groups")


def _node_triples(G: nx.MultiDiGraph, node_id: str, base: str, names: _Index) -> Iterator[tuple]:
    attrs = G.nodes[node_id]
    label = attrs.get("label")
    if label is None:  # a node networkx made for an edge to nowhere: nothing is known about it
        return
    if label not in NODE_LABELS:
        raise RDFError(f"node {node_id!r}: label {label!r} is not in the schema")
    subject = node_iri(node_id, base)
    yield subject, RDF.type, NODE_CLASS[label]
    yield subject, PKG.node_id, Literal(node_id)
    mapping = NODE_PROPERTY_MAP[label]
    for prop in NODE_LABELS[label].props:
        value = attrs.get(prop.name)
        if value is None or value == "" or value == []:  # absent (a registry writes "" for no parent)
            continue
        if prop.name not in mapping:
            raise RDFError(f"schema property {label}.{prop.name} has no RDF mapping")
        yield from _property_triples(subject, mapping[prop.name], value, base, names)
    if label == "BeneficiaryGroup":
        scheme = URIRef(base + _GROUP_SCHEME)
        yield from _scheme_triples(scheme, "受益群体", "beneficiary groups")
        yield subject, SKOS.inScheme, scheme
        if not attrs.get("broader"):
            yield subject, SKOS.topConceptOf, scheme
            yield scheme, SKOS.hasTopConcept, subject


def _values(value) -> list:
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]


def _literal(value, kind: str) -> Literal:
    if kind == "lang":
        return Literal(str(value), lang=LANG)
    if kind == "boolean" and isinstance(value, bool):
        return Literal("true" if value else "false", datatype=XSD.boolean)
    if kind == "string":  # a plain literal: xsd:string in RDF 1.1, and equal to the "…" of sh:in lists
        return Literal(str(value))
    # A wrong value becomes an ill-typed literal, which the SHACL datatype checks report.
    return Literal(str(value), datatype=_PLAIN_DATATYPES[kind])


def _property_triples(subject: URIRef, pm: PropertyMap, value, base: str, names: _Index) -> Iterator[tuple]:
    if pm.kind == "edges":  # the relationships say it
        return
    values = _values(value)
    if pm.kind == "ancestors":
        for v in values:
            yield subject, pm.predicate, node_iri(names.group(v), base)
        for v in names.immediate(values):
            yield subject, SKOS.broader, node_iri(names.group(v), base)
        return
    if pm.kind in _PLAIN_KINDS:
        for v in values:
            yield subject, pm.predicate, _literal(v, pm.kind)
        return
    if pm.kind not in _VALUE_TRIPLES:  # a new kind added to the table without code for it
        raise RDFError(f"unknown mapping kind {pm.kind!r}")
    for v in values:
        yield from _VALUE_TRIPLES[pm.kind](subject, pm.predicate, v, base, names)


# Kinds whose value is a literal of its own: lang, string, integer, boolean, date.
_PLAIN_KINDS = frozenset({"lang", *_PLAIN_DATATYPES})


def _status_triples(subject: URIRef, predicate: URIRef, v, base: str, names: _Index) -> Iterator[tuple]:
    yield subject, predicate, _literal(v, "string")
    if v in IN_FORCE:
        yield subject, ELI.in_force, IN_FORCE[v]


def _document_triples(subject: URIRef, predicate: URIRef, v, base: str, names: _Index) -> Iterator[tuple]:
    yield subject, predicate, node_iri(str(v), base)


def _agency_triples(subject: URIRef, predicate: URIRef, v, base: str, names: _Index) -> Iterator[tuple]:
    yield subject, predicate, node_iri(names.agency(v), base)


def _place_triples(subject: URIRef, predicate: URIRef, v, base: str, names: _Index) -> Iterator[tuple]:
    place = URIRef(f"{base}place/{_segment(v)}")
    yield subject, predicate, place
    yield place, RDF.type, DCTERMS.Location
    yield place, RDFS.label, Literal(str(v), lang=LANG)


def _doc_type_triples(subject: URIRef, predicate: URIRef, v, base: str, names: _Index) -> Iterator[tuple]:
    concept = URIRef(f"{base}doc-type/{_segment(v)}")
    scheme = URIRef(base + _DOC_TYPE_SCHEME)
    yield subject, predicate, concept
    yield concept, RDF.type, SKOS.Concept
    yield concept, RDF.type, ELI.ResourceType
    yield concept, SKOS.prefLabel, Literal(str(v), lang=LANG)
    yield concept, SKOS.inScheme, scheme
    yield from _scheme_triples(scheme, "文种", "document types")


# The kinds whose values become resources: mapping kind → the triples of one value.
_VALUE_TRIPLES: dict[str, Callable[..., Iterator[tuple]]] = {
    "status": _status_triples,
    "document": _document_triples,
    "agency": _agency_triples,
    "place": _place_triples,
    "doc_type": _doc_type_triples,
}


def _scheme_triples(scheme: URIRef, zh: str, en: str) -> Iterator[tuple]:
    yield scheme, RDF.type, SKOS.ConceptScheme
    yield scheme, SKOS.prefLabel, Literal(zh, lang="zh")
    yield scheme, SKOS.prefLabel, Literal(en, lang="en")


def _edge_triples(source: str, target: str, rel_type: str, attrs: dict, base: str) -> Iterator[tuple]:
    if rel_type not in REL_TYPES or rel_type not in RELATION_MAP:
        raise RDFError(f"edge {source!r} → {target!r}: relationship type {rel_type!r} has no RDF mapping")
    predicate = RELATION_MAP[rel_type]
    s, o = node_iri(source, base), node_iri(target, base)
    yield s, predicate, o
    rel = relation_iri(source, rel_type, target, base)
    yield rel, RDF.type, RDF.Statement
    yield rel, RDF.type, PKG.Relation
    if _is_evidenced(REL_TYPES[rel_type]):
        yield rel, RDF.type, PKG.EvidencedRelation
    yield rel, RDF.subject, s
    yield rel, RDF.predicate, predicate
    yield rel, RDF.object, o
    yield rel, PKG.relation_type, Literal(rel_type)
    for prop in REL_TYPES[rel_type].props:
        value = attrs.get(prop.name)
        if value is None:
            continue
        if prop.name not in EDGE_PROPERTY_MAP:
            raise RDFError(f"schema property {rel_type}.{prop.name} has no RDF mapping")
        pm = EDGE_PROPERTY_MAP[prop.name]
        yield rel, pm.predicate, _literal(value, pm.kind)


# ---------------------------------------------------------------------------- docs


def _qname(term: URIRef) -> str:
    for prefix, ns in (("eli", ELI), ("org", ORG), ("skos", SKOS), ("dcterms", DCTERMS), ("pkg", PKG)):
        if str(term).startswith(str(ns)):
            return f"{prefix}:{str(term)[len(str(ns)) :]}"
    return f"<{term}>"


def mapping_table_markdown() -> str:
    """The graph ↔ RDF mapping as Markdown tables (for docs/rdf.md), generated from the tables above."""
    lines = ["| Graph | RDF | Note |", "|---|---|---|"]
    for label, props in NODE_PROPERTY_MAP.items():
        lines.append(f"| **{label}** node | `a {_qname(NODE_CLASS[label])}`, IRI `{{base}}{_kind_of(label)}/…` | |")
        for prop in NODE_LABELS[label].props:
            pm = props[prop.name]
            lines.append(f"| {label}.{prop.name} | `{_qname(pm.predicate)}` | {pm.note or _KIND_NOTES[pm.kind]} |")
    for rel_type, predicate in RELATION_MAP.items():
        rel = REL_TYPES[rel_type]
        cls = "pkg:EvidencedRelation" if _is_evidenced(rel) else "pkg:Relation"
        lines.append(f"| **{rel_type}** edge | `{_qname(predicate)}` | + a `{cls}` node |")
    for name, pm in EDGE_PROPERTY_MAP.items():
        lines.append(f"| edge.{name} | `{_qname(pm.predicate)}` on the relation node | {_KIND_NOTES[pm.kind]} |")
    return "\n".join(lines) + "\n"


def _kind_of(label: str) -> str:
    return {"Document": "doc", "Agency": "agency", "BeneficiaryGroup": "group"}[label]


_KIND_NOTES = {
    "lang": "literal @zh",
    "string": "xsd:string",
    "integer": "xsd:integer",
    "boolean": "xsd:boolean",
    "date": "xsd:date",
    "document": "document IRI",
    "agency": "agency IRI",
    "place": "dcterms:Location",
    "doc_type": "skos:Concept",
    "ancestors": "group IRIs",
    "status": "literal",
    "edges": "from edges",
}
