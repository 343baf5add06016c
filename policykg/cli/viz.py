"""`policykg viz …`: interactive, offline pages (pyvis / vis-network) of a build."""

from __future__ import annotations

import time
from pathlib import Path

import click

from policykg.cli import main
from policykg.cli.options import GRAPH_DIR, open_build, out_file_option
from policykg.graph.folder import refuse_root_or_home
from policykg.graph.io import load_build, resolve_graph_dir
from policykg.viz.aggregate import AGGREGATE_OVER, overview_view
from policykg.viz.browser import measure_page
from policykg.viz.page import write_html
from policykg.viz.site import write_site
from policykg.viz.views import agencies_page, beneficiaries_page, lineage_page


def _out_option(default: str):
    return out_file_option(default=default, metavar="FILE.html", help="Page to write.")


def _report(path, page, started: float) -> None:
    click.echo(
        f"wrote {path} ({len(page.nodes)} nodes, {len(page.edges)} edges, "
        f"{time.perf_counter() - started:.1f}s) — open it in a browser; it works offline"
    )


@main.group()
def viz() -> None:
    """Interactive pages of the policy graph that work offline (open them from a file).

    \b
    Example:
        policykg viz lineage 豫政办〔2024〕46号 --graph out --out lineage.html
        policykg viz overview --graph out --out overview.html
    """


@viz.command("lineage")
@click.argument("doc")
@GRAPH_DIR
@_out_option("lineage.html")
@click.option(
    "--max-nodes",
    default=200,
    show_default=True,
    type=click.IntRange(min=1),
    help="Keep at most this many documents, nearest first.",
)
def lineage_cmd(doc: str, graph_dir: str | None, out: str, max_nodes: int) -> None:
    """Lineage of DOC (a doc number or part of a title): the national policy it rests on at the top,
    the documents implementing it down to the district level, and what it replaced.

    \b
    Example:
        policykg viz lineage 郑政办〔2022〕12号 --graph out --out lineage.html
        policykg viz lineage 就业创业 --graph out   # lists the candidates if several match
    """
    started = time.perf_counter()
    G = open_build(graph_dir)
    page = lineage_page(G, doc, max_nodes=max_nodes)
    _report(write_html(page, out), page, started)


@viz.command("overview")
@GRAPH_DIR
@_out_option("overview.html")
@click.option("--in-corpus-only", is_flag=True, help="Leave out documents that are only cited.")
@click.option("--with-cites", is_flag=True, help="Also draw CITES edges (many, and the least telling).")
@click.option(
    "--group-over",
    type=click.IntRange(1),
    default=AGGREGATE_OVER,
    show_default=True,
    help="Above this many documents, show groups by level and year (click a group to open it).",
)
@click.option(
    "--measure",
    is_flag=True,
    help="Then open the page in headless Chromium and report how long it takes to load and settle.",
)
def overview_cmd(
    graph_dir: str | None, out: str, in_corpus_only: bool, with_cites: bool, group_over: int, measure: bool
) -> None:
    """Every document on one page: x = date, bands = level; laid out ahead of time, physics off.
    A big graph shows groups by level and year instead, each opening on a click.

    \b
    Example:
        policykg viz overview --graph out --out overview.html
        policykg viz overview --graph out --measure   # + seconds to open and settle in Chromium
    """
    G = open_build(graph_dir)
    started = time.perf_counter()
    page, _ = overview_view(G, in_corpus_only=in_corpus_only, with_cites=with_cites, aggregate_over=group_over)
    path = write_html(page, out)
    _report(path, page, started)
    if measure:
        result = measure_page(path)
        remote = [u for u in result.requests if not u.startswith(("file:", "data:", "about:"))]
        click.echo(
            f"chromium: {result.nodes} nodes, {result.edges} edges drawn; loaded in "
            f"{result.load_seconds:.2f}s, settled in {result.settle_seconds:.2f}s; "
            f"network requests: {len(remote)}; JS errors: {len(result.errors)}"
        )


@viz.command("agencies")
@GRAPH_DIR
@_out_option("agencies.html")
@click.option("--min-joint", default=1, show_default=True, help="Draw pairs with at least this many joint documents.")
def agencies_cmd(graph_dir: str | None, out: str, min_joint: int) -> None:
    """Co-issuance network of agencies: edge weight = number of jointly issued documents.

    \b
    Example:
        policykg viz agencies --graph out --out agencies.html
    """
    started = time.perf_counter()
    G = open_build(graph_dir)
    page = agencies_page(G, min_joint=min_joint)
    _report(write_html(page, out), page, started)


@viz.command("beneficiaries")
@GRAPH_DIR
@_out_option("beneficiaries.html")
def beneficiaries_cmd(graph_dir: str | None, out: str) -> None:
    """Beneficiary groups (broader above narrower) and the documents that target them.

    \b
    Example:
        policykg viz beneficiaries --graph out --out beneficiaries.html
    """
    started = time.perf_counter()
    G = open_build(graph_dir)
    page = beneficiaries_page(G)
    _report(write_html(page, out), page, started)


@viz.command("site")
@GRAPH_DIR
@click.option(
    "--out", "out", metavar="DIR", default=None, help="Folder to write (default: site/ inside the build folder)."
)
def site_cmd(graph_dir: str | None, out: str | None) -> None:
    """The static site: a searchable index of every document linking to its lineage page
    (`policykg build` writes it too, into OUT/site).

    \b
    Example:
        policykg viz site --graph out --out out/site
    """
    started = time.perf_counter()
    G = open_build(graph_dir)
    target = Path(out) if out else resolve_graph_dir(graph_dir) / "site"
    refuse_root_or_home(target, what="write a site into")
    G = load_build(graph_dir)
    index = write_site(G, target, progress=True)  # a bar on stderr for sites of many pages
    click.echo(f"wrote {index} ({time.perf_counter() - started:.1f}s)")
