"""Titles a page that lost its line breaks glued to the text they head, set on lines of their own.  Pure.

The text a news lead reprints under its ``《X》全文如下：``:

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

from policykg.loaders import regexes as rx
from policykg.loaders.flat import is_flat
from policykg.loaders.references import ALIAS, FULL_TEXT_AFTER
from policykg.loaders.transmit import QUOTED, TRANSMIT_SENTENCE

__all__ = ["reprinted_titles", "split_glued_titles", "split_reprinted_titles"]

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
    if "如下" not in text or NAMED_FULL_TEXT.search(text) is None:  # (the cheap tests first: no lead names a text)
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


# An attachment printed after the signature on the same line, its title glued to its first sentence (a search
# API's text with no line breaks): ``…附件：1．甲制度2．乙名单某某厅2021年8月17日附件1甲制度为贯彻落实…`` — the
# list names the attachment, so its heading (附件1) and title are set apart from the signature and the text.
#
# 附件：1． / 附件:1. — an attachment list opening on a line, its first item numbered
ATTACHMENT_LIST = re.compile(r"附\s{0,2}件[：:]\s{0,2}(?=1\s{0,2}[．.、])")
# 附件1 / 附件 2 — an attachment's heading printed inside a line, not an item's number (附件1．) nor a label (附件1：)
ATTACHMENT_HEAD = re.compile(r"附\s{0,2}件\s{0,2}(?P<n>\d{1,2})(?![\d．.、：:])")
MAX_ITEMS = 20  # items an attachment list is read for
MAX_ITEM = 100  # characters of an item read for its title


def _item_mark(n: int) -> re.Pattern[str]:
    """2． / 2. / 2、 — item ``n``'s number (not the end of a longer one: 12．)."""
    return re.compile(r"(?<!\d)" + str(n) + r"\s{0,2}[．.、]\s{0,2}")


def _listed_items(line: str, start: int) -> tuple[list[str], int]:
    """The items of the attachment list opening at ``start`` (each as far as the next item's number, the last
    ``MAX_ITEM`` characters on) and where the last item starts."""
    items: list[str] = []
    m = _item_mark(1).match(line, start)
    at = m.end() if m else start
    for n in range(2, MAX_ITEMS + 1):
        nxt = _item_mark(n).search(line, at, at + MAX_ITEM)
        if nxt is None:
            break
        items.append(line[at : nxt.start()])
        at = nxt.end()
    items.append(line[at : at + MAX_ITEM])
    return items, at


def split_glued_attachments(line: str) -> list[str]:
    """``line`` cut before each attachment it prints glued to the signature (``…2021年8月17日附件1甲制度为…`` →
    ``…2021年8月17日``, ``附件1``, ``甲制度``, ``为…``) when the line's attachment list names that title; else
    [line]."""
    listed = ATTACHMENT_LIST.search(line) if "附" in line else None
    if listed is None:
        return [line]
    items, at = _listed_items(line, listed.end())
    pieces: list[str] = []
    done = 0
    for head in ATTACHMENT_HEAD.finditer(line, at):
        n = int(head.group("n"))
        if not 1 <= n <= len(items) or head.start() < done:
            continue
        title = _common_start(items[n - 1], line[head.end() : head.end() + MAX_ITEM])
        rest = line[head.end() + len(title) :]
        if len(title) < 4 or not rest.strip() or rest.startswith(TITLE_GOES_ON) or not rx.TITLE.match(title):
            continue
        pieces += [line[done : head.start()], line[head.start() : head.end()], title]
        done = head.end() + len(title)
    return [p for p in pieces if p.strip()] + [line[done:]] if pieces else [line]


def _common_start(a: str, b: str) -> str:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k]


# 2013年2月4日 / 二〇一〇年十二月二十四日 — a signature's date inside a line, the issued text's title may follow it
DATE_IN_LINE = re.compile(
    r"(?:(?:19|20)\d\d|[〇○零一二]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日\s{0,2}"
)
MIN_ISSUED_TITLE = 6  # characters of an issued text's title (no short name: 《办法》)


def split_issued_after_date(line: str) -> list[str]:
    """``…现将《甲局2012年工作总结》印发给你们，请认真贯彻落实。2013年2月4日甲局2012年工作总结今年以来，…`` — a notice
    whose signature date and the text it issues run on in one line (h206 云和): cut before and after the date and after
    the issued title its sentence names (spaces inside the quoted title ignored) → …落实。| 2013年2月4日 | title | rest.
    [line] when no such title follows a date, and for a whole text flattened onto the line (flat.py cuts that)."""
    m = TRANSMIT_SENTENCE.search(line)
    if m is not None and is_flat(line):
        return [line]
    if m is None:
        return [line]
    titles = {"".join(t.split()) for t in QUOTED.findall(m.group("what"))}
    titles = sorted((t for t in titles if len(t) >= MIN_ISSUED_TITLE), key=len, reverse=True)
    for d in DATE_IN_LINE.finditer(line, m.end()):
        rest = line[d.end() :]
        t = next((t for t in titles if rest.startswith(t) and rest[len(t) :].strip()), None)
        if t is not None and not rest[len(t) :].startswith(TITLE_GOES_ON):
            signed = [p for p in (line[: d.start()], line[d.start() : d.end()].rstrip()) if p.strip()]
            return [*signed, t, rest[len(t) :]]
    return [line]


def split_glued_titles(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the titles glued to what they head set apart (a news lead's reprinted text, an attachment
    glued to the signature), with the 1-based line of ``text`` each line comes from — None when nothing was split."""
    text, origins = split_reprinted_titles(text)
    attachments = "附" in text and ATTACHMENT_LIST.search(text) is not None
    issued = "印发" in text and "日" in text
    if not attachments and not issued:  # (no attachment list, no issuing sentence: nothing to split)
        return text, origins
    raw = text.splitlines(keepends=True)
    out: list[str] = []
    lines_of: list[int] = []
    for no, r in enumerate(raw, 1):
        line = r.rstrip(_LINE_ENDS)
        pieces = split_glued_attachments(line) if attachments and "附" in line else [line]
        if issued and len(pieces) == 1 and "印发" in line and "日" in line:
            pieces = split_issued_after_date(line)
        out += [p + "\n" for p in pieces[:-1]] + [pieces[-1] + r[len(line) :]]
        lines_of += [no] * len(pieces)
    if len(out) == len(raw):
        return text, origins
    return "".join(out), [origins[k - 1] for k in lines_of] if origins else lines_of
