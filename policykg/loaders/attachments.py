"""Attachments: the ones a document lists (附件：1. X 2. Y), and the ones printed in full below it.

A printed attachment is a document of its own when the text says so: an approval (关于同意X的批复)
publishes the X it prints (a transmitted text: issuer and date of the approval), an attachment
that ends with its own signature (a report, an expert group's opinion: a name and a date) is its
authors', and one titled as a rule or a plan (…奖补细则, …任务分工方案) with its text under the title is
issued with the document that prints it.  Forms, tables, lists, templates and guides are none of these
and stay part of the document.
:mod:`policykg.loaders.segment` turns what :func:`printed_attachments` finds into spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from policykg.keys import about_key, loose_title_key
from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact
from policykg.loaders.models import Line

MAX_TITLE_LINES = 3
# An approved text is the approval's when its title shares this much with what the approval names.
APPROVED_SHARE = 0.6
MAX_SIGNATURE_LINE = 30  # a name line of a signature is short
MIN_TEXT_LINES = 3  # lines under an attachment's title that make it printed, not only named
# 奖补细则 / 任务分工方案 / 实施办法（试行） — an attachment titled as a rule or a plan is a text issued with the
# document that prints it; forms, tables, lists, standards and guides (申请表, 清单, 名单, 分级标准, 指南) are not
ISSUED_TYPES = (
    "办法",
    "细则",
    "规定",
    "规则",
    "方案",
    "意见",
    "措施",
    "举措",
    "政策",
    "制度",
    "计划",
    "规划",
    "要点",
    "准则",
    "预案",
    "章程",
    "规程",
    "规范",
    "条例",
)
SENTENCE_MARK = re.compile(r"[，。：；,]")
# 深化落实“三个到位” 促进民营经济健康发展、 / 高质量发展行动计划 — a title broken after an enumeration comma goes on
# at the next line (it is whole only with it, see :func:`_title_below`)
TITLE_GOES_ON = re.compile(r"、$")
ISSUED_TITLE_END = re.compile("(?:" + "|".join(ISSUED_TYPES) + ")" + rx.TITLE_QUALIFIER + "$")
# 本实施细则自印发之日起施行 / 本办法自2025年1月1日起实施 — a rule's own commencement clause, naming its genre
OWN_COMMENCEMENT = re.compile(r"^本[\u4e00-\u9fff]{0,6}?(?:" + "|".join(ISSUED_TYPES) + ")[^。；;]{0,12}?自")
MAX_COMMENCEMENT_LINES = 400  # lines of an attachment looked through for its commencement clause


def attachment_titles(body: Sequence[Line]) -> list[str]:
    """Titles of the attachments a document lists (附件：1. X 2. Y …); mentions of them are no references.

    >>> attachment_titles([Line(1, "附件：1. 住房保障绩效评价指标表"), Line(2, "2. 城中村改造绩效评价指标表")])
    ['住房保障绩效评价指标表', '城中村改造绩效评价指标表']
    >>> attachment_titles([Line(1, "附件2-甲省轻微违法行为目录.pdf")])  # a download list
    ['甲省轻微违法行为目录']
    """
    out: list[str] = []
    for i, l in enumerate(body):
        c = compact(l.text)
        if not rx.ATTACHMENT.match(c):
            continue
        first_item = rx.ATTACHMENT_LABEL.sub("", c)
        items = [first_item] if first_item else []
        for nxt in body[i + 1 : i + 12]:
            t = compact(nxt.text)
            if not rx.ITEM_NUMBER.match(t):
                break
            items.append(t)
        for it in items:
            m = rx.ATTACHMENT_ITEM.match(it)
            if m:
                title = rx.FILE_EXTENSION.sub("", rx.ITEM_NUMBER.sub("", m.group("title")))
                out.append(title.strip("《》"))
    return out


@dataclass(frozen=True)
class Printed:
    """An attachment printed in full: its title lines [start, end], the last line of its text, and
    whether the document printing it publishes it (an approval's) or its own signature makes it its
    authors' (indexes into the publication's non-blank lines); ``issued``: a rule or a plan printed with
    its own title and text, issued with the document (by the notice that issues that document, if any)."""

    start: int
    end: int
    last: int
    approved: bool
    issued: bool = False  # printed with its own title and text: issued with the document that prints it


def printed_attachments(
    nb: Sequence[Line], title: str, lo: int, hi: int, *, looks_like_title, toc: set[int]
) -> list[Printed]:
    """The attachments printed in full within lines [lo, hi) of a document titled ``title`` that are
    documents (see the module docstring), in order."""
    listed = attachment_titles(nb[lo:hi])
    marks = [i for i in range(lo, hi) if i not in toc and rx.ATTACHMENT_ALONE.match(compact(nb[i].text))]
    out: list[Printed] = []
    for k, i in enumerate(marks):
        found = _title_below(nb, i, hi, listed, looks_like_title)
        if found is None:
            continue
        last = (marks[k + 1] if k + 1 < len(marks) else hi) - 1
        name = "".join(compact(nb[x].text) for x in range(found[0], found[1] + 1))
        approved = approves(title, name)
        if approved or _signed(nb, found[1], last):
            out.append(Printed(found[0], found[1], last, approved))
        elif ISSUED_TITLE_END.search(name) and _has_text(nb, found[1], last):
            out.append(Printed(found[0], found[1], last, False, issued=True))
    return out


def _title_below(nb: Sequence[Line], i: int, hi: int, listed: list[str], looks_like_title) -> tuple[int, int] | None:
    """The title lines under the 附件 mark at ``i``: they read as a title, or as one the document lists."""
    keys = {loose_title_key(t) for t in listed} | {about_key(t) for t in listed}
    joined = ""
    for e in range(i + 1, min(i + 1 + MAX_TITLE_LINES, hi)):
        c = compact(nb[e].text)
        if rx.ATTACHMENT_ALONE.match(c) or (rx.SENTENCE_END.search(c) and not TITLE_GOES_ON.search(c)):
            return None
        joined += c
        nxt = compact(nb[e + 1].text) if e + 1 < hi else ""
        if loose_title_key(joined) in keys or about_key(joined) in keys:
            return i + 1, e
        if _whole_title(joined, looks_like_title) and not _whole_title(joined + nxt, looks_like_title):
            return i + 1, e
    return None


def _whole_title(text: str, looks_like_title) -> bool:
    """``text`` reads as a title and closes every book mark it opens (…任务分工方案 / 根据《某某行动方案 cut at a
    line's end: the next line is a sentence quoting a title, no part of this one, h137 广州)."""
    return looks_like_title(text) and text.count("《") == text.count("》")


def approves(title: str, name: str) -> bool:
    """An approval (关于同意建立X制度的批复) approves the text ``name`` it prints: X is most of it.

    >>> approves("国务院关于同意建立甲部际联席会议制度的批复", "甲部际联席会议制度")
    True
    >>> approves("国务院关于同意乙市设立新区的批复", "新区界址点坐标表")
    False
    """
    m = rx.APPROVAL_TITLE.search(title)
    if m is None:
        return False
    a, b = loose_title_key(name), loose_title_key(m.group("what"))
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= APPROVED_SHARE * len(a)


def _signed(nb: Sequence[Line], title_end: int, last: int) -> bool:
    """The attachment's text ends with a signature: a short name line, then a date line."""
    while last > title_end and (rx.PUBLICITY_NOTE.match(compact(nb[last].text)) or nb[last].text.startswith("（本文")):
        last -= 1  # （此件公开发布） / （本文有删减） after the signature
    if last - title_end < 3:
        return False
    date, name = compact(nb[last].text), compact(nb[last - 1].text)
    return bool(
        rx.DATE_LINE.match(date)
        and len(name) <= MAX_SIGNATURE_LINE
        and not rx.SENTENCE_END.search(name)
        and not rx.DATE_LINE.match(name)
    )


def _has_text(nb: Sequence[Line], title_end: int, last: int) -> bool:
    """Running text under the attachment's title: lines of it (not a title over an empty page), opening with a
    sentence (根据《X》，制定本细则。) — not a table's column heads (评价项目 / 分值, or cells a tab apart) nor a
    template's headings (一、总体要求 / 1、指导思想)."""
    if last - title_end < MIN_TEXT_LINES:
        return False
    opening = nb[title_end + 1].text + nb[title_end + 2].text
    return "\t" not in opening and SENTENCE_MARK.search(opening) is not None or _commences(nb, title_end, last)


def _commences(nb: Sequence[Line], title_end: int, last: int) -> bool:
    """The attachment's text says when it takes effect, naming itself (本实施细则自印发之日起施行): a rule printed
    in full, though it opens with headings (一、申请条件 / （一）…, h211 广州), not a template or a form."""
    for i in range(max(title_end + 1, last - MAX_COMMENCEMENT_LINES), last + 1):
        c = compact(nb[i].text)
        if OWN_COMMENCEMENT.match(c) and rx.EFFECTIVE.search(c):
            return True
    return False


# 附件：1. X / 附件：（略）1. / 附件（略）： — the head of a numbered list of the attachments a document names
LIST_HEAD = re.compile(r"^附\s*件\s*[:：]?\s*(?:[（(]略[）)]\s*[:：]?\s*)?(?=1\s*[.．、]|$)")
LIST_ITEM = re.compile(r"^(?P<n>\d{1,2})\s*[.．、]\s*")
MAX_LISTED = 30  # items of one attachment list


def attachment_list_lines(nb: Sequence[Line]) -> set[int]:
    """Indexes of the lines of every numbered attachment list (附件：（略）1. / X / 2. / Y … / 6. / 财政部关于印发
    《X》的通知（财库〔2021〕22号）, then the signature, h160 广东 财政厅): each item names an attachment, no
    document starts there. The items run 1, 2, 3 … in order, two at least; an item printed as its number alone
    goes on at the next line."""
    out: set[int] = set()
    for i, l in enumerate(nb):
        head = LIST_HEAD.match(compact(l.text))
        if head is None:
            continue
        rest = compact(l.text)[head.end() :]  # item 1 on the head's line, or nothing
        k, n = (_item_end(nb, i, LIST_ITEM.sub("", rest)) + 1, 2) if rest else (i + 1, 1)
        while k < len(nb) and n <= MAX_LISTED:
            m = LIST_ITEM.match(compact(nb[k].text))
            if m is None or int(m.group("n")) != n:
                break
            k, n = _item_end(nb, k, compact(nb[k].text)[m.end() :]) + 1, n + 1
        if n > 2:
            out |= set(range(i, k))
    return out


def _item_end(nb: Sequence[Line], k: int, rest: str) -> int:
    """The last line of the list item at ``k`` whose text after its number is ``rest``: the next line when the
    number stands alone, and the pieces the cleaner cut from the same source line (a title, then its number)."""
    if not rest and k + 1 < len(nb):
        k += 1
    while k + 1 < len(nb) and nb[k + 1].no == nb[k].no:
        k += 1
    return k
