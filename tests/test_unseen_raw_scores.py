"""Regression guard on raw downloaded files (portal HTML as served): tests/fixtures/unseen-raw/.

Their sources are in tests/fixtures/unseen-raw/SOURCES.md. The build is scored by scripts/score_gold.py
and must not fall below tests/fixtures/unseen-raw/scores.json by more than MARGIN; record a better
baseline with
    python scripts/score_gold.py --build --gold-dir tests/fixtures/unseen-raw/gold --report tests/fixtures/unseen-raw/scores.json
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import score_gold_script

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "tests" / "fixtures" / "unseen-raw"
BASELINE = json.loads((RAW / "scores.json").read_text(encoding="utf-8"))
MARGIN = 0.02
# (metric, index into a (P, R, F) triple or None for a plain ratio)
METRICS = [("documents", 2), ("doc_number", None), ("issuers", None), ("date", None), ("pairs", 2), ("roles", None)]
RAW_SUFFIXES = (".html", ".htm", ".pdf", ".docx")


@pytest.fixture(scope="module")
def report():
    sg = score_gold_script()
    return sg.summarise(sg.score_all([RAW / "gold"], graph_path=None, build=True))


def test_every_raw_file_is_labelled_and_sourced():
    files = {p.name for p in (RAW / "texts").iterdir()}
    assert all(name.endswith(RAW_SUFFIXES) for name in files), "raw files only: text conversions go to unseen/"
    golds = [json.loads(g.read_text(encoding="utf-8")) for g in (RAW / "gold").glob("*.json")]
    assert {g["file"].split("/")[-1] for g in golds} == files
    assert all(g.get("layout", "").startswith("raw-") and g.get("place") for g in golds)
    sources = (RAW / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for name in files)


def test_raw_scores_hold_the_baseline(report):
    drops = []
    for group in ("corpora", "layouts"):
        for name, old in BASELINE[group].items():
            new = report[group].get(name)
            assert new is not None, f"{group}/{name} missing"
            for metric, i in METRICS:
                n, o = (new[metric][i], old[metric][i]) if i is not None else (new[metric], old[metric])
                if n < o - MARGIN:
                    drops.append(f"{name} {metric}: {n:.3f} < {o:.3f}")
    assert not drops, drops
