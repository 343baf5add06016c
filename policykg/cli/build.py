"""`policykg build`: publications → graph.json (+ site), optionally loaded into Neo4j."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

import click
from tqdm import tqdm

from policykg.cli import main
from policykg.graph.folder import BuildFolder
from policykg.graph.incremental import build_into
from policykg.neo4j.sync import load_changes
from policykg.queries.output import printable


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
@click.option(
    "--jobs",
    "-j",
    default=None,
    type=int,
    help="Parallel processes for parsing and the site's pages (default: all cores).",
)
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
@click.option(
    "--force",
    is_flag=True,
    help="Build into an --out folder that holds files policykg did not write (they may be overwritten).",
)
@click.option(
    "--reference",
    "references",
    multiple=True,
    metavar="DIR",
    type=click.Path(exists=True),
    help="An earlier build folder: documents cited here that it holds take its node, dates and status "
    "(repeatable; tried before the packaged catalogue of laws and regulations).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the totals.")
def build(
    paths,
    out_dir,
    as_of,
    jobs,
    site,
    neo4j_uri,
    user,
    password,
    database,
    replace,
    add,
    cache,
    force,
    references,
    quiet,
):
    """Build the policy graph of PATHS (folders or files: .txt .md .pdf .html .docx,
    .json .jsonl of a crawler's or search API's records, .csv .tsv tables of records, one a row) into
    OUT/graph.json.

    Builds are incremental: files parsed before (same path and content) come from OUT's cache, and
    with --neo4j only the nodes and relationships that changed since the last load are written.

    \b
    Example:
        policykg build data/corpus --out out
        policykg build more/gazette-2025-01.txt --out out --add
        policykg build data/corpus --out out --neo4j bolt://127.0.0.1:7687
        policykg build zhengzhou/ --out out-zz --reference out-henan
    """
    t0 = time.perf_counter()
    if neo4j_uri:  # refused before anything is written (the Neo4j backend loads only for builds that load)
        from policykg.neo4j.connection import check_uri

        check_uri(neo4j_uri)
    with BuildFolder(out_dir, force=force) as folder:
        bar = _ParsingBar()
        try:
            built = build_into(
                folder,
                paths,
                as_of=as_of,
                jobs=jobs,
                add=add,
                cache=cache,
                progress=None if quiet else bar,
                references=references,
            )
        finally:
            bar.close()
        _print_summary(built.report, built.graph, built.path, time.perf_counter() - t0, quiet)
        if built.not_remembered:
            click.echo(
                f"note: cannot remember this build ({built.not_remembered}); later commands need --graph {out_dir}"
            )
        if built.unusable_previous:
            click.echo(f"note: the previous build was unusable ({built.unusable_previous}); replaced")
        if built.unreadable_cache:
            click.echo(
                f"cache: {built.unreadable_cache} unreadable entr(y/ies) in {out_dir}/.cache ignored (parsed again)"
            )
        if built.reused_files:
            click.echo(
                f"incremental: {built.parsed_files} file(s) parsed, {built.reused_files} reused from {out_dir}/.cache; "
                f"{built.delta.number_of_nodes()} node(s) and {built.delta.number_of_edges()} relationship(s) "
                "new or changed"
            )
        if site:
            _write_site(built.graph, folder, quiet=quiet, jobs=jobs)
        if neo4j_uri:
            loaded = load_changes(
                built,
                uri=neo4j_uri,
                user=user,
                password=password,
                database=database,
                replace=replace,
                progress=not quiet,
            )
            what = "changes only" if loaded.changes_only else "whole graph"
            if loaded.summary.method == "create":
                what += ", created in an empty database"
            s = loaded.summary
            click.echo(f"neo4j ({what}): {s.nodes} nodes, {s.relationships} relationships in {s.seconds:.1f}s")


class _ParsingBar:
    """A progress bar over the files to parse, shown for more than 50 of them."""

    def __init__(self) -> None:
        self.bar: tqdm | None = None

    def __call__(self, n_files: int) -> Callable[[int], object] | None:
        if n_files <= 50:
            return None
        self.bar = tqdm(total=n_files, unit="file", desc="parsing", leave=False)
        return self.bar.update

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _write_site(G, folder: BuildFolder, *, quiet: bool, jobs: int | None) -> None:
    try:
        from policykg.viz.site import write_site  # the viz room may be absent from a slim install
    except ImportError:
        return
    index = write_site(G, folder.path / "site", progress=not quiet, jobs=jobs)
    folder.record(["site"])
    click.echo(f"site: {index}")


# Above this many files a build names only the files without documents (the full list is in graph.json).
LIST_FILES_UP_TO = 50
LIST_EMPTY_FILES = 20


def _print_summary(report, G, path, seconds, quiet) -> None:
    def echo(line: str) -> None:  # file names and problems quote the corpus: no control characters
        click.echo(printable(line))

    if not quiet:
        _print_files(report.files, path)
    labels = Counter(a["label"] for _, a in G.nodes(data=True))
    echo(
        f"documents: {report.documents} in corpus, {report.cited_only} cited only"
        f" ({report.duplicates} duplicates merged); agencies: {labels.get('Agency', 0)};"
        f" beneficiary groups: {labels.get('BeneficiaryGroup', 0)}"
    )
    echo("edges: " + ", ".join(f"{k} {v}" for k, v in sorted(report.edges.items())))
    unresolved = sum(1 for _, a in G.nodes(data=True) if a["label"] == "Document" and not a.get("in_corpus"))
    echo(f"unresolved references (cited documents not in the corpus): {unresolved}")
    sources = Counter(a.get("source") for _, a in G.nodes(data=True) if a["label"] == "Document")
    echo(
        f"cited documents matched: {sources['catalogue']} in the catalogue, {sources['reference']} in reference"
        f" builds; {len(report.merges)} other spellings merged (meta.merges)"
    )
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


def _print_files(files, path) -> None:
    """Documents per file: every file for a small build; for thousands, the counts and the files in
    which nothing was found (each file's count is in graph.json's ``meta.files``)."""
    echo = click.echo
    if len(files) <= LIST_FILES_UP_TO:
        echo("documents per file:")
        for f, n in files:
            echo(f"  {n:5d}  {f}")
        return
    empty = [f for f, n in files if n == 0]
    echo(
        f"documents per file: {len(files)} files read, {len(files) - len(empty)} with documents, "
        f"{len(empty)} with none (every file's count: {path}, meta.files)"
    )
    for f in empty[:LIST_EMPTY_FILES]:
        echo(f"      0  {f}")
    if len(empty) > LIST_EMPTY_FILES:
        echo(f"  … {len(empty) - LIST_EMPTY_FILES} more with none")
