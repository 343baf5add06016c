"""`policykg build`: publications → graph.json (+ site), optionally loaded into Neo4j."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import click

from policykg.cli import main
from policykg.graph.build import build_graph
from policykg.graph.io import remember_build, write_graph


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder to write graph.json (and the site) into.",
)
@click.option("--as-of", default=None, help="Date (YYYY-MM-DD) validity is computed for; default today.")
@click.option("--jobs", "-j", default=None, type=int, help="Parallel parsing processes (default: all cores).")
@click.option("--site/--no-site", default=True, show_default=True, help="Also write the static site of lineage pages.")
@click.option("--neo4j", "neo4j_uri", default=None, help="Also load the graph into this Neo4j (bolt://…).")
@click.option("--user", default=None, help="Neo4j user (default: env NEO4J_USER or neo4j).")
@click.option("--password", default=None, help="Neo4j password (default: env NEO4J_PASSWORD or the local install's).")
@click.option("--database", default=None, help="Neo4j database (default: env NEO4J_DATABASE or neo4j).")
@click.option("--replace", is_flag=True, help="With --neo4j: empty the database first.")
@click.option(
    "--add",
    is_flag=True,
    help="Add PATHS to the corpus already built in OUT (its earlier inputs are read again from the cache).",
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help="Reuse parsed files of earlier builds in OUT (only new or changed files are parsed).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the totals.")
def build(paths, out_dir, as_of, jobs, site, neo4j_uri, user, password, database, replace, add, cache, quiet):
    """Build the policy graph of PATHS (files or folders of .txt/.md) into OUT/graph.json.

    Builds are incremental: files parsed before (same path and content) come from OUT's cache, and
    with --neo4j only the nodes and relationships that changed since the last load are written.

    \b
    Example:
        policykg build data/corpus --out out
        policykg build more/gazette-2025-01.txt --out out --add
        policykg build data/corpus --out out --neo4j bolt://127.0.0.1:7687
    """
    from policykg.graph.incremental import (
        ParseCache,
        graph_delta,
        graph_digest,
        neo4j_marker,
        read_previous,
        write_neo4j_marker,
    )

    t0 = time.perf_counter()
    previous = read_previous(out_dir)
    if add:
        if previous is None:
            raise click.ClickException(f"--add: {out_dir} holds no earlier build to add to")
        earlier = [f["file"] for f in previous.get("meta", {}).get("files", [])]
        paths = tuple(dict.fromkeys([*earlier, *paths]))
    parse_cache = ParseCache(out_dir) if cache else None
    bar = None
    try:
        from tqdm import tqdm

        from policykg.loaders.reading import iter_input_files

        n_files = len(iter_input_files(paths)[0])
        if n_files > 50 and not quiet:
            bar = tqdm(total=n_files, unit="file", desc="parsing", leave=False)
    except ImportError:  # pragma: no cover
        pass
    G = build_graph(paths, as_of=as_of, jobs=jobs, progress=bar.update if bar else None, cache=parse_cache)
    if bar:
        bar.close()
    report = G.graph.pop("report")
    delta = graph_delta(previous, G)
    meta = report.to_meta()
    if parse_cache is not None:
        meta["parsed_files"] = parse_cache.misses
        meta["reused_files"] = parse_cache.hits
    path = write_graph(G, out_dir, meta=meta)
    remember_build(out_dir)
    seconds = time.perf_counter() - t0
    _print_summary(report, G, path, seconds, quiet)
    if parse_cache is not None and parse_cache.hits:
        click.echo(
            f"incremental: {parse_cache.misses} file(s) parsed, {parse_cache.hits} reused from {out_dir}/.cache; "
            f"{delta.number_of_nodes()} node(s) and {delta.number_of_edges()} relationship(s) new or changed"
        )
    if site:
        try:
            from policykg.viz.site import write_site
        except ImportError:
            write_site = None
        if write_site is not None:
            index = write_site(G, Path(out_dir) / "site")
            click.echo(f"site: {index}")
    if neo4j_uri:
        from policykg.neo4j.load import load_graph
        from policykg.neo4j.server import connection_settings, open_driver

        settings = connection_settings(uri=neo4j_uri, user=user, password=password, database=database)
        digest = graph_digest(json.loads(Path(path).read_text(encoding="utf-8")))
        marker = neo4j_marker(out_dir)
        # Only what changed since the last load of the previous build into this same database
        same_db = (
            previous is not None
            and not replace
            and marker.get("uri") == settings.uri
            and marker.get("database") == settings.database
            and marker.get("graph") == graph_digest(previous)
        )
        to_load = delta if same_db else G
        with open_driver(settings) as driver:
            summary = load_graph(to_load, driver, database=settings.database, replace=replace, progress=not quiet)
        write_neo4j_marker(out_dir, uri=settings.uri, database=settings.database, digest=digest)
        what = "changes only" if same_db else "whole graph"
        click.echo(
            f"neo4j ({what}): {summary.nodes} nodes, {summary.relationships} relationships in {summary.seconds:.1f}s"
        )
    if not report.files:
        raise click.ClickException("no file could be read: " + "; ".join(f"{f}: {r}" for f, r in report.skipped))


def _print_summary(report, G, path, seconds, quiet) -> None:
    echo = click.echo
    if not quiet:
        echo("documents per file:")
        for f, n in report.files:
            echo(f"  {n:5d}  {f}")
    labels = Counter(a["label"] for _, a in G.nodes(data=True))
    echo(
        f"documents: {report.documents} in corpus, {report.cited_only} cited only"
        f" ({report.duplicates} duplicates merged); agencies: {labels.get('Agency', 0)};"
        f" beneficiary groups: {labels.get('BeneficiaryGroup', 0)}"
    )
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
