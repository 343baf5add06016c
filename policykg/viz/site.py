"""The static site `policykg build` writes: one lineage page per in-corpus document, the
overview, and (:mod:`policykg.viz.explore`) the index of every document with its search, the
pages of agencies, beneficiary groups and national documents.  Everything works from ``file://``
without a network: the pages share one neutralised copy of vis-network in ``assets/``.

    site/index.html                    search, filters and sort over every document (data/*.js)
    site/pages/<safe name>.html        one lineage page per in-corpus document
    site/overview.html  agencies.html  beneficiaries.html
    site/agencies/  groups/  national/ one page per agency, beneficiary group, national document
    site/assets/vis-network.min.js     vis-network.min.css  index.js  site.css
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from policykg.analysis.lineage import held_steps
from policykg.analysis.links import held_links, is_document
from policykg.errors import PolicyKGError
from policykg.viz.explore import write_explorer
from policykg.viz.lineage import held_lineage
from policykg.viz.page import render_html, write_assets
from policykg.viz.stamp import held_label
from policykg.viz.views import Tooltips, agencies_page, lineage_page

PAGES_DIR = "pages"
ASSETS_DIR = "assets"
# Characters kept in page file names: letters and digits of any script (CJK included), - and _.
UNSAFE_NAME_CHARS = re.compile(r"[^\w\-]+", re.UNICODE)
MAX_NAME = 48


def safe_name(node_id: str) -> str:
    """A file name for the lineage page of ``node_id``: readable, unique, safe on every OS.

    >>> safe_name("doc:豫政办〔2024〕46号")
    '豫政办_2024_46号-652f2f8d.html'
    """
    stem = node_id.split(":", 1)[-1]
    stem = UNSAFE_NAME_CHARS.sub("_", stem).strip("_")[:MAX_NAME] or "doc"
    digest = hashlib.sha1(node_id.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}.html"


def site_documents(G: nx.MultiDiGraph) -> list[str]:
    """In-corpus documents, newest first (undated last), then by title."""
    docs = [n for n in G.nodes if is_document(G, n) and G.nodes[n].get("in_corpus")]
    docs.sort(key=lambda n: str(G.nodes[n].get("title") or n))
    docs.sort(key=lambda n: str(G.nodes[n].get("date") or ""), reverse=True)
    return docs


def write_site(
    G: nx.MultiDiGraph,
    out_dir: str | os.PathLike,
    *,
    max_nodes: int = 200,
    progress: bool = False,
    jobs: int | None = 1,
) -> Path:
    """Write the site into ``out_dir`` and return the path of its index.html.

    With ``progress``, a bar over the lineage pages is shown on stderr for sites of many pages.
    ``jobs`` processes write the lineage pages (None: all cores); the pages are the same for any.
    """
    out = Path(out_dir)
    pages = out / PAGES_DIR
    try:
        pages.mkdir(parents=True, exist_ok=True)
        write_assets(out / ASSETS_DIR)
    except OSError as exc:
        raise PolicyKGError(f"cannot write the site into {out}: {exc}") from None
    # every page names its build (counted once, not once per page); lineage walks from thousands of
    # pages pass the same documents (each one's next documents, its links of a kind, its replacements
    # and drawn links, found once)
    with held_label(G), held_steps(G), held_links(G), held_lineage(G):
        return _write_site(G, out, pages, max_nodes=max_nodes, progress=progress, jobs=jobs)


def _write_site(
    G: nx.MultiDiGraph, out: Path, pages: Path, *, max_nodes: int, progress: bool, jobs: int | None
) -> Path:
    docs = site_documents(G)
    names = {n: safe_name(n) for n in docs}

    written = set()
    bar = tqdm(
        total=len(docs), desc="pages", unit="page", leave=False, disable=not progress or len(docs) < PROGRESS_FROM
    )
    with bar:
        for done in _write_lineage_pages(G, docs, names, pages, max_nodes=max_nodes, jobs=jobs or os.cpu_count() or 1):
            written.update(done)
            bar.update(len(done))
    _forget_stale_pages(pages, written)

    def network(path: Path) -> None:  # the co-issuance network, beside the agencies' directory
        path.write_text(
            render_html(agencies_page(G, back_link="index.html"), assets=f"{ASSETS_DIR}/"), encoding="utf-8"
        )

    return write_explorer(G, out, names, name_of=safe_name, network_page=network)


PROGRESS_FROM = 300  # pages: below this a site is written in a blink
PARALLEL_FROM = 500  # pages: below this, starting processes costs more than it saves
CHUNK = 50  # pages a worker writes between two reports (the progress bar moves by as many)


def _write_lineage_pages(
    G: nx.MultiDiGraph, docs: Sequence[str], names: dict[str, str], pages: Path, *, max_nodes: int, jobs: int
) -> Iterator[list[str]]:
    """Write the lineage page of each of ``docs``; yields the file names written, a chunk at a time.

    Over ``jobs`` forked processes when there are many pages: each inherits the graph (nothing is
    pickled but the chunks of ids) and keeps its own :class:`Tooltips`.
    """
    chunks = [list(docs[i : i + CHUNK]) for i in range(0, len(docs), CHUNK)]
    fork = "fork" in multiprocessing.get_all_start_methods()
    if jobs <= 1 or len(docs) < PARALLEL_FROM or not fork:
        writer = _PageWriter(G, names, pages, max_nodes)
        yield from map(writer.write, chunks)
        return
    global _FORKED_WRITER
    _FORKED_WRITER = _PageWriter(G, names, pages, max_nodes)  # what the forked workers inherit
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(_write_in_worker, chunks)
    finally:
        _FORKED_WRITER = None


class _PageWriter:
    """Writes lineage pages of one graph, sharing their tooltips (the same on every page)."""

    def __init__(self, G: nx.MultiDiGraph, names: dict[str, str], pages: Path, max_nodes: int) -> None:
        self.G, self.names, self.pages, self.max_nodes = G, names, pages, max_nodes
        self.tooltips = Tooltips(G)

    def sibling(self, n: str) -> str | None:  # from one lineage page to another
        return self.names.get(n)

    def write(self, chunk: list[str]) -> list[str]:
        for n in chunk:
            page = lineage_page(
                self.G,
                n,
                max_nodes=self.max_nodes,
                url_for=self.sibling,
                back_link="../index.html",
                tooltips=self.tooltips,
            )
            (self.pages / self.names[n]).write_text(render_html(page, assets=f"../{ASSETS_DIR}/"), encoding="utf-8")
        return [self.names[n] for n in chunk]


_FORKED_WRITER: _PageWriter | None = None


def _write_in_worker(chunk: list[str]) -> list[str]:
    assert _FORKED_WRITER is not None, "forked from write_site"
    return _FORKED_WRITER.write(chunk)


# The pages a site wrote, so that the next build removes only its own stale pages, never a user's file.
PAGES_MANIFEST = ".written.json"


def _forget_stale_pages(pages: Path, written: set[str]) -> None:
    """Remove the pages an earlier build wrote that this one did not; record what this one wrote."""
    manifest = pages / PAGES_MANIFEST
    try:
        earlier = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        earlier = []
    for name in earlier if isinstance(earlier, list) else []:
        if isinstance(name, str) and name not in written and "/" not in name and name.endswith(".html"):
            (pages / name).unlink(missing_ok=True)
    manifest.write_text(json.dumps(sorted(written), ensure_ascii=False), encoding="utf-8")
