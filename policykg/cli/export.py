"""`policykg export` (RDF: ELI, W3C ORG, SKOS) and `policykg validate` (SHACL, offline)."""

from __future__ import annotations

import click

from policykg.cli import main
from policykg.cli.options import GRAPH_DIR, RDF_BASE, RDF_FORMAT, out_file_option
from policykg.graph.io import load_build, resolve_graph_dir
from policykg.rdf import export_rdf, validate_graph_file, validate_rdf_file


@main.command()
@GRAPH_DIR
@RDF_FORMAT
@out_file_option()
@RDF_BASE
def export(graph_dir: str | None, fmt: str | None, out: str, base: str) -> None:
    """Export a build as RDF: documents as ELI legal resources, agencies in W3C ORG,
    beneficiary groups as a SKOS taxonomy, edge evidence on qualified relation nodes.

    IRIs are made from node ids under --base, so they are the same on every run.

    \b
    Example:
        policykg export --graph out --format ttl --out out/graph.ttl
        policykg export --graph out --format jsonld --out out/graph.jsonld --base https://data.example.cn/policy/
    """
    click.echo(str(export_rdf(load_build(graph_dir), out, fmt, base=base)))


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
        report = validate_graph_file(source, base=base)
    click.echo(f"{source}: {report}")
    if not report.conforms:
        ctx.exit(1)
