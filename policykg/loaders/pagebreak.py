r"""A title cut by a page break, as a converter writes a printed publication's text, read whole.  Pure.

A title whose first line stands at a page's foot goes on at the next page's top; between its parts the
converter writes the page's furniture: blank lines, the page number (``—7—``, ``- 7 -``, ``第7页``), a form
feed, the next page's running head (the gazette's name).  Read so, the title's first part is a title cut short
and its tail a title of its own.  :func:`join_titles_over_page_breaks` joins the tail onto the line that opens
the title and blanks the lines it took, the furniture staying where it stands, so every line keeps its number
(pdftotext ``-layout`` and PDFium's plain text alike: a form feed at a line's start or in a line's middle).

>>> t = "某市公报\n甲市人民政府关于进一步加强\n\n— 7 —\n\f某市公报\n\n新闻宣传工作的通知\n各区：\f某市公报\n甲\f某市公报"
>>> join_titles_over_page_breaks(t).split("\n")[1:7]
['甲市人民政府关于进一步加强新闻宣传工作的通知', '', '— 7 —', '\x0c某市公报', '', '']
"""

from __future__ import annotations

import re
from collections import Counter

from policykg.loaders import regexes as rx
from policykg.loaders.segment import TITLE_GOES_ON, body_name_alone

MAX_GAP = 8  # lines of page furniture between a title's two parts
MAX_TAIL = 4  # lines of the title's tail on the next page
MAX_TITLE = 150  # characters of a title joined
MAX_OPENER, MIN_OPENER = 60, 4  # characters of the line that opens the title
MAX_RUNNING = 40  # characters of a running head
MIN_RUNNING = 3  # times a running head stands in the text
_NOT_IN_TITLE = re.compile(r"[。；;！？!?：:，,]")  # a sentence's marks: no title line holds one
_SEPARATOR = re.compile(r"(\n|\f)")
# a contents line's dots to its page number, a date, a doc number, a site's menu: no line of a title's opening
_NOT_OPENING = re.compile(r"…|[·.．]{3}|\d\s*年\s*\d{1,2}\s*月|〔|\[|【|\|")


def join_titles_over_page_breaks(text: str) -> str:
    """``text`` with each title cut by a page break joined onto the line that opens it (a line that starts like
    a title and ends neither like a sentence nor like a title, then only page furniture with a page number or a
    form feed among it, then up to MAX_TAIL lines of which the last ends as a title does); the tail's lines are
    left blank, so line numbers stay."""
    pieces = _SEPARATOR.split(text)
    lines = [p.strip() for p in pieces[0::2]]
    running = _running_heads(lines, pieces)
    repeated = Counter(lines)
    out = pieces[0::2]
    for i, s in enumerate(lines):
        if repeated[s] >= MIN_RUNNING:  # (a running head opens no title)
            continue
        whole = _opens_title(s, lines, i, ended=True) and not _opens_title(s, lines, i)
        if not whole and not _opens_title(s, lines, i):
            continue
        tail = _tail_after_page_break(lines, pieces, i, running)
        if tail and any(repeated[lines[k]] >= MIN_RUNNING for k in tail):  # a running head, not a title's tail
            continue
        if tail is None or (whole and not (len(tail) == 1 and TYPE_TAIL.match(lines[tail[0]]))):
            continue  # (a line that ends as a title does goes on only with a bare 的通知 after the break)
        joined = s + "".join(lines[k] for k in tail)
        if _issuer_over_own_title(s, lines[tail[0]]):
            continue
        if len(joined) > MAX_TITLE or not any(mark in joined for mark in TITLE_GOES_ON):
            continue
        out[i] = out[i][: len(out[i]) - len(out[i].lstrip())] + joined  # (its indent kept)
        for k in tail:
            out[k] = ""
            lines[k] = ""
    pieces[0::2] = out
    return "".join(pieces)


# 某市人民政府办公厅发布 — a running head prints words: four Chinese characters in a row (no number, no year alone)
_HEAD_WORDS = re.compile(r"[\u4e00-\u9fff]{4}")
MAX_HEAD_LINES = 2  # lines of a running head under a page number (the publisher's line, the series' line)


def blank_running_heads(text: str) -> str:
    """``text`` with the running heads a PDF prints at each page's top in the body's type blanked: the short lines
    (no sentence's marks) that stand right under a page number (``- 2 -`` / ``某市人民政府办公厅发布`` / ``某市人民政府
    办公厅行政规范性文件`` / the page's text) at least MIN_RUNNING times, blanked wherever they stand (a page the number
    of which the reader lost, the text's top), so no title takes them in and every line keeps its number."""
    pieces = _SEPARATOR.split(text)
    lines = [p.strip() for p in pieces[0::2]]
    tops = [_lines_under(lines, k) for k, s in enumerate(lines) if s and rx.PAGE_ARTEFACT.match(s)]
    counts = Counter(lines[k] for top in tops for k in top)
    running = {s for s, n in counts.items() if n >= MIN_RUNNING}
    if not running:
        return text
    pieces[0::2] = ["" if s in running else p for s, p in zip(lines, pieces[0::2])]
    return "".join(pieces)


def _lines_under(lines: list[str], k: int) -> list[int]:
    """The first MAX_HEAD_LINES non-blank lines under line ``k`` that a running head may be: short, in words, no
    sentence's marks."""
    found: list[int] = []
    for j in range(k + 1, min(len(lines), k + 1 + MAX_GAP)):
        if len(found) == MAX_HEAD_LINES:
            break
        s = lines[j]
        if not s:
            continue
        if len(s) > MAX_RUNNING or _NOT_IN_TITLE.search(s) or not _HEAD_WORDS.search(s):
            break
        found.append(j)
    return found


def _issuer_over_own_title(opener: str, first: str) -> bool:
    """A body's name alone over a title that names its own issuer (``河南省濮阳市人民政府办公室`` / ``- 3 -`` /
    ``濮阳市人民政府办公室关于…``): a red head over the title, not the title's first line."""
    cut = first.find("关于")
    return cut > 0 and not opener.startswith(TITLE_GOES_ON) and "关于" not in opener and _starts_title(first)


def _running_heads(lines: list[str], pieces: list[str]) -> set[str]:
    """The short lines that stand at least MIN_RUNNING times next to a form feed: a gazette's name over its pages."""
    counts = Counter(
        s
        for k, s in enumerate(lines)
        if s and len(s) <= MAX_RUNNING and "\f" in pieces[max(0, 2 * k - 1) : 2 * k + 2 : 2]
    )
    return {s for s, n in counts.items() if n >= MIN_RUNNING and not rx.TITLE_END.search(s)}


# 的通知 / 的实施意见 — a title's tail that is its document type alone after 的: what goes before it, though it ends
# as a title does (…印发某镇自然灾害救助应急预案 / - 1 - / 的通知), is cut short
TYPE_TAIL = re.compile(r"^的[\u4e00-\u9fff]{1,6}$")


def _opens_title(s: str, lines: list[str], i: int, *, ended: bool = False) -> bool:
    """Line ``i`` opens a title left unfinished: it ends neither as a sentence nor as a title (``ended``: or as a
    title, for a tail of :data:`TYPE_TAIL`), and it or one of the title lines just above it starts like a title
    (关于 / 印发 / 《 …, a body's name before 关于, a body's name alone)."""
    if not _title_part(s) or (rx.TITLE_END.search(s) and not ended) or s.count("《") < s.count("》"):
        return False
    for k in range(i, max(-1, i - MAX_TAIL), -1):
        if not _title_part(lines[k]):
            return False
        if _starts_title(lines[k]):
            return True
    return False


def _title_part(s: str, least: int = MIN_OPENER) -> bool:
    """A line a title may print: not too long, no sentence's marks, none of :data:`_NOT_OPENING`, no page number."""
    return (
        least <= len(s) <= MAX_OPENER
        and not _NOT_IN_TITLE.search(s)
        and not _NOT_OPENING.search(s)
        and not rx.PAGE_ARTEFACT.match(s)
    )


def _starts_title(s: str) -> bool:
    """关于… / 印发… / 《…, a body's name then 关于, or a body's name alone."""
    if s.startswith(TITLE_GOES_ON):
        return True
    cut = s.find("关于")
    return body_name_alone((s[:cut] if cut > 0 else s).replace(" ", ""))


def _tail_after_page_break(lines: list[str], pieces: list[str], i: int, running: set[str]) -> list[int] | None:
    """The lines of a title's tail after line ``i``: past blank lines, page numbers and running heads with a page
    break among them (a form feed or a page number), up to MAX_TAIL lines without a sentence's marks, the last
    ending as a title does; None when the lines after ``i`` are not so."""
    k, broken = i + 1, False
    while k < len(lines) and k <= i + MAX_GAP:
        s = lines[k]
        if pieces[2 * k - 1] == "\f":
            broken = True
        if s and rx.PAGE_ARTEFACT.match(s.lstrip("# ")):
            broken = True
        elif s and s not in running:
            break
        k += 1
    if not broken or k >= len(lines) or k > i + MAX_GAP:
        return None
    tail: list[int] = []
    while k < len(lines) and len(tail) < MAX_TAIL and lines[k] and _title_part(lines[k], 1):
        tail.append(k)
        if rx.TITLE_END.search(lines[k]):
            return tail
        k += 1
    return None
