"""Neo4j Browser on the project's server: what it is given (pure), and in headless Chromium,
logging in through its page, running a named query from the guide and seeing a graph drawn.

The live test needs the local server started with HTTP (scripts/test.sh does:
``policykg neo4j start`` serves the Browser on $POLICYKG_NEO4J_HTTP_PORT, else 7474).
"""

from __future__ import annotations

import base64
import os
import time
import zipfile
from pathlib import Path

import pytest

from policykg.neo4j import browser as nb
from policykg.neo4j import server
from policykg.neo4j.cypher import LEVEL_LABELS
from policykg.queries.catalog import get_query, named_queries
from policykg.viz.browser import Chromium, find_chromium, png_colours
from policykg.viz.style import LEVEL_STYLES

# --------------------------------------------------------------------------- pure


def _conf(**kwargs) -> dict[str, str]:
    conf = server.render_conf(**kwargs)
    return dict(line.split("=", 1) for line in conf.splitlines() if line and not line.startswith("#"))


def test_http_serves_the_browser_alone_on_loopback():
    conf = _conf(bolt_port=7801, http_port=7802)
    assert conf["server.http.enabled"] == "true" and conf["server.https.enabled"] == "false"
    assert conf["server.http.listen_address"] == "127.0.0.1:7802"
    assert conf["server.http_enabled_modules"] == "BROWSER"  # no HTTP Cypher endpoint
    assert conf["dbms.security.auth_enabled"] == "true"
    assert conf["client.allow_telemetry"] == "false"
    csp = conf["dbms.security.http_static_content_security_policy_header"]
    assert "script-src 'self';" in csp and "segment" not in csp and "googleapis" not in csp
    # the security settings of the Bolt-only server stay
    assert conf["dbms.security.allow_csv_import_from_file_urls"] == "false"
    assert conf["internal.dbms.cypher_ip_blocklist"] == "0.0.0.0/0,::/0"
    assert conf["browser.remote_content_hostname_whitelist"] == "127.0.0.1,localhost"
    assert conf["browser.post_connect_cmd"] == (
        "style http://127.0.0.1:7802/browser/policykg/style.grass; play http://127.0.0.1:7802/browser/policykg/guide.html"
    )


def test_status_json_names_the_browser():
    st = server.ServerStatus(
        home=server.Path("/h"), installed=True, running=True, pid=1, bolt_port=7801, http_port=7802
    )
    data = st.to_json()
    assert data["http_port"] == 7802
    assert data["browser"] == "http://127.0.0.1:7802/browser/?connectURL=bolt://127.0.0.1:7801"
    assert data["browser"] in st.describe()
    assert server.ServerStatus(home=server.Path("/h"), installed=True, running=True, bolt_port=1).browser_url is None


def test_pom_asks_for_the_browser():
    pom = server.render_pom()
    assert "<groupId>org.neo4j.client</groupId>" in pom and f"<version>{server.NEO4J_BROWSER_VERSION}</version>" in pom


def test_style_colours_documents_by_level_as_the_pages_do():
    grass = nb.render_grass()
    for level, label in LEVEL_LABELS.items():
        block = grass.split(f"node.{label} {{", 1)[1].split("}", 1)[0]
        assert f"color: {LEVEL_STYLES[level].colour};" in block
    assert 'caption: "{doc_number} {title}";' in grass
    # level rules come after the Document rule: in GraSS the later rule wins
    assert grass.index("node.Document {") < grass.index("node.National {")


def test_guide_has_every_named_query_ready_to_run():
    guide = nb.render_guide(7474)
    for name in named_queries():
        assert f'data-query="{name}"' in guide
    assert guide.count("<slide") == len(named_queries()) + 1
    q = get_query("beneficiary_docs")
    assert nb.params_command(nb.example_params(q)) == ":params {group: '高校毕业生'}"
    assert "RETURN n, r, m" in nb.draw_query(q) and "$group" in nb.draw_query(q)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_drawn_form_keeps_the_query_and_names_its_id_columns(name):
    q = get_query(name)
    drawn = nb.draw_query(q)
    assert nb.query_body(q) in "\n".join(line.removeprefix("  ") for line in drawn.splitlines())
    assert any(c in drawn.split("}\nWITH", 1)[1] for c in nb.ID_COLUMNS + nb.ID_LIST_COLUMNS)


def test_files_go_into_the_install_copy_of_the_browser_jar(tmp_path):
    jar = tmp_path / "neo4j-browser-5.24.0.jar"
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("browser/index.html", "<html></html>")
        z.writestr("browser/policykg/old.txt", "stale")
    assert nb.install_browser_files(tmp_path, 7474) == jar
    with zipfile.ZipFile(jar) as z:
        names = set(z.namelist())
        assert z.read("browser/policykg/style.grass").decode() == nb.render_grass()
    assert names == {"browser/index.html", "browser/policykg/style.grass", "browser/policykg/guide.html"}
    before = jar.stat().st_mtime_ns
    time.sleep(0.01)
    nb.install_browser_files(tmp_path, 7474)  # already there: the jar is not rewritten
    assert jar.stat().st_mtime_ns == before


# --------------------------------------------------------------------------- live


@pytest.fixture(scope="module")
def browser_server(neo4j_driver, neo4j_settings, neo4j_unavailable, corpus_graph):
    """The local server with its Browser, the sample corpus loaded."""
    from policykg.neo4j.load import load_graph

    st = server.status()
    if not (st.running and st.browser_url and st.uri == neo4j_settings.uri):
        neo4j_unavailable(f"the local server of {st.home} does not serve Neo4j Browser ({st.describe()})")
    if not find_chromium():
        pytest.fail("Chromium is missing: run scripts/install-browser.sh", pytrace=False)
    load_graph(corpus_graph, neo4j_driver, database=neo4j_settings.database, replace=True, progress=False)
    return st


def _wait(page: Chromium, js: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(js)
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {js}")


def _type(page: Chromium, testid: str, text: str) -> None:
    """Focus an input of the page and type into it (as a user does: key events React sees)."""
    page.evaluate(f"(function(){{var e=document.querySelector('[data-testid={testid}]'); e.focus(); e.select();}})()")
    page.call("Input.insertText", {"text": text})


@pytest.mark.neo4j
@pytest.mark.browser
def test_browser_logs_in_runs_a_named_query_from_the_guide_and_draws_it(browser_server, neo4j_settings, tmp_path):
    with Chromium(width=1400, height=900) as page:
        page.open(browser_server.browser_url, screenshot=False)
        _wait(page, "!!document.querySelector('[data-testid=password]')")
        time.sleep(0.5)  # the connect form slides in
        _type(page, "username", neo4j_settings.user)
        _type(page, "password", neo4j_settings.password)
        page.evaluate("document.querySelector('[data-testid=connect]').click()")
        # after login the server's post-connect commands load the style and open the guide
        _wait(page, "document.querySelectorAll('pre.runnable').length")
        for _ in range(len(named_queries()) + 1):  # to the slide of beneficiary_docs
            shown = page.evaluate("[...document.querySelectorAll('pre.runnable')].map(e => e.dataset.query)")
            if "beneficiary_docs" in shown:
                break
            page.evaluate("document.querySelector('[data-testid=nextSlide]').click()")
            time.sleep(0.3)
        # the play icon of a block runs it: first the example parameters, then the drawn query
        page.evaluate("document.querySelectorAll('pre.runnable')[0].querySelector('i').click()")
        time.sleep(1)
        page.evaluate("document.querySelectorAll('pre.runnable')[2].querySelector('i').click()")
        drawn = _wait(page, "document.querySelectorAll('svg g.node').length")
        fills = page.evaluate(
            "[...document.querySelectorAll('svg g.node circle.b-outline')].map(c => c.getAttribute('fill'))"
        )
        time.sleep(1.5)  # the force layout settles
        shot = base64.b64decode(page.call("Page.captureScreenshot", {"format": "png"})["data"])
        (tmp_path / "neo4j-browser.png").write_bytes(shot)
        if os.environ.get("POLICYKG_SCREENSHOTS"):  # a small copy for docs/img
            small = page.call(
                "Page.captureScreenshot",
                {"format": "png", "clip": {"x": 0, "y": 0, "width": 1400, "height": 900, "scale": 0.6}},
            )
            Path(os.environ["POLICYKG_SCREENSHOTS"], "neo4j-browser.png").write_bytes(base64.b64decode(small["data"]))
        blocked = {
            e["params"]["requestId"]
            for e in page.events
            if e["method"] == "Network.loadingFailed" and e["params"].get("blockedReason") == "csp"
        }
        leaked = [
            e["params"]["request"]["url"]
            for e in page.events
            if e["method"] == "Network.requestWillBeSent"
            and not e["params"]["request"]["url"].startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))
            and e["params"]["requestId"] not in blocked
        ]
    # the documents supporting 高校毕业生 (and its narrower groups), coloured by level
    assert drawn >= 10
    assert LEVEL_STYLES["provincial"].colour in fills and LEVEL_STYLES["municipal"].colour in fills
    counts = png_colours(shot)
    assert counts.get(tuple(int(LEVEL_STYLES["provincial"].colour[i : i + 2], 16) for i in (1, 3, 5)), 0) > 200
    assert leaked == [], f"the Browser reached other hosts: {leaked}"
