"""Documents flattened onto one line: a crawl that stores each document as one line of text.

Title, doc number, addressee, text, signature and the texts a notice issues all run on in one line.
Such a line is cut where a header's parts meet — title | number, addressee | text, each sentence,
name | date of a signature, a bracketed note, a title | its text's first words — into pieces that
keep the line's number, so segmentation and the header sources read them like printed lines.  Only a
line that opens as a flattened document does (a title run into its number or its addressee, far
longer than a title): a long paragraph of an ordinary text is left whole.

>>> [l.text for l in unflatten([Line(1, "甲省人民政府办公厅关于做好乙工作的通知甲政办发〔2024〕3号各市人民政府："
...     "为落实《丙条例》，现就有关事项通知如下。一、加强组织领导。各地要高度重视。甲省人民政府办公厅2024年3月8日" + "。" * 120)])][:6]
['甲省人民政府办公厅关于做好乙工作的通知', '甲政办发〔2024〕3号', '各市人民政府：', '为落实《丙条例》，现就有关事项通知如下。', '一、加强组织领导。', '各地要高度重视。']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact
from policykg.loaders.models import Line
from policykg.loaders.transmit import ISSUED_NOW, MADE_THEN_ISSUED, QUOTED, TRANSMIT_SENTENCE

__all__ = ["bracketed_stripped_numbers", "is_flat", "unflatten"]


def bracketed_stripped_numbers(text: str) -> str:
    """A crawl that stripped every punctuation mark (a record's title, then 粤府函202382号中山市人民政府…, h178 广东): a
    long line holding no mark at all that opens with a 发文字号 run into its year and serial gets the number's brackets
    again (粤府函〔2023〕82号), so that it reads as the text's number; the numbers its text cites stay as printed."""
    if "号" not in text or len(text) < rx.STRIPPED_MIN_CHARS:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = rx.STRIPPED_NUMBER_FIRST.match(line.strip()) if len(line) >= rx.STRIPPED_MIN_CHARS else None
        if m and "第" not in m.group("prefix") and rx.TEXT_MARKS.search(line) is None:
            lines[k] = f"{m.group('prefix')}〔{m.group('year')}〕{m.group('serial')}号{line.strip()[m.end() :]}"
    return "\n".join(lines)


def is_flat(text: str) -> bool:
    """A line holding a whole document: long, and opening with a title run into its number or addressee."""
    if len(text) < rx.FLAT_MIN_CHARS:
        return False
    head = compact(text[:400])
    return (
        any(_balanced(m.group(0)) for m in (p.match(head) for p in rx.FLAT_HEADS) if m)
        or _title_twice(head) is not None
        or _number_before_title_twice(head) is not None
        or _title_bracketed_number(head) is not None
        or _title_around_metadata(head) is not None
        or _title_addressee(head) is not None
        or _title_posting(head) is not None
        or _title_dated(head) is not None
        or _title_record(head) is not None
        or _title_site(head) is not None
        or _title_table_run(head) is not None
        or _number_bracketed_title(head) is not None
    )


def _title_into_text(text: str, prev: str) -> bool:
    """A long line opening with a title run into its text's first words, no number nor addressee between
    (…专项资金管理办法的通知为进一步加强… / …公示办法第一章总则第一条…, a notice or rule flattened); only
    where the line before ends a text (under a cell of a metadata table, the line is that record's body)."""
    if len(text) < rx.FLAT_MIN_CHARS:
        return False
    if prev and not _ends_a_text(prev):
        return False
    head = compact(text[:400])
    m = next((m for m in rx.FLAT_TITLE_INTO_TEXT.finditer(head[:160]) if rx.TITLE.match(head[: m.end()])), None)
    return m is not None and "，" not in head[: m.end()] and "," not in head[: m.end()] and _balanced(head[: m.end()])


def _decree_run_on(text: str) -> bool:
    """A long line opening with a 令's sentence, signer and date run on (see :data:`~policykg.loaders.regexes.
    FLAT_DECREE_RUN_ON`): the order's text flattened (a search API's record of a provincial 政府令), its rule after
    the date."""
    return len(text) >= rx.FLAT_MIN_CHARS and rx.FLAT_DECREE_RUN_ON.match(compact(text[:400])) is not None


def _ends_a_text(line: str) -> bool:
    """A line after which a new text may start: itself run on, closing a sentence, or a signature's date."""
    c = compact(line)
    return len(c) >= rx.FLAT_MIN_CHARS or c.endswith(("。", "；", "！", "？")) or rx.DATE_LINE.match(c) is not None


def _balanced(head: str) -> bool:
    """A document's head closes every bracket it opens: "…指《X解释》（法释〔2016〕29号" (a definition
    quoting a number) leaves （ open, a title run into its number does not.

    >>> _balanced("关于X（试行）的通知豫政〔2024〕1号"), _balanced("“Y”指《X解释》（法释〔2016〕29号")
    (True, False)
    """
    return head.count("（") + head.count("(") == head.count("）") + head.count(")") and head.count("《") == head.count(
        "》"
    )


def unflatten(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with every flattened document cut into pieces of the same line number."""
    if not any(len(l.text) >= rx.FLAT_MIN_CHARS for l in lines):
        return list(lines)
    out: list[Line] = []
    unmarked = [_without_heading_mark(l) for l in lines]
    whole = {l.no: l.text for l in unmarked}
    # (a crawl's first stored line opens a page as a line right under another does: no text stands above it)
    run_on = _crawl(unmarked)
    prev = FILE_START if run_on else ""
    for l in _spaced_apart(unmarked):
        prev = _line_before(prev, out, l, whole)
        red = rx.FLAT_RED_HEAD.match(l.text) if len(l.text) >= rx.FLAT_MIN_CHARS else None
        if red:  # (某局文件某发〔2021〕3号关于…: the red head a line of its own, the number opening the rest)
            out.append(Line(l.no, red.group("head"), l.heading))
            l = Line(l.no, l.text[red.end() :].lstrip(), l.heading)
        start = _head_after_furniture(l.text)
        flat = is_flat(l.text) or _title_into_text(l.text, prev) or _decree_run_on(l.text)
        if flat and not _marks_furniture(l.text, start):
            out.extend(_title_first(l, pieces(compact(l.text)), prev, run_on))
        elif start:
            c = compact(l.text)
            out.extend([Line(l.no, c[:start], l.heading), *_title_first(l, pieces(c[start:]), prev, run_on)])
        else:
            out.extend(_issued_text_apart(l))
        prev, run_on = l.text, run_on or (out[-1] is not l) or _part_of_crawl_line(l, whole)
    return _titles_in_tables(_titles_after_furniture(out))


# 第一章 总则 / 第一条 — the opening of a printed rule's articles, right after its title
ARTICLES_OPEN = re.compile(r"\s{0,2}第[一1]\s{0,2}[章条]")
# 日 / ） — the end of a signature's date or its note (（此件主动公开）), right before the issued text's title
SIGNATURE_END = re.compile(r"[日）)]\s{0,2}$")
# 2017年1月15日 附件 / …日 附件1： — the signature's date, then the attachment's label over the issued text
SIGNATURE_THEN_LABEL = re.compile(r"日\s{0,2}附件\d{0,2}[：:]?\s{0,2}$")
# 附件 / 附件1： — an attachment's label ending what stands before the issued text's title
ATTACHMENT_LABEL_END = re.compile(r"附件\d{0,2}[：:]?$")
# （征求意见稿） / （征求公众意见稿） / (送审稿) — a draft's stage printed right after the issued text's title
DRAFT_STAGE_NOTE = re.compile(r"\s{0,2}[（(][\u4e00-\u9fff]{0,8}稿[）)]")
SIGNATURE_CHARS = 80  # a signature's name, date and note after a notice's last sentence
ISSUED_SENTENCE_CHARS = 400  # where on the line the notice's sentence issuing the text stands: near its opening


def _issued_text_apart(line: Line) -> list[Line]:
    """某某单位：现将《X》印发给你们，请认真贯彻执行。 某县人民政府 2026年6月9日 （此件主动公开）X 第一章 总则第一条 … →
    notice | X | its articles: the rule a notice issues, printed on the notice's own line after its signature (a page
    stored as one line that opens with the addressee, not as a flattened document: h168 平潭).  Only where the
    title the notice's sentence names stands unquoted after the signature's date or note and before 第一章 / 第一条;
    else ``[line]``."""
    text = line.text
    if len(text) < FLAT_RUN_CHARS or "《" not in text[:ISSUED_SENTENCE_CHARS]:
        return [line]
    head = text[:ISSUED_SENTENCE_CHARS]
    m = next((m for form in (TRANSMIT_SENTENCE, ISSUED_NOW) if (m := form.search(head))), None)
    # (编制完成《X》（见公告附件）: a consultation notice's draft, printed after it under 附件, h216 广州)
    attached = None if m is not None else NAMED_AS_ATTACHED.search(head)
    if m is None and attached is None:
        return [line]
    titles = QUOTED.findall(m.group("what")) if m is not None else [attached.group(1)]
    for title in titles:
        at = text.find(title, (m or attached).end())
        title_end = at + len(title)
        stage = DRAFT_STAGE_NOTE.match(text, title_end) if at > 0 and m is None else None
        if (
            at > 0
            and (
                SIGNATURE_END.search(text[max((m or attached).end(), at - 4) : at])
                or (m is None and SIGNATURE_THEN_LABEL.search(text[max(attached.end(), at - 10) : at]))
            )
            and ARTICLES_OPEN.match(text, stage.end() if stage else title_end)
        ):
            before, rest = text[:at].rstrip(), text[at + len(title) :].strip()
            label = ATTACHMENT_LABEL_END.search(before)
            labels = [label.group(0)] if label else []  # (附件 over the draft: a line of its own)
            before = before[: label.start()].rstrip() if label else before
            if stage:  # (X （征求公众意见稿） 第一章…: the draft's stage under its title, as printed)
                rest = text[stage.end() :].strip()
            end = max(before.rfind(c) for c in "。！；")
            # (the signature after the notice's last sentence: its name, date and note, printed lines apart)
            tail = _cut(compact(before[end + 1 :])) if 0 < end and len(before) - end <= SIGNATURE_CHARS else []
            notice = [before[: end + 1], *tail] if tail else [before]
            notice += labels
            return [
                *(Line(line.no, p, line.heading if i == 0 else 0) for i, p in enumerate(notice)),
                Line(line.no, title),
                *([Line(line.no, stage.group(0).strip())] if stage else []),
                *(Line(line.no, p) for p in _chapter_apart(rest)),
            ]
    return [line]


# 第一章 总 则 第一条 — the first chapter's heading run into the first article (a line of its own as printed)
CHAPTER_BEFORE_ARTICLE = re.compile(r"第[一1]\s{0,2}章[^第。；]{0,20}?(?=\s{0,2}第[一1]\s{0,2}条)")


def _chapter_apart(rest: str) -> list[str]:
    """第一章 总 则 第一条 为… → 第一章 总 则 | 第一条 为…; else ``[rest]``."""
    m = CHAPTER_BEFORE_ARTICLE.match(rest)
    return [m.group(0).strip(), rest[m.end() :].strip()] if m else [rest]


def _part_of_crawl_line(line: Line, whole: dict[int, str]) -> bool:
    """A part of a long line run together with spaces, cut into its printed lines (a crawl that stores each page as
    one line, spaces kept, flat layout): the lines after it are a crawl's pages as much as after a line cut here."""
    return len(whole.get(line.no, "")) >= FLAT_RUN_CHARS and whole[line.no] != line.text


def _line_before(prev: str, out: list[Line], line: Line, whole: dict[int, str]) -> str:
    """The line before ``line``: where ``line`` opens a stored line of its own and the one above was a page run
    together with spaces, cut into its parts (flat layout, one crawl's pages stored with spaces, the next without),
    that whole page, not its last part — it ends a text as a long line does."""
    if out and out[-1].no != line.no and whole.get(out[-1].no, "") != out[-1].text:
        return whole[out[-1].no]
    return prev


def _title_first(line: Line, parts: list[str], prev: str, run_on: bool) -> list[Line]:
    """The pieces of a line that opens as a flattened document, its title first (a crawl that stores each document as
    one line, flat layout): the title piece is set as a page's heading, so the document starts there even where no
    number, addressee or signature vouches for it (…的通告为有效预防… after another text's last words).  Only where
    a line above was cut as a flattened document too (``run_on``) and the line right above is long: a crawl's lines,
    not a single text's long paragraphs."""
    out = [Line(line.no, p, line.heading) for p in parts]
    if len(out) < 2 or line.heading or not run_on or len(prev) < rx.FLAT_MIN_CHARS:
        return out
    title = out[0].text
    if len(title) <= HEADING_TITLE_CHARS and rx.TITLE.match(title) and not any(c in title for c in PAGE_MARKS):
        out[0] = Line(line.no, title, 1)
    return out


HEADING_TITLE_CHARS = 80  # a document's title, not a page's menus run on before it
PAGE_MARKS = "|•【】-_>"  # a page's bars, bullets, labels and breadcrumbs, which no title holds


# "#上海市X关于…的通知上海市X…" — a Markdown heading's mark opening a stored page run together on one line
FLAT_HEADING_MARK = re.compile(r"^#{1,6}[ \t]{0,2}(?=[^#\s])")


def _without_heading_mark(line: Line) -> Line:
    """A flattened page without the Markdown heading mark it opens with (a crawl that stored a Markdown page one
    line a page, flat layout): its title starts right after the mark — taken off before a page run together with
    spaces is cut into its parts (#X的通知 各镇人民政府，…), where the title's part is too short to read as a page."""
    if len(line.text) < rx.FLAT_MIN_CHARS or not line.text.startswith("#"):
        return line
    return Line(line.no, FLAT_HEADING_MARK.sub("", line.text), line.heading)


def _head_after_furniture(text: str) -> int | None:
    """Where a flattened document's head starts after a page's furniture run on before it (…首页>政策文件>
    X的通知X政发〔2024〕3号各县人民政府：… / #Page157:（三）河北1.X的通知（2023年3月11日）冀市监函〔2023〕113号…):
    after a colon, bar, bullet, ">", "!" or a list number within the line's first characters, in the
    compacted line; None where the line opens with its head or holds none."""
    if len(text) < rx.FLAT_MIN_CHARS:
        return None
    c = compact(text[:700])
    start = None
    for m in rx.FLAT_FURNITURE_END.finditer(c[:FURNITURE_CHARS]):
        if "附件" in c[: m.end()].rsplit("。", 1)[-1]:
            continue  # a text's list of its attachments (附件：1.X办法（…公布）2.…) is no head
        if m.end() < len(c) and is_flat(c[m.end() :]):
            start = m.end()  # the last piece of furniture before the head (当前位置：首页>政策文件>X的通知…)
        elif start is not None:
            break
    if start is not None:
        return start
    twice = _twice_after_furniture(c)
    if twice is not None:
        return twice
    return _table_title_start(c)


def _table_title_start(c: str) -> int | None:
    """Where the title field's value of a page's metadata table starts (…发文日期2019-11-29名称X的通知文号… / …法规内容发文
    标题:X的通知发文文号:…), only menus and fields before it (no sentence); else None."""
    table = _title_in_table(c)
    return table[0] if table and "。" not in c[: table[0]] else None


def _twice_after_furniture(c: str) -> int | None:
    """Where a page's heading printed twice starts after a few words of the page's furniture run on before it, no
    colon, bar or breadcrumb between (无障碍阅读长者模式政府公报X的实施意见X的实施意见… / 其他文件X的通知X的通知…,
    a crawl that stores each page as one line, flat layout): the page's heading and the text's own title, one
    right after the other, open the document; None where no title is printed twice there, or where what stands
    before is the text's number (晋政办发〔2017〕55号X的通知X的通知…, read by _number_before_title_twice)."""
    if _number_before_title_twice(c[:400]) is not None:
        return None
    for m in rx.FLAT_TYPE_END.finditer(c[: FURNITURE_CHARS // 2 + TWICE_TITLE_CHARS]):
        e = m.end()
        for s in range(max(1, e - TWICE_TITLE_CHARS), min(e - 4, FURNITURE_CHARS // 2) + 1):
            if c.startswith(c[s:e], e) and _title_twice(c[s : s + 2 * (e - s)]) is not None:
                return s
    return None


def _marks_furniture(text: str, start: int | None) -> bool:
    """The furniture before a head ends with a bar, bullet or breadcrumb's ">", which no title holds, or with the
    title field's label of a page's metadata table (…发文日期2019-11-29名称X的通知文号…): 政策文件|X的通知… is cut there
    even where the whole line reads as a head."""
    if start is None:
        return False
    c = compact(text[:700])
    return c[start - 1] in "|•>" or _title_twice(c[start : start + 400]) is not None or _table_title_start(c) == start


FURNITURE_CHARS = 300  # a page's furniture run on before a document's head: a few breadcrumbs and labels
TWICE_TITLE_CHARS = 120  # a page's heading printed twice: a title's length


def _spaced_apart(lines: Sequence[Line]) -> list[Line]:
    """A publication run together on a few long lines, one space where each printed line ended (a
    page saved as text: …的通知 苏政办发〔2024〕15号 各市人民政府： 为…): each part a line of its own,
    keeping the line's number, and a part holding two parts of a header once a stray space between them is gone
    (…实施方案的通知（2023年5月23日）武政办〔2023〕45号, the wrapped title's last line, its date and its number) cut
    as a flattened piece is.  Only where long lines hold nearly all the text,
    three of them at least (a single text's long line — a signature row, a table, a page of one text — keeps its spaces).
    A page's first part opens its document (_opens_as_page) right under any line longer than a title, one stored with
    spaces or one run together with none (…推进落 | 甲中心关于X的通告 根据…, a crawl mixing both), and on the file's
    first line, which no text stands above."""
    if not _crawl(lines):
        return list(lines)
    out: list[Line] = []
    was_cut = True  # (the file's first stored line opens a page: nothing stands above it)
    for l in lines:
        parts = _entry_titles_rejoined(l.text.split())
        cut = len(parts) >= 3 or _title_spaced_off(l.text, parts)
        parts = [r for p in parts for q in _signature_apart(p) for r in _table_rows_apart(q)] if cut else []
        pieces_ = [Line(l.no, p, l.heading) for p in parts]
        out.extend(_opens_as_page(pieces_) if was_cut and cut else pieces_) if cut else out.append(l)
        # (a crawl's page: stored with spaces or run together with none, a short one too — longer than a title)
        was_cut = len(l.text) >= rx.FLAT_MIN_CHARS
    return out


def _crawl(lines: Sequence[Line]) -> bool:
    """A file of a crawl's stored pages: three long lines at least (a run of printed lines each, FLAT_RUN_CHARS), and
    they hold nearly all its text — not a single text with a long paragraph, signature row or table."""
    long = [l for l in lines if len(l.text) >= FLAT_RUN_CHARS]
    return len(long) >= 3 and sum(len(l.text) for l in long) >= 0.9 * sum(len(l.text) for l in lines)


# "1.宁夏回族自治区人民政府办公厅关于印发全区2023年政务 公开工作要点的通知（2023年6月20日）" — a compilation's entry:
# its number, its title wrapped over a line or two, the date note closing its last line
ENTRY_NUMBER = re.compile(r"(?<![\d.．])\d{1,3}[.．](?=[^\d.．])")
ENTRY_DATE_NOTE = re.compile(r"[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[）)]")
ENTRY_TITLE_CHARS = 150


def _entry_titles_rejoined(parts: list[str]) -> list[str]:
    """The parts of a spaced-line copy with each compilation entry's title whole again: an entry's number and the
    first line of its title (after a page's label or section heading: #Page157:（二）宁夏1.X…), the next line or two
    up to the date note closing it (1.X关于印发全区2023年政务 |
    公开工作要点的通知（2023年6月20日）, a compilation's contents stored one page a line, one space where each printed
    line ended, flat layout) → one part, cut as an entry after; no sentence, colon or comma in the title."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        k, e = _entry_title_lines(parts, i)
        joined = "".join(parts[i : i + k])
        out.extend([joined[:e], joined[e:]] if e else [joined])  # (the label or heading before: a part of its own)
        i += k
    return out


def _entry_title_lines(parts: list[str], i: int) -> tuple[int, int]:
    """How many parts from ``parts[i]`` (an entry's number and its title's first line) the entry's title takes up to
    the date note closing it — 2 or 3, or 1 where no date note closes it within a title's length — and where in
    ``parts[i]`` its number starts."""
    entry = [m.start() for m in ENTRY_NUMBER.finditer(parts[i])]
    if not entry:
        return 1, 0
    for k in (2, 3):
        joined = "".join(parts[i : i + k])
        m = ENTRY_DATE_NOTE.search(joined, len(joined) - len(parts[min(i + k, len(parts)) - 1]))
        if i + k > len(parts) or m is None:
            continue
        title = joined[entry[-1] : m.start()]
        if len(title) <= ENTRY_TITLE_CHARS and not any(c in title for c in "。，,；;：:") and _balanced(title):
            return k, entry[-1]
    return 1, 0


def _opens_as_page(parts: list[Line]) -> list[Line]:
    """The parts of a long spaced-line copy right after another (a crawl that stores each page as one line, one
    space where each printed line ended, flat layout): its first part, where it reads as a title, is set as a
    page's heading, so the text starts there even with no number under it (…2023年10月20日 | X办法 |
    （2019年9月20日…公布）| 第一章总则…, the line before ending in a signature), as _title_first sets it.  Not a
    decree's head (X人民政府令, the rule's title follows), a title's first line wrapped before its bracket (X计划 |
    (2023—2025年)的通知) or a page's heading the text's own title quotes next (X意见 | 甲印发《X意见》的通知)."""
    if len(parts) < 2 or parts[0].heading:
        return parts
    title, nxt = parts[0].text, "".join(p.text for p in parts[1:3])
    if len(title) > HEADING_TITLE_CHARS or rx.TITLE.match(title) is None or any(c in title for c in PAGE_MARKS):
        return parts
    if title.endswith("令") or not _balanced(title) or f"《{title}》" in nxt or _wraps_on(nxt):
        return parts
    return [Line(parts[0].no, title, 1), *parts[1:]]


# "发文标题:" / "标题" / "名称" / "信息名称" — a portal's metadata table: the label of its title field, a colon or none
TABLE_TITLE_LABEL = re.compile(r"(?:发文标题|文件标题|公文标题|信息名称|文件名称|标题|名称)[：:]?")
TABLE_TITLE_LABEL_END = re.compile(TABLE_TITLE_LABEL.pattern + "$")  # (ending a piece of the page's furniture)
# "发文文号:" / "文号" / "发文机关" / "生成日期" — the label of the field after the title in such a table (its value runs
# on after it: 文号齐政办发〔2019〕29号 / 发文机关 高青县人民政府办公室)
TABLE_NEXT_LABEL = re.compile(
    r"(?:发文文号|发文字号|文号|发文机关|发文部门|发布机构|发布机关|生成日期|成文日期|发文日期|发文时间|发布日期|公开日期"
    r"|上载日期|索引号|主题分类|关键词)(?![\u4e00-\u9fff]{0,2}[的之])"
)
TABLE_TITLE_CHARS = 150  # the title field's value: a title
QUOTED_WORDS = re.compile(r"“[^“”]{1,30}”")  # “收好官,开好局” — words a title quotes, a comma among them
TABLE_CHARS = 700  # a page's menus and metadata table run on before its title field: a site's long menu


def _title_in_table(s: str, p: int = 0) -> tuple[int, int] | None:
    """Where the title field's value of a portal's metadata table starts and ends in ``s`` from ``p``: a title whole
    (its brackets closed, no comma) right after the title field's label (发文标题:X / 名称X / 信息名称X) and run into the
    next field's label (X发文文号:… / X文号齐政办发… / X发文机关 / X生成日期); None where no title is so labelled."""
    for m in TABLE_TITLE_LABEL.finditer(s, p, p + TABLE_CHARS):
        for e in rx.FLAT_TYPE_END.finditer(s, m.end(), m.end() + TABLE_TITLE_CHARS):
            title = s[m.end() : e.end()]
            if TABLE_NEXT_LABEL.match(s, e.end()) and _table_title(title):
                return m.end(), e.end()
    return None


def _table_title(t: str) -> bool:
    """A title field's value: a title's words, brackets closed, no comma but in quotes (“收好官,开好局”), no page marks."""
    return (
        rx.TITLE.match(t) is not None
        and _balanced(t)
        and not any(c in QUOTED_WORDS.sub("", t) for c in "，," + PAGE_MARKS)
        and TABLE_TITLE_LABEL.match(t) is None
    )


def _title_labelled(s: str) -> list[str] | None:
    """发文标题:X的通知发文文号:甲财发〔2024〕1号… / X的通知发文机关 → (label |) title | rest: the title field of a portal's
    metadata table run into the next field's label (a crawl that stores each page as one line, flat layout); the title
    goes apart from the labels, so it is read whole and opens its document (_titles_in_tables)."""
    label = TABLE_TITLE_LABEL.match(s)
    p = label.end() if label else 0
    for e in rx.FLAT_TYPE_END.finditer(s, p, p + TABLE_TITLE_CHARS):
        if TABLE_NEXT_LABEL.match(s, e.end()) and _table_title(s[p : e.end()]):
            if s.find(s[p : e.end()], e.end(), e.end() + TABLE_AFTER_CHARS) > 0:
                return None  # (the text's own title printed under the table: the table stays whole, the title opens)
            return [*([s[:p]] if p else []), s[p : e.end()], s[e.end() :]]
        if e.end() == len(s) and label and _table_title(s[p:]):
            return [s[:p], s[p:]]  # (a part of a page stored with spaces: 发文标题:X | 发文文号:…)
    return None


def _title_table_run(s: str) -> list[str] | None:
    """X的通知2020-10-30索引号01507828-1-30/2020-1030001发布机构州政府文号甲政办〔2020〕91号公开日期2020-10-30各市、县人民
    政府,…: → title | table | addressee…: a page's title run into its metadata table, the labels without colons (a crawl
    that stores each page as one line, flat layout); the table runs up to the notice's addressee (各…: within the table's
    length), its number field apart; None unless a field's label (索引号 / 文号 / 发布机构 …) follows the title, after
    the posting date at most."""
    for e in rx.FLAT_TYPE_END.finditer(s, 0, TABLE_TITLE_CHARS):
        title = s[: e.end()]
        date = POSTING_DATE.match(s, e.end())
        p = date.end() if date else e.end()
        if TABLE_NEXT_LABEL.match(s, p) is None or not _table_title(title) or TABLE_TITLE_LABEL.match(s) is not None:
            continue
        for k in (m.start() for m in re.finditer("各", s[: p + TABLE_AFTER_CHARS])):
            colon = min((c for c in (s.find("：", k, k + 80), s.find(":", k, k + 80)) if c > 0), default=-1)
            if k > p and colon > 0 and rx.ADDRESSEE.match(s[k : colon + 1]) and "。" not in s[p:k]:
                table = s[e.end() : k]
                if title in table:
                    return None  # (the title printed again under the table opens the text there)
                m = TABLE_NUMBER.search(table)
                fields = [table[: m.start("num")], m.group("num"), table[m.end() :]] if m else [table]
                return [title, *[f for f in fields if f], s[k:]]
        return None
    return None


# "发文文号:鲁财绩〔2014〕1号" / "文号齐政办发〔2019〕29号" — the number field of a portal's metadata table, its value a number
TABLE_NUMBER = re.compile(
    r"(?:发文文号|发文字号|文号)[：:]?(?P<num>[\u4e00-\u9fffA-Za-z]{1,10}〔(?:19|20)\d\d〕\d{1,4}号)"
)


def _number_field_apart(line: Line) -> list[Line]:
    """发文文号:甲财发〔2024〕1号发文部门:… → label | number | rest: the number field right under a table's title set as a
    page's heading, its value apart, so it is read as the number under the title; else ``[line]``."""
    m = TABLE_NUMBER.match(line.text)
    if m is None:
        return [line]
    parts = [line.text[: m.start("num")], m.group("num"), line.text[m.end() :]]
    return [Line(line.no, p, line.heading) for p in parts if p]


def _titles_in_tables(out: list[Line]) -> list[Line]:
    """A page's title in its metadata table (… | 发文标题: | X的通知 | 发文文号:甲财发〔2024〕1号 | … / 名称 | X的通知 |
    文号…, a crawl that stores each page as one line, flat layout): the piece between the title field's label and the
    next field's label, all three of one stored line, is set as a page's heading, so the document opens there even where
    the page's menus run on long before it or no number or addressee stands under it.  Where the text's own title is
    printed again under the table (… | 有效 | X的通知 | 高政发〔2021〕1号 | …), that copy is the heading instead, and the
    table's title and number fields are joined again into one piece, so no document opens at the table."""
    res = list(out)
    k = 1
    while k < len(res) - 1:
        a, t, b = res[k - 1], res[k], res[k + 1]
        if (
            a.no == t.no
            and TABLE_TITLE_LABEL_END.search(a.text[-8:])
            and len(t.text) <= TABLE_TITLE_CHARS
            and _table_title(t.text)
            and not _printed_before(res, k)  # (the page's heading, the same title, opens the stored line)
        ):
            again = _printed_again(res, k)
            if again is not None:
                res[again] = Line(res[again].no, res[again].text, 1)
                end = k + 2 if k + 2 < again and TABLE_NUMBER.fullmatch(b.text + res[k + 2].text) else k
                res[k - 1 : end + 1] = [Line(a.no, "".join(x.text for x in res[k - 1 : end + 1]), a.heading)]
            elif b.no == t.no and TABLE_NEXT_LABEL.match(b.text):
                res[k : k + 2] = [Line(t.no, t.text, 1), *_number_field_apart(b)]
        k += 1
    return res


def _printed_before(res: list[Line], k: int) -> bool:
    """The title ``res[k]`` is printed before on the same stored line (the page's heading over its table)."""
    j = k - 1
    while j >= 0 and res[j].no == res[k].no:
        if res[j].text == res[k].text:
            return True
        j -= 1
    return False


def _printed_again(res: list[Line], k: int) -> int | None:
    """The index of the piece printing the title ``res[k]`` again after the rest of its page's metadata table, within
    the table's length and on the same stored line (… | 有效 | X的通知 | 高政发〔2021〕1号 | …: the text's own title), or
    None."""
    chars = 0
    for j in range(k + 1, len(res)):
        if res[j].no != res[k].no or chars > TABLE_AFTER_CHARS:
            return None
        if res[j].text == res[k].text:
            return j
        chars += len(res[j].text)
    return None


TABLE_AFTER_CHARS = 800  # the rest of a page's metadata table after its title field: its labels, values and summary


# the furniture piece right before a page's title: a breadcrumb's last step (…>应急预案), a label with no value
# (名称： / 发文标题：), a posting field's value (•发布机构：X县政府办公室 / 归档时间：2018-11-21) or the bar words above
PAGE_FURNITURE_BEFORE = re.compile(
    r"(?:[>»›|•·】]|[：:])[^。；;！？，,]{0,40}$|^[^。；;，,]{0,40}(?:浏览|模式|关怀版|适老版|搜索|退出|首页|收藏|分享|之窗|网站|门户)$"
)
FURNITURE_RUN_CHARS = 300  # a page's furniture run on before its title: a few bars, breadcrumbs and fields


def _titles_after_furniture(out: list[Line]) -> list[Line]:
    """A page's title cut off as a piece of its own after the portal furniture its stored line opens with (无障碍浏览 |
    长者模式 | X应急预案 | 1总则…, 当前位置：首页>政务公开>应急管理 | X的通告 | 时间：…, a crawl that stores each page as one
    line, flat layout): the first piece of the line that reads as a title, the piece right before it furniture
    (PAGE_FURNITURE_BEFORE) or the piece right after it the page's posting line (您好,欢迎来到X! | X规划纲要 |
    来源:X人民政府 | …), no sentence end before it within the line's first characters, is set as a page's heading, so
    the document opens there even with no number or addressee under it."""
    res = list(out)
    i = 0
    while i < len(res):
        j = i
        while j + 1 < len(res) and res[j + 1].no == res[i].no:
            j += 1
        k = _furniture_title_at(res, i, j)
        if k is not None:
            res[k] = Line(res[k].no, res[k].text, 1)
        i = j + 1
    return res


def _furniture_title_at(res: list[Line], i: int, j: int) -> int | None:
    """The index of the title after a run of furniture among the pieces ``res[i..j]`` of one stored line, or None."""
    if sum(len(res[k].text) for k in range(i, j + 1)) < FLAT_RUN_CHARS:
        return None  # (a crawl's stored page, not a printed line)
    chars = 0
    for k in range(i, j + 1):
        t = res[k].text
        if res[k].heading:
            return None
        if k > i and _page_title(t) and (_furniture_before(res[k - 1].text) or _posting_date_before(res, i, k)):
            return k
        if k < j and _page_title(t) and _posting_line(res[k + 1].text):
            return k
        chars += len(t)
        if chars > FURNITURE_RUN_CHARS or "。" in t:
            return None
    return None


def _posting_date_before(res: list[Line], i: int, k: int) -> bool:
    """The piece before a page's title is a posting field's date, the field's label ending the piece before it
    (•公文生成日期： | 2025-12-26 | X的通知 / •[发布日期]• | 2024-01-11 | X的通知, a portal's metadata run on before the
    title, flat layout)."""
    return k - 1 > i and ISO_DATE.fullmatch(res[k - 1].text) is not None and _furniture_before(res[k - 2].text)


def _posting_line(t: str) -> bool:
    """The piece under a page's title is its posting line: 来源:市司法局发布日期:2021-03-16 / 时间:2018-03-08 09:43来源:… /
    2025-10-17 09:00:00 (a portal prints it right under the title, never under a heading inside the text)."""
    p = m.end() if (m := POSTING_LINE_MARK.match(t)) else 0  # (•发布时间:… / •时间:…, the bullet before each item)
    if POSTING_LABEL.match(t, p):
        return True
    return POSTING_DATE_TIMED.match(t, p) is not None  # (a date with its time of day: 2021-10-20 16:33)


# "•发布时间:2024-06-04 17:54" — the bullet or bar a portal prints before each item of its posting line
POSTING_LINE_MARK = re.compile(r"[•·|]{1,3}")
# "2021-10-20 16:33" / "2025年10月17日 09:00" — a posting date with its time of day (a space between or none)
POSTING_DATE_TIMED = re.compile(r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s?\d{1,2}:\d\d")


def _furniture_before(t: str) -> bool:
    """The piece before a page's title is furniture (PAGE_FURNITURE_BEFORE), not a compilation's page label
    (#Page1231:, the entry's title wrapped over it goes on there)."""
    return PAGE_FURNITURE_BEFORE.search(t) is not None and PAGE_LABEL.search(t) is None


PAGE_LABEL = re.compile(r"Page\d{1,5}[：:]")


def _page_title(t: str) -> bool:
    """A piece that reads as a page's title: a title's words, short, no page marks, brackets closed."""
    return (
        len(t) <= HEADING_TITLE_CHARS
        and rx.TITLE.match(t) is not None
        and not any(c in t for c in PAGE_MARKS)
        and _balanced(t)
        and not t.endswith("令")
        and not t.startswith(("为", "根据", "按照", "依据"))
        and "，" not in t
        and "," not in t
    )


def _wraps_on(part: str) -> bool:
    """(2023—2025年)的通知 — the parts after a title opening with a bracket and going on with 的: a title's line
    wrapped before its bracket, not a note under the title (（2019年9月20日…公布）第一章…)."""
    if part[:1] not in "（(":
        return False
    close = min((i for i in (part.find("）"), part.find(")")) if i > 0), default=-1)
    return close < 0 or part[close + 1 : close + 2] == "的"


def _signature_apart(part: str) -> list[str]:
    """A part of a spaced-line copy that is a whole signature, its name and date run together (武汉市人民政府办公厅
    2023年5月23日 once the stray space between them is gone, or printed on one line): name | date, as a page prints
    them, so the title printed after it is read as the issued text's, not run on from a signature."""
    m = rx.FLAT_SIGNATURE.match(part)
    return [m.group("name"), m.group("date")] if m and m.end() == len(part) else [part]


def _title_spaced_off(text: str, parts: list[str]) -> bool:
    """A long line of a run-together publication whose only space follows its title (…资金管理办法的通知
    为进一步加强…: a text of long paragraphs run on, one space where its title's line ended)."""
    return len(parts) == 2 and len(text) >= FLAT_RUN_CHARS and rx.TITLE.match(compact(parts[0])) is not None


# where a notice's signature or attachment label ends, right before the title of the text it issues:
# a date (2024年3月8日 / 2019610 as a page prints it), 附件 / 附件1：, or a bracketed note's close (（此件公开发布）)
# (附: as well: 二〇〇五年十一月二十一日附:关于X的通报各市人民政府:…, h39 兰州)
AFTER_SIGNATURE = re.compile(r"(?:日|(?<![0-9])(?:19|20)\d{5,6}|附件\d{0,2}[：:]?|附[：:]|[）)])$")
ATTACHMENT_LABEL = re.compile(r"附(?:件\d{0,2})?[：:]")
# 附件 / 附件2 — an attachment's label alone, with no colon (the label over an attached text, not a list of them)
ATTACHMENT_OVER_TEXT = re.compile(r"\s?附件\d{0,2}\s?")

FLAT_RUN_CHARS = 300  # a line holding a run of printed lines, far longer than any printed line
# what stands above a crawl's first stored line, for the tests that the line above ends a text (_ends_a_text) and
# is long (_title_first): a text's end — the file's start
FILE_START = "。" * rx.FLAT_MIN_CHARS


def pieces(text: str) -> list[str]:
    """A flattened text cut into its header's parts and its sentences."""
    crumb = _title_after_breadcrumb_word(text[:400])  # (before a heading printed twice: 首页X的通知X的通知…)
    text = text[len(crumb[0]) :] if crumb else text  # (the word goes: alone on a line, the title would take it in)
    out: list[str] = []
    head = _title_around_metadata(text[:400])  # (only where the line opens: a text's sentence may name a title twice)
    if head is not None:
        out.extend(head[:-1])
        text = head[-1] + text[400:]
    for sentence in rx.FLAT_SENTENCE_END.split(text):
        out.extend(_table_rows_apart(sentence))
    return _named_titles_apart([p for p in out if p])


# 序号文件名称文号 / 序号 文件标题 发文字号 责任单位 — a catalogue's column heads run together on a flattened line: the
# ordinal, the title and the number, maybe further cells (a body responsible, a note) after the number
FLAT_TABLE_HEAD = re.compile(
    r"序号\s?(?:文件|规章|规范性文件)?(?:名称|标题)\s?(?:发文字号|文号|文件编号|编号)"
    r"(?P<more>(?:\s?(?:责任单位|实施单位|起草单位|制定机关|发文机关|牵头单位|备注|说明|清理意见|处理意见|清理结果)){0,3})"
)
# 闽某综〔2014〕43号 — the number cell of a catalogue's flattened row, right after its title cell
FLAT_ROW_NUMBER = re.compile(r"〔(?:19|20)\d\d〕\d{1,4}号")
FLAT_ROW_CHARS = 200  # a row's title and number cells: a title's length and a number's
FLAT_CELL_CHARS = 40  # a further cell after the number (区某某局): a body's name or a short note
MIN_FLAT_ROWS = 2  # rows read for a catalogue (a lone ordinal and title may be anything)


def _table_rows_apart(sentence: str) -> list[str]:
    """``附件1废止的文件目录序号文件名称文号1关于X的通告某综〔2014〕43号2印发Y的通知某办〔2011〕108号…`` — a catalogue
    flattened onto the line, cells glued: its heading cut as a piece, each row as a list item ``1.X（某综〔2014〕43号）``
    (see :func:`_flat_rows`), the column heads and further cells (责任单位) dropped; the rest cut as usual."""
    out: list[str] = []
    rest = sentence
    while (head := FLAT_TABLE_HEAD.search(rest)) is not None:
        rows, end = _flat_rows(rest, head.end(), bool(head.group("more")))
        if len(rows) < MIN_FLAT_ROWS:
            break
        out.extend(_cut(rest[: head.start()]))
        out.extend(rows)
        rest = rest[end:]
    return out + _cut(rest)


def _flat_rows(text: str, at: int, more: bool) -> tuple[list[str], int]:
    """The rows of a flattened catalogue from ``at`` (its first ordinal), as list items, and where they end: each row
    its ordinal 1, 2, 3 … in turn, a title ending as a text's title, a number (its prefix two to fourteen characters
    run into the title), then with ``more`` cells a short cell up to the next ordinal."""
    rows: list[str] = []
    k = 1
    while True:
        ordinal = str(k)
        if not text.startswith(ordinal, at) or text[at + len(ordinal) : at + len(ordinal) + 1].isdigit():
            return rows, at
        start = at + len(ordinal)
        num = FLAT_ROW_NUMBER.search(text, start, start + FLAT_ROW_CHARS)
        cut = _title_number_cut(text, start, num.start()) if num else None
        last = text[start:]  # (the last row's title ending the line: its number cut onto the next line by cleaning)
        if num is None and rows and len(last) <= FLAT_ROW_CHARS and rx.CITED_TITLE_END.search(last):
            return [*rows, f"{k}.{last}"], len(text)
        if num is None or cut is None:
            return rows, at
        rows.append(f"{k}.{text[start:cut]}（{text[cut : num.end()]}）")
        at = num.end()
        if more:
            nxt = text.find(str(k + 1), at, at + FLAT_CELL_CHARS)
            at = nxt if nxt >= 0 and not any(c.isdigit() for c in text[at:nxt]) else at
        k += 1


def _title_number_cut(text: str, start: int, bracket: int) -> int | None:
    """Where a row's title cell ends and its number's prefix begins (…的通告|闽某综〔2014〕): the last place, two to
    fourteen characters before the number's bracket, where the text before ends as a title and only CJK letters
    follow."""
    for cut in range(bracket - 2, max(start, bracket - 14) - 1, -1):
        prefix = text[cut:bracket]
        if not all("\u4e00" <= c <= "\u9fff" for c in prefix):
            return None
        if cut - start >= 4 and rx.CITED_TITLE_END.search(text[start:cut]):
            return cut
    return None


def _named_titles_apart(parts: list[str]) -> list[str]:
    """A text a notice issues, its title run into its first words (…若干意见实体经济是…): the title the
    notice's sentence names (现将《X》印发给你们) is cut off where a later piece starts with it."""
    named: list[str] = []
    out: list[str] = []
    for p in parts:
        title = next((t for t in named if p.startswith(t) and len(p) > len(t)), None)
        cut = None if title is not None else _named_title_after_signature(p, named, out[-1] if out else "")
        out.extend([title, p[len(title) :]] if title is not None else cut or [p])
        for form in (TRANSMIT_SENTENCE, MADE_THEN_ISSUED, ISSUED_NOW, rx.FLAT_PROMULGATED):
            m = form.search(p)
            if m:
                named.extend(QUOTED.findall(m.group("what")))
        named.extend(_issued_by_title(p))
        named.extend(t for t in NAMED_AS_ATTACHED.findall(p) if len(t) >= ISSUED_TITLE_MIN_CHARS)
    return out


# 编制完成《X》（见公告附件） / 《X》（见附件2） — a text a sentence names as attached: printed after the notice
NAMED_AS_ATTACHED = re.compile(r"《([^《》]{2,80})》[（(]见[^（）()《》]{0,6}附件\d{0,2}[）)]")


def _issued_by_title(p: str) -> list[str]:
    """The texts a notice's own title quotes as issued (甲局关于印发《X》的通知 → X): named as the body's sentence
    names them, for the notice's sentence may not (《X》已经研究同意。现印发给你们 — two sentences)."""
    if len(p) > TITLE_PIECE_CHARS or rx.TITLE.match(p) is None:
        return []
    m = rx.TRANSMIT_TITLE.search(p)
    if m is None or m.group("approved") is not None:
        return []
    return [t for t in QUOTED.findall(m.group("what") or m.group("quoted")) if len(t) >= ISSUED_TITLE_MIN_CHARS]


TITLE_PIECE_CHARS = 150  # a title piece, not a sentence
ISSUED_TITLE_MIN_CHARS = 6  # a text's title, not a short name (《办法》) found in any sentence


def _named_title_after_signature(p: str, named: list[str], before: str = "") -> list[str] | None:
    """A text a notice issues, its title run on after the notice's signature date or an attachment label
    and into its own first words (…执行。附件：甲省财政厅2024年3月8日甲省乙资金管理办法第一条为… / …2024年3月8日
    （此件公开发布）甲省乙方案为…, a notice flattened): the title the notice's sentence named (现将《X》印发给你们)
    is cut off where it stands unquoted after a date, 附件 or a closing bracket (the last such place: an
    attachment list names it before the signature too) → before | title | its text.  Also where the title ends the
    piece after a date printed as digits (…落实。2021716甲区X预案 | 一、总则…)."""
    best: tuple[int, str] | None = None
    for t in named:
        for m in re.finditer(re.escape(t), p):
            i = m.start()
            after = p[m.end() : m.end() + 1]  # (ending the piece only after a date or note: 附件：X is a list's)
            # (after a date, 2021716X as a page prints it too, or a note's close: the title ends the piece)
            dated = p[i - 1 : i] in ("日", "）", ")") or p[i - 1 : i].isdigit()
            # (附件 / 附件1 opening the piece right after a piece ending with the signature's date: the label printed
            # over the attached text, its title ending the piece once the text was cut off, h183 湖北)
            dated = dated or (
                ATTACHMENT_OVER_TEXT.fullmatch(p[:i]) is not None and SIGNATURE_DATE_END.search(before) is not None
            )
            if i > 0 and after != "》" and AFTER_SIGNATURE.search(p[:i].rstrip()) and (after or dated):
                best = (i, t) if best is None or i > best[0] else best
            elif _quoted_after_date(p, i, m.end(), before):
                best = (i, t) if best is None or i > best[0] else best
    if best is None:
        return None
    i, t = best
    if p[i - 1 : i] == "《":  # (the title in its book marks: they go with it)
        return [*_signature_before(p[: i - 1]), t, *_cut(p[i + len(t) + 1 :])]
    return [*_signature_before(p[:i]), t, *_cut(p[i + len(t) :])]


def _quoted_after_date(p: str, i: int, end: int, before: str) -> bool:
    """…陕西省林业局2021年5月11日《甲方案》为持续深化… — the issued text's title in its book marks, right after the
    signature's date (in the piece, or the piece before when the date was cut off) and run into its text's first
    words (not a sentence's 《X》: a date never stands right before it)."""
    return (
        i >= 1
        and p[i - 1] == "《"
        and p[end : end + 1] == "》"
        and ISSUED_TEXT_OPENING.match(p, end + 1) is not None
        and SIGNATURE_DATE_END.search(p[: i - 1] if i > 1 else before) is not None
    )


# 为持续深化… / 根据… / 第一章 / 一、 — the first words of the issued text run on after its quoted title (not 》政策解读 /
# 》的解读: a title of another text naming it)
ISSUED_TEXT_OPENING = re.compile(r"为|根据|按照|依据|第[一1]\s{0,2}[章条]|一、|1[.．、]?总则")


# 2021年5月11日 / 二〇二一年五月十一日 — a signature's date, ending the text before an issued text's title
SIGNATURE_DATE_END = re.compile(
    r"(?:(?:19|20)\d\d|[〇○零一二]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$"
)


def _signature_before(s: str) -> list[str]:
    """附件：甲省财政厅2024年3月8日 → 附件： | 甲省财政厅 | 2024年3月8日 (an attachment label and a signature run on
    before an issued text's title); else what there is, cut as any piece."""
    label = ATTACHMENT_LABEL.match(s)
    out = [label.group(0)] if label and label.end() < len(s) else []
    rest = s[label.end() :] if out else s
    dated = _date_at_end(rest)
    return [*out, *(dated if dated and dated[0] else _cut(rest))]


def _title_number(s: str) -> list[str] | None:
    """…的通知苏政办发〔2024〕15号… → title | number | rest."""
    m = rx.FLAT_TITLE_NUMBER.search(s)
    if m is None or rx.TITLE.match(s[: m.start("num")]) is None or "，" in s[: m.start("num")]:
        return None
    return [s[: m.start("num")], m.group("num"), s[m.end() :]]


def _title_twice(s: str) -> list[str] | None:
    """X的通知X的通知甘政发〔2024〕1号… → title | title | rest (a web page's heading run into the text's own title)."""
    m = rx.FLAT_TITLE_TWICE.match(s)
    if m is None or not _balanced(m.group("title")) or rx.TITLE.match(m.group("title")) is None:
        return None
    return [m.group("title"), m.group("title"), s[m.end() :]]


def _title_around_metadata(s: str) -> list[str] | None:
    """X的通告来源:发布时间:2019-07-16编辑:甲X的通告广大群众:… → X的通告 | 来源:… | X的通告 | rest: a web page's
    heading, its metadata (date, source, clicks, the issuer) and the text's own title, the same title twice
    around a few words with no sentence end (an issuer printed before the second copy is the title's: 甲局关于X的通告
    甲局关于X的通告…).  The second copy is a title, unquoted, of 8 characters at least."""
    ends = [m.end() for m in rx.FLAT_TYPE_END.finditer(s[:400])]
    for e1 in ends:
        for e2 in (e for e in ends if 8 <= e - e1 <= METADATA_CHARS):
            n = _common_tail(s[:e1], s[:e2])
            title, between = s[e2 - n : e2], s[e1 : e2 - n]
            if (
                n < 8
                or e1 - n > HEADING_AFTER
                or any(c in between for c in "。，,《》")
                or s[e2 - n - 1 : e2 - n] == "《"
            ):
                continue  # (the first copy opens the line; no sentence, list or quote between)
            if between[:1] in TITLE_GOES_ON or s[e2 : e2 + 1] in TITLE_GOES_ON:
                continue  # (a title's inner 办法 / 规划 is no title's end: …办法的通知)
            if SAME_WORDS_AFTER.match(s[e2 : e2 + 2]) and s[e1 : e1 + 2] == s[e2 : e2 + 2]:
                continue  # (…发展意见措施的通知 | 发文字号… | …发展意见措施的通知: both copies go on alike past 意见)
            if rx.TITLE.match(title) and _balanced(title) and _balanced(s[:e1]):  # (not a bracketed note's 令)
                return [s[:e1], *([between] if between else []), title, s[e2:]]
    return None


def _common_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


# a page's heading opens the line, after a few words of furniture at most (贵南新闻网新闻中心X的通告)
HEADING_AFTER = 20
TITLE_GOES_ON = ("的", "》", "〉", "）", ")", "")
# 措施 — two characters of a title's words (no mark, no digit) that may follow an inner 意见 / 办法 in both copies
SAME_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{2}")
METADATA_CHARS = 200  # a web page's metadata between its heading and the text's own title: dates, source, clicks


def _title_bracketed_number(s: str) -> list[str] | None:
    """X的通知（陕政办发〔2011〕12号）省人民政府各工作部门：… → title | （number） | rest."""
    m = rx.FLAT_TITLE_BRACKETED_NUMBER.match(s)
    if m is None or not _balanced(m.group("title")) or rx.TITLE.match(m.group("title")) is None:
        return None
    rest = s[m.end() :]
    return [m.group("title"), m.group("num"), *_addressee_ending_as_bodies(rest)]


# "…的通知市住房城乡建设管理委：沪建应急〔2023〕67号文收悉。" — a title run into an addressee that does not open
# with 各 (one body, or a list of bodies), up to its colon: the title, then the addressee's bodies (a few, split by
# 、 or ，), no sentence, quote, label or number (号) between
FLAT_TITLE_ADDRESSEE = re.compile(
    r"^(?P<title>[^。；：:，,]{4,150}?"
    + rx.FLAT_TYPE_END.pattern
    # (、 only as a separator: a class that also held it let a run of 、-separated names be split every way, 1.5 s on
    # one 519-character line of a flattened list of officials)
    + r")(?P<to>[^。；：:！？，,、《》“”的号]{2,40}(?:[，,、][^。；：:！？，,、《》“”的号]{1,40}){0,16}[：:])"
)
# what a text opens with right after its addressee: 为… / 根据… / 经… / 现将… / 《X》已… / …〔2023〕67号文收悉
TEXT_OPENING = re.compile(
    r"为|根据|按照|依据|经|现将|现就|现对|现予|近期|近日|近年来|当前|《|你|[^。；，,：:]{0,30}?收悉"
)
# a web page's labels, which end in a colon as an addressee does (来源：/ 发布时间：/ 文号：…)
METADATA_LABEL = re.compile(r"来源|时间|日期|发布|作者|编辑|文号|索引|浏览|字号|分类|标题|名称|主题|机构|网站|链接")


def _title_addressee(s: str) -> list[str] | None:
    """上海市X关于Y的通知市住房城乡建设管理委：沪建应急〔2023〕67号文收悉… / X的通知机关各部门、各居委会：为… →
    title | addressee | rest: a notice or reply flattened, its title run into an addressee not opening with 各
    (read as one where the text opens after the colon as a text does, or the addressee reads as one)."""
    m = FLAT_TITLE_ADDRESSEE.match(s)
    if m is None or METADATA_LABEL.search(m.group("to")) or not _balanced(m.group("title")):
        return None
    if m.group("title").startswith("各"):
        return None  # (an addressee list cut at an inner 计划: 各省、自治区、直辖市、计划单列市…：)
    if rx.TITLE.match(m.group("title")) is None:
        return None
    if TEXT_OPENING.match(s, m.end()) is None and rx.ADDRESSEE.match(m.group("to")) is None:
        return None
    return [m.group("title"), m.group("to"), s[m.end() :]]


def _addressee_ending_as_bodies(s: str) -> list[str]:
    """省人民政府各工作部门、各直属机构：为推进… → addressee | rest, where what runs up to the first colon (no
    sentence between) reads as an addressee line; else ``[s]``."""
    m = rx.FLAT_ADDRESSEE_RUN_ON.match(s)
    if m is None or rx.ADDRESSEE.match(m.group(0)) is None:
        return [s]
    return [m.group(0), s[m.end() :]]


# "X的通知-广州市人民政府门户网站----市民网页…" — a page's browser title: the document's title, a dash or underscore, the
# site's name (…网站 / …门户 / …政府网 / …网), the page's menus run on after it
FLAT_TITLE_SITE = re.compile(
    r"^(?P<title>[^。；：:，,|_\-—]{6,150}?"
    + rx.FLAT_TYPE_END.pattern
    + r")(?=[-_—]{1,6}[^。；：:，,|_\-—]{2,30}?(?:网站|门户|政府网|网))"
)


def _title_site(s: str) -> list[str] | None:
    """X的通知-广州市人民政府门户网站----市民网页… → title | rest: a page stored with its browser title first (a crawl
    that stores each page as one line, flat layout), the document's title run into the site's name after a dash; the
    title opens the document even where the page's menus, not a number or addressee, follow it."""
    m = FLAT_TITLE_SITE.match(s)
    if m is None or not _balanced(m.group("title")) or rx.TITLE.match(m.group("title")) is None:
        return None
    return [m.group("title"), s[m.end() :]]


# a web page's posting line run on after its title (来源:市财政局2019-06-24 16:15阅读人数:1 / 来自:某市政府门户网站
# 时间:2018-11-22 / 2011-06-18 00:00:00来源:本站原创 / 日期:2017-05-09 00:00): its labels, dates and counts
POSTING_LABEL = re.compile(
    r"(?:发表日期|发布日期|发布时间|发表时间|更新时间|更新日期|上载日期|时间|信息来源|文章来源|本文来源|来源|来自|发布于|更新于|日期"
    r"|作者|责任编辑|编辑录入|编辑|浏览次数|浏览量|浏览|点击数|点击次数|点击率|点击|阅读次数|阅读人数|阅读|访问量|发布机构|发布部门"
    r"|字体大小|字号)[:：]"
)
# "http://www.example.gov.cn" — the site's address a page prints in its posting line (…的决定http://www.gxrd.gov.cn2024年
# 12月04日16:20来源:…): a host, its last label letters only (so the date run on after it is left), maybe a path
SITE_ADDRESS = re.compile(r"https?://(?:[A-Za-z0-9-]{1,40}\.){1,5}[A-Za-z]{2,6}(?:/[A-Za-z0-9._/?=&%-]{0,120})?")
# "大中小" / "【字号大中小】" — the font-size switch a page prints in its posting line (时间:2017-11-08大中小各乡…)
FONT_SWITCH = re.compile(r"【?(?:字号|字体)?[:：]?大中小】?")
POSTING_DATE = re.compile(r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\d{1,2}:\d\d(?::\d\d)?)?")
TIME_OF_DAY = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
COUNT = re.compile(r"\d{1,9}(?![\d年月日:：])")  # 阅读人数:1 / 点击次数:28596
# what a notice's head goes on with after the page's posting line: its addressee (各…), its text (为… / 根据…), a list
# (一、) or its articles (第一章 / 第一条)
HEAD_GOES_ON = re.compile(r"各|为|根据|按照|依据|现将|现就|近期|近日|当前|一、|第一[章条]")
POSTING_VALUE_CHARS = 30  # a label's value: a body's or a site's name


def _posting_run(s: str, p: int, to_end: bool = False) -> int | None:
    """Where a web page's posting line that starts at ``p`` ends (来源:市财政局2019-06-2416:15阅读人数:1各县…: before 各),
    each label's value a time, a count or a name up to the next label or the head going on; None unless it opens with a
    label or a date, ends where the head goes on (a number, an addressee, the text's first words) and holds no sentence.
    With ``to_end``, a posting line holding a label or a time of day may end ``s`` too (a part of a page stored with
    spaces: X的通知2011-06-18 00:00:00来源:本站原创 | 海府〔2011〕33号 | …)."""
    if to_end and (end := _posting_run_to_end(s, p)) is not None:
        return end
    end, items = p, 0
    while items < 8:
        end = _after_posting_mark(s, end)
        m = (
            POSTING_LABEL.match(s, end)
            or POSTING_DATE.match(s, end)
            or SITE_ADDRESS.match(s, end)
            or (TIME_OF_DAY.match(s, end) or FONT_SWITCH.match(s, end) if items else None)
        )
        if m is None:
            break
        end, items = m.end(), items + 1
        if s[end - 1] not in ":：" or POSTING_LABEL.match(s, end) or HEAD_GOES_ON.match(s, end):
            continue  # (a label left empty: 编辑录入:各乡镇… / 浏览次数:信息来源:…)
        value = POSTING_DATE.match(s, end) or COUNT.match(s, end)
        end = value.end() if value else _posting_value_end(s, end)
        if end is None:
            return None
    return end if items and end > p and _head_goes_on(s, end) else None


POSTING_MARK = re.compile(r"[•·|]{1,3}(?=[^•·|])")  # 标题•时间:…•点击:9•来源:… / 标题|发布时间:…|来源:…


def _after_posting_mark(s: str, p: int) -> int:
    """Past the bullet or bar a page prints before each item of its posting line (X的通知•时间:2019-12-31•点击:9
    •来源:省政府办公厅… / X的通告|发布时间:2023-04-04|作者:…), where a label or a date follows it; else ``p``."""
    m = POSTING_MARK.match(s, p)
    if m is None or not (POSTING_LABEL.match(s, m.end()) or POSTING_DATE.match(s, m.end())):
        return p
    return m.end()


def _posting_run_to_end(s: str, p: int) -> int | None:
    """``len(s)`` where the posting line from ``p`` runs to the end of ``s``: labels, dates, times, counts and short
    names only (its last value a name: 来源:本站原创 / 来源:教育部), a label or a time of day among them; else None."""
    end, items, labelled = p, 0, False
    while items < 8 and end < len(s):
        end = _after_posting_mark(s, end)
        m = POSTING_LABEL.match(s, end) or POSTING_DATE.match(s, end) or (TIME_OF_DAY.match(s, end) if items else None)
        if m is None:
            return None
        labelled = labelled or POSTING_LABEL.match(s, end) is not None or TIME_OF_DAY.search(m.group(0)) is not None
        end, items = m.end(), items + 1
        if s[end - 1] not in ":：" or end == len(s) or POSTING_LABEL.match(s, end):
            continue
        value = POSTING_DATE.match(s, end) or COUNT.match(s, end)
        if value is None and len(s) - end <= POSTING_VALUE_CHARS and not any(c in s[end:] for c in "。，,；;：:"):
            return len(s) if labelled else None  # (the last label's value a name: 本站原创 / 教育部)
        end = value.end() if value else _posting_value_end(s, end)
        if end is None:
            return None
    return len(s) if labelled and end == len(s) else None


def _posting_value_end(s: str, p: int) -> int | None:
    """Where a posting label's name value that starts at ``p`` ends: at the next label or date, or where the head goes
    on after it (本站原创海府〔2011〕33号…: before the number); None if it holds a sentence's stop or runs on."""
    for k in range(p + 2, min(len(s), p + POSTING_VALUE_CHARS)):
        if s[k - 1] in "。，,；：:":
            return None
        if rx.FLAT_NUMBER_FIRST.match(s[k : k + 30]):
            return _value_before_number(s, p, k)
        if POSTING_LABEL.match(s, k) or POSTING_DATE.match(s, k) or _head_goes_on(s, k):
            return k
    return None


def _value_before_number(s: str, p: int, k: int) -> int:
    """Where a posting label's value run into the notice's number ends (来源:本站原创海府〔2011〕33号 / 来源:市经信委渝经信发
    〔2024〕58号): after a body's name where the value ends as one three or four characters before its bracket, else two
    characters before it (an abbreviation such as 海府 / 闽政)."""
    bracket = s.find("〔", k)
    for e in (bracket - 3, bracket - 4):  # (an abbreviation of three or four characters: 国办发 / 渝经信发)
        if e - p >= 3 and rx.AGENCY_NAME_END.search(s[p:e]):  # (a body's name, not 本站)
            return e
    return max(k, bracket - 2)


def _head_goes_on(s: str, k: int) -> bool:
    """A notice's head goes on at ``k``: its number, its addressee up to a colon, or its text's first words."""
    rest = s[k : k + 160]
    if rx.FLAT_NUMBER_FIRST.match(rest) or HEAD_GOES_ON.match(rest):
        return True
    m = rx.FLAT_ADDRESSEE_RUN_ON.match(rest)
    return m is not None and rx.ADDRESSEE.match(m.group(0)) is not None


def _title_posting(s: str) -> list[str] | None:
    """X的通知来自:某市政府门户网站时间:2018-11-22各县(市、区)人民政府：… → title | posting line | rest (a web page
    flattened, its posting line run on between the title and the notice's number, addressee or text)."""
    for m in rx.FLAT_TYPE_END.finditer(s[:160]):
        e = m.end()
        title = s[:e]
        if "，" in title or "," in title or not _balanced(title) or rx.TITLE.match(title) is None:
            continue
        end = _posting_run(s, e, to_end=True)
        if end is not None:
            return [title, s[e:end], s[end:]] if end < len(s) else [title, s[e:]]
    return None


# "2025-12-26" — a posting field's date as a portal prints it, no time of day run on after it
ISO_DATE = re.compile(r"(?:19|20)\d\d-\d{1,2}-\d{1,2}(?![\d:：])")
# "•2022-08-10" — such a date opening a piece, the bullet a portal prints before each field's value kept with it
ISO_DATE_FIRST = re.compile(r"[•·]?" + ISO_DATE.pattern)


def _iso_date_before_title(s: str) -> list[str] | None:
    """2025-12-26泉州市X关于Y的通知时间：… → date | rest: a portal's posting date (公文生成日期：/ 发布日期：, its label
    ending the piece before, or a bullet before it: •应急•2022-08-10•2022-08-10X预案) run into the page's title; only
    where a title follows, within a title's length."""
    return _date_then_title(s, ISO_DATE_FIRST.match(s))


# "•公文生成日期：2025-12-26" / "归档时间:2023-06-15" — a portal's date field, its label (…日期 / …时间) and a date with no
# time of day, opening a piece
LABELLED_DATE_FIRST = re.compile(r"[•·]?[\u4e00-\u9fff]{0,4}(?:日期|时间)[：:]" + ISO_DATE.pattern)


def _labelled_date_before_title(s: str) -> list[str] | None:
    """•公文生成日期：2025-12-26泉州市X关于Y的通知 / 归档时间:2023-06-15某局2018年度Z报告 → field | rest: a portal's date
    field, its label with it, run into the page's title (a page stored with spaces or none, flat layout); only where a
    title follows within a title's length, as after a bare posting date."""
    return _date_then_title(s, LABELLED_DATE_FIRST.match(s))


# "海关总署公告2020年第108号(关于公布2020年商品归类决定的公告)" — an announcement's number, then its title in brackets (a
# site's heading, as clean.py reads it on a line of its own), opening a piece
FLAT_NUMBER_BRACKETED_TITLE = re.compile(
    r"(?P<num>[\u4e00-\u9fff]{2,40}?公告(?:19|20)\d\d年第\d{1,4}号)[（(](?P<title>[^（）()。，,]{4,120}?(?:公告|通知|决定))[）)]"
)


def _number_bracketed_title(s: str) -> list[str] | None:
    """某署公告2020年第108号(关于X的公告)为便于… → title | number | rest: an announcement's heading (its number, its title
    in brackets) run on with the text (flat layout), read as printed on a line of its own: the title, then its number."""
    m = FLAT_NUMBER_BRACKETED_TITLE.match(s) if "公告" in s[:60] else None
    if m is None or rx.TITLE.match(m.group("title")) is None:
        return None
    return [m.group("title"), m.group("num"), s[m.end() :]]


def _signature_date_before_title(s: str) -> list[str] | None:
    """…本通知自下发之日起执行。二〇〇九年一月十九日甲部关于X的通知各省…： → date | rest: a text's signature date
    (2009年1月19日 or in Chinese numerals), its issuer printed above it, run into the next text's title (texts of a
    compilation stored as one line, flat layout); only where a title follows, within a title's length — the date
    goes to the text before, not into the next title and its issuers."""
    return _date_then_title(s, rx.FLAT_DATE_FIRST.match(s))


def _date_then_title(s: str, m: re.Match[str] | None) -> list[str] | None:
    """date | rest, where the date ``m`` opens ``s`` and a whole title (no comma, brackets balanced) follows it within
    a title's length (150); else None."""
    if m is None:
        return None
    rest = s[m.end() :]
    for e in rx.FLAT_TYPE_END.finditer(rest, 0, 150):
        head = rest[: e.end()]
        if rx.TITLE.match(head) and _balanced(head) and "，" not in head and "," not in head:
            return [m.group(0), rest]
    return None


# "正文" / "首页" / "内容全文" — a portal's last breadcrumb or a tab's label, run on before the page's title
BREADCRUMB_WORD = re.compile(r"^(?:正文|首页|详情|内容全文|政策搜索|标题|公开信息内容)")


def _title_after_breadcrumb_word(s: str) -> list[str] | None:
    """正文甲市乙局关于X的通知甲乙发〔2017〕24号… / 首页关于X的通知关于X的通知财政部… → word | rest: a portal's last
    breadcrumb or tab label run into the page's title (a crawl that stores each page as one line, flat layout); only
    where the title right after it is whole within a title's length and holds 关于 (its issuers before it or none),
    or is printed twice (the page's heading and the text's own title)."""
    m = BREADCRUMB_WORD.match(s)
    if m is None:
        return None
    rest = s[m.end() :]
    for e in rx.FLAT_TYPE_END.finditer(rest, 0, 150):
        head = rest[: e.end()]
        if not (rx.TITLE.match(head) and _balanced(head)) or "，" in head or "," in head:
            continue
        if "关于" in head[:60] or rest.startswith(head, e.end()):
            return [m.group(0), rest]
    return None


def _posting_first(s: str) -> list[str] | None:
    """来源:市财政局2019-06-2416:15阅读人数:1各县(市、区)财政局：… → posting line | rest (a piece opening with a web
    page's posting line, the head going on after it)."""
    end = _posting_run(s, 0)
    return [s[:end], s[end:]] if end else None


# "9.X关于Y的通知（2023年4月28日）#Page67:国知办发〔2023〕23号…" — a compilation's entry flattened: its (numbered) title,
# the date note a compilation prints under it, the page marker of its source, then the notice's head
FLAT_TITLE_DATED = re.compile(
    r"^(?P<title>(?:\d{1,3}[.．、])?[^。；：:，,]{4,150}?(?:"
    + "|".join(rx.DOC_TYPES)
    + r"))(?P<date>[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[）)])(?P<page>#Page\d{1,5}[:：])?"
)


def _title_dated(s: str) -> list[str] | None:
    """9.X的通知（2023年4月28日）#Page67:各市… → title | （date） | page marker | rest: a compilation's entry run on, its
    date note (and its source's page marker) between the title and the notice's number, addressee or text."""
    m = FLAT_TITLE_DATED.match(s)
    if m is None or not _head_goes_on(s, m.end()) or not _balanced(m.group("title")):
        return None  # (a contents list's entries run on, 1.X的通知（…）2.Y的通知（…）, are no entry's head)
    if rx.TITLE.match(re.sub(r"^\d{1,3}[.．、]", "", m.group("title"))) is None:
        return None
    return [m.group("title"), m.group("date"), *([m.group("page")] if m.group("page") else []), s[m.end() :]]


# "289中国银保监会办公厅关于X的通知时效性：现行有效发文机关：…" — a law database's record run on after a title (a
# compilation copied from 北大法宝 and the like, flattened), the page counter of the text before it first
RECORD_START = re.compile(r"时效性[：:]")
# the page counter a text's last page printed, after its last sentence or its signature's date (…施行。289 / …17日292)
PAGE_COUNTER_AFTER_END = re.compile(r"(?:^|(?<=[日。；）)]))\d{1,3}(?![\d年.．、])")
RECORD_LABEL = re.compile(
    r"(?:时效性|发文机关|发布机关|制定机关|颁布机关|发文字号|文号|发文日期|发布日期|公布日期|颁布日期|施行日期|实施日期"
    r"|生效日期|效力级别|效力位阶)[：:]"
)
# the last field's value, where the notice's addressee or text runs on after it: a level (部门规范性文件), a date, a number
RECORD_LAST_VALUE = re.compile(
    r"[^：:，,。；]{0,10}?(?:规范性文件|规章|法规|规定|法律|条例|解释)|(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[^：:，,。；〔]{1,10}〔(?:19|20)\d\d〕\d{1,4}号"
)
RECORD_VALUE_CHARS = 60  # a field's value: a body's name or two, a date, a number


def _record_end(s: str, p: int) -> tuple[int, str | None, str | None] | None:
    """Where a law database's record run on from ``p`` ends (时效性：现行有效发文机关：X文号：Y发文日期：…效力级别：行业规定),
    its number (文号's value) and its date (发文日期's): each field's value runs up to the next label, the last one is a level, a date or a
    number; None unless three fields at least."""
    end, items, number, date = p, 0, None, None
    while items < 8:
        m = RECORD_LABEL.match(s, end)
        if m is None:
            break
        items += 1
        nxt = RECORD_LABEL.search(s, m.end(), m.end() + RECORD_VALUE_CHARS)
        last = None if nxt else RECORD_LAST_VALUE.match(s, m.end())
        if nxt is None and last is None:
            return None
        end = nxt.start() if nxt else last.end()
        if "文号" in m.group(0):
            number = s[m.end() : end]
        elif m.group(0)[:-1] in ("发文日期", "发布日期", "公布日期", "颁布日期"):
            date = s[m.end() : end]
    return (end, number, date) if items >= 3 else None


def _title_record(s: str) -> list[str] | None:
    """289X的通知时效性：现行有效发文机关：甲部文号：甲发〔2023〕2号发文日期：2023年01月13日…效力级别：部门规范性文件各有关
    单位：… → title | （date） | number | rest, and …施行。甲部2023年2月17日292X的通知时效性：… → text before (its
    signature's name | date) | title | … : a compilation copied from a law database, flattened — each entry's title
    (after the page counter of the text before it) runs into the database's record, which is read as a compilation's
    entry is: its date as the note under the title, its number where a document's number stands; the other fields go."""
    r = RECORD_START.search(s, 0, 400)
    if r is None:
        return None
    counter = next(reversed(list(PAGE_COUNTER_AFTER_END.finditer(s, 0, r.start()))), None)
    before, title = (s[: counter.start()], s[counter.end() : r.start()]) if counter else ("", s[: r.start()])
    if not 4 <= len(title) <= 150 or any(c in title for c in "。；：:，,") or not _balanced(title):
        return None
    if rx.TITLE.match(title) is None:
        return None
    record = _record_end(s, r.start())
    if record is None:
        return None
    end, number, date = record
    dated = [f"（{date}）"] if date and POSTING_DATE.fullmatch(date) else []
    return [*(_signature_before(before) if before else []), title, *dated, *([number] if number else []), s[end:]]


# "…清单（略）5." / "…施行。2." / "#Page1379:2." — a compilation's entry number right after the text before it ends
ENTRY_NUMBER_AFTER_END = re.compile(r"(?<=[。；）)：:])\d{1,3}[.．、](?=[^\d])")


def _entry_after_text(s: str) -> list[str] | None:
    """…附件：X清单（略）5.乙市人民政府办公室关于印发X的通知（2023年5月25日）乙政办函〔2023〕86号各县… → text before |
    the next entry (a compilation flattened, its entries run on: the next entry's number, title and date note right
    after the text before ends — a sentence, a bracket's close or a page marker); the entry is then cut as one."""
    for m in ENTRY_NUMBER_AFTER_END.finditer(s):
        if m.start() > 0 and _title_dated(s[m.start() : m.start() + 400]) is not None:
            return [s[: m.start()], s[m.start() :]]
    return None


# "…2023年4月6日55中国银保监会办公厅关于X的通知" — a signature's date, the page counter a compilation printed under
# the text's last page, and the next text's title, one part of a page stored with spaces once the spaces between
# them are gone
COUNTER_AFTER_DATE = re.compile(r"(?<=日)\d{1,4}(?=[\u4e00-\u9fff])(?![\d年月日号个条款项期批类种])")


def _title_after_page_counter(s: str) -> list[str] | None:
    """…活动。甲部办公厅2023年4月6日55甲部办公厅关于X的通知 → text | 甲部办公厅 | 2023年4月6日 | X's title: the page
    counter between a text's signature date and the next text's title (the piece's last words, a title whole) goes,
    so the title is read without it (a compilation's pages stored one a line, flat layout)."""
    for m in COUNTER_AFTER_DATE.finditer(s):
        title = s[m.end() :]
        if rx.TITLE.match(title) and _balanced(title) and not any(c in title for c in "。，,；"):
            return [*_signature_before(s[: m.start()]), title]
    return None


# "…2023年4月10日（此件公开发布）X方案" — a signature's date, the notice's publicity note and the title of the text it
# issues, one part of a page stored with spaces once the spaces between them are gone
NOTE_AFTER_DATE = re.compile(r"(?<=日)[（(]此件[^（）()]{1,10}[）)]")


def _title_after_public_note(s: str) -> list[str] | None:
    """…请认真遵照执行。甲区人民政府办公室2023年4月10日（此件公开发布）甲区X实施方案 → text | 甲区人民政府办公室 |
    2023年4月10日 | （此件公开发布） | 甲区X实施方案: the notice's note closing its signature, then the title of the
    text it issues (the piece's last words, a title whole), read apart from the note (flat layout).  Also where the
    next text's title runs on into its number after the note (…负责）国务院2018年12月21日（此件公开发布）乙的决定
    国发〔2018〕43号各省…： → … | （此件公开发布） | 乙的决定 | 国发〔2018〕43号 | 各省…：), the date a signature's whole."""
    m = NOTE_AFTER_DATE.search(s)
    title = s[m.end() :] if m else ""
    if not title:
        return None
    # (…2018年12月21日（此件公开发布）国务院关于X的决定国发〔2018〕43号各省…： — the next text's title run into its
    # number, the texts of a portal's pages stored as one line: the note closes the text before)
    numbered = _title_number(title) if m.start() > 0 and s[m.start() - 1] == "日" else None
    if numbered is not None and _balanced(numbered[0]) and SIGNATURE_DATE_END.search(s[: m.start()]):
        return [*_signature_before(s[: m.start()]), m.group(0), *numbered]
    if rx.TITLE.match(title) is None or not _balanced(title) or any(c in title for c in "。，,；"):
        return None
    return [*_signature_before(s[: m.start()]), m.group(0), title]


def _decree(s: str) -> list[str] | None:
    """X办法河南省人民政府令（第231号）《X办法》已经… → title | 令 head | number | rest (no title opens with a doc
    number or a text's opening words: 粤府函〔2023〕80号为做好…根据X条例国务院令第679号… is a number run into a text
    citing a decree)."""
    m = rx.FLAT_DECREE.match(s)
    if m and (rx.FLAT_NUMBER_FIRST.match(s) or rx.FLAT_TEXT_OPENING.match(s)):
        return None
    return [m.group("title"), m.group("head"), m.group("num"), s[m.end() :]] if m else None


def _title_note(s: str) -> list[str] | None:
    """X条例（2024年…会议通过）第一章… → title | note | rest."""
    m = rx.FLAT_TITLE_NOTE.match(s)
    return [m.group("title"), m.group("note"), s[m.end() :]] if m else None


def _title_maker_note(s: str) -> list[str] | None:
    """关于X的通报（某某办公室 2010年12月21日）按照… → title | note | rest: an issued text's title, the note of its
    maker and date, its text."""
    m = rx.FLAT_TITLE_MAKER_NOTE.match(s)
    return [m.group("title"), m.group("note"), s[m.end() :]] if m and s[m.end() :].strip() else None


def _order_first(s: str) -> list[str] | None:
    """湖北省人民政府令第282号《X办法》已经… → 令 head | number | rest."""
    m = rx.FLAT_ORDER_FIRST.match(s)
    return [m.group("head"), m.group("num"), s[m.end() :]] if m else None


def _number_before_title_twice(s: str) -> list[str] | None:
    """晋政办发〔2017〕55号X的通知X的通知晋政办发〔2017〕55号各市… / 苏政办发〔2019〕23号《X的通知》X的通知苏政办发… → title |
    title | rest: a web page flattened, its metadata's number and its heading (bare or in 《》) run on before the text's
    own title and number; the page's copy of the number goes, the title is read twice as _title_twice reads it.  Where
    the text's own number is not printed again (法发〔2015〕13号《X的意见》X的意见为贯彻…, the page's heading in 《》 run
    into the text's title and its first words), the number is the text's: title | number | rest; where the piece ends
    with the title (a part of a page stored with spaces, 苏政办发〔2019〕23号《X的通知》X的通知 | 苏政办发〔2019〕23号 | …),
    title | title, so the quoted heading is not read as the title's first line.  Also a flattened head for is_flat: the
    heading's 《 left open there keeps the line from reading as a number run into a title."""
    m = rx.FLAT_NUMBER_FIRST.match(s)
    if m is None:
        return None
    rest, num = s[m.end() :], m.group("num")
    title = _quoted_heading(rest)
    if title is not None:
        after = rest[len(title) + 2 :]
        copy = f"《{title}》" if after.startswith(f"《{title}》") else title if after.startswith(title) else None
        after = after[len(copy) :] if copy else ""
        if not after:  # (a part of a page stored with spaces: the text's own number is the next part)
            return [title, title, ""] if copy else None
        return [title, title, after] if after.startswith(num) else [title, num, after]
    twice = _title_twice(rest)
    return twice if twice and twice[2].startswith(num) else None


def _quoted_heading(s: str) -> str | None:
    """《X的通知》… → X的通知, where X is a title (holding 《》 of its own or not); else None."""
    close = s.find("》", 0, 200) if s.startswith("《") else -1
    while close > 0 and not _balanced(s[1:close]):  # (a title holding 《》 of its own: 《关于印发《X》的通知》)
        close = s.find("》", close + 1, 200)
    title = s[1:close] if close > 0 else ""
    return title if title and rx.TITLE.match(title) else None


def _number_first(s: str) -> list[str] | None:
    """豫财教〔2024〕35号河南省财政厅…的通知… → number | rest."""
    m = rx.FLAT_NUMBER_FIRST.match(s)
    return [m.group("num"), s[m.end() :]] if m else None


def _signed_before_title(s: str) -> list[str] | None:
    """国务院办公厅二〇〇六年九月七日国务院办公厅对X的答复国办函〔2006〕70号… / 国务院2018年12月28日（此件公开发布）X的通知
    国办发〔2018〕127号… → name | date | (note) | rest: the previous text's signature and date (and its bracketed note)
    run on before the next text's title and number, cut off before the title is read (else it opens the title)."""
    m = rx.FLAT_SIGNATURE.match(s)
    if m is None:
        return None
    note = rx.FLAT_NOTE.match(s[m.end() :])
    rest = s[m.end() + (note.end() if note else 0) :]
    if _title_number(rest) is None:
        return None
    return [m.group("name"), m.group("date"), *([note.group(0)] if note else []), rest]


def _signatory(s: str) -> list[str] | None:
    """省长王凯2024年5月20日… → signature | rest (the date is cut next)."""
    m = rx.FLAT_SIGNATORY.match(s)
    return [m.group(0), s[m.end() :]] if m else None


def _date_first(s: str) -> list[str] | None:
    """2024年5月20日第一章… → date | rest."""
    m = rx.FLAT_DATE_FIRST.match(s)
    return [m.group(0), s[m.end() :]] if m else None


def _date_at_end(s: str) -> list[str] | None:
    """…报名表江西省应急管理厅办公室2020年6月28日 → text | date (the signature's date on a line of its own)."""
    m = rx.FLAT_DATE_AT_END.search(s)
    return [s[: m.start()], m.group(0)] if m else None


def _printed_at_end(s: str) -> list[str] | None:
    """…核查表甲省某某委员会办公室2020年11月24日印发 → text | date印发 (a printing note's date on a line of its own)."""
    m = rx.FLAT_PRINTED_AT_END.search(s)
    return [s[: m.start()], m.group(0)] if m else None


def _date_into_attachment(s: str) -> list[str] | None:
    """…甲省某某中心2020年9月14日附件乙办理途径1.… → text | date | rest: a signature's date run into the label of
    the attachment printed after it, where the text before the date ends with a body's name (a note after it:
    （某某厅代章）)."""
    for m in rx.FLAT_DATE_INTO_ATTACHMENT.finditer(s):
        name = rx.FLAT_NOTE_AT_END.sub("", s[: m.start()])
        if rx.AGENCY_NAME_END.search(name):
            return [s[: m.start()], m.group("date"), s[m.end() :]]
    return None


def _chapter(s: str) -> list[str] | None:
    """第一章总则第一条… → chapter | rest."""
    m = rx.FLAT_CHAPTER.match(s)
    return [m.group(0), s[m.end() :]] if m else None


def _addressee(s: str) -> list[str] | None:
    """各市、县人民政府，省各委办厅局：《X》已经… → addressee | rest."""
    cut = max(s.find("："), s.find(":"))
    if cut < 0 or rx.ADDRESSEE.match(s[: cut + 1]) is None or _title_then_text(s[:cut]) is not None:
        return None  # (a title run into its addressee is cut between them first)
    return [s[: cut + 1], s[cut + 1 :]]


def _signature(s: str) -> list[str] | None:
    """江苏省人民政府办公厅2024年3月8日（此件公开发布）… → name | date | rest."""
    m = rx.FLAT_SIGNATURE.match(s)
    return [m.group("name"), m.group("date"), s[m.end() :]] if m else None


def _note(s: str) -> list[str] | None:
    """（此件公开发布）X方案为… → note | rest."""
    m = rx.FLAT_NOTE.match(s)
    return [m.group(0), s[m.end() :]] if m and m.end() < len(s) else None


# "—1—重庆市X规划…" — a PDF's page number (—1—, - 2 -) opening a piece, run on before the title of the next text
PAGE_NUMBER_FIRST = re.compile(r"^[-—–－]\s{0,2}\d{1,4}\s{0,2}[-—–－]")


def _page_number_first(s: str) -> list[str] | None:
    """—1—甲区X规划（2021—2025年） → —1— | 甲区X规划（2021—2025年）: the page number goes apart from the title."""
    m = PAGE_NUMBER_FIRST.match(s)
    return [m.group(0), s[m.end() :]] if m and m.end() < len(s) else None


def _title_then_text(s: str) -> list[str] | None:
    """X实施方案为贯彻落实… → title | text (only where what is cut off reads as a title)."""
    for m in rx.FLAT_TITLE_THEN_TEXT.finditer(s):
        if rx.TITLE.match(s[: m.end()]):
            return [s[: m.end()], s[m.end() :]]
    return None


# In order: the first cutter that applies to a piece cuts it; each part after the first is cut again.
CUTTERS: tuple[Callable[[str], list[str] | None], ...] = (
    _entry_after_text,  # (first: a title's text class takes in a bracketed note before the entry's number)
    _iso_date_before_title,
    _labelled_date_before_title,
    _number_bracketed_title,
    _signature_date_before_title,
    _title_after_breadcrumb_word,
    _title_labelled,
    _title_table_run,
    _title_after_page_counter,
    _title_after_public_note,
    _title_twice,
    _title_site,
    _title_dated,
    _title_record,
    _title_posting,
    _posting_first,
    _title_bracketed_number,
    _decree,
    _title_note,
    _title_maker_note,
    _order_first,
    _number_before_title_twice,
    _number_first,
    _signed_before_title,
    _title_number,
    _title_addressee,
    _addressee,
    _signatory,
    _signature,
    _date_first,
    _chapter,
    _note,
    _page_number_first,
    _title_then_text,
    _date_at_end,
    _printed_at_end,
    _date_into_attachment,
)


def _cut(s: str) -> list[str]:
    out: list[str] = []
    rest = s
    while rest:
        parts = next((p for cut in CUTTERS if (p := cut(rest)) is not None and p[0]), None)
        if parts is None:
            out.append(rest)
            break
        out.extend(parts[:-1])
        rest = parts[-1]
    return out
