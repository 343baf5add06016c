"""SPARQL over the RDF export: the named query ``beneficiary_docs`` as a worked example.

>>> import networkx as nx
>>> from policykg.rdf.mapping import graph_to_rdf
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="青年就业办法", in_corpus=True)
>>> G.add_node("group:青年", label="BeneficiaryGroup", name="青年", broader=[])
>>> G.add_node("group:大学生", label="BeneficiaryGroup", name="大学生", broader=["青年"])
>>> _ = G.add_edge("doc:a", "group:大学生", key="TARGETS", type="TARGETS", file="f", line=1, text="大学生")
>>> documents_for_group(graph_to_rdf(G), "青年")
[('doc:a', '青年就业办法')]
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal

from policykg.rdf.mapping import LANG

__all__ = ["SPARQL_DOCUMENTS_FOR_GROUP", "documents_for_group"]

# beneficiary_docs in SPARQL: the documents that support a beneficiary group or any narrower
# group (skos:broader*).  The group is a node of the graph given by id, name or synonym, as in the
# named Cypher query policykg/queries/beneficiary_docs.cypher.  ?group_key (the text asked for) and
# ?group_label (the same text @zh) are bound with initBindings, never pasted into the query text;
# binding both up front lets rdflib look the group up by index (a BIND … STRLANG costs 10× more).
SPARQL_DOCUMENTS_FOR_GROUP = """\
PREFIX eli:  <http://data.europa.eu/eli/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX pkg:  <https://policykg.example.org/ontology#>
SELECT DISTINCT ?id ?title WHERE {
  { ?group pkg:node_id ?group_key }
  UNION { ?group skos:prefLabel ?group_label }
  UNION { ?group skos:altLabel ?group_label }
  ?group a skos:Concept ;
         pkg:node_id ?group_id .
  ?narrower skos:broader* ?group .
  ?doc pkg:targets ?narrower ;
       pkg:node_id ?id ;
       eli:title ?title .
}
ORDER BY ?id
"""


@cache
def _prepared(query: str):
    # Imported here on purpose: rdflib's SPARQL engine (pyparsing grammars) takes ~0.2 s to import,
    # and `policykg.rdf`, which every CLI command loads, needs it only for this query.
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(query)


def documents_for_group(g: Graph, group: str) -> list[tuple[str, str]]:
    """(node id, title) of the documents targeting ``group`` (id, name or synonym) or a narrower group."""
    bindings = {"group_key": Literal(group), "group_label": Literal(group, lang=LANG)}
    rows = g.query(_prepared(SPARQL_DOCUMENTS_FOR_GROUP), initBindings=bindings)
    return [(str(r.id), str(r.title)) for r in rows]
