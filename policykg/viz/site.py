"""The static site `policykg build` writes: an index of every in-corpus document, searchable by
title and doc number, linking to one lineage page per document, plus the overview, agencies and
beneficiaries pages.  Everything works from ``file://`` without a network: the pages share one
neutralised copy of vis-network in ``assets/``.

    site/index.html
    site/overview.html  agencies.html  beneficiaries.html
    site/pages/<safe name>.html        one lineage page per in-corpus document
    site/assets/vis-network.min.js     vis-network.min.css
"""

from __future__ import annotations

import hashlib
import html
import json
import multiprocessing
import os
import re
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from policykg.analysis.links import is_document
from policykg.errors import PolicyKGError
from policykg.viz.page import defang, render_html, script_json, write_assets
from policykg.viz.style import LEVEL_STYLES
from policykg.viz.views import Tooltips, agencies_page, beneficiaries_page, lineage_page, notice_of, overview_page

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
    docs = site_documents(G)
    names = {n: safe_name(n) for n in docs}

    def from_top(n: str) -> str | None:  # from a page in the site root
        return f"{PAGES_DIR}/{names[n]}" if n in names else None

    written = set()
    bar = tqdm(
        total=len(docs), desc="pages", unit="page", leave=False, disable=not progress or len(docs) < PROGRESS_FROM
    )
    with bar:
        for done in _write_lineage_pages(G, docs, names, pages, max_nodes=max_nodes, jobs=jobs or os.cpu_count() or 1):
            written.update(done)
            bar.update(len(done))
    _forget_stale_pages(pages, written)
    for name, page in (
        ("overview.html", overview_page(G, url_for=from_top, back_link="index.html")),
        ("agencies.html", agencies_page(G, back_link="index.html")),
        ("beneficiaries.html", beneficiaries_page(G, url_for=from_top, back_link="index.html")),
    ):
        (out / name).write_text(render_html(page, assets=f"{ASSETS_DIR}/"), encoding="utf-8")
    index = out / "index.html"
    index.write_text(index_html(G, docs, names), encoding="utf-8")
    return index


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


def index_html(G: nx.MultiDiGraph, docs: list[str], names: dict[str, str]) -> str:
    """The index page: a table of documents filtered as you type (plain inline JS, no library)."""
    rows = []
    for n in docs:
        a = G.nodes[n]
        level = a.get("level") or "unknown"
        colour = LEVEL_STYLES.get(level, LEVEL_STYLES["unknown"]).colour
        status = a.get("status") or "unknown"
        cls = ' class="inactive"' if status in ("superseded", "expired") else ""
        cells = [
            f'<a href="{PAGES_DIR}/{html.escape(names[n])}">{html.escape(str(a.get("title") or n))}</a>',
            _number_cell(G, n),
            html.escape(str(a.get("date") or "")),
            f'<span class="lv" style="background:{colour}">{html.escape(level)}</span>',
            html.escape(status),
            html.escape("、".join(a.get("issuers") or [])),
        ]
        rows.append(f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    meta = G.graph.get("meta") or {}
    built = html.escape(str(meta.get("built_at") or meta.get("created") or ""))
    body = INDEX_TEMPLATE.format(count=len(docs), rows="\n".join(rows), built=f" · built {built}" if built else "")
    return defang(body.replace("/*@COUNT@*/", script_json(len(docs))))


def _number_cell(G: nx.MultiDiGraph, n: str) -> str:
    """The doc number; for a transmitted text without one, its notice's (so a search finds both)."""
    number = G.nodes[n].get("doc_number")
    if number:
        return html.escape(str(number))
    notice = notice_of(G, n)
    if notice and G.nodes[notice].get("doc_number"):
        return f'<span class="via">印发 via {html.escape(str(G.nodes[notice]["doc_number"]))}</span>'
    return ""


INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policykg: policy documents</title>
<style>
  body {{ font-family: 'Noto Sans CJK SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif;
         margin: 18px; color: #1b2631; }}
  h1 {{ font-size: 20px; margin: 0 0 6px; }}
  nav a {{ margin-right: 14px; }}
  #q {{ font-size: 15px; padding: 6px 8px; width: min(640px, 95%); margin: 10px 0; }}
  table {{ border-collapse: collapse; width: 100%; font-size: 13px; }}
  th, td {{ border-bottom: 1px solid #e5e8e8; padding: 4px 6px; text-align: left; vertical-align: top; }}
  th {{ background: #f4f6f6; position: sticky; top: 0; }}
  tr.inactive td:first-child a {{ text-decoration: line-through; color: #7b7d7d; }}
  .lv {{ padding: 1px 6px; border-radius: 3px; }}
  td:nth-child(2), td:nth-child(3), td:nth-child(4) {{ white-space: nowrap; }}
  .via {{ color: #7f8c8d; }}
  #shown {{ color: #566573; font-size: 13px; }}
</style>
</head>
<body>
<h1>Policy documents 政策文件 ({count})</h1>
<div id="shown">{count} documents{built} · click a title for its lineage page (what it rests on, what implements it, what it replaced)</div>
<nav><a href="overview.html">Overview 全部文件</a><a href="agencies.html">Agencies 发文机关</a><a href="beneficiaries.html">Beneficiaries 支持对象</a></nav>
<input id="q" type="search" placeholder="Search title or doc number 搜索标题或文号 …" autofocus>
<table id="docs">
<thead><tr><th>Title 标题</th><th>Doc number 文号</th><th>Date 日期</th><th>Level 级别</th><th>Status 状态</th><th>Issuers 发文机关</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<script>
(function () {{
  var total = /*@COUNT@*/;
  var input = document.getElementById("q");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#docs tbody tr"));
  // Compare without spaces and with one kind of bracket, as doc numbers are written many ways.
  function norm(s) {{ return s.replace(/\\s+/g, "").replace(/[\\[(（［【〔]/g, "〔").replace(/[\\])）］】〕]/g, "〕").toLowerCase(); }}
  var keys = rows.map(function (r) {{ return norm(r.cells[0].textContent + " " + r.cells[1].textContent); }});
  input.addEventListener("input", function () {{
    var q = norm(input.value), shown = 0;
    rows.forEach(function (r, i) {{ var ok = keys[i].indexOf(q) >= 0; r.style.display = ok ? "" : "none"; if (ok) {{ shown++; }} }});
    document.getElementById("shown").textContent = shown + " of " + total + " documents";
  }});
}})();
</script>
</body>
</html>
"""
