"""The site's pages for what documents gather around: an agency, a beneficiary group, a national
document (its implementations by level and over time), and the two directories listing agencies
and groups.  Plain HTML with one shared stylesheet (``assets/site.css``): they open at once and
read at any size, however many documents they list.

Pure: a graph in, HTML text out; :mod:`policykg.viz.site` writes the files.

>>> level_mix({"provincial": 3, "municipal": 1}).count('title="')  # one part per level present
2
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from policykg.analysis.coissuance import issued_documents, issuers
from policykg.analysis.groups import narrower_groups
from policykg.analysis.lineage import lineage_depths
from policykg.analysis.links import nodes_labelled
from policykg.viz.catalog import Links
from policykg.viz.lineage import display_level
from policykg.viz.page import defang
from policykg.viz.style import LEVEL_STYLES, status_text
from policykg.viz.views import best_date, issuers_of

__all__ = [
    "Hub",
    "agencies_directory",
    "agency_page",
    "group_page",
    "groups_directory",
    "level_mix",
    "national_page",
    "year_chart",
]

MAX_LISTED = 400  # documents listed on one page; the rest are counted and found from the index
LEVEL_ORDER = tuple(LEVEL_STYLES)  # national … unknown


@dataclass(frozen=True)
class Hub:
    """Where a hub page is written and what every page of the site shows."""

    links: Links
    build: str  # the build label (catalog.build_label)
    prefix: str = "../"  # from the page to the site root
    # document → its first cells in doc_table (the same in every table of this hub's pages: a document
    # is listed on the pages of its issuers, groups and national documents); one per document
    cells: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# --------------------------------------------------------------------------- pieces


def level_mix(counts: Mapping[str, int]) -> str:
    """A bar split by level (widths by count) with a key: how a set of documents spreads."""
    total = sum(counts.values()) or 1
    parts, key = [], []
    for level in LEVEL_ORDER:
        n = counts.get(level, 0)
        if not n:
            continue
        style = LEVEL_STYLES[level]
        share = 100 * n / total
        text = _e(n) if share >= 4 else ""
        parts.append(
            f'<span style="width:{share:.2f}%;background:{style.colour}" title="{_e(style.name)}: {n}">{text}</span>'
        )
        key.append(f'<span class="sw" style="background:{style.colour}"></span>{_e(style.name)} {n}')
    return f'<div class="mix">{"".join(parts)}</div><div class="mixkey">{"".join(key)}</div>'


def mini_mix(counts: Mapping[str, int]) -> str:
    """A small inline level bar (for lists)."""
    total = sum(counts.values()) or 1
    spans = "".join(
        f'<span style="width:{100 * counts[lv] / total:.1f}%;background:{LEVEL_STYLES[lv].colour}"></span>'
        for lv in LEVEL_ORDER
        if counts.get(lv)
    )
    return f'<span class="mini" title="{_e(_mix_title(counts))}">{spans}</span>'


def _mix_title(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{LEVEL_STYLES[lv].name} {counts[lv]}" for lv in LEVEL_ORDER if counts.get(lv))


def year_chart(by_year: Mapping[int, Mapping[str, int]], *, width: int = 900, height: int = 170) -> str:
    """An SVG of documents per year, each bar stacked by level (national at the bottom)."""
    if not by_year:
        return '<p class="more">No dated documents.</p>'
    years = list(range(min(by_year), max(by_year) + 1))
    top = max(sum(c.values()) for c in by_year.values())
    slot = min(44.0, (width - 40) / len(years))
    base = height - 26  # the x axis; bars grow up to 20 px below the top (room for their totals)
    plot = base - 20
    bars, labels = [], []
    step = 1 if slot >= 30 else 2 if slot >= 15 else 5 if slot >= 6 else 10
    for k, year in enumerate(years):
        x = 34 + k * slot
        y = float(base)
        for level in LEVEL_ORDER:
            n = by_year.get(year, {}).get(level, 0)
            if n:
                h = max(1.0, plot * n / top)
                y -= h
                bars.append(
                    f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(1.0, slot - 2):.1f}" height="{h:.1f}" '
                    f'fill="{LEVEL_STYLES[level].colour}" stroke="{LEVEL_STYLES[level].border}" stroke-width="0.5">'
                    f"<title>{year} {_e(LEVEL_STYLES[level].name)}: {n}</title></rect>"
                )
        total = sum(by_year.get(year, {}).values())
        if total and slot >= 18:
            labels.append(f'<text x="{x + slot / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{total}</text>')
        if year % step == 0 or len(years) == 1:
            labels.append(f'<text x="{x + slot / 2:.1f}" y="{height - 8}" text-anchor="middle">{year}</text>')
    axis = (
        f'<text x="2" y="{base - plot + 4}">{top}</text><text x="2" y="{base}">0</text>'
        f'<line x1="32" y1="{base}" x2="{34 + len(years) * slot}" y2="{base}" stroke="#95a5a6"/>'
    )
    w = int(40 + len(years) * slot)
    return f'<svg class="years" width="{w}" height="{height}" viewBox="0 0 {w} {height}" role="img">{axis}{"".join(bars)}{"".join(labels)}</svg>'


def _by_year(G: nx.MultiDiGraph, docs: Iterable[str]) -> dict[int, Counter]:
    out: dict[int, Counter] = defaultdict(Counter)
    for d in docs:
        date = best_date(G, d)
        if date:
            out[int(str(date)[:4])][display_level(G, d)] += 1
    return out


def _doc_link(G: nx.MultiDiGraph, d: str, hub: Hub) -> str:
    a = G.nodes[d]
    title = _e(a.get("title") or d)
    target = hub.links.page.get(d) or hub.links.hub.get(d)
    inner = f'<a href="{_e(hub.prefix + target)}">{title}</a>' if target else title
    extra = ""
    if d in hub.links.hub and d in hub.links.page:
        extra = f' <a class="tag" href="{_e(hub.prefix + hub.links.hub[d])}">实施情况 implementations</a>'
    if not a.get("in_corpus"):
        extra += ' <span class="tag cited">仅被引用 cited only</span>'
    return f"<span>{inner}{extra}</span>"


def doc_table(
    G: nx.MultiDiGraph, docs: list[str], hub: Hub, *, columns: Mapping[str, Mapping[str, str]] | None = None
) -> str:
    """A table of documents (newest first) with extra ``columns`` (heading → document → text)."""
    columns = columns or {}
    docs = sorted(docs, key=lambda d: (str(best_date(G, d) or ""), d), reverse=True)
    shown = docs[:MAX_LISTED]
    head = "".join(
        f"<th>{_e(h)}</th>"
        for h in ("Title 标题", "Doc number 文号", "Date 日期", "Level 级别", "Status 状态", *columns)
    )
    rows = []
    for d in shown:
        first = hub.cells.get(d)
        if first is None:  # made once per document and hub, then reused by every table listing it
            first = hub.cells[d] = _first_cells(G, d, hub)
        rows.append(first + "".join(f"<td>{_e(col.get(d, ''))}</td>" for col in columns.values()) + "</tr>")
    more = (
        f'<p class="more">… and {len(docs) - len(shown)} more (search the index).</p>' if len(docs) > len(shown) else ""
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"


def _first_cells(G: nx.MultiDiGraph, d: str, hub: Hub) -> str:
    """The opening of ``d``'s row in :func:`doc_table`: <tr> and its title, number, date, level, status."""
    a = G.nodes[d]
    level = display_level(G, d)
    cls = ' class="inactive"' if a.get("status") in ("superseded", "expired") else ""
    cells = [
        _doc_link(G, d, hub),
        _e(a.get("doc_number") or ""),
        _e(a.get("date") or a.get("effective_date") or str(best_date(G, d) or "")[:4]),
        f'<span class="lv" style="background:{LEVEL_STYLES[level].colour}">{_e(LEVEL_STYLES[level].name)}</span>',
        _e(status_text(a.get("status"))),
    ]
    return f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells)


def shell(title: str, body: str, hub: Hub, *, subtitle: str = "") -> str:
    """A whole page: header with the way back and the build, then ``body``."""
    p = hub.prefix
    sub = f'<div class="sub">{_e(subtitle)}</div>' if subtitle else ""
    return defang(
        f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policykg site (offline)">
<title>{_e(title)}</title>
<link rel="stylesheet" href="{p}assets/site.css">
</head>
<body>
<header class="top">
  <nav><a class="back" href="{p}index.html">← all documents 全部文件</a><a href="{p}agencies.html">Agencies 发文机关</a><a href="{p}beneficiaries.html">Beneficiary groups 支持对象</a><a href="{p}overview.html">Overview 总览</a></nav>
  <h1>{_e(title)}</h1>
  {sub}
  <div class="build">{_e(hub.build)}</div>
</header>
<main>
{body}
</main>
</body>
</html>
"""
    )


def _number_year(a: Mapping) -> str:
    """The year a doc number gives, said as such (no date is known)."""
    year = a.get("doc_number_year")
    return f"{year} (year of the doc number 文号年份)" if year else ""


def _facts(items: Iterable[tuple[str, str]]) -> str:
    return '<dl class="facts">' + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in items if v) + "</dl>"


def _agency_link(G: nx.MultiDiGraph, ag: str, hub: Hub) -> str:
    name = _e(G.nodes[ag].get("name") or ag)
    return f'<a href="{_e(hub.prefix + hub.links.agency[ag])}">{name}</a>' if ag in hub.links.agency else name


def _group_link(G: nx.MultiDiGraph, g: str, hub: Hub) -> str:
    name = _e(G.nodes[g].get("name") or g)
    return f'<a href="{_e(hub.prefix + hub.links.group[g])}">{name}</a>' if g in hub.links.group else name


def _issuer_table(G: nx.MultiDiGraph, counts: Counter, hub: Hub, *, heading: str) -> str:
    if not counts:
        return '<p class="more">None.</p>'
    rows = "".join(
        f'<tr><td>{_agency_link(G, ag, hub)}</td><td class="num">{n}</td></tr>'
        for ag, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:60]
    )
    more = f'<p class="more">… {len(counts) - 60} more.</p>' if len(counts) > 60 else ""
    return f'<table style="width:auto"><thead><tr><th>{_e(heading)}</th><th class="num">documents 文件</th></tr></thead><tbody>{rows}</tbody></table>{more}'


def _documents_sections(
    G: nx.MultiDiGraph,
    docs: list[str],
    hub: Hub,
    agencies: tuple[str, Counter],
    column: tuple[str, dict[str, str]],
) -> str:
    """The sections an agency's or a group's page shows of its documents: their level mix, their years,
    the agencies with counts (``agencies``: heading, counts) and the documents with one more column."""
    heading, counts = agencies
    return (
        "<h2>Level mix 级别</h2>"
        + level_mix(Counter(display_level(G, d) for d in docs))
        + "<h2>Over time 年份</h2>"
        + year_chart(_by_year(G, docs))
        + f"<h2>{heading} ({len(counts)})</h2>"
        + _issuer_table(G, counts, hub, heading="agency 机关")
        + f"<h2>Documents 文件 ({len(docs)})</h2>"
        + doc_table(G, docs, hub, columns={column[0]: column[1]})
    )


# --------------------------------------------------------------------------- pages


def agency_page(G: nx.MultiDiGraph, agency: str, hub: Hub) -> str:
    """An agency: what it issued (alone or jointly), with whom, at which levels, over time."""
    a = G.nodes[agency]
    docs = issued_documents(G, agency)
    partners: Counter = Counter(o for d in docs for o in issuers(G, d) if o != agency)
    co = {d: "、".join(G.nodes[o].get("name", o) for o in issuers(G, d) if o != agency) for d in docs}
    statuses = Counter(G.nodes[d].get("status") or "unknown" for d in docs)
    facts = _facts(
        [
            ("Level 级别", _e(LEVEL_STYLES.get(a.get("level") or "unknown", LEVEL_STYLES["unknown"]).name)),
            ("Place 地区", _e(a.get("jurisdiction") or "")),
            ("Part of 上级", _e(a.get("parent") or "")),
            ("Also written 别名", _e("、".join(a.get("aliases") or []))),
            ("Documents 文件", f"{len(docs)} ({sum(1 for d in docs if G.nodes[d].get('in_corpus'))} in the corpus)"),
            ("Status 状态", _e(" · ".join(f"{status_text(s)} {n}" for s, n in statuses.most_common()))),
            ("Registry 登记", "" if a.get("known", True) else "not in the agency registry (kept as written)"),
        ]
    )
    body = facts + _documents_sections(G, docs, hub, ("Co-issuers 联合发文机关", partners), ("Co-issuers 联合发文", co))
    return shell(f"{a.get('name') or agency}", body, hub, subtitle="Agency 发文机关")


def _groups(G: nx.MultiDiGraph) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Each group's narrower groups (``narrower_groups``) and groups by name, made once per graph
    (a site asks for every group's page)."""
    cached = G.graph.get("_viz_groups")
    if cached is None or cached[0] != G.number_of_nodes():
        groups = nodes_labelled(G, "BeneficiaryGroup")
        by_name = {G.nodes[g].get("name"): g for g in groups}
        under: dict[str, list[str]] = {g: [g] for g in groups}
        for g in groups:
            for name in G.nodes[g].get("broader") or ():
                if name in by_name and by_name[name] != g:
                    under[by_name[name]].append(g)
        cached = (G.number_of_nodes(), under, by_name)
        G.graph["_viz_groups"] = cached
    return cached[1], cached[2]


def group_documents(G: nx.MultiDiGraph, group: str) -> dict[str, str]:
    """The documents supporting ``group`` or a narrower group → the group they name (as
    ``beneficiary_docs`` answers, through :func:`~policykg.analysis.groups.narrower_groups`:
    the group itself wins over a narrower one)."""
    found: dict[str, str] = {}
    for sub in _groups(G)[0].get(group) or narrower_groups(G, group):
        for d, keys in G.pred[sub].items():
            if "TARGETS" in keys and (d not in found or sub == group):
                found[d] = sub
    return found


def group_page(G: nx.MultiDiGraph, group: str, hub: Hub) -> str:
    """A beneficiary group: the documents supporting it (and its narrower groups), their issuers,
    levels and years."""
    a = G.nodes[group]
    found = group_documents(G, group)
    docs = list(found)
    under, by_name = _groups(G)
    broader = [by_name[b] for b in a.get("broader") or [] if b in by_name]
    narrower = [g for g in under[group] if g != group]
    issuer_counts: Counter = Counter(o for d in docs for o in issuers(G, d))
    via = {d: G.nodes[g].get("name", g) for d, g in found.items() if g != group}
    facts = _facts(
        [
            ("Also called 同义词", _e("、".join(a.get("synonyms") or []))),
            ("Broader 上位群体", " ← ".join(_group_link(G, g, hub) for g in broader)),
            ("Narrower 下位群体", "、".join(_group_link(G, g, hub) for g in narrower)),
            ("Documents 文件", f"{len(docs)} supporting it or a narrower group"),
        ]
    )
    body = facts + _documents_sections(G, docs, hub, ("Issuers 发文机关", issuer_counts), ("Via group 通过", via))
    return shell(f"{a.get('name') or group}", body, hub, subtitle="Beneficiary group 支持对象")


def national_page(G: nx.MultiDiGraph, doc: str, hub: Hub) -> str:
    """A national document and everything below it (``implementations_down``): by level, by
    place, over time."""
    a = G.nodes[doc]
    depth = lineage_depths(G, doc, direction="down")
    docs = list(depth)
    level_of = {d: display_level(G, d) for d in docs}  # once each: read below for counts, places and sections
    levels = Counter(level_of.values())
    places = Counter((level_of[d], G.nodes[d].get("jurisdiction") or "—") for d in docs)
    own = hub.links.page.get(doc)
    facts = _facts(
        [
            ("Doc number 文号", _e(a.get("doc_number") or "")),
            ("Date 日期", _e(a.get("date") or a.get("effective_date") or _number_year(a))),
            ("Issuers 发文机关", _e("、".join(issuers_of(G, doc)))),
            ("Status 状态", _e(status_text(a.get("status")))),
            (
                "Text 正文",
                f'<a href="{_e(hub.prefix + own)}">lineage page 政策脉络</a>'
                if own
                else "only cited: not in the corpus",
            ),
            (
                "Below it 下级文件",
                f"{len(docs)} documents rest on or implement it ({sum(1 for v in depth.values() if v == 1)} directly)",
            ),
        ]
    )
    place_rows = "".join(
        f'<tr><td><span class="lv" style="background:{LEVEL_STYLES[lv].colour}">{_e(LEVEL_STYLES[lv].name)}</span></td>'
        f'<td>{_e(place)}</td><td class="num">{n}</td></tr>'
        for (lv, place), n in sorted(places.items(), key=lambda kv: (LEVEL_ORDER.index(kv[0][0]), -kv[1], kv[0][1]))
    )
    sections = []
    for level in LEVEL_ORDER:
        members = [d for d in docs if level_of[d] == level]
        if members:
            hops = {d: "directly 直接" if depth[d] == 1 else f"{depth[d]} links" for d in members}
            sections.append(
                f"<h2>{_e(LEVEL_STYLES[level].name)} ({len(members)})</h2>"
                + doc_table(G, members, hub, columns={"Link 关系": hops})
            )
    body = (
        facts
        + "<h2>Implementations by level 各级落实</h2>"
        + level_mix(levels)
        + "<h2>Over time 年份</h2>"
        + year_chart(_by_year(G, docs))
        + "<h2>By place 地区</h2>"
        + (
            f'<table style="width:auto"><thead><tr><th>Level 级别</th><th>Place 地区</th><th class="num">documents</th></tr></thead><tbody>{place_rows}</tbody></table>'
            if place_rows
            else '<p class="more">Nothing in the graph rests on it yet.</p>'
        )
        + "".join(sections)
    )
    return shell(
        str(a.get("title") or doc), body, hub, subtitle="National document 国家级文件 · what implements it 实施情况"
    )


# --------------------------------------------------------------------------- directories


FILTER_SCRIPT = """<script>
(function () {
  var box = document.getElementById("filter");
  function norm(s) { return s.replace(/\\s+/g, "").toLowerCase(); }
  box.addEventListener("input", function () {
    var q = norm(box.value);
    document.querySelectorAll("[data-key]").forEach(function (el) {
      el.style.display = !q || el.getAttribute("data-key").indexOf(q) >= 0 || el.querySelector("[data-key]:not([style*='none'])") ? "" : "none";
    });
  });
})();
</script>"""


def agencies_directory(G: nx.MultiDiGraph, hub: Hub, *, network: str | None = None) -> str:
    """Every agency that issued documents: level, place, documents, co-issuers; filter as you type."""
    rows = []
    for ag in nodes_labelled(G, "Agency"):
        docs = issued_documents(G, ag)
        if not docs:
            continue
        a = G.nodes[ag]
        partners = {o for d in docs for o in issuers(G, d) if o != ag}
        level = a.get("level") or "unknown"
        key = " ".join([str(a.get("name") or ag), *(a.get("aliases") or []), str(a.get("jurisdiction") or "")])
        rows.append((-len(docs), str(a.get("name") or ag), ag, level, a, len(docs), len(partners), key, docs))
    rows.sort()
    body_rows = "".join(
        f'<tr data-key="{_e(key.replace(" ", "").lower())}"><td>{_agency_link(G, ag, hub)}</td>'
        f'<td><span class="lv" style="background:{LEVEL_STYLES.get(level, LEVEL_STYLES["unknown"]).colour}">'
        f"{_e(LEVEL_STYLES.get(level, LEVEL_STYLES['unknown']).name)}</span></td><td>{_e(a.get('jurisdiction') or '')}</td>"
        f'<td class="num">{n}</td><td class="num">{p}</td><td>{mini_mix(Counter(display_level(G, d) for d in docs))}</td></tr>'
        for _, _, ag, level, a, n, p, key, docs in rows
    )
    extra = f' · <a href="{_e(network)}">co-issuance network 联合发文网络</a>' if network else ""
    body = (
        f'<input id="filter" class="filterbox" type="search" placeholder="Filter by name, alias or place 筛选">{extra}'
        '<table><thead><tr><th>Agency 机关</th><th>Level 级别</th><th>Place 地区</th><th class="num">Documents 文件</th>'
        '<th class="num">Co-issuers 联合发文机关</th><th>Documents by level 文件级别</th></tr></thead>'
        f"<tbody>{body_rows}</tbody></table>{FILTER_SCRIPT}"
    )
    return shell(
        "Agencies 发文机关",
        body,
        hub,
        subtitle=f"{len(rows)} agencies issued documents · most documents first · click one for its page",
    )


def groups_directory(G: nx.MultiDiGraph, hub: Hub) -> str:
    """Beneficiary groups as a tree (broader above narrower), each with its documents and level mix."""
    groups = nodes_labelled(G, "BeneficiaryGroup")
    by_name = {G.nodes[g].get("name"): g for g in groups}
    kids: dict[str | None, list[str]] = defaultdict(list)
    for g in groups:
        nearest = (G.nodes[g].get("broader") or [None])[0]
        kids[by_name.get(nearest)].append(g)
    found = {g: group_documents(G, g) for g in groups}

    def item(g: str, seen: frozenset) -> str:
        a = G.nodes[g]
        key = "".join([str(a.get("name") or g), *(a.get("synonyms") or [])]).lower()
        levels = Counter(display_level(G, d) for d in found[g])
        below = sorted((c for c in kids.get(g, []) if c not in seen), key=lambda c: (-len(found[c]), c))
        inner = f"<ul>{''.join(item(c, seen | {c}) for c in below)}</ul>" if below else ""
        return (
            f'<li data-key="{_e(key)}">{_group_link(G, g, hub)}<span class="n">{len(found[g])} documents</span>'
            f"{mini_mix(levels)}{inner}</li>"
        )

    roots = sorted(kids.get(None, []), key=lambda g: (-len(found[g]), g))
    body = (
        '<input id="filter" class="filterbox" type="search" placeholder="Filter groups 筛选支持对象">'
        f'<ul class="tree">{"".join(item(g, frozenset({g})) for g in roots)}</ul>{FILTER_SCRIPT}'
    )
    total = len({d for f in found.values() for d in f})
    return shell(
        "Beneficiary groups 支持对象",
        body,
        hub,
        subtitle=f"{len(groups)} groups · {total} documents support one · a group counts the documents of its narrower groups",
    )
