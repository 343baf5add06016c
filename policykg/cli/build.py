"""`policykg build`: publications → graph.json (+ site), optionally loaded into Neo4j."""
from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

import click

from policykg.cli import main
from policykg.graph.build import build_graph
from policykg.graph.io import remember_build, write_graph


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write graph.json (and the site) into.")
@click.option("--as-of", default=None, help="Date (YYYY-MM-DD) validity is computed for; default today.")
@click.option("--jobs", "-j", default=None, type=int, help="Parallel parsing processes (default: all cores).")
@click.option("--site/--no-site", default=True, show_default=True, help="Also write the static site of lineage pages.")
@click.option("--neo4j", "neo4j_uri", default=None, help="Also load the graph into this Neo4j (bolt://…).")
@click.option("--user", default=None, help="Neo4j user (default: env NEO4J_USER or neo4j).")
@click.option("--password", default=None, help="Neo4j password (default: env NEO4J_PASSWORD or the local install's).")
@click.option("--database", default=None, help="Neo4j database (default: env NEO4J_DATABASE or neo4j).")
@click.option("--replace", is_flag=True, help="With --neo4j: empty the database first.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the totals.")
def build(paths, out_dir, as_of, jobs, site, neo4j_uri, user, password, database, replace, quiet):
    """Build the policy graph of PATHS (files or folders of .txt/.md) into OUT/graph.json.

    \b
    Example:
        policykg build data/corpus --out out
        policykg build data/corpus --out out --neo4j bolt://127.0.0.1:7687
    """
    t0 = time.perf_counter()
    bar = None
    try:
        from tqdm import tqdm

        from policykg.loaders.reading import iter_input_files

        n_files = len(iter_input_files(paths)[0])
        if n_files > 50 and not quiet:
            bar = tqdm(total=n_files, unit="file", desc="parsing", leave=False)
    except ImportError:  # pragma: no cover
        pass
    G = build_graph(paths, as_of=as_of, jobs=jobs, progress=bar.update if bar else None)
    if bar:
        bar.close()
    report = G.graph.pop("report")
    path = write_graph(G, out_dir, meta=report.to_meta())
    remember_build(out_dir)
    seconds = time.perf_counter() - t0
    _print_summary(report, G, path, seconds, quiet)
    if site:
        try:
            from policykg.viz.site import write_site
        except ImportError:
            write_site = None
        if write_site is not None:
            index = write_site(G, Path(out_dir) / "site")
            click.echo(f"site: {index}")
    if neo4j_uri:
        from policykg.graph.neo4j_load import load_graph
        from policykg.graph.neo4j_server import connection_settings, open_driver

        settings = connection_settings(uri=neo4j_uri, user=user, password=password, database=database)
        with open_driver(settings) as driver:
            summary = load_graph(G, driver, database=settings.database, replace=replace)
        click.echo(f"neo4j: {summary.nodes} nodes, {summary.relationships} relationships in {summary.seconds:.1f}s")
    if not report.files:
        raise click.ClickException("no file could be read: " + "; ".join(f"{f}: {r}" for f, r in report.skipped))


def _print_summary(report, G, path, seconds, quiet) -> None:
    echo = click.echo
    if not quiet:
        echo("documents per file:")
        for f, n in report.files:
            echo(f"  {n:5d}  {f}")
    labels = Counter(a["label"] for _, a in G.nodes(data=True))
    echo(f"documents: {report.documents} in corpus, {report.cited_only} cited only"
         f" ({report.duplicates} duplicates merged); agencies: {labels.get('Agency', 0)};"
         f" beneficiary groups: {labels.get('BeneficiaryGroup', 0)}")
    echo("edges: " + ", ".join(f"{k} {v}" for k, v in sorted(report.edges.items())))
    unresolved = sum(1 for _, a in G.nodes(data=True) if a["label"] == "Document" and not a.get("in_corpus"))
    echo(f"unresolved references (cited documents not in the corpus): {unresolved}")
    if report.skipped:
        echo(f"skipped {len(report.skipped)} file(s):")
        for f, r in report.skipped:
            echo(f"  {f}: {r}")
    kinds = Counter(p.kind for p in report.problems if p.kind != "unreadable")
    if kinds:
        echo("warnings: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        if not quiet:
            shown = [p for p in report.problems if p.kind != "unreadable"]
            for p in shown[:30]:
                echo(f"  {p}")
            if len(shown) > 30:
                echo(f"  … {len(shown) - 30} more in {path} (meta.problems)")
    echo(f"wrote {path} in {seconds:.1f}s")
