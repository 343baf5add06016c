#!/usr/bin/env python3
"""Write policykg/ontology/graph.schema.json from policykg.ontology.schema.graph_json_schema().

Usage:
    python3 scripts/gen_schema.py          # (re)write the file
    python3 scripts/gen_schema.py --check  # exit 1 when the committed file is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policykg.ontology.schema import graph_json_schema  # noqa: E402

TARGET = ROOT / "policykg" / "ontology" / "graph.schema.json"


def render() -> str:
    """The JSON Schema text, as committed (stable key order, UTF-8, trailing newline)."""
    return json.dumps(graph_json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date; run python3 scripts/gen_schema.py", file=sys.stderr)
            return 1
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
