"""The pages in a real browser: Debian's headless Chromium, driven over the DevTools protocol.

Each page is opened from ``file://`` in a fresh profile; the test reads back how many nodes and
edges vis-network holds (``network.body.data``), lists every URL the page requested (all must be
local files), collects JavaScript exceptions and checks the screenshot shows the drawing.
Chromium comes from scripts/install-browser.sh (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import networkx as nx
import pytest

import policykg.viz.browser as chromium_module
from policykg.errors import BrowserError
from policykg.viz import lineage_page, render_html, write_html, write_site
from policykg.viz.browser import Chromium, find_chromium, png_colours
from policykg.viz.site import safe_name
from policykg.viz.style import EDGE_STYLES, GROUP_COLOUR, INACTIVE_FILL, LEVEL_STYLES
from policykg.viz.views import agencies_page, beneficiaries_page, overview_page

from factories import CITY, NOTICE, OLD, lineage_graph, transmitted_national_lines

pytestmark = pytest.mark.browser


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


@pytest.fixture(scope="module")
def browser():
    if not find_chromium():
        pytest.fail("Chromium is missing: run scripts/install-browser.sh (apt-get install chromium)", pytrace=False)
    with Chromium(width=1400, height=900) as b:
        yield b


def _assert_local_only(result):
    assert result.requests, "the page requested nothing at all?"
    remote = [u for u in result.requests if not u.startswith(("file://", "data:", "about:", "blob:"))]
    assert remote == [], f"{result.url} fetched from the network: {remote}"
    assert result.errors == (), f"JavaScript errors in {result.url}: {result.errors}"


def _assert_drawn(result, *colours: str, min_colours: int = 20, min_ink: int = 1500):
    """The screenshot shows a drawing: below the header and left of the legend, enough non-white
    pixels in enough colours, and pixels of each colour asked for (node fills, edge colours)."""
    counts = png_colours(result.screenshot, region=(0, 130, 1040, 900))
    ink = sum(counts.values()) - counts.get((255, 255, 255), 0)
    assert len(counts) >= min_colours and ink >= min_ink, (
        f"screenshot looks blank ({len(counts)} colours, {ink} non-white pixels)"
    )
    for colour in colours:
        assert counts.get(_rgb(colour), 0) >= 20, f"no {colour} pixels drawn"


def test_lineage_page_in_chromium(browser, tmp_path):
    G = lineage_graph()
    page = lineage_page(G, NOTICE)
    path = write_html(page, tmp_path / "lineage.html")
    result = browser.open(path)
    _assert_local_only(result)
    assert result.state == "settled"
    assert (result.nodes, result.edges) == (len(page.nodes), len(page.edges)) == (8, 8)
    # level colours, the greyed superseded document and the red SUPERSEDES edge are on screen
    _assert_drawn(
        result,
        LEVEL_STYLES["national"].colour,
        LEVEL_STYLES["provincial"].colour,
        LEVEL_STYLES["district"].colour,
        INACTIVE_FILL,
        EDGE_STYLES["SUPERSEDES"].colour,
    )
    (Path(tmp_path) / "lineage.png").write_bytes(result.screenshot)


def _hover(browser, js_canvas_point: str) -> str:
    """Move the mouse onto a canvas point; return the text of vis-network's tooltip."""
    x, y = browser.evaluate(
        "(function(){var c=network.canvasToDOM(" + js_canvas_point + ");"
        "var r=document.getElementById('mynetwork').getBoundingClientRect(); return [c.x+r.left, c.y+r.top];})()"
    )
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x - 1, "y": y})
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    text = ""
    for _ in range(60):  # the tooltip shows once the mouse rests (tooltipDelay)
        time.sleep(0.05)
        text = (
            browser.evaluate(
                "(function(){var t=document.querySelector('div.vis-tooltip');"
                "return t && t.style.visibility !== 'hidden' ? t.innerText : ''})()"
            )
            or ""
        )
        if text:
            break
    return text


def test_tooltips_show_on_hover(browser, tmp_path):
    G = lineage_graph()
    browser.open(write_html(lineage_page(G, NOTICE), tmp_path / "hover.html"), screenshot=False)
    node_tip = _hover(browser, f"network.getPosition({CITY!r})")
    assert "郑政〔2022〕12号" in node_tip and "郑州市人力资源和社会保障局" in node_tip and "2022-06-01" in node_tip
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 5, "y": 5})
    edge = f"{'doc:河南省就业创业补贴实施办法'}|SUPERSEDES|{OLD}"
    edge_tip = _hover(browser, f"network.body.edges[{edge!r}].edgeType.getPoint(0.5)")
    assert "SUPERSEDES" in edge_tip and "同时废止" in edge_tip and "gazette.txt:88" in edge_tip


def test_node_positions_in_browser_read_top_down(browser, tmp_path):
    G = lineage_graph()
    path = write_html(lineage_page(G, CITY), tmp_path / "city.html")
    browser.open(path, screenshot=False)
    pos = browser.evaluate("network.getPositions()")
    assert pos["doc:国发〔2021〕1号"]["y"] < pos[NOTICE]["y"] < pos[CITY]["y"] < pos["doc:金政〔2022〕3号"]["y"]
    tooltip = browser.evaluate(f"network.body.data.nodes.get({CITY!r}).title.innerText")
    assert "郑政〔2022〕12号" in tooltip and "郑州市人力资源和社会保障局" in tooltip


@pytest.mark.parametrize(
    "make_page, colour",
    [
        (overview_page, LEVEL_STYLES["municipal"].colour),
        (agencies_page, LEVEL_STYLES["provincial"].colour),
        (beneficiaries_page, GROUP_COLOUR),
    ],
    ids=["overview", "agencies", "beneficiaries"],
)
def test_other_views_in_chromium(browser, tmp_path, make_page, colour):
    page = make_page(lineage_graph())
    path = write_html(page, tmp_path / "view.html")
    result = browser.open(path)
    _assert_local_only(result)
    assert result.state == "settled"
    assert (result.nodes, result.edges) == (len(page.nodes), len(page.edges))
    _assert_drawn(result, colour)


def test_big_overview_settles(browser, tmp_path):
    G = nx.MultiDiGraph()
    levels = ("national", "provincial", "municipal", "district", "unknown")
    for i in range(3500):
        G.add_node(
            f"doc:{i}",
            label="Document",
            title=f"文件{i}",
            level=levels[i % 5],
            in_corpus=i % 7 != 0,
            date=None if i % 50 == 0 else f"{1980 + i % 45}-0{1 + i % 9}-1{i % 9}",
            status="superseded" if i % 11 == 0 else "in_force",
        )
    for i in range(1, 3500):
        G.add_edge(
            f"doc:{i}",
            f"doc:{(i * 7) % i if i > 7 else 0}",
            key="BASED_ON",
            type="BASED_ON",
            file="f",
            line=i,
            text="根据",
        )
        if i % 3 == 0:
            G.add_edge(f"doc:{i}", f"doc:{i - 1}", key="SUPERSEDES", type="SUPERSEDES", file="f", line=i, text="废止")
    page = overview_page(G)
    result = browser.open(write_html(page, tmp_path / "big.html"), timeout=120)
    _assert_local_only(result)
    assert result.state == "settled"
    assert (result.nodes, result.edges) == (len(page.nodes), len(page.edges))
    _assert_drawn(result)


def _search(browser, query: str) -> list[list[str]]:
    """Type ``query`` into the index; the cells of the rows it then shows."""
    browser.evaluate(
        "(function(){var q=document.getElementById('q'); q.value=" + json.dumps(query) + ";"
        "q.dispatchEvent(new Event('input'));})()"
    )
    return _rows(browser)


def _rows(browser) -> list[list[str]]:
    for _ in range(200):  # the rows come from data files loaded on demand
        if browser.evaluate("document.body.getAttribute('data-state')") == "ready":
            break
        time.sleep(0.05)
    return browser.evaluate(
        "[...document.querySelectorAll('#docs tbody tr')].map(r => [...r.cells].map(c => c.textContent))"
    )


def test_site_in_chromium(browser, tmp_path):
    G = lineage_graph()
    index = write_site(G, tmp_path / "site")
    result = browser.open(index, screenshot=False)
    _assert_local_only(result)
    documents = [n for n, a in G.nodes(data=True) if a["label"] == "Document"]
    assert len(_rows(browser)) == len(documents) == 9  # every document, the one only cited too
    # search by doc number, written with other brackets and spaces
    assert [r[1] for r in _search(browser, "郑政[2022] 12号")] == ["郑政〔2022〕12号"]
    titles = [r[0] for r in _search(browser, "就业补贴")]
    assert {t.split(" ")[0] for t in titles} >= {"河南省就业补贴暂行办法", "金水区就业补贴实施细则"}
    # a lineage page of the site loads the shared local copy of vis-network
    page = tmp_path / "site" / "pages" / safe_name(OLD)
    result = browser.open(page)
    _assert_local_only(result)
    assert any(u.endswith("/assets/vis-network.min.js") for u in result.requests)
    assert result.nodes == len(lineage_page(G, OLD).nodes) and result.state == "settled"
    _assert_drawn(result, INACTIVE_FILL)
    # double-clicking a document opens its own page: every node with a page has a working link
    urls = browser.evaluate("network.body.data.nodes.get().filter(n => n.url).map(n => n.url)")
    assert urls and all((page.parent / u).exists() for u in urls)


def test_inline_page_works_inside_an_iframe_srcdoc(browser, tmp_path):
    """What notebook_display shows in Jupyter: the page as an iframe's srcdoc, inside another page."""
    from policykg.viz.page import notebook_html

    page = lineage_page(lineage_graph(), NOTICE)
    frame = notebook_html(render_html(page), height=800).replace("<iframe ", '<iframe id="f" ', 1)
    wrapper = tmp_path / "nb.html"
    wrapper.write_text(f'<!DOCTYPE html><html><body style="margin:0">{frame}</body></html>', encoding="utf-8")
    result = browser.open(wrapper, screenshot=True)
    count = None
    for _ in range(200):
        count = browser.evaluate(
            "(function(){var w=document.getElementById('f').contentWindow;"
            "return w.network ? w.network.body.data.nodes.length : null})()"
        )
        if count:
            break
        time.sleep(0.05)
    assert count == len(page.nodes)
    remote = [u for u in result.requests if not u.startswith(("file://", "data:", "about:"))]
    assert remote == []


def test_sample_site_lineage_page_in_chromium(browser, sample_build):
    """The real sample build: a notice's page draws the notice, its text and the national policy."""
    from policykg.graph.io import read_graph

    G = read_graph(sample_build)
    notice, text, implementer, national = transmitted_national_lines(G)[0]
    index = browser.open(sample_build / "site" / "index.html", screenshot=False)
    _assert_local_only(index)
    assert len(_rows(browser)) == 50  # a page of the index
    total = len([n for n, a in G.nodes(data=True) if a["label"] == "Document"])
    assert browser.evaluate("document.getElementById('shown').textContent").startswith(f"{total} documents")
    result = browser.open(sample_build / "site" / "pages" / safe_name(notice))
    _assert_local_only(result)
    page = lineage_page(G, notice)
    assert result.state == "settled" and (result.nodes, result.edges) == (len(page.nodes), len(page.edges))
    drawn = browser.evaluate("network.body.data.nodes.getIds()")
    assert {notice, text, national} <= set(drawn)
    pos = browser.evaluate("network.getPositions()")
    assert pos[national]["y"] < pos[notice]["y"]
    _assert_drawn(result, LEVEL_STYLES["national"].colour)


def test_cli_overview_measure(tmp_path):
    from click.testing import CliRunner

    from policykg.cli import main
    from policykg.graph.io import write_graph

    write_graph(lineage_graph(), tmp_path / "build")
    res = CliRunner().invoke(
        main, ["viz", "overview", "--graph", str(tmp_path / "build"), "--out", str(tmp_path / "o.html"), "--measure"]
    )
    assert res.exit_code == 0, res.output
    assert "chromium: 9 nodes" in res.output and "network requests: 0; JS errors: 0" in res.output


# ---------------------------------------------------------------- the site's ways in


def _title(cell: str) -> str:
    """A title cell without its tags (实施情况 implementations, 仅被引用 cited only)."""
    return cell.split(" 实施情况")[0].split(" 仅被引用")[0]


def test_index_search_filters_sort_and_pages_on_the_sample(browser, sample_build, corpus_graph):
    from policykg.queries.memory import beneficiary_docs

    browser.open(sample_build / "site" / "index.html", screenshot=False)
    rows = _search(browser, "高校毕业生")
    supporting = {r["title"] for r in beneficiary_docs(corpus_graph, {"group": "高校毕业生"})}
    assert len(rows) >= len(supporting) >= 20
    assert supporting <= {_title(r[0]) for r in rows}
    hits = browser.evaluate("document.getElementById('hits').textContent")
    assert "高校毕业生 (" in hits  # the group's own page is offered
    # a level filter: only provincial rows, then sorted by title
    browser.evaluate("document.querySelector('input[data-group=level][value=p]').click()")
    provincial = _rows(browser)
    assert provincial and all(r[3] == "省 provincial" for r in provincial)
    browser.evaluate(
        "(function(){var s=document.getElementById('f-sort'); s.value='title'; s.dispatchEvent(new Event('change'));})()"
    )
    titles = [_title(r[0]) for r in _rows(browser)]
    assert len(titles) > 1 and titles == sorted(titles)
    # cited only, every year, next page
    browser.evaluate("document.getElementById('clear').click()")
    _search(browser, "")
    browser.evaluate("document.querySelector('input[name=corpus][value=\"0\"]').click()")
    cited = _rows(browser)
    assert cited and all("仅被引用" in r[0] for r in cited)
    browser.evaluate("document.getElementById('next').click()")
    _rows(browser)
    assert browser.evaluate("document.getElementById('pageinfo').textContent").startswith("page 2")


def _assert_nothing_cut_off(browser, result):
    """At open: every node inside the drawing area, or (an HTML page) nothing wider than the window."""
    if browser.evaluate("!!window.network"):
        outside = browser.evaluate(
            "(function(){var c=document.getElementById('mynetwork');"
            "var a=network.DOMtoCanvas({x:0,y:0}), b=network.DOMtoCanvas({x:c.clientWidth,y:c.clientHeight});"
            "return network.body.data.nodes.getIds().filter(function(id){var bb=network.getBoundingBox(id);"
            "return bb.left<a.x-1||bb.right>b.x+1||bb.top<a.y-1||bb.bottom>b.y+1;});})()"
        )
        assert outside == [], f"{result.url}: cut off at open: {outside[:5]}"
    else:
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), result.url


def _assert_text_rendered(browser, result, text: str):
    assert text in browser.evaluate("document.body.innerText"), f"{text!r} not on {result.url}"
    counts = png_colours(result.screenshot, region=(0, 0, 1000, 60))  # the heading's ink
    dark = sum(n for (r, g, b), n in counts.items() if r + g + b < 200)
    assert dark > 150, f"no heading drawn on {result.url}"


def _assert_no_edge_behind_a_node(browser):
    """No point along a drawn edge lies inside a node it does not join (its box, the ellipse drawn in
    it, or a dot's disc: the label beside a dot may be crossed)."""
    crossing = browser.evaluate(
        "(function(){var bad=[];network.body.data.edges.getIds().forEach(function(id){"
        "var e=network.body.edges[id]; if(!e||!e.connected||e.fromId===e.toId){return;}"
        "for(var k=1;k<40;k++){var p=e.edgeType.getPoint(k/40);"
        "network.body.nodeIndices.forEach(function(n){if(n===e.fromId||n===e.toId){return;}"
        "var node=network.body.nodes[n], b=network.getBoundingBox(n), round=node.options.shape==='ellipse';"
        "if(node.options.shape==='dot'){var s=node.options.size||10; b={left:node.x-s,right:node.x+s,top:node.y-s,bottom:node.y+s}; round=true;}"
        "var dx=(2*p.x-b.left-b.right)/(b.right-b.left), dy=(2*p.y-b.top-b.bottom)/(b.bottom-b.top);"
        "if(Math.abs(dx)<1&&Math.abs(dy)<1&&(!round||dx*dx+dy*dy<1)){bad.push(id+' behind '+n);}});}"
        "});return bad;})()"
    )
    assert crossing == [], f"edges behind nodes: {sorted(set(crossing))[:5]}"


def _page_kinds(site: Path, G) -> dict[str, tuple[Path, str]]:
    """One page of each kind: (path, a text it must show)."""
    from policykg.viz.site import safe_name

    def first(folder: str) -> Path:
        return sorted((site / folder).glob("*.html"), key=lambda p: -p.stat().st_size)[0]

    lineage = next(iter(sorted((site / "pages").glob("*.html"), key=lambda p: -p.stat().st_size)))
    return {
        "index": (site / "index.html", "Policy documents 政策文件"),
        "lineage": (lineage, "Lineage 政策脉络"),
        "overview": (site / "overview.html", "Overview 全部文件"),
        "agencies": (site / "agencies.html", "Agencies 发文机关"),
        "agency": (first("agencies"), "Co-issuers 联合发文机关"),
        "groups": (site / "beneficiaries.html", "Beneficiary groups 支持对象"),
        "group": (site / "groups" / safe_name("group:高校毕业生"), "Level mix 级别"),
        "national": (first("national"), "Implementations by level 各级落实"),
    }


def _shoot(browser, name: str) -> None:
    """With $POLICYKG_SCREENSHOTS (a folder, e.g. docs/img), keep a small PNG of the page."""
    import base64
    import os

    folder = os.environ.get("POLICYKG_SCREENSHOTS")
    if folder:
        shot = browser.call(
            "Page.captureScreenshot",
            {"format": "png", "clip": {"x": 0, "y": 0, "width": 1400, "height": 900, "scale": 0.6}},
        )
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))


@pytest.mark.parametrize("kind", ["index", "lineage", "overview", "agencies", "agency", "groups", "group", "national"])
def test_sample_page_kinds_open_whole_offline_and_readable(browser, sample_build, corpus_graph, kind):
    path, text = _page_kinds(sample_build / "site", corpus_graph)[kind]
    result = browser.open(path)
    _assert_local_only(result)
    _assert_text_rendered(browser, result, text)
    _assert_nothing_cut_off(browser, result)
    assert "build " in browser.evaluate("document.body.innerText")  # which build it came from
    if kind in ("lineage", "overview"):
        _assert_no_edge_behind_a_node(browser)
    _shoot(browser, f"sample-{kind}")


def test_sample_lineage_pages_route_every_edge_clear_of_nodes(browser, sample_build):
    pages = sorted((sample_build / "site" / "pages").glob("*.html"), key=lambda p: -p.stat().st_size)[:6]
    for page in pages:
        result = browser.open(page, screenshot=False)
        assert result.state == "settled"
        _assert_no_edge_behind_a_node(browser)


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory):
    """A synthetic 5,000-document build (bench/generate.py) and its site, lineage pages for a few."""
    import subprocess
    import sys

    from policykg import build_graph
    from policykg.viz.explore import write_explorer
    from policykg.viz.page import write_assets
    from policykg.viz.site import safe_name, site_documents

    root = Path(__file__).resolve().parents[1]
    tmp = tmp_path_factory.mktemp("synthetic")
    subprocess.run(
        [sys.executable, str(root / "bench" / "generate.py"), "--docs", "5000", str(tmp / "corpus")],
        check=True,
        capture_output=True,
    )
    G = build_graph([tmp / "corpus"], as_of="2025-06-30", jobs=2)
    site = tmp / "site"
    write_assets(site / "assets")
    docs = site_documents(G)[:12]
    names = {n: safe_name(n) for n in docs}
    (site / "pages").mkdir(parents=True)
    for n in docs:
        page = lineage_page(G, n, url_for=names.get, back_link="../index.html")
        (site / "pages" / names[n]).write_text(render_html(page, assets="../assets/"), encoding="utf-8")
    write_explorer(G, site, names, name_of=safe_name)
    return site, G


@pytest.mark.parametrize("kind", ["index", "lineage", "overview", "agencies", "agency", "groups", "group", "national"])
def test_synthetic_page_kinds_open_whole_offline_and_readable(browser, synthetic_site, kind):
    site, G = synthetic_site
    path, text = _page_kinds(site, G)[kind]
    result = browser.open(path, timeout=120)
    _assert_local_only(result)
    _assert_text_rendered(browser, result, text)
    _assert_nothing_cut_off(browser, result)
    _shoot(browser, f"synthetic-{kind}")


def test_synthetic_overview_groups_open_on_click(browser, synthetic_site):
    site, G = synthetic_site
    result = browser.open(site / "overview.html", timeout=120)
    groups = browser.evaluate("network.body.data.nodes.getIds()")
    assert result.nodes == len(groups) < 60  # groups, not 5,000 documents
    labels = browser.evaluate("network.body.data.nodes.get().map(n => n.label)")
    assert all(" 件" in label for label in labels)  # each says how many documents it holds
    biggest = max(groups, key=lambda g: int(browser.evaluate(f"network.body.data.nodes.get({g!r}).count")))
    browser.evaluate(f"PKGroups.open({biggest!r})")
    for _ in range(200):
        if browser.evaluate("document.body.getAttribute('data-state')") == "settled" and browser.evaluate(
            "document.body.getAttribute('data-open')"
        ):
            break
        time.sleep(0.05)
    shown = browser.evaluate("network.body.data.nodes.getIds()")
    assert f"{biggest}#head" in shown and len(shown) > len(groups)
    remote = [
        e["params"]["request"]["url"]
        for e in browser.events
        if e["method"] == "Network.requestWillBeSent" and not e["params"]["request"]["url"].startswith("file://")
    ]
    assert remote == []
    _shoot(browser, "synthetic-overview-open")


def test_a_chromium_that_never_starts_is_tried_again_then_named_in_the_error(tmp_path, monkeypatch):
    """A launch that exits before DevTools listens is retried on a fresh profile; after the last attempt
    the error names the binary, its exit code and the attempts (no hang, no traceback of our own)."""
    launches = tmp_path / "launches"
    fake = tmp_path / "chromium"
    fake.write_text(f"#!/bin/sh\necho x >> {launches}\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setattr(chromium_module, "START_TIMEOUT", 5.0)
    with pytest.raises(BrowserError, match=r"did not start \(exit code 3; 3 attempts\)"):
        with Chromium(binary=str(fake)):
            pass
    assert launches.read_text().count("x") == chromium_module.START_ATTEMPTS
