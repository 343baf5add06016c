"""A doc number or a date cut by a page break, read whole again.  Pure.

A converter prints a page's last line, its foot (page number, a running head) and the next page's first line
one after another: a doc number or a date standing at a page's foot goes on after the page number
(``穗府办规〔202`` / ``- 22 -`` / ``0〕10 号``; ``2023年12`` / ``- 5 -`` / ``月5日``).  :func:`join_cut_numbers` joins the
line the rest stands on onto the line the number starts on, when only the two parts together make a number or a
date, and blanks the line it took (every line keeps its number, as :func:`policykg.loaders.columns.unwrap_columns`
does).

>>> join_cut_numbers("甲市人民政府办公厅\\n穗府办规〔202\\n\\n- 22 -\\n\\n0〕10 号\\n各区人民政府：").split("\\n")
['甲市人民政府办公厅', '穗府办规〔2020〕10 号', '', '- 22 -', '', '', '各区人民政府：']
"""

from __future__ import annotations

import re

from policykg.loaders import regexes as rx

MAX_FOOT = 6  # lines between the two parts: blank lines, the page number, one running head
MAX_HEAD = 30  # characters of a running head (a publication's name and issue) between them
EDGE = 16  # characters of each part looked at around the cut

_D = r"[0-9〇○零一二三四五六七八九十]"
# a doc number's year in brackets and its serial (〔2020〕10 号, [2006] 275 号) or a date (2023 年 12 月 5 日,
# 二〇二三年十二月五日): what a cut may fall inside
_NUMBER_OR_DATE = re.compile(
    r"[〔\[［(（]\s{0,2}(?:19|20)\d\d\s{0,2}[〕\]］)）]\s{0,2}\d{1,5}\s{0,2}号"
    rf"|{_D}{{4}}\s{{0,2}}年\s{{0,2}}{_D}{{1,2}}\s{{0,2}}月\s{{0,2}}{_D}{{1,3}}\s{{0,2}}日"
)


def join_cut_numbers(text: str) -> str:
    """``text`` with each line a page break cut inside a doc number or a date joined onto the line the number
    starts on, the foot between them kept, the line taken left blank (a number cut by a page break, pdf layout)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _page_number(line.strip()):
            continue
        pair = _cut_pair(lines, _parts_near(lines, i, -1), _parts_near(lines, i, 1))
        if pair is not None:
            above, below = pair
            lines[above] = lines[above].rstrip() + lines[below].strip()
            lines[below] = ""
    return "\n".join(lines)


def _page_number(s: str) -> bool:
    """A page's number alone on its line (- 22 -, 22, 第 3 页)."""
    return bool(s) and rx.PAGE_ARTEFACT.match(s) is not None


def _parts_near(lines: list[str], i: int, step: int) -> list[int]:
    """The first two lines holding text from the page number at ``i`` in direction ``step`` (blank lines
    skipped, within MAX_FOOT lines): the part of a cut number, or a running head and then the part."""
    found: list[int] = []
    for k in range(i + step, i + step * (MAX_FOOT + 1), step):
        if 0 <= k < len(lines) and lines[k].strip():
            found.append(k)
            if len(found) == 2:
                break
    return found


def _cut_pair(lines: list[str], above: list[int], below: list[int]) -> tuple[int, int] | None:
    """The line a number starts on and the line its rest stands on: the nearest lines on either side of the
    page number, or one of them past a running head (a short line with no sentence in it)."""
    pairs = [(a, b) for a in above[:1] for b in below[:1]]
    pairs += [(above[0], below[1])] if above and len(below) == 2 and _running_head(lines[below[0]]) else []
    pairs += [(above[1], below[0])] if len(above) == 2 and below and _running_head(lines[above[0]]) else []
    for a, b in pairs:
        if _cut_inside_number(lines[a].rstrip(), lines[b].strip()):
            return a, b
    return None


def _running_head(line: str) -> bool:
    """A page's running head or foot: a short line with no sentence in it (甲市人民政府公报 2023 年第 5 期)."""
    s = line.strip()
    return len(s) <= MAX_HEAD and not re.search(r"[。；！？]", s)


def _cut_inside_number(upper: str, lower: str) -> bool:
    """Whether a doc number or a date runs over the cut between ``upper``'s end and ``lower``'s start, neither
    part holding it whole (…〔202 / 0 号; 2023 年 12 / 月 5 日)."""
    tail, head = upper[-EDGE:], lower[:EDGE]
    return any(m.start() < len(tail) < m.end() for m in _NUMBER_OR_DATE.finditer(tail + head))
