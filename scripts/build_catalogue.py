#!/usr/bin/env python3
"""Regenerate policykg/catalogue/laws.json.gz, the packaged catalogue of laws and regulations.

The catalogue is made with policykg itself: the LawRefBook collection (github.com/LawRefBook/Laws,
one law per Markdown file) is built like any corpus (no catalogue, status as of the snapshot's
date), and each law becomes an entry with what the build found (title, issuers, level, document
type, dates, the repeals the texts state) and what its header lines say (passing and amendment
dates, entry into force).  See policykg/catalogue/lawrefbook.py.

Usage:
    python3 scripts/build_catalogue.py /work/shared/corpus-extra/lawrefbook
    python3 scripts/build_catalogue.py DIR --as-of 2025-04-30 --snapshot "commit 2f4c5c2, April 2025"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policykg.catalogue import Catalogue, write_catalogue  # noqa: E402
from policykg.catalogue.catalogue import CATALOGUE_PATH  # noqa: E402
from policykg.catalogue.lawrefbook import catalogue_entries, entries_by_category  # noqa: E402
from policykg.graph.build import build  # noqa: E402

# The copy in ../shared/corpus-extra/lawrefbook: LawRefBook/Laws at commit 2f4c5c2 (April 2025).
SNAPSHOT = "LawRefBook/Laws (github.com/LawRefBook/Laws), commit 2f4c5c2, April 2025"
SNAPSHOT_DATE = "2025-04-30"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("collection", help="folder of the LawRefBook collection")
    ap.add_argument("--out", default=str(CATALOGUE_PATH), help="catalogue file to write (gzip JSON)")
    ap.add_argument("--as-of", default=SNAPSHOT_DATE, help="the collection's date: statuses are as of it")
    ap.add_argument("--snapshot", default=SNAPSHOT, help="where the collection was taken from")
    ap.add_argument("--jobs", "-j", type=int, default=None)
    args = ap.parse_args(argv)
    G, report = build([args.collection], as_of=args.as_of, jobs=args.jobs, catalogues=())
    entries = catalogue_entries(G, args.collection, as_of=args.as_of)
    about = f"Laws and regulations of {args.snapshot}, built with policykg; statuses as of {args.as_of}."
    path = write_catalogue(Catalogue(entries, name=f"LawRefBook {args.as_of}", about=about), args.out)
    counts = ", ".join(f"{k} {v}" for k, v in entries_by_category(entries).items())
    print(f"{len(entries)} entries ({counts}) from {report.documents} documents → {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
