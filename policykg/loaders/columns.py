"""A text hard-wrapped at a column's width, as PDF conversion gives it, read as its lines were printed.  Pure.

A converter cuts every printed line where the column ends: a paragraph, a title, a doc number or a date
runs on over two or more lines (``…关于进一步加强新`` / ``闻宣传工作的通知``), often with a blank line
after each and a page number (``- 12 -``) between two of them.  The lines filled to the column's width
are the ones cut; :func:`unwrap_columns` joins each onto the line it continues on, and blanks the lines it
took, so every line keeps its number.

>>> body = ["为进一步规范和提高信息宣传工作的质", "量和水平，加快构建科学、高效的宣传", "网络。"] * 8
>>> text = "\\n\\n".join(["甲市人民政府关于进一步加强新闻宣传", "- 3 -", "工作的通知", *body])
>>> unwrap_columns(text).split("\\n")[:5]
['甲市人民政府关于进一步加强新闻宣传工作的通知', '', '- 3 -', '', '']
"""

from __future__ import annotations

import re
from collections import Counter

from policykg.loaders import regexes as rx
from policykg.loaders.segment import SIGNATURE_LINE, TITLE_GOES_ON, body_name_alone, masthead_then_own_name

MIN_WIDTH, MAX_WIDTH = 16, 60  # characters a column of a printed page holds
MIN_FULL_LINES = 15  # lines filled to the width before a text is read as hard-wrapped
MAX_OVER = 3  # characters a line cut at the column may hold beyond its width (narrow digits, half-width signs)
MIN_FULL_SHARE = 0.3  # … and their share of the lines at least MIN_WIDTH long


def column_width(lines: list[str]) -> int | None:
    """The width a text is hard-wrapped at: the most frequent length of its lines, when enough of its
    lines have it (none for a text whose lines are its paragraphs)."""
    long = [len(s) for s in lines if len(s) >= MIN_WIDTH]
    if not long:
        return None
    width, n = Counter(long).most_common(1)[0]
    if width > MAX_WIDTH or n < MIN_FULL_LINES or n < MIN_FULL_SHARE * len(long):
        return None
    return width


def unwrap_columns(text: str) -> str:
    """``text`` with each line filled to the column's width joined to the line it runs on to (blank lines
    and a page number between them skipped); the lines taken are left blank (a text hard-wrapped at a
    column's width, pdf layout)."""
    raw = text.split("\n")
    stripped = [s.strip() for s in raw]
    width = column_width(stripped)
    if width is None:
        return text
    out = list(raw)
    i = 0
    while i < len(raw):
        if (_printed_length(raw[i]) < width and not _heading_left_open(stripped[i])) or _number_alone(raw, stripped, i):
            i += 1
            continue
        joined, k = stripped[i], i
        while (nxt := _next_part(raw, stripped, k, width)) is not None and not (
            _title_then_text(stripped[k], stripped[nxt], joined)
            or _signature_over_date(stripped[k], stripped[nxt])
            or _text_then_title(raw, stripped, joined, nxt, width)
        ):
            for j in range(k + 1, nxt + 1):
                out[j] = raw[j] if _page_furniture(stripped[j]) else ""
            joined, k = joined + stripped[nxt], nxt
        out[i] = joined
        i = k + 1
    return "\n".join(_page_number_over_issuer(_join_narrow_titles(_join_cut_days(out), width)))


MAX_HEAD_PIECES = 4  # printed lines a title under a text's last line may take


def _text_then_title(
    raw: list[str], stripped: list[str], joined: str, nxt: int, width: int, *, ahead: bool = True
) -> bool:
    """The last line of a text filling the column (a text cut short, its sentence left open: …面向城镇低收) and a
    title opening on the line under it, the title's header after it (锦州市人民政府关于修订… / …预案的通知 /
    (锦政发〔2007〕 14 号)): the title keeps its line, never the rest of the text's sentence (pdf layout).  The title
    is read from line ``nxt`` over its lines cut at the column to its short last line, or over short lines while it
    has not ended (国务院关于2018年度 / 国家科学技术奖励的决定) or its issuer's line alone over its 关于 line (某某街道
    办事处 / 关于印发…); it opens with its issuer and 关于 (or the text above is prose: a comma in it), no 《 left open in the text above, and the line under it is a number's, an
    addressee's, the passing note's or a numbered heading."""
    if joined.count("《") > joined.count("》"):
        return False
    head = _ISSUER_ABOUT.match(stripped[nxt]) is not None or stripped[nxt].startswith(("关于", "《关于"))
    if not head and not _PROSE_MARK.search(joined):
        return False
    if not head and ahead and _title_under_cut_line(raw, stripped, joined, nxt, width):
        return False
    title, k = "", nxt
    for _ in range(MAX_HEAD_PIECES):
        s = stripped[k]
        if _NOT_A_TITLE_PIECE.search(s):
            return False
        title += s
        cut = _cut(raw[k], width)
        if rx.TITLE.match(title.replace(" ", "")) and (not cut or title.count("《") <= title.count("》")):
            below = _continuation(raw, stripped, k + 1) or _nonblank_near(stripped, k, 1)
            under = _HEADER_UNDER_TITLE if not cut else _NUMBER_UNDER_TITLE
            if below is not None and under.match(stripped[below]) is not None:
                return True
            if not cut:
                return False
        nk = _nonblank_near(stripped, k, 1)
        if not cut and k == nxt and _issuer_line_over_about(title, stripped, nk):
            head = True  # (某某街道办事处 / 关于印发…的通知: the issuer on a line of its own, the title goes on below)
        elif not cut and (not head or rx.TITLE_END.search(title)):
            return False
        if nk is None or _page_furniture(stripped[nk]):
            return False
        k = nk
    return False


def _title_under_cut_line(raw: list[str], stripped: list[str], joined: str, nxt: int, width: int) -> bool:
    """Line ``nxt``, no issuer and 关于 opening it, is cut at the column and a title opens on the line under it
    (…吴小、 / 白代格、…9人“乌力格 / 增加“某科”诊疗科目的通知 / 各省、自治区…：, a text cut short mid-sentence): line
    ``nxt`` is the text's last line, never the title's first, though the two read as one title too (pdf layout).
    One line ahead only."""
    if not _cut(raw[nxt], width):
        return False
    below = _continuation(raw, stripped, nxt + 1)
    return below is not None and _text_then_title(raw, stripped, joined + stripped[nxt], below, width, ahead=False)


def _issuer_line_over_about(title: str, stripped: list[str], below: int | None) -> bool:
    """Line ``title`` is a body's name alone and the line ``below`` opens the rest of a title with 关于 (某某街道办事处 /
    关于印发《…》的通知, a title whose issuer is printed on a line of its own)."""
    return (
        below is not None and body_name_alone(title.replace(" ", "")) and stripped[below].startswith(("关于", "《关于"))
    )


# a title's issuer and 关于 opening a line (锦州市人民政府关于…)
_ISSUER_ABOUT = re.compile(r"^([^\s，。；：,]{2,30}?)关于")
# a comma or an enumeration mark: prose, not a header's line
_PROSE_MARK = re.compile(r"[，、,]")
# what stands under a title: its number (锦政发〔2007〕 14 号, in brackets or not), an addressee (各县（市）区人民政府，…：),
# the passing note in brackets, a numbered article, chapter or heading (第一条, 第一章, 一、)
_HEADER_UNDER_TITLE = re.compile(
    r"[（(]|[^，。；]{1,20}〔\s{0,2}(?:19|20)\d\d\s{0,2}〕|第[一二三四五六七八九十\d]{1,3}[条章]|[一二三四五六七八九十]{1,3}、"
    r"|(?:各|有关)[^。；]{1,60}[：:，,]"
)


# a doc number alone under a whole title filling the column, in brackets or not ((医保办函〔2025〕 85 号), 甲政发〔2024〕 3 号):
# the title ended at the column's edge (the number never runs on in a title)
_NUMBER_UNDER_TITLE = re.compile(
    r"[（(]?[^，。；\s（(]{1,20}〔\s{0,2}(?:19|20)\d\d\s{0,2}〕\s{0,2}第?\s{0,2}\d{1,5}\s{0,2}号\s{0,2}[）)]?$"
)


def _number_alone(raw: list[str], stripped: list[str], i: int) -> bool:
    """A decree's or an announcement's number line alone that happens to fill the column (``宁夏回族自治区人民政府令第
    93 号`` over ``《…办法》已经…``, pdf layout): a line of its own, never the first part of a wrapped paragraph
    (unless a bracket opens the line below: ``海关总署公告2020年第 132 号`` / ``(关于公布…的公告)`` is one heading)."""
    s = re.sub(r"\s", "", stripped[i])
    if not s.endswith("号") or not any(p.match(s) for p in _NUMBER_LINES):
        return False
    nxt = _continuation(raw, stripped, i + 1)
    return nxt is None or stripped[nxt][:1] not in "(（"


_NUMBER_LINES = (rx.ORDER_LINE, rx.ORDER_YEAR_LINE, rx.ANNOUNCEMENT_LINE, rx.SERIAL_ANNOUNCEMENT_LINE)


def _join_cut_days(out: list[str]) -> list[str]:
    """``out`` with a signature's date cut before its day mark (``2017 年 6 月 13`` / `` 日``: a right-aligned date
    wrapped at the column, pdf layout) read whole on its first line, the 日 line left blank: the date is never
    read as the first line of the title under it."""
    stripped = [s.strip() for s in out]
    for i, s in enumerate(stripped):
        above = _nonblank_near(stripped, i, -1) if s == "日" else None
        if above is not None and _DATE_WITHOUT_DAY.search(re.sub(r"\s", "", stripped[above])):
            out[above] = out[above].rstrip() + "日"
            out[i] = ""
    return out


_DATE_WITHOUT_DAY = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}$")


MAX_PAGE_GAP = 3  # blank lines on either side of a page number between a title's issuer line and its 关于 line


def _page_number_over_issuer(out: list[str]) -> list[str]:
    """``out`` with a page number that fell between a title's issuer line and its 关于 line (``重庆市人民政府办公厅`` /
    ``- 2 -`` / ``关于印发…的通知``: the title starts at a page's foot) put above the issuer line, the issuer line where
    the page number was: a page break widens no gap inside a title (a title broken over a page, pdf layout)."""
    stripped = [s.strip() for s in out]
    for i, s in enumerate(stripped):
        if not s or not _page_furniture(s) or ":" in s:
            continue
        above = _nonblank_near(stripped, i, -1)
        below = _nonblank_near(stripped, i, 1)
        if (
            above is not None
            and below is not None
            and body_name_alone(stripped[above].replace(" ", ""))
            and stripped[below].startswith(TITLE_GOES_ON)
        ):
            out[above], out[i] = out[i], out[above]
            stripped[above], stripped[i] = stripped[i], stripped[above]
    return out


def _nonblank_near(stripped: list[str], i: int, step: int) -> int | None:
    """The first non-blank line from line ``i`` in direction ``step``, within MAX_PAGE_GAP lines."""
    for k in range(i + step, i + step * (MAX_PAGE_GAP + 1), step):
        if 0 <= k < len(stripped) and stripped[k]:
            return k
    return None


MAX_GAP = 4  # blank lines and a page number between two parts of one wrapped line
MIN_TITLE_WIDTH = 10  # characters a title's line set in larger type holds at least
MAX_TITLE_PIECES = 6  # lines a title set narrower than the body may take
MIN_NARROW_TITLES = 3  # titles of one publication set at one narrower width before any is joined


def _join_narrow_titles(out: list[str], width: int) -> list[str]:
    """``out`` with each title set narrower than the body's column joined onto its first line, the lines
    taken left blank (a centred title in larger type, pdf layout: ``厦门市大嶝对台小额商品交`` / ``易市场管理
    规定``; every line but the last as long as the first, shorter than the column, no sentence in any, and the
    lines joined end as a title does).  The titles of one publication are set alike: only runs whose first line
    has the length most of them have, MIN_NARROW_TITLES of them at least, are joined."""
    stripped = [s.strip() for s in out]
    runs: list[tuple[int, list[int]]] = []
    i = 0
    while i < len(out):
        parts = _narrow_title_parts(out, stripped, i, width)
        if parts:
            runs.append((i, parts))
            i = parts[-1]
        i += 1
    lengths = Counter(len(stripped[i]) for i, _ in runs)
    if not lengths or lengths.most_common(1)[0][1] < MIN_NARROW_TITLES:
        return out
    narrow = lengths.most_common(1)[0][0]
    for i, parts in runs:
        if len(stripped[i]) == narrow:
            out[i] = "".join(stripped[j] for j in [i, *parts])
            for j in range(i + 1, parts[-1] + 1):
                out[j] = out[j] if _page_furniture(stripped[j]) else ""
    return out


def _narrow_title_parts(out: list[str], stripped: list[str], i: int, width: int) -> list[int]:
    """The lines a title set narrower than the column continues on from line ``i`` (see _join_narrow_titles),
    else none."""
    first = stripped[i]
    n = len(first)
    if not (MIN_TITLE_WIDTH <= n < width) or _NOT_A_TITLE_PIECE.search(first) or not _opens_title(first):
        return []
    parts: list[int] = []
    joined, k = first, i
    while len(parts) < MAX_TITLE_PIECES and (len(stripped[k]) == n or _title_left_open(joined)):
        nxt = _continuation(out, stripped, k + 1)
        if nxt is None or len(stripped[nxt]) > n or _NOT_A_TITLE_PIECE.search(stripped[nxt]):
            break
        if _title_then_text(stripped[k], stripped[nxt], joined) or masthead_then_own_name(first, stripped[nxt]):
            break
        parts.append(nxt)
        joined, k = joined + stripped[nxt], nxt
    while (
        parts and not rx.TITLE.match(re.sub(r"\s", "", joined)) and not _issuer_line_cut(out, stripped, joined, parts)
    ):
        joined = joined[: -len(stripped[parts.pop()])]
    return parts


def _issuer_line_cut(out: list[str], stripped: list[str], joined: str, parts: list[int]) -> bool:
    """``joined`` is the issuer line of a title printed over several lines, cut narrower than the column in two
    (``甲省人民代表大会常务委`` / ``员会`` over ``关于修改…的决定``): a body's name alone, its second piece the short
    rest of it, the line below opening the rest of the title (a centred title in larger type whose first line
    names the issuer, pdf layout)."""
    if len(parts) != 1 or not body_name_alone(re.sub(r"\s", "", joined)):
        return False
    below = _continuation(out, stripped, parts[0] + 1)
    return below is not None and stripped[below].startswith(TITLE_GOES_ON)


def _title_left_open(joined: str) -> bool:
    """A title printed over several lines, each cut narrower than the column, whose lines joined so far end where
    no title ends: a 《 left open or a word running on (``关于修改《乙省`` / ``立法条例》等`` / ``五件地方性法规的决定``:
    after the short rest of a line the title goes on below; a centred title in larger type, pdf layout)."""
    return joined.count("《") > joined.count("》") or joined[-1:] in _TITLE_RUNS_ON


# what a title's line never holds: a sentence's or a clause's end, a field's colon, a contents entry's leader
_NOT_A_TITLE_PIECE = re.compile(r"[。！？；，,：:]|[.…·]{2}")
# what a title's first line never is: a date or a number (…日, …号), a numbered heading (4.1…, 三、…), a title
# whole on its line (…办法, …规定), names spaced apart (a header's issuers, a spaced-out heading)
_NOT_A_TITLE_START = re.compile(
    r"^(?:[\d#*>|\-]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d])|[日号）)〕\]]$|[\u4e00-\u9fff]\s+[\u4e00-\u9fff]"
)


def _opens_title(first: str) -> bool:
    """Line ``first`` may be a title's first line cut narrower than the column (see _join_narrow_titles)."""
    return _NOT_A_TITLE_START.search(first) is None and rx.TITLE_END.search(first) is None


def _next_part(raw: list[str], stripped: list[str], k: int, width: int) -> int | None:
    """The line line ``k`` runs on to: its continuation when it is cut at the column, else the next line when
    that opens with a closing mark (see :func:`_closing_mark_next`)."""
    if _cut(raw[k], width):
        return _continuation(raw, stripped, k + 1)
    return _closing_mark_next(raw, stripped, k, width)


# marks no printed line opens with (a typesetter keeps them on the line they close)
_CLOSING_MARKS = frozenset("。，、；：！？）》〉」』”’〕】")
_BRACKET_CLOSES = {"》": "《", "）": "（", ")": "(", "〉": "〈"}
MAX_LONE_MARKS = 2  # 。 / ”。 — a line of closing marks alone


def _closing_mark_next(raw: list[str], stripped: list[str], k: int, width: int) -> int | None:
    """The next line (blank lines and a page number skipped) when line ``k`` is filled to the column's width
    and that line is the close the converter cut off at the column: a line of closing marks alone
    (…二、对下列7件省政府规章予以废止 / 。), or a bracket closing one left open on line ``k``
    (…、《乙省…程序规定 / 》（省人民政府令第 217 号）…)."""
    if _printed_length(raw[k]) < width or _MARKUP_LINE.match(stripped[k]):
        return None
    for j in range(k + 1, min(k + MAX_GAP + 1, len(stripped))):
        s = stripped[j]
        if s and not _page_furniture(s):
            lone = len(s) <= MAX_LONE_MARKS and all(ch in _CLOSING_MARKS for ch in s)
            opened = _BRACKET_CLOSES.get(s[0])
            closes = opened is not None and stripped[k].count(opened) > stripped[k].count(s[0])
            return j if lone or closes else None
    return None


def _continuation(raw: list[str], stripped: list[str], start: int) -> int | None:
    """The line a wrapped line runs on to: the next non-blank line that is not a page number, within
    MAX_GAP lines, and not indented (an indented line opens a paragraph or a heading of its own) nor one
    a sentence starts on (a sentence's evidence keeps the line it starts on)."""
    for j in range(start, min(start + MAX_GAP + 1, len(stripped))):
        s = stripped[j]
        if s and not _page_furniture(s):
            opens = _indented(raw[j]) or _MARKUP_LINE.match(s) or _SENTENCE_END.search(s[:-1])
            return None if opens else j
    return None


# a sentence's end at the line's end, or a note in brackets after it (…走出去。（工业和信息化部牵头负责）), or
# a document's number or date in brackets closing an item (二、国务院关于…的通知（国发〔1997〕21 号）), or a
# contents entry's page number after its title (3．…的通知 34, …规划 ..... (6))
_PARAGRAPH_END = re.compile(
    r"(?:[。！？；：!?;:]|[。；][（(][^（）()]{1,30}[）)]|[号日][）)]"
    r"|[知见法定告案则例划要单函复示》）)]\s{1,4}\d{1,4}|[.…·]{2}\s{0,4}[（(]?\d{1,4}[）)]?)$"
)


def _indented(line: str) -> bool:
    """An indented line, opening a paragraph or a heading (not the rest of a number or a date cut after a
    space: … 〔2010〕 / 57 号, 2010 年 / 4 月)."""
    return line[:1].isspace() and not line.lstrip()[:1].isdigit() and line.lstrip()[:1] not in "号年月日〕]）)"


# a sentence's end anywhere on a line (a header's parts — title, number, date, addressees — hold none)
_SENTENCE_END = re.compile(r"[。！？；]")
# a sentence opened after the last sentence's end on a line, and left open at the line's end (…的工作机构。州人大
# 各专门委员会办公室、): its rest is on the next line
_OPEN_LAST_SENTENCE = re.compile(r"[。！？；][”’」』）)]{0,2}[^。！？；”’」』）)]{2,60}$")


def _sentence_runs_on(s: str) -> bool:
    """A line filled to the column whose last sentence starts on it and is left open at its end (…的工作机构。州人大各
    专门委员会办公室、 / 常委会各工作机构办公室和机关党委负责本 / 委, pdf layout): the sentence goes on below, and joined
    it still starts on this line — only a sentence opening the next line keeps that line."""
    return _OPEN_LAST_SENTENCE.search(s) is not None and _PARAGRAPH_END.search(s) is None


# a Markdown heading, list item or table row
_MARKUP_LINE = re.compile(r"#|[-*+] |\|")


def _heading_left_open(s: str) -> bool:
    """A Markdown heading that leaves a 《 open (``# 甲市某某局关于印发《甲市建筑垃圾`` / ``运输管理办法》的通知``): a
    heading cut at the column like any line, its rest on the lines below (a Markdown text hard-wrapped, pdf layout)."""
    return s.startswith("#") and s.count("《") > s.count("》")


def _heading_cut(line: str, width: int) -> bool:
    """A Markdown heading titling a text, filled to the column and cut where no title ends (``# 甲市人民政府关于批转区
    某局`` / ``《关于加强某某工作的实施意见》的通知``): its rest is on the lines below (a Markdown text hard-wrapped at
    the column, pdf layout). A heading holding no 关于 (a chapter's, a section's) is never taken as cut."""
    s = line.strip()
    return (
        s.startswith("#")
        and "关于" in s
        and _printed_length(line) >= width
        and len(s.replace(" ", "")) <= width + MAX_OVER
        and _SENTENCE_END.search(s) is None
        and rx.TITLE_END.search(s) is None
    )


# what runs on from a document's kind to the rest of a title (…若干措施 / 的通知, …办法 / 和…, …规定 / （试行）)
_TITLE_RUNS_ON = frozenset("的和及与等之暨或")


def _title_then_text(line: str, nxt: str, joined: str = "") -> bool:
    """A whole title that happens to fill the column, and the text under it: the line ends with a document's
    kind (…若干措施), no 《 left open in it nor in the lines it ends (``joined``: a paragraph's line closing a 《 the
    line above opened and opening one of its own, …组织法》《中华人民共和国立法法》《法 / 规规章备案条例》…, pdf
    layout), and the next line opens with a word no title runs on with (为深入…)."""
    first = nxt[0]
    whole = joined or line
    return (
        rx.TITLE_END.search(line) is not None
        and line.count("《") <= line.count("》")
        and whole.count("《") <= whole.count("》")
        and (
            ("\u4e00" <= first <= "\u9fff" and first not in _TITLE_RUNS_ON)
            or _heading_or_note_under_title(nxt)
            or (whole.startswith("#") and first not in _TITLE_RUNS_ON)  # a heading's title ended: 《X》… is text
        )
    )


# what opens the line under a whole title and never runs on in it: a numbered heading (1 总则, 1.1 编制目的, 第一章 总则,
# 一、…) or the passing note's date and meeting in brackets ((2025 年 2 月 25 日某市…通过), ——2021 年 6 月 22 日某市…; not
# a contents entry's date: （2023 年 3 月 18 日）……464)
_UNDER_TITLE = re.compile(
    r"\d{1,2}(?:\.\d{1,2}){0,3} {0,2}(?![号年月日])[\u4e00-\u9fff]|第[一二三四五六七八九十]{1,3}[章编]"
    r"|[一二三四五六七八九十]{1,3}、|(?:[（(]|——) {0,2}(?:19|20)\d\d {0,2}年 {0,2}\d{1,2} {0,2}月 {0,2}\d{1,2} {0,2}日 {0,2}[\u4e00-\u9fff]"
    r"|https?:|www\."  # a link under the title (a reprint's image: https://mmbiz.qpic.cn/…), never a title's rest
)


def _heading_or_note_under_title(nxt: str) -> bool:
    """The line under a whole title filling the column opens with a numbered heading or the passing note's date
    (新郑市突发公共事件医疗卫生救援应急预案 / 1 总则, …备案审查规定 / (2025 年 2 月 25 日…通过), pdf layout): text of
    its own, never the title's rest."""
    return _UNDER_TITLE.match(nxt) is not None


def _page_furniture(s: str) -> bool:
    """A page's number or marker between two parts of a wrapped line (- 12 -, 第 3 页, # Page 12:)."""
    return rx.PAGE_ARTEFACT.match(s.lstrip("# ")) is not None


_SPACED_DIGITS_BY = frozenset("年月日号〕]")  # what a converter spaces from the digits of a number or a date


def _printed_length(line: str) -> int:
    """The characters of a line, a space the cut left at its end among the spaced digits of a number or a
    date counted (…2010 年 / 4 月 23 日)."""
    s = line.strip()
    if not s:
        return 0
    spaced = line.rstrip("\r")[-1:] == " " and (s[-1].isdigit() or s[-1] in _SPACED_DIGITS_BY)
    return len(s) + spaced + _spaced_start(line)


def _spaced_start(line: str) -> bool:
    """A line opened by the one space a cut left before the spaced digits of a number or a date (… 2004 年 /
    `` 2 月 26 日…令第 17``, pdf layout): counted in its length like the characters after it."""
    return _SPACED_START.match(line) is not None


# the space a cut left before a date's or a number's spaced part (`` 2 月``, `` 年 4 月``, `` 57 号``; not an item's
# number: `` 1.…``)
_SPACED_START = re.compile(r" (?:\d{1,4} ?)?[年月日号〕\]]")


def _cut(line: str, width: int) -> bool:
    """A line cut where the column ends: filled to the width (a few characters more for the spaces and
    narrow digits a converter prints; a line much longer is set in another type: a heading, a header's
    line), and not a paragraph that ends there."""
    s = line.strip()
    if _MARKUP_LINE.match(s):  # a Markdown heading, item or table row: a line of its own, never wrapped
        return _heading_left_open(s) or _heading_cut(line, width)  # (unless a heading is cut: the rest below)
    if _SENTENCE_END.search(s) and not _sentence_runs_on(s):  # a sentence ends on it: the next one keeps its own
        return False  # line (and line number)
    fits = _printed_length(line) >= width and len(s.replace(" ", "")) <= width + MAX_OVER
    return (
        fits
        and _PARAGRAPH_END.search(s) is None
        and not _timestamp_end(s)
        and _FIELD_DATE.match(s) is None
        and _BREADCRUMB_TO_TEXT.search(s) is None
        and not _signed_and_dated(s)
        and not _body_then_date(s)
    )


# a date alone on its line (2024 年 3 月 22 日, 二〇二四年三月二十二日): a signature's date
_DATE_ALONE = re.compile(
    r"(?:19|20)\d\d\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
# the note after a signer's name: signed on another's behalf or under its seal ((代), （代章）, (盖章), (印))
_SIGNER_NOTE = re.compile(r"[(（](?:代|代章|章|盖章|印)[)）]$")


def _signature_over_date(line: str, nxt: str) -> bool:
    """A signer's name filling the column and its date alone on the line under it
    (玉林市应对气候变化及节能减排工作领导小组办公室(代) / 2024 年 3 月 22 日, pdf layout): the signature, never
    a line cut at the column (the date keeps its line)."""
    if _DATE_ALONE.fullmatch(nxt) is None:
        return False
    name = _SIGNER_NOTE.sub("", re.sub(r"\s", "", line))
    return name != re.sub(r"\s", "", line) or body_name_alone(name)


def _signed_and_dated(s: str) -> bool:
    """A decree's signature and date on one line (自治区主席 陈 武 2016 年 12 月 6 日, pdf layout): the end of the
    decree, never cut at the column (the title of the rules under it keeps its line)."""
    c = re.sub(r"\s", "", s)
    return c.endswith("日") and SIGNATURE_LINE.match(c) is not None


def _body_then_date(s: str) -> bool:
    """A signing body's name and its date on one line (中共甲市委 2016 年 6 月 17 日, pdf layout): the end of the
    notice, never cut at the column (the title of the text it transmits, under it, keeps its line)."""
    c = re.sub(r"\s", "", s)
    m = _DATE_AT_END.search(c)
    return m is not None and m.start() > 0 and body_name_alone(c[: m.start()])


_DATE_AT_END = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")


# a page's date field, its label and its date alone on the line (• 成文日期:2020 年 03 月 19 日, 发布日期：2024年3月1日): a
# field's line, never cut at the column (the title under it keeps its line, pdf layout)
_FIELD_DATE = re.compile(
    r"[•·\s]{0,3}[\u4e00-\u9fff]{2,6}日期\s{0,2}[:：]\s{0,2}(?:19|20)\d\d\s{0,2}[年\-/.]\s{0,2}\d{1,2}\s{0,2}[月\-/.]\s{0,2}\d{1,2}\s{0,2}日?$"
)


# a page's breadcrumb ending at the page's own text (您所在的位置:首页 > 工作文件 > 正文, 当前位置:首页>…>正文): whole on its line,
# never cut at the column (the title under it keeps its line, pdf layout)
_BREADCRUMB_TO_TEXT = re.compile(r"[>»›/]\s{0,3}正文$")


# a date and its clock time closing a line (2020-03-06 04:23:12, 2025/3/1 16:04:59, 2020 年 11 月 13 日 14:42)
_TIMESTAMP_END = re.compile(r"\d[\s日]{1,4}\d{1,2}:\d{2}(?::\d{2})?$")


def _timestamp_end(s: str) -> bool:
    """A line closed by a date and its clock time: a page's posting time (时间:2020-03-06 04:23:12, 更新时间:
    2025/3/1 16:04:59), a field a line ends with, never cut at the column (the title under it keeps its
    line, pdf layout)."""
    return _TIMESTAMP_END.search(s) is not None
