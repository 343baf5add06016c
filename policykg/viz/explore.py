"""The site's ways in: the index (search, filters, sort over every document), the pages of
agencies, beneficiary groups and national documents, their directories, and the overview.

:func:`write_explorer` writes them next to the lineage pages :mod:`policykg.viz.site` writes:

    index.html  assets/index.js  assets/site.css
    data/*.js                       the catalogue the index loads piece by piece (viz.catalog)
    agencies.html  agencies/<name>.html
    beneficiaries.html  groups/<name>.html
    national/<name>.html            one per national document: what implements it
    overview.html  overview/*.js    every document; grouped by level and year when there are many
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader

from policykg.analysis.links import nodes_labelled
from policykg.errors import PolicyKGError
from policykg.viz.aggregate import overview_view
from policykg.viz.catalog import Links, catalog_entries, catalog_files
from policykg.viz.hubs import Hub, agencies_directory, agency_page, group_page, groups_directory, national_page
from policykg.viz.lineage import display_level
from policykg.viz.page import TEMPLATE_DIR, defang, render_html

__all__ = ["site_links", "write_explorer"]

DATA_DIR = "data"
OVERVIEW_DIR = "overview"
MANIFEST = ".written.json"  # what a build wrote into a folder: the next removes only its own stale files
NETWORK_MAX_AGENCIES = 300  # above this the co-issuance network is a hairball: the directory alone


def site_links(G: nx.MultiDiGraph, pages: dict[str, str], *, name_of: Callable[[str], str]) -> Links:
    """Where the site puts each page: ``pages`` (document → lineage page under pages/), and one
    page per national document, agency and group (``name_of``: a file name for a node id)."""
    national = [n for n in nodes_labelled(G, "Document") if display_level(G, n) == "national"]
    return Links(
        page={n: f"pages/{name}" for n, name in pages.items()},
        hub={n: f"national/{name_of(n)}" for n in national},
        agency={a: f"agencies/{name_of(a)}" for a in nodes_labelled(G, "Agency") if G.pred[a]},
        group={g: f"groups/{name_of(g)}" for g in nodes_labelled(G, "BeneficiaryGroup")},
    )


def write_explorer(
    G: nx.MultiDiGraph,
    out: str | os.PathLike,
    pages: dict[str, str],
    *,
    name_of: Callable[[str], str],
    network_page: Callable[[Path], None] | None = None,
) -> Path:
    """Write the index, its data, the agency, group and national pages and the directories into
    ``out``; return the index.  ``network_page(path)`` writes the co-issuance network when wanted."""
    out = Path(out)
    links = site_links(G, pages, name_of=name_of)
    entries = catalog_entries(G)
    catalog = catalog_files(G, links, entries=entries)
    hub = Hub(links, catalog.label)
    top = Hub(links, catalog.label, prefix="")
    try:
        _write_folder(out / DATA_DIR, catalog.files.items())
        _write_assets(out / "assets")
        for folder, targets, page in (
            ("agencies", links.agency, agency_page),
            ("groups", links.group, group_page),
            ("national", links.hub, national_page),
        ):
            _write_folder(out / folder, ((Path(p).name, page(G, n, hub)) for n, p in targets.items()))
        network = None
        if network_page and len(links.agency) <= NETWORK_MAX_AGENCIES:
            network = "agencies-network.html"
            network_page(out / network)
        _write_overview(G, out, links)
        (out / "agencies.html").write_text(agencies_directory(G, top, network=network), encoding="utf-8")
        (out / "beneficiaries.html").write_text(groups_directory(G, top), encoding="utf-8")
        index = out / "index.html"
        index.write_text(index_html(catalog.total, catalog.label), encoding="utf-8")
    except OSError as exc:
        raise PolicyKGError(f"cannot write the site into {out}: {exc}") from None
    return index


def _write_overview(G: nx.MultiDiGraph, out: Path, links: Links) -> None:
    """overview.html, and for a big graph the files of its groups in overview/."""
    page, files = overview_view(G, url_for=links.page.get, back_link="index.html", folder=f"{OVERVIEW_DIR}/")
    (out / "overview.html").write_text(render_html(page, assets="assets/"), encoding="utf-8")
    if files or (out / OVERVIEW_DIR).exists():
        _write_folder(out / OVERVIEW_DIR, files.items())


def index_html(total: int, build: str) -> str:
    """The index page: its rows come from data/ as the reader searches and pages."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)
    return defang(env.get_template("index.html").render(total=total, build=build))


def _write_assets(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("index.js", "site.css"):
        (folder / name).write_text((TEMPLATE_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")


def _write_folder(folder: Path, files: Iterable[tuple[str, str]]) -> None:
    """Write ``files`` (name, text) into ``folder`` and remove what an earlier build wrote there
    and this one did not (never anything else)."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / MANIFEST
    try:
        earlier = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        earlier = []
    written = set()
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
        written.add(name)
    for name in earlier if isinstance(earlier, list) else []:
        if isinstance(name, str) and name not in written and "/" not in name and name.endswith((".html", ".js")):
            (folder / name).unlink(missing_ok=True)
    manifest.write_text(json.dumps(sorted(written), ensure_ascii=False), encoding="utf-8")
