"""The overview of a big graph, grouped so it stays readable: one node per level and year (its
count in its label), links between groups summed; a click on a group opens it into its places,
issuers or documents (a group of more than :data:`LEAF_MAX` documents opens into smaller groups
first).  The page holds only the groups; what a group holds comes from a small file per group
(``overview/<group>.js``) in the site, or inline in a single page.

Pure: a graph in, a :class:`~policykg.viz.page.Page` and the files out.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for i in range(6):
...     G.add_node(f"doc:{i}", label="Document", title=f"文件{i}", level="provincial", date=f"202{i % 2}-05-01", in_corpus=True)
>>> page, files = overview_view(G, aggregate_over=3)
>>> sorted(n["label"] for n in page.nodes)
['2020\\n3 件', '2021\\n3 件']
>>> sorted(page.clusters["inline"])
['cl-p-2020', 'cl-p-2021']
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import networkx as nx

from policykg.analysis.links import is_document
from policykg.viz.lineage import display_level
from policykg.viz.page import LegendItem, Page, script_json
from policykg.viz.stamp import build_label
from policykg.viz.style import EDGE_STYLES, LEVEL_STYLES
from policykg.viz.views import (
    BASE_OPTIONS,
    OVERVIEW_TYPES,
    best_date,
    doc_node,
    edge_legend,
    issuers_of,
    level_legend,
    overview_page,
)

__all__ = ["AGGREGATE_OVER", "LEAF_MAX", "Cluster", "overview_view", "top_clusters"]

AGGREGATE_OVER = 250  # documents: above this the overview shows groups (more dots are unreadable)
LEAF_MAX = 120  # documents a group opens into at once; a bigger group opens into smaller groups
MAX_COLUMNS = 10  # columns of dated groups: more years are put together in spans (labels stay legible)
# Sizes the page's layout works with (canvas pixels), passed to its script.
LAYOUT = {"cellW": 150, "cellH": 110, "docW": 230, "docH": 48, "pad": 20, "head": 46}
LEVEL_CODE = {"national": "n", "provincial": "p", "municipal": "m", "district": "d", "unknown": "u"}
UrlFor = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Cluster:
    """A group of documents: its id, label, level, and either smaller groups or documents."""

    id: str
    label: str
    level: str
    docs: tuple[str, ...]
    kids: tuple[Cluster, ...] = field(default=())
    year: int = 0  # top groups: the first year of their span (0: undated)

    def __repr__(self) -> str:
        return f"Cluster({self.id}, {len(self.docs)} documents, {len(self.kids)} groups)"


def _short(level: str) -> str:
    return LEVEL_STYLES[level].name.split()[0]


def _year(G: nx.MultiDiGraph, n: str) -> int:
    date = best_date(G, n)
    return int(str(date)[:4]) if date else 0


def year_spans(years: set[int], *, columns: int = MAX_COLUMNS) -> int:
    """How many years one column holds so that the dated years fit in ``columns`` columns.

    >>> year_spans(set(range(2010, 2025))), year_spans({2020, 2021})
    (2, 1)
    """
    dated = [y for y in years if y]
    return max(1, math.ceil((max(dated) - min(dated) + 1) / columns)) if dated else 1


def top_clusters(G: nx.MultiDiGraph, docs: list[str]) -> list[Cluster]:
    """One group per level and year, or span of years (undated documents: year 0), each split down
    to at most :data:`LEAF_MAX` documents per group: by year, place, issuer, then runs of dates."""
    year_of = {n: _year(G, n) for n in docs}
    span = year_spans(set(year_of.values()))
    first = min((y for y in year_of.values() if y), default=0)
    cells: dict[tuple[str, int], list[str]] = defaultdict(list)
    for n in docs:
        y = year_of[n]
        cells[(display_level(G, n), first + (y - first) // span * span if y else 0)].append(n)
    out = []
    for (level, year), members in sorted(cells.items(), key=lambda kv: (LEVEL_STYLES[kv[0][0]].tier, kv[0][1])):
        cid = f"cl-{LEVEL_CODE[level]}-{year or 'undated'}"
        when = "无日期 undated" if not year else str(year) if span == 1 else f"{year}–{year + span - 1}"
        label = f"{when}\n{len(members)} 件"  # the band says the level; short labels stay legible
        members.sort(key=lambda n: (str(best_date(G, n) or ""), n))
        out.append(Cluster(cid, label, level, tuple(members), _split(G, cid, level, members, 0), year))
    return out


# How a group too big to show splits: by year, place, (first) issuer, then into runs of dates.
def _by_year(G: nx.MultiDiGraph, n: str) -> str:
    return str(_year(G, n) or "无日期 undated")


def _by_place(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("jurisdiction") or "地区不明 place unknown")


def _by_issuer(G: nx.MultiDiGraph, n: str) -> str:
    return next(iter(issuers_of(G, n)), "发文机关不明 issuer unknown")


SPLITS: tuple[Callable[[nx.MultiDiGraph, str], str], ...] = (_by_year, _by_place, _by_issuer)


def _split(G: nx.MultiDiGraph, cid: str, level: str, docs: list[str], depth: int) -> tuple[Cluster, ...]:
    if len(docs) <= LEAF_MAX:
        return ()
    if depth < len(SPLITS):
        parts: dict[str, list[str]] = defaultdict(list)
        for n in docs:
            parts[SPLITS[depth](G, n)].append(n)
        if len(parts) > 1:
            return tuple(
                Cluster(
                    f"{cid}-{i}",
                    f"{name}\n{len(members)} 件",
                    level,
                    tuple(members),
                    _split(G, f"{cid}-{i}", level, members, depth + 1),
                )
                for i, (name, members) in enumerate(sorted(parts.items(), key=lambda kv: (-len(kv[1]), kv[0])))
            )
        return _split(G, cid, level, docs, depth + 1)
    runs = [docs[k : k + LEAF_MAX] for k in range(0, len(docs), LEAF_MAX)]
    return tuple(
        Cluster(
            f"{cid}-r{i}",
            f"{best_date(G, run[0]) or '—'} … {best_date(G, run[-1]) or '—'}\n{len(run)} 件",
            level,
            tuple(run),
        )
        for i, run in enumerate(runs)
    )


def _tree(c: Cluster) -> dict:
    """A group as its file gives it: smaller groups, or documents."""
    node: dict = {"id": c.id, "label": c.label, "level": LEVEL_CODE[c.level], "count": len(c.docs)}
    if c.kids:
        node["kids"] = [_tree(k) for k in c.kids]
    else:
        node["docs"] = list(c.docs)
    return node


def _paths(c: Cluster, above: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Document → the groups below the top one holding it, outermost first."""
    out: dict[str, list[str]] = {}
    for k in c.kids:
        out.update(_paths(k, above + (k.id,)))
    if not c.kids:
        out.update({n: list(above) for n in c.docs})
    return out


def _cluster_data(G: nx.MultiDiGraph, c: Cluster, edges: list[list], url_for: UrlFor | None) -> dict:
    nodes = {}
    for n in c.docs:
        node = doc_node(G, n, (0.0, 0.0), compact=True, url=url_for(n) if url_for else None)
        nodes[n] = {
            k: node[k] for k in ("label", "title", "color", "size", "font", "shapeProperties", "url") if k in node
        }
    return {"tree": _tree(c), "path": _paths(c), "nodes": nodes, "edges": edges}


def overview_view(
    G: nx.MultiDiGraph,
    *,
    in_corpus_only: bool = False,
    with_cites: bool = False,
    url_for: UrlFor | None = None,
    back_link: str | None = None,
    aggregate_over: int = AGGREGATE_OVER,
    folder: str | None = None,
) -> tuple[Page, dict[str, str]]:
    """The overview: every document (:func:`~policykg.viz.views.overview_page`) up to
    ``aggregate_over`` of them, else the groups.  With ``folder`` (the site's ``"overview/"``)
    each group's contents is a file of the returned dict (name → text); without, inline."""
    docs = [n for n in G.nodes if is_document(G, n) and (G.nodes[n].get("in_corpus") or not in_corpus_only)]
    if len(docs) <= aggregate_over:
        return overview_page(
            G, in_corpus_only=in_corpus_only, with_cites=with_cites, url_for=url_for, back_link=back_link
        ), {}
    types = OVERVIEW_TYPES + (("CITES",) if with_cites else ())
    tops = top_clusters(G, docs)
    top_of = {n: c.id for c in tops for n in c.docs}
    per_top: dict[str, list[list]] = defaultdict(list)
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for u, v, k in G.edges(keys=True):
        if k in types and u in top_of and v in top_of and u != v:
            edge = [u, v, k, top_of[u], top_of[v]]
            per_top[top_of[u]].append(edge)
            if top_of[v] != top_of[u]:
                per_top[top_of[v]].append(edge)
                pairs[(top_of[u], top_of[v])][k] += 1
    data = {c.id: _cluster_data(G, c, per_top[c.id], url_for) for c in tops}
    files = {f"{cid}.js": f"PKO({script_json(cid)},{script_json(d)});\n" for cid, d in data.items()} if folder else {}
    clusters = {
        "layout": LAYOUT,
        "tops": [
            {
                "id": c.id,
                "level": LEVEL_CODE[c.level],
                "tier": LEVEL_STYLES[c.level].tier,
                "year": c.year,
                "when": _when(c),
            }
            for c in tops
        ],
        "styles": {t: {"color": s.colour, "width": s.width, "dashes": s.dashes} for t, s in EDGE_STYLES.items()},
        "levels": {
            LEVEL_CODE[lv]: {"fill": s.colour, "border": s.border, "name": s.name} for lv, s in LEVEL_STYLES.items()
        },
    }
    clusters.update({"base": folder} if folder else {"inline": data})
    nodes = [_top_node(c) for c in tops]
    edges = [_pair_edge(a, b, counts) for (a, b), counts in pairs.items()]
    return _grouped_page(G, docs, nodes, edges, clusters, types, back_link), files


def _when(c: Cluster) -> str:
    """The years of a top group, as its label gives them (the column's heading)."""
    return c.label.split("\n")[0]


def _top_node(c: Cluster) -> dict:
    style = LEVEL_STYLES[c.level]
    return {
        "id": c.id,
        "label": c.label,
        "shape": "box",
        "margin": 10,
        "x": 0.0,
        "y": 0.0,
        "count": len(c.docs),  # read by the page's script (vis-network's "value" would rescale the box)
        "color": {"background": style.colour, "border": style.border},
        "borderWidth": 2,
        "font": {"size": 20},
        "title": f"{style.name} · {_when(c)}: {len(c.docs)} documents\nclick to open the group",
    }


def _pair_edge(a: str, b: str, counts: Counter) -> dict:
    total = sum(counts.values())
    return {
        "id": f"agg|{a}|{b}",
        "from": a,
        "to": b,
        "width": round(min(6.0, 1 + math.log2(total)), 2),
        "color": {"color": "#7f8c8d", "opacity": 0.45},
        "arrows": "to",
        "title": f"{total} links: " + ", ".join(f"{t} {n}" for t, n in counts.most_common()),
    }


def _grouped_page(G, docs, nodes, edges, clusters, types, back_link) -> Page:
    in_corpus = sum(1 for n in docs if G.nodes[n].get("in_corpus"))
    options = {
        **BASE_OPTIONS,
        "edges": {**BASE_OPTIONS["edges"], "smooth": False},
        "nodes": {**BASE_OPTIONS["nodes"], "scaling": {"label": {"drawThreshold": 5}}},
        "interaction": {**BASE_OPTIONS["interaction"], "hideEdgesOnDrag": True},
    }
    return Page(
        title="Overview 全部文件: documents grouped by level and year",
        subtitle=f"{len(docs)} documents ({in_corpus} in the corpus, {len(docs) - in_corpus} only cited) in "
        f"{len(nodes)} groups · {len(edges)} bundles of links ({', '.join(types)}) · columns = years, rows = levels",
        nodes=nodes,
        edges=edges,
        options=options,
        legend=level_legend()
        + edge_legend(types)
        + (
            LegendItem("node", "box: a group (click: open it; click its title bar: close it)", "#ffffff", "#17202a"),
            LegendItem("edge", "grey, width by count: links between groups", "#7f8c8d", width=3),
        ),
        back_link=back_link,
        build=build_label(G),
        clusters=clusters,
    )
