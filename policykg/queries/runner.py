"""Running the named queries: on Neo4j (:func:`run_neo4j`, the .cypher text unchanged in a READ
transaction) or on the networkx graph (:func:`run_memory`, through
:mod:`policykg.queries.memory`), with the same columns and rows; and saying why an answer is
empty.  The query files themselves are read by :mod:`policykg.queries.catalog` (its names are
importable from here too).

>>> import networkx as nx
>>> run_memory(get_query("most_cited"), {"limit": 3}, nx.MultiDiGraph())
QueryResult(columns=('document', 'title', 'doc_number', 'level', 'in_corpus', 'cited_by'), rows=(), capped=False)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import networkx as nx

from policykg.analysis.lookup import find_agency, find_document, find_group
from policykg.errors import QueryError
from policykg.neo4j import cypher
from policykg.queries.catalog import (
    NamedQuery,
    QueryParam,
    bind_params,
    get_query,
    named_queries,
    parse_param_pairs,
    parse_query_file,
)
from policykg.queries.memory import ANSWERS, FINDERS
from policykg.queries.readonly import run_read
from policykg.queries.result import QueryResult

__all__ = [
    "NamedQuery",
    "QueryParam",
    "QueryResult",
    "bind_params",
    "explain_empty",
    "get_query",
    "memory_counter",
    "named_queries",
    "neo4j_counter",
    "neo4j_names",
    "parse_param_pairs",
    "parse_query_file",
    "resolve_references",
    "run_memory",
    "run_neo4j",
]

# Parameter name → Cypher counting the nodes its value names (the queries' first MATCH), and what
# to say when there are none.  Used to explain an empty answer.
REFERENCE_LOOKUPS: dict[str, tuple[str, str]] = {
    "doc": (cypher.COUNT_DOCUMENTS_NAMED, "no document has the id, doc number or title {ref!r}"),
    "group": (cypher.COUNT_GROUPS_NAMED, "no beneficiary group has the id, name or synonym {ref!r}"),
    "agency": (cypher.COUNT_AGENCIES_NAMED, "no agency has the id, name or alias {ref!r}"),
}


def explain_empty(query: NamedQuery, params: Mapping[str, object], count_matches) -> str | None:
    """Why ``query`` found nothing, if a reference parameter names no node; else None.

    ``count_matches(param_name, cypher_text, value)`` counts the nodes a value names.
    """
    bound = bind_params(query, params)
    for name, (text, message) in REFERENCE_LOOKUPS.items():
        if name in bound and count_matches(name, text, bound[name]) == 0:
            return message.format(ref=bound[name])
    return None


def memory_counter(G: nx.MultiDiGraph):
    return lambda name, _text, value: len(FINDERS[name](G, value))


def neo4j_counter(driver, *, database: str | None = None):
    def count(_name, text, value):
        return run_read(text, {"ref": value}, driver, database=database).rows[0][0]

    return count


# Reference parameter → the forgiving lookup of the node a value names (analysis/lookup.py).
FORGIVING: dict[str, Callable[[nx.MultiDiGraph, str], str]] = {
    "doc": find_document,
    "group": find_group,
    "agency": find_agency,
}


def resolve_references(
    query: NamedQuery,
    params: Mapping[str, object],
    *,
    count_matches: Callable[[str, str, object], int],
    names: Callable[[], nx.MultiDiGraph],
) -> dict:
    """The parameters of ``query``, each reference that names nothing exactly (``焦政[2024]10号``,
    part of a title, a bare id) replaced by the id of the one node the forgiving lookup finds.

    A reference the query's own first MATCH finds is left as it is (the query answers for every
    node it names).  ``count_matches`` counts those (see :func:`explain_empty`); ``names()`` gives
    a graph of the nodes' names to look in.  Raises :class:`~policykg.errors.NotFoundError`
    listing the candidates when several nodes match, or the closest when none does.
    """
    bound = bind_params(query, params)
    for name, find in FORGIVING.items():
        value = bound.get(name)
        if value and not count_matches(name, REFERENCE_LOOKUPS[name][0], value):
            bound[name] = find(names(), str(value))
    return bound


def run_memory(
    query: NamedQuery, params: Mapping[str, object], G: nx.MultiDiGraph, *, lookup: bool = True
) -> QueryResult:
    """Answer ``query`` from the networkx graph (no server).  With ``lookup``, references are
    looked up as :func:`resolve_references` does; without, they must match exactly."""
    if query.name not in ANSWERS:
        raise QueryError(f"query {query.name} has no in-memory answer; run it with --neo4j")
    if lookup:
        bound = resolve_references(query, params, count_matches=memory_counter(G), names=lambda: G)
    else:
        bound = bind_params(query, params)
    rows = ANSWERS[query.name](G, bound)
    return QueryResult(query.columns, tuple(tuple(r[c] for c in query.columns) for r in rows))


def neo4j_names(driver, *, database: str | None = None) -> nx.MultiDiGraph:
    """A graph of the names of the documents, agencies and groups in Neo4j (no links)."""
    names = nx.MultiDiGraph()
    for node_id, label, props in run_read(cypher.READ_NAMES, {}, driver, database=database).rows:
        names.add_node(node_id, label=label, **{k: v for k, v in props.items() if v is not None})
    return names


def run_neo4j(
    query: NamedQuery,
    params: Mapping[str, object],
    driver,
    *,
    database: str | None = None,
    timeout: float | None = None,
    lookup: bool = True,
) -> QueryResult:
    """Run ``query`` in a read transaction on Neo4j; the query text is sent unchanged.  With
    ``lookup``, references are looked up as :func:`resolve_references` does (on the server's names)."""
    if lookup:
        bound = resolve_references(
            query,
            params,
            count_matches=neo4j_counter(driver, database=database),
            names=lambda: neo4j_names(driver, database=database),
        )
    else:
        bound = bind_params(query, params)
    return run_read(query.text, bound, driver, database=database, timeout=timeout)
