"""RDF export (ELI / W3C ORG / SKOS + policykg vocabulary), SHACL shapes, `export` and `validate`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from policykg.cli import main
from policykg.errors import RDFError
from policykg.graph.io import read_graph, write_graph
from policykg.ontology import namespaces as ns
from policykg.ontology.namespaces import DCTERMS, ELI, ORG, PKG, PKG_NS, RDF, RDFS, SH, SKOS, terms
from policykg.ontology.schema import LEVELS, NODE_LABELS, REL_TYPES, STATUSES
from policykg.rdf import (
    DEFAULT_BASE,
    EDGE_PROPERTY_MAP,
    FORMATS,
    NODE_CLASS,
    NODE_PROPERTY_MAP,
    RELATION_MAP,
    documents_for_group,
    graph_to_rdf,
    mapping_table_markdown,
    node_iri,
    relation_iri,
    serialize_rdf,
    shapes_graph,
    validate_rdf,
    vocabulary_graph,
    write_rdf,
)

from factories import add_document, add_relation, rdf_graph

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"

# ---------------------------------------------------------------------------- the hand-made graph: factories.rdf_graph


def _turtle(G, base=DEFAULT_BASE) -> Graph:
    """Export as Turtle text and parse it into a fresh rdflib graph, as a researcher would."""
    return Graph().parse(data=serialize_rdf(graph_to_rdf(G, base=base), "ttl"), format="turtle")


# ---------------------------------------------------------------------------- the mapping covers the schema


def test_every_schema_node_property_has_an_rdf_mapping():
    for label, node in NODE_LABELS.items():
        missing = [p.name for p in node.props if p.name not in NODE_PROPERTY_MAP.get(label, {})]
        assert missing == [], f"{label} properties without RDF mapping: {missing}"
        extra = set(NODE_PROPERTY_MAP[label]) - {p.name for p in node.props}
        assert extra == set(), f"RDF mapping of {label} names properties the schema lacks: {extra}"
    assert set(NODE_CLASS) == set(NODE_LABELS) == set(NODE_PROPERTY_MAP)


def test_every_relationship_type_and_edge_property_has_an_rdf_mapping():
    assert set(RELATION_MAP) == set(REL_TYPES)
    edge_props = {p.name for rel in REL_TYPES.values() for p in rel.props}
    assert edge_props - set(EDGE_PROPERTY_MAP) == set()
    assert set(EDGE_PROPERTY_MAP) - edge_props == set()
    assert len(set(RELATION_MAP.values())) == len(RELATION_MAP), "two relationship types share a predicate"


@pytest.mark.parametrize(
    "rel_type, predicate",
    [
        ("ISSUED_BY", "http://data.europa.eu/eli/ontology#passed_by"),
        ("BASED_ON", "http://data.europa.eu/eli/ontology#based_on"),
        ("IMPLEMENTS", "http://data.europa.eu/eli/ontology#ensures_implementation_of"),
        ("SUPERSEDES", "http://data.europa.eu/eli/ontology#repeals"),
        ("AMENDS", "http://data.europa.eu/eli/ontology#amends"),
        ("CITES", "http://data.europa.eu/eli/ontology#cites"),
        ("TRANSMITS", PKG_NS + "transmits"),
        ("TARGETS", PKG_NS + "targets"),
    ],
)
def test_relationship_types_map_to_eli_terms(rel_type, predicate):
    assert str(RELATION_MAP[rel_type]) == predicate


def test_unknown_relationship_type_fails_loudly():
    G = rdf_graph()
    G.add_edge("doc:豫人社〔2024〕3号", "doc:豫政〔2019〕8号", key="MENTIONS", type="MENTIONS")
    with pytest.raises(RDFError, match="MENTIONS"):
        graph_to_rdf(G)


# ---------------------------------------------------------------------------- vocabulary file and shapes agree with code


def test_vocabulary_file_defines_exactly_the_pkg_terms_with_labels_in_chinese_and_english():
    vocab = vocabulary_graph()
    defined = {s for s in vocab.subjects(RDF.type, None) if str(s).startswith(PKG_NS)}
    assert defined == set(terms(PKG))
    for term in terms(PKG):
        for pred in (RDFS.label, RDFS.comment):
            langs = {o.language for o in vocab.objects(term, pred)}
            assert {"zh", "en"} <= langs, f"{term} lacks {pred} in zh/en"


def test_shapes_use_only_defined_terms():
    shapes = shapes_graph()
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef)}
    assert {t for t in used if str(t).startswith(PKG_NS)} <= set(terms(PKG))
    assert {t for t in used if str(t).startswith(str(ELI._NS))} <= set(terms(ELI))


def test_validation_needs_nothing_from_the_network():
    for graph in (shapes_graph(), vocabulary_graph()):
        assert (None, ns.OWL.imports, None) not in graph


def _sh_in_values(shapes: Graph, path: URIRef) -> set:
    values = set()
    for prop in shapes.subjects(SH.path, path):
        for lst in shapes.objects(prop, SH["in"]):
            values |= set(shapes.items(lst))
    return values


def test_shape_value_lists_equal_the_schema():
    shapes = shapes_graph()
    assert {str(v) for v in _sh_in_values(shapes, PKG.level)} == set(LEVELS)
    assert {str(v) for v in _sh_in_values(shapes, PKG.status)} == set(STATUSES)
    assert {str(v) for v in _sh_in_values(shapes, PKG.relation_type)} == set(REL_TYPES)
    assert _sh_in_values(shapes, RDF.predicate) == set(RELATION_MAP.values())


def test_required_schema_properties_are_required_by_the_shapes():
    shapes = shapes_graph()
    for label, node in NODE_LABELS.items():
        node_shape = shapes.value(predicate=SH.targetClass, object=NODE_CLASS[label])
        assert node_shape is not None, f"no shape targets {NODE_CLASS[label]}"
        required_paths = {
            shapes.value(prop, SH.path)
            for prop in shapes.objects(node_shape, SH.property)
            if shapes.value(prop, SH.minCount) is not None and shapes.value(prop, SH.minCount).toPython() >= 1
        }
        for p in node.props:
            if p.required:
                assert NODE_PROPERTY_MAP[label][p.name].predicate in required_paths, f"{label}.{p.name}"


# ---------------------------------------------------------------------------- the export


def test_documents_use_the_eli_terms():
    G = rdf_graph()
    g = _turtle(G)
    doc = node_iri("doc:豫政办〔2024〕46号")
    assert (doc, RDF.type, ELI.LegalResource) in g
    assert g.value(doc, ELI.title) == Literal(G.nodes["doc:豫政办〔2024〕46号"]["title"], lang="zh")
    assert g.value(doc, ELI.id_local) == Literal("豫政办〔2024〕46号")
    assert g.value(doc, ELI.date_document) == Literal("2024-05-06", datatype=ns.XSD.date)
    assert g.value(doc, ELI.in_force) == ELI["InForce-inForce"]
    assert g.value(g.value(doc, ELI.type_document), SKOS.prefLabel) == Literal("通知", lang="zh")
    assert g.value(g.value(doc, ELI.jurisdiction), RDFS.label) == Literal("河南省", lang="zh")
    measures = node_iri("doc:河南省促进高校毕业生就业若干措施")
    assert g.value(measures, ELI.first_date_entry_in_force) == Literal("2024-06-01", datatype=ns.XSD.date)
    assert g.value(measures, ELI.date_no_longer_in_force) == Literal("2026-12-31", datatype=ns.XSD.date)
    assert g.value(node_iri("doc:豫政〔2019〕8号"), ELI.in_force) == ELI["InForce-notInForce"]
    assert g.value(node_iri("doc:国办发〔2023〕11号"), ELI.in_force) is None  # status unknown: no claim


def test_every_literal_property_value_survives():
    G = rdf_graph()
    g = _turtle(G)
    checked = 0
    for node_id, attrs in G.nodes(data=True):
        for name, pm in NODE_PROPERTY_MAP[attrs["label"]].items():
            if pm.kind not in ("lang", "string", "integer", "boolean", "date", "status") or attrs.get(name) in (
                None,
                [],
            ):
                continue
            values = attrs[name] if isinstance(attrs[name], list) else [attrs[name]]
            got = {o.toPython() for o in g.objects(node_iri(node_id), pm.predicate)}
            expected = {date.fromisoformat(v) if pm.kind == "date" else v for v in values}
            assert got == expected, (node_id, name)
            checked += 1
    assert checked > 50


@pytest.mark.parametrize(
    "status, in_force",
    [
        ("in_force", "InForce-inForce"),
        ("superseded", "InForce-notInForce"),
        ("expired", "InForce-notInForce"),
        ("not_yet_in_force", "InForce-notInForce"),
        ("unknown", None),
    ],
)
def test_status_maps_to_eli_in_force(status, in_force):
    G = nx.MultiDiGraph()
    add_document(G, "doc:x", "某办法", status=status)
    g = graph_to_rdf(G)
    assert g.value(node_iri("doc:x"), ELI.in_force) == (ELI[in_force] if in_force else None)
    assert g.value(node_iri("doc:x"), PKG.status) == Literal(status)


def test_every_schema_status_is_mapped_or_deliberately_unknown():
    from policykg.rdf.mapping import IN_FORCE

    assert set(IN_FORCE) | {"unknown"} == set(STATUSES)


def test_joint_issuers_give_repeated_passed_by():
    g = _turtle(rdf_graph())
    issuers = set(g.objects(node_iri("doc:豫人社〔2024〕3号"), ELI.passed_by))
    assert issuers == {node_iri("agency:河南省人力资源和社会保障厅"), node_iri("agency:河南省财政厅")}


def test_agencies_are_w3c_org_organizations():
    g = _turtle(rdf_graph())
    office = node_iri("agency:河南省人民政府办公厅")
    assert (office, RDF.type, ORG.Organization) in g
    assert g.value(office, SKOS.prefLabel) == Literal("河南省人民政府办公厅", lang="zh")
    assert g.value(office, SKOS.altLabel) == Literal("省人民政府办公厅", lang="zh")
    assert g.value(office, ORG.subOrganizationOf) == node_iri("agency:河南省人民政府")
    assert g.value(g.value(office, DCTERMS.spatial), RDFS.label) == Literal("河南省", lang="zh")


def test_groups_are_a_skos_taxonomy_with_immediate_broader_groups():
    g = _turtle(rdf_graph())
    grads = node_iri("group:高校毕业生")
    assert (grads, RDF.type, SKOS.Concept) in g
    assert set(g.objects(grads, SKOS.broader)) == {node_iri("group:青年")}
    assert set(g.objects(grads, SKOS.broaderTransitive)) == {node_iri("group:青年"), node_iri("group:重点群体")}
    assert {o.toPython() for o in g.objects(grads, SKOS.altLabel)} == {"应届毕业生", "大学毕业生"}
    scheme = g.value(grads, SKOS.inScheme)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in g
    assert set(g.objects(scheme, SKOS.hasTopConcept)) == {
        node_iri("group:重点群体"),
        node_iri("group:退役军人"),
        node_iri("group:学生"),
    }


def test_a_group_under_two_groups_has_both_as_broader():
    g = _turtle(rdf_graph())
    assert set(g.objects(node_iri("group:大学生"), SKOS.broader)) == {node_iri("group:青年"), node_iri("group:学生")}


def test_parents_and_broader_groups_outside_the_graph_are_named_not_counted():
    G = rdf_graph()
    G.remove_node("agency:河南省人民政府")
    G.remove_node("group:青年")
    G.remove_node("group:重点群体")
    g = _turtle(G)
    report = validate_rdf(g)
    assert report.conforms, str(report)
    gov, youth, key = node_iri("agency:河南省人民政府"), node_iri("group:青年"), node_iri("group:重点群体")
    assert g.value(gov, SKOS.prefLabel) == Literal("河南省人民政府", lang="zh")
    assert g.value(node_iri("agency:河南省财政厅"), ORG.subOrganizationOf) == gov
    assert g.value(youth, SKOS.prefLabel) == Literal("青年", lang="zh")
    # Without the 青年 node nobody knows 青年 is under 重点群体: both stay immediate, and stubs claim no broader.
    assert set(g.objects(node_iri("group:高校毕业生"), SKOS.broader)) == {youth, key}
    assert g.value(youth, SKOS.broader) is None and g.value(key, SKOS.broader) is None
    assert (None, PKG.node_id, None) in g and (gov, PKG.node_id, None) not in g and (youth, PKG.node_id, None) not in g
    _assert_counts(G, g)
    # As in the named Cypher query, only groups that are graph nodes can be asked for.
    assert [d for d, _ in documents_for_group(g, "高校毕业生")] == nx_documents_for_group(G, "高校毕业生") != []
    assert documents_for_group(g, "重点群体") == [] == nx_documents_for_group(G, "重点群体")


def test_empty_values_are_absent():
    G = rdf_graph()
    G.nodes["agency:河南省人民政府"]["parent"] = ""
    G.nodes["group:退役军人"]["synonyms"] = []
    g = _turtle(G)
    assert g.value(node_iri("agency:河南省人民政府"), ORG.subOrganizationOf) is None
    assert validate_rdf(g).conforms


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_counts_match_the_graph(tmp_path, fmt):
    G = rdf_graph()
    write_graph(G, tmp_path)
    G = read_graph(tmp_path)  # counts as in graph.json
    path = write_rdf(G, tmp_path / f"graph.{fmt}", fmt)
    g = Graph().parse(path, format=FORMATS[fmt])
    _assert_counts(G, g)


def _assert_counts(G: nx.MultiDiGraph, g: Graph) -> None:
    labels = Counter(a["label"] for _, a in G.nodes(data=True))
    for label, cls in NODE_CLASS.items():
        exported = {s for s in g.subjects(RDF.type, cls) if (s, PKG.node_id, None) in g}
        assert len(exported) == labels[label], label
    edge_types = Counter(k for _, _, k in G.edges(keys=True))
    for rel_type, predicate in RELATION_MAP.items():
        qualified = set(g.subjects(PKG.relation_type, Literal(rel_type)))
        assert len(qualified) == edge_types[rel_type], rel_type
        assert len(set(g.subject_objects(predicate))) == edge_types[rel_type], rel_type


def test_every_supersedes_edge_is_an_eli_repeals_triple_with_its_evidence():
    G = rdf_graph()
    g = _turtle(G)
    supersedes = [(s, t, a) for s, t, k, a in G.edges(keys=True, data=True) if k == "SUPERSEDES"]
    assert supersedes
    for source, target, _attrs in supersedes:
        assert (node_iri(source), ELI.repeals, node_iri(target)) in g


def test_edge_evidence_survives_on_the_qualified_relation_node():
    G = rdf_graph()
    g = _turtle(G)
    for source, target, rel_type, attrs in G.edges(keys=True, data=True):
        rel = relation_iri(source, rel_type, target)
        assert (rel, RDF.type, PKG.Relation) in g
        assert g.value(rel, RDF.subject) == node_iri(source)
        assert g.value(rel, RDF.predicate) == RELATION_MAP[rel_type]
        assert g.value(rel, RDF.object) == node_iri(target)
        for name, expected in (("file", attrs.get("file")), ("line", attrs.get("line")), ("text", attrs.get("text"))):
            got = g.value(rel, EDGE_PROPERTY_MAP[name].predicate)
            assert (got.toPython() if got is not None else None) == expected, (rel_type, name)


# ---------------------------------------------------------------------------- IRIs


def test_iris_are_readable_percent_encoded_and_fixed():
    assert str(node_iri("doc:豫政办〔2024〕46号")) == (
        "https://policykg.example.org/doc/%E8%B1%AB%E6%94%BF%E5%8A%9E%E3%80%942024%E3%80%9546%E5%8F%B7"
    )
    assert str(node_iri("group:高校毕业生", "https://data.example.cn/kg#")) == (
        "https://data.example.cn/kg#group/%E9%AB%98%E6%A0%A1%E6%AF%95%E4%B8%9A%E7%94%9F"
    )
    assert str(node_iri("doc:a/b c")) == "https://policykg.example.org/doc/a%2Fb%20c"


def test_export_is_identical_across_runs_and_node_order(tmp_path):
    G = rdf_graph()
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert serialize_rdf(graph_to_rdf(G), "nt") == serialize_rdf(graph_to_rdf(H), "nt")
    write_graph(G, tmp_path)
    for fmt in sorted(FORMATS):
        runs = []
        for seed in ("1", "2"):  # two separate processes with different hash seeds, as on two machines
            out = tmp_path / f"run{seed}.{fmt}"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "policykg",
                    "export",
                    "--graph",
                    str(tmp_path),
                    "--format",
                    fmt,
                    "--out",
                    str(out),
                ],
                check=True,
                capture_output=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
            )
            runs.append(out.read_bytes())
        assert runs[0] == runs[1], fmt


def test_base_is_configurable_and_checked():
    base = "https://data.example.cn/policy/"
    g = graph_to_rdf(rdf_graph(), base=base)
    subjects = {s for s in g.subjects() if (s, PKG.node_id, None) in g}
    assert subjects and all(str(s).startswith(base) for s in subjects)
    for bad in ("policy", "https://x.org/no-slash", "ftp://x.org/", "https://x .org/"):
        with pytest.raises(RDFError):
            graph_to_rdf(rdf_graph(), base=bad)


# ---------------------------------------------------------------------------- SHACL


def test_sample_export_conforms_to_the_shapes():
    report = validate_rdf(_turtle(rdf_graph()))
    assert report.conforms, str(report)
    assert report.violations == ()


def _broken_graph() -> nx.MultiDiGraph:
    G = rdf_graph()
    del G.nodes["doc:豫政〔2019〕8号"]["in_corpus"]
    add_relation(
        G, "doc:豫人社〔2024〕3号", "doc:不存在的文件", "CITES", file="sample.txt", line=99, text="见《不存在的文件》。"
    )
    return G


def test_broken_graph_is_reported_with_focus_path_and_message():
    report = validate_rdf(graph_to_rdf(_broken_graph()))
    assert not report.conforms
    found = {(v.focus, v.path) for v in report.violations}
    assert ("doc:豫政〔2019〕8号", "pkg:in_corpus") in found
    assert ("doc:豫人社〔2024〕3号", "eli:cites") in found
    nowhere = [v for v in report.violations if v.path == "eli:cites"]
    assert "不存在的文件" in nowhere[0].value


def _ttl(body: str) -> Graph:
    prefixes = (
        "@prefix eli: <http://data.europa.eu/eli/ontology#> . @prefix pkg: <https://policykg.example.org/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix org: <http://www.w3.org/ns/org#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
        "@prefix : <https://policykg.example.org/> .\n"
    )
    return Graph().parse(data=prefixes + body, format="turtle")


_OK_DOC = ':d a eli:LegalResource ; eli:title "办法"@zh ; pkg:in_corpus true .\n'

BROKEN_RDF = [
    # (what is wrong, Turtle, property reported)
    # (no title at all is an untitled text's, and conforms; an empty one does not)
    ("an empty title", ':d a eli:LegalResource ; eli:title ""@zh ; pkg:in_corpus true .', "eli:title"),
    ("two titles", ':d a eli:LegalResource ; eli:title "甲"@zh , "乙"@zh ; pkg:in_corpus true .', "eli:title"),
    ("date not typed xsd:date", _OK_DOC + ':d eli:date_document "2024-05-06" .', "eli:date_document"),
    (
        "impossible date",
        _OK_DOC + ':d eli:first_date_entry_in_force "2024-13-45"^^xsd:date .',
        "eli:first_date_entry_in_force",
    ),
    ("repeals something that is not a LegalResource", _OK_DOC + ":d eli:repeals :nowhere .", "eli:repeals"),
    ("passed_by a non-organization", _OK_DOC + ":d eli:passed_by :d .", "eli:passed_by"),
    ("status outside the schema", _OK_DOC + ':d pkg:status "valid" .', "pkg:status"),
    ("in_force not an ELI concept", _OK_DOC + ":d eli:in_force :yes .", "eli:in_force"),
    ("agency without known", ':a a org:Organization ; skos:prefLabel "某局"@zh .', "pkg:known"),
    ("group without scheme", ':g a skos:Concept ; skos:prefLabel "青年"@zh .', "skos:inScheme"),
    (
        "evidence without text",
        _OK_DOC + ":d eli:cites :d . :r a pkg:Relation , pkg:EvidencedRelation ; rdf:subject :d ; "
        'rdf:predicate eli:cites ; rdf:object :d ; pkg:relation_type "CITES" ; pkg:file "f.txt" ; pkg:line 3 .',
        "pkg:text",
    ),
    (
        "evidence line not an integer",
        _OK_DOC + ":d eli:cites :d . :r a pkg:Relation ; rdf:subject :d ; rdf:predicate eli:cites ; rdf:object :d ; "
        'pkg:relation_type "CITES" ; pkg:line "three" .',
        "pkg:line",
    ),
]


@pytest.mark.parametrize("what, body, path", BROKEN_RDF, ids=[row[0] for row in BROKEN_RDF])
def test_shapes_catch(what, body, path):
    report = validate_rdf(_ttl(body))
    assert not report.conforms
    assert path in {v.path for v in report.violations}, str(report)


@pytest.mark.parametrize(
    "what, body, message",
    [
        (
            "relation whose triple is not stated",
            _OK_DOC
            + ':r a pkg:Relation ; rdf:subject :d ; rdf:predicate eli:cites ; rdf:object :d ; pkg:relation_type "CITES" .',
            "not stated",
        ),
        (
            "stated ancestors disagree with skos:broader",
            ':s a skos:ConceptScheme . :a a skos:Concept ; skos:prefLabel "甲"@zh ; skos:inScheme :s ; skos:broader :b ; '
            'skos:broaderTransitive :b , :c . :b a skos:Concept ; skos:prefLabel "乙"@zh ; skos:inScheme :s . '
            ':c a skos:Concept ; skos:prefLabel "丙"@zh ; skos:inScheme :s .',
            "not the ones skos:broader* reaches",
        ),
        (
            "broader loop",
            ':s a skos:ConceptScheme . :a a skos:Concept ; skos:prefLabel "甲"@zh ; skos:inScheme :s ; skos:broader :b . '
            ':b a skos:Concept ; skos:prefLabel "乙"@zh ; skos:inScheme :s ; skos:broader :a .',
            "loops back",
        ),
    ],
)
def test_sparql_constraints_catch(what, body, message):
    report = validate_rdf(_ttl(body))
    hits = [v for v in report.violations if message in v.message]
    assert hits, str(report)
    assert all("policykg.example.org/" in v.focus and "TheExport" not in v.focus for v in hits)


# ---------------------------------------------------------------------------- the CLI


def test_cli_export_writes_every_format(tmp_path):
    write_graph(rdf_graph(), tmp_path)
    for fmt in sorted(FORMATS):
        out = tmp_path / f"export.{fmt}"
        result = CliRunner().invoke(main, ["export", "--graph", str(tmp_path), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert "6 documents" in result.output
        _assert_counts(rdf_graph(), Graph().parse(out, format=FORMATS[fmt]))


def test_cli_validate_passes_a_good_build_and_file(tmp_path):
    write_graph(rdf_graph(), tmp_path)
    result = CliRunner().invoke(main, ["validate", "--graph", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    ttl = tmp_path / "graph.ttl"
    CliRunner().invoke(main, ["export", "--graph", str(tmp_path), "--out", str(ttl)])
    result = CliRunner().invoke(main, ["validate", "--rdf", str(ttl)])
    assert result.exit_code == 0, result.output


def test_cli_validate_reports_a_broken_build(tmp_path):
    # graph.json written by hand: a document that does not say whether it is in the corpus and an edge to a
    # node that does not exist.
    data = json.loads(
        json.dumps(
            {
                "schema_version": 1,
                "nodes": [
                    {"id": "doc:甲", "label": "Document", "properties": {"title": "甲"}},
                    {"id": "doc:乙", "label": "Document", "properties": {"title": "乙", "in_corpus": False}},
                ],
                "edges": [
                    {
                        "source": "doc:乙",
                        "target": "doc:无此文件",
                        "type": "CITES",
                        "properties": {"file": "a.txt", "line": 4, "text": "见《无此文件》。"},
                    },
                ],
            }
        )
    )
    (tmp_path / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--graph", str(tmp_path)])
    assert result.exit_code == 1
    assert "doc:甲 pkg:in_corpus" in result.output
    assert "doc:乙 eli:cites" in result.output and "无此文件" in result.output


def test_cli_validate_reports_a_broken_rdf_file(tmp_path):
    ttl = tmp_path / "bad.ttl"
    ttl.write_text(
        "@prefix eli: <http://data.europa.eu/eli/ontology#> .\n<https://x.org/doc/1> a eli:LegalResource .\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["validate", "--rdf", str(ttl)])
    assert result.exit_code == 1
    assert "pkg:in_corpus" in result.output


def test_cli_errors_are_one_line_messages(tmp_path):
    write_graph(rdf_graph(), tmp_path)
    result = CliRunner().invoke(
        main, ["export", "--graph", str(tmp_path), "--out", str(tmp_path / "x.ttl"), "--base", "not-an-iri"]
    )
    assert result.exit_code == 1 and "--base" in result.output and "Traceback" not in result.output
    (tmp_path / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--rdf", str(tmp_path / "bad.ttl")])
    assert result.exit_code == 1 and "cannot parse" in result.output


# ---------------------------------------------------------------------------- SPARQL = the named question


def nx_documents_for_group(G: nx.MultiDiGraph, group: str) -> list[str]:
    """beneficiary_docs straight from networkx: the group node by id, name or synonym, then every group
    listing it among its ``broader`` names (all ancestors), then the documents targeting any of them."""
    found = [
        (n, a["name"])
        for n, a in G.nodes(data=True)
        if a.get("label") == "BeneficiaryGroup" and group in (n, a.get("name"), *(a.get("synonyms") or []))
    ]
    targets = {
        n
        for g_id, g_name in found
        for n, a in G.nodes(data=True)
        if n == g_id or (a.get("label") == "BeneficiaryGroup" and g_name in (a.get("broader") or []))
    }
    return sorted({s for s, t, k in G.edges(keys=True) if k == "TARGETS" and t in targets})


@pytest.mark.parametrize(
    "group", ["重点群体", "青年", "学生", "大学生", "高校毕业生", "应届毕业生", "group:青年", "退役军人", "无此群体"]
)
def test_sparql_documents_for_group_equals_networkx(group):
    G = rdf_graph()
    got = documents_for_group(_turtle(G), group)
    assert [doc_id for doc_id, _title in got] == nx_documents_for_group(G, group)
    assert all(title == G.nodes[doc_id]["title"] for doc_id, title in got)


def test_sparql_includes_narrower_groups():
    g = _turtle(rdf_graph())
    ids = [doc_id for doc_id, _ in documents_for_group(g, "重点群体")]
    assert ids == [
        "doc:中华人民共和国就业促进法",
        "doc:河南省促进高校毕业生就业若干措施",
        "doc:豫人社〔2024〕3号",
        "doc:豫政办〔2024〕46号",
    ]
    assert [doc_id for doc_id, _ in documents_for_group(g, "在校生")] == ["doc:中华人民共和国就业促进法"]


def named_query_documents(G: nx.MultiDiGraph, group: str) -> list[str]:
    """The documents of the named query beneficiary_docs, answered in memory by the query runner."""
    from policykg.queries.runner import get_query, run_memory

    result = run_memory(get_query("beneficiary_docs"), {"group": group}, G)
    return sorted({row["document"] for row in result.records()})


@pytest.mark.parametrize("group", ["重点群体", "青年", "学生", "高校毕业生", "应届毕业生", "group:青年", "退役军人"])
def test_sparql_equals_the_named_query(group):
    G = rdf_graph()
    assert [doc_id for doc_id, _ in documents_for_group(_turtle(G), group)] == named_query_documents(G, group)


# ---------------------------------------------------------------------------- generated files


def test_committed_json_schema_equals_the_generated_one():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_schema.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_docs_hold_the_generated_mapping_table():
    assert mapping_table_markdown() in (ROOT / "docs" / "rdf.md").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- the real sample corpus


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus-build")
    result = subprocess.run(
        [sys.executable, "-m", "policykg", "build", str(CORPUS), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=out,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_corpus_export_round_trips_and_conforms(corpus_build, tmp_path):
    G = read_graph(corpus_build)
    ttl = tmp_path / "corpus.ttl"
    result = CliRunner().invoke(main, ["export", "--graph", str(corpus_build), "--format", "ttl", "--out", str(ttl)])
    assert result.exit_code == 0, result.output
    g = Graph().parse(ttl, format="turtle")
    _assert_counts(G, g)
    supersedes = [(s, t) for s, t, k in G.edges(keys=True) if k == "SUPERSEDES"]
    assert all((node_iri(s), ELI.repeals, node_iri(t)) in g for s, t in supersedes)
    # Every property and relationship type the build uses shows up under its ELI / ORG / SKOS / pkg term.
    for _, attrs in G.nodes(data=True):
        for name, pm in NODE_PROPERTY_MAP[attrs["label"]].items():
            if attrs.get(name) not in (None, "", []) and pm.kind != "edges":
                assert (None, pm.predicate, None) in g, (attrs["label"], name)
    for rel_type in {k for _, _, k in G.edges(keys=True)}:
        assert (None, RELATION_MAP[rel_type], None) in g, rel_type
    assert (None, ELI.in_force, ELI["InForce-inForce"]) in g
    report = validate_rdf(g)
    assert report.conforms, str(report)


def test_corpus_sparql_question_equals_networkx(corpus_build):
    G = read_graph(corpus_build)
    g = _turtle(G)
    groups = sorted(a["name"] for _, a in G.nodes(data=True) if a.get("label") == "BeneficiaryGroup")
    assert groups, "the sample corpus has beneficiary groups"
    answered = 0
    for name in groups:
        got = [doc_id for doc_id, _ in documents_for_group(g, name)]
        assert got == nx_documents_for_group(G, name) == named_query_documents(G, name), name
        answered += bool(got)
    assert answered > 0
