"""`policykg export` (RDF: ELI, W3C ORG, SKOS; CSV, parquet, GraphML, GEXF) and `policykg validate` (SHACL, offline)."""

from __future__ import annotations

from pathlib import Path

import click

from policykg.cli import main
from policykg.cli.options import EXPORT_FORMAT, GRAPH_DIR, RDF_BASE, open_build, out_file_option
from policykg.graph.io import file_build_info, resolve_graph_dir
from policykg.rdf import export_rdf, validate_graph_file, validate_rdf_file
from policykg.tabular import TABLE_FORMATS, export_table

# --out suffix → the format it means when --format is not given (RDF suffixes: rdf/export.py).
SUFFIX_FORMATS = {".graphml": "graphml", ".gexf": "gexf"}


@main.command()
@GRAPH_DIR
@EXPORT_FORMAT
@out_file_option(
    metavar="FILE_OR_DIR",
    dir_okay=True,
    help="File to write (RDF, GraphML, GEXF), or folder for nodes and edges (csv, parquet).",
)
@RDF_BASE
@click.option("--bom", is_flag=True, help="csv: start each file with a UTF-8 byte order mark (Excel reads it right).")
def export(graph_dir: str | None, fmt: str | None, out: str, base: str, bom: bool) -> None:
    """Export a build: as RDF (documents as ELI legal resources, agencies in W3C ORG, beneficiary
    groups as a SKOS taxonomy, edge evidence on qualified relation nodes), as nodes and edges
    tables (CSV, parquet) or as a graph file for Gephi, Cytoscape and networkx (GraphML, GEXF).

    RDF IRIs are made from node ids under --base, so they are the same on every run.  Tables have
    one row per node and per relationship, ids without their doc:/agency:/group: prefix next to
    a kind column, and list properties joined with "|" (docs/research.md).

    \b
    Example:
        policykg export --graph out --format ttl --out out/graph.ttl
        policykg export --format graphml --out out/graph.graphml
        policykg export --format csv --out out/tables --bom
    """
    G = open_build(graph_dir)
    fmt = fmt or SUFFIX_FORMATS.get(Path(out).suffix.lower())
    if fmt in TABLE_FORMATS:
        click.echo(str(export_table(G, out, fmt, bom=bom)))
    else:
        click.echo(str(export_rdf(G, out, fmt, base=base)))


@main.command()
@GRAPH_DIR
@click.option(
    "--rdf",
    "rdf_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Validate this RDF file (Turtle, JSON-LD or N-Triples, by suffix) instead of a build.",
)
@RDF_BASE
@click.pass_context
def validate(ctx: click.Context, graph_dir: str | None, rdf_file: str | None, base: str) -> None:
    """Check the RDF export against policykg's SHACL shapes (offline) and list every violation
    by focus node, property and message.  Exit code 1 when the data does not conform.

    \b
    Example:
        policykg validate --graph out
        policykg validate --rdf out/graph.ttl
    """
    if graph_dir and rdf_file:
        raise click.UsageError("give --graph or --rdf, not both")
    if rdf_file:
        source, report = rdf_file, validate_rdf_file(rdf_file)
    else:
        source = resolve_graph_dir(graph_dir)
        click.echo(f"graph: {file_build_info(source)}", err=True)
        report = validate_graph_file(source, base=base)
    click.echo(f"{source}: {report}")
    if not report.conforms:
        ctx.exit(1)
