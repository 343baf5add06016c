"""The text a news lead reprints under its ``《X》全文如下：``, its title set on a line of its own.  Pure.

A ministry's news item publishes a text in full: a lead (``…发布了《新一代X规范》(以下简称《规范》)…《规范》全文
如下：``), then the text, its title first.  A page that lost its layout glues that title to the text's first
sentence (``新一代X规范为深入贯彻…``); the title the lead names is the one printed below, so it is set apart
again, and the line holding it alone is the text's title however it ends (``X原则——发展负责任的Y``: no document
type ends it).

>>> text = "甲委员会发布了《乙规范》（以下简称《规范》）。《规范》全文如下：\\n乙规范为加强管理，制定本规范。\\n"
>>> split_reprinted_titles(text)
('甲委员会发布了《乙规范》（以下简称《规范》）。《规范》全文如下：\\n乙规范\\n为加强管理，制定本规范。\\n', [1, 2, 2])
>>> sorted(reprinted_titles("甲委员会发布了《乙规范》（以下简称《规范》）。《规范》全文如下："))
['乙规范', '规范']
"""

from __future__ import annotations

import re

from policykg.loaders.references import ALIAS, FULL_TEXT_AFTER

__all__ = ["reprinted_titles", "split_reprinted_titles"]

# 《规范》全文如下： / 《X》，全文如下 / 《X》现将全文刊发如下： — a lead's last words naming the text printed below
NAMED_FULL_TEXT = re.compile(r"《(?P<title>[^《》\n]{2,80})》" + FULL_TEXT_AFTER.pattern + r"[：:]?[ \t\u3000]*")
# 《新一代X规范》(以下简称《规范》) — a title the lead gives a short name (ALIAS reads the bracket after it)
TITLE_MENTION = re.compile(r"《(?P<title>[^《》\n]{2,80})》")
LEAD_LINES = 20  # lines of the lead read above its last words
ALIAS_CHARS = 60  # characters after a title read for the short name given it
LEAD_CHARS = 3000  # characters of the lead, above its last words, read for the short names it defines
# （试行）/ ——副标题 / 》 / 的 — what a title's own words go on with: no first sentence glued to it
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines ends a line at
TITLE_GOES_ON = tuple("（(《》—-－:：、，,的")


def reprinted_titles(lead: str) -> set[str]:
    """The titles a lead ending in ``《X》全文如下：`` names the text below by: X, and the title X is the short name
    of (``《新一代X规范》(以下简称《规范》)``).  Empty when the lead names no text so."""
    found = list(NAMED_FULL_TEXT.finditer(lead))
    m = found[-1] if found else None
    if m is None or lead[m.end() :].strip():
        return set()
    named = m.group("title")
    titles = {named}
    for t in TITLE_MENTION.finditer(lead, max(0, m.start() - LEAD_CHARS), m.start()):
        alias = ALIAS.match(lead[t.end() : t.end() + ALIAS_CHARS])  # (ALIAS opens with ^)
        if alias and alias.group("alias") == named:
            titles.add(t.group("title"))
    return titles


def split_reprinted_titles(text: str) -> tuple[str, list[int] | None]:
    """(``text`` with the title a lead's ``《X》全文如下：`` names set apart from the first sentence glued to it, the
    1-based line of ``text`` each line comes from — None when nothing was split, nearly every text).  The title
    may follow the lead on its line (…全文如下：新一代X规范为…) or open the next one."""
    if "如下" not in text or "《" not in text:  # (the cheap test first)
        return text, None
    raw = text.splitlines(keepends=True)  # (the parser's lines: a form feed ends one too)
    lines = [r.rstrip(_LINE_ENDS) for r in raw]
    out: list[str] = []
    origins: list[int] = []
    changed = False
    below: set[str] = set()  # the titles the line above named as the text printed under it
    for no, line in enumerate(lines, 1):
        pieces = [line]
        if "如下" in line:
            m = next(
                (m for m in NAMED_FULL_TEXT.finditer(line) if _glued_title(line[m.end() :], line[: m.end()])), None
            )
            if m is not None:
                pieces = [line[: m.end()], *_split(line[m.end() :], reprinted_titles(line[: m.end()]))]
        elif below and line.strip():
            pieces = _split(line, below)
        if len(pieces) > 1:
            changed = True
            out += [p + "\n" for p in pieces[:-1]]
        out.append(pieces[-1] + raw[no - 1][len(line) :])
        origins += [no] * len(pieces)
        if line.strip():
            lead = "\n".join(lines[max(0, no - LEAD_LINES) : no])[-LEAD_CHARS - 100 :]
            below = reprinted_titles(lead) if "如下" in line else set()
    if not changed:
        return text, None
    return "".join(out), origins


def _glued_title(rest: str, lead: str) -> bool:
    return bool(rest.strip()) and len(_split(rest, reprinted_titles(lead))) > 1


def _split(line: str, titles: set[str]) -> list[str]:
    """[title, rest] when ``line`` opens with one of ``titles`` glued to a first sentence, else [line]."""
    s = line.lstrip(" \t\u3000")
    for t in sorted(titles, key=len, reverse=True):
        rest = s[len(t) :]
        if s.startswith(t) and rest.strip() and not rest.startswith(TITLE_GOES_ON):
            return [line[: len(line) - len(s)] + t, rest]
    return [line]
