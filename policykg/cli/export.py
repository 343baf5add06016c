"""`policykg export` (RDF: ELI, W3C ORG, SKOS) and `policykg validate` (SHACL, offline)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import networkx as nx

from policykg.cli import main
from policykg.errors import GraphFileError
from policykg.graph.io import GRAPH_FILE, load_build, resolve_graph_dir
from policykg.ontology.namespaces import ELI, ORG, PKG, RDF, SKOS
from policykg.ontology.schema import SCHEMA_VERSION
from policykg.rdf.export import (
    DEFAULT_BASE,
    FORMATS,
    graph_to_rdf,
    guess_format,
    parse_rdf,
    serialize_rdf,
    validate_rdf,
)

_GRAPH_HELP = "Build folder holding graph.json (default: the last `policykg build --out`, else out/)."


@main.command()
@click.option("--graph", "graph_dir", type=click.Path(file_okay=False), default=None, help=_GRAPH_HELP)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default=None,
    help="ttl (Turtle), jsonld (JSON-LD) or nt (N-Triples); default: from the --out suffix, else ttl.",
)
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True, help="File to write.")
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    help="Base IRI of the exported resources (absolute, ending in / or #).",
)
def export(graph_dir: str | None, fmt: str | None, out: str, base: str) -> None:
    """Export a build as RDF: documents as ELI legal resources, agencies in W3C ORG,
    beneficiary groups as a SKOS taxonomy, edge evidence on qualified relation nodes.

    IRIs are made from node ids under --base, so they are the same on every run.

    \b
    Example:
        policykg export --graph out --format ttl --out out/graph.ttl
        policykg export --graph out --format jsonld --out out/graph.jsonld --base https://data.example.cn/policy/
    """
    G = load_build(graph_dir)
    fmt = fmt or guess_format(out)
    g = graph_to_rdf(G, base=base)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(serialize_rdf(g, fmt), encoding="utf-8")
    counts = _counts(g)
    click.echo(
        f"wrote {path} ({fmt}): {len(g)} triples — {counts['documents']} documents, "
        f"{counts['agencies']} agencies, {counts['groups']} groups, {counts['relations']} relations"
    )


@main.command()
@click.option("--graph", "graph_dir", type=click.Path(file_okay=False), default=None, help=_GRAPH_HELP)
@click.option(
    "--rdf",
    "rdf_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Validate this RDF file (Turtle, JSON-LD or N-Triples, by suffix) instead of a build.",
)
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI used when exporting --graph.")
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
        data = parse_rdf(rdf_file)
        source = rdf_file
    else:
        data = graph_to_rdf(_read_graph_keeping_dangling_edges(graph_dir), base=base)
        source = str(resolve_graph_dir(graph_dir))
    report = validate_rdf(data)
    click.echo(f"{source}: {report}")
    if not report.conforms:
        ctx.exit(1)


def _counts(g) -> dict[str, int]:
    return {
        "documents": len(set(g.subjects(RDF.type, ELI.LegalResource))),
        "agencies": len({s for s in g.subjects(RDF.type, ORG.Organization) if (s, PKG.node_id, None) in g}),
        "groups": len({s for s in g.subjects(RDF.type, SKOS.Concept) if (s, PKG.node_id, None) in g}),
        "relations": len(set(g.subjects(RDF.type, PKG.Relation))),
    }


def _read_graph_keeping_dangling_edges(graph_dir: str | None) -> nx.MultiDiGraph:
    """The build's graph, like ``load_build``, except that an edge to an unknown node is kept
    (networkx adds a bare node) so that SHACL reports it together with every other problem."""
    p = resolve_graph_dir(graph_dir)
    if p.is_dir() or p.suffix != ".json":
        p = p / GRAPH_FILE
    if not p.exists():
        raise GraphFileError(f"{p}: no graph here; run `policykg build PATH --out {p.parent}` first")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"{p}: cannot read graph.json ({exc})") from None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        raise GraphFileError(f"{p}: not a policykg graph.json of schema_version {SCHEMA_VERSION}")
    G = nx.MultiDiGraph()
    try:
        for n in data["nodes"]:
            G.add_node(n["id"], label=n["label"], **n.get("properties", {}))
        for e in data["edges"]:
            G.add_edge(e["source"], e["target"], key=e["type"], type=e["type"], **e.get("properties", {}))
    except (KeyError, TypeError) as exc:
        raise GraphFileError(f"{p}: malformed graph.json (missing {exc})") from None
    return G
