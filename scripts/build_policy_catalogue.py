#!/usr/bin/env python3
"""Regenerate policykg/catalogue/policies.json.gz, the packaged catalogue of State Council documents.

The catalogue is made from the public Policy Transparency China dataset
(github.com/zongtihuoguoguan/Policy-Transparency-China-2024): the State Council's policy library
(国务院, 国务院办公厅) scraped in summer 2023, with each document's title, doc number and 成文 date.
See policykg/catalogue/policies.py.

Usage:
    git clone https://github.com/zongtihuoguoguan/Policy-Transparency-China-2024 /tmp/ptc
    python3 scripts/build_policy_catalogue.py /tmp/ptc --commit de4720d
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policykg.catalogue import Catalogue, write_catalogue  # noqa: E402
from policykg.catalogue.catalogue import POLICIES_PATH  # noqa: E402
from policykg.catalogue.policies import policy_entries, read_dataset  # noqa: E402

REPOSITORY = "zongtihuoguoguan/Policy-Transparency-China-2024"
COMMIT = "de4720d1ce593667bef4407424641ce41a4611aa"  # 2024-07-30, the newest on the day it was taken
SCRAPED = "summer 2023"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", help="a checkout of the dataset's repository")
    ap.add_argument("--out", default=str(POLICIES_PATH), help="catalogue file to write (gzip JSON)")
    ap.add_argument("--commit", default=COMMIT, help="the dataset's commit")
    args = ap.parse_args(argv)
    rows, numbers = read_dataset(args.dataset)
    entries = policy_entries(rows, numbers)
    about = (
        f"State Council documents (国务院, 国务院办公厅) of github.com/{REPOSITORY}, commit {args.commit[:12]}"
        f" (www.gov.cn/zhengce/zhengceku, scraped {SCRAPED}): title, doc number, 成文 date; status unknown."
    )
    cat = Catalogue(entries, name=f"Policy-Transparency-China-2024 {args.commit[:7]}", about=about)
    path = write_catalogue(cat, args.out)
    issuers = ", ".join(f"{k} {v}" for k, v in Counter(e.issuers[:1] and e.issuers[0] for e in entries).items())
    print(f"{len(entries)} entries of {len(rows)} rows ({issuers}) → {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
