"""Query results as text: an aligned table, JSON or CSV (pure functions, no I/O).

>>> from policykg.queries.result import QueryResult
>>> r = QueryResult(("document", "cited_by"), (("doc:国发〔2024〕1号", 3), ("doc:b", None)))
>>> print(format_table(r))
document             cited_by
-------------------  --------
doc:国发〔2024〕1号         3
doc:b
>>> format_csv(r).splitlines()[1]
'doc:国发〔2024〕1号,3'
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from policykg.queries.result import QueryResult

__all__ = ["FORMATS", "format_csv", "format_json", "format_result", "format_table"]

MAX_CELL_WIDTH = 60  # display columns; longer cells are cut with … in tables only


def _width(text: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _cell(value) -> str:
    """A value as one table or CSV cell: lists joined with `, `, null empty, booleans lower-case."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(
            _cell(v) if not isinstance(v, (dict, list)) else json.dumps(v, ensure_ascii=False) for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def format_table(result: QueryResult, *, max_cell: int | None = MAX_CELL_WIDTH) -> str:
    """Columns aligned (numbers to the right), a dashed rule under the header; cells longer than
    ``max_cell`` display columns are cut with … (``None``: never)."""
    cells = [[_cut(_cell(v), max_cell) if max_cell else _cell(v) for v in row] for row in result.rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    numeric = [
        bool(result.rows)
        and all(
            isinstance(row[i], (int, float)) and not isinstance(row[i], bool) or row[i] is None for row in result.rows
        )
        for i in range(len(result.columns))
    ]
    lines = [
        "  ".join(_pad(c, w, False) for c, w in zip(result.columns, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        lines.append("  ".join(_pad(c, w, r) for c, w, r in zip(row, widths, numeric)).rstrip())
    if not result.rows:
        lines.append("(no rows)")
    return "\n".join(lines)


def format_json(result: QueryResult) -> str:
    """A JSON array of row objects (keys in column order)."""
    return json.dumps(result.records(), ensure_ascii=False, indent=1)


def format_csv(result: QueryResult) -> str:
    """CSV with a header row; lists and maps as JSON text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else _cell(v) for v in row])
    return buf.getvalue().rstrip("\n")


FORMATS = {"table": format_table, "json": format_json, "csv": format_csv}


def format_result(result: QueryResult, fmt: str) -> str:
    return FORMATS[fmt](result)
