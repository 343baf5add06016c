"""Regression guard on publications the parser was not written against: tests/fixtures/unseen/.

The texts are public pages taken verbatim from six public repositories (see tests/fixtures/unseen/SOURCES.md):
State Council portal pages, Shanghai municipal / district / town documents (a portal export with front
matter, a legal-database export), a Zhejiang county page, ministry, Guangdong and Jiangmen texts from a
Markdown law site, and portal pages, legal-database pages and exports of 13 more provinces and their cities and
counties (Chongqing, Sichuan, Jilin, Liaoning, Shaanxi, Qinghai, Gansu, Guizhou, Xinjiang, Jiangxi, Hainan, …). They were labelled by reading them. The build of those texts is scored by
scripts/score_gold.py and must not fall below the baseline recorded in tests/fixtures/unseen/scores.json
by more than MARGIN, overall or in any layout. When a change improves the scores, record the new baseline with
    python scripts/score_gold.py --build --gold-dir tests/fixtures/unseen/gold --report tests/fixtures/unseen/scores.json
and see what moved with ``--compare`` against the old one.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from policykg.loaders.reading import SUFFIXES

from factories import score_gold_script

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
BASELINE = score_gold_script().load_report(UNSEEN / "scores.json")
MARGIN = 0.02
# (metric, index into a (P, R, F) triple or None for a plain ratio)
METRICS = [("documents", 2), ("doc_number", None), ("issuers", None), ("date", None), ("pairs", 2), ("roles", None)]


def _value(r: dict, metric: str, i: int | None) -> float:
    return r[metric][i] if i is not None else r[metric]


def below_baseline(new: dict, old: dict, *, margin: float = MARGIN) -> list[str]:
    """Every corpus/layout metric of ``new`` that is lower than ``old``'s by more than ``margin``."""
    drops = []
    for group in ("corpora", "layouts"):
        for name, o in old[group].items():
            n = new[group].get(name)
            if n is None:
                drops.append(f"{group}/{name}: missing")
                continue
            for metric, i in METRICS:
                if _value(n, metric, i) < _value(o, metric, i) - margin:
                    drops.append(f"{name} {metric}: {_value(n, metric, i):.3f} < {_value(o, metric, i):.3f}")
    return drops


@pytest.fixture(scope="module")
def report():
    sg = score_gold_script()
    return sg.summarise(sg.score_all([UNSEEN / "gold"], graph_path=None, build=True))


def test_every_text_is_labelled_and_sourced():
    readable = SUFFIXES  # what a build reads (read_source): every text of the set must be one of them
    texts = {p.name for p in (UNSEEN / "texts").iterdir() if p.suffix in readable}
    assert texts == {p.name for p in (UNSEEN / "texts").iterdir()}, "texts are files read_source reads"
    golds = [json.loads(g.read_text(encoding="utf-8")) for g in (UNSEEN / "gold").glob("*.json")]
    assert {g["file"].split("/")[-1] for g in golds} == texts
    assert all(g.get("layout") and g.get("place") for g in golds)
    sources = (UNSEEN / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for name in texts)


def test_unseen_scores_hold_the_baseline(report):
    drops = below_baseline(report, BASELINE)
    better, worse = score_gold_script().compare(BASELINE, report)
    assert not drops, (drops, worse[:30])


def test_the_guard_fails_on_a_worse_report():
    worse = copy.deepcopy(BASELINE)
    worse["layouts"]["unseen/portal-metadata"]["issuers"] -= 0.1
    assert below_baseline(worse, BASELINE) == [
        f"unseen/portal-metadata issuers: {worse['layouts']['unseen/portal-metadata']['issuers']:.3f} "
        f"< {BASELINE['layouts']['unseen/portal-metadata']['issuers']:.3f}"
    ]


def test_compare_names_the_items_that_moved():
    new = copy.deepcopy(BASELINE)
    fname, f = next(iter(new["files"].items()))
    item = next(i for i in f["_items"] if i["kind"] == "document")
    item["status"] = "missed"
    better, worse = score_gold_script().compare(BASELINE, new)
    assert better == [] and worse == [f"{fname}:{item['line']} document {item['what']} (ok → missed)"]


def test_one_predicted_pair_matches_one_gold_pair(tmp_path):
    """Two gold pairs naming one title (two notices of that title, told apart by their numbers) and one predicted
    edge to that title: one is found, one missed — never two hits for one edge (precision above 1)."""
    text = tmp_path / "t.txt"
    gold = {
        "file": str(text),
        "documents": [{"title": "甲办法", "doc_number": None, "issuers": [], "date": None, "source_line": 1}],
        "references": [
            {
                "source_line": 1,
                "cited_title": "关于乙的通知",
                "cited_number": "丙〔2020〕1号",
                "role": "CITES",
                "line": 3,
            },
            {
                "source_line": 1,
                "cited_title": "关于乙的通知",
                "cited_number": "丁〔2020〕2号",
                "role": "CITES",
                "line": 3,
            },
        ],
    }
    gf = tmp_path / "t.json"
    gf.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    doc = {"title": "甲办法", "source_line": 1, "source_file": str(text), "in_corpus": True}
    graph = {
        "nodes": [
            {"id": "d1", "label": "Document", "properties": doc},
            {"id": "d2", "label": "Document", "properties": {"title": "关于乙的通知", "in_corpus": False}},
        ],
        "edges": [{"source": "d1", "target": "d2", "type": "CITES", "properties": {}}],
    }
    r = score_gold_script().score(graph, [gf])["t.txt"]
    assert r["_counts"]["pair_tp"] == 1 and r["pairs"][0] == 1.0 and r["pairs"][1] == 0.5


def test_a_written_report_reads_back_as_scored():
    """The report folds a document's field items into its own item (the fields it got wrong); read back, the items
    are the ones ``score`` made, so ``--compare`` sees a wrong date as before."""
    sg = score_gold_script()
    items = [
        {"kind": "document", "line": 3, "what": "甲办法", "status": "ok"},
        *({"kind": f, "line": 3, "what": "甲办法", "status": "wrong" if f == "date" else "ok"} for f in sg.FIELDS),
        {"kind": "document", "line": 9, "what": "乙通知", "status": "missed"},
        {"kind": "pair", "line": 5, "what": "丙条例 BASED_ON", "status": "ok"},
    ]
    packed = sg.packed_items(items)
    assert packed[0] == {"kind": "document", "line": 3, "what": "甲办法", "status": "ok", "wrong": ["date"]}
    assert len(packed) == 3 and sg.unpacked_items(packed) == items
