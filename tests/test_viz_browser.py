"""The pages in a real browser: Debian's headless Chromium, driven over the DevTools protocol.

Each page is opened from ``file://`` in a fresh profile; the test reads back how many nodes and
edges vis-network holds (``network.body.data``), lists every URL the page requested (all must be
local files), collects JavaScript exceptions and checks the screenshot shows the drawing.
Chromium comes from scripts/install-browser.sh (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import pytest

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


def test_site_in_chromium(browser, tmp_path):
    G = lineage_graph()
    index = write_site(G, tmp_path / "site")
    result = browser.open(index, screenshot=False)
    _assert_local_only(result)
    rows = browser.evaluate("document.querySelectorAll('#docs tbody tr').length")
    assert rows == 8
    # search by doc number, written with other brackets and spaces
    browser.evaluate(
        "var q=document.getElementById('q'); q.value='郑政[2022] 12号';q.dispatchEvent(new Event('input'))"
    )
    shown = browser.evaluate(
        "Array.from(document.querySelectorAll('#docs tbody tr'))"
        ".filter(r => r.style.display !== 'none').map(r => r.cells[1].textContent)"
    )
    assert shown == ["郑政〔2022〕12号"]
    browser.evaluate("var q=document.getElementById('q'); q.value='就业补贴';q.dispatchEvent(new Event('input'))")
    titles = browser.evaluate(
        "Array.from(document.querySelectorAll('#docs tbody tr'))"
        ".filter(r => r.style.display !== 'none').map(r => r.cells[0].textContent)"
    )
    assert sorted(titles) == ["河南省就业补贴暂行办法", "金水区就业补贴实施细则"]
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
    assert browser.evaluate("document.querySelectorAll('#docs tbody tr').length") == len(
        [n for n, a in G.nodes(data=True) if a["label"] == "Document" and a.get("in_corpus")]
    )
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
