"""`policykg load`, `policykg query`, `policykg cypher`: the graph in Neo4j and the named queries."""

from __future__ import annotations

from pathlib import Path

import click

from policykg.cli import main
from policykg.cli.options import (
    GRAPH_DIR,
    ROW_FORMATS,
    neo4j_options,
    neo4j_wanted,
    open_build,
    open_neo4j,
    seconds,
    terminal_width,
)
from policykg.errors import QueryError
from policykg.graph.io import build_info, read_graph
from policykg.neo4j.load import load_graph
from policykg.queries import runner
from policykg.queries.output import format_csv, format_json, readable_table
from policykg.queries.readonly import check_read_only, decode_param, run_read
from policykg.queries.runner import NamedQuery, QueryResult

# A query may run for a day at most: the driver fails (a traceback) on an infinite, NaN or huge timeout.
MAX_QUERY_SECONDS = 86400.0


def _emit(result: QueryResult, fmt: str, *, wide: bool = False, bom: bool = False) -> None:
    if fmt == "json":
        click.echo(format_json(result))
    elif fmt == "csv":
        click.echo(format_csv(result, bom=bom))
    else:
        table = readable_table(result, width=terminal_width(), wide=wide)
        click.echo(table.text)
        if table.note:
            click.echo(table.note, err=True)


@main.command("load")
@click.argument("graph", metavar="GRAPH_JSON_OR_DIR", type=click.Path(path_type=Path))
@neo4j_options(uri_help="Neo4j to load into, e.g. bolt://127.0.0.1:7687 (default: $NEO4J_URI, else the local server).")
@click.option("--replace", is_flag=True, help="Delete every node of the database first (start from empty).")
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=1000, show_default=True, help="Rows per write transaction."
)
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on stderr.")
def load_command(graph, uri, user, password, database, replace, batch_size, progress):
    """Load a graph.json (or a build folder holding one) into Neo4j.

    Creates uniqueness constraints on the `id` of each label, then MERGEs nodes and
    relationships in batches: loading twice leaves the same graph, and a load cut off midway
    can simply be run again.  --replace empties the database first.

    \b
    Example:
        policykg neo4j start
        policykg load out/graph.json --neo4j bolt://127.0.0.1:7687 --replace
    """
    G = read_graph(graph)
    click.echo(f"graph: {build_info(graph, G)}", err=True)
    settings, driver = open_neo4j(uri, user, password, database)
    with driver:
        summary = load_graph(
            G, driver, database=settings.database, batch_size=batch_size, replace=replace, progress=progress
        )
    click.echo(f"{summary} into {settings.uri} (database {settings.database})")


@main.command("query")
@click.argument("name", required=False)
@click.option(
    "--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter; repeat for several."
)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries with their parameters.")
@GRAPH_DIR
@neo4j_options(uri_help="Answer from this Neo4j instead of the in-memory graph, e.g. bolt://127.0.0.1:7687.")
@click.option(
    "--timeout",
    type=seconds(MAX_QUERY_SECONDS),
    default=60.0,
    show_default=True,
    help="Seconds before Neo4j stops the query.",
)
@ROW_FORMATS
def query_command(name, params, list_queries, graph_dir, uri, user, password, database, timeout, fmt, wide, bom):
    """Run a named query (policykg/queries/NAME.cypher) on the build or on Neo4j.

    Without --neo4j the query is answered from the build's graph.json in memory; with --neo4j
    the same Cypher file runs on the server.  Both give the same rows.

    \b
    Example:
        policykg query --list
        policykg query lineage_up --param doc=焦政〔2024〕10号 --param level=national
        policykg query coissuance --neo4j bolt://127.0.0.1:7687 --csv
    """
    if list_queries:
        click.echo(_describe_queries(runner.named_queries()))
        return
    if not name:
        raise QueryError("name a query (see `policykg query --list`)")
    on_server = neo4j_wanted(uri, user, password, database)
    if graph_dir is not None and on_server:
        raise QueryError("give either --graph (in memory) or --neo4j (a server), not both")
    query = runner.get_query(name)
    given = runner.parse_param_pairs(params)
    if on_server:
        result, why = _answer_on_server(query, given, (uri, user, password, database), timeout=timeout)
    else:
        result, why = _answer_in_memory(query, given, graph_dir)
    _emit(result, fmt, wide=wide, bom=bom)
    if why:
        click.echo(f"note: {why}", err=True)


def _answer_on_server(
    query: NamedQuery, given: dict, target: tuple, *, timeout: float
) -> tuple[QueryResult, str | None]:
    """The rows of ``query`` on the Neo4j that ``target`` (the --neo4j options) names, and why there are none."""
    settings, driver = open_neo4j(*target)
    click.echo(f"neo4j: {settings.uri} (database {settings.database})", err=True)  # which graph answers
    with driver:
        result = runner.run_neo4j(query, given, driver, database=settings.database, timeout=timeout)
        if result.rows:
            return result, None
        return result, runner.explain_empty(query, given, runner.neo4j_counter(driver, database=settings.database))


def _answer_in_memory(query: NamedQuery, given: dict, graph_dir: str | None) -> tuple[QueryResult, str | None]:
    """The rows of ``query`` on the build's graph in memory, and why there are none."""
    G = open_build(graph_dir)
    result = runner.run_memory(query, given, G)
    return result, None if result.rows else runner.explain_empty(query, given, runner.memory_counter(G))


def _describe_queries(queries) -> str:
    blocks = []
    for q in queries.values():
        lines = [f"{q.name}: {q.summary}"]
        for p in q.params:
            default = "required" if p.required else f"default {p.default!r}"
            lines.append(f"    --param {p.name}=<{p.type}>  {p.doc} ({default})")
        lines.append(f"    example: {q.example}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


@main.command("cypher")
@click.argument("text", metavar="CYPHER")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter ($key in the query); JSON numbers, lists … are decoded, else a string.",
)
@neo4j_options(uri_help="Neo4j to query (default: $NEO4J_URI, else the local server).")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    help="Print at most this many rows (says so when more were available).",
)
@click.option(
    "--timeout",
    type=seconds(MAX_QUERY_SECONDS),
    default=30.0,
    show_default=True,
    help="Seconds before Neo4j stops the query.",
)
@ROW_FORMATS
def cypher_command(text, params, uri, user, password, database, limit, timeout, fmt, wide, bom):
    """Run your own read-only Cypher on Neo4j.

    Queries that would write or reach outside the graph (CREATE, MERGE, DELETE, SET, REMOVE,
    INSERT, DROP, LOAD CSV, CALL … IN TRANSACTIONS, USE, SHOW, TERMINATE, admin commands,
    procedures outside a small allow-list) are refused before they are sent, however comments,
    strings or escapes hide them; the query runs in a read-only transaction.  Values go in with
    --param, never into the text.

    \b
    Example:
        policykg cypher 'MATCH (d:Document {level: $level}) RETURN d.title' --param level=national
    """
    values = {k: decode_param(v) for k, v in runner.parse_param_pairs(params).items()}
    check_read_only(text)  # refuse before connecting
    settings, driver = open_neo4j(uri, user, password, database)
    with driver:
        result = run_read(text, values, driver, database=settings.database, limit=limit, timeout=timeout)
    _emit(result, fmt, wide=wide, bom=bom)
    if result.capped:
        click.echo(f"(showing the first {limit} rows; more were available — raise --limit)", err=True)
