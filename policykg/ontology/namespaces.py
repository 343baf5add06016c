"""Vocabularies as code: the RDF terms policykg uses, as ``DefinedNamespace`` classes.

A typo in a term name is an error at import/lookup time, not a silently wrong IRI:

>>> ELI.repeals
rdflib.term.URIRef('http://data.europa.eu/eli/ontology#repeals')
>>> ELI["InForce-inForce"]
rdflib.term.URIRef('http://data.europa.eu/eli/ontology#InForce-inForce')
>>> PKG.targets
rdflib.term.URIRef('https://policykg.example.org/ontology#targets')
>>> PKG.no_such_term
Traceback (most recent call last):
...
AttributeError: term 'no_such_term' not in namespace 'https://policykg.example.org/ontology#'

W3C ORG, SKOS, Dublin Core terms, RDF(S) and XSD are rdflib's own classes, re-exported here so
that one import gives every vocabulary.  ``ELI`` lists only the subset of the ELI ontology
(http://data.europa.eu/eli/ontology#) policykg writes; the names were checked against the
published ontology (``type_document`` and ``in_force`` are object properties: their values are
``skos:Concept`` resources, for ``in_force`` the ELI individuals ``InForce-inForce``,
``InForce-notInForce`` and ``InForce-partiallyInForce``).  ``PKG`` is policykg's own small
vocabulary, published in ``policykg.ttl`` next to this module.

(No ``from __future__ import annotations`` here: rdflib reads the annotations as classes.)
"""

from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, RDF, RDFS, SH, SKOS, XSD, DefinedNamespace, Namespace

__all__ = ["terms", "DCTERMS", "ELI", "ORG", "OWL", "PKG", "PKG_NS", "RDF", "RDFS", "SH", "SKOS", "XSD"]

PKG_NS = "https://policykg.example.org/ontology#"


class ELI(DefinedNamespace):
    """The part of the European Legislation Identifier ontology policykg uses."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    # Classes
    LegalResource: URIRef  # A distinct intellectual creation: one law, regulation, notice …
    ResourceType: URIRef  # skos:Concept values of eli:type_document
    InForce: URIRef  # skos:Concept values of eli:in_force (concept scheme eli:InForceTable)
    InForceTable: URIRef  # the ConceptScheme holding the InForce-* individuals

    # Datatype properties
    title: URIRef  # title of the resource
    title_alternative: URIRef  # an alternative title: a spelling it is cited under (劳动合同法)
    id_local: URIRef  # identifier in a local reference system: the 发文字号
    date_document: URIRef  # date of adoption or signature (xsd:date)
    first_date_entry_in_force: URIRef  # first date any part came into force (xsd:date)
    date_no_longer_in_force: URIRef  # last date any part is in force (xsd:date)

    # Object properties
    type_document: URIRef  # the type of the resource, a ResourceType concept (通知, 办法 …)
    in_force: URIRef  # InForce-inForce | InForce-notInForce | InForce-partiallyInForce
    passed_by: URIRef  # the legal author; repeatable (joint issuance)
    jurisdiction: URIRef  # the jurisdiction the resource originates from
    based_on: URIRef  # empowered by another resource (根据/依据)
    ensures_implementation_of: URIRef  # carries out another resource (贯彻落实)
    repeals: URIRef  # completely cancels or replaces another (废止)
    repealed_by: URIRef  # inverse of repeals
    amends: URIRef  # introduces legal changes in another (修改)
    cites: URIRef  # citation in the text

    # Individuals whose local names are not Python identifiers
    _extras = ["InForce-inForce", "InForce-notInForce", "InForce-partiallyInForce"]


class PKG(DefinedNamespace):
    """policykg's own vocabulary: only what ELI, ORG and SKOS do not have.  See policykg.ttl."""

    _NS = Namespace(PKG_NS)
    _fail = True

    # Classes
    Relation: URIRef  # a qualified (reified) edge of the graph
    EvidencedRelation: URIRef  # a Relation read from a sentence: has file, line and text

    # Relations between resources
    targets: URIRef  # Document → beneficiary group (skos:Concept)
    transmits: URIRef  # notice → the text it transmits (关于印发《X》的通知)
    transmitted_by: URIRef  # inverse of transmits

    # Evidence of a qualified relation
    relation_type: URIRef  # the graph.json relationship type: SUPERSEDES, TARGETS …
    file: URIRef
    line: URIRef
    page: URIRef
    page_line: URIRef
    text: URIRef
    cited_as: URIRef

    # Node bookkeeping and facts ELI has no term for
    node_id: URIRef  # the node's id in graph.json
    level: URIRef
    status: URIRef
    status_as_of: URIRef
    in_corpus: URIRef
    source_file: URIRef
    source_line: URIRef
    end_line: URIRef
    printed_also_in: URIRef
    source_page: URIRef
    source_page_line: URIRef
    doc_number_prefix: URIRef
    doc_number_year: URIRef
    doc_number_serial: URIRef
    known: URIRef
    # Dates, validity and identity facts of version 2 of graph.json
    year: URIRef
    date_precision: URIRef
    year_from: URIRef
    level_from: URIRef
    passed_date: URIRef
    amended_date: URIRef
    category: URIRef
    status_zh: URIRef
    repealed_on: URIRef
    unit: URIRef
    dates_from: URIRef
    source: URIRef


def terms(ns: type[DefinedNamespace]) -> list[URIRef]:
    """Every term a ``DefinedNamespace`` defines, sorted.

    >>> [str(t).rsplit("#", 1)[1] for t in terms(ELI)][:3]
    ['InForce', 'InForce-inForce', 'InForce-notInForce']
    """
    names = [n for n in ns.__annotations__ if not n.startswith("_")] + list(ns._extras)
    return sorted(ns[n] for n in names)
