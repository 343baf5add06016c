"""The site's ways in (viz.catalog, viz.hubs, viz.aggregate, viz.explore), without a browser.

The index's search runs in the browser (assets/index.js); here ``search`` reads the same data
files the same way (pairs of characters of each word, intersected), so the tables below say what
a reader typing a query finds.  tests/test_viz_browser.py types the same queries into the page.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from policykg.analysis.lineage import lineage_depths
from policykg.analysis.links import nodes_labelled
from policykg.queries.memory import agency_docs, beneficiary_docs
from policykg.viz.aggregate import LEAF_MAX, overview_view, top_clusters, year_spans
from policykg.viz.catalog import (
    Links,
    catalog_entries,
    catalog_files,
    decode_sorted,
    gram_shard,
    grams,
    search_key,
)
from policykg.viz.hubs import Hub, agency_page, group_documents, group_page, national_page
from policykg.viz.site import safe_name, write_site
from policykg.viz.stamp import build_label
from policykg.viz.style import STATUS_NAMES, status_text

from factories import CITY, LAW, NATIONAL, NOTICE, OLD, TEXT, lineage_graph

NO_LINKS = Links({}, {}, {}, {})


def _payload(text: str):
    """The JSON argument of a data file's ``PK.xxx(k, …);`` call."""
    return json.loads(text[text.index(",") + 1 : text.rindex(")")])


def search(files: dict[str, str], query: str) -> list[int]:
    """Document numbers a query finds, as assets/index.js finds them."""
    shards = json.loads(files["facets.js"][len("PK.facets(") : -3])["gramShards"]
    found = None
    for word in query.split():
        for g in grams(search_key(word)):
            part = _payload(files[f"grams-{gram_shard(g, shards):03d}.js"])
            posting = set(decode_sorted(part.get(g, "")))
            found = posting if found is None else found & posting
    return sorted(found or ())


def found_titles(G, query: str) -> set[str]:
    entries = catalog_entries(G)
    files = catalog_files(G, NO_LINKS, entries=entries).files
    return {entries[i].title for i in search(files, query)}


# --------------------------------------------------------------------------- the catalogue


def test_every_document_is_in_the_catalogue_cited_only_ones_too():
    G = lineage_graph()
    entries = catalog_entries(G)
    assert {e.node for e in entries} == set(nodes_labelled(G, "Document"))
    assert any(not e.in_corpus for e in entries)  # the national law, only cited
    dates = [e.date for e in entries if e.date]
    assert dates == sorted(dates, reverse=True) and not any(e.date for e in entries[len(dates) :])


SEARCHES = [
    # (query as typed, a title it must find)
    ("豫政[2022] 5号", "河南省人民政府关于印发河南省就业创业补贴实施办法的通知"),
    ("豫政（2022）5号", "河南省就业创业补贴实施办法"),  # the transmitted text, by its notice's number
    ("就业创业补贴", "河南省就业创业补贴实施办法"),  # part of a title
    ("河南省人民政府", "河南省人民政府关于印发河南省就业创业补贴实施办法的通知"),  # the issuer
    ("高校毕业生", "河南省就业创业补贴实施办法"),  # a group it supports
    ("就业促进法", "中华人民共和国就业促进法"),  # cited only
    ("郑州 就业", "郑州市人民政府关于落实就业创业补贴的通知"),  # words: each must match
]


@pytest.mark.parametrize("query, title", SEARCHES)
def test_loose_search_finds(query, title):
    assert title in found_titles(lineage_graph(), query)


def test_search_needs_every_word():
    assert found_titles(lineage_graph(), "郑州 国务院") == set()


def test_sample_search_finds_every_document_supporting_a_group(corpus_graph):
    """高校毕业生: every document beneficiary_docs lists (the group and its narrower groups)."""
    entries = catalog_entries(corpus_graph)
    files = catalog_files(corpus_graph, NO_LINKS, entries=entries).files
    found = {entries[i].node for i in search(files, "高校毕业生")}
    supporting = {r["document"] for r in beneficiary_docs(corpus_graph, {"group": "高校毕业生"})}
    assert len(supporting) >= 20 and supporting <= found


def test_data_files_split_and_agree(corpus_graph):
    cat = catalog_files(corpus_graph, NO_LINKS)
    facets = json.loads(cat.files["facets.js"][len("PK.facets(") : -3])
    attrs = json.loads(cat.files["attrs.js"][len("PK.attrs(") : -3])
    assert facets["total"] == cat.total == len(attrs["level"]) == len(attrs["status"]) == len(attrs["corpus"])
    rows = [r for name, text in sorted(cat.files.items()) if name.startswith("rows-") for r in _payload(text)]
    assert len(rows) == cat.total and all(len(r) == 12 for r in rows)
    runs = facets["years"]  # contiguous runs of numbers, newest year first, undated last
    assert runs[0][1] == 0 and runs[-1][2] == cat.total - 1
    assert all(a[2] + 1 == b[1] for a, b in zip(runs, runs[1:]))
    assert [y for y, _, _ in runs if y] == sorted((y for y, _, _ in runs if y), reverse=True)
    assert facets["build"] == build_label(corpus_graph) == cat.label
    assert set(facets["statuses"].values()) == {f"{v} {k}" for k, v in STATUS_NAMES.items()}


def test_issuer_filter_lists_what_the_agency_issued(corpus_graph):
    entries = catalog_entries(corpus_graph)
    cat = catalog_files(corpus_graph, NO_LINKS, entries=entries)
    facets = json.loads(cat.files["facets.js"][len("PK.facets(") : -3])
    name, count = facets["agencies"][0][:2]
    docs = decode_sorted(_payload(cat.files["issuers-0000.js"])[0])
    expected = {r["document"] for r in agency_docs(corpus_graph, {"agency": name})}
    assert len(docs) == count and {entries[i].node for i in docs} == expected


@pytest.mark.parametrize("status", sorted(STATUS_NAMES))
def test_statuses_read_in_chinese_with_their_code(status):
    assert status_text(status) == f"{STATUS_NAMES[status]} {status}"


# --------------------------------------------------------------------------- hub pages


def _hub(G) -> Hub:
    links = Links(
        page={n: f"pages/{safe_name(n)}" for n in nodes_labelled(G, "Document") if G.nodes[n].get("in_corpus")},
        hub={NATIONAL: "national/x.html", LAW: "national/y.html"},
        agency={a: f"agencies/{safe_name(a)}" for a in nodes_labelled(G, "Agency")},
        group={g: f"groups/{safe_name(g)}" for g in nodes_labelled(G, "BeneficiaryGroup")},
    )
    return Hub(links, build_label(G))


def test_national_page_lists_every_implementation_by_level():
    G = lineage_graph()
    html = national_page(G, NATIONAL, _hub(G))
    below = lineage_depths(G, NATIONAL, direction="down")
    for n in below:
        assert G.nodes[n]["title"] in html
    assert CITY in below and "directly 直接" in html and "Over time 年份" in html and "<svg" in html
    assert build_label(G) in html


def test_group_page_counts_documents_of_narrower_groups(corpus_graph):
    group = next(
        g for g in nodes_labelled(corpus_graph, "BeneficiaryGroup") if corpus_graph.nodes[g]["name"] == "高校毕业生"
    )
    expected = {r["document"] for r in beneficiary_docs(corpus_graph, {"group": "高校毕业生"})}
    assert set(group_documents(corpus_graph, group)) == expected
    html = group_page(corpus_graph, group, _hub(corpus_graph))
    assert f"Documents 文件 ({len(expected)})" in html and "Level mix 级别" in html


def test_agency_page_names_co_issuers(corpus_graph):
    counts = Counter(a for _, a, k in corpus_graph.edges(keys=True) if k == "ISSUED_BY")
    agency = max(counts, key=lambda a: (counts[a], a))
    html = agency_page(corpus_graph, agency, _hub(corpus_graph))
    assert f"Documents 文件 ({counts[agency]})" in html and "Co-issuers 联合发文机关" in html


# --------------------------------------------------------------------------- grouped overview


def test_big_overview_groups_by_level_and_year_down_to_small_groups(corpus_graph):
    docs = list(nodes_labelled(corpus_graph, "Document"))
    tops = top_clusters(corpus_graph, docs)
    assert sorted(n for c in tops for n in c.docs) == sorted(docs)  # every document in one group

    def leaves(c):
        return [c] if not c.kids else [x for k in c.kids for x in leaves(k)]

    for c in tops:
        assert all(len(leaf.docs) <= LEAF_MAX for leaf in leaves(c))
        assert sorted(n for leaf in leaves(c) for n in leaf.docs) == sorted(c.docs)
    page, files = overview_view(corpus_graph, aggregate_over=50, folder="overview/")
    assert len(page.nodes) == len(tops) and set(files) == {f"{c.id}.js" for c in tops}
    assert all(re.fullmatch(r"[^\n]+\n\d+ 件", n["label"]) for n in page.nodes)  # years and a count
    small, none = overview_view(corpus_graph, aggregate_over=10_000)  # below the threshold: every document
    assert len(small.nodes) == len(docs) and none == {}


def test_year_spans_keep_columns_few():
    assert year_spans({0, *range(1990, 2025)}) == 4 and year_spans({0}) == 1


# --------------------------------------------------------------------------- the written site


def test_site_writes_every_kind_of_page_and_removes_only_its_own(tmp_path):
    G = lineage_graph()
    index = write_site(G, tmp_path)
    for folder in ("agencies", "groups", "national", "data"):
        assert any((tmp_path / folder).iterdir()), folder
    assert (tmp_path / "national" / safe_name(NATIONAL)).exists() and (tmp_path / "national" / safe_name(LAW)).exists()
    html = index.read_text(encoding="utf-8")
    assert build_label(G) in html and "data/facets.js" in html
    for page in [index, tmp_path / "agencies.html", tmp_path / "beneficiaries.html", tmp_path / "overview.html"]:
        assert build_label(G) in page.read_text(encoding="utf-8"), page
    lineage = (tmp_path / "pages" / safe_name(NOTICE)).read_text(encoding="utf-8")
    assert build_label(G) in lineage and "现行有效 in_force" in lineage
    (tmp_path / "groups" / "mine.html").write_text("a user's page")
    G.remove_node(OLD)
    write_site(G, tmp_path)
    assert (tmp_path / "groups" / "mine.html").exists()
    assert not (tmp_path / "pages" / safe_name(OLD)).exists()
    rows = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "data").glob("rows-*.js"))
    assert "河南省就业补贴暂行办法" not in rows and G.nodes[TEXT]["title"] in rows
    assert Path(tmp_path / "data" / ".written.json").exists()


class _CountingGraph(nx.MultiDiGraph):
    """A graph that counts how often its edges are counted (a walk over all of them each time)."""

    counted = 0

    def number_of_edges(self, u=None, v=None):
        type(self).counted += u is None
        return super().number_of_edges(u, v)


def test_the_site_counts_the_graphs_edges_once_not_once_per_page(tmp_path):
    G = _CountingGraph(lineage_graph())  # issue 15: counted per page, the law corpus's site took 53 s, not 12
    pages = sum(1 for n in G if G.nodes[n].get("in_corpus"))
    write_site(G, tmp_path, jobs=1)
    assert pages >= 3 and _CountingGraph.counted <= 2
    assert build_label(G) in (tmp_path / "pages" / safe_name(NOTICE)).read_text(encoding="utf-8")
