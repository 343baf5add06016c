"""Offline vis-network pages: a pyvis Network filled in bulk, rendered through our own template.

pyvis's template links bootstrap and other files from CDNs, and the vis-network bundle it inlines
holds URLs in licence strings and messages.  Here the page template is ours (no link to anything),
and the bundle is *neutralised*: URLs in comments and messages lose their scheme, and the one URL
the code needs (the SVG namespace) is split so no ``http://`` text remains.  A page is either fully
self-contained (``assets="inline"``) or points at sanitised copies written next to it by
:func:`write_assets` (the static site, where hundreds of pages share one copy).

>>> page = Page(title="t", nodes=[{"id": 1, "label": "a", "title": "see https://x.cn"}], edges=[])
>>> html = render_html(page)
>>> "http://" in html or "https://" in html
False
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from policykg.errors import PolicyKGError

TEMPLATE_DIR = Path(__file__).parent / "templates"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
ASSET_JS = "vis-network.min.js"
ASSET_CSS = "vis-network.min.css"

# "http://www.w3.org/2000/svg" as a JS string literal: the namespace vis-network creates SVG in.
SVG_NS_LITERAL = re.compile(r"([\"'])http://www\.w3\.org/2000/svg\1")
# Any other scheme-qualified URL (licence headers, error messages, core-js metadata).
URL_SCHEME = re.compile(r"https?://", re.IGNORECASE)
# "http:" / "https:" in text we embed (tooltips, titles): written with an escape so no URL shows.
HTTP_WORD = re.compile(r"(h)(ttps?:)", re.IGNORECASE)
# Anything a browser could fetch: scheme URLs, also escaped ones, and protocol-relative src/href.
NETWORK_REF = re.compile(r"https?:(//|\\/\\/)|(src|href)\s*=\s*[\"']?//|url\(\s*[\"']?//", re.IGNORECASE)

FONT_FACE = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif"


@dataclass(frozen=True)
class LegendItem:
    kind: str  # "node" | "edge"
    label: str
    colour: str
    border: str = ""
    width: float = 1.0
    dashed: bool = False
    struck: bool = False


@dataclass(frozen=True)
class Page:
    """Everything one page shows; nodes and edges are vis-network dicts (``title`` = tooltip text)."""

    title: str
    nodes: list[dict]
    edges: list[dict]
    subtitle: str = ""
    options: dict = field(default_factory=dict)
    legend: tuple[LegendItem, ...] = ()
    bands: tuple[dict, ...] = ()  # {"label", "y", "colour"}: horizontal tiers drawn behind the graph
    ticks: tuple[dict, ...] = ()  # {"label", "x"}: vertical date lines
    notes: tuple[str, ...] = ()
    back_link: str | None = None  # relative link to the site index
    stabilize: int = 0  # >0: let physics settle this many iterations, then switch it off
    build: str = ""  # which build the page was drawn from (viz.stamp.build_label)
    clusters: dict | None = None  # a grouped overview (viz.aggregate): groups open on click

    def __repr__(self) -> str:
        return f"Page({self.title!r}, {len(self.nodes)} nodes, {len(self.edges)} edges)"


def neutralise_js(text: str) -> str:
    """vis-network source with no scheme-qualified URL left, behaviour unchanged.

    >>> neutralise_js('a="http://www.w3.org/2000/svg";/* https://github.com/visjs */')
    'a="ht"+"tp:/"+"/www.w3.org/2000/svg";/* github.com/visjs */'
    """
    text = SVG_NS_LITERAL.sub(lambda m: "{0}ht{0}+{0}tp:/{0}+{0}/www.w3.org/2000/svg{0}".format(m.group(1)), text)
    text = URL_SCHEME.sub("", text)
    return text


@functools.cache
def vis_assets() -> tuple[str, str]:
    """(js, css) of vis-network, neutralised; checked to hold no network reference."""
    try:
        js = neutralise_js((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"))
        css = neutralise_js((VIS_DIR / "vis-network.css").read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyKGError(f"vis-network files of pyvis not found ({exc}); reinstall pyvis") from None
    for name, text in (("js", js), ("css", css)):
        m = NETWORK_REF.search(text)
        if m:
            raise PolicyKGError(
                f"vis-network {name} still references the network near {text[m.start() - 40 : m.end() + 40]!r}"
            )
    # "</script" inside the bundle would end the inline script early.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js, css


def write_assets(folder: str | os.PathLike) -> Path:
    """Write the neutralised vis-network files into ``folder`` (for pages with a shared asset prefix)."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    js, css = vis_assets()
    (out / ASSET_JS).write_text(js, encoding="utf-8")
    (out / ASSET_CSS).write_text(css, encoding="utf-8")
    return out


def _may_hold_http(text: str) -> bool:
    """Whether "http" in any case is in ``text`` (HTTP_WORD can match only then), at C speed.

    Only ASCII letters lower to "h", "t", "p", so the ASCII letters alone, lowered, decide: dropping
    the rest is about twice as fast as ``str.lower()`` on Chinese pages, and it can only join letters
    into a false "http" (then the regex decides), never hide one."""
    return b"http" in text.encode("ascii", "ignore").lower()


def defang(text: str) -> str:
    """Text with "http:"/"https:" written as an HTML entity (shows the same, is no URL to a scanner)."""
    if not _may_hold_http(text):  # the common case
        return text
    return HTTP_WORD.sub(lambda m: f"&#{ord(m.group(1))};{m.group(2)}", text)


def _json(value) -> str:
    # no check for cycles (page data are trees of fresh dicts and lists): ~15% faster, same text
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), check_circular=False)


class _Parted(dict):
    """A dict whose JSON but for a few keys read at each serialisation was written once (``parts``).
    Any change to the dict forgets ``parts``."""

    __slots__ = ("parts",)

    def _forgetting(name: str):
        def change(self, *args, **kwargs):
            self.parts = None
            return getattr(dict, name)(self, *args, **kwargs)

        return change

    for _name in ("__setitem__", "__delitem__", "__ior__", "update", "pop", "popitem", "setdefault", "clear"):
        locals()[_name] = _forgetting(_name)
    del _name, _forgetting


class PlacedNode(_Parted):
    """A node dict whose JSON but its position was written once (``parts``: the text before "x",
    the text after "y"): a document drawn on thousands of pages is serialised once, not on each.
    Any change to the dict forgets ``parts``; "x" and "y" are read at each serialisation."""

    __slots__ = ()


class PlacedEdge(_Parted):
    """An edge dict whose JSON but its last key, "smooth" (the curve, which differs per page), was
    written once (``parts``: the text before "smooth"): an edge drawn on thousands of pages is
    serialised once, not on each.  Any change to the dict forgets ``parts``."""

    __slots__ = ()


def _number(v) -> str:
    return float.__repr__(v) if isinstance(v, float) else _json(v)  # as json writes it (numpy floats too)


def _node_list_json(nodes: list) -> str:
    """``_json(nodes)``, each :class:`PlacedNode` from its parts (the same text: json writes a float
    or int as its repr, and the parts are the dict's own JSON cut around "x" and "y")."""
    out = []
    for n in nodes:
        parts = getattr(n, "parts", None) if type(n) is PlacedNode else None
        if parts is None:
            out.append(_json(n))
        else:
            out.append(f'{parts[0]}"x":{_number(n["x"])},"y":{_number(n["y"])},{parts[1]}')
    return "[" + ",".join(out) + "]"


def _edge_list_json(edges: list) -> str:
    """``_json(edges)``, each :class:`PlacedEdge` from its part (the dict's own JSON up to "smooth",
    its last key) and its curve, each curve written once (a page shares one among most edges)."""
    out = []
    curves: dict[int, str] = {}  # id → JSON, of curves alive in ``edges`` for the whole call
    for e in edges:
        parts = getattr(e, "parts", None) if type(e) is PlacedEdge else None
        if parts is None:
            out.append(_json(e))
            continue
        smooth = e["smooth"]
        curve = curves.get(id(smooth))
        if curve is None:
            curve = curves[id(smooth)] = _json(smooth)
        out.append(f'{parts[0]}"smooth":{curve}}}')
    return "[" + ",".join(out) + "]"


def _page_data(value) -> bool:
    """Whether ``value`` is a page's data: a dict whose first keys are "nodes" and "edges", both lists."""
    keys = iter(value) if type(value) is dict else iter(())
    return (
        next(keys, None) == "nodes"
        and next(keys, None) == "edges"
        and type(value["nodes"]) is list
        and type(value["edges"]) is list
    )


def script_json(value) -> str:
    """JSON safe inside <script>: no "</", no "<!--", no URL scheme (all \\u-escaped, same value)."""
    if _page_data(value):
        # a page's data: its nodes and edges first, each placed one from its parts (the rest as json writes it)
        rest = _json({"nodes": [], "edges": [], **{k: v for k, v in value.items() if k not in ("nodes", "edges")}})
        text = (
            '{"nodes":'
            + _node_list_json(value["nodes"])
            + ',"edges":'
            + _edge_list_json(value["edges"])
            + rest[len('{"nodes":[],"edges":[]') :]
        )
    else:
        text = _json(value)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if not _may_hold_http(text):
        return text
    return HTTP_WORD.sub(lambda m: f"\\u{ord(m.group(1)):04x}{m.group(2)}", text)


def build_network(page: Page) -> Network:
    """The pyvis Network of ``page``, filled in bulk (pyvis's add_edge is quadratic)."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    net.nodes = list(page.nodes)
    net.edges = list(page.edges)
    net.node_ids = [n["id"] for n in page.nodes]
    net.node_map = {n["id"]: n for n in page.nodes}
    net.options = dict(page.options)
    return net


@functools.cache
def _script(name: str) -> str:
    """A script of templates/ every page inlines: route.js (edges clear of nodes), clusters.js
    (the groups of a big overview)."""
    return (TEMPLATE_DIR / name).read_text(encoding="utf-8")


@functools.cache
def _template(name: str = "page.html") -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template(name)


@functools.lru_cache(maxsize=64)
def _legend_html(legend: tuple[LegendItem, ...]) -> Markup:
    """The legend block of page.html (templates/legend.html): rendered once per legend, not once per page — the pages
    of a site show a handful of legends, and its dozen rows were half of the template's work (issue 15)."""
    return Markup(_template("legend.html").render(legend=legend))


_DATA_SLOT = "<@page-data@>"  # where the data goes in once the rest is defanged (escaped text holds no "<")


def render_html(page: Page, *, assets: str = "inline") -> str:
    """The HTML of ``page``.  ``assets="inline"`` embeds vis-network; otherwise it is the relative
    folder holding the files of :func:`write_assets` (e.g. ``"../assets/"``)."""
    # the page's own lists and options, as pyvis's get_network_data() would hand them back (its options
    # pass through json.dumps/loads, which script_json writes the same): no Network built per page
    data = {
        "nodes": list(page.nodes),
        "edges": list(page.edges),
        "options": dict(page.options),
        "bands": list(page.bands),
        "ticks": list(page.ticks),
        "stabilize": page.stabilize,
        "clusters": page.clusters,
    }
    html = _template().render(
        title=page.title,
        subtitle=page.subtitle,
        notes=page.notes,
        legend_html=_legend_html(tuple(page.legend)),
        back_link=page.back_link,
        build=page.build,
        route_js=Markup(_script("route.js")),
        clusters_js=Markup(_script("clusters.js")) if page.clusters else "",
        font_face=FONT_FACE,
        data=Markup(_DATA_SLOT),
        inline=assets == "inline",
        asset_prefix="" if assets == "inline" else assets,
        asset_js=ASSET_JS,
        asset_css=ASSET_CSS,
    )
    # titles in headings; the data, escaped already and most of the page, goes in after
    html = defang(html).replace(_DATA_SLOT, script_json(data), 1)
    if assets == "inline":
        js, css = vis_assets()
        # Inserted after defang: the bundle is neutralised already and must stay byte-exact.
        html = html.replace("/*@VIS_CSS@*/", css, 1).replace("/*@VIS_JS@*/", js, 1)
    return html


def write_html(page: Page, path: str | os.PathLike, *, assets: str = "inline") -> Path:
    """Write ``page`` to ``path`` and return it."""
    out = Path(path)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    try:
        out.write_text(render_html(page, assets=assets), encoding="utf-8")
    except OSError as exc:
        raise PolicyKGError(f"cannot write {out}: {exc.strerror or exc}") from None
    return out


def notebook_html(html: str, *, height: int = 720) -> str:
    """An <iframe> whose srcdoc is the page: shows it inside Jupyter with no server and no file."""
    from html import escape

    return f'<iframe srcdoc="{escape(html, quote=True)}" style="width:100%;height:{int(height)}px;border:0"></iframe>'


def notebook_display(html: str, *, height: int = 720):
    """Show a page inside Jupyter (an ``IPython.display.HTML`` of :func:`notebook_html`).

    ``notebook_display(render_html(lineage_page(G, "郑政办〔2022〕12号")))``
    """
    try:
        from IPython.display import HTML
    except ImportError:
        raise PolicyKGError("notebook_display needs IPython (run it inside Jupyter)") from None
    return HTML(notebook_html(html, height=height))
