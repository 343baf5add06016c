#!/usr/bin/env python3
"""Fill the generated parts of README.md: the schema table and the included docs/*.md sections.

    python scripts/gen_readme.py          # rewrite README.md
    python scripts/gen_readme.py --check  # exit 1 when README.md is out of date

Markers: <!-- schema-table:start --> … <!-- schema-table:end --> and
<!-- include:docs/NAME.md --> … <!-- end-include:docs/NAME.md -->.  Headings of included files are
pushed one level down so they sit under the README's own sections.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policykg.ontology.schema import schema_markdown  # noqa: E402


def demote(md: str) -> str:
    """Shift headings so the file's top heading becomes ### (under the README's ## section)."""
    lines, fence, levels = md.splitlines(), False, []
    for line in lines:
        if line.startswith("```"):
            fence = not fence
        m = re.match(r"^(#{1,6}) ", line)
        if m and not fence:
            levels.append(len(m.group(1)))
    shift = 3 - min(levels) if levels else 0
    out, fence = [], False
    for line in lines:
        if line.startswith("```"):
            fence = not fence
        m = re.match(r"^(#{1,6}) ", line)
        if m and not fence:
            line = "#" * min(6, len(m.group(1)) + shift) + line[len(m.group(1)) :]
        out.append(line)
    return "\n".join(out).strip()


def render(readme: str) -> str:
    readme = re.sub(
        r"(<!-- schema-table:start -->)(.*?)(<!-- schema-table:end -->)",
        lambda m: f"{m.group(1)}\n{schema_markdown()}\n{m.group(3)}",
        readme,
        flags=re.S,
    )

    def include(m: re.Match) -> str:
        path = m.group(1)
        body = demote((ROOT / path).read_text(encoding="utf-8"))
        return f"<!-- include:{path} -->\n{body}\n<!-- end-include:{path} -->"

    return re.sub(r"<!-- include:(\S+) -->.*?<!-- end-include:\1 -->", include, readme, flags=re.S)


def main() -> int:
    path = ROOT / "README.md"
    old = path.read_text(encoding="utf-8")
    new = render(old)
    if "--check" in sys.argv:
        if new != old:
            print("README.md is out of date: run python scripts/gen_readme.py")
            return 1
        return 0
    path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
