"""A converted page whose two columns stand side by side on each text line, read column by column.  Pure.

A converter that keeps the page's physical layout (``pdftotext -layout``) writes a two-column page as one text
line per printed row: the left column's line, a run of spaces over the gutter, the right column's line.  Read
as it stands, every line holds the ends of two sentences of different paragraphs — or of two documents.
:func:`split_side_by_side` finds such pages (form feeds cut the pages; a text without them is one page) by
their gutter: many lines with a run of at least three spaces whose right side starts at one position, prose
on both sides — and rewrites each page's two-column stretches as the left column's lines, then the right
column's.  A line that runs across the gutter (a title centred over both columns) ends a stretch and stays.
Pages without such a gutter (one column, a table, a contents page) stay as they are.

>>> row = "各县（市、区）人民政府，市政府各部门      现将《工作方案》印发给你们，请认真"
>>> page = "\\n".join(["        甲市人民政府关于印发工作方案的通知"] + [row] * 6)
>>> split_side_by_side(page).split("\\n")[:3]
['        甲市人民政府关于印发工作方案的通知', '各县（市、区）人民政府，市政府各部门', '各县（市、区）人民政府，市政府各部门']
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median
from typing import NamedTuple
from unicodedata import east_asian_width

from policykg.loaders.regexes import TOC_HEADING, TOC_LEADER_ENTRY, TOC_TAIL

_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # (a run of spaces between two non-spaces: linear, no backtracking)
_MIN_ROWS = 6  # lines with text on both sides of the gutter before a page is read as two columns
_MIN_ROW_SHARE = 0.25  # … and their share of the page's non-blank lines
_MIN_ALIGNED = 0.6  # share of those rows whose right side starts at the gutter
_MIN_SIDE = 6  # characters a column's line usually holds (median, each side): prose, not a table's cells
_MAX_CELLS = 0.34  # share of rows with two gaps or more (three cells: a table) a two-column page may have


def split_side_by_side(text: str) -> str:
    """``text`` with each page printed in two columns side by side read column by column (see the module)."""
    return side_by_side_read(text)[0]


def side_by_side_read(text: str) -> tuple[str, list[int] | None]:
    """(``text`` read column by column, the 1-based line of ``text`` each of its lines comes from — None where no
    page was rewritten, so every line kept its number).  A column's line is known by the printed row it was cut
    from: what the parser reads there points back to the line of the file that holds it.  Lines are the parser's
    (``str.splitlines``: a CRLF file's, and a form feed ends a line too); a page ends at a form feed.

    >>> row = "各县（市、区）人民政府，市政府各部门      现将《工作方案》印发给你们，请认真"
    >>> side_by_side_read("\\r\\n".join([row] * 6))[1]
    [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]
    """
    if "   " not in text and not (_CONTENTS_WORD.search(text) and _CONTENTS.search(text)):  # (the cheap scan first)
        return text, None
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    origins: list[int] = []
    for page in _pages(lines):
        content = [lines[i].rstrip(_LINE_ENDS) for i in page]
        new, rows = _contents_first(*_page_in_columns(content))
        if rows == list(range(len(content))):  # the page as it was: its lines and their ends untouched
            out += [lines[i] for i in page]
        else:  # (the page's last line end, a form feed, still ends the page)
            out += [line + "\n" for line in new[:-1]] + [new[-1] + lines[page[-1]][len(content[-1]) :]]
        origins += [page[k] + 1 for k in rows]
    if origins == list(range(1, len(origins) + 1)):
        return text, None
    return "".join(out), origins


_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines ends a line at


def _pages(lines: list[str]) -> list[list[int]]:
    """The indices of ``lines`` (kept ends) page by page: a line ending in a form feed ends its page."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        pages[-1].append(i)
        if line.endswith("\f"):
            pages.append([])
    return [page for page in pages if page]


def _rows(lines: list[str]) -> list[tuple[int, int]]:
    """(index, where the right side starts) of the lines holding prose on both sides of a run of spaces."""
    out = []
    for i, line in enumerate(lines):
        for m in _GAP.finditer(line):
            left, right = line[: m.start()].strip(), line[m.end() :].strip()
            if len(left) >= 2 and len(right) >= 2 and not right.isdigit():
                out.append((i, m.end()))
    return out


class Gutter(NamedTuple):
    """Where a page's right column starts (± ``tol``), and how long and how indented its left column's lines are
    (the longest but a tenth): a line longer, or set further in after a blank line, runs across both columns."""

    at: int
    tol: int
    left_len: int
    left_indent: int


def _gutter(lines: list[str]) -> Gutter | None:
    """The gutter of a page printed in two columns side by side, or None."""
    rows = _rows(lines)
    nonblank = sum(1 for line in lines if line.strip())
    if len(rows) < _MIN_ROWS or len(rows) < _MIN_ROW_SHARE * nonblank:
        return None
    width = max(len(line.rstrip()) for line in lines)
    at = int(median(s for _, s in rows))
    tol = max(4, width // 12)
    aligned = [(i, s) for i, s in rows if abs(s - at) <= tol]
    if len(aligned) < max(_MIN_ROWS, _MIN_ALIGNED * len(rows)) or not 0.25 * width <= at <= 0.75 * width:
        return None
    per_line = Counter(i for i, _ in rows)
    if sum(1 for n in per_line.values() if n > 1) > _MAX_CELLS * len(per_line):
        return None
    lefts = [lines[i][:s].rstrip() for i, s in aligned]
    sides = [(len(left.strip()), len(lines[i][s:].strip())) for (i, s), left in zip(aligned, lefts)]
    if median(a for a, _ in sides) < _MIN_SIDE or median(b for _, b in sides) < _MIN_SIDE:
        return None
    lens = sorted(a for a, _ in sides)
    indents = sorted(len(left) - len(left.lstrip()) for left in lefts)
    tenth = len(lens) * 9 // 10
    return Gutter(at, tol, lens[tenth], indents[tenth])


def _split_at(line: str, g: Gutter, after_blank: bool) -> tuple[str, str] | None:
    """A line's (left, right) parts where a run of spaces ends at the gutter; ("", right) for a line of the right
    column alone, (left, "") for one of the left column alone; None for a line running across the gutter: longer
    than a column's line, or set further in than the left column's lines after a blank line (a centred title)."""
    for m in _GAP.finditer(line):
        if abs(m.end() - g.at) <= g.tol:
            return line[: m.start()].rstrip(), line[m.end() :].strip()
    text = line.strip()
    indent = len(line) - len(line.lstrip())
    if text and indent >= g.at - g.tol:
        return "", text
    if len(text) > g.left_len * 1.2 or (text and after_blank and indent > g.left_indent + 3):
        return None
    if len(line.rstrip()) <= g.at - 2:
        return line.rstrip(), ""
    return None


def _page_in_columns(lines: list[str]) -> tuple[list[str], list[int]]:
    """One page's lines, its two-column stretches read column by column (see the module), and the 0-based row of
    the page each line comes from; other pages unchanged."""
    found = _gutter(lines)
    if found is None:
        return lines, list(range(len(lines)))
    out: list[tuple[str, int]] = []
    left: list[tuple[str, int]] = []
    right: list[tuple[str, int]] = []
    for k, line in enumerate(lines):
        parts = _split_at(line, found, k > 0 and not lines[k - 1].strip())
        if parts is None:  # a line across both columns: the stretch above it ends
            out += left + right + [(line, k)]
            left, right = [], []
            continue
        if parts[0] or not parts[1]:
            left.append((parts[0], k))
        if parts[1]:
            right.append((parts[1], k))
    out += left + right
    return [line for line, _ in out], [k for _, k in out]


_CONTENTS_WORD = re.compile(r"目[ \t\u3000]{0,4}[录錄次]")  # (a literal first character: a fast scan)
_CONTENTS = re.compile(r"^[ \t\u3000]{0,40}目[ \t\u3000]{0,4}[录錄次][ \t\u3000\r]{0,40}$", re.M)  # (\r: a CRLF text's)
# an entry whose leader the contents' pattern misses (one dot before a bracketed page number): a contents line
_ENTRY_END = re.compile(r"(?:[.…·][ \t]{0,8}[（(]\d{1,4}[）)]|[.…·]{2,8}[ \t]{0,8}\d{0,4})[ \t]{0,8}$")
_LABEL = re.compile(r"[【\[].{1,20}[】\]]")  # a section label of a gazette (【政府文件】)


def _contents_first(lines: list[str], rows: list[int]) -> tuple[list[str], list[int]]:
    """A page whose contents entries come after the start of the first document (PDFium's plain text writes a
    page in the order its objects were drawn: a printed gazette's 目录 heading and section labels, the first
    column's lines — the first title, its number, the addressees — and only then the contents rows with their
    dot leaders) read as printed: the run of entries moved up under the 目录 heading, so the title that opens the
    body follows the contents.  An entry's first line wraps over the page's full width, wider than a column's
    line: it goes with its leader line.  A contents page in order, one with a single stray line, or one whose lines
    before the leaders hold an entry of their own (a leader the contents' pattern misses) stays."""
    h = next((i for i, line in enumerate(lines) if TOC_HEADING.match(re.sub(r"\s", "", line))), None)
    if h is None:
        return lines, rows
    leads = [i for i in range(h + 1, len(lines)) if TOC_LEADER_ENTRY.search(lines[i].strip()[-TOC_TAIL:])]
    if not leads:
        return lines, rows
    heads = [_width(lines[i]) for i in range(leads[0], leads[-1]) if i not in leads and lines[i].strip()]
    if not heads:
        return lines, rows
    full = 0.9 * max(heads)  # an entry's first line fills the row: wider than any column's line
    start = leads[0]
    while start > h + 1 and leads[0] - start < 2 and _width(lines[start - 1]) >= full:
        start -= 1
    between = [line for line in lines[h + 1 : start] if line.strip() and not _LABEL.fullmatch(line.strip())]
    if len(between) < 2 or any(_ENTRY_END.search(line.strip()[-TOC_TAIL:]) for line in between):
        return lines, rows
    order = list(range(h + 1)) + list(range(start, leads[-1] + 1)) + list(range(h + 1, start))
    order += list(range(leads[-1] + 1, len(lines)))
    return [lines[k] for k in order], [rows[k] for k in order]


def _width(line: str) -> float:
    """How wide a line prints: a CJK character (or a full-width mark) one, a Latin letter or digit a half."""
    return sum(1 if east_asian_width(c) in "WFA" else 0.5 for c in line.strip())
