"""Pages of policykg.viz: which documents a lineage shows, how they look, that nothing is fetched.

The hand-made graph (tests/factories.py's lineage_graph) has every shape a lineage meets: a notice
transmitting a text that implements a national policy and rests on a national law (cited only), an
older version it supersedes, a municipal document implementing it and a district one resting on
that, an expired document, a CITES edge, agencies and beneficiary groups.  Tests on the real sample
corpus (conftest.py's sample_build) choose their documents by querying the built graph.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from policykg.analysis import coissuing_pairs, find_document, notice_unit
from policykg.cli import main
from policykg.errors import NotFoundError, PolicyKGError
from policykg.graph.io import write_graph
from policykg.keys import lookup_key
from policykg.viz import lineage, lineage_page, render_html, write_site
from policykg.viz.layout import tiered_layout, timeline_layout
from policykg.viz.page import NETWORK_REF, neutralise_js, script_json, vis_assets
from policykg.viz.site import safe_name, site_documents
from policykg.viz.style import EDGE_STYLES, INACTIVE_FILL, LEVEL_STYLES
from policykg.viz.views import agencies_page, beneficiaries_page, overview_page

from factories import (
    CITY,
    DISTRICT,
    EXPIRED,
    LAW,
    NATIONAL,
    NOTICE,
    OLD,
    TEXT,
    UNRELATED,
    add_lineage_document,
    add_relation,
    lineage_graph,
    transmitted_national_lines,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def G():
    return lineage_graph()


# ---------------------------------------------------------------- finding a document


@pytest.mark.parametrize(
    "query, expected",
    [
        ("豫政〔2022〕5号", NOTICE),  # doc number as normalised
        ("豫政[2022]5号", NOTICE),  # square brackets
        ("豫政（2022） 5 号", NOTICE),  # full-width parentheses and stray spaces
        ("河南省就业创业补贴实施办法", TEXT),  # exact title beats the notice whose title contains it
        ("地震安全性评价", UNRELATED),  # part of a title
        ("doc:郑政〔2022〕12号", CITY),  # a node id
    ],
)
def test_find_document(G, query, expected):
    assert find_document(G, query) == expected


def test_find_document_ambiguous_lists_candidates(G):
    with pytest.raises(NotFoundError) as exc:
        find_document(G, "就业")
    message = str(exc.value)
    assert "matches" in message and "国务院关于进一步做好稳就业工作的意见" in message
    assert "郑政〔2022〕12号" in message  # candidates carry their doc numbers


def test_find_document_unknown_suggests(G):
    with pytest.raises(NotFoundError) as exc:
        find_document(G, "河南省地震安全评价管理办法")
    assert "no document matches" in str(exc.value) and "河南省地震安全性评价管理办法" in str(exc.value)


def test_lookup_key_unifies_brackets():
    assert lookup_key("郑政【2022】 12号") == lookup_key("郑政〔2022〕12号")


# ---------------------------------------------------------------- what a lineage holds


def test_lineage_of_notice_reaches_national_and_district(G):
    lin = lineage(G, NOTICE)
    assert set(lin.nodes) == {NOTICE, TEXT, NATIONAL, LAW, OLD, CITY, DISTRICT, EXPIRED}
    assert lin.roles[NOTICE] == "focus" and lin.roles[TEXT] == "unit"
    assert lin.roles[NATIONAL] == "ancestor" and lin.roles[LAW] == "ancestor"
    assert lin.roles[DISTRICT] == "descendant" and lin.roles[OLD] == "version"
    assert UNRELATED not in lin.nodes


def test_lineage_edges_are_typed_and_cites_only_between_unjoined(G):
    edges = set(lineage(G, NOTICE).edges)
    assert {
        (NOTICE, TEXT, "TRANSMITS"),
        (TEXT, NATIONAL, "IMPLEMENTS"),
        (TEXT, LAW, "BASED_ON"),
        (TEXT, OLD, "SUPERSEDES"),
        (DISTRICT, CITY, "BASED_ON"),
    } <= edges
    assert (EXPIRED, NATIONAL, "CITES") in edges  # no other edge joins these two
    add_relation(G, EXPIRED, NATIONAL, "IMPLEMENTS")
    edges = set(lineage(G, NOTICE).edges)
    assert (EXPIRED, NATIONAL, "CITES") not in edges and (EXPIRED, NATIONAL, "IMPLEMENTS") in edges


def test_lineage_of_district_goes_up_through_every_level(G):
    lin = lineage(G, DISTRICT)
    assert {CITY, TEXT, NOTICE, NATIONAL, LAW} <= set(lin.nodes)
    assert CITY not in [n for n, r in lin.roles.items() if r == "descendant"]


def test_lineage_goes_above_national_level_as_lineage_up_does(G):
    add_lineage_document(G, "doc:宪法", "中华人民共和国宪法", "national", in_corpus=False)
    add_relation(G, NATIONAL, "doc:宪法", "BASED_ON")
    assert lineage(G, CITY).roles["doc:宪法"] == "ancestor"  # what the national policy rests on, too
    assert lineage(G, NATIONAL).roles["doc:宪法"] == "ancestor"


def test_amending_documents_are_shown_but_not_walked_as_versions(G):
    add_lineage_document(
        G, "doc:豫政〔2023〕2号", "关于修改河南省就业创业补贴实施办法的决定", "provincial", number="豫政〔2023〕2号"
    )
    add_lineage_document(G, "doc:豫政〔2017〕1号", "被修改决定废止的旧决定", "provincial", number="豫政〔2017〕1号")
    add_relation(G, "doc:豫政〔2023〕2号", TEXT, "AMENDS")
    add_relation(G, "doc:豫政〔2023〕2号", "doc:豫政〔2017〕1号", "SUPERSEDES")
    roles = lineage(G, NOTICE).roles
    assert roles["doc:豫政〔2023〕2号"] == "amendment"  # supersession.cypher's amended_by
    assert "doc:豫政〔2017〕1号" not in roles  # what the amending document replaced: not in this chain


def test_old_version_lineage_shows_its_replacement(G):
    lin = lineage(G, OLD)
    assert {TEXT, NOTICE} <= set(lin.nodes)


def test_notice_unit_both_ways(G):
    assert notice_unit(G, TEXT) == [TEXT, NOTICE]
    assert notice_unit(G, NOTICE) == [NOTICE, TEXT]


def test_lineage_max_nodes_truncates_nearest_first(G):
    lin = lineage(G, NOTICE, max_nodes=3)
    assert lin.truncated and len(lin.nodes) == 3 and lin.nodes[0] == NOTICE


# ---------------------------------------------------------------- how the lineage page looks


def _by_id(items):
    return {i["id"]: i for i in items}


def test_lineage_page_reads_top_down(G):
    page = lineage_page(G, "豫政〔2022〕5号")
    y = {n["id"]: n["y"] for n in page.nodes}
    assert y[NATIONAL] < y[NOTICE] < y[CITY] < y[DISTRICT]
    assert y[LAW] == y[NATIONAL]
    assert y[NOTICE] < y[TEXT] < y[CITY]  # the transmitted text sits under its notice
    assert page.options["physics"]["enabled"] is False
    labels = [b["label"] for b in page.bands]
    assert labels == [LEVEL_STYLES[lv].name for lv in ("national", "provincial", "municipal", "district")]


def test_lineage_page_colours_by_level_and_greys_inactive(G):
    nodes = _by_id(lineage_page(G, NOTICE).nodes)
    assert nodes[NATIONAL]["color"]["background"] == LEVEL_STYLES["national"].colour
    assert nodes[CITY]["color"]["background"] == LEVEL_STYLES["municipal"].colour
    assert nodes[TEXT]["color"]["background"] == LEVEL_STYLES["provincial"].colour  # its notice's level
    for inactive, tag in ((OLD, "〔已废止〕"), (EXPIRED, "〔已失效〕")):
        assert nodes[inactive]["color"]["background"] == INACTIVE_FILL
        assert nodes[inactive]["shapeProperties"]["borderDashes"]
        assert nodes[inactive]["label"].startswith(tag)
    assert nodes[NOTICE]["borderWidth"] > nodes[CITY]["borderWidth"]  # the focus stands out
    assert nodes[LAW]["shape"] == "ellipse" and nodes[CITY]["shape"] == "box"  # cited only vs in corpus


def test_supersedes_edges_stand_out(G):
    edges = {(e["from"], e["to"]): e for e in lineage_page(G, NOTICE).edges}
    sup = edges[(TEXT, OLD)]
    others = [e for k, e in edges.items() if k != (TEXT, OLD)]
    assert sup["dashes"] and sup["color"]["color"] == EDGE_STYLES["SUPERSEDES"].colour
    assert all(sup["width"] > e["width"] for e in others)
    assert len({e["color"]["color"] for e in edges.values()}) >= 4  # edge colour by type


def test_tooltips_carry_metadata_and_evidence(G):
    page = lineage_page(G, CITY)
    node = _by_id(page.nodes)[CITY]["title"]
    for part in (
        "郑州市人民政府关于落实就业创业补贴的通知",
        "郑政〔2022〕12号",
        "郑州市人力资源和社会保障局",
        "2022-06-01",
        "in_force",
    ):
        assert part in node
    text = _by_id(page.nodes)[TEXT]["title"]
    assert "河南省人民政府" in text and "豫政〔2022〕5号" in text  # issuers and number via its notice
    edge = {(e["from"], e["to"]): e for e in page.edges}[(CITY, TEXT)]["title"]
    assert "IMPLEMENTS" in edge and "为落实《河南省就业创业补贴实施办法》" in edge and "gazette.txt:120" in edge


def test_legend_names_levels_and_edge_types(G):
    legend = " ".join(i.label for i in lineage_page(G, NOTICE).legend)
    for word in ("national", "district", "superseded", "supersedes", "implements", "is based on", "transmits"):
        assert word in legend


def test_older_version_left_of_its_replacement_on_one_row(G):
    add_lineage_document(
        G,
        "doc:豫政〔2024〕1号",
        "河南省就业创业补贴实施办法（2024年修订）",
        "provincial",
        number="豫政〔2024〕1号",
        date="2024-01-01",
        issuers=["河南省人民政府"],
    )
    add_relation(G, "doc:豫政〔2024〕1号", NOTICE, "SUPERSEDES", text="《豫政〔2022〕5号》同时废止。")
    G.nodes[NOTICE]["status"] = "superseded"
    page = lineage_page(G, NOTICE)
    x = {n["id"]: n["x"] for n in page.nodes}
    y = {n["id"]: n["y"] for n in page.nodes}
    assert y[OLD] == y[NOTICE] == y["doc:豫政〔2024〕1号"]  # the chain reads along one row …
    assert x[OLD] < x["doc:豫政〔2024〕1号"] and x[NOTICE] < x["doc:豫政〔2024〕1号"]  # … older to the left


# ---------------------------------------------------------------- offline: no network reference

HTTP = re.compile(r"https?:", re.IGNORECASE)


def _assert_offline(html: str, where: str = "page"):
    m = NETWORK_REF.search(html)
    assert m is None, f"{where} references the network: {html[max(0, m.start() - 60) : m.end() + 60]!r}"
    assert "http://" not in html and "https://" not in html, where
    assert HTTP.search(html) is None, f"{where}: {html[HTTP.search(html).start() - 60 :][:120]!r}"
    # pyvis's own template links bootstrap and vis-network from these CDNs; ours must not
    assert re.search(r"cdnjs\.|cdn\.jsdelivr|unpkg\.com|bootstrap\.min", html) is None, where
    assert "/*@VIS_" not in html, where


def test_vis_bundle_is_neutralised_but_keeps_svg_namespace():
    js, css = vis_assets()
    assert NETWORK_REF.search(js) is None and NETWORK_REF.search(css) is None
    assert '"ht"+"tp:/"+"/www.w3.org/2000/svg"' in js  # still builds the same namespace string
    assert len(js) > 400_000  # the whole library, not a stub


def test_neutralise_keeps_code_and_drops_schemes():
    assert neutralise_js("x='http://www.w3.org/2000/svg'") == "x='ht'+'tp:/'+'/www.w3.org/2000/svg'"
    assert neutralise_js("see https://github.com/x") == "see github.com/x"


def test_script_json_round_trips_urls_and_script_ends():
    value = {"t": "见 https://www.gov.cn </script><!-- & HTTP://X"}
    text = script_json(value)
    assert HTTP.search(text) is None and "</" not in text
    assert json.loads(text) == value


def test_every_view_is_offline_and_inline(G):
    pages = {
        "lineage": lineage_page(G, NOTICE),
        "overview": overview_page(G),
        "agencies": agencies_page(G),
        "beneficiaries": beneficiaries_page(G),
    }
    for name, page in pages.items():
        html = render_html(page)
        _assert_offline(html, name)
        assert "new vis.Network" in html and "vis.DataSet" in html
        assert "<link" not in html and "<script src" not in html  # self-contained
    # the evidence URL is still shown to the reader, escaped in the data
    assert "\\u0068ttps://www.gov.cn" in render_html(pages["lineage"])


def test_page_data_matches_page(G):
    page = lineage_page(G, NOTICE)
    html = render_html(page)
    data = json.loads(re.search(r"var DATA = (\{.*?\});\n", html).group(1))
    assert len(data["nodes"]) == len(page.nodes) == 8
    assert len(data["edges"]) == len(page.edges)
    assert data["options"]["physics"]["enabled"] is False


# ---------------------------------------------------------------- other views


def test_overview_has_all_documents_on_a_timeline(G):
    page = overview_page(G)
    docs = [n for n, a in G.nodes(data=True) if a["label"] == "Document"]
    assert {n["id"] for n in page.nodes} == set(docs)
    x = {n["id"]: n["x"] for n in page.nodes}
    assert x[OLD] < x[NOTICE] < x[UNRELATED]  # 2018 < 2022 < 2024
    assert all(e["type"] != "CITES" for e in page.edges)
    assert any(e["type"] == "CITES" for e in overview_page(G, with_cites=True).edges)
    assert len(overview_page(G, in_corpus_only=True).nodes) == len(docs) - 1


def test_co_issuance_weights(G):
    pairs = coissuing_pairs(G)
    assert {len(d) for d in pairs.values()} == {1}
    assert frozenset(("agency:郑州市人民政府", "agency:郑州市人力资源和社会保障局")) in pairs
    add_lineage_document(
        G,
        "doc:郑政〔2023〕2号",
        "另一个联合发文",
        "municipal",
        issuers=["郑州市人民政府", "郑州市人力资源和社会保障局"],
    )
    for name in ("郑州市人民政府", "郑州市人力资源和社会保障局"):
        G.add_edge("doc:郑政〔2023〕2号", f"agency:{name}", key="ISSUED_BY", type="ISSUED_BY")
    page = agencies_page(G)
    edge = next(e for e in page.edges if "郑州市人民政府" in e["from"] + e["to"])
    assert edge["value"] == 2 and edge["label"] == "2" and "另一个联合发文" in edge["title"]


def test_beneficiaries_groups_above_documents(G):
    page = beneficiaries_page(G)
    y = {n["id"]: n["y"] for n in page.nodes}
    assert y["group:重点群体"] < y["group:高校毕业生"] < y[TEXT]
    types = {e.get("type") for e in page.edges}
    assert "TARGETS" in types
    assert any(e["from"] == "group:高校毕业生" and e["to"] == "group:重点群体" for e in page.edges)


def test_big_overview_is_bulk_filled_and_precomputed():
    G = nx.MultiDiGraph()
    levels = ("national", "provincial", "municipal", "district")
    for i in range(4000):
        G.add_node(
            f"doc:{i}",
            label="Document",
            title=f"文件{i}",
            level=levels[i % 4],
            in_corpus=True,
            date=f"{1990 + i % 35}-0{1 + i % 9}-1{i % 9}",
            status="in_force",
        )
    for i in range(1, 4000):
        G.add_edge(f"doc:{i}", f"doc:{i // 3}", key="BASED_ON", type="BASED_ON", file="f", line=i, text="")
    page = overview_page(G)
    assert len(page.nodes) == 4000 and len(page.edges) == 3999
    assert page.options["physics"]["enabled"] is False and page.options["edges"]["smooth"] is False
    assert all("x" in n and "y" in n for n in page.nodes)
    spots = {(n["x"], n["y"]) for n in page.nodes}
    assert len(spots) == 4000  # lanes keep nodes apart
    _assert_offline(render_html(page), "big overview")


# ---------------------------------------------------------------- layouts


def test_tiered_layout_orders_rows_and_untangles():
    ranks = {"p1": 0, "p2": 0, "c1": 1, "c2": 1}
    pos = tiered_layout(ranks, [("c1", "p2"), ("c2", "p1")], order={"c1": 1, "c2": 2, "p1": 1, "p2": 2})
    assert pos["p1"][1] == pos["p2"][1] < pos["c1"][1]
    assert (pos["c1"][0] < pos["c2"][0]) == (pos["p2"][0] < pos["p1"][0])  # no crossing


def test_timeline_layout_dates_left_to_right_and_undated_aside():
    pos, tops, ticks = timeline_layout(
        {"a": 0, "b": 0, "c": 1, "u": 1}, {"a": "2001-01-01", "b": "2010-06-01", "c": "2005-01-01", "u": None}
    )
    assert pos["a"][0] < pos["c"][0] < pos["b"][0] and pos["u"][0] < pos["a"][0]
    assert tops[0] < tops[1]
    assert ticks[0][0].startswith("undated") and ticks[0][1] < pos["u"][0] <= ticks[1][1]
    assert [label for label, _ in ticks[1:]] == [str(y) for y in range(2001, 2011)]


# ---------------------------------------------------------------- site


def test_write_site(G, tmp_path):
    index = write_site(G, tmp_path / "site")
    assert index == tmp_path / "site" / "index.html"
    docs = site_documents(G)
    assert len(docs) == sum(1 for _, a in G.nodes(data=True) if a["label"] == "Document" and a["in_corpus"])
    html = index.read_text(encoding="utf-8")
    rows = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site" / "data").glob("rows-*.js"))
    for n in docs:
        page = tmp_path / "site" / "pages" / safe_name(n)
        assert page.exists() and f'"pages/{safe_name(n)}"' in rows  # the index's rows link every page
    assert 'type="search"' in html and 'src="data/facets.js"' in html
    assert (tmp_path / "site" / "assets" / "vis-network.min.js").stat().st_size > 400_000
    for f in sorted((tmp_path / "site").rglob("*")):
        if f.suffix in (".html", ".js", ".css"):
            _assert_offline(f.read_text(encoding="utf-8"), str(f))
    notice_page = (tmp_path / "site" / "pages" / safe_name(NOTICE)).read_text(encoding="utf-8")
    assert 'src="../assets/vis-network.min.js"' in notice_page and "../index.html" in notice_page
    assert json.dumps(safe_name(CITY), ensure_ascii=False) in notice_page  # double-click opens its lineage


def test_pages_written_by_several_processes_are_those_of_one(G, tmp_path, monkeypatch):
    from policykg.viz import site

    monkeypatch.setattr(site, "PARALLEL_FROM", 1)
    monkeypatch.setattr(site, "CHUNK", 2)
    write_site(G, tmp_path / "one", jobs=1)
    write_site(G, tmp_path / "two", jobs=2)
    one = {f.relative_to(tmp_path / "one"): f.read_bytes() for f in (tmp_path / "one").rglob("*") if f.is_file()}
    two = {f.relative_to(tmp_path / "two"): f.read_bytes() for f in (tmp_path / "two").rglob("*") if f.is_file()}
    assert one == two and len(one) > len(site_documents(G))


def test_write_site_removes_its_own_stale_pages_and_nothing_else(G, tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "mine.html").write_text("a user's own page")
    write_site(G, tmp_path)
    (tmp_path / "pages" / "gone-00000000.html").write_text("old")
    written = json.loads((tmp_path / "pages" / ".written.json").read_text(encoding="utf-8"))
    (tmp_path / "pages" / ".written.json").write_text(json.dumps([*written, "gone-00000000.html"]))
    write_site(G, tmp_path)
    assert not (tmp_path / "pages" / "gone-00000000.html").exists()
    assert (tmp_path / "pages" / "mine.html").read_text() == "a user's own page"


def test_safe_names_are_unique_and_plain(G):
    names = [safe_name(n) for n in G.nodes]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[\w\-]+\.html", n) for n in names)


# ---------------------------------------------------------------- CLI


@pytest.fixture()
def build_dir(G, tmp_path):
    write_graph(G, tmp_path / "build")
    return tmp_path / "build"


def test_cli_lineage_writes_offline_page(build_dir, tmp_path):
    out = tmp_path / "l.html"
    res = CliRunner().invoke(main, ["viz", "lineage", "郑政[2022]12号", "--graph", str(build_dir), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "7 nodes" in res.output  # the city notice: all but the unrelated doc and the old version
    _assert_offline(out.read_text(encoding="utf-8"))


def test_cli_lineage_ambiguous_is_one_clear_message(build_dir, tmp_path):
    res = CliRunner().invoke(
        main, ["viz", "lineage", "办法", "--graph", str(build_dir), "--out", str(tmp_path / "x.html")]
    )
    assert res.exit_code == 1
    assert "matches" in res.output and "河南省地震安全性评价管理办法" in res.output
    assert "Traceback" not in res.output and not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("command", ["overview", "agencies", "beneficiaries"])
def test_cli_views(build_dir, tmp_path, command):
    out = tmp_path / f"{command}.html"
    res = CliRunner().invoke(main, ["viz", command, "--graph", str(build_dir), "--out", str(out)])
    assert res.exit_code == 0, res.output
    _assert_offline(out.read_text(encoding="utf-8"), command)


def test_cli_site_defaults_into_build(build_dir):
    res = CliRunner().invoke(main, ["viz", "site", "--graph", str(build_dir)])
    assert res.exit_code == 0, res.output
    assert (build_dir / "site" / "index.html").exists()


def test_cli_help_has_examples():
    for command in ("lineage", "overview", "agencies", "beneficiaries", "site"):
        res = CliRunner().invoke(main, ["viz", command, "--help"])
        assert res.exit_code == 0 and "Example" in res.output, command


def test_missing_graph_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(main, ["viz", "overview", "--graph", str(tmp_path / "nothing")])
    assert res.exit_code == 1 and "policykg build" in res.output and "Traceback" not in res.output


def test_unknown_document_raises_policykg_error(G):
    with pytest.raises(PolicyKGError):
        lineage_page(G, "不存在的文件名称")


def test_offline_check_catches_pyvis_default_template(G, tmp_path):
    """The check bites: pyvis's own in-line output still links CDNs (the reason for our template)."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node(1, label="a")
    with pytest.raises(AssertionError):
        _assert_offline(net.generate_html())


# ---------------------------------------------------------------- the real sample corpus


def test_sample_lineage_notice_text_and_national_policy(sample_build):
    from policykg.graph.io import read_graph

    G = read_graph(sample_build)
    lines = transmitted_national_lines(G)
    assert lines, "the sample corpus has notices transmitting texts that implement national policy"
    for notice, text, implementer, national in lines:
        query = G.nodes[notice].get("doc_number") or notice
        page = lineage_page(G, query)
        ids = {n["id"] for n in page.nodes}
        assert {notice, text, national} <= ids, (query, national)
        edges = {(e["from"], e["to"], e["type"]) for e in page.edges}
        assert (notice, text, "TRANSMITS") in edges
        assert (implementer, national, "IMPLEMENTS") in edges
        y = {n["id"]: n["y"] for n in page.nodes}
        assert y[national] < y[notice] and y[national] < y[text], "national policy on top"
        # the text's tooltip names the notice's doc number or issuers
        tip = next(n["title"] for n in page.nodes if n["id"] == text)
        assert "transmitted by" in tip


def test_sample_site_is_complete_and_offline(sample_build):
    from policykg.graph.io import read_graph

    G = read_graph(sample_build)
    site = sample_build / "site"
    docs = site_documents(G)
    assert len(docs) > 50
    assert {p.name for p in (site / "pages").glob("*.html")} == {safe_name(n) for n in docs}
    for f in site.rglob("*"):
        if f.is_file():
            _assert_offline(f.read_text(encoding="utf-8"), str(f.relative_to(site)))


def test_notebook_html_embeds_the_page(G):
    from policykg.viz.page import notebook_html

    html = render_html(lineage_page(G, NOTICE))
    shown = notebook_html(html, height=500)
    assert shown.startswith('<iframe srcdoc="') and "height:500px" in shown
    assert "new vis.Network" in shown and "&lt;script" in shown  # the page, attribute-escaped
    assert '"' not in shown[len('<iframe srcdoc="') : shown.index('" style=')]  # one attribute value


def test_beneficiaries_document_sits_under_its_most_specific_group(G):
    G.add_edge(TEXT, "group:重点群体", key="TARGETS", type="TARGETS", file="gazette.txt", line=41, text="支持重点群体")
    page = beneficiaries_page(G)
    x = {n["id"]: n["x"] for n in page.nodes}
    assert x[TEXT] == x["group:高校毕业生"] and x[CITY] == x["group:重点群体"]
    faint = {(e["from"], e["to"]) for e in page.edges if e.get("color", {}).get("opacity", 1) < 0.5}
    assert faint == {(TEXT, "group:重点群体")}
    many = beneficiaries_page(G, compact_over=1)
    assert all(n["shape"] == "dot" for n in many.nodes if n["id"].startswith("doc:"))


def test_index_lists_transmitted_text_under_its_notice_number(G):
    from policykg.viz.catalog import catalog_entries

    entry = next(e for e in catalog_entries(G) if e.title == "河南省就业创业补贴实施办法")
    assert (entry.number, entry.number_via_notice) == ("豫政〔2022〕5号", True)
    assert "豫政〔2022〕5号" in entry.search  # a search for the notice's number also finds the text


def test_unknown_level_documents_never_sit_below_what_cites_them(G):
    add_lineage_document(G, "doc:某条例", "某条例", "unknown", in_corpus=False)
    add_lineage_document(G, "doc:某细则", "某细则", "unknown", date="2023-03-01")
    add_relation(G, CITY, "doc:某条例", "BASED_ON")  # the city notice rests on a document of unknown level
    add_relation(G, "doc:某细则", CITY, "IMPLEMENTS")  # a document of unknown level implements the city notice
    page = lineage_page(G, CITY)
    y = {n["id"]: n["y"] for n in page.nodes}
    assert y["doc:某条例"] <= y[CITY] and y["doc:某细则"] >= y[CITY]
    assert y["doc:某条例"] == y[CITY]  # no tier is known above it: on its citer's row
    colour = {n["id"]: n["color"]["background"] for n in page.nodes}
    assert colour["doc:某条例"] == LEVEL_STYLES["unknown"].colour  # still drawn as unknown
    assert "级别不明 unknown" not in [b["label"] for b in page.bands]


def test_find_document_unknown_number_suggests_close_numbers(G):
    with pytest.raises(NotFoundError) as exc:
        find_document(G, "郑政[2022]13号")
    assert "did you mean" in str(exc.value) and "郑政〔2022〕12号" in str(exc.value)


def test_shared_faces_render_the_same_page_as_fresh_dicts():
    """Nodes and edges made once per site (Tooltips) write the same HTML as dicts made per page,
    detoured edges (a box in the way) and straight ones alike."""
    from policykg.viz.views import Tooltips

    H = nx.MultiDiGraph()
    H.add_node("doc:law", label="Document", title="中华人民共和国就业促进法", level="national", in_corpus=True)
    for i in range(5):
        H.add_node(f"doc:p{i}", label="Document", title=f"省办法{i}", level="provincial", in_corpus=True)
        H.add_edge(f"doc:p{i}", "doc:law", key="BASED_ON", type="BASED_ON", file="f.txt", line=i, text="根据<法>")
    H.add_node("doc:city", label="Document", title="市细则", level="municipal", in_corpus=True)
    H.add_edge("doc:city", "doc:law", key="BASED_ON", type="BASED_ON")  # passes the provincial row
    H.add_edge("doc:p4", "doc:p0", key="SUPERSEDES", type="SUPERSEDES")
    tips = Tooltips(H)
    for n in ("doc:law", "doc:city", "doc:p0", "doc:law"):
        fresh = lineage_page(H, n, url_for=lambda m: m[4:] + ".html")
        shared = lineage_page(H, n, url_for=lambda m: m[4:] + ".html", tooltips=tips)
        assert render_html(shared, assets="../assets/") == render_html(fresh, assets="../assets/")
        assert shared.edges == fresh.edges and shared.nodes == fresh.nodes
