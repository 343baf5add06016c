"""A law database's record under each title of a compilation: the fields a compiler copied with the text.

A compilation assembled from a law database (北大法宝 and the like) prints, under each document's
title, the database's record one field a line::

    国务院办公厅关于上市公司独立董事制度改革的意见
    时效性： 现行有效
    发文机关： 国务院办公厅
    文号： 国办发〔2023〕9 号
    发文日期： 2023 年 04 月 07 日
    施行日期： 2023 年 04 月 07 日
    效力级别： 国务院规范性文件
    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

Read as text, the block would stand between the title and the document (no segmenter rule expects
it) and, among a page's first lines, pass for the page's own metadata table.  :func:`take_records`
takes each block out of the text before it is parsed — the number stays on the block's first line,
where a document's number stands, every other field line goes blank, so line numbers keep — and
:func:`apply_records` gives the documents the fields their text left open.

>>> text, records = take_records("关于X的通知\\n时效性： 现行有效\\n发文机关： 某某部\\n文号： 某发〔2023〕2 号\\n"
...                              "发文日期： 2023 年 01 月 13 日\\n各有关单位：")
>>> text.splitlines()
['关于X的通知', '某发〔2023〕2 号', '', '', '', '各有关单位：']
>>> records[0]
Record(2-5 某发〔2023〕2 号 某某部 2023-01-13)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from policykg.loaders import regexes as rx
from policykg.loaders.clean import clean_line, compact
from policykg.loaders.metadata import level_and_jurisdiction, parse_date, parse_doc_number
from policykg.loaders.models import DocNumber, ParsedDocument
from policykg.ontology.agencies import AgencyRegistry
from policykg.ontology.agencies.patterns import issuers_then

__all__ = ["Record", "apply_records", "take_records"]

# 时效性： 现行有效 / 发文机关： 国务院办公厅 / 文号： 国办发〔2023〕9 号 — one field of a record, alone on its line
RECORD_FIELD = re.compile(
    r"^[ \t\u3000]*(?P<label>时效性|发文机关|发布机关|制定机关|颁布机关|发文字号|文号|发文日期|发布日期|公布日期|"
    r"颁布日期|施行日期|实施日期|生效日期|效力级别|效力位阶|法规类别)[ \t\u3000]*[：:][ \t\u3000]*(?P<value>[^\n\r]{0,120}?)[ \t\u3000]*$"
)
# Fields only a law database prints: a block holding none of them is a portal's table (see portal.py)
DATABASE_LABELS = frozenset({"时效性", "效力级别", "效力位阶"})
MIN_FIELDS = 3
NUMBER_LABELS = ("文号", "发文字号")
ISSUER_LABELS = ("发文机关", "发布机关", "制定机关", "颁布机关")
DATE_LABELS = ("发文日期", "公布日期", "发布日期", "颁布日期")
EFFECTIVE_LABELS = ("施行日期", "实施日期", "生效日期")
MAX_TITLE_LEN = 160  # a longer line is text, not a title
MAX_TITLE_LINES = 4  # from a document's first title line to its record


@dataclass(frozen=True)
class Record:
    """One record: the line numbers of its first and last field, and the fields read."""

    first: int
    last: int
    number: str | None
    issuers: str | None
    date: str | None
    effective: str | None
    above: int = 0  # the nearest printed line above the record (its title's, past blank lines)

    def __repr__(self) -> str:
        return f"Record({self.first}-{self.last} {self.number} {self.issuers} {self.date})"


def take_records(text: str) -> tuple[str, tuple[Record, ...]]:
    """``text`` without its records (the number kept on each record's first line, the other field
    lines blank; line breaks unchanged) and the records, in order."""
    if "时效性" not in text and "效力" not in text:  # nearly every text: no record
        return text, ()
    lines = text.splitlines(keepends=True)
    records: list[Record] = []
    i = 0
    while i < len(lines):
        fields, j = _fields_from(lines, i)
        if _is_record(fields):
            records.append(replace(_record(fields, i + 1, j), above=_printed_above(lines, i) + 1))
            number = next((fields[k] for k in NUMBER_LABELS if fields.get(k)), "")
            printed = bool(number) and _number_printed_by(
                lines, i, j, number, floor=records[-2].last if len(records) > 1 else 0
            )
            if printed:
                number = ""  # (printed alone over the title or under the record already: no second copy of it)
            for k in range(i, j):
                lines[k] = _keep_break(lines[k], number if k == i else "")
            if i > 0:
                _join_title_around(lines, _printed_above(lines, i), j)
            if i > 0 and not number and not printed:
                k = _printed_above(lines, i)
                _join_wrapped_title(lines, k)
                lines[k] = _title_heading(lines[k])
            i = j
        else:
            i += 1
    return "".join(lines), tuple(records)


NUMBER_NEAR_ABOVE = 5  # printed lines over a record that may hold its text's own number (number / issuer / title)
NUMBER_NEAR_BELOW = 3  # printed lines under a record that may hold it (the page's own number line under its furniture)
NEAR_RAW_LINES = 16  # lines of any kind (blank ones between) searched either way


def _number_printed_by(lines: Sequence[str], i: int, j: int, number: str, *, floor: int) -> bool:
    """The record's number (its field lines from index ``i`` to ``j``, exclusive) is printed alone on a line of its
    text already: a few printed lines over it, over the title (某卫健发〔2023〕1号 / 某市卫生健康委关于印发 / X的通知 / the
    record: a database's copy of a page keeps the page's number line), never past another record (``floor``, the line
    after the record above); or right under it, where the page's own head follows (the record / 某府办[2005]42号 /
    关于X的通知 / addressee).  Put on the record's line again it would read as a second number, a second document's."""
    want = _number_alone(number)
    if not want:
        return False

    def holds(k: int) -> bool:
        return "号" in lines[k] and _number_alone(lines[k]) == want

    seen, k = 0, i - 1
    while k >= max(floor, i - NEAR_RAW_LINES) and seen < NUMBER_NEAR_ABOVE:
        if lines[k].strip():
            if RECORD_FIELD.match(lines[k].rstrip("\r\n")) or holds(k):
                return not RECORD_FIELD.match(lines[k].rstrip("\r\n"))
            seen += 1
        k -= 1
    seen, k = 0, j
    while k < min(len(lines), j + NEAR_RAW_LINES) and seen < NUMBER_NEAR_BELOW:
        if lines[k].strip():
            if RECORD_FIELD.match(lines[k].rstrip("\r\n")):
                return False
            if holds(k):
                return True
            seen += 1
        k += 1
    return False


# spaces and the brackets a number line may stand in: （某发[2008]3号） / 某发〔2008〕 3 号 are one number
_NUMBER_LINE_MARKS = re.compile(r"[\s\u3000（）()〔〕\[\]［］【】]")


def _number_alone(line: str) -> str:
    """The doc number a line prints alone (maybe bracketed, spaced), in one form; "" for any other line (a title
    with its number on it, a label before it: not the copy a record's number would repeat)."""
    text = clean_line(line.strip())[0]
    return (
        _NUMBER_LINE_MARKS.sub("", text) if parse_doc_number(text) is not None and len(text) <= MAX_NUMBER_LINE else ""
    )


MAX_NUMBER_LINE = 40  # characters of a number line (a longer line is a title or a sentence)


def _is_record(fields: dict[str, str]) -> bool:
    """The fields read are a law database's record: at least MIN_FIELDS with one only a database prints, or
    just two that only a database prints (时效性： 现行有效 / 效力级别： …, the record of a text that has no
    number, issuer or date of its own)."""
    own = DATABASE_LABELS & fields.keys()
    return bool(own) and (len(fields) >= MIN_FIELDS or len(own) >= 2)


def _fields_from(lines: Sequence[str], i: int) -> tuple[dict[str, str], int]:
    """The fields of the run of field lines starting at index ``i``, and the index after the run."""
    fields: dict[str, str] = {}
    last = None
    j = i
    while j < len(lines):
        spaced = False
        if last and (k := _past_gap(lines, j)) != j and k < len(lines):  # a blank line after each (pdf layout)
            wrapped = len(fields) >= 2 and _continues(lines, k, spaced=True)  # (a double-spaced block's value)
            if RECORD_FIELD.match(lines[k].rstrip("\r\n")) is None and not wrapped:
                break
            j, spaced = k, True
        m = RECORD_FIELD.match(lines[j].rstrip("\r\n"))
        if (
            m is None and last and _continues(lines, j, spaced=spaced)
        ):  # 发文机关： 甲,乙,丙 / 丁,戊: a value wrapped over lines
            fields[last] += lines[j].strip()
            j += 1
            continue
        if m is None or m.group("label") in fields:
            break
        last = m.group("label")
        fields[last] = m.group("value")
        j += 1
    return fields, j


def _continues(lines: Sequence[str], j: int, *, spaced: bool = False) -> bool:
    """Line ``j`` goes on with the field above: no label of its own, and a field follows it (past a blank
    line in a ``spaced`` block, pdf layout)."""
    text = lines[j].strip()
    return (
        bool(text)
        and "：" not in text
        and ":" not in text
        and (k := _past_gap(lines, j + 1) if spaced else j + 1) < len(lines)
        and RECORD_FIELD.match(lines[k].rstrip("\r\n")) is not None
    )


MAX_GAP = 4  # blank lines and a page number between two lines of a record (pdf layout)


def _gap_line(line: str) -> bool:
    """A blank line or a page's number (- 12 -) between two printed lines (pdf layout)."""
    s = line.strip()
    return not s or rx.PAGE_ARTEFACT.match(s) is not None


def _past_gap(lines: Sequence[str], j: int) -> int:
    """The index of the first printed line from ``j`` on, past up to MAX_GAP blank lines and a page number
    (a record converted from PDF, a blank line after each of its lines); ``j`` when there are more."""
    for k in range(j, min(j + MAX_GAP + 1, len(lines))):
        if not _gap_line(lines[k]):
            return k
    return j if j + MAX_GAP + 1 < len(lines) else len(lines)


def _printed_above(lines: Sequence[str], i: int) -> int:
    """The index of the nearest printed line above index ``i`` (past blank lines, pdf layout), ``i - 1``
    when none is near."""
    for k in range(i - 1, max(-1, i - 1 - MAX_GAP - 1), -1):
        if not _gap_line(lines[k]):
            return k
    return i - 1


# 。 / ； / ： — a line ending so is a sentence or a label, never a title standing over a record
_NOT_TITLE_END = ("。", "；", ";", "：", ":")


def _title_heading(line: str) -> str:
    """The line right above a record, marked as a Markdown title (``# 关于X的通知``): a law database prints its
    record under each document's title, so that line is a title even where no number, addressee or date line
    follows to anchor it (a compilation copied from a law database, its notices and plans without a number)."""
    body = line.strip()
    if not body or body.startswith("#") or body.endswith(_NOT_TITLE_END) or len(body) > MAX_TITLE_LEN:
        return line
    return "# " + line.lstrip()


MAX_WRAPPED_LINE = 40  # characters of one line of a title wrapped over lines (a longer line is text)
# （二）地方政策 / 12. / 一、 / 第一部分 — a heading or an item's number above a title, never a piece of it
_ABOVE_TITLE = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,4}部分)"
)


def _join_wrapped_title(lines: list[str], k: int) -> None:
    """A title wrapped over a few lines right above a record (关于印发某市三年行动计划 / （2023—2025年）的通知, no
    blank line between, or a blank line between each, as a page prints a long title): its lines joined into its
    last line ``k``, the others left blank.  The block goes up through short lines only, none a sentence, a
    date, a heading or an item's number; over a blank line only through a line that :func:`_gapped_piece` takes."""
    top = k
    pieces = [clean_line(lines[k].strip())[0]]
    while len(pieces) < MAX_TITLE_LINES and top > 0:
        up_at = _printed_above(lines, top)
        up = lines[up_at].strip() if up_at >= 0 else ""
        c = clean_line(up)[0] if up else ""
        if not c or len(c) > MAX_WRAPPED_LINE or c.endswith(_NOT_TITLE_END) or _ABOVE_TITLE.match(c):
            break
        if rx.DATE_LINE.match(c.replace(" ", "")) or rx.SENTENCE_END.search(c):
            break
        if not _title_piece(c, lines[k]) and not _issuers_over_about(c, lines[k]):
            break
        if _breadcrumb(c):
            break
        if up_at < top - 1 and not _gapped_piece(c, "".join(pieces)):
            break
        pieces.insert(0, c)
        top = up_at
    if top == k:
        return
    joined = "".join(lines[x].strip() for x in range(top, k + 1) if lines[x].strip())
    for x in range(top, k):
        lines[x] = _keep_break(lines[x], "")
    lines[k] = _keep_break(lines[k], joined)


MIN_GAPPED_PIECE = 8  # characters of a title's piece a blank line over the rest (a shorter line is a page's word)


def _gapped_piece(c: str, below: str) -> bool:
    """``c``, a blank line over ``below`` (the title's lines under it, joined), is a piece of that title: the
    issuers over its 关于 line (某县人民政府 / 关于X的 / 通知), or, while no 关于 starts the title yet, a line holding
    关于 (关于印发 / 《X》 / 的通知) or one as long as a wrapped title's line (not 详情 or 第一章 over a title) — never a
    number or a line over a title that already starts (某政发2016 52 / 某县人民政府 / 关于X的 / 通知), a line of words
    set apart (展开频道 收起频道) or a body's name alone over a title without 关于 (某省人大常委会 / 某省某某条例: the
    byline a law database prints over a law's title), nor any line over a whole title (某市某某管理办法, a place
    starting it and its type ending it: a column's name over it)."""
    if "关于" in below:
        return _issuers_over_about(c, below)
    if "关于" in c:
        return True
    if rx.PLACE_AT_START.match(below) and rx.TITLE_END.search(below):
        return False
    names = "".join(c.split())
    return len(c) >= MIN_GAPPED_PIECE and names == c and not issuers_then(names, lambda t, p: p == len(names))


MAX_TAIL_LINE = 60  # characters of one line of a title's tail under a record (a longer line is text)


def _join_title_around(lines: list[str], k: int, after: int) -> None:
    """A title wrapped around its record (湖南省人民政府办公厅关于加强普通高等学校 / the record / 毕业生就业工作的通知:
    a database copy that set its record under the title's first line): the title's head on line ``k`` holds 关于
    and ends no title, or names only the issuers of the 关于… line under the record (某县人民政府 / the record /
    关于X的通告); the first printed lines past the record (index ``after``, past blank lines) end a title — the
    tail is joined onto the head, its lines left blank."""
    head = clean_line(lines[k].strip())[0] if 0 <= k < len(lines) else ""
    top = t = _past_gap(lines, after)
    named = "关于" not in head and t < len(lines) and _issuers_over_about(head, clean_line(lines[t].strip())[0])
    if ("关于" not in head and not named) or len(head) > MAX_TITLE_LEN or head.endswith(_NOT_TITLE_END):
        return
    if rx.TITLE_END.search(head) or rx.SENTENCE_END.search(head) or _ABOVE_TITLE.match(head):
        return
    tail = ""
    while t < len(lines) and t - top < MAX_TITLE_LINES - 1:
        c = clean_line(lines[t].strip())[0]
        if not c or len(c) > MAX_TAIL_LINE or ("关于" in c and not (named and t == top)) or rx.SENTENCE_END.search(c):
            return
        if RECORD_FIELD.match(c):
            return
        tail += c if t == top else "".join(c.split())  # (通    知: a type's characters spaced apart)
        if rx.TITLE_END.search(tail):
            break
        t = _past_gap(lines, t + 1)  # (the tail's lines a blank line apart, pdf layout)
    else:
        return
    for x in range(top, t + 1):
        lines[x] = _keep_break(lines[x], "")
    lines[k] = _keep_break(lines[k], lines[k].strip() + tail)


def _title_piece(c: str, last: str) -> bool:
    """``c``, the line above ``last``, is the first piece of a title ``last`` ends: a piece of Chinese text (no
    label, bullet or bracketed note) that ends no title itself (关于印发X行动计划 ends none: no 的 before its type), over a line that starts none (no 关于 on it)."""
    return (
        "关于" not in last
        and ":" not in c
        and "：" not in c
        and re.match(r"[\u4e00-\u9fff《“]", c) is not None
        and ((m := rx.TITLE_END.search(c)) is None or ("关于" in c and c[m.start() - 1 : m.start()] != "的"))
    )


def _breadcrumb(c: str) -> bool:
    """``首页 > 政务公开 > 重点领域`` / ``首页 -> 政务公开 -> 公 告`` — a web page's path to the text copied over its
    title, never a piece of the title."""
    return rx.BREADCRUMB.match(c.replace(" ", "").replace("->", ">")) is not None


def _issuers_over_about(c: str, last: str) -> bool:
    """``c`` names only the issuers of the 关于… title on ``last``, the line under it (中共某省委 某省人民政府 /
    关于X的实施意见: a joint text's issuers set on a line of their own over its title, as a red header prints them)."""
    about = last.strip()
    names = c.replace(" ", "").replace("\u3000", "")
    return about.startswith("关于") and issuers_then(names + "关于", lambda t, p: p == len(names))


def _keep_break(line: str, text: str) -> str:
    body = line.rstrip("\r\n")
    return text + line[len(body) :]


def _record(fields: dict[str, str], first: int, after: int) -> Record:
    def pick(labels: tuple[str, ...]) -> str | None:
        return next((fields[k] for k in labels if fields.get(k)), None)

    date, effective = pick(DATE_LABELS), pick(EFFECTIVE_LABELS)
    return Record(
        first=first,
        last=after,
        number=pick(NUMBER_LABELS),
        issuers=pick(ISSUER_LABELS),
        date=parse_date(clean_line(date)[0]) if date else None,  # 2023 年 04 月 07 日
        effective=parse_date(clean_line(effective)[0]) if effective else None,
    )


def repairs_damaged_number(field: DocNumber | None, read: DocNumber | None, text: str) -> bool:
    """Whether a record's or table's sound number (元政规〔2024〕1号 in a 文号 field) stands for the number read from a
    damaged header line of the same year and serial (元政2024〕1, printed nowhere in ``text`` as read: h192 元谋)."""
    if field is None or read is None or not text or field == read or field.year is None:
        return False
    same = (field.year, field.serial, field.kind) == (read.year, read.serial, read.kind)
    return same and read.text not in compact(text)


def apply_records(
    records: Sequence[Record], docs: Sequence[ParsedDocument], registry: AgencyRegistry, text: str = ""
) -> list[ParsedDocument]:
    """The documents, each given the fields of the record printed under its title where its own text
    leaves them open (a text it issues, inheriting from it, takes them too; ``text``, the page's, where a number
    read from a damaged line yields to the record's, see :func:`repairs_damaged_number`)."""
    out = list(docs)
    for r in records:
        k = _titled(out, r)
        if k is None:
            continue
        out[k] = _filled(out[k], r, registry, text=text)
        for c, d in enumerate(out):
            if d.transmitted_by == k and d.inherits_from_notice:
                out[c] = _filled(d, r, registry, number=False)
    return out


def _titled(docs: Sequence[ParsedDocument], r: Record) -> int | None:
    """The document whose title stands right above the record."""
    near = [
        k
        for k, d in enumerate(docs)
        if 0 < r.first - d.source_line <= MAX_TITLE_LINES or 0 <= r.above - d.source_line < MAX_TITLE_LINES
    ]
    return max(near, key=lambda k: docs[k].source_line) if near else None


def _filled(
    d: ParsedDocument, r: Record, registry: AgencyRegistry, *, number: bool = True, text: str = ""
) -> ParsedDocument:
    changes: dict = {}
    own = parse_doc_number(clean_line(r.number)[0]) if number and r.number else None
    if own is not None and (d.doc_number is None or repairs_damaged_number(own, d.doc_number, text)):
        changes["doc_number"] = own
    if r.issuers:
        names = [n for part in re.split(r"[,，、;；\s]+", r.issuers) if part for n in registry.split_issuers(part)]
        agencies = [registry.resolve(x) or registry.guess(x) for x in names]
        # the record names the issuers the text leaves out, or all of a joint text's (its number's prefix
        # or its title naming the lead body only)
        if agencies and set(d.issuers) < {a.name for a in agencies}:
            level, jurisdiction = level_and_jurisdiction(agencies, number=d.doc_number)
            changes.update(issuers=tuple(a.name for a in agencies), level=level, jurisdiction=jurisdiction)
    if d.date is None and r.date:
        changes["date"] = r.date
    if d.effective_date is None and r.effective:
        changes["effective_date"] = r.effective
    return replace(d, **changes) if changes else d
