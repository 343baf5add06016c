"""Query results as text: an aligned table, JSON or CSV (pure functions, no I/O).

:func:`format_table` lays the rows out as they are; :func:`readable_table` is what a terminal
shows: the start column said once above the table, ids without their ``doc:`` / ``agency:`` /
``group:`` prefix, a path and its link types drawn as one route with arrows pointing the way
each link runs (``-IMPLEMENTS->``, ``<-BASED_ON-``), statuses in Chinese and English, and the
table cut to the terminal's width.

>>> from policykg.queries.result import QueryResult
>>> r = QueryResult(("document", "cited_by"), (("doc:国发〔2024〕1号", 3), ("doc:b", None)))
>>> print(format_table(r))
document             cited_by
-------------------  --------
doc:国发〔2024〕1号         3
doc:b
>>> format_csv(r).splitlines()[1]
'doc:国发〔2024〕1号,3'

Text from the corpus is not trusted: what reaches a terminal goes through :func:`printable` (no
escape sequences, no control characters), and CSV cells that a spreadsheet would run as a
formula are neutralised (:func:`csv_cell`).

>>> lineage = QueryResult(("start", "ancestor", "status", "path", "rels"),
...     (("doc:a", "doc:c", "superseded", ["doc:a", "doc:b", "doc:c"], ["TRANSMITS", "<BASED_ON"]),))
>>> print(readable_table(lineage).text)
start: a
ancestor  status             route
--------  -----------------  ------------------------------
c         已废止 superseded  a -TRANSMITS-> b <-BASED_ON- c
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass

from policykg.ontology.schema import STATUS_TERMS
from policykg.queries.result import QueryResult

__all__ = [
    "FORMATS",
    "Table",
    "bare_id",
    "csv_cell",
    "format_csv",
    "format_json",
    "format_result",
    "format_table",
    "printable",
    "readable_table",
]

MAX_CELL_WIDTH = 60  # display columns; longer cells are cut with … in tables only
MIN_FITTED_WIDTH = 8  # a text column is never cut narrower than this to fit the terminal
# Columns naming what a query was asked about: said once above the table when every row repeats it.
START_COLUMNS = ("start", "source", "group", "agency")
# `doc:国发〔2024〕1号`, `agency:河南省财政厅`, `group:高校毕业生` — the prefix of a node id.
ID_PREFIX = re.compile(r"^(?:doc|agency|group):")

# A terminal escape sequence, in its 7-bit (ESC …) or 8-bit (C1) form; each alternative stops at
# the next ESC, terminator or line end, so a search stays linear in the text:
#   CSI  ESC [ 2 J  ·  ESC [ 31 m  ·  U+009B 2 J        (clear the screen, colours, cursor moves)
#   OSC  ESC ] 0 ; title BEL  ·  ESC ] 8 ; ; url ESC \  (window title, hyperlinks, clipboard)
#   DCS, SOS, PM, APC  ESC P … ESC \                     (device control strings)
#   any other  ESC c  ·  ESC ( B                          (reset, character sets)
ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# What is left that a terminal would act on or that reorders the text shown: C0 controls, DEL, C1
# controls, bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069).
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Lines and tabs kept in multi-line text (CSV cells); a carriage return never is (it rewrites the line).
KEPT_IN_LINES = "\n\t"
# The characters of CONTROL_CHARACTER that JSON leaves unescaped (it escapes C0 itself).
JSON_UNESCAPED_CONTROL = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A CSV cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str, *, lines: bool = False) -> str:
    r"""``text`` without terminal escape sequences or control characters, safe to print.

    Tabs and line breaks become spaces (``lines=True``: kept); a character that cannot be
    encoded (a lone surrogate of a file name that is not UTF-8) is shown as ``\xNN``.

    >>> printable("通知\x1b]0;pwned\x07\x1b[2J标题\r\n下一行")
    '通知标题  下一行'
    >>> printable("a\tb\nc\x9b31m", lines=True)
    'a\tb\nc'
    """
    text = ESCAPE_SEQUENCE.sub("", text)
    text = CONTROL_CHARACTER.sub(_in_lines if lines else _on_one_line, text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape" if _escapable(text) else "backslashreplace")
        text = text.decode("utf-8", "backslashreplace")
    return text


def _on_one_line(m: re.Match) -> str:
    return " " if m.group() in "\t\n\r\v\f" else ""


def _in_lines(m: re.Match) -> str:
    return m.group() if m.group() in KEPT_IN_LINES else ""


def _escapable(text: str) -> bool:
    """Every surrogate in ``text`` stands for one byte of a file name (U+DC80–U+DCFF)."""
    return all("\udc80" <= c <= "\udcff" for c in text if "\ud800" <= c <= "\udfff")


def csv_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that would start a formula gets a leading ``'``.

    >>> csv_cell("=1+2"), csv_cell("-1"), csv_cell("豫政〔2024〕1号")
    ("'=1+2", "'-1", '豫政〔2024〕1号')
    """
    return "'" + value if value.startswith(FORMULA_START) else value


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


def _fit(widths: list[int], width: int | None, floors: list[int]) -> list[int]:
    """Column widths narrowed, widest first, until the row fits ``width`` display columns or every
    column is down to its floor."""
    widths = list(widths)
    if width is None:
        return widths
    while sum(widths) + 2 * (len(widths) - 1) > width:
        cuttable = [i for i in range(len(widths)) if widths[i] > floors[i]]
        if not cuttable:
            break
        widths[max(cuttable, key=lambda i: widths[i])] -= 1
    return widths


def _numeric(result: QueryResult) -> list[bool]:
    """Per column: whether every value is a number (or null): right-aligned, never cut."""
    return [
        bool(result.rows)
        and all(
            isinstance(row[i], (int, float)) and not isinstance(row[i], bool) or row[i] is None for row in result.rows
        )
        for i in range(len(result.columns))
    ]


def _layout(result: QueryResult, *, max_cell: int | None, width: int | None) -> tuple[str, bool]:
    """The table's text, and whether cells were cut to fit ``width``."""
    cells = [[printable(_cell(v)) for v in row] for row in result.rows]
    cells = [[_cut(c, max_cell) if max_cell else c for c in row] for row in cells]
    columns = [printable(c) for c in result.columns]
    natural = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    numeric = _numeric(result)
    # numbers are never cut (only a long header over them); text down to MIN_FITTED_WIDTH
    floors = [
        max([4] + [_width(row[i]) for row in cells]) if numeric[i] else min(natural[i], MIN_FITTED_WIDTH)
        for i in range(len(natural))
    ]
    widths = _fit(natural, width, floors)
    cells = [[_cut(c, w) for c, w in zip(row, widths)] for row in cells]
    header = [_cut(c, w) for c, w in zip(columns, widths)]
    lines = [
        "  ".join(_pad(c, w, False) for c, w in zip(header, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        lines.append("  ".join(_pad(c, w, r) for c, w, r in zip(row, widths, numeric)).rstrip())
    if not result.rows:
        lines.append("(no rows)")
    return "\n".join(lines), widths != natural


def format_table(result: QueryResult, *, max_cell: int | None = MAX_CELL_WIDTH, width: int | None = None) -> str:
    """Columns aligned (numbers to the right), a dashed rule under the header; cells longer than
    ``max_cell`` display columns are cut with … (``None``: never), and cut further when the
    table would be wider than ``width``."""
    return _layout(result, max_cell=max_cell, width=width)[0]


# --------------------------------------------------------------------------- for a reader


def bare_id(value):
    """A node id without its prefix (lists: each item); anything else as it is.

    >>> bare_id("doc:国发〔2024〕1号"), bare_id(["agency:河南省财政厅", 3]), bare_id("2024-01-01")
    ('国发〔2024〕1号', ['河南省财政厅', 3], '2024-01-01')
    """
    if isinstance(value, str):
        return ID_PREFIX.sub("", value)
    if isinstance(value, list):
        return [bare_id(v) for v in value]
    return value


def status_label(code):
    """``superseded`` → ``已废止 superseded`` (the Chinese term and the code)."""
    return f"{STATUS_TERMS[code]} {code}" if code in STATUS_TERMS else code


def route(path: list, rels: list) -> str:
    """A path and the type of each link as one line, each arrow pointing the way its link runs:
    ``A -IMPLEMENTS-> B`` (A implements B), ``A <-BASED_ON- B`` (B is based on A).  ASCII arrows:
    box-drawing ones take one column or two depending on the terminal's locale."""
    parts = [str(bare_id(path[0]))]
    for rel, node in zip(rels, path[1:]):
        arrow = f"<-{rel[1:]}-" if rel.startswith("<") else f"-{rel}->"
        parts += [arrow, str(bare_id(node))]
    return " ".join(parts)


@dataclass(frozen=True)
class Table:
    """A table as a terminal shows it, and a note on what was left out of it (None: nothing)."""

    text: str
    note: str | None = None


def _lifted(result: QueryResult) -> list[str]:
    """The start columns whose value is the same in every row."""
    return [
        c
        for c in START_COLUMNS
        if c in result.columns
        and result.rows
        and len({json.dumps(r[result.columns.index(c)]) for r in result.rows}) == 1
    ]


def _for_reader(result: QueryResult) -> tuple[list[str], QueryResult]:
    """Lines said once above the table, and the rows as a reader sees them."""
    lifted = _lifted(result)
    above = [printable(f"{c}: {_cell(bare_id(result.rows[0][result.columns.index(c)]))}") for c in lifted]
    drawn = "path" in result.columns and "rels" in result.columns
    columns = [c for c in result.columns if c not in lifted and not (drawn and c == "rels")]
    rows = []
    for row in result.rows:
        record = dict(zip(result.columns, row))
        if drawn:
            record["path"] = route(record["path"], record["rels"])
        if "status" in record:
            record["status"] = status_label(record["status"])
        rows.append(tuple(bare_id(record[c]) for c in columns))
    names = ["route" if drawn and c == "path" else c for c in columns]
    return above, QueryResult(tuple(names), tuple(rows), result.capped)


def readable_table(result: QueryResult, *, width: int | None = None, wide: bool = False) -> Table:
    """The table a terminal shows (see the module's docstring): cells cut at
    :data:`MAX_CELL_WIDTH` and to fit ``width`` display columns, unless ``wide``."""
    above, shown = _for_reader(result)
    text, cut = _layout(shown, max_cell=None if wide else MAX_CELL_WIDTH, width=None if wide else width)
    note = f"(cells cut to fit {width} columns: --wide prints them whole, --json or --csv every field)" if cut else None
    return Table("\n".join([*above, text]), note)


def format_json(result: QueryResult) -> str:
    """A JSON array of row objects (keys in column order); the same data, with every control and
    bidirectional character written as a ``\\uXXXX`` escape (JSON escapes only C0 by itself)."""
    text = json.dumps(result.records(), ensure_ascii=False, indent=1)
    return JSON_UNESCAPED_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def format_csv(result: QueryResult, *, bom: bool = False) -> str:
    """CSV with a header row; lists and maps as JSON text; text cells as :func:`printable` (lines
    kept) and :func:`csv_cell` (no formulas) make them.  ``bom``: a UTF-8 byte order mark in
    front, so Excel (on a Chinese Windows too) reads the text as UTF-8."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([printable(c) for c in result.columns])
    for row in result.rows:
        writer.writerow([_csv_value(v) for v in row])
    return ("\ufeff" if bom else "") + buf.getvalue().rstrip("\n")


def _csv_value(value) -> str:
    if isinstance(value, (list, dict)):
        return csv_cell(printable(json.dumps(value, ensure_ascii=False), lines=True))
    if isinstance(value, str):
        return csv_cell(printable(value, lines=True))
    return _cell(value)  # a number, boolean or null: never a formula (-1 stays a number)


FORMATS = {"table": format_table, "json": format_json, "csv": format_csv}


def format_result(result: QueryResult, fmt: str) -> str:
    return FORMATS[fmt](result)
