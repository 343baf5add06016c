#!/usr/bin/env python3
"""Draw the law sample of tests/fixtures/law-supersession/gold.json again (seed 20250430).

    python scripts/sample_supersession.py /work/shared/corpus-extra/lawrefbook

Prints ``{"repeal_word": [...], "no_repeal_word": [...]}``: paths relative to the collection root, 60
files containing a repeal word and 20 containing none, drawn per folder group in sorted path order.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20250430
# a repeal word anywhere in the file: 废止 (同时废止), 停止执行, 不再执行, 失效
REPEAL_WORD = re.compile("废止|停止执行|不再执行|失效")
# the folders of national laws (the 法律 group)
LAW_FOLDERS = {
    "宪法",
    "宪法相关法",
    "民法典",
    "民法商法",
    "行政法",
    "经济法",
    "社会法",
    "刑法",
    "诉讼与非诉讼程序法",
    "其他",
}
REPEAL_QUOTA = {"法律": 10, "行政法规": 12, "部门规章": 5, "司法解释": 8}
NONE_QUOTA = {"法律": 4, "行政法规": 4, "部门规章": 2, "司法解释": 3}


def group(rel: Path) -> str:
    """法律, 行政法规, 部门规章, 司法解释, or DLC/<province folder>."""
    top = rel.parts[0]
    if top == "DLC":
        return f"DLC/{rel.parts[1]}"
    return "法律" if top in LAW_FOLDERS else top


def sample(root: Path) -> dict[str, list[str]]:
    groups: dict[tuple[str, bool], list[str]] = {}
    for f in sorted(root.rglob("*.md")):
        rel = f.relative_to(root)
        hit = bool(REPEAL_WORD.search(f.read_text(encoding="utf-8")))
        groups.setdefault((group(rel), hit), []).append(str(rel))
    repeal, none = dict(REPEAL_QUOTA), dict(NONE_QUOTA)
    for i, prov in enumerate(sorted({g for g, _ in groups if g.startswith("DLC/")})):
        repeal[prov] = 4 if i < 4 else 3  # 25 local regulations over 7 provinces
        none[prov] = 1
    rng = random.Random(SEED)
    out: dict[str, list[str]] = {"repeal_word": [], "no_repeal_word": []}
    for g, n in sorted(repeal.items()):
        out["repeal_word"] += rng.sample(groups[(g, True)], n)
    for g, n in sorted(none.items()):
        out["no_repeal_word"] += rng.sample(groups[(g, False)], n)
    return out


if __name__ == "__main__":
    json.dump(sample(Path(sys.argv[1])), sys.stdout, ensure_ascii=False, indent=1)
    print()
