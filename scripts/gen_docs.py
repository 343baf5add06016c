#!/usr/bin/env python3
"""Fill the generated part of the docs: the schema table of docs/graph-json.md, from ontology/schema.py.

    python scripts/gen_docs.py          # rewrite the table
    python scripts/gen_docs.py --check  # exit 1 when the committed table is out of date (tests/test_docs.py)

The table sits between <!-- schema-table:start --> and <!-- schema-table:end -->; the text around it
is written by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policykg.ontology.schema import schema_markdown  # noqa: E402

TARGET = ROOT / "docs" / "graph-json.md"
# <!-- schema-table:start --> … <!-- schema-table:end -->: the generated table, markers kept
TABLE = re.compile(r"(<!-- schema-table:start -->)(.*?)(<!-- schema-table:end -->)", re.S)


def render(text: str) -> str:
    """``text`` with the schema table between its markers regenerated."""
    if not TABLE.search(text):
        raise SystemExit(f"{TARGET}: the <!-- schema-table:start/end --> markers are missing")
    return TABLE.sub(lambda m: f"{m.group(1)}\n{schema_markdown()}\n{m.group(3)}", text)


def main(argv: list[str]) -> int:
    old = TARGET.read_text(encoding="utf-8")
    new = render(old)
    if "--check" in argv:
        if new != old:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python scripts/gen_docs.py")
            return 1
        return 0
    TARGET.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
