#!/usr/bin/env python3
"""Score the parser's TARGETS edges (Document → BeneficiaryGroup) against hand-labelled groups.

The gold file ``tests/fixtures/targets/gold.json`` lists documents (file, source_line, title) with the
taxonomy groups each one grants support to, labelled by reading (its ``about`` gives the rules). Each
text is parsed with the project's own parser (:func:`policykg.loaders.parse.parse_text`); a gold document
is matched to the parsed document with the same source_line, else the same title.

Usage:
    python scripts/score_targets.py                      # per document and overall P/R/F1
    python scripts/score_targets.py --report targets.json  # also every miss and extra, with evidence
    python scripts/score_targets.py --gold other.json -q   # only the overall figures

Figures: "exact" compares the group sets as they are; "lenient" also counts a predicted group that is
an ancestor or a descendant of a gold group (小微企业 for 中小企业, 企业 for 小微企业) as a hit, and a
gold group as found when such a group was predicted. Both are micro-averaged over (document, group) pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policykg.keys import title_key  # noqa: E402
from policykg.loaders.models import ParsedDocument  # noqa: E402
from policykg.loaders.parse import parse_text  # noqa: E402
from policykg.loaders.reading import read_source  # noqa: E402
from policykg.ontology.beneficiaries import Taxonomy, default_taxonomy  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "targets" / "gold.json"


@dataclass(frozen=True)
class DocScore:
    """One gold document against its parsed document (``found`` False when none matched)."""

    file: str
    line: int
    title: str
    found: bool
    gold: frozenset[str]
    pred: frozenset[str]
    lenient_pred_hits: int  # predicted groups equal to, above or below a gold group
    lenient_gold_hits: int  # gold groups with an equal, broader or narrower predicted group
    evidence: dict[str, str] = field(default_factory=dict)  # predicted group → its evidence sentence


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 for an empty side, as in scripts/score_gold.py).

    >>> prf(1, 2, 1, 1)
    (0.5, 1.0, 0.6666666666666666)
    """
    p = tp_p / n_pred if n_pred else 1.0
    r = tp_r / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def related(a: str, b: str, tax: Taxonomy) -> bool:
    """Same group, or one is a broader group (at any depth) of the other."""
    return a == b or b in tax.groups[a].broader or a in tax.groups[b].broader


def parsed_documents(file: str) -> list[ParsedDocument]:
    src = read_source(ROOT / file)
    return list(parse_text(src.text, file, encoding=src.encoding).documents)


def match(gold: dict, docs: list[ParsedDocument]) -> ParsedDocument | None:
    """The parsed document at the gold source_line, else the one with the same title."""
    at_line = [d for d in docs if d.source_line == gold["source_line"]]
    if at_line:
        return at_line[0]
    key = title_key(gold["title"])
    return next((d for d in docs if title_key(d.title) == key), None)


def score_document(gold: dict, doc: ParsedDocument | None, tax: Taxonomy) -> DocScore:
    g = frozenset(gold["targets"])
    targets = doc.targets if doc else ()
    p = frozenset(t.group for t in targets)
    return DocScore(
        file=gold["file"],
        line=gold["source_line"],
        title=gold["title"],
        found=doc is not None,
        gold=g,
        pred=p,
        lenient_pred_hits=sum(any(related(x, y, tax) for y in g) for x in p),
        lenient_gold_hits=sum(any(related(y, x, tax) for x in p) for y in g),
        evidence={t.group: f"{t.evidence.line}: {t.evidence.text}" for t in targets if t.group not in g},
    )


def score_gold(path: Path = GOLD) -> list[DocScore]:
    """Every gold document of ``path`` scored against the parser."""
    tax = default_taxonomy()
    gold = json.loads(path.read_text(encoding="utf-8"))["documents"]
    parsed = {f: parsed_documents(f) for f in dict.fromkeys(g["file"] for g in gold)}
    return [score_document(g, match(g, parsed[g["file"]]), tax) for g in gold]


def totals(scores: list[DocScore]) -> dict[str, tuple[float, float, float]]:
    """Exact and lenient (P, R, F1), micro-averaged over all documents."""
    n_pred = sum(len(s.pred) for s in scores)
    n_gold = sum(len(s.gold) for s in scores)
    tp = sum(len(s.gold & s.pred) for s in scores)
    lp = sum(s.lenient_pred_hits for s in scores)
    lr = sum(s.lenient_gold_hits for s in scores)
    return {"exact": prf(tp, n_pred, tp, n_gold), "lenient": prf(lp, n_pred, lr, n_gold)}


def report(scores: list[DocScore]) -> dict:
    """The figures and every miss and extra, for ``--report``."""
    return {
        "overall": totals(scores),
        "documents": len(scores),
        "gold_targets": sum(len(s.gold) for s in scores),
        "predicted_targets": sum(len(s.pred) for s in scores),
        "unmatched": [f"{s.file}:{s.line}" for s in scores if not s.found],
        "misses": [
            {"document": f"{s.file}:{s.line}", "title": s.title, "group": g}
            for s in scores
            for g in sorted(s.gold - s.pred)
        ],
        "extras": [
            {"document": f"{s.file}:{s.line}", "title": s.title, "group": g, "evidence": s.evidence.get(g, "")}
            for s in scores
            for g in sorted(s.pred - s.gold)
        ],
    }


def fmt(p: float, r: float, f: float) -> str:
    return f"P{p:.3f} R{r:.3f} F1 {f:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold JSON file")
    ap.add_argument("--report", type=Path, help="write every miss and extra (with evidence) as JSON here")
    ap.add_argument("--quiet", "-q", action="store_true", help="only the overall figures")
    a = ap.parse_args()
    scores = score_gold(a.gold)
    if not a.quiet:
        for s in scores:
            tp = len(s.gold & s.pred)
            miss, extra = sorted(s.gold - s.pred), sorted(s.pred - s.gold)
            flag = "" if s.found else "  NOT MATCHED"
            print(f"{s.file}:{s.line} {s.title[:30]}{flag}")
            print(f"  exact {fmt(*prf(tp, len(s.pred), tp, len(s.gold)))}  missed {miss}  extra {extra}")
        print()
    t = totals(scores)
    n_gold, n_pred = sum(len(s.gold) for s in scores), sum(len(s.pred) for s in scores)
    print(f"{len(scores)} documents, {n_gold} gold targets, {n_pred} predicted")
    print(f"exact   {fmt(*t['exact'])}")
    print(f"lenient {fmt(*t['lenient'])}")
    if a.report:
        a.report.write_text(json.dumps(report(scores), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
