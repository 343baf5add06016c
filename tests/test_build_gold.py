"""Whole files of the sample corpus against hand-labelled documents (tests/fixtures/corpus-gold.json):
every document found, none invented, and each one's number, issuers, date and title line exact.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policykg import build_graph

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GOLD = json.loads((Path(__file__).resolve().parent / "fixtures" / "corpus-gold.json").read_text(encoding="utf-8"))
FILES = sorted(GOLD["files"])


def norm(s: str) -> str:
    return re.sub(r"[\s《》〈〉“”\"]", "", s).replace("(", "（").replace(")", "）")


@pytest.fixture(scope="module")
def graph():
    return build_graph([CORPUS / f for f in FILES], as_of="2025-06-30", jobs=1)


def found_in(G, name: str) -> dict[str, dict]:
    return {norm(a["title"]): a for _, a in G.nodes(data=True)
            if a["label"] == "Document" and a.get("in_corpus") and Path(a["source_file"]).name == name}


@pytest.mark.parametrize("name", FILES)
def test_documents_found_exactly(graph, name):
    found = found_in(graph, name)
    gold = {norm(d["title"]) for d in GOLD["files"][name]}
    ambiguous = {norm(t) for t in GOLD["ambiguous"].get(name, [])}
    assert sorted(gold - set(found)) == [], "missed"
    assert sorted(set(found) - gold - ambiguous) == [], "not documents"


@pytest.mark.parametrize("name", FILES)
def test_fields_exact(graph, name):
    found = found_in(graph, name)
    wrong = []
    for d in GOLD["files"][name]:
        a = found.get(norm(d["title"]))
        if a is None:
            continue
        got = {"title": a["title"], "doc_number": a.get("doc_number"), "issuers": list(a.get("issuers") or []),
               "date": a.get("date"), "source_line": a["source_line"]}
        if got != d:
            wrong.append({k: (got[k], d[k]) for k in d if got[k] != d[k]})
    assert wrong == []
