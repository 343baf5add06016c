"""rdf: the RDF backend — ELI/ORG/SKOS mapping, export, SHACL validation, SPARQL.

:mod:`~policykg.rdf.mapping` turns a policy graph into triples, :mod:`~policykg.rdf.export`
writes and reads them, :mod:`~policykg.rdf.shacl` validates them against the shapes, and
:mod:`~policykg.rdf.sparql` holds the SPARQL example.  The public names of all four are
importable from here.
"""

from policykg.rdf.export import FORMATS, ExportSummary, export_rdf, guess_format, parse_rdf, serialize_rdf, write_rdf
from policykg.rdf.mapping import (
    DEFAULT_BASE,
    EDGE_PROPERTY_MAP,
    IN_FORCE,
    LANG,
    NODE_CLASS,
    NODE_PROPERTY_MAP,
    RELATION_MAP,
    PropertyMap,
    check_base,
    graph_to_rdf,
    mapping_table_markdown,
    new_rdf_graph,
    node_iri,
    node_path,
    relation_iri,
)
from policykg.rdf.shacl import (
    ShaclReport,
    Violation,
    shapes_graph,
    validate_graph_file,
    validate_rdf,
    validate_rdf_file,
    vocabulary_graph,
)
from policykg.rdf.sparql import SPARQL_DOCUMENTS_FOR_GROUP, documents_for_group

__all__ = [
    "DEFAULT_BASE",
    "EDGE_PROPERTY_MAP",
    "FORMATS",
    "IN_FORCE",
    "LANG",
    "NODE_CLASS",
    "NODE_PROPERTY_MAP",
    "RELATION_MAP",
    "SPARQL_DOCUMENTS_FOR_GROUP",
    "ExportSummary",
    "PropertyMap",
    "ShaclReport",
    "Violation",
    "check_base",
    "documents_for_group",
    "export_rdf",
    "graph_to_rdf",
    "guess_format",
    "mapping_table_markdown",
    "new_rdf_graph",
    "node_iri",
    "node_path",
    "parse_rdf",
    "relation_iri",
    "serialize_rdf",
    "shapes_graph",
    "validate_graph_file",
    "validate_rdf",
    "validate_rdf_file",
    "vocabulary_graph",
    "write_rdf",
]
