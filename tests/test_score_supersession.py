"""scripts/score_supersession.py matches SUPERSEDES edges to the law sample's gold (issue 12).

A hand-made graph stands in for the built collection: the test needs no LawRefBook checkout.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from factories import add_document, add_relation

GOLD = Path(__file__).resolve().parent / "fixtures" / "law-supersession" / "gold.json"


@pytest.fixture(scope="module")
def ss():
    """scripts/score_supersession.py as a module."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "score_supersession.py"
    spec = importlib.util.spec_from_file_location("score_supersession", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the class is made
    spec.loader.exec_module(mod)
    return mod


ROOT = Path("/laws")
NEW = "行政法规/新条例(2020-01-01).md"
OTHER = "行政法规/未抽样条例(2020-01-01).md"


def graph() -> nx.MultiDiGraph:
    """Three repeals out of a sampled file (one right by title, one by number, one wrong target),
    a CITES edge, and a repeal out of a file outside the sample."""
    G = nx.MultiDiGraph()
    add_document(G, "doc:new", "新条例", source_file=str(ROOT / NEW))
    add_document(G, "doc:other", "未抽样条例", source_file=str(ROOT / OTHER))
    add_document(G, "doc:law", "外资企业法（2016年修正）", date="2016-09-03")
    add_document(G, "doc:法释〔2000〕30号", "某解释", doc_number="法释〔2000〕30号", in_corpus=False)
    add_document(G, "doc:wrong", "关于修改《旧条例》的决定", in_corpus=False)
    add_document(G, "doc:cited", "中华人民共和国刑法")
    text = "《中华人民共和国外资企业法》同时废止。"
    add_relation(G, "doc:new", "doc:law", "SUPERSEDES", file=str(ROOT / NEW), line=40, text=text)
    add_relation(G, "doc:new", "doc:法释〔2000〕30号", "SUPERSEDES", file=str(ROOT / NEW), line=40, text=text)
    add_relation(G, "doc:new", "doc:wrong", "SUPERSEDES", file=str(ROOT / NEW), line=41, text=text)
    add_relation(G, "doc:new", "doc:cited", "CITES", file=str(ROOT / NEW), line=3, text=text)
    add_relation(G, "doc:other", "doc:wrong", "SUPERSEDES", file=str(ROOT / OTHER), line=9, text=text)
    return G


def gold(tmp_path: Path) -> Path:
    items = [
        {"title": "中华人民共和国外资企业法", "doc_number": None, "line": 40},
        {
            "title": "最高人民法院关于审理走私刑事案件具体应用法律若干问题的解释",
            "doc_number": "法释[2000]30号",
            "line": 40,
        },
        {"title": "旧条例", "doc_number": None, "line": 41},
    ]
    data = {"files": [{"path": NEW, "supersedes": items}, {"path": "司法解释/无.md", "supersedes": []}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_edges_of_sampled_files_only(ss, tmp_path):
    files, _ = ss.load_gold(gold(tmp_path))
    edges = ss.supersedes_edges(graph(), ROOT, set(files))
    assert {(e.file, e.target) for e in edges} == {(NEW, "doc:law"), (NEW, "doc:法释〔2000〕30号"), (NEW, "doc:wrong")}


def test_match_by_alias_title_and_number(ss, tmp_path):
    files, items = ss.load_gold(gold(tmp_path))
    pairs, fps, misses = ss.match(ss.supersedes_edges(graph(), ROOT, set(files)), items)
    assert sorted(e.target for e, _ in pairs) == ["doc:law", "doc:法释〔2000〕30号"]
    assert [e.target for e in fps] == ["doc:wrong"]  # an amending decision is not the act
    assert [m.title for m in misses] == ["旧条例"]
    rep = ss.report(pairs, fps, misses, len(files))
    assert (rep["precision"], rep["recall"]) == (round(2 / 3, 4), round(2 / 3, 4))


def test_one_edge_meets_one_gold_item(ss):
    item = ss.GoldItem(NEW, 5, "基本农田保护条例", None)
    edge = ss.Edge(NEW, 5, "doc:基本农田保护条例@before-2011-01-08", "基本农田保护条例", None, None, "")
    pairs, fps, misses = ss.match([edge], [item, item])
    assert (len(pairs), fps, len(misses)) == (1, [], 1)


def test_the_committed_gold_is_well_formed(ss):
    files, items = ss.load_gold(GOLD)
    assert len(files) == len(set(files)) == 80
    assert all(i.line > 0 and i.title and "《" not in i.title for i in items)


def test_a_later_version_is_not_what_a_law_repeals(ss):
    item = ss.GoldItem(NEW, 5, "基本农田保护条例", None)
    later = ss.Edge(NEW, 5, "doc:基本农田保护条例", "基本农田保护条例", None, "2011-01-08", "", "1998-12-27")
    earlier = ss.Edge(NEW, 5, "doc:x@before", "基本农田保护条例", None, "1994-08-18", "", "1998-12-27")
    assert not ss.matches(later, item)
    assert ss.matches(earlier, item)
