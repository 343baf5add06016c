"""Finding documents in a publication: where each starts, its title block, where it ends.

A compilation or gazette holds many documents back to back.  A document is found from an
*anchor* — a line only a document header has: a doc number line (豫政办〔2023〕17号), an order
number (河南省人民政府令 / 第227号), an announcement number (2024年第4号), an addressee line
(各省辖市人民政府，…：), a promulgation note ((2024年4月8日…公布 自…起施行)), a Markdown title
heading, or the first article of a law (第一章 / 第一条).  From the anchor we walk back over the
title block (titles are broken over several lines by PDF conversion) and keep the part that reads as
a title.  Tables of contents, covers and section headings are never documents.  A transmitting
notice (关于印发《X》的通知) is split from the text it transmits when X's title is found below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.keys import loose_title_key
from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact, title_text
from policykg.loaders.models import Line

MAX_TITLE_LINES = 8
MAX_TITLE_LINE_LEN = 60  # a longer line is body text unless it is a whole title by itself
MAX_TITLE_LEN = 160

# The start of an agency name: "河南省人民政府办公厅", "中共平顶山市委组织部", "国家税务总局" …
# National bodies whose names do not start with a place.
NATIONAL_START = re.compile(
    r"^(?:国务院|全国人民代表大会|全国人大|中共中央|中央|国家|中华人民共和国|最高人民|中国人民银行|中国银行|中国|财政部|教育部|科技部|科学技术部|"
    r"商务部|工业和信息化部|人力资源社会保障部|人力资源和社会保障部|民政部|司法部|公安部|自然资源部|生态环境部|住房城乡建设部|"
    r"住房和城乡建设部|交通运输部|水利部|农业农村部|文化和旅游部|退役军人事务部|应急管理部|审计署|海关总署|税务总局|"
    r"市场监管总局|金融监管总局|银保监会|证监会|国资委|发展改革委|外交部|国防部|卫生健康委|医保局|统计局|知识产权局)"
)
# A place: 河南省, 郑州市, 禹王台区, 新疆维吾尔自治区 … (or the short 省/市/区/县 of 省人社厅).
_PLACE = r"(?:[\u4e00-\u9fff]{1,9}?(?:省|市|自治区|自治州|区|县|州|盟|旗)|省|市|区|县)"
_AGENCY_SUFFIX = (
    r"(?:人民政府|人民代表大会|常务委员会|办公厅|办公室|委员会|领导小组|工作组|总局|管理局|厅|局|部|署|委|院|会|"
    r"行|中心|小组|政府|组织部|宣传部|团|联|社)"
)
# The start of an agency name: "河南省人民政府办公厅", "中共平顶山市委组织部", "国家税务总局" …
AGENCY_START = re.compile(
    r"^(?:中共|中国共产党)?(?:"
    + _PLACE
    + r"|"
    + NATIONAL_START.pattern[4:-1]
    + r")[\u4e00-\u9fff（）“”、]{0,30}?"
    + _AGENCY_SUFFIX
)


# "河南省财政厅 河南省住房和城乡建设厅关于…": the part before 关于 is a run of agency names.
_AGENCY_NAME = AGENCY_START.pattern[1:]
ISSUERS_THEN_ABOUT = re.compile(r"^(?:" + _AGENCY_NAME + r")+《?关于")


@dataclass
class Span:
    """One document found in a file (positions are indexes into the file's non-blank lines)."""

    title: str
    start: int  # first line of the title block
    title_end: int  # last line of the title block
    anchor: int  # the anchor line
    anchor_kind: str
    end: int = -1  # last line of the document (inclusive)
    transmitted_by: int | None = None  # index of the transmitting span
    raw_title: str = ""  # the title lines joined with spaces (the spaces separate joint issuers)
    header_start: int | None = None  # first header line when it lies above the title (文头, doc number)
    children: list[int] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.start if self.header_start is None else min(self.start, self.header_start)


def nonblank(lines: list[Line]) -> list[Line]:
    return [l for l in lines if l.text]


def mark_toc(nb: list[Line]) -> set[int]:
    """Indexes of table-of-contents lines: entries with page numbers and what a TOC heading opens."""
    toc: set[int] = set()
    n = len(nb)
    text_after: dict[int, str] = {}

    def lines_after(j: int) -> set[str]:
        return {compact(l.text) for l in nb[j + 1 : j + 400]}

    def rest_of(j: int) -> str:
        if j not in text_after:
            text_after[j] = "".join(compact(l.text) for l in nb[j + 1 :])
        return text_after[j]

    for i, l in enumerate(nb):
        if _is_toc_entry(l.text):
            toc.add(i)
    i = 0
    while i < n:
        if rx.TOC_HEADING.match(compact(nb[i].text)):
            toc.add(i)
            j = i + 1
            while j < n:
                t = nb[j].text
                if j in toc or rx.SECTION_HEADING.match(t):
                    toc.add(j)
                elif (
                    j + 1 < n
                    and (j + 1) in toc
                    and len(compact(t)) <= MAX_TITLE_LINE_LEN
                    and not rx.SENTENCE_END.search(t)
                ):
                    toc.add(j)  # an entry wrapped over two lines: its first half has no page number
                elif (
                    looks_like_title(t)
                    and j + 1 < n
                    and strip_enumeration(compact(t)) in rest_of(j)
                    and (
                        (looks_like_title(nb[j + 1].text) and not _header_line(nb[j + 1].text))
                        or strip_enumeration(compact(t)) in lines_after(j)  # printed again as a line of its own
                        # the last entry, then the next document's number above its Markdown title
                        or ((j - 1) in toc and j + 2 < n and nb[j + 2].heading > 0)
                    )
                ):
                    toc.add(j)  # an entry without a page number: a title printed again below
                else:
                    break
                j += 1
            i = j
        else:
            i += 1
    return toc


def _is_toc_entry(text: str) -> bool:
    if not rx.TOC_ENTRY.search(text):
        return False
    body = re.sub(r"[.…·－\-\s]*[（(]?\d{1,4}[）)]?\s*$", "", text)
    body = re.sub(r"^\d{1,3}\s*[.、．]\s*", "", body)
    return bool(rx.TITLE_END.search(compact(body).rstrip("》"))) or "关于" in body or "》" in body[-3:]


# "2.", "（二）", "二、", "(3)" — an enumerated item never starts or continues a title.
ENUMERATED = re.compile(
    r"^(?:\d{1,3}\s*[.．、)）]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)
# "2021年8月5日印发" — the printing note at the foot of an official document.
PRINTED_LINE = re.compile(r"^.{0,40}(?:19|20)\d\d年\d{1,2}月\d{1,2}日印发$")
# "平顶山市人民政府办公室文件" — the red header (文头) above a doc number.
DOC_HEADER_LINE = re.compile(r"^.{2,80}文件$")
# "省长　罗清泉" — a signature: an office and a name.
SIGNATURE_LINE = re.compile(
    r"^(?:省长|市长|区长|县长|州长|主席|主任|局长|厅长|部长|总理|署长|行长|书记|代省长|代市长)\s*[\u4e00-\u9fff]{2,4}$"
)
# （本文有删减）/ （此件公开发布）/ （联系单位：…）/ （略） — an editor's note between documents
EDITORIAL_NOTE = re.compile(
    r"^[（(](?:本文有删减|有删减|本文有删节|删节|略|此件[^）)]{0,12}|联系单位[^）)]{0,30}|[^）)]{0,10}供稿)[）)]$"
)
# A line wholly in brackets that is longer than a title qualifier like （试行）.
BRACKETED = re.compile(r"^[（(][^）)]{13,}[）)]$")


def _opens_bracket(text: str) -> bool:
    c = compact(text)
    return c.count("（") + c.count("(") > c.count("）") + c.count(")")


def _is_boundary(text: str, prev: str | None = None) -> bool:
    """A line that cannot be part of a title block above an anchor (``prev``: the line above it)."""
    c = compact(text)
    return bool(
        "\t" in text
        or re.fullmatch(r"[…．.·—\-－_=*~、，,]+", c) is not None
        # the tail of a bracket opened in body text above — unless the line above opens it in a title
        or (
            c.count("）") + c.count(")") > c.count("（") + c.count("(")
            and "》" not in c
            and rx.TITLE_END.search(c) is None
            and not (prev is not None and _opens_bracket(prev) and not rx.SENTENCE_END.search(compact(prev)))
        )
        or rx.SENTENCE_END.search(c)
        or ENUMERATED.match(c)
        or BRACKETED.match(c)
        or rx.DATE_LINE.match(c)
        or PRINTED_LINE.match(c)
        or SIGNATURE_LINE.match(text.strip())
        or DOC_HEADER_LINE.match(c)
        or rx.DOCNUM_LINE.match(text)
        or rx.SECTION_HEADING.match(c)
        or rx.TOC_HEADING.match(c)
        or rx.PUBLICITY_NOTE.match(c)
        or EDITORIAL_NOTE.match(c)
        or rx.ATTACHMENT.match(c)
        or rx.CONTACT.match(c)
    )


def strip_enumeration(t: str) -> str:
    """ "1. 河南省…的通知" → "河南省…的通知" (a compilation's numbering)."""
    return ENUMERATED.sub("", t, count=1).lstrip()


def clean_title(t: str) -> str:
    """Title as stored: no spaces, a wrapping 《》 removed (平顶山市人社局《关于…的通知》 → …关于…的通知)."""
    t = title_text(t).lstrip("…．.·、，,：:；;-—")
    if ENUMERATED.match(t) and looks_like_title_raw(strip_enumeration(t)):
        t = strip_enumeration(t)
    m = re.match(r"^(.*?)《(关于.*)》$", t)
    if m and "《" not in m.group(2):
        t = m.group(1) + m.group(2)
    elif t.startswith("《") and t.endswith("》") and t.count("《") == 1:
        t = t[1:-1]
    return t


def looks_like_title_raw(c: str) -> bool:
    return len(c) <= MAX_TITLE_LEN and bool(rx.TITLE.match(c))


def looks_like_title(t: str) -> bool:
    c = compact(t)
    return len(c) <= MAX_TITLE_LEN and bool(rx.TITLE.match(clean_title(c)))


def _starts_title(text: str) -> bool:
    c = compact(text)
    return c.startswith(("关于", "《关于")) or bool(AGENCY_START.match(c)) or bool(NATIONAL_START.match(c))


def title_block_above(nb: list[Line], pos: int, *, floor: int, toc: set[int]) -> tuple[int, int] | None:
    """The title block ending just above ``pos`` (exclusive): (start, end) indexes, or None."""
    block: list[int] = []
    j = pos - 1
    while j >= floor and len(block) < MAX_TITLE_LINES:
        t = nb[j].text
        joined_enum = strip_enumeration(compact(t)) + "".join(compact(nb[x].text) for x in block)
        if (
            j not in toc
            and ENUMERATED.match(compact(t))
            and not rx.SECTION_HEADING.match(compact(t))
            and _starts_title(strip_enumeration(compact(t)))
            and looks_like_title(joined_enum)
            and (
                "关于" not in joined_enum
                or joined_enum.startswith(("关于", "《关于"))
                or ISSUERS_THEN_ABOUT.match(joined_enum)
            )
        ):
            block.insert(0, j)  # "1. 河南省人民政府关于…": a compilation's numbering before a title
            j -= 1
            break
        if j in toc or _is_boundary(t, nb[j - 1].text if j > floor else None):
            break
        if len(compact(t)) > MAX_TITLE_LINE_LEN and not looks_like_title(t):
            break
        block.insert(0, j)
        if nb[j].heading == 1:
            break
        j -= 1
    if not block:
        return None
    end = block[-1]
    strong_top = j < floor or j in toc or _is_boundary(nb[j].text) or nb[block[0]].heading > 0
    best, best_score = None, -1
    for k, s in enumerate(block):
        joined = "".join(compact(nb[x].text) for x in block[k:])
        if not looks_like_title(joined):
            continue
        score = 0
        if k == 0 and strong_top:
            score += 2
        if nb[s].heading:
            score += 2
        if joined.startswith(("关于", "《关于")):
            score += 2
        elif ISSUERS_THEN_ABOUT.match(joined) and AGENCY_START.match(compact(nb[s].text)):
            score += 4
        elif _starts_title(joined):
            score += 1
        if score > best_score:  # ties keep the longer (upper) title
            best, best_score = (s, end), score
    return best


def _strong_title_start(nb: list[Line], s: int, toc: set[int]) -> bool:
    """A title found only from a purpose clause must stand after the end of a text and read as a
    document's title (关于…, an issuer, or 《…》), since nothing else in its header vouches for it."""
    prev_ok = s == 0 or s - 1 in toc or _is_boundary(nb[s - 1].text)
    c = compact(nb[s].text)
    after_end = s > 0 and (
        rx.DATE_LINE.match(compact(nb[s - 1].text)) is not None
        or PRINTED_LINE.match(compact(nb[s - 1].text)) is not None
        or rx.PUBLICITY_NOTE.match(compact(nb[s - 1].text)) is not None
    )
    return prev_ok and (after_end or c.startswith(("关于", "《")) or bool(AGENCY_START.match(c)) or nb[s].heading > 0)


def title_block_below(nb: list[Line], pos: int, *, toc: set[int]) -> tuple[int, int] | None:
    """A title printed below its doc number (文头 / 豫人社〔2023〕5号 / 关于…的通知 / addressee)."""
    joined = ""
    for e in range(pos + 1, min(pos + 1 + MAX_TITLE_LINES, len(nb))):
        t = nb[e].text
        if e in toc or _is_boundary(t) or rx.ADDRESSEE.match(compact(t)):
            break
        joined += compact(t)
        if looks_like_title(joined) and (e + 1 >= len(nb) or not looks_like_title(joined + compact(nb[e + 1].text))):
            return pos + 1, e
    return None


def _decree_title_below(nb: list[Line], pos: int, *, toc: set[int]) -> tuple[int, int] | None:
    """A decree printed before its rules: 令第282号 / 《X》已经…通过，现予公布 / signature / date / X / 第一条."""
    for i in range(pos + 1, min(pos + 14, len(nb) - 1)):
        if rx.FIRST_ARTICLE.match(compact(nb[i].text)):
            found = title_block_above(nb, i, floor=pos + 1, toc=toc)
            return found
    return None


def _joined_title(nb: list[Line], start: int, end: int) -> str:
    """The title lines joined: a line break inside a title is no space, except between Latin words."""
    out = ""
    for x in range(start, end + 1):
        t = nb[x].text.strip()
        if out and t and out[-1].isascii() and out[-1].isalpha() and t[0].isascii() and t[0].isalpha():
            out += " "
        out += t
    return clean_title(out)


def find_anchors(nb: list[Line], toc: set[int]) -> list[tuple[int, str]]:
    """(index, kind) of every line that only a document header has."""
    anchors: list[tuple[int, str]] = []
    n = len(nb)
    for i, l in enumerate(nb):
        if i in toc:
            continue
        t = l.text
        c = compact(t)
        m = rx.DOCNUM_LINE.match(c)
        if m and (not m.group("rest") or rx.DATE.fullmatch(m.group("rest")) or rx.DATE_LINE.match(m.group("rest"))):
            anchors.append((i, "docnum"))
        elif rx.ORDER_HEAD_LINE.match(c) and i + 1 < n and rx.ORDER_LINE.match(compact(nb[i + 1].text)):
            anchors.append((i, "order"))
        elif rx.ORDER_LINE.match(c) and rx.ORDER_LINE.match(c).group("issuer"):
            anchors.append((i, "order"))
        elif rx.ANNOUNCEMENT_LINE.match(c):
            head = i - 1 if i > 0 and rx.ANNOUNCEMENT_HEAD_LINE.match(compact(nb[i - 1].text)) else i
            anchors.append((head, "announcement"))
        elif rx.ADDRESSEE.match(c) and len(c) <= 160:
            anchors.append((i, "addressee"))
        elif (
            c.startswith("各")
            and not rx.SENTENCE_END.search(c[-1])
            or c.endswith(("，", "、", ","))
            and c.startswith("各")
        ):
            joined = c
            for k in range(i + 1, min(i + 4, n)):
                joined += compact(nb[k].text)
                if joined.endswith(("：", ":")):
                    if rx.ADDRESSEE.match(joined) and len(joined) <= 200:
                        anchors.append((i, "addressee"))
                    break
                if rx.SENTENCE_END.search(joined[-1]) and not joined.endswith(("，", "、", ",")):
                    break
        elif c.startswith(("（", "(")) and _promulgation_note(nb, i):
            anchors.append((i, "promulgation"))
        elif rx.FIRST_ARTICLE.match(c):
            anchors.append((i, "articles"))
        elif c.startswith(("（", "(")) and rx.DATE_LINE.match(c):
            anchors.append((i, "dated"))  # 关于…的实施意见 / （2024年5月6日）
        elif c.startswith("为") and i > 0 and not rx.SENTENCE_END.search(compact(nb[i - 1].text)):
            anchors.append((i, "purpose"))  # a title block, then the purpose clause: 为贯彻落实…
        elif l.heading == 1 and looks_like_title(t):
            anchors.append((i + 1, "heading"))
    return anchors


def _promulgation_note(nb: list[Line], i: int) -> bool:
    joined = ""
    for k in range(i, min(i + 12, len(nb))):
        joined += compact(nb[k].text)
        if joined.endswith(("）", ")")):
            return bool(rx.PROMULGATION_NOTE.match(joined))
    return False


# Lines that may sit between a title and its anchor: 河南省人民政府令 / 第227号 / XX公告 / a doc number.
def _header_line(text: str) -> bool:
    c = compact(text)
    return bool(
        rx.ORDER_HEAD_LINE.match(c)
        or rx.ORDER_LINE.match(c)
        or rx.ANNOUNCEMENT_LINE.match(c)
        or rx.DOCNUM_LINE.match(c)
        or rx.DATE_LINE.match(c)
    )


# Anchors that are the first line of a document's text (第一条, the line under a Markdown title, a
# purpose clause 为…): the header ends with the title above them.
BODY_ANCHORS = ("articles", "heading", "purpose")


def find_spans(lines: list[Line]) -> tuple[list[Line], list[Span]]:
    """Non-blank lines and the documents found among them, in order, with ends set."""
    nb = nonblank(lines)
    toc = mark_toc(nb)
    spans: list[Span] = []
    last_header_end = -1  # no title block may reach above the last accepted header
    for pos, kind in find_anchors(nb, toc):
        if pos <= last_header_end or (kind == "heading" and pos - 1 <= last_header_end):
            continue
        if (
            spans
            and spans[-1].anchor_kind == "heading"
            and pos - spans[-1].title_end <= 3
            and kind in ("docnum", "addressee", "order", "announcement", "promulgation", "dated")
        ):
            spans[-1].anchor = pos  # the doc number or addressee under a Markdown title: same header
            last_header_end = pos
            continue
        top = pos
        while top - 1 > last_header_end and _header_line(nb[top - 1].text) and kind != "heading":
            top -= 1
        below = False
        if kind == "heading":
            found = (pos - 1, pos - 1)
        else:
            found = title_block_above(nb, top, floor=last_header_end + 1, toc=toc)
            if not found and kind == "docnum":
                found = title_block_below(nb, pos, toc=toc)
                below = found is not None
            if not found and kind == "order":
                found = _decree_title_below(nb, pos, toc=toc)
                below = found is not None
        if not found and kind == "docnum" and pos + 1 < len(nb) and rx.ADDRESSEE.match(compact(nb[pos + 1].text)):
            # a doc number and an addressee with no title anywhere (a scraper or a cover dropped it):
            # still a document, titled by its number and reported
            num = rx.DOCNUM_LINE.match(compact(nb[pos].text)).group("num")
            spans.append(Span(title=num, start=pos, title_end=pos, anchor=pos, anchor_kind="untitled"))
            last_header_end = pos
            continue
        if not found:
            continue
        s, e = found
        if (
            spans
            and s <= spans[-1].anchor + 2
            and s <= spans[-1].start + 8
            and kind in ("addressee", "articles", "promulgation")
        ):
            continue  # the same header, reached again from a later anchor
        if kind == "articles" and spans and spans[-1].anchor_kind != "articles" and s - spans[-1].anchor < 3:
            continue
        if kind == "purpose" and not _strong_title_start(nb, s, toc):
            continue  # a heading inside a text, not a new document
        title = _joined_title(nb, s, e)
        raw = " ".join(nb[x].text for x in range(s, e + 1))
        if below:
            # 文头 / doc number / title: the document starts at its header, above the number.
            head = pos
            while (
                head - 1 > last_header_end
                and head - 1 not in toc
                and (
                    DOC_HEADER_LINE.match(compact(nb[head - 1].text))
                    or (AGENCY_START.fullmatch(compact(nb[head - 1].text)) and not _is_boundary(nb[head - 1].text))
                )
            ):
                head -= 1
            spans.append(
                Span(
                    title=title,
                    start=s,
                    title_end=e,
                    anchor=e,
                    anchor_kind="docnum-above",
                    header_start=head,
                    raw_title=raw,
                )
            )
        else:
            anchor = e if kind in BODY_ANCHORS else pos
            spans.append(Span(title=title, start=s, title_end=e, anchor=anchor, anchor_kind=kind, raw_title=raw))
        last_header_end = e if kind in BODY_ANCHORS else max(pos, e)
    spans = _split_transmitted(nb, spans, toc)
    _set_ends(nb, spans, toc)
    return nb, spans


def _set_ends(nb: list[Line], spans: list[Span], toc: set[int]) -> None:
    for k, sp in enumerate(spans):
        nxt = spans[k + 1].first_line if k + 1 < len(spans) else len(nb)
        end = nxt - 1
        while end > sp.anchor and (end in toc or rx.SECTION_HEADING.match(compact(nb[end].text))):
            end -= 1
        sp.end = max(end, sp.title_end)


# ---------------------------------------------------------------- transmitted texts
def transmitted_titles(title: str, body_lines: list[str]) -> list[str]:
    """Titles a transmitting notice passes on: from 《X》 in its title, else 印发X的通知, else its first
    sentences (现将《X》印发给你们 / 《A》《B》已经…同意，现印发给你们).

    >>> transmitted_titles("河南省财政厅关于印发《河南省X管理办法》的通知", [])
    ['河南省X管理办法']
    >>> transmitted_titles("郑州市人民政府关于印发郑州市Y工作规则的通知", [])
    ['郑州市Y工作规则']
    """
    m = rx.TRANSMIT_TITLE.search(title)
    if not m:
        # 现将《X》印发给你们 / 《A》《B》已经…同意，现印发给你们: a notice transmits whatever its title says
        head = "".join(compact(x) for x in body_lines[:6])
        b = TRANSMIT_SENTENCE.search(head)
        if b:
            return [
                clean_title(t.replace("〈", "《").replace("〉", "》"))
                for t in re.findall(r"《([^《》]+)》", b.group("what"))
            ]
        return []
    what = m.group("what") or m.group("quoted")
    if what is None:  # 批转省经贸委、纺织总会关于X的通知 → 关于X
        approved = m.group("approved")
        what = approved[approved.find("关于") :] if "关于" in approved else approved
    inner = [t for t in re.findall(r"《([^《》]+)》", what)]
    if inner:
        out = inner
    else:
        out = [what.strip('“”"')]
    if len(out) == 1 and re.search(r"等[\d一二三四五六七八九十两]+(?:个|项|份|部)", out[0]):
        head = "".join(compact(x) for x in body_lines[:6])
        listed = re.findall(r"《([^《》]+)》", head.split("印发给你们")[0]) if "印发" in head else []
        if listed:
            out = listed
        else:
            out = [re.sub(r"等[\d一二三四五六七八九十两]+(?:个|项|份|部).*$", "", out[0])]
    return [clean_title(o.replace("〈", "《").replace("〉", "》")) for o in out if o]


# 现将《X》印发给你们 / 《A》和《B》已经市政府同意，现印发给你们 — the sentence that transmits
TRANSMIT_SENTENCE = re.compile(
    r"(?:^|[。：:])(?:现将)?(?P<what>(?:《[^《》]{2,80}》[和、及与]?){1,6})(?:[（(][^）)]{0,30}[）)])?"
    r"(?:已经[^。；]{0,40}?[，,])?(?:现)?(?:予以)?(?:印发|转发|下发)(?:给|至)?你们"
)


def _split_transmitted(nb: list[Line], spans: list[Span], toc: set[int]) -> list[Span]:
    out: list[Span] = []
    for k, sp in enumerate(spans):
        out.append(sp)
        if sp.transmitted_by is not None:
            continue
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(nb)
        body_start = sp.anchor + 1
        wanted = transmitted_titles(sp.title, [nb[x].text for x in range(body_start, min(nxt, body_start + 8))])
        if not wanted:
            continue
        parent_idx = len(out) - 1
        cursor = body_start
        # A transmitted text may already have been found as a document of its own (a law-like
        # text with articles right below the notice): adopt it; otherwise look for its title.
        later = {loose_title_key(spans[x].title): x for x in range(k + 1, min(k + 1 + len(wanted), len(spans)))}
        for w in wanted:
            x = later.get(loose_title_key(w))
            if x is not None and spans[x].transmitted_by is None:
                spans[x].transmitted_by = parent_idx
                spans[x].anchor_kind = "transmitted"
                continue
            hit = _find_title_lines(nb, w, cursor, nxt, toc)
            if hit is None:
                continue
            s, e = hit
            child = Span(
                title=_joined_title(nb, s, e),
                start=s,
                title_end=e,
                anchor=e,
                anchor_kind="transmitted",
                transmitted_by=parent_idx,
            )
            if loose_title_key(child.title) != loose_title_key(w):
                child.title = w if len(w) >= len(child.title) else child.title
            out[parent_idx].children.append(len(out))
            out.append(child)
            cursor = e + 1
    return out


# The rest of a notice's sentence after 《X》: 已经…同意 / 现印发给你们 / 印发给你们 …
BODY_CONTINUATION = re.compile(r"^(?:已经|已|现将|现印发|现予|印发|予以|，|。|,|的|等|和|及)")


def _find_title_lines(nb: list[Line], title: str, lo: int, hi: int, toc: set[int]) -> tuple[int, int] | None:
    """Lines [s, e] within [lo, hi) whose joined text is ``title`` (ignoring spaces, quotes, a year prefix)."""
    key = loose_title_key(title)
    if len(key) < 4:
        return None
    alt = re.sub(r"^(?:19|20)\d\d年", "", key)
    bare = re.sub(r"[（(][^（）()]{1,20}[）)]$", "", key)  # without its qualifier (2023—2025年)
    for s in range(lo, hi):
        if s in toc:
            continue
        first = loose_title_key(nb[s].text)
        if not first or not (key.startswith(first) or alt.startswith(first) or first.startswith(bare)):
            continue
        joined = ""
        for e in range(s, min(s + MAX_TITLE_LINES, hi)):
            joined += loose_title_key(nb[e].text)
            if joined in (key, alt, bare) or (
                joined.startswith(key)
                and len(joined) - len(key) <= 8
                and re.fullmatch(r"[（(].*[）)]", joined[len(key) :] or "()")
            ):
                # not a sentence that merely starts with the title: next line must not continue it
                if rx.SENTENCE_END.search(nb[e].text):
                    break
                if e + 1 < len(nb) and BODY_CONTINUATION.match(compact(nb[e + 1].text)):
                    break  # 《X》 / 已经省政府同意，现印发给你们: the notice's own sentence
                return s, e
            if not (key.startswith(joined) or alt.startswith(joined)):
                break
    return None
