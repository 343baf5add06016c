"""The four views — lineage, overview, agencies, beneficiaries — as :class:`~policykg.viz.page.Page` values.

Pure: a graph in, a page description out (rendering and writing live in ``page``).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="甲办法", level="provincial", status="in_force", in_corpus=True)
>>> G.add_node("doc:b", label="Document", title="乙办法", level="provincial", status="superseded", in_corpus=True)
>>> _ = G.add_edge("doc:a", "doc:b", key="SUPERSEDES", type="SUPERSEDES", file="f.txt", line=9, text="乙办法同时废止。")
>>> page = lineage_page(G, "甲办法")
>>> [n["id"] for n in page.nodes], page.edges[0]["dashes"]
(['doc:a', 'doc:b'], [12, 6])
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable

import networkx as nx

from policykg.analysis.coissuance import coissuing_pairs
from policykg.analysis.links import is_document
from policykg.analysis.lookup import find_document
from policykg.analysis.supersession import newer_versions
from policykg.analysis.units import notices_of
from policykg.ontology.schema import DOCUMENT_EDGE_TYPES
from policykg.viz.layout import tiered_layout, timeline_layout
from policykg.viz.lineage import Lineage, display_level, lineage
from policykg.viz.page import FONT_FACE, LegendItem, Page, PlacedEdge, PlacedNode, _json
from policykg.viz.stamp import build_label
from policykg.viz.style import (
    EDGE_STYLES,
    GROUP_COLOUR,
    INACTIVE_FILL,
    INACTIVE_FONT,
    INACTIVE_STATUSES,
    LEVEL_STYLES,
    status_text,
)

# Edge types of the overview (CITES only on request: it is most of the edges and says least).
OVERVIEW_TYPES = tuple(t for t in DOCUMENT_EDGE_TYPES if t != "CITES")
LABEL_LINE = 13  # characters per label line (titles have no spaces to wrap at)
LABEL_LINES = 3

UrlFor = Callable[[str], "str | None"]


# ---------------------------------------------------------------- text


def wrap_label(text: str, *, width: int = LABEL_LINE, lines: int = LABEL_LINES) -> str:
    """A title cut into balanced lines of at most ``width`` characters, at most ``lines`` lines
    (… when cut).  Titles have no spaces for the browser to wrap at.

    >>> wrap_label("关于印发河南省就业创业补贴实施办法的通知", width=8, lines=2)
    '关于印发河南省就\\n业创业补贴实施…'
    >>> wrap_label("河南省就业创业补贴实施办法", width=10)
    '河南省就业创业\\n补贴实施办法'
    """
    text = " ".join(str(text).split())
    count = max(1, -(-len(text) // width))
    if count > lines:
        parts = [text[i : i + width] for i in range(0, width * lines, width)]
        parts[-1] = parts[-1][:-1] + "…"
        return "\n".join(parts)
    step = -(-len(text) // count)
    return "\n".join(text[i : i + step] for i in range(0, len(text), step)) or text


def issuers_of(G: nx.MultiDiGraph, n: str) -> list[str]:
    """A document's issuers; a transmitted text is issued by its notice's issuers."""
    issuers = list(G.nodes[n].get("issuers") or [])
    notice = None if issuers else notice_of(G, n)
    return list(G.nodes[notice].get("issuers") or []) if notice else issuers


def notice_of(G: nx.MultiDiGraph, n: str) -> str | None:
    """The notice transmitting ``n``, if any."""
    return next(iter(notices_of(G, n)), None)


def doc_tooltip(G: nx.MultiDiGraph, n: str) -> str:
    a = G.nodes[n]
    lines = [str(a.get("title") or n)]
    if a.get("doc_number"):
        lines.append(f"文号 doc number: {a['doc_number']}")
    notice = notice_of(G, n)
    if notice:
        nd = G.nodes[notice]
        lines.append(f"印发通知 transmitted by: {nd.get('doc_number') or nd.get('title', notice)}")
    issuers = issuers_of(G, n)
    lines.append("发文机关 issuers: " + ("、".join(issuers) if issuers else "—"))
    dates = f"日期 date: {a.get('date') or '—'}"
    if a.get("effective_date"):
        dates += f" · 施行 effective: {a['effective_date']}"
    if a.get("expiry_date"):
        dates += f" · 有效期至 expires: {a['expiry_date']}"
    lines.append(dates)
    status = a.get("status") or "unknown"
    line = f"级别 level: {a.get('level') or 'unknown'} · 状态 status: {status_text(status)}"
    if a.get("status_as_of"):
        line += f" (as of {a['status_as_of']})"
    lines.append(line)
    later = list(a.get("superseded_by") or [])
    later += [u for u in newer_versions(G, n, max_depth=1) if u not in later]
    if later:
        lines.append("被替代 superseded by: " + "；".join(str(G.nodes[m].get("title", m)) for m in later if m in G))
    if a.get("in_corpus"):
        where = f"{a.get('source_file', '?')}:{a.get('source_line', '?')}"
        lines.append(f"来源 source: {where}")
        if a.get("printed_also_in"):  # another file prints it too (merged into this node)
            lines.append("另见 also in: " + "；".join(a["printed_also_in"]))
    else:
        lines.append("only cited — its text is not in the corpus")
    return "\n".join(lines)


def edge_tooltip(G: nx.MultiDiGraph, u: str, v: str, attrs: dict) -> str:
    etype = attrs.get("type", "")
    style = EDGE_STYLES.get(etype)
    role = style.role if style else etype
    lines = [
        f"{etype}: {G.nodes[u].get('title', u)}",
        f"    {role}",
        f"{G.nodes[v].get('title', v) if 'title' in G.nodes[v] else G.nodes[v].get('name', v)}",
    ]
    if attrs.get("text"):
        lines.append(f"“{attrs['text']}”")
    if attrs.get("file"):
        lines.append(f"{attrs['file']}:{attrs.get('line', '?')}")
    if attrs.get("cited_as"):
        lines.append(f"cited as: {attrs['cited_as']}")
    return "\n".join(lines)


class Tooltips:
    """Tooltips of documents and edges, each made once: the pages of a site share one (a tooltip
    depends on the graph alone, and a law cited by thousands is drawn on thousands of pages).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("doc:a", label="Document", title="A")
    >>> tips = Tooltips(G)
    >>> tips.doc("doc:a") is tips.doc("doc:a") and tips.doc("doc:a") == doc_tooltip(G, "doc:a")
    True
    """

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self._docs: dict[str, str] = {}
        self._edges: dict[tuple[str, str, str], str] = {}
        self._faces: dict[tuple[str, str | None], tuple[dict, dict, tuple[str, str]]] = {}
        self._edge_faces: dict[tuple[str, str, str], tuple[dict, tuple[str]]] = {}

    def face(self, n: str, url: str | None) -> tuple[dict, dict, tuple[str, str]]:
        """:func:`doc_node`'s dict of ``n`` (not the focus, not compact) split around its position:
        the keys before "x" and those after "y", and the JSON of each (:class:`PlacedNode`).  Made once per document, not once per page that
        draws it (a law on thousands of pages); the nested dicts are shared, pages only serialise them."""
        got = self._faces.get((n, url))
        if got is None:
            node = doc_node(self.G, n, (0.0, 0.0), url=url)  # without tooltips: made here, in full
            keys = list(node)
            x = keys.index("x")
            head = {k: node[k] for k in keys[:x]}
            tail = {k: node[k] for k in keys[x + 2 :]}  # "y" follows "x"
            parts = (_json(head)[:-1] + ",", _json(tail)[1:])  # '{"id":…,"title":…,' and '"level":…}'
            got = self._faces[(n, url)] = (head, tail, parts)
        return got

    def edge_face(self, u: str, v: str, key: str) -> tuple[dict, tuple[str]]:
        """:func:`doc_edge`'s dict of a labelled edge without its curve, and its JSON up to where
        "smooth" goes (:class:`PlacedEdge`): made once per edge, not once per page that draws it."""
        got = self._edge_faces.get((u, v, key))
        if got is None:
            head = doc_edge(self.G, u, v, key, tooltips=self)
            got = self._edge_faces[(u, v, key)] = (head, (_json(head)[:-1] + ",",))  # '{"id":…,"font":{…},'
        return got

    def doc(self, n: str) -> str:
        tip = self._docs.get(n)
        if tip is None:
            tip = self._docs[n] = doc_tooltip(self.G, n)
        return tip

    def edge(self, u: str, v: str, key: str, attrs: dict) -> str:
        tip = self._edges.get((u, v, key))
        if tip is None:
            tip = self._edges[(u, v, key)] = edge_tooltip(self.G, u, v, attrs)
        return tip


# ---------------------------------------------------------------- nodes and edges


def doc_node(
    G: nx.MultiDiGraph,
    n: str,
    pos,
    *,
    focus: bool = False,
    compact: bool = False,
    url: str | None = None,
    tooltips: Tooltips | None = None,
) -> dict:
    """The vis-network dict of a document: colour by level, grey and tagged when superseded/expired.

    With ``tooltips``, a plain node (not the focus, not compact) is its shared face (:meth:`Tooltips.face`)
    placed at ``pos``: the same keys in the same order, ~5× faster."""
    if tooltips is not None and not focus and not compact:
        head, tail, parts = tooltips.face(n, url)
        node = PlacedNode(head, x=round(pos[0], 1), y=round(pos[1], 1), **tail)
        node.parts = parts
        return node
    a = G.nodes[n]
    level = LEVEL_STYLES.get(display_level(G, n), LEVEL_STYLES["unknown"])
    status = a.get("status") or "unknown"
    inactive = status in INACTIVE_STATUSES
    title = str(a.get("title") or n)
    if compact:
        label = (INACTIVE_STATUSES[status] if inactive else "") + wrap_label(title, width=16, lines=1)
    else:
        label = wrap_label(title)
        if a.get("doc_number"):
            label += "\n" + str(a["doc_number"])
        if inactive:
            label = INACTIVE_STATUSES[status] + "\n" + label
    node = {
        "id": n,
        "label": label,
        "title": tooltips.doc(n) if tooltips else doc_tooltip(G, n),
        "x": round(pos[0], 1),
        "y": round(pos[1], 1),
        "level": level.level,
        "status": status,
        "color": {"background": INACTIVE_FILL if inactive else level.colour, "border": level.border},
        "borderWidth": 2,
    }
    if compact:
        node.update(shape="dot", size=10 if a.get("in_corpus") else 6)
    else:
        node.update(shape="box" if a.get("in_corpus") else "ellipse", margin=8)
    if inactive:
        node["font"] = {"color": INACTIVE_FONT}
        node["shapeProperties"] = {"borderDashes": [5, 4]}
        node["borderWidth"] = 2.5
    if focus:
        node["borderWidth"] = 5
        node["font"] = {**node.get("font", {}), "size": 16}
        node["shadow"] = {"enabled": True, "size": 14, "color": "rgba(0,0,0,0.35)"}
    if url:
        node["url"] = url
    return node


def doc_edge(
    G: nx.MultiDiGraph,
    u: str,
    v: str,
    key: str,
    *,
    labels: bool = True,
    smooth=None,
    tooltips: Tooltips | None = None,
) -> dict:
    """The vis-network dict of an edge.  With ``tooltips`` and a ``smooth`` curve, a labelled edge is
    its shared face (:meth:`Tooltips.edge_face`) with the curve last: the same keys in the same order."""
    if tooltips is not None and labels and smooth is not None:
        head, parts = tooltips.edge_face(u, v, key)
        edge = PlacedEdge(head, smooth=smooth)
        edge.parts = parts
        return edge
    attrs = G.edges[u, v, key]
    style = EDGE_STYLES.get(attrs.get("type", key), EDGE_STYLES["CITES"])
    edge = {
        "id": f"{u}|{key}|{v}",
        "from": u,
        "to": v,
        "type": style.type,
        "title": tooltips.edge(u, v, key, attrs) if tooltips else edge_tooltip(G, u, v, attrs),
        "color": {"color": style.colour, "highlight": style.colour, "hover": style.colour},
        "width": style.width,
        "dashes": style.dashes,
        "arrows": "to",
    }
    if labels:
        edge["label"] = style.name.split(" ", 1)[1] if " " in style.name else style.name
        edge["font"] = {"color": style.colour}
    if smooth is not None:
        edge["smooth"] = smooth
    return edge


def level_legend(*, statuses: bool = True) -> tuple[LegendItem, ...]:
    items = [LegendItem("node", s.name, s.colour, s.border) for s in LEVEL_STYLES.values()]
    if statuses:
        items.append(
            LegendItem("node", "〔已废止〕 superseded / 〔已失效〕 expired", INACTIVE_FILL, "#566573", dashed=True)
        )
    return tuple(items)


def edge_legend(types) -> tuple[LegendItem, ...]:
    return tuple(
        LegendItem(
            "edge",
            f"A → B: A {EDGE_STYLES[t].role} B" if t in DOCUMENT_EDGE_TYPES else EDGE_STYLES[t].name,
            EDGE_STYLES[t].colour,
            width=max(2, EDGE_STYLES[t].width),
            dashed=bool(EDGE_STYLES[t].dashes),
        )
        for t in types
    )


def _bands(pos: dict, tier_of: dict, *, pad: float = 70.0) -> tuple[dict, ...]:
    """One labelled band per level tier present, from its top row to the next tier."""
    tops: dict[int, float] = {}
    for n, (_, y) in pos.items():
        tops[tier_of[n]] = min(tops.get(tier_of[n], y), y)
    bottom = max((y for _, y in pos.values()), default=0.0) + pad
    by_tier = {s.tier: s for s in LEVEL_STYLES.values()}
    return tuple(
        {"label": by_tier[t].name, "y": tops[t] - pad, "bottom": bottom, "colour": by_tier[t].colour}
        for t in sorted(tops)
    )


BASE_OPTIONS = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {
        "hover": True,
        "tooltipDelay": 120,
        "keyboard": {"enabled": True, "bindToWindow": False},
        "multiselect": True,
        "navigationButtons": False,
    },
    "nodes": {
        "font": {"size": 13, "face": FONT_FACE, "color": "#17202a"},
        "widthConstraint": {"maximum": 210},
        "color": {
            "highlight": {"background": "#fdfefe", "border": "#17202a"},
            "hover": {"background": "#fdfefe", "border": "#17202a"},
        },
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.8}},
        "selectionWidth": 2,
        "hoverWidth": 1.5,
        "font": {"size": 11, "strokeWidth": 3, "face": FONT_FACE},
    },
}


# ---------------------------------------------------------------- lineage


def lineage_page(
    G: nx.MultiDiGraph,
    doc: str,
    *,
    max_nodes: int = 200,
    url_for: UrlFor | None = None,
    back_link: str | None = None,
    tooltips: Tooltips | None = None,
) -> Page:
    """The lineage page of ``doc`` (node id, doc number or part of a title): national at the top.

    ``tooltips``: a :class:`Tooltips` shared by the pages of a site, so each is made once."""
    focus = find_document(G, doc)
    lin = lineage(G, focus, max_nodes=max_nodes)
    pos, tier_of = _lineage_positions(G, lin)
    nodes = [
        doc_node(G, n, pos[n], focus=n == focus, url=url_for(n) if url_for else None, tooltips=tooltips)
        for n in lin.nodes
    ]
    drawn = {k for _, _, k in lin.edges}
    always = ("BASED_ON", "IMPLEMENTS", "TRANSMITS", "SUPERSEDES")  # the legend always explains these
    types = [t for t in always + ("AMENDS", "CITES") if t in always or t in drawn]
    return Page(
        title=f"Lineage 政策脉络: {G.nodes[focus].get('title', focus)}",
        subtitle=_lineage_subtitle(G, focus),
        nodes=nodes,
        edges=_lineage_page_edges(G, lin, pos, tooltips),
        options=BASE_OPTIONS,
        legend=level_legend()
        + edge_legend(types)
        + (LegendItem("node", "thick border + shadow: this document; ellipse: cited only", "#ffffff", "#17202a"),),
        bands=_bands(pos, tier_of),
        notes=_lineage_notes(lin, max_nodes),
        back_link=back_link,
        build=build_label(G),
    )


def _lineage_positions(G: nx.MultiDiGraph, lin: Lineage) -> tuple[dict, dict[str, int]]:
    """Where each document of ``lin`` goes (national on top), and the level tier of each."""
    tier_of = place_unknown_levels(
        {n: LEVEL_STYLES.get(display_level(G, n), LEVEL_STYLES["unknown"]).tier for n in lin.nodes}, lin.edges
    )
    # A transmitted text sits on a half-row under its notice: the notice reads first.
    transmitted = {v for u, v, k in lin.edges if k == "TRANSMITS" and tier_of[u] == tier_of[v]}
    ranks = {n: tier_of[n] * 2 + (1 if n in transmitted else 0) for n in lin.nodes}
    order = {n: str(G.nodes[n].get("date") or G.nodes[n].get("effective_date") or "") for n in lin.nodes}
    widest = max(Counter(ranks.values()).values())
    per_row = max(8, math.ceil(math.sqrt(2 * widest)))  # a crowded tier wraps into a block, not a line
    pos = tiered_layout(ranks, [(u, v) for u, v, _ in lin.edges], order=order, max_per_row=per_row)
    for n in transmitted:  # half-rows sit half a step right: edges from a text pass beside its notice
        pos[n] = (pos[n][0] + 125.0, pos[n][1])
    _older_left(pos, ranks, [(u, v) for u, v, k in lin.edges if k == "SUPERSEDES"])
    return pos, tier_of


def _lineage_page_edges(G: nx.MultiDiGraph, lin: Lineage, pos: dict, tooltips: Tooltips | None) -> list[dict]:
    smooth = {"enabled": True, "type": "cubicBezier", "forceDirection": "vertical", "roundness": 0.45}
    by_y = _by_y(pos)
    edges = []
    for u, v, k in lin.edges:  # edges that would run through other boxes curve around them
        detour = _detour(pos, u, v, by_y=by_y)
        curve = {"enabled": True, "type": detour[0], "roundness": detour[1]} if detour else smooth
        edges.append(doc_edge(G, u, v, k, smooth=curve, tooltips=tooltips))  # the curve known when made
    return edges


def _lineage_subtitle(G: nx.MultiDiGraph, focus: str) -> str:
    a = G.nodes[focus]
    notice = notice_of(G, focus)
    return " · ".join(
        x
        for x in (
            a.get("doc_number"),
            f"transmitted by {G.nodes[notice].get('doc_number') or G.nodes[notice].get('title')}" if notice else "",
            a.get("date"),
            "、".join(issuers_of(G, focus)),
            f"level: {display_level(G, focus)}",
            f"status: {status_text(a.get('status'))}",
        )
        if x
    )


def _lineage_notes(lin: Lineage, max_nodes: int) -> tuple[str, ...]:
    counts = Counter(lin.roles.values())
    notes = [
        f"{counts['ancestor']} document(s) it rests on or implements · {counts['descendant']} implementing it · "
        f"{counts['version']} in its supersession chain · {counts['amendment']} amending those · "
        f"{counts['context']} replacing or replaced by the others · {len(lin.nodes)} shown"
    ]
    if lin.truncated:
        notes.append(f"Only the {max_nodes} nearest documents are shown.")
    return tuple(notes)


def place_unknown_levels(tier_of: dict[str, int], edges) -> dict[str, int]:
    """Tiers for documents of unknown level, from their neighbours, so arrows never point down:
    what documents rest on goes on the row of its highest citer; anything else (what rests on a
    document, versions, transmitted texts) on the row of the other end.  Colours stay "unknown".

    >>> place_unknown_levels({"law": 4, "city": 2, "old": 4}, [("city", "law", "BASED_ON"), ("city", "old", "SUPERSEDES")])
    {'law': 2, 'city': 2, 'old': 2}
    """
    unknown = LEVEL_STYLES["unknown"].tier
    tiers = dict(tier_of)
    for _ in range(4):  # a few passes let placements spread along chains
        changed = False
        for n in [n for n, t in tiers.items() if t == unknown]:
            citers, others = [], []
            for u, v, k in edges:
                if n not in (u, v) or u == v:
                    continue
                other = v if u == n else u
                if tiers[other] == unknown:
                    continue
                (citers if k in ("BASED_ON", "IMPLEMENTS") and v == n else others).append(tiers[other])
            if citers or others:
                tiers[n] = min(citers) if citers else max(others)
                changed = True
        if not changed:
            break
    return tiers


def _detour(
    pos: dict, u: str, v: str, *, half_width: float = 115.0, half_height: float = 40.0, by_y: list | None = None
):
    """(curve type, roundness) when the straight line u–v passes through another node's box, else None.

    vis-network's curvedCW/CCW bend the middle of an edge by about roundness·length/4, so the
    roundness is chosen to clear the nearest blocking box.  ``by_y``: ``_by_y(pos)``, to reuse.
    """
    (x1, y1), (x2, y2) = pos[u], pos[v]
    length = max(1.0, ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
    by_y = by_y if by_y is not None else _by_y(pos)
    same_row = abs(y1 - y2) < 1
    lo, hi = (
        (min(y1, y2) - half_height, max(y1, y2) + half_height)
        if same_row
        else (min(y1, y2) + half_height, max(y1, y2) - half_height)
    )
    worst = None  # (clearance needed, side)
    rows = by_y.rows
    # row by row, only the nodes near the line on it (bisected by x): a page's rows are long, an edge
    # passes few of their boxes; each candidate is then judged by the exact test of every node
    for y, xs, ids in rows[bisect_right(by_y.row_ys, lo) : bisect_left(by_y.row_ys, hi)]:
        if same_row:  # anything between the two on that row is in the way
            between = ids[bisect_right(xs, min(x1, x2)) : bisect_left(xs, max(x1, x2))]
            if any(n not in (u, v) for n in between):
                worst = max(worst or (0, True), (half_height + 25, True))
            continue
        x_at = x1 + (x2 - x1) * (y - y1) / (y2 - y1)
        # a margin of 1 around the window: the exact test below decides at its edges
        first, last = bisect_left(xs, x_at - half_width - 1), bisect_right(xs, x_at + half_width + 1)
        for x, n in zip(xs[first:last], ids[first:last]):
            if n in (u, v):
                continue
            if abs(x_at - x) < half_width:
                worst = max(worst or (0, True), (half_width - abs(x_at - x) + 25, x_at >= x))
    if worst is None:
        return None
    need, right = worst
    roundness = min(1.0, max(0.25, 4 * need / length))
    # Which of CW/CCW bends to the right depends on the direction of travel.
    curve = "curvedCCW" if right == (y2 < y1 or (y2 == y1 and x2 > x1)) else "curvedCW"
    return curve, round(roundness, 2)


class _ByY(list):
    """Nodes as (y, x, id) sorted by y, grouped in rows: (y, xs, ids) with xs sorted, in the order of
    their ys (``row_ys``, for bisecting)."""

    def __init__(self, items):
        super().__init__(items)
        rows: dict[float, tuple[list, list]] = {}
        for y, x, n in self:  # sorted by y, then x: each row's xs come sorted
            xs, ids = rows.setdefault(y, ([], []))
            xs.append(x)
            ids.append(n)
        self.rows = [(y, xs, ids) for y, (xs, ids) in rows.items()]
        self.row_ys = list(rows)


def _by_y(pos: dict) -> _ByY:
    return _ByY(sorted((y, x, n) for n, (x, y) in pos.items()))


def _older_left(pos: dict, ranks: dict, supersedes: list[tuple[str, str]]) -> None:
    """Within a row, put a superseded document left of the one replacing it (swap x)."""
    for new, old in supersedes:
        if ranks[new] == ranks[old] and pos[old][0] > pos[new][0]:
            (xo, yo), (xn, yn) = pos[old], pos[new]
            pos[old], pos[new] = (xn, yo), (xo, yn)


# ---------------------------------------------------------------- overview


def best_date(G: nx.MultiDiGraph, n: str) -> str | None:
    """Issue date, else effective date, else the year of the doc number (mid-year), else None."""
    a = G.nodes[n]
    if a.get("date") or a.get("effective_date"):
        return a.get("date") or a.get("effective_date")
    year = a.get("doc_number_year")
    return f"{int(year):04d}-07-01" if isinstance(year, int) and 1900 < year < 2100 else None


def overview_page(
    G: nx.MultiDiGraph,
    *,
    in_corpus_only: bool = False,
    with_cites: bool = False,
    url_for: UrlFor | None = None,
    back_link: str | None = None,
) -> Page:
    """Every document on a timeline: x = date, bands = levels; precomputed, physics off."""
    docs = [n for n in G.nodes if is_document(G, n) and (G.nodes[n].get("in_corpus") or not in_corpus_only)]
    keep = set(docs)
    types = OVERVIEW_TYPES + (("CITES",) if with_cites else ())
    tier_of = {n: LEVEL_STYLES.get(display_level(G, n), LEVEL_STYLES["unknown"]).tier for n in docs}
    dates = {n: best_date(G, n) for n in docs}
    pos, tops, ticks = timeline_layout(tier_of, dates)
    nodes = [doc_node(G, n, pos[n], compact=True, url=url_for(n) if url_for else None) for n in docs]
    edges = [
        doc_edge(G, u, v, k, labels=False)
        for u, v, k in G.edges(keys=True)
        if k in types and u in keep and v in keep and u != v
    ]
    for e in edges:  # thousands of edges: thin, and faint when they lead to a merely cited document
        e["width"] = 2.5 if e["type"] == "SUPERSEDES" else 1
        faint = not (G.nodes[e["from"]].get("in_corpus") and G.nodes[e["to"]].get("in_corpus"))
        e["color"] = {**e["color"], "opacity": 0.25 if faint else 0.7}
    by_tier = {s.tier: s for s in LEVEL_STYLES.values()}
    bottom = max((y for _, y in pos.values()), default=0.0) + 60
    bands = tuple(
        {"label": by_tier[t].name, "y": y - 50, "bottom": bottom, "colour": by_tier[t].colour}
        for t, y in sorted(tops.items())
    )
    options = {
        **BASE_OPTIONS,
        "edges": {**BASE_OPTIONS["edges"], "smooth": False},
        "nodes": {**BASE_OPTIONS["nodes"], "scaling": {"label": {"drawThreshold": 6}}},
        "interaction": {
            **BASE_OPTIONS["interaction"],
            "hideEdgesOnDrag": len(edges) > 2000,
            "hideEdgesOnZoom": len(edges) > 2000,
        },
    }
    in_corpus = sum(1 for n in docs if G.nodes[n].get("in_corpus"))
    return Page(
        title="Overview 全部文件: documents by level and date",
        subtitle=f"{len(docs)} documents ({in_corpus} in the corpus, {len(docs) - in_corpus} only cited) · "
        f"{len(edges)} relationships ({', '.join(types)}) · x = date, bands = level",
        nodes=nodes,
        edges=edges,
        options=options,
        legend=level_legend()
        + edge_legend(types)
        + (
            LegendItem(
                "node",
                "large dot: in the corpus; small: only cited (faint edges); left block: undated",
                "#ffffff",
                "#17202a",
            ),
        ),
        bands=bands,
        ticks=tuple({"label": label, "x": x} for label, x in ticks),
        back_link=back_link,
        build=build_label(G),
    )


# ---------------------------------------------------------------- agencies


def agencies_page(G: nx.MultiDiGraph, *, min_joint: int = 1, back_link: str | None = None) -> Page:
    """Agencies joined by co-issued documents; edge width = number of joint documents."""
    pairs = coissuing_pairs(G, min_count=min_joint)
    issued = Counter(v for _, v, k in G.edges(keys=True) if k == "ISSUED_BY")
    agencies = [n for n in G.nodes if G.nodes[n].get("label") == "Agency" and issued[n] > 0]
    tier_of = {
        n: LEVEL_STYLES.get(G.nodes[n].get("level") or "unknown", LEVEL_STYLES["unknown"]).tier for n in agencies
    }
    pos = tiered_layout(
        tier_of,
        [tuple(p) for p in pairs],
        x_gap=180,
        y_gap=220,
        max_per_row=14,
        order={n: -issued[n] for n in agencies},
    )
    nodes = [_agency_node(G, n, pos[n], issued[n], sum(1 for p in pairs if n in p)) for n in agencies]
    edges = [_agency_edge(G, pair, docs) for pair, docs in pairs.items()]  # most joint documents first
    options = {
        **BASE_OPTIONS,
        "nodes": {"font": {"size": 12, "face": FONT_FACE}, "scaling": {"min": 8, "max": 40}},
        "edges": {"smooth": False, "scaling": {"min": 1, "max": 12}},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        },
    }
    return Page(
        title="Agencies 发文机关: co-issuance network",
        subtitle=f"{len(agencies)} agencies · {len(edges)} co-issuing pairs · edge width and label = number of "
        f"joint documents · node size = documents issued",
        nodes=nodes,
        edges=edges,
        options=options,
        legend=level_legend(statuses=False),
        back_link=back_link,
        stabilize=300,
        build=build_label(G),
    )


def _agency_node(G: nx.MultiDiGraph, n: str, pos, issued: int, partners: int) -> dict:
    a = G.nodes[n]
    level = LEVEL_STYLES.get(a.get("level") or "unknown", LEVEL_STYLES["unknown"])
    return {
        "id": n,
        "label": wrap_label(a.get("name", n), width=10, lines=2),
        "shape": "dot",
        "value": issued,
        "x": pos[0],
        "y": pos[1],
        "color": {"background": level.colour, "border": level.border},
        "title": "\n".join(
            x
            for x in (
                str(a.get("name", n)),
                "aliases: " + "、".join(a.get("aliases") or []) if a.get("aliases") else "",
                f"级别 level: {a.get('level') or 'unknown'} · {a.get('jurisdiction') or ''}",
                f"{issued} document(s) issued · co-issues with {partners} agenc{'y' if partners == 1 else 'ies'}",
                "" if a.get("known", True) else "not in the agency registry (kept as written)",
            )
            if x
        ),
    }


def _agency_edge(G: nx.MultiDiGraph, pair: frozenset[str], docs: list[str]) -> dict:
    a, b = sorted(pair)
    titles = [str(G.nodes[d].get("title", d)) for d in docs]
    return {
        "id": f"{a}|{b}",
        "from": a,
        "to": b,
        "value": len(docs),
        "label": str(len(docs)),
        "title": f"{G.nodes[a].get('name', a)} ⇄ {G.nodes[b].get('name', b)}\n"
        f"{len(docs)} joint document(s):\n"
        + "\n".join(f"· {t}" for t in titles[:12])
        + (f"\n… {len(titles) - 12} more" if len(titles) > 12 else ""),
        "color": {"color": "#5d6d7e", "opacity": 0.6},
        "arrows": "",
        "font": {"size": 10, "face": FONT_FACE, "strokeWidth": 3},
    }


# ---------------------------------------------------------------- beneficiaries


def beneficiaries_page(
    G: nx.MultiDiGraph, *, url_for: UrlFor | None = None, back_link: str | None = None, compact_over: int = 150
) -> Page:
    """Beneficiary groups (broader groups above narrower ones) and, under each group, the documents
    whose most specific target it is; their other TARGETS edges are drawn faint.

    Above ``compact_over`` documents they are drawn as dots (labels when zoomed in).
    """
    groups = [n for n in G.nodes if G.nodes[n].get("label") == "BeneficiaryGroup"]
    by_name = {G.nodes[g].get("name", g): g for g in groups}
    group_set = set(groups)
    targets = [(u, v, k) for u, v, k in G.edges(keys=True) if k == "TARGETS" and v in group_set]
    depth = {g: len(G.nodes[g].get("broader") or []) for g in groups}
    counts = Counter(v for _, v, _ in targets)
    nearest = {g: by_name.get((G.nodes[g].get("broader") or [None])[0]) for g in groups}
    broader_edges = [(g, b) for g, b in nearest.items() if b]
    # Groups in tree order (each followed by its narrower groups), so related blocks sit together.
    kids: dict[str | None, list[str]] = defaultdict(list)
    for g in groups:
        kids[nearest[g]].append(g)
    order: list[str] = []
    stack = sorted(kids[None], key=lambda g: (-counts[g], g), reverse=True)
    while stack:
        g = stack.pop()
        order.append(g)
        stack.extend(sorted(kids[g], key=lambda c: (-counts[c], c), reverse=True))
    order += [g for g in groups if g not in order]  # cycles in a hand-made taxonomy: still shown
    # Each document goes under its most specific group (deepest, then the least crowded).
    home: dict[str, str] = {}
    for u, v, _ in targets:
        best = home.get(u)
        if best is None or (depth[v], -counts[v], v) > (depth[best], -counts[best], best):
            home[u] = v
    members: dict[str, list[str]] = defaultdict(list)
    for d, g in home.items():
        members[g].append(d)
    compact = len(home) > compact_over
    dx, dy = (34.0, 34.0) if compact else (230.0, 95.0)
    row_gap = 130.0
    docs_top = (max(depth.values(), default=0) + 1) * row_gap + 60
    pos: dict[str, tuple[float, float]] = {}
    cursor = 0.0
    for g in order:
        docs = sorted(members[g], key=lambda n: (str(G.nodes[n].get("date") or ""), n))
        cols = max(1, min(14 if compact else 3, round((len(docs) * (0.8 if compact else 0.4)) ** 0.5)))
        width = max(cols * dx, 190.0)
        for i, d in enumerate(docs):
            pos[d] = (cursor + (i % cols) * dx + (width - cols * dx + dx) / 2, docs_top + (i // cols) * dy)
        pos[g] = (cursor + width / 2, depth[g] * row_gap)
        cursor += width + (30.0 if compact else 40.0)
    nodes = []
    for g in order:
        a = G.nodes[g]
        nodes.append(
            {
                "id": g,
                "label": str(a.get("name", g)),
                "shape": "box",
                "x": pos[g][0],
                "y": pos[g][1],
                "color": {"background": GROUP_COLOUR, "border": "#922b21"},
                "margin": 10,
                "font": {"size": 16},
                "title": "\n".join(
                    x
                    for x in (
                        str(a.get("name", g)),
                        "synonyms: " + "、".join(a.get("synonyms") or []) if a.get("synonyms") else "",
                        "broader: " + " ← ".join(a.get("broader") or []) if a.get("broader") else "",
                        f"targeted by {counts[g]} document(s); {len(members[g])} drawn under it",
                    )
                    if x
                ),
            }
        )
    nodes += [doc_node(G, d, pos[d], compact=compact, url=url_for(d) if url_for else None) for d in home]
    style_b = EDGE_STYLES["BROADER"]
    edges = [
        {
            "id": f"{g}|BROADER|{b}",
            "from": g,
            "to": b,
            "arrows": "to",
            "dashes": style_b.dashes,
            "color": {"color": style_b.colour},
            "width": style_b.width,
            "title": f"{G.nodes[g].get('name', g)} {style_b.role} {G.nodes[b].get('name', b)}",
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.2},
        }
        for g, b in broader_edges
    ]
    for u, v, k in targets:
        e = doc_edge(G, u, v, k, labels=False, smooth=False)
        if home[u] != v:  # the document's other groups: faint
            e["color"] = {**e["color"], "opacity": 0.18}
            e["width"] = 1
        edges.append(e)
    options = {
        **BASE_OPTIONS,
        "edges": {**BASE_OPTIONS["edges"], "smooth": False},
        "interaction": {**BASE_OPTIONS["interaction"], "hideEdgesOnDrag": len(edges) > 2000},
    }
    if compact:
        options["nodes"] = {**BASE_OPTIONS["nodes"], "scaling": {"label": {"drawThreshold": 6}}}
    return Page(
        title="Beneficiaries 支持对象: groups and the documents targeting them",
        subtitle=f"{len(groups)} groups · {len(home)} documents · {len(targets)} TARGETS relationships · "
        "each document sits under its most specific group; its other groups are joined by faint edges",
        nodes=nodes,
        edges=edges,
        options=options,
        legend=(LegendItem("node", "beneficiary group 支持对象", GROUP_COLOUR, "#922b21"),)
        + level_legend()
        + edge_legend(("TARGETS", "BROADER")),
        back_link=back_link,
        build=build_label(G),
    )
