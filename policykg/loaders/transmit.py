"""Transmitted texts: what a transmitting notice passes on, and where that text's title is printed.

A notice 关于印发《X》的通知 transmits X, printed below the notice's own text.  This module reads
the titles a notice names (from its title, else from its first sentence) and finds the lines
below it that print one of them; :mod:`policykg.loaders.segment` turns those into documents.
"""

from __future__ import annotations

import re

from policykg.keys import loose_title_key
from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact
from policykg.loaders.models import Line

# 现将《X》印发给你们 / 《A》和《B》已经市政府同意，现印发给你们 — the sentence that transmits
TRANSMIT_SENTENCE = re.compile(
    r"(?:^|[。：:])(?:现将)?(?P<what>(?:《[^《》]{2,80}》[和、及与]?){1,6})(?:[（(][^）)]{0,30}[）)])?"
    r"(?:已经[^。；]{0,40}?[，,])?(?:现)?(?:予以)?(?:印发|转发|下发)(?:给|至)?你们"
)
# The rest of a notice's sentence after 《X》: 已经…同意 / 现印发给你们 / 印发给你们 …
BODY_CONTINUATION = re.compile(r"^(?:已经|已|现将|现印发|现予|印发|予以|，|。|,|的|等|和|及)")
# 《X》 — a quoted title (the titles a notice lists)
QUOTED = re.compile(r"《([^《》]+)》")
# 等3个文件 / 等两项办法 — "and N more": the title names only the first of several texts
AND_MORE = re.compile(r"等[\d一二三四五六七八九十两]+(?:个|项|份|部)")
# a year before a title: 2024年河南省… (a notice may name the text with or without it)
YEAR_PREFIX = re.compile(r"^(?:19|20)\d\d年")
# a trailing qualifier: …（2023—2025年）
TRAILING_QUALIFIER = re.compile(r"[（(][^（）()]{1,20}[）)]$")


def _head(body_lines: list[str]) -> str:
    """The first lines of a notice's text, joined without spaces (its first sentence is there)."""
    return "".join(compact(x) for x in body_lines[:6])


def _book_marks(t: str) -> str:
    return t.replace("〈", "《").replace("〉", "》")


def named_texts(title: str, body_lines: list[str]) -> list[str]:
    """Titles a transmitting notice names, as written (see ``segment.transmitted_titles``).

    >>> named_texts("关于印发《A办法》《B细则》的通知", [])
    ['A办法', 'B细则']
    >>> named_texts("关于做好X工作的通知", ["现将《Y方案》印发给你们，请认真贯彻执行。"])
    ['Y方案']
    """
    m = rx.TRANSMIT_TITLE.search(title)
    if not m:
        # 现将《X》印发给你们 / 《A》《B》已经…同意，现印发给你们: a notice transmits whatever its title says
        b = TRANSMIT_SENTENCE.search(_head(body_lines))
        return [_book_marks(t) for t in QUOTED.findall(b.group("what"))] if b else []
    what = m.group("what") or m.group("quoted")
    if what is None:  # 批转省经贸委、纺织总会关于X的通知 → 关于X
        approved = m.group("approved")
        what = approved[approved.find("关于") :] if "关于" in approved else approved
    out = QUOTED.findall(what) or [what.strip('“”"')]
    if len(out) == 1 and AND_MORE.search(out[0]):
        out = _listed_in_body(out[0], body_lines)
    return [_book_marks(o) for o in out if o]


def _listed_in_body(named: str, body_lines: list[str]) -> list[str]:
    """关于印发X等3个文件的通知: the texts listed in the first sentence, else X alone."""
    head = _head(body_lines)
    listed = QUOTED.findall(head.split("印发给你们")[0]) if "印发" in head else []
    return listed or [re.sub(AND_MORE.pattern + ".*$", "", named)]


def find_title_lines(
    nb: list[Line], title: str, lo: int, hi: int, toc: set[int], *, max_lines: int
) -> tuple[int, int] | None:
    """Lines [s, e] within [lo, hi) whose joined text is ``title`` (ignoring spaces, quotes, a year prefix)."""
    key = loose_title_key(title)
    if len(key) < 4:
        return None
    alt = YEAR_PREFIX.sub("", key)
    bare = TRAILING_QUALIFIER.sub("", key)  # without its qualifier (2023—2025年)
    for s in range(lo, hi):
        if s in toc:
            continue
        first = loose_title_key(nb[s].text)
        if not first or not (key.startswith(first) or alt.startswith(first) or first.startswith(bare)):
            continue
        e = _title_end(nb, s, min(s + max_lines, hi), key, alt, bare)
        if e is not None:
            return s, e
    return None


def _title_end(nb: list[Line], s: int, stop: int, key: str, alt: str, bare: str) -> int | None:
    """The last line of a title starting at line ``s`` (at most up to ``stop``), or None."""
    joined = ""
    for e in range(s, stop):
        joined += loose_title_key(nb[e].text)
        if joined in (key, alt, bare) or (
            joined.startswith(key)
            and len(joined) - len(key) <= 8
            and re.fullmatch(r"[（(].{0,6}[）)]", joined[len(key) :] or "()")
        ):
            # not a sentence that merely starts with the title: next line must not continue it
            if rx.SENTENCE_END.search(nb[e].text):
                return None
            if e + 1 < len(nb) and BODY_CONTINUATION.match(compact(nb[e + 1].text)):
                return None  # 《X》 / 已经省政府同意，现印发给你们: the notice's own sentence
            return e
        if not (key.startswith(joined) or alt.startswith(joined)):
            return None
    return None
