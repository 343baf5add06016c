r"""Where a document's header says its title, doc number, issuers and date: ordered *sources*.

Publications print a header in many layouts: a notice's 文头 and number line, a decree's 令 number,
a rule's promulgation note, a signature block at the foot, a law's passing lines, a portal's table.
Each field is read by an ordered tuple of small sources — functions of one context that each know
one layout and return a value or None — and :func:`first` keeps the first answer.  A new layout is a
new source put in its place in the tuple (or a row in a table of :mod:`policykg.loaders.regexes`),
never another branch in a long function.

Four contexts: :class:`SpanHeader` (a document found in a publication, see
:mod:`policykg.loaders.segment`), :class:`LawFile` (one law per Markdown file), :class:`PortalPage`
(a portal's metadata table, read by :mod:`policykg.loaders.portal`) and :class:`FileText` (a file
without header anchors).

>>> from policykg.loaders.clean import clean_lines
>>> from policykg.loaders.segment import find_spans
>>> nb, spans = find_spans(clean_lines("河南省人民政府办公厅\n关于印发X若干措施的通知\n豫政办〔2024〕46号\n"
...     "各省辖市人民政府：\n现将《X若干措施》印发给你们，请认真贯彻执行。\n2024年9月2日\nX若干措施\n为促进Y，制定本措施。"))
>>> h = SpanHeader(nb, spans[0])
>>> str(h.number), first(SPAN_ISSUER_SOURCES, h), first(SPAN_DATE_SOURCES, h)
('豫政办〔2024〕46号', Issuers(names=('河南省人民政府办公厅',), line=1), '2024-09-02')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Protocol, TypeVar

from policykg.keys import about_key, loose_title_key
from policykg.loaders import regexes as rx
from policykg.loaders.attachments import attachment_list_lines
from policykg.loaders.clean import PROVINCE_TAG, compact
from policykg.loaders.metadata import _cn_int, order_prefix, parse_date, parse_doc_number, serial_width
from policykg.loaders.models import DocNumber, Line, ParsedDocument
from policykg.loaders.portal import PortalFields
from policykg.loaders.segment import (
    AGENCY_START,
    BODY_ABOUT_QUOTED_TITLE,
    DATE_AFTER_TITLE,
    DOC_HEADER_LINE,
    ENUMERATED,
    MAX_TITLE_LEN,
    METADATA_ROW,
    NUMBER_BEFORE_ABOUT,
    OWN_NUMBER_AFTER_TITLE,
    PUBLICITY_TITLE,
    SIGNATURE_LINE,
    UNQUOTED_INTERPRETATION,
    Span,
    body_name_alone,
    catalogue_tables,
    clean_title,
    is_interpretation_title,
    looks_like_title,
    names_nearly,
    title_head_above,
    titled_order_head,
)
from policykg.loaders.transmit import forwards
from policykg.ontology.agencies import Agency, AgencyRegistry, default_registry
from policykg.ontology.agencies import patterns as pt

C = TypeVar("C")
T = TypeVar("T")


def first(sources: Iterable[Callable[[C], T | None]], context: C) -> T | None:
    """The answer of the first source that has one (None when none has).

    >>> first([lambda c: None, lambda c: c * 2, lambda c: c * 3], 21)
    42
    """
    for source in sources:
        found = source(context)
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class Issuers:
    """Issuer names as written, and the line that names them (None when they are inferred)."""

    names: tuple[str, ...]
    line: int | None = None


@dataclass(frozen=True)
class Title:
    """A title and where it stands: its 1-based line, and its index among the non-blank lines
    (None when the title is not printed in the text, e.g. a file's name)."""

    text: str
    line: int
    index: int | None = None


class NumberedHeader(Protocol):
    """What the number-based issuer sources read: any context with a registry and a doc number."""

    @property
    def registry(self) -> AgencyRegistry: ...

    @property
    def number(self) -> DocNumber | None: ...


# ================================================================ a document in a publication
@dataclass(frozen=True, eq=False)
class SpanHeader:
    """One span of a publication: what every span source reads.

    ``parent`` is the notice that transmits the text (None for a text of its own); ``family_end`` is
    the index of the last line of the span and of the texts it transmits (default: the span's end);
    ``first`` says whether the span is the publication's first.
    """

    nb: Sequence[Line]  # the publication's non-blank lines
    span: Span
    registry: AgencyRegistry = field(default_factory=default_registry)
    parent: ParsedDocument | None = None
    family_end: int | None = None
    first: bool = True  # the publication's first span (no document printed above it)

    @property
    def transmitted(self) -> bool:
        """A text printed inside the notice that transmits it: no number line or note of its own (a text a notice
        forwards, another body's, has its own: see notice_forwards)."""
        return self.span.anchor_kind == "transmitted" and not (self.parent is not None and notice_forwards(self.parent))

    @cached_property
    def header(self) -> Sequence[Line]:
        """The lines from the header's top to just below the anchor."""
        sp = self.span
        return self.nb[sp.first_line : min(sp.anchor + 3, sp.end + 1)]

    @cached_property
    def own_header(self) -> Sequence[Line]:
        """The header lines a number or date may be read from (none for a transmitted text)."""
        return () if self.transmitted else self.header

    @property
    def body_from(self) -> int:
        return max(self.span.title_end, self.span.anchor, self.history_end) + 1

    @cached_property
    def body(self) -> Sequence[Line]:
        return self.nb[self.body_from : self.span.end + 1]

    @cached_property
    def family_body(self) -> Sequence[Line]:
        """The body with the texts the document prints below it (down to family_end): where its signature may stand."""
        end = self.span.end if self.family_end is None else self.family_end
        return self.nb[self.body_from : end + 1]

    @cached_property
    def history_end(self) -> int:
        """The last line of the history notes under the title ((1994年…令第142号发布 根据…《决定》第一次修订
        …)), else -1: they tell the rule's own past, not what its text cites.  A page's header may print them
        without brackets, right above the first article (h143 民用机场)."""
        return max(history_notes_end(self.nb, self.span), max(self.header_history, default=-1))

    @cached_property
    def header_history(self) -> list[int]:
        """Indexes of the unbracketed history lines of a page's header (see :func:`header_history`)."""
        return [] if self.transmitted else header_history(self.nb, self.span)

    @cached_property
    def history(self) -> Sequence[Line]:
        """The lines of the history notes under the title (empty when none)."""
        start = notes_start(self.span)
        return self.nb[start : self.history_end + 1]

    @cached_property
    def note(self) -> str | None:
        """The promulgation note under the title: (2024年4月8日河南省人民政府令第225号公布 自…起施行)."""
        return None if self.transmitted else promulgation_note(self.nb, self.span)

    @cached_property
    def notes(self) -> str:
        """Every bracketed note under the title ((…通过) (…第一次修正) …), joined."""
        return all_notes(self.nb, self.span)

    @cached_property
    def inherits(self) -> bool:
        """A text a notice issues (印发) is the notice's: it inherits issuers and date.  A document a
        notice forwards (转发) or approves and passes on (批转) is another body's and keeps its own; so does
        a text that prints its bodies' names under its title."""
        # (a text approved and passed on, 批转, is its makers' too: 市政府同意市X委、市财政局修订的《Y》, h109)
        p = self.parent
        return not (p is None or notice_forwards(p) or "批转" in p.title or issuers_on_line_under_title(self))

    @cached_property
    def signature(self) -> tuple[Issuers | None, str | None]:
        """Issuers and date of the first signature block in the body."""
        return signature(self.registry, self.body)

    @cached_property
    def number(self) -> DocNumber | None:
        """The doc number: the first answer of :data:`SPAN_NUMBER_SOURCES`."""
        return first(SPAN_NUMBER_SOURCES, self)


def promulgation_note(nb: Sequence[Line], sp: Span) -> str | None:
    """The first bracketed note within three lines under the title that reads as a promulgation note."""
    for i in range(sp.title_end + 1, min(sp.title_end + 4, sp.end + 1)):
        c = compact(nb[i].text)
        if c[:1].isdigit() and c.endswith(("）", ")")) and "（" not in c and "(" not in c:
            c = "（" + c  # 2004年2月16日…通过 2004年2月26日…令第171号公布 自公布之日起施行): its bracket lost
        if not c.startswith(("（", "(")):
            continue
        joined = c
        for k in range(i + 1, min(i + 12, sp.end + 1)):
            if joined.endswith(("）", ")")):
                break
            if rx.FIRST_ARTICLE.match(compact(nb[k].text)):
                joined += "）"  # (…令第18号发布 / 第一条 …: a note whose bracket was never closed, h54 江西)
                break
            joined += compact(nb[k].text)
        if rx.PROMULGATION_NOTE.match(joined) and not _no_history(joined):
            return joined
    return None


POSTING_LABEL = re.compile(r"^[（(](?:发布|发文|成文|公开)(?:日期|时间)[:：]")


def _no_history(joined: str) -> bool:
    """A bracket under a title that is no promulgation note: a page's posting date ``(发布日期：2019年05月31日``, or a
    bracket closed before any date (``(修订草案)》意见的公告`` / 2024年…: the title's second line, h112 遵义)."""
    date, close = rx.DATE.search(joined), re.search(r"[）)]", joined)
    return POSTING_LABEL.match(joined) is not None or (
        date is not None and close is not None and close.start() < date.start()
    )


def notes_start(sp: Span) -> int:
    """Where history notes under a title may start: below the title and its anchor (a number line, a
    date), or right under a Markdown title, whose anchor is the first line of its text."""
    return sp.title_end + 1 if sp.anchor_kind == "heading" else max(sp.title_end, sp.anchor) + 1


def history_notes_end(nb: Sequence[Line], sp: Span) -> int:
    """The last line of the bracketed notes right under the title that tell its history
    (…发布 / …修订 / …通过), from the first line below the title and the anchor; -1 when none.

    A note's lines are read until its bracket closes; a date alone in brackets is no history.
    """
    i, end = notes_start(sp), -1
    while i <= min(sp.end, sp.title_end + 30):
        c = compact(nb[i].text)
        if not c.startswith(("（", "(")):
            break
        k, joined = i, c
        while not joined.endswith(("）", ")")) and k + 1 <= sp.end and len(joined) < 600:
            k += 1
            joined += compact(nb[k].text)
        if not rx.PROMULGATION_NOTE.match(joined):
            break
        end = i = k
        i += 1
    return end


MAX_HEADER_HISTORY = 8  # lines from a page's title down to its first article that its header may fill
# 2009年4月13日中华人民共和国国务院令第551号公布 / 根据2019年3月2日《国务院关于修改部分行政法规的决定》修订 — a history
# line as a wiki or law database prints it, without brackets: a date, then (within the line's first words) how the
# text was passed, published or amended
HISTORY_LINE = re.compile(r"^(?:根据)?(?:19|20)\d\d年\d{1,2}月\d{1,2}日.{0,80}?(?:通过|批准|公布|发布|修正|修订|修改)")


def header_history(nb: Sequence[Line], sp: Span) -> list[int]:
    """Indexes of the history lines a page's header prints without brackets right above the first article (制定机关 /
    2019年3月2日 / 2009年4月13日…令第551号公布 / 根据…《…决定》修订 / 第一章 总则, h143 民用机场, 青岛); empty when
    the lines right above the first article are no history, or no article follows within the header."""
    found: list[int] = []
    for i in range(sp.title_end + 1, min(sp.end, sp.title_end + MAX_HEADER_HISTORY) + 1):
        c = compact(nb[i].text)
        if rx.FIRST_ARTICLE.match(c):
            return found if found and found[-1] == i - 1 else []
        if HISTORY_LINE.match(c):
            found.append(i)
    return []


def all_notes(nb: Sequence[Line], sp: Span) -> str:
    """Every bracketed note right under the title, joined (a note may run over several lines).  They
    start within three lines, as the promulgation note does: a database export prints the title twice."""
    window = range(sp.title_end + 1, min(sp.title_end + 4, sp.end + 1))
    out, i = "", next((k for k in window if compact(nb[k].text).startswith(("（", "("))), sp.title_end + 1)
    while i <= min(sp.end, sp.title_end + 30):
        c = compact(nb[i].text)
        if not c.startswith(("（", "(")):
            break
        joined = c
        while not joined.endswith(("）", ")")) and i + 1 <= sp.end and len(joined) < 600:
            i += 1
            joined += compact(nb[i].text)
        out += joined
        i += 1
    return out


def signature(reg: AgencyRegistry, body: Sequence[Line]) -> tuple[Issuers | None, str | None]:
    """Issuers and date of the first signature block: agency lines right above the first date line."""
    for i, l in enumerate(body):
        c = compact(l.text)
        if rx.DATE_LINE.match(c):
            if i > 0 and TIME_HEADING.match(compact(body[i - 1].text)):
                continue  # 三、截止时间 / 2021年9月10日。: a deadline under its heading, no signature's date (h286 湖南)
            return _signers_above(reg, body, i), parse_date(c)
        if rx.ISO_DATE.fullmatch(c) and i > 0 and reg.looks_like_agency(compact(body[i - 1].text)):
            # 某市某局 / 2020-03-28: a list page's signer over a date in figures (h229 深圳)
            signers = _signers_above(reg, body, i)
            if signers:
                return signers, parse_date(c)
        glued = ATTACHMENT_HEADING_THEN_DATE.match(c)
        if glued:  # 成都市某局 / 附件2023年2月22日 某某名单: the date after the attachment's heading (h232 成都)
            signers = _signers_above(reg, body, i)
            if signers:
                return signers, parse_date(glued.group("date"))
        if _YEAR_LOST_DATE.match(c):  # 年2月22日 / 11月23日 / 2018年3月13 under the signers, a part lost: no date
            signers = _signers_above(reg, body, i)
            if signers:
                return signers, None
    return None, None


# 三、截止时间 / （二）征集日期 / 4.报名期限: a numbered heading naming a time, the date under it a deadline or a period's,
# no signature's (unnumbered, a table's label: 处罚决定日期 / 2024年12月3日 is the decision's date, h236 南华)
TIME_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])"
    r"[\u4e00-\u9fff]{0,6}(?:时间|日期|期限)[:：]?$"
)


# 附件2023年2月22日 某某名单: a signature's date stuck after the heading 附件 of the attachment that follows it
ATTACHMENT_HEADING_THEN_DATE = re.compile(r"^附\s{0,2}件\s{0,2}(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)")


# a signature's date a page cut short: its year lost (年2月22日, h83 滨海), never written (11月23日, h146 沧州), its
# 日 lost (2018年3月13, h90 九寨沟), its day never written (2023年1月 under an open letter's signers, h193 南通), or
# its 月 and 日 lost, the figures run together (2020年59 under an archives' signature, h264 揭阳)
_YEAR_LOST_DATE = re.compile(r"^年?\d{1,2}月\d{1,2}日$|^(?:19|20)\d\d年\d{1,2}月(?:\d{1,2})?$|^(?:19|20)\d\d年\d{2,4}$")


def _signers_above(reg: AgencyRegistry, body: Sequence[Line], i: int) -> Issuers | None:
    names: list[str] = []
    line = None
    j = i
    while j > max(0, i - 40):
        j -= 1
        t = body[j].text
        ct = compact(t)
        if rx.PUBLICITY_NOTE.match(ct) or ct.startswith(("（", "(")):
            continue  # （此件公开发布）and other notes between the signers and the date
        by_proxy = NAME_THEN_SEAL_NOTE.match(ct)
        if by_proxy:  # 省X厅际联席会议（代章）: the body signs, another's seal stamped for it (h175 安徽)
            t = ct = by_proxy.group("name")
        elif ct.endswith(SEAL_NOTE_END) and not ct.startswith(("（", "(")):
            # （山东省发展和改革委员会 / 中国人民银行济南分行代章）: the bodies lending their seal, over lines — no signers
            while j > max(0, i - 40) and not compact(body[j].text).startswith(("（", "(")):
                j -= 1
            continue
        above = compact(body[j - 1].text) if j > 0 else ""
        if above and _name_cut_above(reg, above, ct):
            # 彭水自治县新冠肺炎疫情防控 / 工作领导小组办公室: one name over two lines (h80)
            names = [above + ct, *names]
            line = body[j - 1].no
            break
        branch = _branch_below(reg, above, ct) if above else None
        if branch:
            # 中国银行保险监督管理委员会 / 吉林监管局: a national body's branch over two lines (h48), maybe with the
            # next body glued after it (青海监管局中国民用航空青海安全监督管理局, h95)
            names = [*branch, *names]
            line = body[j - 1].no
            j -= 1
            continue
        head = _head_signing(reg, t)
        if head:  # 农业农村部部长 韩长赋 / 生态环境部部长 黄润秋 over an order's date: the bodies they head (h119)
            names = [head, *names]
            line = body[j].no
            continue
        if names and _ranked_item_apart(body, j):
            break  # 2、职能单位末位排名 / 某某局 / (blank lines) / 某某办公室: the ranked item is no second signer
        t = _unpadded(reg, t)
        t = _without_second_name(reg, t)
        if not reg.looks_like_agency(t):
            glued = _signer_glued_to_attachment(reg, ct) if not names else None
            if glued:  # 附件:某某名单乙县某某局 / 2019年7月8日: the signer stuck onto the attachment line (h232 柯城)
                names, line = [glued], body[j].no
            break
        names = reg.split_issuers(t) + names
        line = body[j].no
    return Issuers(tuple(names), line) if names else None


MIN_SIGNER_GAP = 3  # line numbers from a list's item down to the signature set apart under it (two blank lines)


def _ranked_item_apart(body: Sequence[Line], j: int) -> bool:
    """``body[j]``, a body's name over the signature found below it, is set apart from it by blank lines and stands
    under a numbered item's heading (2、职能单位末位排名 / 交通局 / blank / blank / 某县某办公室 / date, h241 舟曲): a
    body the text's list names, no second signer."""
    return (
        0 < j < len(body) - 1
        and body[j + 1].no - body[j].no >= MIN_SIGNER_GAP
        and ENUMERATED.match(compact(body[j - 1].text)) is not None  # 2、职能单位末位排名 / （二）
    )


# 某市发展和改革委员会(某市物价局): a signer with the second name it also bore printed after it in brackets
SIGNER_SECOND_NAME = re.compile(r"(?P<name>[^（()）]{2,40})[（(](?P<second>[^（()）]{2,30})[)）]")


def _without_second_name(reg: AgencyRegistry, text: str) -> str:
    """A signer's line without the second name it bore printed in brackets after it (h230 黄山), when both are
    bodies' names; else the line as it is."""
    m = SIGNER_SECOND_NAME.fullmatch(compact(text))
    if not m or reg.looks_like_agency(compact(text)):
        return text
    if reg.looks_like_agency(m.group("name")) and reg.looks_like_agency(m.group("second")):
        return m.group("name")
    return text


MAX_GLUED_SIGNER = 30  # characters of a signer's name stuck onto the end of an attachment line


def _signer_glued_to_attachment(reg: AgencyRegistry, ct: str) -> str | None:
    """The body whose name ends an attachment line right above a date (附件:某某名单乙县某某局 → 乙县某某局): from the
    last place name in the line's tail to its end, when that is one body's name and the attachment's title precedes it."""
    head = rx.ATTACHMENT.match(ct)
    if not head:
        return None
    rest = ct[head.end() :]
    tail = rest[-MAX_GLUED_SIGNER:]
    starts = sorted({tail.rfind(p) for p in reg.places_in(tail)} - {-1})
    for at in starts:
        name = tail[at:]
        before = rest[: len(rest) - len(name)]
        if len(before) >= 4 and len(reg.split_issuers(name)) == 1 and reg.looks_like_agency(name):
            return name
    return None


# ? for each character a page's encoding lost, runs of them padding a line (中共某县委办公室???? / 某县人民政府办公室?公室)
_LOST_RUN = re.compile(r"\?{1,80}")
MAX_LOST_TAIL = 3  # characters of a name's tail printed again after the lost ones (…办公室?公室)


def _unpadded(reg: AgencyRegistry, text: str) -> str:
    """A signer's line without the ``?`` its encoding left: the name before them when it is one and what follows
    them is no more than a few characters (h87 云龙); else the line as it is."""
    if "?" not in text:
        return text
    parts = [p for p in _LOST_RUN.split(compact(text)) if p]
    if not parts or any(len(p) > MAX_LOST_TAIL for p in parts[1:]) or not reg.looks_like_agency(parts[0]):
        return text
    return parts[0]


# 农业农村部部长 韩长赋: a body's head signing an order by title and name; 某州人民政府州长:孟 海 — a government's
# head signing a letter, a colon before the name, a space inside it (h212 青海)
_HEAD_SIGNING = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,30}?)(?:部长|署长|局长|主任|行长|省长|市长|州长|县长|区长|盟长|旗长)[:：]?[\s\u3000]{0,4}"
    r"[\u4e00-\u9fff·](?:[\s\u3000]{0,2}[\u4e00-\u9fff·]){1,4}"
)


def _head_signing(reg: AgencyRegistry, text: str) -> str | None:
    """The body whose head signs on this line (农业农村部部长 韩长赋 → 农业农村部), when the registry knows it."""
    m = _HEAD_SIGNING.fullmatch(text.strip())
    if not m:
        return None
    body = reg.resolve(m.group("body"))
    return m.group("body") if body is not None else None


# how the second line of a body's name cut over two lines starts (…疫情防控 / 工作领导小组办公室; a zone's committee,
# 某某经济技术开发区 / 管理委员会, h193 南通)
_NAME_TAILS = ("工作", "领导小组", "指挥部", "委员会", "办公室", "联席会议", "管理委员会", "管委会")


def _name_cut_above(reg: AgencyRegistry, above: str, line: str) -> bool:
    """Whether ``above`` is the first part of a body's name that ``line`` finishes: no name alone, no sentence,
    a place's name at its start, and the two together one name."""
    return (
        4 <= len(above) <= 30
        and (line.startswith(_NAME_TAILS) or _place_less_tail(reg, above, line))
        and not reg.looks_like_agency(above)
        and not rx.SENTENCE_END.search(above)
        and reg.looks_like_agency(above + line)
    )


# …代章） — the end of a note naming the bodies whose seal a signature borrows (its opening bracket lines above)
SEAL_NOTE_END = ("代章）", "代章)", "代印）", "代印)")

# 省完善促进消费体制机制厅际联席会议（代章） — a signing body's name, then the note that a seal is stamped on its behalf
NAME_THEN_SEAL_NOTE = re.compile(r"^(?P<name>[^（）()]{2,60})[（(]代[章印][）)]$")

# how a national body's branch ends when its place's name stands alone (吉林监管局, 郑州中心支行)
_BRANCH_TAILS = ("监管局", "监管分局", "分局", "分行", "中心支行", "营业管理部", "监管办公室")


def _branch_below(reg: AgencyRegistry, above: str, line: str) -> list[str] | None:
    """The names of ``above`` + ``line`` when ``line`` names a branch of the national body ``above`` names: a
    short name no body has alone (吉林监管局), one with it (中国银行保险监督管理委员会吉林监管局) — maybe followed
    by another body on the same line (青海监管局中国民用航空青海安全监督管理局, h95)."""
    body = reg.resolve(above)
    if body is None or body.level != "national" or reg.resolve(line) is not None:
        return None
    names = reg.split_issuers(above + line)
    if not names or not names[0].startswith(above) or "".join(names) != above + line:
        return None
    unit = names[0][len(above) :]
    if not (unit.endswith(_BRANCH_TAILS) and len(unit) <= 10):
        return None
    return names if len(names) == 1 or reg.looks_like_agency(line[len(unit) :]) else None


def _place_less_tail(reg: AgencyRegistry, above: str, line: str) -> bool:
    """省城市功能品质提升与工程建设项目审批 / 制度改革部门联席会议办公室 (h137 江西): the upper line opens with the
    body's level — or a place's name: 太湖县新型冠状病毒感染的肺炎 / 疫情防控应急指挥部 (h47 太湖) — the lower names no
    place of its own and no body the registry knows."""
    opens = above[:1] in "省市区县" or reg.place_at(above) is not None
    return opens and line[:1] not in "省市区县中" and reg.place_at(line) is None and reg.resolve(line) is None


# ---------------------------------------------------------------- doc number of a span
# 信息发布 上财农指〔2018〕11号 — a site's category word, a space, then the number: no part of its prefix (h272 上高)
CATEGORY_BEFORE_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _number_line(h: SpanHeader):
    for l in h.own_header:
        m = rx.DOCNUM_LINE.match(compact(l.text))
        if m:
            head, _, tail = l.text.strip().rpartition(" ")
            after = rx.DOCNUM_LINE.match(tail) if CATEGORY_BEFORE_NUMBER.fullmatch(head) else None
            return after or m
    return None


def number_on_its_own_line(h: SpanHeader) -> DocNumber | None:
    """``豫政办〔2024〕46号``, maybe followed by its date, alone on a header line — official notices."""
    m = _number_line(h)
    return parse_doc_number(m.group("num")) if m else None


def number_stripped_of_brackets(h: SpanHeader) -> DocNumber | None:
    """``粤发改气候函20175831`` opening a header line (alone or run into the addressee): 粤发改气候函〔2017〕5831号 — a
    number a crawler stripped of its brackets (see :data:`~policykg.loaders.regexes.STRIPPED_NUMBER_LINE`; h216 广东)."""
    for l in h.own_header:
        c = compact(l.text)
        m = rx.STRIPPED_NUMBER_LINE.match(c)
        if m:
            prefix, year, serial = (m.group(k) or m.group(k + "2") for k in ("prefix", "year", "serial"))
            return DocNumber(prefix, int(year), int(serial))
    return None


def number_before_title(h: SpanHeader) -> DocNumber | None:
    """``梁政发〔2023〕7号关于印发…的通知`` — a portal's heading that glues the number before the title."""
    c = compact(h.nb[h.span.start].text) if h.span.start < len(h.nb) else ""
    m = NUMBER_BEFORE_ABOUT.match(c) if "〕" in c[:22] else None
    return parse_doc_number(m.group(0)) if m else None


def number_before_quoted_title(h: SpanHeader) -> DocNumber | None:
    """``法发〔2015〕13号《最高人民法院关于…若干意见》`` on a header line: the number of the text of that title — also on
    the line right above the title of a text printed below others (a compilation's heading of number and quoted
    title over each text): the title it quotes is this text's, never the text's above."""
    key = loose_title_key(h.span.title)
    above = h.nb[max(0, h.span.first_line - 1) : h.span.first_line] if h.own_header else ()
    for l in (*above, *h.own_header):  # (the heading right above the title of a law site's page, 2015 h79)
        c = compact(l.text)
        m = rx.NUMBER_BEFORE_QUOTED_TITLE.match(c) if "《" in c else None
        if m and key and key.endswith(loose_title_key(m.group("title"))):
            return parse_doc_number(m.group("num"))
    return None


def number_of_damaged_line(h: SpanHeader) -> DocNumber | None:
    """``治政办[201793`` alone on a header line: 治政办〔2017〕93号 — in the header, or for the publication's first
    text on one of the two lines right above it (a red head's number over the issuer and title, which a
    damaged number does not anchor as a sound one would)."""
    above = h.nb[max(0, h.span.first_line - 2) : h.span.first_line] if h.first and h.own_header else ()
    for l in (*above, *h.own_header):
        c = compact(l.text)
        m = rx.DAMAGED_NUMBER.match(c) if len(c) <= 22 else None
        # (with no bracket left no number is read; a sound number is number_on_its_own_line's)
        # (or its closing one only: the page's sound copy of it, a 文号 field's, wins — see document.py)
        if m and (m.group("open") or m.group("close")) and not rx.DOCNUM_LINE.match(c):
            return DocNumber(m.group("prefix"), int(m.group("year")), int(m.group("serial")))
    return None


def order_or_announcement_line(h: SpanHeader) -> DocNumber | None:
    """``第227号`` under ``河南省人民政府令`` (or ``省政府令 第227号``), ``2024年第4号`` under ``XX公告`` —
    decrees and announcements.  Whichever comes first in the header wins."""
    header = h.own_header
    for i, l in enumerate(header):
        c = compact(l.text)
        m = rx.ORDER_LINE.match(c)
        if m:
            issuer = m.group("issuer")
            if not issuer and i > 0:  # the issuer stands on the line above: 河南省人民政府令 / 第227号
                above = rx.ORDER_HEAD_LINE.match(compact(header[i - 1].text))
                issuer = above.group("issuer") if above else None
            if issuer:
                return DocNumber(order_prefix(issuer + "令"), None, int(m.group("serial")), kind="order")
        above = rx.ORDER_HEAD_LINE.match(compact(header[i - 1].text)) if i > 0 else None
        m = rx.ORDER_YEAR_LINE.match(c)
        issuer = (m.group("issuer") or (above.group("issuer") if above else None)) if m else None
        if issuer:  # 中华人民共和国交通运输部令 / 2024年第5号, or 商务部令2024年第1号 on one line
            year, form = (m.group("year"), "年") if m.group("year") else (m.group("byear"), "〔〕")
            # (某县人民政府森林防火禁火令 / (2026年第1号): an order's title over its serial, the serial alone its number)
            prefix = "" if titled_order_head(issuer + "令") else issuer + "令"
            return DocNumber(prefix, int(year), int(m.group("serial")), kind="order", form=form)
        m = rx.SERIAL_ANNOUNCEMENT_LINE.match(c)
        if m:  # 中华人民共和国农业部公告 第2567号
            return DocNumber(m.group("issuer") + "公告", None, int(m.group("serial")), kind="announcement")
        m = rx.ANNOUNCEMENT_LINE.match(c)
        if m and m.group("year") and not m.group("di"):  # 2025年8号: printed without 第, kept as printed
            serial = m.group("serial")
            return DocNumber("", int(m.group("year")), int(serial), kind="announcement", form="年", width=len(serial))
        if m and m.group("year"):  # 2024年第002号: the serial's leading zeros kept as printed
            serial = m.group("serial")
            return DocNumber("", int(m.group("year")), int(serial), kind="announcement", width=serial_width(serial))
        if m:  # 〔2024〕第3号 under a 通告's head
            return DocNumber("", int(m.group("byear")), int(m.group("serial")), kind="announcement", form="〔〕")
    return None


def order_in_promulgation_note(h: SpanHeader) -> DocNumber | None:
    """(2024年4月8日河南省人民政府令第225号公布 …) under the title — rules reprinted in a compilation;
    (1987年9月16日甘政发〔1987〕139号发布 …) — the number of the notice that issued it."""
    n = parse_doc_number(h.note) if h.note else None
    if n is not None and n.kind == "order":
        return n
    m = rx.ISSUING_NUMBER_IN_NOTE.search(h.note) if h.note else None
    return parse_doc_number(m.group("num")) if m else None


def order_in_header_history(h: SpanHeader) -> DocNumber | None:
    """``2009年4月13日中华人民共和国国务院令第551号公布`` among a page's unbracketed history lines — the order that
    promulgated the rule, for a text that prints no number of its own (h143 民用机场)."""
    for i in h.header_history:
        n = parse_doc_number(compact(h.nb[i].text))
        if n is not None and n.kind == "order":
            return n
    return None


def _number_note(h: SpanHeader) -> tuple[re.Match[str], int] | None:
    """The （number issuers） note on the first line under the title (or under its anchor), with its
    line number."""
    for i in dict.fromkeys((h.span.title_end + 1, max(h.span.title_end, h.span.anchor) + 1)):
        if i <= h.span.end and h.nb[i].text.startswith(("（", "(")):
            m = rx.NUMBER_NOTE.match(h.nb[i].text.strip())
            if m:
                return m, h.nb[i].no
    return None


def number_in_note_under_title(h: SpanHeader) -> DocNumber | None:
    """``（大房金管发〔2009〕1号　大连市住房公积金管理委员会）`` / ``（1989年7月24日　四川省人民政府令第9号）``
    under the title — a legal database's note gives the number."""
    found = _number_note(h)
    return parse_doc_number(found[0].group("num")) if found else None


# 国务院关于同意X的批复 国函〔1998〕73号 中华人民共和国国务院1998年8月27日 — a wiki's header template flattened
# into one line (h143 桂林, 扶余, 万县): the title, then its bare number (no bracket or book mark around it), an issuer
# and a date
TITLE_NUMBER_ISSUER_DATE = re.compile(
    r"^(?P<title>[^《》〈〉\s]{4,150}?)\s+(?P<num>[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号)\s*"
    r"(?P<issuer>[\u4e00-\u9fff][\u4e00-\u9fff、 ]{1,60}?)\s*(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)$"
)


def _title_number_line(h: SpanHeader) -> re.Match[str] | None:
    """The header line that repeats the document's title and goes on with its number, issuer and date."""
    key = loose_title_key(h.span.title)
    for l in h.own_header:
        m = TITLE_NUMBER_ISSUER_DATE.match(l.text.strip()) if "〔" in l.text and len(l.text) < 300 else None
        if m and key and loose_title_key(m.group("title")) == key:
            return m
    return None


def number_after_title_on_header_line(h: SpanHeader) -> DocNumber | None:
    """``国务院关于同意X的批复 国函〔1998〕73号 中华人民共和国国务院 1998年8月27日`` under the page's title — the
    document's own number, never a citation (a mobile wiki page's header in one line, h143 桂林)."""
    m = _title_number_line(h)
    return parse_doc_number(m.group("num")) if m else None


# The numbers printed in the header itself (a promulgation note's date yields to them).
HEADER_NUMBER_SOURCES: tuple[Callable[[SpanHeader], DocNumber | None], ...] = (
    number_on_its_own_line,
    number_before_title,
    order_or_announcement_line,
    number_of_damaged_line,
    number_stripped_of_brackets,
    number_before_quoted_title,
    number_after_title_on_header_line,
)


def number_of_own_file(h: SpanHeader) -> DocNumber | None:
    """``渝财产业〔2024〕173号.docx`` on one of the last lines — a portal page's link to the document's own
    file, named by its number (the text itself prints none)."""
    for l in h.nb[max(h.span.title_end + 1, h.span.end - 4) : h.span.end + 1]:
        m = rx.OWN_FILE_LINE.match(compact(l.text))
        if m:
            return parse_doc_number(m.group("num"))
        n = (
            rx.OWN_FILE_TITLE_LINE.match(compact(l.text))
            if h.span.anchor_kind == "untitled" or h.span.title_end < 0
            else None
        )
        if n and n.group("num") and "关于" in n.group("title"):  # 某局关于X的通知（某字〔2019〕59号）.pdf (h270 湖南)
            return parse_doc_number(n.group("num"))
    return None


def number_in_title_brackets(h: SpanHeader) -> DocNumber | None:
    """``陕西省人民政府关于修改部分省政府规章的决定（陕西省人民政府令第148号）`` — a site's title line carrying
    the text's own number in brackets (the title as stored drops it)."""
    raw = h.span.raw_title or (h.nb[h.span.start].text if h.span.start < len(h.nb) else "")
    m = OWN_NUMBER_AFTER_TITLE.search(compact(raw))
    if m is None and "关于《关于" in raw:  # 某委员会 关于《关于X的通知》（某字〔2022〕2号） (h215 保定)
        q = BODY_ABOUT_QUOTED_TITLE.match(compact(raw))
        return parse_doc_number(q.group("num")) if q and q.group("num") else None
    return (parse_doc_number(m.group("num")) or _serial_of_announcement(raw, m.group("num"))) if m else None


# 某某指挥部通告（第1号） / 某某办公室公告(第7号) — an announcement's title, its serial in brackets after it
# / 某某指挥部通告（第一号） — in Chinese numerals (h243 亳州, 合肥; the number kept as printed)
_ANNOUNCEMENT_SERIAL = re.compile(
    r"(?:公告|通告)[（(]第(?:(?P<serial>\d{1,4})|(?P<cn>[一二三四五六七八九十]{1,3}))号[）)]$"
)


def _serial_of_announcement(raw: str, num: str) -> DocNumber | None:
    """``第7号`` after an announcement's title (``…办公室公告（第7号）``, h112 沈阳, h144 武汉): a serial of the body's
    announcements, no year or prefix (its node is named by the body, see graph.resolve.doc_id)."""
    m = _ANNOUNCEMENT_SERIAL.search(compact(raw)) if num.startswith("第") else None
    if m is None:
        return None
    if m.group("cn"):
        return DocNumber("", None, _cn_int(m.group("cn")), kind="announcement", form="汉")
    return DocNumber("", None, int(m.group("serial")), kind="announcement")


def _order_number(line: str, above: str) -> DocNumber | None:
    """The order number a line prints, its issuer on it or on the line ``above`` (河南省人民政府令 / 第227号);
    a line wrapped whole in brackets is read inside them: （中华人民共和国交通运输部令2023年第3号）."""
    c = line[1:-1] if line[:1] in "（(" and line[-1:] in "）)" else line
    m = rx.ORDER_LINE.match(c) or rx.ORDER_YEAR_LINE.match(c)
    head = rx.ORDER_HEAD_LINE.match(above)
    issuer = (m.group("issuer") or (head.group("issuer") if head else None)) if m else None
    if not issuer:
        return None
    if m.re is rx.ORDER_LINE:
        return DocNumber(order_prefix(issuer + "令"), None, int(m.group("serial")), kind="order")
    year, form = (m.group("year"), "年") if m.group("year") else (m.group("byear"), "〔〕")
    return DocNumber(issuer + "令", int(year), int(m.group("serial")), kind="order", form=form)


def order_above_decree(h: SpanHeader) -> DocNumber | None:
    """The order's number right over a decree printed above the title (（中华人民共和国交通运输部令2023年第3号） /
    《X》已于…通过，现予公布 / 部长 某某 / date / X, h119 交通运输部): the decree is the title's header, so is its number."""
    k = h.span.header_start
    if h.transmitted or k is None or k >= h.span.start or k < 1:
        return None
    above = compact(h.nb[k - 2].text) if k >= 2 else ""
    return _order_number(compact(h.nb[k - 1].text), above)


# 根据2012年12月26日上海市人民政府令第98号公布的《上海市人民政府关于修改〈X〉的决定》修正 — a history note that names a
# text by its title, with the day and the order that published it
PUBLISHED_AS_NAMED = re.compile(
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?P<num>[\u4e00-\u9fff]{2,30}?令第\d{1,5}号)?(?:公布|发布)的"
    r"《(?P<title>[^《》]{4,150})》"
)


def _named_in_later_note(h: SpanHeader) -> re.Match[str] | None:
    """The history note of a text printed below this one that names this text by its title with its day (an
    amending decision, unsigned and undated, over the rule it amends republished: the rule's note says when and by
    which order the decision was published, shanghai 餐厨)."""
    key = loose_title_key(h.span.title) if h.span.anchor_kind != "untitled" else ""
    for l in h.nb[h.span.end + 1 : h.span.end + 40] if key and not h.transmitted else ():
        c = compact(l.text)
        for m in PUBLISHED_AS_NAMED.finditer(c) if "的《" in c else ():
            if loose_title_key(m.group("title").replace("〈", "《").replace("〉", "》")) == key:
                return m
    return None


def date_named_in_later_note(h: SpanHeader) -> str | None:
    """The day a later text's history note says this text was published (see :func:`_named_in_later_note`)."""
    m = _named_in_later_note(h)
    return parse_date(m.group("date")) if m else None


def number_named_in_later_note(h: SpanHeader) -> DocNumber | None:
    """The order a later text's history note says published this text (see :func:`_named_in_later_note`)."""
    m = _named_in_later_note(h)
    return parse_doc_number(m.group("num")) if m and m.group("num") else None


# 仁府办发〔2017〕27号 各镇乡人民政府,县级各部门:《X》已经…现印发你们 — the number run on into the addressees (各…:) and the
# text (a page that lost its line breaks, h84 仁寿); a news page may open that line with its label (【划重点】:
# 深府办函〔2024〕57号 各区人民政府,…: h281 深圳)
NUMBER_BEFORE_ADDRESSEES = re.compile(
    r"^(?:[【\[][\u4e00-\u9fff]{1,6}[】\]][:：]?)?(?P<num>[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号)各[^。：:；;《》]{1,80}?[：:]"
)


NUMBER_BEFORE_ADDRESSEES_LINES = 4  # lines under the title where that line is looked for


def number_before_addressees(h: SpanHeader) -> DocNumber | None:
    """``仁府办发〔2017〕27号 各镇乡人民政府,县级各部门:…`` on a header line: the number that opens it, the addressees and
    the text run on after it (see :data:`NUMBER_BEFORE_ADDRESSEES`).  A news page's rows (column, time, a dash) may
    stand between the title and that line: it is looked for a few lines further down than the header."""
    sp = h.span
    lines = (
        h.nb[sp.first_line : min(sp.anchor + 1 + NUMBER_BEFORE_ADDRESSEES_LINES, sp.end + 1)] if h.own_header else ()
    )
    for l in lines:
        m = NUMBER_BEFORE_ADDRESSEES.match(compact(l.text)) if "〕" in l.text else None
        if m:
            return parse_doc_number(m.group("num"))
    return None


MAX_TITLE_REPEAT_LINES = 3  # lines under a title where a page prints it again with the text's number after it


def number_after_title_repeated(h: SpanHeader) -> DocNumber | None:
    """``某区人民政府森林防火禁火令`` / source line / ``某区人民政府森林防火禁火令 (2025年第2号) 我区…`` — a page's
    headline over the text, its title printed again with its own number in brackets (h243 延平)."""
    sp = h.span
    if sp.title_end < 0 or not sp.title:
        return None
    title = compact(sp.title)
    for l in h.nb[sp.title_end + 1 : min(sp.title_end + 1 + MAX_TITLE_REPEAT_LINES, sp.end + 1, len(h.nb))]:
        c = compact(l.text)
        close = c.find("）", len(title)) if c.startswith(title + "（") else -1
        if close < 0 and c.startswith(title + "("):
            close = c.find(")", len(title))
        m = OWN_NUMBER_AFTER_TITLE.search(c[: close + 1]) if close > 0 else None
        if m:
            return parse_doc_number(m.group("num")) or _serial_of_announcement(c[: close + 1], m.group("num"))
    return None


SPAN_NUMBER_SOURCES = HEADER_NUMBER_SOURCES + (
    order_in_promulgation_note,
    order_in_header_history,
    number_in_note_under_title,
    number_of_own_file,
    number_in_title_brackets,
    order_above_decree,
    number_named_in_later_note,
    number_before_addressees,
    number_after_title_repeated,
)


# ---------------------------------------------------------------- issuers of a span
def _title_head(title: str) -> str:
    """The part of a title before 关于 (or before 印发《…》, 出台 …), '' when nothing stands there."""
    at = title.find("关于")
    if at < 0:  # 国务院办公厅印发《…》的通知 / 河南省生态环境厅出台促进…十项措施
        m = rx.TITLE_ISSUING_VERB.search(title)
        letter = None if m else ADDRESSED_LETTER_TITLE.match(title)  # (某局致在某外籍人士倡议书: the writer before 致)
        at = m.start() if m else letter.start("to") if letter else -1
    head = title[:at] if at > 0 else ""
    # 国务院批转国家发展改革委关于… / 国务院办公厅转发国家地震局关于…: the issuer stands before the verb
    head = rx.FORWARDING_VERB.split(head, maxsplit=1)[0]
    # 财政部发布关于下达…的通知: a news page's heading, the body before the verb that publishes (h132 财政部); 中共中央办公厅
    # 国务院办公厅印发《关于…的意见》 (a compilation's entry, its marks lost: the bodies before 印发, h34)
    return PUBLISHING_VERB_END.sub("", head)


# 某市人民政府外事办公室致在某外籍人士倡议书 / 某县人民政府致全县人民的一封信 — a letter to the public titled by its
# writer, 致 and those it addresses (no 关于): the writer heads the title (not 致公党, a party's name)
ADDRESSED_LETTER_TITLE = re.compile(
    r"^[^致，,。；]{2,40}?(?P<to>致)(?!公党)[^，,。；]{1,60}?(?:倡议书|一封信|公开信|告知书|慰问信|感谢信|贺信)$"
)
PUBLISHING_VERB_END = re.compile(r"(?:发布|公布|下发|印发)了?$")


MIN_SPACED_LETTERS = 3  # one-character chunks in a row that are a name printed letter-spaced


def _letters_joined(chunks: list[str]) -> list[str]:
    """``重 庆 市 交 通 局`` among a title's chunks → ``重庆市交通局``: a name printed letter-spaced (a red head's line
    spread to its width), its characters one chunk again."""
    out: list[str] = []
    run: list[str] = []
    for c in [*chunks, ""]:
        if len(c) == 1:
            run.append(c)
            continue
        if len(run) >= MIN_SPACED_LETTERS:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if c:
            out.append(c)
    return out


def _spaced_issuers(reg: AgencyRegistry, head: str, raw_title: str) -> list[str]:
    """Joint issuers the registry may not know, told apart by the spaces printed between them
    (中国人民银行平顶山市中心支行 平顶山市财政局 关于…)."""
    cut = raw_title.find("关于")
    chunks = _letters_joined(raw_title[:cut].split()) if cut > 0 else []
    if not chunks or "".join(chunks) != head:
        return []
    names: list[str] = []
    for c in chunks:
        if reg.looks_like_agency(c):
            names.extend(reg.split_issuers(c))
        elif rx.AGENCY_NAME_END.search(c) and (reg.resolve(c) or AGENCY_START.match(c)):
            names.append(c)
        else:
            return []
    return names


def title_issuers(reg: AgencyRegistry, title: str, raw_title: str = "") -> list[str]:
    """Issuers printed before 关于 (or before 印发《…》) in a title, as written.

    >>> title_issuers(default_registry(), "河南省财政厅 河南省人力资源和社会保障厅关于X的通知")
    ['河南省财政厅', '河南省人力资源和社会保障厅']
    >>> title_issuers(default_registry(), "浙江省人民政府贯彻国务院关于X的指导意见的实施意见")
    ['浙江省人民政府']
    """
    head = _title_head(title) or _name_before_quoted_words(reg, title) or _name_before_case_decision(reg, title)
    if not head:
        return []
    m = rx.CARRYING_OUT_VERB.search(head)
    if m and reg.looks_like_agency(head[: m.start()]):  # 浙江省人民政府贯彻国务院关于…的实施意见
        head = head[: m.start()]
    if reg.looks_like_agency(head):
        # 法规国家税务总局某市税务局: a site's category glued before one known name — that name whole, not split
        # where the category's glued part ends in a name of its own (法规国家税务总局 | 某市税务局, h262 厦门)
        names = reg.split_issuers(head)
        if len(names) > 1 and reg.resolve(names[0]) is None and reg.resolve(head) is None and head.isalnum():
            whole = _known_tail(reg, head) or ""
            names = [whole] if len(whole) > len(names[-1]) else names  # (the split cut through the known name)
        return _without_chrome(reg, names)
    return _without_chrome(reg, _spaced_issuers(reg, head, raw_title))


# 某区政务服务中心“一窗综合受理”事项公告 — a title's words before its first quoted words (h171 玉泉区, qinghai 省发展改革委
# “双随机、一公开”监管工作细则)
BEFORE_QUOTED_WORDS = re.compile(r"^([^“”\"《》「」]{3,30}?)[“\"「]")


def _name_before_quoted_words(reg: AgencyRegistry, title: str) -> str:
    """A title with no 关于 that opens with a body's name and then quoted words (某区政务服务中心“一窗综合受理”事项公告):
    that name, else ''."""
    m = BEFORE_QUOTED_WORDS.match(title)
    return m.group(1) if m and reg.looks_like_agency(m.group(1)) else ""


# 某市生态环境局行政处罚决定书 / 某县某局责令改正违法行为决定书 / 某镇人民政府不予行政处罚决定书 — a case decision's title: the
# body that decides, then the decision's type, no 关于 (h236 汉中, 昌吉, 龙川镇); 某县人民政府行政复议决定书 / 某区人民政府
# 驳回行政复议申请决定书 — a reconsideration decision, headed by the reviewing government (h267 双牌, 亭湖, 朝天)
CASE_DECISION_TITLE = re.compile(
    r"^(?P<body>[^“”\"《》「」（）()]{3,40}?)(?:不予)?"
    r"(?:行政处罚|责令(?:限期)?改正(?:违法行为)?|行政复议|驳回行政复议申请|终止行政复议)决定书$"
)


def _name_before_case_decision(reg: AgencyRegistry, title: str) -> str:
    """A case decision's title that opens with the deciding body's name (某市生态环境局行政处罚决定书): that name, else ''."""
    m = CASE_DECISION_TITLE.match(title) if title.endswith("决定书") else None
    return m.group("body") if m and reg.looks_like_agency(m.group("body")) else ""


# a site's chrome before a title: 首页, 当前位置, 法规首页 (h103 山西, h105 海淀); the company whose site it is
# (山西某某煤业有限公司 before 山西省人民政府, h73)
_CHROME_WORD = re.compile(r"首页|当前位置|您的位置|网站|频道|有限公司$")
MAX_GLUED_HEAD = 40  # characters of chrome or a red head glued before a registry name


def _without_chrome(reg: AgencyRegistry, names: list[str]) -> list[str]:
    """Names of a title's head without what a page glued before them: a name the registry does not know that
    ends with one it knows, after something that is no agency (EHS中国法规首页山西省人民政府 → 山西省人民政府,
    辽宁省人民政府办公厅文件辽政办发〔2021〕7号辽宁省人民政府办公厅 → 辽宁省人民政府办公厅, h103); a leading
    unknown name made of site chrome (首页区县招商…新闻中心 before 北京市海淀区人民政府, h105) or a company."""
    out: list[str] = []
    for name in names:
        if reg.resolve(name) is None:
            name = _known_tail(reg, name) or name
        if name not in out:  # (the issued text's title glued before its notice's: its body comes again, h27 阿拉善)
            out.append(name)
    while len(out) > 1 and reg.resolve(out[0]) is None and _CHROME_WORD.search(out[0]):
        out.pop(0)
    return out


def _known_tail(reg: AgencyRegistry, name: str) -> str | None:
    """The longest registry name (starting with a place or a national name) ending ``name`` after a part
    that is no agency, or None."""
    for k in range(1, min(len(name) - 2, MAX_GLUED_HEAD) + 1):
        tail = name[k:]
        if not pt.NAME_START.match(tail) or tail[0] in "省市区县":
            continue
        if reg.resolve(tail) is not None and not reg.looks_like_agency(name[:k]):
            return tail
    return None


def issuers_in_title(h: SpanHeader) -> Issuers | None:
    """``河南省人民政府办公厅关于…的通知``, ``国务院办公厅印发《…》的通知`` — issuers head the title."""
    raw = h.span.raw_title or ""
    names = [_brackets_as_printed(n, raw) for n in title_issuers(h.registry, h.span.title, raw)]
    return Issuers(tuple(names), h.nb[h.span.start].no) if names else None


QUOTE_MARKS = "“”"


def quotes_as_printed(name: str, raw_title: str) -> str:
    """A name keeps the quotation marks its title printed inside it, which the registry's names drop:
    安徽省推进“三地一区”建设领导小组… (h214 安徽开放办)."""
    if "“" not in raw_title or not name:
        return name
    raw = raw_title.replace(" ", "")
    at = raw.find(name[0])
    while 0 <= at:
        i, j = 0, at
        while i < len(name) and j < len(raw):
            if raw[j] in QUOTE_MARKS and name[i] not in QUOTE_MARKS:
                j += 1
            elif raw[j] == name[i]:
                i, j = i + 1, j + 1
            else:
                break
        printed = raw[at:j]
        if i == len(name):
            return printed if printed.count("“") == printed.count("”") > 0 else name
        at = raw.find(name[0], at + 1)
    return name


def _brackets_as_printed(name: str, raw_title: str) -> str:
    """A name keeps the brackets its title printed, which the stored title writes full-width:
    安康市恒口示范区(试验区)安全生产委员会 (h68 安康)."""
    if "（" not in name:
        return name
    printed = name.replace("（", "(").replace("）", ")")
    return printed if printed in raw_title.replace(" ", "") else name


# 芜湖市住房和城乡建设局等7部门 — a title's head naming its lead body and counting the others
_LEAD_AND_COUNT = re.compile(
    r"^(?P<lead>[\u4e00-\u9fff]{4,40}?)等(?P<n>\d{1,2}|[二三四五六七八九十]{1,2})个?(?:部门|单位)$"
)
_CHINESE_COUNT = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}
MAX_LINES_TO_NAMING_SENTENCE = 12  # lines from a title to the sentence naming its bodies


def _count(n: str) -> int:
    """7 / 七 / 十二 → the number."""
    if n.isdigit():
        return int(n)
    if len(n) == 2:  # 十二 / 二十
        return 10 + _CHINESE_COUNT[n[1]] if n[0] == "十" else _CHINESE_COUNT[n[0]] * 10
    return _CHINESE_COUNT[n]


def lead_and_count(title: str) -> tuple[str, int] | None:
    """The lead body and the count of bodies a title's head names (``X等四部门关于…`` → (X, 4)), else None."""
    m = _LEAD_AND_COUNT.match(compact(_title_head(title)))
    return (m.group("lead"), _count(m.group("n"))) if m else None


def issuers_counted_in_title(h: SpanHeader) -> Issuers | None:
    """``芜湖市住房和城乡建设局等7部门关于印发…的通知`` whose first sentences name the lead body and the others,
    ``X、A、B…等部门``, as many as the title counts: those bodies (h138 芜湖, a signature an OCR garbled)."""
    m = _LEAD_AND_COUNT.match(compact(_title_head(h.span.title)))
    if not m or not h.registry.looks_like_agency(m.group("lead")):
        return None
    lead, n = m.group("lead"), _count(m.group("n"))
    lines = h.nb[h.span.title_end + 1 : min(h.span.title_end + 1 + MAX_LINES_TO_NAMING_SENTENCE, h.span.end + 1)]
    text = "".join(compact(l.text) for l in lines)
    at = text.find(lead + "、")
    end = text.find("等", at) if at >= 0 else -1
    if end < 0 or end - at > 40 * n:
        return None
    names = text[at:end].split("、")
    if len(names) != n or not all(h.registry.looks_like_agency(x) for x in names):
        return None
    return Issuers(tuple(names), lines[0].no if lines else None)


# 市经济信息化委等 / 甲省财政厅等部门 / 乙市某局等单位 — a title's head naming its lead body and leaving the others
# unnamed (no count: _LEAD_AND_COUNT reads the counted ones from the sentence that names them)
LEAD_AND_OTHERS = re.compile(r"^(?P<lead>[\u4e00-\u9fff（）()]{3,40}?)等(?:部门|单位)?$")


def issuer_leading_others_in_title(h: SpanHeader) -> Issuers | None:
    """``市经济信息化委等关于印发…的通知`` whose signature names no body: the lead body the title names (the others
    it leaves unnamed are not guessed)."""
    m = LEAD_AND_OTHERS.match(compact(_title_head(h.span.title) or ""))
    if m is None or not h.registry.looks_like_agency(m.group("lead")):
        return None
    names = _without_chrome(h.registry, h.registry.split_issuers(m.group("lead")))
    return Issuers(tuple(names), h.nb[h.span.start].no) if len(names) == 1 else None


def issuers_of_signature_widening_title(h: SpanHeader) -> Issuers | None:
    """A joint text whose title names only its lead body (云南省财政厅关于印发…的通知) and whose signature
    names it with the others (云南省财政厅 云南省人力资源和社会保障厅), or a title naming its body without
    its place (市人民政府关于…, signed 咸宁市人民政府): the signature's."""
    names = title_issuers(h.registry, h.span.title, h.span.raw_title or "")
    signed = h.signature[0]
    if not names or not signed or signed.names == tuple(names):
        return None
    # each body of the title signs, maybe written out (市人民政府 in the title, 咸宁市人民政府 signing; 区政府办公室,
    # 常州市钟楼区人民政府办公室 signing, 钟楼 h75)
    if len(signed.names) >= len(names) and writes_out(signed.names, names, h.registry):
        return signed
    return None


def issuers_of_signature_renaming_title(h: SpanHeader) -> Issuers | None:
    """A title naming its body by a name the registry does not know (浙江省建设厅关于印发…的通知), signed by a body it
    knows of the same place whose name ends with the title's (浙江省住房和城乡建设厅, the body's current name): the
    signature's (h160 浙江)."""
    names = title_issuers(h.registry, h.span.title, h.span.raw_title or "")
    signed = h.signature[0]
    if len(names) != 1 or not signed or len(signed.names) != 1 or h.registry.resolve(names[0]) is not None:
        return None
    body = h.registry.resolve(signed.names[0])
    place = h.registry.place_of(names[0])
    if body is None or place is None or body.jurisdiction != place.name or not names[0].startswith(place.name):
        return None
    return signed if body.name.endswith(names[0][len(place.name) :]) else None


def issuers_of_head_widening_title(h: SpanHeader) -> Issuers | None:
    """A title naming its body without its place (市政府关于…的意见) under a red head that names it in full
    (常州市人民政府文件), a law database's issuer line (江苏省徐州市人民政府, h115), or numbered with the body's
    prefix (常政发 → 常州市人民政府): the head's (h92 常州)."""
    names = title_issuers(h.registry, h.span.title, h.span.raw_title or "")
    if not placeless(names):
        return None
    for source in (issuers_in_document_header, issuers_on_line_above_title, issuer_of_number_prefix):
        found = source(h)
        if found and len(found.names) == len(names) and writes_out(found.names, names):
            return Issuers(found.names, found.line or h.nb[h.span.start].no)
    return None


MAX_PAGE_LINES_ABOVE_TITLE = 12  # lines of a page's head above its first title that may name the body in full
MAX_PAGE_LINES_UNDER_TITLE = 5  # lines under a title that may name it (来自:襄阳市政府门户网站)


def issuers_of_page_widening_title(h: SpanHeader) -> Issuers | None:
    """A title naming its body without its place (区人民政府办公室关于…, 市人民政府关于…) on a page whose head names
    it in full (发布机构 洪山区人民政府办公室, h105 洪山) or names the place's government in its source line
    (来自:襄阳市政府门户网站, h44 襄阳): the body written out with that place."""
    names = title_issuers(h.registry, h.span.title, h.span.raw_title or "")
    if len(names) != 1 or not placeless(names):
        return None
    sp = h.span
    top = max(0, sp.start - MAX_PAGE_LINES_ABOVE_TITLE) if h.first else sp.title_end + 1
    for l in h.nb[top : min(sp.title_end + 1 + MAX_PAGE_LINES_UNDER_TITLE, sp.end + 1)]:
        full = _place_before_body(h.registry, compact(l.text), written_out(names[0]))
        if full:
            return Issuers((full,), l.no)
    return None


def _place_before_body(reg: AgencyRegistry, text: str, body: str) -> str | None:
    """``body`` (市人民政府办公室) with the place ``text`` names right before its words (洪山区人民政府办公室,
    襄阳市政府… → 襄阳市人民政府…), the place ending with the body's level; None when the text names none, or
    quotes a title (another body's words)."""
    if "《" in text:
        return None
    forms = (body[1:], body[1:].replace("人民政府", "政府", 1))
    for place in reg.places_in(text):
        at = text.find(place)
        if place.endswith(body[0]) and text[at + len(place) :].startswith(forms):
            full = place + body[1:]
            return full if reg.looks_like_agency(full) else None
    return None


def placeless(names: Sequence[str]) -> bool:
    """Whether every name is a body named by its level alone (市人民政府办公室, 区政府, 县财政局, 自治区公务员局)."""
    return bool(names) and all(n[:1] in "省市区县" or n.startswith("自治区") for n in names)


def writes_out(full: Sequence[str], names: Sequence[str], reg: AgencyRegistry | None = None) -> bool:
    """Whether each of ``names`` is written out by one of ``full`` (市人民政府 by 咸宁市人民政府, 区政府办公室 by
    常州市钟楼区人民政府办公室; with the registry, a short form of the body too: 省金融监管局 by
    吉林省地方金融监督管理局, h111)."""
    return all(any(f.endswith(written_out(n)) or (reg and _same_body(reg, f, n)) for f in full) for n in names)


def _same_body(reg: AgencyRegistry, full: str, short: str) -> bool:
    """Whether ``short``, read in the place of ``full``, is the body ``full`` names."""
    body = reg.resolve(full)
    return body is not None and getattr(reg.resolve(short, context=full), "name", None) == body.name


def written_out(name: str) -> str:
    """区政府办公室 → 区人民政府办公室: a body named by its level, its 政府 as a signature writes it.

    >>> written_out("区政府办公室"), written_out("市人民政府"), written_out("市财政局")
    ('区人民政府办公室', '市人民政府', '市财政局')
    """
    return name[0] + "人民" + name[1:] if name[:1] in "省市区县" and name[1:3] == "政府" else name


def issuers_in_document_header(h: SpanHeader) -> Issuers | None:
    """``河南省人民政府办公厅文件`` (the 文头 of an official document) above the title."""
    if h.span.header_start is None:
        return None
    names: list[str] = []
    line = None
    for l in h.nb[h.span.header_start : h.span.start]:
        c = compact(l.text)
        c = DOC_HEADER_LINE.sub(lambda m: m.group(0)[:-2], c) if c.endswith("文件") else l.text
        if h.registry.looks_like_agency(c):
            names.extend(x for x in h.registry.split_issuers(c) if x not in names)
            line = line or l.no
    return Issuers(tuple(names), line) if names else None


def issuers_on_line_above_title(h: SpanHeader) -> Issuers | None:
    """``财政部 国家发展和改革委员会 工业和信息化部`` alone on the line right above the title — a law
    database's record names the issuing bodies between its heading and the text's title."""
    top = h.span.first_line
    if top == 0 or h.span.header_start is not None:
        return None
    names: list[str] = []
    line = None
    for above in reversed(h.nb[max(0, top - MAX_SIGNER_LINES) : top]):  # 沧州市发展改革委 / 沧州市邮政局 / …
        if not h.registry.looks_like_agency(above.text) or rx.DATE_LINE.match(compact(above.text)):
            break
        if above.bar_dropped:
            return (
                None  # 吉林省教育厅 | / 中华人民共和国教育部: a portal's links to other sites, no signature (h223 白山)
            )
        found = h.registry.split_issuers(above.text)
        if not found:
            break
        names[:0], line = found, above.no
    return Issuers(tuple(names), line) if names else None


MAX_SIGNER_LINES = 10  # bodies named one a line above a title
MAX_SIGNED_ABOVE_START = 12  # lines from the file's top to a text signed right above its title


# (1987年6月12日洛阳市第八届人民代表大会常务委员会第二十一次会议通过 1987年7月19日河南省…批准): a city's regulation
# its province approved
_CITY_PASSED_APPROVED = re.compile(
    r"[（(][0-9〇零一二三四五六七八九十○]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日"
    r"(?P<place>[\u4e00-\u9fff]{2,12}?(?:市|自治州|州|盟))第[一二三四五六七八九十]{1,4}届人民代表大会常务委员会"
    r"第[一二三四五六七八九十]{1,5}次会议通过.{0,60}?批准"
)


def issuers_passing_approved_regulation(h: SpanHeader) -> Issuers | None:
    """A city's regulation whose note says its standing committee passed it and the province's approved it:
    the city's committee, whatever the database's issuer line names (河南省人大常委会 over 洛阳市…办法, h115; h65
    抚顺)."""
    m = _CITY_PASSED_APPROVED.match(h.notes[:400])  # (the first passage: not a later amendment's)
    if not m or not h.span.title.startswith(m.group("place")):
        return None
    return Issuers((m.group("place") + "人民代表大会常务委员会",), h.nb[h.span.start].no)


def _signed_above_title(h: SpanHeader) -> tuple[Issuers, str] | None:
    """``中共某区委办公室`` / ``某区人民政府办公室`` / ``2019年4月16日`` right above the title, near the file's top:
    the signature of the notice issuing the text (a page that kept only the notice's last lines), whose
    issuers and date are the text's.  None unless one to three bodies sign over a date there."""
    s = h.span.first_line
    if not h.first or h.parent is not None or not 2 <= s <= MAX_SIGNED_ABOVE_START:
        return None  # (a text printed under another document may be signed by neither)
    if "草案" in h.span.title or "征求意见" in h.span.title:
        return None  # a draft put out for comment is not yet the text of whoever published it
    if not rx.DATE_LINE.match(compact(h.nb[s - 1].text)):
        return None
    names: list[str] = []
    line = None
    for above in reversed(h.nb[max(0, s - 4) : s - 1]):
        if not h.registry.looks_like_agency(above.text):
            break
        names[:0], line = h.registry.split_issuers(above.text), above.no
    date = parse_date(compact(h.nb[s - 1].text))
    return (Issuers(tuple(names), line), date) if names and date else None


def issuers_signed_above_title(h: SpanHeader) -> Issuers | None:
    """The issuers of a notice's signature right above the title (see :func:`_signed_above_title`)."""
    signed = _signed_above_title(h)
    return signed[0] if signed else None


# 国家外汇管理局决定… / 交通运输部决定对《X》作如下修改 / 国家公务员局将组织实施… / 安徽省自然资源厅…研究起草了《X》
# / 国家外汇管理局根据《X》…修订形成《Y》 (h203) — the body the text's first sentences name as acting: who issues an
# unsigned text
ACTING_BODY = re.compile(
    r"(?:^|[，,。：:；;）)])(?P<body>[^，,。：:；;《》（）()“”]{3,30}?)"
    r"(?:（以下简称[^）]{1,12}）)?(?:决定|将组织|将于|依据[^，,。]{0,12}[，,]?研究起草了|研究起草了|起草了|拟定了|研究制定了|按照"
    r"|根据(?=《)|近日(?:印发|出台|发布)了?)"
)


def issuer_acting_in_first_sentences(h: SpanHeader) -> Issuers | None:
    """An unsigned text whose first sentences name the body that acts (国家外汇管理局决定…，现就有关事项通知如下;
    自治区公务员局将组织实施…; 安徽省自然资源厅…研究起草了《X》，现面向社会公开征求意见): that body, the last
    resort of a text that prints its issuer nowhere else (h111, h112, h119, h122)."""
    text = "".join(compact(l.text) for l in h.body[:3])[:400]
    joint = _joint_bodies_acting(h.registry, text)
    if joint:
        return Issuers(joint, h.body[0].no)
    for m in ACTING_BODY.finditer(text):
        body = m.group("body")
        before = text[: m.start("body")]
        if any(body in q for q in rx.QUOTED_TITLE.findall(before)) or f"{body}令" in before:
            continue  # 《自治区人民政府关于…的决定》…通过。自治区人民政府决定…: another's decision, told (h45)
        names = h.registry.split_issuers(body) if h.registry.looks_like_agency(body) else []
        if len(names) == 1 and names[0] == body and rx.AGENCY_NAME_END.search(body):
            return Issuers((body,), h.body[0].no if h.body else None)
    return None


# 为此,某市总工会向全市各级工会组织和广大职工发出如下倡议 / 某区妇联向全区妇女姐妹们致以节日的问候 — an appeal's or an
# open letter's sender named in its first sentences as who addresses its readers: the run of characters before 向 (the
# sender's name at its end, maybe 特 after it), what it sends within 60 characters
SENDER_ADDRESSING = re.compile(
    r"(?P<run>[\u4e00-\u9fff]{2,40}?)(?=特?向[^。；;！!]{1,60}?(?:发出(?:如下|以下)?(?:倡议|呼吁)|致以))"
)
MAX_SENDER_LINES = 4  # an unsigned appeal's lines read for its sender
MIN_SENDER_NAME = 4  # characters of the shortest sender's name taken (某区妇联)


def issuer_addressing_readers(h: SpanHeader) -> Issuers | None:
    """An unsigned 倡议书 or open letter that names its sender only in its first sentences, as who sends the appeal or
    the greetings (某市总工会向全市职工发出如下倡议; 某区妇联向全区妇女致以节日的问候; h233 广元, 阿拉尔, 曾都): that body, when its
    name (the longest end of the words before 向) is one body's name the registry can read — the last resort of a text
    with no signature and no issuer in its title."""
    text = "".join(compact(l.text) for l in h.body[:MAX_SENDER_LINES])[:1500]
    for m in SENDER_ADDRESSING.finditer(text):
        run = m.group("run")
        name = next((run[k:] for k in range(len(run) - MIN_SENDER_NAME + 1) if _one_body(h.registry, run[k:])), None)
        if name:
            return Issuers((name,), h.body[0].no)
    return None


def _one_body(reg: AgencyRegistry, name: str) -> bool:
    """True when ``name`` is one body's whole name (ending as a body's name does)."""
    return bool(rx.AGENCY_NAME_END.search(name)) and reg.looks_like_agency(name) and reg.split_issuers(name) == [name]


# 福建省第九届人民代表大会常务委员会第三十次会议审议了… / 某市第十二届人民代表大会第五次会议决定… — a text opening
# with the congress (or its standing committee) in session
MEETING_OPENING = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十\d]{1,3}届(?P<body>人民代表大会(?:常务委员会)?)"
    r"第[一二三四五六七八九十\d]{1,4}次(?:全体)?会议(?:审议|决定|听取)"
)
MAX_OPENING_LINES = 2  # lines of an untitled text that may open with its meeting


def issuer_of_meeting_opening(h: SpanHeader) -> Issuers | None:
    """A decision whose first sentence opens with the meeting that takes it (``福建省第九届人民代表大会常务委员会第三十次会议
    审议了…决定自即日起废止下列地方性法规``, h37 福建, untitled): the congress or its standing committee."""
    sp = h.span
    first = sp.start if sp.title_end < 0 else sp.title_end + 1  # (or the line under a title, a late answer)
    for l in h.nb[first : min(first + MAX_OPENING_LINES, sp.end + 1)]:
        m = MEETING_OPENING.match(compact(l.text)[:200])
        a = h.registry.resolve(m.group("place") + m.group("body")) if m else None
        if a is not None:
            return Issuers((a.name,), l.no)
    return None


# 国家移民管理局自2023年1月8日起优化移民管理政策措施。现公告如下 — a sentence that opens with a body's name (after
# punctuation, or after a page's junk that is no Chinese) and is followed by 现公告如下 / 现将有关事项通告如下 (never
# inside book marks or quotes: …按照《中共某市委某市人民政府X纲要》要求…现通告如下 names a cited text's makers, h196 天津)
ANNOUNCING_SENTENCE = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff《〈“「]))(?P<opening>[\u4e00-\u9fff]{4,40})(?=[^。；;]{0,80}?[。，,；;]\s{0,3}现(?:将有关事项)?(?:公告|通告)如下)"
)


# 《中华人民共和国某法》(中华人民共和国主席令 第三十一号) — the end of the text before a name that stands in a cited
# title's bracket: the closing book mark, then the opening bracket (maybe a space between)
CITATION_BRACKET_BEFORE = re.compile(r"》\s{0,2}[（(]\s{0,2}$")


def issuer_announcing_in_first_sentences(h: SpanHeader) -> Issuers | None:
    """An untitled announcement whose first sentence opens with its body's name and ends ``现公告如下`` (国家移民管理局
    自…起优化…。现公告如下, h162 移民局): that body, as the registry writes it in full — never a body named in a cited
    title's bracket (根据《某法》(中华人民共和国主席令 第N号),…现将有关事项公告如下: the law's number, h258 临沂)."""
    text = "".join(compact(l.text) for l in h.body[:3])[:400]
    for m in ANNOUNCING_SENTENCE.finditer(text) if "如下" in text else ():
        if CITATION_BRACKET_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        name = _agency_opening(h.registry, m.group("opening") + "。。")  # (its last two characters may be the body's)
        if name:
            return Issuers((name,), h.body[0].no)
    return None


# 2022年1月25日,河北省委、省政府出台《X》 / 近日，东莞市人民政府印发《X》的通知 / 8月8日,国家文物局发布关于X的通知 — a
# news lead, after a date or 近日/日前, naming who issued the text printed under it
ISSUING_LEAD = re.compile(
    r"(?:^|[，,。：:）)])(?:近日|日前|(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?)[，,]?"
    r"(?P<body>[^，,。：:；;《》（）()“”<>\n]{3,40}?)(?:近日|日前)?(?:联合)?(?:印发|出台|发布)了?"
    r"(?:《(?P<quoted>[^《》]{2,150})》|(?P<about>关于[^，,。；;《》\n]{2,150}?的(?:通知|意见|决定|公告|通告)))",
    re.MULTILINE,
)
# 河北省委、省政府 / 石家庄市委市政府 — a place's party committee and government, the second's place left out
PARTY_AND_GOVERNMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?(?P<level>省|市|县|区))委、?(?P=level)?政府$")
MAX_LEAD_LINES = 12  # lines of an untitled text's opening that may hold its lead
MAX_LEAD_UNDER_TITLE = 4  # lines under a title that may hold its lead (a compilation's entry heading over it, h48)


def issuers_of_news_lead(h: SpanHeader) -> Issuers | None:
    """A news page's lead over the text it reports (h131 河北, h146 石家庄, h75 东莞, h91 文物局, h35 山西, h48 陕西): the
    bodies a lead (``2022年1月25日,河北省委、省政府出台《X》,全文如下``) names as issuing the text — the span's own title
    (X, or 关于X的通知), or an untitled text whose lead says 全文如下 or names a 通知.  Each body one the registry knows."""
    sp = h.span
    untitled = sp.title_end < 0
    lines = (
        h.nb[sp.start : sp.start + MAX_LEAD_LINES]
        if untitled
        else h.nb[sp.start : sp.title_end + 1 + MAX_LEAD_UNDER_TITLE]
    )
    key = "" if untitled else loose_title_key(sp.title)
    # (the lines joined: a lead's quoted title may break over a line end, 《…突破 / 年实施意见》, h48 陕西)
    c = "\n".join(compact(l.text)[:1000] for l in lines[: sp.end - sp.start + 1])
    for m in ISSUING_LEAD.finditer(c):
        named = (m.group("quoted") or m.group("about")).replace("\n", "")
        own = loose_title_key(named) == key if key else re.match(r"[，,]?(?:全文如下|的通知)", c[m.end() :]) is not None
        names = _lead_bodies(h.registry, m.group("body")) if own else None
        if names:
            return Issuers(names)
    return None


# 黑龙江省农业农村厅公示 / 某市教育局发布 — a news headline's line: the bodies, then the verb of what they put out
# (what they put out on the headline's next lines, or nothing)
HEADLINE_BODIES_ACTING = re.compile(
    r"^(?P<body>[^，,。：:；;《》（）()“”!！?？\s]{4,40}?)(?:联合)?(?:公示|公布|发布|印发|下发|出台)(?P<rest>[^，,。：:；;]{0,30})$"
)
MAX_HEADLINE_ABOVE = 6  # lines from a news headline's issuer line down to the title it reports
MIN_HEADLINE_PART = 4  # characters of a headline's line that the title must hold to be the text it reports


def issuers_of_headline_above_title(h: SpanHeader) -> Issuers | None:
    """``近日 / 黑龙江省农业农村厅公示 / 全国绿色高产高效行动示范县 / 拟确定名单 / … / 关于黑龙江省2024年全国…拟确定名单的
    公示`` — a news page's headline over the text it reports (h165 黑龙江): the bodies its line names before 公示 / 发布,
    when what the headline says they put out (the rest of that line, else its next line) is part of the title.  Each
    body one the registry knows."""
    top = h.span.first_line
    if top == 0 or h.span.title_end < 0:
        return None
    key = loose_title_key(h.span.title)
    for k in range(max(0, top - MAX_HEADLINE_ABOVE), top):
        c = compact(h.nb[k].text)
        m = HEADLINE_BODIES_ACTING.match(c)
        if not m:
            continue
        what = loose_title_key(m.group("rest") or (compact(h.nb[k + 1].text) if k + 1 < top else ""))
        if len(what) < MIN_HEADLINE_PART or what not in key:
            continue
        names = _lead_bodies(h.registry, m.group("body")) or _whole_bodies(h.registry, m.group("body"))
        if names:
            return Issuers(names, h.nb[k].no)
    return None


def _whole_bodies(reg: AgencyRegistry, body: str) -> tuple[str, ...] | None:
    """The bodies ``body`` names, the registry unaware of them (某某县农业农村局): each shaped like a body, together the
    whole of it (separators aside); None otherwise."""
    if not reg.looks_like_agency(body):
        return None
    names = reg.split_issuers(body)
    rest = body
    for n in names:
        rest = rest.replace(n, "", 1)
    return tuple(names) if names and rx.LIST_SEPARATORS.fullmatch(rest) is not None else None


def _lead_bodies(reg: AgencyRegistry, body: str) -> tuple[str, ...] | None:
    """The bodies a lead names, each written out (河北省委、省政府 → 中共河北省委, 河北省人民政府); None unless all known."""
    pair = PARTY_AND_GOVERNMENT.match(body)
    parts = [pair.group("place") + "委", pair.group("place") + "政府"] if pair else reg.split_issuers(body)
    found = [reg.resolve(p) for p in parts]
    return tuple(a.name for a in found) if found and all(found) else None


# 甲省公安厅交通管理局、乙省公安厅交通安全管理局…联合决定 — bodies joined by 、 that decide or draw up together; 中共某市委
# 网信办、某市公安局联合通告如下 / …联合发出通告 — that announce together (h194 邹城, 雄安)
JOINT_ACTING = re.compile(
    r"(?:^|[，,。：:；;）)])(?P<body>[^，,。：:；;《》（）()“”]{6,120}?)(?:联合|共同)"
    r"(?:决定|制定|研究制定|(?:发出|发布)?(?:通告|公告)(?:如下)?[：:])"
)


def _joint_bodies_acting(reg: AgencyRegistry, text: str) -> tuple[str, ...] | None:
    """The bodies a first sentence joins with 、 before 联合决定 / 共同制定, each a whole agency name (h38, four
    provinces' police bureaus)."""
    for m in JOINT_ACTING.finditer(text):
        body = m.group("body")
        if "、" not in body or not reg.looks_like_agency(body):
            continue
        names = reg.split_issuers(body)
        if len(names) >= 2 and "、".join(names) == body:
            return tuple(names)
    return None


def issuers_of_issuing_notice(h: SpanHeader) -> Issuers | None:
    """A text a notice issues (关于印发《X》的通知 → X) is the notice's own: its issuers."""
    return Issuers(h.parent.issuers) if h.inherits and h.parent.issuers else None


def issuers_on_line_under_title(h: SpanHeader) -> Issuers | None:
    """``关于…的指导意见`` / ``财政部 发展改革委 人民银行`` — a text a notice passes on, the bodies that wrote it
    named on the line under its title: theirs, whatever the notice (the State Council's forwarded opinions)."""
    i = h.span.title_end + 1
    found = _bodies_on_line(h, i) if h.parent is not None and i <= h.span.end else None
    more = _bodies_continued(h, i + 1) if found else None
    return replace(found, names=found.names + more) if found and more else found


def _bodies_continued(h: SpanHeader, i: int) -> tuple[str, ...] | None:
    """``省人力资源社会保障厅 省教育厅 省财政厅`` / ``省地税局 省工商局 人民银行济南分行`` — the bodies under a forwarded
    text's title run on to a second line (h53 山东): a line of names only, each ending as a body does (the first
    line, all known, vouches for short forms the registry has not built)."""
    if i > h.span.end or i >= len(h.nb):
        return None
    text = h.nb[i].text
    c = compact(text)
    if len(c) > 80 or rx.SENTENCE_END.search(c) or c.endswith(("：", ":")) or not h.registry.looks_like_agency(text):
        return None
    names = h.registry.split_issuers(text)
    if not names or not all(h.registry.resolve(n) or rx.AGENCY_NAME_END.search(n) for n in names):
        return None
    return tuple(names)


def _under_title_copies(h: SpanHeader) -> Iterator[int]:
    """A law database's page with no header to read (the whole file one document, or a Markdown ``#`` heading over
    the text): the index of the line under each copy of its title printed again a few lines down."""
    sp = h.span
    if sp.anchor_kind not in ("file", "heading") or sp.title_end < 0:
        return
    key = compact(sp.title)
    for k in range(sp.title_end + 1, min(sp.title_end + 12, sp.end)):
        copy = compact(h.nb[k].text)
        n = 1  # (the copy set over several lines: 某某县人民代表大会关于 / 废止《…》、 / 《…》的决定, h170 三江)
        while copy != key and len(copy) >= 4 and key.startswith(copy) and n < MAX_COPY_LINES and k + n < sp.end:
            copy += compact(h.nb[k + n].text)
            n += 1
        if copy == key:
            yield k + n


MAX_COPY_LINES = 6  # lines a law database's copy of the title may be set over


def issuers_under_title_again(h: SpanHeader) -> Issuers | None:
    """The issuing bodies on the line under the title printed again (关于…的通知 / 财政部、司法部)."""
    return next((_bodies_on_line(h, i) for i in _under_title_copies(h)), None)


MAX_HEADED_COPY = 4  # lines from a title down to its copy printed with the body's name before it


def issuers_of_headed_title_copy(h: SpanHeader) -> Issuers | None:
    """``关于…的通知`` / ``某某党工委发〔2014〕2号`` / ``中共某某党工委关于…的通知`` — a page's title without its
    body, the red head's full title printed a few lines under it: the bodies before 关于 there (h123 本溪)."""
    sp = h.span
    key = compact(sp.title)
    if sp.title_end < 0 or not key.startswith("关于"):
        return None
    for k in range(sp.title_end + 1, min(sp.title_end + 1 + MAX_HEADED_COPY, sp.end + 1, len(h.nb))):
        c = compact(h.nb[k].text)
        if len(c) > len(key) and c.endswith(key):
            names = title_issuers(h.registry, c)
            return Issuers(tuple(names), h.nb[k].no) if names and "".join(names) == c[: -len(key)] else None
    return None


def date_under_title_again(h: SpanHeader) -> str | None:
    """``1999年7月13日,国家海洋局`` on the line under a copy of the title (h115)."""
    for i in _under_title_copies(h):
        m = rx.DATE_THEN_ISSUER_LINE.match(compact(h.nb[i].text))
        if m:
            return parse_date(m.group("date"))
    return None


def date_of_note_under_title_again(h: SpanHeader) -> str | None:
    """``X`` / ``某某省人民政府`` / ``X`` / ``(1992年7月25日…通过, 1992年10月22日…令第18号发布`` — a law database's
    page printing the title again over the text's history note, bracketed or not (``2007年3月28日…会议通过``): the
    latest passing or publication in the note under the last copy (h54 江西, h43 辽宁)."""
    for i in reversed(list(_under_title_copies(h))):
        note = promulgation_note(h.nb, replace(h.span, title_end=i - 1))
        c = compact(h.nb[i].text) if i <= h.span.end else ""
        if note is None and HISTORY_LINE.match(c):
            note = c
        if note is not None:
            return latest_passing(note)
    return None


def _bodies_on_line(h: SpanHeader, i: int) -> Issuers | None:
    """The bodies line ``i`` names and nothing else, each one the registry knows (a line of unknown names
    may be a text's first words)."""
    if i >= len(h.nb):
        return None
    text = h.nb[i].text
    c = compact(text)
    if len(c) > 80 or rx.SENTENCE_END.search(c) or not h.registry.looks_like_agency(text):
        return None
    names = h.registry.split_issuers(text)
    if not names or not all(h.registry.resolve(n) for n in names):
        return None
    return Issuers(tuple(names), h.nb[i].no)


# 2021 年 9 月 / 二〇二一年 — a cover's date: a year, maybe its month, never a day
COVER_DATE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:(?:\d{1,2}|十?[一二三四五六七八九十])月)?$")
MAX_COVER_LINES = 8  # lines of a cover from the title to its date
MAX_COVER_LINE = 30  # characters of a cover line above the body (a subtitle, 2021-2025, 征求意见稿)


def issuers_of_cover_page(h: SpanHeader) -> Issuers | None:
    """A plan's cover: its title, the body on a line of its own, a year-month date under it (苏尼特右旗…纲要 /
    苏尼特右旗人民政府 / 2021 年 9 月, h116; …规划 / 征求意见稿） / 重庆市铜梁区农业农村委员会 / 二〇二一年, h104)."""
    start = h.span.title_end + 1
    for i in range(start, min(start + MAX_COVER_LINES, h.span.end)):
        c = compact(h.nb[i].text)
        if COVER_DATE.match(compact(h.nb[i + 1].text)):
            return _cover_bodies(h, i)
        if len(c) > MAX_COVER_LINE or rx.SENTENCE_END.search(c):
            return None
    return None


# 上海市某区人民政府制定 / 某市发展和改革委员会 编制 — a plan's maker line right under its title: the body, then the
# verb that it made the text (the verb vouches for the name as a cover's date does)
MAKER_LINE = re.compile(r"^(?P<body>[\u4e00-\u9fff（）()、 ]{4,60}?)\s{0,3}(?:制定|制订|编制|印发)$")


def issuers_of_maker_line(h: SpanHeader) -> Issuers | None:
    """``…二〇三五年远景目标纲要`` / ``上海市崇明区人民政府制定`` — the body its maker line under the title names
    (h217 崇明), when each of its names is known or opens with its place."""
    i = h.span.title_end + 1
    if h.span.title_end < 0 or i > h.span.end or i >= len(h.nb):
        return None
    m = MAKER_LINE.match(h.nb[i].text.strip())
    if m is None or not h.registry.looks_like_agency(m.group("body")):
        return None
    names = h.registry.split_issuers(m.group("body"))
    if not names or not all(h.registry.resolve(n) or AGENCY_START.match(n) for n in names):
        return None
    return Issuers(tuple(names), h.nb[i].no)


def _cover_bodies(h: SpanHeader, i: int) -> Issuers | None:
    """The bodies of a cover's line, each known or opening with its place (重庆市铜梁区农业农村委员会, h104): the
    date under it vouches for a name the registry has not built."""
    text = h.nb[i].text
    if len(compact(text)) > MAX_COVER_LINE or not h.registry.looks_like_agency(text):
        return None
    names = h.registry.split_issuers(text)
    if not names or not all(h.registry.resolve(n) or AGENCY_START.match(n) for n in names):
        return None
    return Issuers(tuple(names), h.nb[i].no)


def issuers_of_signature(h: SpanHeader) -> Issuers | None:
    """``河南省财政厅 河南省教育厅`` / ``2024年9月2日`` at the foot — the signature block."""
    return h.signature[0]


def issuers_of_undated_signature(h: SpanHeader) -> Issuers | None:
    """A signer's line with no date under it that a signature reads — the text's last line, under its last sentence
    (…投稿邮箱:某某@某某。 / 湛江市某某委员会办公室, h123 湛江), or a line over a date whose characters an encoding lost
    (某某经济区管理委员会办公室 / 2017??9?BR>, h61 大连): the body it names, whole and shaped like a body."""
    body = [l for l in h.body if compact(l.text)]
    for k in range(len(body) - 1, max(0, len(body) - MAX_UNDATED_SIGNATURE_FROM_END) - 1, -1):
        below = compact(body[k + 1].text) if k + 1 < len(body) else ""
        if below and not DATE_LOST_CHARACTERS.match(below):
            continue
        above = compact(body[k - 1].text) if k > 0 else ""
        c = compact(body[k].text)
        if not (below or above.endswith(("。", "！", "!"))) or not pt.NAME_START.match(c):
            continue
        names = _whole_bodies(h.registry, c)
        if names and len(names) == 1 and rx.AGENCY_NAME_END.search(c):
            return Issuers(names, body[k].no)
    return None


MAX_UNDATED_SIGNATURE_FROM_END = 2  # lines from a text's end where a signer's line with no date under it stands
# 2017??9?BR> / 2020年?月12? — a date line whose characters an encoding lost (a ? for each), year kept
DATE_LOST_CHARACTERS = re.compile(r"^(?:19|20)\d\d(?:年|\?)[\d?年月日]{0,8}\?")


def issuers_named_by_forwarding_notice(h: SpanHeader) -> Issuers | None:
    """``…办公室关于转发区绿化市容局制订的《X》的通知`` — a forwarded text that prints no signature is
    the body's the notice names (read in the notice's place: 区… is the notice's district)."""
    if h.parent is None or h.inherits:
        return None
    m = rx.FORWARDED_BODY.search(h.parent.title)
    body = (m.group("body") or m.group("maker")) if m else ""
    # (批转市住房保障房屋管理局等五部门关于…: the title names the first of them, the sentence all five, h109 上海)
    if not body or "等" in (m.group(0) if m else body) or not rx.AGENCY_NAME_END.search(body):
        # (转发市住房城乡建设管理委等四部门关于…: the sentence names all four — 委、局、局、办《X》已经…同意)
        m = _drafter_in_sentence(h)
        # (市人民政府同意市教育局修订的《X》: the maker is what follows the approval)
        drafter = m.group("body").rsplit("同意", 1)[-1] if m else ""
        body = drafter if drafter and rx.AGENCY_NAME_END.search(drafter) else body
    if not body or not rx.AGENCY_NAME_END.search(body):
        return None
    # (转发国家发展改革委、财政部《X》: a joint text, each body its own issuer)
    names = h.registry.split_issuers(body) if "、" in body else [body]
    return Issuers(tuple(names or [body]))


def _drafter_in_sentence(h: SpanHeader) -> re.Match[str] | None:
    """``省X办公室制定的《A》、《B》…现转发给你们`` — the drafter the notice's forwarding sentence names."""
    key = loose_title_key(h.span.title)
    named = [r for r in h.parent.references if r.role == "TRANSMITS" and r.title]
    # (or the name a word apart from the printed title: 《X筹资筹劳暂行办法》 over X筹资筹劳管理暂行办法, a 2002 吉林 text)
    r = next((r for r in named if loose_title_key(r.title) == key), None) or next(
        (r for r in named if names_nearly(h.span.title, {loose_title_key(r.title)})), None
    )
    return rx.DRAFTED_BY.search(r.evidence.text) if r else None


def passing_body(note: str) -> str | None:
    """The body that passed a rule, from its note, its term dropped.

    >>> passing_body("（2024年3月28日河南省第十四届人民代表大会常务委员会第八次会议通过）")
    '河南省人民代表大会常务委员会'
    >>> passing_body("(1992年7月25日省人民政府第一三七次常务会议通过)")
    '省人民政府'
    """
    m = rx.PASSED_LINE.search(note)
    return body_after_passing_date(note[m.end("date") :]) if m else None


def body_after_passing_date(rest: str) -> str | None:
    """The passing body that follows a passing line's date: a congress written short (市十四届人大五次会议 →
    市人民代表大会, 省九届人大常委会 → 省人民代表大会常务委员会), the body before its meeting's number (经人力资源和社会保障部第6次
    部务会议, 省政府第38次常务会议, 国家互联网信息办公室2021年第20次室务会议), else a name ending as a passing body does; None
    for a meeting alone (中共中央政治局会议审议批准).

    >>> body_after_passing_date("市十四届人大五次会议通过"), body_after_passing_date("经省政府第38次常务会议审议通过")
    ('市人民代表大会', '省政府')
    """
    s = rest.lstrip(" \u3000，,")
    if s[:1] in ("经", "由") and s[1:2] != "济":
        s = s[1:]
    short = rx.CONGRESS_SHORT.match(s)
    if short:
        place = short.group("place") + ("全国" if short.group("national") else "")
        return place + "人民代表大会" + ("常务委员会" if short.group("standing") else "")
    passed = rx.PASSED_BY.search(s)
    name = passed.group("body") if passed else ""
    # (a name read to a bare 会 — 人力资源和社会|保障部, 第38次常务会 — stops short of or runs past the body)
    if not passed or "次" in name or (name.endswith("会") and not name.endswith(("委员会", "人民代表大会"))):
        meeting = rx.MEETING_BODY.match(s)
        body = rx.SESSION_TERM.sub("", meeting.group("body")) if meeting else ""
        if body and rx.AGENCY_NAME_END.search(body):
            return body
    if not passed or s[passed.end("body") : passed.end("body") + 1] == "议":  # …政治局会议: a meeting, no body
        return None
    # (省人民政府第一三七次常务会议通过: the body is what stands before its meeting's number, h54 江西)
    return rx.SESSION_NUMBER.sub("", rx.SESSION_TERM.sub("", name))


def _issuer_date_note(h: SpanHeader) -> tuple[str, int] | None:
    """The （issuer date） note on the first line under the title, with its line number (the note may be the line that
    anchored the text: 关于X的通报 / （某某办公室 2010年12月21日）, h206 山西)."""
    a = h.span.anchor
    if h.span.title_end < a <= h.span.end and (m := rx.ISSUER_DATE_NOTE.match(h.nb[a].text.strip())) is not None:
        return (m, h.nb[a].no)
    i = max(h.span.title_end, h.span.anchor) + 1
    if i > h.span.end:
        return None
    if not h.nb[i].text.startswith(("（", "(")):
        m = rx.DATE_THEN_ISSUER_LINE.match(compact(h.nb[i].text))  # 1999年7月13日,国家海洋局 (h115)
        return (m, h.nb[i].no) if m else None
    m = rx.ISSUER_DATE_NOTE.match(h.nb[i].text.strip())
    return (m, h.nb[i].no) if m else None


def issuers_in_note_under_title(h: SpanHeader) -> Issuers | None:
    """``关于清理整顿社会团体的意见`` / ``（民政部　一九九七年一月二十八日）`` — a note names the text's issuer;
    so does a legal database's ``（大房金管发〔2009〕1号　大连市住房公积金管理委员会）``."""
    found = _issuer_date_note(h) or _number_note(h)
    names = found[0].group("issuers") if found else None
    if not names or not h.registry.looks_like_agency(names):
        return None
    return Issuers(tuple(h.registry.split_issuers(names)), found[1])


def issuers_of_passing_body(h: SpanHeader) -> Issuers | None:
    """（2024年…河南省第十四届人民代表大会常务委员会第N次会议通过） under a rule's title.  A note of a
    joint order (…生态环境部、公安部令第23号公布) names all its issuers: issuer_of_order_number reads them."""
    body = passing_body(h.note) if h.note else None
    n = h.number
    if body and n is not None and n.kind == "order" and n.prefix.startswith(body):
        if "、" in n.prefix or len(n.prefix) > len(body) + 1:
            return None  # (国务院国有资产监督管理委员会令第42号公布: the order's head names the body read short, h180)
    return Issuers((body,), h.nb[h.span.title_end].no + 1) if body else None


def issuers_of_passing_line_under_title(h: SpanHeader) -> Issuers | None:
    """``关于…的决定`` / ``2019年3月11日某市某区第六届人民代表大会常务委员会第十六次会议通过`` — the body whose meeting
    passed the text, on the unbracketed passing line right under the title (see :data:`PASSING_LINE`), its term and
    meeting dropped; one body the registry takes for one (h242 琅琊区)."""
    i = h.span.title_end + 1
    m = PASSING_LINE.match(compact(h.nb[i].text)) if 0 < i <= h.span.end else None
    body = body_after_passing_date(m.string[m.end("date") :]) if m else None
    if not body or not h.registry.looks_like_agency(body):
        return None
    names = h.registry.split_issuers(body)
    return Issuers((names[0],), h.nb[i].no) if len(names) == 1 else None


def issuer_of_order_number(h: SpanHeader) -> Issuers | None:
    """``河南省人民政府令 第227号`` — a decree's number names its issuer; a joint order
    (``生态环境部、公安部、交通运输部令第23号``) names each of them."""
    n = h.number
    if n is None or n.kind != "order":
        return None
    reg = h.registry
    if not n.prefix:  # 某县人民政府森林防火禁火令 / (2026年第1号): the body the order's title opens with
        body = AGENCY_START.match(h.span.title) if titled_order_head(h.span.title) else None
        named = reg.resolve(body.group()) if body else None
        return Issuers(((named.name if named else body.group()),), h.header[0].no) if body else None
    # 粤府令 is an abbreviation the registry knows as a prefix (→ 广东省人民政府), not as a name
    agencies = [reg.resolve(x) or reg.for_prefix(x + "令") or reg.guess(x) for x in n.prefix[:-1].split("、") if x]
    return Issuers(tuple(a.name for a in agencies), h.header[0].no)


def issuers_of_announcement_head(h: SpanHeader) -> Issuers | None:
    """``XX公告`` above ``2024年第4号`` — an announcement's head names its issuers."""
    if h.number is None or h.number.kind != "announcement":
        return None
    sp = h.span
    # …的公告 ends the title, names no one (a line cleaning cut from the title's — 甲部公告2023年第5号 关于…的公告 — is
    # the title's only by its text)
    title_lines = {(l.no, l.text) for l in h.nb[sp.start : sp.title_end + 1]}
    for l in h.header:
        c = compact(l.text)
        serial = rx.SERIAL_ANNOUNCEMENT_LINE.match(c)
        if serial:  # 中华人民共和国农业部公告 第2567号: the head on the number's line
            names = h.registry.split_issuers(serial.group("issuer"))
            return Issuers(tuple(names), l.no) if names else None
        numbered = rx.ANNOUNCEMENT_LINE.match(c) if (l.no, l.text) not in title_lines else None
        if numbered and numbered.group("issuer") and h.registry.looks_like_agency(numbered.group("issuer")):
            # 国家税务总局某省税务局公告2022年第5号: the head and the number on one line (an untitled repost, h76 广东)
            return Issuers(tuple(h.registry.split_issuers(numbered.group("issuer"))), l.no)
        m = rx.ANNOUNCEMENT_HEAD_LINE.match(c) if (l.no, l.text) not in title_lines else None
        if m and (m.group("issuer") or m.group("tissuer")):
            names = h.registry.split_issuers(m.group("issuer") or m.group("tissuer"))
            return Issuers(tuple(names), l.no) if names else None
    return None


# 现公布《X》，自…起施行 — an announcement's sentence publishing the text below it
_PUBLISHING_TITLE = re.compile(r"^现(?:予)?公布《(?P<title>[^》]{2,80})》")
ANNOUNCEMENT_LINES_ABOVE = 8  # non-blank lines from an announcement's head to the title it publishes


def issuers_of_announcement_above_title(h: SpanHeader) -> Issuers | None:
    """``德宏州人民政府办公室公告`` / ``第8号`` / ``现公布《X》，自…起施行。`` / its date, right above X's title: the
    body whose announcement publishes X is X's issuer (h98 德宏)."""
    s, key = h.span.first_line, loose_title_key(h.span.title)
    above = h.nb[max(0, s - ANNOUNCEMENT_LINES_ABOVE) : s]
    for k, l in enumerate(above):
        m = rx.ANNOUNCEMENT_HEAD_LINE.match(compact(l.text))
        if not (m and m.group("issuer")):
            continue
        for later in above[k + 1 : k + 4]:
            p = _PUBLISHING_TITLE.match(compact(later.text))
            if p and loose_title_key(p.group("title")) == key:
                names = h.registry.split_issuers(m.group("issuer"))
                return Issuers(tuple(names), l.no) if names else None
    return None


# 湖北省…疫情防控指挥部通告 / 红安县…防控指挥部2号令 / 武汉市人大常委会公告 / …领导小组公告（第3号）: a body's
# name, perhaps a serial, and the kind of an announcement — the whole title
# (…防控指挥部（17号令）: the order's serial and kind in brackets, h172 洪湖; …人民政府森林禁火令（2024年）: the
# year in brackets, h182 陵水)
_ANNOUNCING_TITLE = re.compile(
    r"^(?P<issuer>[^，。、：；,;:《》“”]{4,40}?)(?:(?:第?[0-9一二三四五六七八九十〇]{1,4}号)?(?:通告|公告|布告|令)"
    r"(?:[（(]?第?[0-9一二三四五六七八九十〇]{1,5}号[)）]?|[（(](?:19|20)\d\d年度?[)）])?"
    r"|[（(]第?[0-9一二三四五六七八九十〇]{1,4}号令[)）])$"
)


def issuer_naming_announcement_title(h: SpanHeader) -> Issuers | None:
    """A 通告 / 公告 / 布告 / 令 whose title is its body's name and nothing else (湖北省新型冠状病毒感染的肺炎疫情
    防控指挥部通告, h144; 红安县…防控指挥部2号令, h80; 武汉市人大常委会公告, h71): that body, known to the registry
    or an ad hoc one starting with its place and ending like a body."""
    m = _ANNOUNCING_TITLE.match(h.span.title) if "关于" not in h.span.title else None
    if not m:
        return None
    name, reg = m.group("issuer"), h.registry
    # (惠州大亚湾经济技术开发区管委会土地征收启动公告: a body the registry does not know, then what it announces, h193)
    opening = _agency_opening(reg, name) or _unknown_body_opening(reg, name)
    names = announcing_bodies(reg, name) or ([opening] if opening else [])
    # (兰考县人民政府征收土地预公告: the body, then what it announces, h144 兰考)
    return Issuers(tuple(names), h.nb[h.span.start].no) if names else None


def announcing_bodies(reg: AgencyRegistry, name: str) -> list[str]:
    """The bodies ``name`` is, as an announcement's head: known to the registry, or an ad hoc one starting with
    its place and ending like a body (石门县…疫情防控指挥部); [] when it is no body."""
    if reg.looks_like_agency(name):
        return reg.split_issuers(name)
    if pt.PLACE_START.match(name) and name.endswith(pt.ENDINGS) and not pt.PUNCT.search(name):
        return [name]
    return []


# 【发布部门】浙江省人民检察院【发布日期】2020.08.05【实施日期】… — a law database's record line under a title
DATABASE_FIELD = re.compile(r"【(?P<label>发布部门|发文机关|颁布部门|发布日期|颁布日期)】(?P<value>[^【】]{1,60})")


def _database_fields(h: SpanHeader) -> tuple[dict[str, str], int]:
    """The fields of a law database's record line (``【发布部门】X【发布日期】Y…``) on one of the two lines right
    under the title (a compilation copied from such a database prints one over each text), and its line."""
    sp = h.span
    for l in h.nb[sp.title_end + 1 : min(sp.title_end + 3, sp.end + 1)] if not h.transmitted else ():
        c = compact(l.text)
        if c.startswith("【"):
            fields = {m.group("label"): m.group("value") for m in DATABASE_FIELD.finditer(c)}
            if fields:
                return fields, l.no
    return {}, 0


def issuers_of_database_fields(h: SpanHeader) -> Issuers | None:
    """``【发布部门】浙江省人民检察院`` under the title (see :func:`_database_fields`): the issuers a law database names,
    for a text that signs nowhere — read from its own record, never from a neighbour's signature."""
    fields, no = _database_fields(h)
    name = next((fields[k] for k in ("发布部门", "发文机关", "颁布部门") if k in fields), "")
    names = h.registry.split_issuers(name) if name and h.registry.looks_like_agency(name) else []
    return Issuers(tuple(names), no) if names else None


def date_of_database_fields(h: SpanHeader) -> str | None:
    """``【发布日期】2020.08.05`` under the title (see :func:`_database_fields`): the date a law database names."""
    fields, _ = _database_fields(h)
    value = fields.get("发布日期") or fields.get("颁布日期")
    return parse_date(value) if value else None


DATE_LABEL_ALONE = re.compile(r"^(?:颁布日期|成文日期)[:：]?$")
MAX_TABLE_LINES = 12  # lines from a title down through the database table printed under it


def date_of_label_over_value(h: SpanHeader) -> str | None:
    """``颁布日期`` / ``2011-03-04`` — a law database's table under the title, each label over its value (h76 吉林):
    the day the text was promulgated or written."""
    sp = h.span
    for i in range(sp.title_end + 1, min(sp.title_end + MAX_TABLE_LINES, sp.end)):
        if DATE_LABEL_ALONE.match(compact(h.nb[i].text)):
            below = compact(h.nb[i + 1].text)
            return parse_date(below) if DATE_ALONE.match(below) else None
    return None


def issuer_heading_title(h: SpanHeader) -> Issuers | None:
    """``盐政发〔2017〕40号`` over ``盐池县人民政府工作规则``: a text whose title begins with a body's name
    and whose number's prefix starts with that body's place (盐 of 盐池县) is that body's — the prefix
    alone would be guessed as another place's (盐城市)."""
    agency = agency_heading_title(h.registry, h.span.title, h.number)
    return Issuers((agency.name,), h.nb[h.span.start].no) if agency else None


def agency_heading_title(reg: AgencyRegistry, title: str, number: DocNumber | None) -> Agency | None:
    """The body whose name begins ``title`` when ``number``'s prefix starts with its place's first
    character (盐政发 and 盐池县人民政府工作规则), else None."""
    m = rx.AGENCY_START.match(title) if number is not None and number.prefix else None
    agency = reg.resolve(m.group(0)) if m else None
    if agency is None or not agency.jurisdiction or agency.jurisdiction[0] != number.prefix[0]:
        return None
    return agency


def issuer_of_number_prefix(h: NumberedHeader) -> Issuers | None:
    """``豫政办〔2024〕46号`` — the body whose doc-number prefix it is (豫政办 → 河南省人民政府办公厅).
    Serves spans and portal tables alike; 令 and 公告 prefixes that name their body resolve too."""
    a = h.registry.for_prefix(h.number.prefix) if h.number is not None else None
    if a is None:
        return None
    if a.name.endswith("人民政府") and DEPARTMENT_UNDER_GOVERNMENT_PREFIX.match(h.number.prefix):
        return None  # 京政农发: a department's number under the government's X政, not the government's own
    # (the prefix's abbreviation inside the place the title opens with: 海府 over 琼海市…通告, h182 — 海口's prefix too)
    if isinstance(h, SpanHeader) and a.jurisdiction and h.number.prefix[:1] in h.span.title[:PLACE_HEAD_CHARS]:
        place = _title_place_outside(h.registry, h.span.title, a.jurisdiction)
        if place:  # 哈政办发 over 哈密市…方案的通知: the prefix is 哈密's, not 哈尔滨's
            own = _same_body_in(h.registry, a, place)
            return Issuers((own.name,)) if own else None
    return Issuers((a.name,))


# 京政农发 / 甲政容发 — a place's abbreviation, 政 or 府, then one department's character (not the government's own
# kinds: 办 office, 秘 secretariat, 传/明 telegram, 规 rules, 复 reply, 字/文/函/发/令/电/任/人) and 发
DEPARTMENT_UNDER_GOVERNMENT_PREFIX = re.compile(
    r"^[\u4e00-\u9fff](?:政|府)(?![办秘传明规复字文函发令电任人])[\u4e00-\u9fff]发$"
)
PLACE_HEAD_CHARS = 3  # characters of a title's opening place name a prefix's abbreviation may stand in (琼海市)
# X政 / X府 (government) and X政办 / X府办 (its general office) after a place's abbreviation (常政发, 宁政办发)
_GOVERNMENT_SHAPE = re.compile(r"^.(?:政|府)(?P<office>办)?")


def issuer_of_shared_abbreviation(h: SpanHeader) -> Issuers | None:
    """``常政发〔2023〕1号`` over addressees naming 常州 (常州经开区管委会) — a government prefix whose abbreviation
    two places share (常 常州/常德, 泰 泰州/泰安, 宁 宁夏/宁德/西宁) is the government (or office) of the one place
    among them the text names in its title, addressees or signature (h110 常州); where the registry gives the
    prefix to one of them (宁政: 宁夏) the text never names, the one other it names anywhere, or whose
    province it names, wins (h125 宁德: 福建 and its counties).  None where it names none of them or several."""
    reg, n = h.registry, h.number
    m = _GOVERNMENT_SHAPE.match(n.prefix) if n is not None and n.prefix else None
    places = reg.places_sharing(n.prefix[0]) if m else ()
    if not places:
        return None
    held = reg.for_prefix(n.prefix)
    text = "\n".join(l.text for l in h.nb)
    if held is None:
        named = [p for p in places if reg.names_place(_naming_lines(h), p)]
    elif held.jurisdiction not in places or reg.names_place(text, held.jurisdiction):
        return None
    else:
        named = _places_named(reg, text, [p for p in places if p != held.jurisdiction])
    government = reg.resolve(named[0] + "人民政府") if len(named) == 1 else None
    if government is None or government.jurisdiction != named[0]:
        return None
    if not m.group("office"):
        return Issuers((government.name,))
    office = next((a for o in ("办公室", "办公厅") if (a := reg.resolve(government.name + o))), None)
    return Issuers((office.name,)) if office else None


# 深龙府 / 深龙府办 — a district government's (or its office's) number head: its city's abbreviation, then the
# district's first character (深圳市龙岗区)
_DISTRICT_GOVERNMENT_SHAPE = re.compile(r"^(?P<city>.)(?P<district>.)(?:政|府)(?P<office>办)?")


def issuer_of_district_number_head(h: SpanHeader) -> Issuers | None:
    """``深龙府〔2012〕56号`` over ``关于印发《深圳市龙岗区人民政府工作规则》的通知`` (h105 龙岗): a head the registry does
    not know, its city's abbreviation and a district's first character before 府 — the government (or 办 its office) of
    the one district of that city so named in the title, addressees or signature.  None where none or several are."""
    reg, n = h.registry, h.number
    m = _DISTRICT_GOVERNMENT_SHAPE.match(n.prefix) if n is not None and n.kind == "standard" and n.prefix else None
    if m is None or reg.for_prefix(n.prefix) is not None:
        return None
    cities = set(reg.places_abbreviated(m.group("city")))
    named = {
        d.name
        for p in reg.places_in(_naming_lines(h))
        if (d := reg.places[p]).level == "district"
        and d.city in cities
        and d.name[len(d.city) :][:1] == m.group("district")
    }
    government = reg.resolve(reg.places[named.pop()].government) if len(named) == 1 else None
    if government is None:
        return None
    if not m.group("office"):
        return Issuers((government.name,))
    office = next((a for o in ("办公室", "办公厅") if (a := reg.resolve(government.name + o))), None)
    return Issuers((office.name,)) if office else None


MAX_ADDRESSEE_LINES = 3  # lines under a title that may open with its addressees
MAX_SIGNATURE_LINES = 4  # lines at a span's end that may hold its signature
MAX_SIGNATURE_NAME = 40  # characters of a signature line (a body's name, a date)


def _naming_lines(h: SpanHeader) -> str:
    """A span's title, its addressees (各辖市、区人民政府,常州经开区管委会:) and its last lines (the signature):
    where a text names its own place, not a site's name or a cited title."""
    parts = [h.span.title]
    for l in h.body[:MAX_ADDRESSEE_LINES]:
        head = re.split(r"(?<=[：:])", l.text, maxsplit=1)[0]
        if len(head) <= 150 and rx.ADDRESSEE.match(compact(head)):
            parts.append(head)
            break
    parts += [l.text for l in h.body[-MAX_SIGNATURE_LINES:] if len(l.text) <= MAX_SIGNATURE_NAME]
    return "\n".join(parts)


def _places_named(reg: AgencyRegistry, text: str, places: Sequence[str]) -> list[str]:
    """The places ``text`` names (宁德); where it names none of them, those lying in a province it names (a
    宁德 text naming only 福建 and its counties, h125)."""
    named = [p for p in places if reg.names_place(text, p)]
    if named:
        return named
    return [
        p for p in places if reg.places[p].province not in ("", p) and reg.names_place(text, reg.places[p].province)
    ]


def city_of_number_head(reg: AgencyRegistry, names: Sequence[str], number: DocNumber | None, text: str) -> str | None:
    """The city whose abbreviation heads the number of a text that names its bodies by 市 alone: 常发改〔2022〕110号 over
    市发改委 in a text naming 常州 (常: 常州, 常德; h128 常州), 卫政办发 over 市人民政府办公室 (卫: no city's but 中卫's,
    h120 中卫), 宁政办规字 over 市政府办公厅 in a text naming only 江苏 (宁: 南京, 宁德, 西宁; h37 南京).  None where the
    names are not all 市…, or the head is no city's, or several's the text does not tell apart."""
    if number is None or number.kind != "standard" or not number.prefix or not names:
        return None
    if any(n[:1] != "市" or n.startswith("市场") for n in names):
        return None
    cities = [p for p in reg.places_abbreviated(number.prefix[0]) if reg.places[p].level == "municipal"]
    if len(cities) > 1:
        cities = _places_named(reg, text, cities)
    return cities[0] if len(cities) == 1 else None


def _title_place_outside(reg: AgencyRegistry, title: str, jurisdiction: str) -> str | None:
    """The place ``title`` opens with when it lies outside ``jurisdiction`` (and does not hold it), else None: a
    prefix's abbreviation several places share (哈政办发 哈尔滨's or 哈密's, 宁政 宁夏's or 宁德's) is the
    one of the place its title writes out."""
    place = reg.place_at(title, 0)
    return None if place is None or reg.nested(place, jurisdiction) else place


def _same_body_in(reg: AgencyRegistry, a: Agency, place: str) -> Agency | None:
    """The body of ``place`` that is what ``a`` is in its own (人民政府办公厅 → 哈密市人民政府办公室), if the registry
    knows it."""
    if not a.name.startswith(a.jurisdiction):
        return None
    role = a.name[len(a.jurisdiction) :]
    for written in dict.fromkeys((role, role.replace("办公厅", "办公室"), role.replace("办公室", "办公厅"))):
        found = reg.resolve(place + written)
        if found is not None and found.jurisdiction == place:
            return found
    return None


# 深圳市人民代表大会常务委员会讨论决定重大事项规定 / 国家税务总局纳税服务规范 — a body's rules titled by its name
# (临夏回族自治州人民政府信息公开指南（2023年）: its guide too; 某局X管理规程征求意见稿（暂行）: its draft, h200 广东)
OWN_RULES_END = re.compile(
    r"(?:规则|规程|规定|办法|条例|细则|制度|章程|准则|规范|指南|报告)"
    + rx.DRAFT_STAGE
    + r"?(?:[（(][^（）()]{1,12}[）)])?$"
)
MAX_NAME_IN_TITLE = 40


def issuer_named_by_rules_title(h: SpanHeader) -> Issuers | None:
    """The body whose whole name begins the title of its own rules (no 关于, nothing signed or numbered):
    the longest start of the title that is an agency's name as the registry writes it, else a body the registry
    does not know (see :func:`_unknown_body_opening`).  A body's report is its own too (…绩效评价报告, h47 南县)."""
    title = h.span.title
    if "关于" in title or not OWN_RULES_END.search(title):
        return None
    name = _agency_opening(h.registry, title) or _unknown_body_opening(h.registry, title)
    longer = _longer_printed_form(h.registry, title, name) if name else None
    if longer and _body_within_after(title, longer):
        return None  # (中共某县委员会机构编制委员会工作规则: the committee's rules, not the 县委's, h263 突泉)
    return Issuers((name,), h.nb[h.span.start].no) if name else None


def _longer_printed_form(reg: AgencyRegistry, title: str, name: str) -> str | None:
    """The title's opening that prints the body ``name`` in a longer form the registry knows (中共某县委员会 for
    中共某县委: ``name`` is a cut of it), else None."""
    for end in range(min(len(title), MAX_NAME_IN_TITLE), len(name), -1):
        agency = reg.resolve(title[:end]) if title[:end].startswith(name) else None
        if agency is not None and agency.name == name:
            return title[:end]
    return None


MAX_BODY_WITHIN = 12  # characters of a body's name after its parent's at a title's start (机构编制委员会)


def _body_within_after(title: str, name: str) -> bool:
    """The title goes on, after the body ``name`` opening it, with another body's name (one of the strong endings
    within MAX_BODY_WITHIN characters: 中共某县委员会 + 机构编制委员会 + 工作规则): the rules are of that body within
    it, not of ``name``."""
    rest = title[len(name) :] if title.startswith(name) else ""
    return any(rest[:k].endswith(pt.STRONG_ENDINGS) for k in range(2, min(len(rest), MAX_BODY_WITHIN) + 1))


def _unknown_body_opening(reg: AgencyRegistry, title: str) -> str | None:
    """A body the registry does not know that opens the title, its place first and a strong ending last
    (南县住房和城乡建设局2018年度…报告, h47 南县), else None."""
    m = rx.AGENCY_START.match(title)
    name = m.group(0) if m else ""
    return name if name.endswith(pt.STRONG_ENDINGS) and reg.looks_like_agency(name) else None


def _agency_opening(reg: AgencyRegistry, text: str) -> str | None:
    """The longest start of ``text`` (short of its last two characters) that is an agency's name in full as the
    registry writes it (昆明市政府信息… names no body), else None."""
    for end in range(min(len(text) - 2, MAX_NAME_IN_TITLE), 3, -1):
        agency = reg.resolve(text[:end]) if text[end - 1] in reg.end_chars else None
        if agency is not None and agency.name == text[:end]:
            return agency.name
    return None


# ——2023年12月27日在宁化县第十八届人民代表大会第三次会议上 — the session a report was delivered at, on a line under its
# title (the dash may be missing, the date too: ——在东乌珠穆沁旗第十六届人民代表大会第一会议上): its date, and the place
# whose assembly heard it; （2024年1月24日在某省第十四届人民代表大会第二次会议上） — in brackets (h213 贵州)
SESSION_LINE = re.compile(
    r"^[（(]?[—－\-]{0,3}(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?在(?P<place>[^，,。；;：:、]{2,30}?)第[^，,。；;：:、]{1,6}届"
    r"(?:人民代表大会|[^，,。；;：:、]{0,20}?委员会)[^，,。；;：:、]{0,16}?会议上[）)]?$"
)
MAX_LINES_TO_SESSION = 6  # lines from a report's title down to its session line (a site's time line, a second title)


def session_line(h: SpanHeader) -> re.Match[str] | None:
    """The session line under the title (see SESSION_LINE), on one line or broken over two (——2020年1月9日在湛江市
    第十四届 / 人民代表大会第六次会议上, h125 湛江); None when a sentence comes first."""
    found = _session_line_at(h)
    return found[0] if found else None


def _session_line_at(h: SpanHeader) -> tuple[re.Match[str], int] | None:
    """The session line under the title and the index of its last line (see :func:`session_line`)."""
    sp, nb = h.span, h.nb
    top = max(sp.title_end, sp.start) + 1
    for i in range(top, min(top + MAX_LINES_TO_SESSION, sp.end + 1)):
        c = compact(nb[i].text)
        if rx.SENTENCE_END.search(c):
            return None
        m = SESSION_LINE.match(c)
        if m is not None:
            return m, i
        if i + 1 <= sp.end and "会议上" not in c:
            m = SESSION_LINE.match(c + compact(nb[i + 1].text))
            if m is not None:
                return m, i + 1
    return None


def issuer_under_session_line(h: SpanHeader) -> Issuers | None:
    """``关于某省2023年预算执行情况和2024年预算草案的报告 / 2024年1月23日在某省第十四届 / 人民代表大会第二次会议上 /
    省财政厅`` — the body that made a report, on a line of its own under the session line (h213 安徽, 贵州); a body
    named by its level alone (省财政厅) is the one of the place whose assembly heard the report (某省财政厅)."""
    found = _session_line_at(h) if not h.inherits else None
    if found is None or found[1] + 1 > h.span.end:
        return None
    m, i = found
    name = compact(h.nb[i + 1].text)
    if not name.endswith(pt.STRONG_ENDINGS) or not h.registry.looks_like_agency(name):
        return None
    place = m.group("place")
    if pt.BARE_PLACE_START.match(name) and place.endswith(name[0]):
        name = place + name[1:]
    names = h.registry.split_issuers(name)
    return Issuers(tuple(names), h.nb[i + 1].no) if len(names) == 1 else None


# 现在，我代表宁化县人民政府向大会报告工作 — the body a government work report speaks for (its opening sentence)
SPEAKING_FOR = re.compile(r"我代表(?P<body>[^，,。；;：:、]{1,30}?人民政府)")
# 正蓝旗人民政府代旗长 刘晓敏 / 宁化县人民政府县长 吴茂生 — the speaker's line under a report's title: body, post, name
SPEAKER_LINE = re.compile(
    r"^(?P<body>[^，,。；;：:、]{1,30}?人民政府)代?[\u4e00-\u9fff]{0,3}(?:长|主席)[\u4e00-\u9fff·]{2,6}$"
)
MAX_REPORT_OPENING = 12  # lines from a report's title to its first sentence (我代表…)


def issuer_of_work_report(h: SpanHeader) -> Issuers | None:
    """A government work report (政府工作报告) is its government's: the body its opening sentence speaks for
    (我代表正蓝旗人民政府向大会报告工作), else the one its speaker's line names (正蓝旗人民政府代旗长 刘晓敏, h148 正蓝旗).
    A body named by its level alone (我代表县人民政府) is the government of the place whose assembly heard the report
    (在咸丰县第十九届人民代表大会…, h152 咸丰); without one, nobody (h152 永泰: the page's 来源 line names the county)."""
    untitled = h.span.anchor_kind == "untitled" or (h.span.anchor_kind == "file" and h.span.title_end < 0)
    if "工作报告" not in h.span.title and not untitled:
        return None
    lines = h.nb[h.span.start : min(h.span.start + MAX_REPORT_OPENING, h.span.end + 1)]
    spoken = next(((m, l.no) for l in lines if (m := SPEAKING_FOR.search(compact(l.text)))), None)
    if untitled and (spoken is None or "报告" not in spoken[0].string[spoken[0].end() :]):
        return None  # (a page read without its title: a report only by its opening 我代表…向大会报告工作, h217 汉滨)
    spoken = spoken or next(((m, l.no) for l in lines if (m := SPEAKER_LINE.match(compact(l.text)))), None)
    if spoken is None:
        return None
    body = spoken[0].group("body")
    if len(body) == len("县人民政府"):  # 县人民政府 / 旗人民政府: the body named by its level alone
        place = _reporting_place(h, body[0])
        if place is None:  # (the session line cut over two lines: the speaker's line naming it whole, h217 汉滨)
            named = next((m.group("body") for l in lines if (m := SPEAKER_LINE.match(compact(l.text)))), "")
            return Issuers((named,), spoken[1]) if len(named) > len(body) and named.endswith(body[1:]) else None
        body = place + body[1:]
    return Issuers((body,), spoken[1])


# 解读单位:长兴县司法局,咨询电话:… / 《通知》解读机关为区司法局 / 解读部门：某局 / 解读机构:某区司法局 — the body an interpretation page names as
# its interpreter (h169 长兴, 黄岩): a name ending like a body, up to the next punctuation or space
INTERPRETING_BODY = re.compile(
    r"解读(?:单位|机关|部门|机构)\s{0,3}(?:[:：]|为)\s{0,3}(?P<body>[\u4e00-\u9fff（）()]{2,30}?)(?=[,，。;；:：|\s]|$)"
)
# 五、解读机关 / 解读单位 — the label as a section heading of its own, the body's name on the line below (h169 静宁)
INTERPRETING_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?解读(?:单位|机关|部门|机构)$"
)
MAX_INTERPRETER_LINES = 60  # lines from an interpretation's title to the line naming its interpreter
MAX_BYLINE_LINES = 10  # lines from an interpretation's page heading to its title printed again over the byline


def issuer_interpreting(h: SpanHeader) -> Issuers | None:
    """An interpretation (《X》政策解读, 文字解读《X》) is the body its page names as interpreter (解读单位:X / 解读机关为X),
    not the portal's publisher nor the body heading the explained text's title; so is a text printed without its title
    whose page names its interpreter (五、解读机关 / 某县司法局 under the sections of an untitled 解读)."""
    if "解读" not in h.span.title and h.span.title_end >= 0:
        return None
    lines = h.nb[h.span.start : min(h.span.start + MAX_INTERPRETER_LINES, h.span.end + 1)]
    for k, line in enumerate(lines):
        m = INTERPRETING_BODY.search(line.text) if "解读" in line.text else None
        if m and rx.AGENCY_NAME_END.search(m.group("body")):
            return Issuers((m.group("body"),), line.no)
        below = compact(lines[k + 1].text) if k + 1 < len(lines) else ""
        if INTERPRETING_HEADING.match(compact(line.text)) and body_name_alone(below):
            return Issuers((below,), lines[k + 1].no)
    return _interpretation_byline(h, lines[:MAX_BYLINE_LINES])


def _interpretation_byline(h: SpanHeader, lines: Sequence[Line]) -> Issuers | None:
    """《X》政策解读 / 某区司法局 — the body named alone on the line under an interpretation's title (or the title
    printed again under the page's heading): its byline, who wrote it."""
    own = compact(h.span.title)
    if "解读" not in own or not (rx.INTERPRETATION_END.search(own) or rx.INTERPRETATION_LABEL.match(own)):
        return None  # (关于政策解读工作检查情况的通报 is no interpretation)
    for k in range(len(lines) - 1):
        below = compact(lines[k + 1].text)
        if compact(lines[k].text) == own and body_name_alone(below):
            return Issuers((below,), lines[k + 1].no)
    return None


def _reporting_place(h: SpanHeader, level: str) -> str | None:
    """The place a report's government belongs to, its name ending in ``level`` (县, 旗 …): the session line's
    (None without one: a body text's 市政府和县委 names no place, 和县)."""
    m = session_line(h)
    return m.group("place") if m is not None and m.group("place").endswith(level) else None


# A text a notice issues takes the notice's issuers before anything its own lines say (one rule for every
# issued text, as for its date); a forwarded text (转发) reads its own.
# 《X》于2011年6月13日某省教育厅第8次厅务会议通过，现予公布 / X，於2021年9月27日由某市第十七届人民代表大会常务委员会
# 第二十九次会议通过 — a sentence under the title saying who passed the text, and when
PASSING_SENTENCE = re.compile(
    r"^《?(?P<title>[^《》，,。；]{2,80}?)》?[，,]?(?:已于|已经|业经|已|经|于)?"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:由|经|在)?"
    r"(?P<body>[\u4e00-\u9fff\d]{2,40}?)第[一二三四五六七八九十百零〇\d]{1,5}次[^，,。；]{0,8}?会议(?:审议)?通过"
)
# 《X》已由某某省第九届人民代表大会常务委员会第四次会议于1998年7月29日通过 — the body first, its meeting's date after
# (a law database's promulgation sentence, h115 广东)
PASSING_SENTENCE_BODY_FIRST = re.compile(
    r"^《?(?P<title>[^《》，,。；]{2,80}?)》?[，,]?(?:已由|已经|业经|由|经)"
    r"(?P<body>[\u4e00-\u9fff\d]{2,40}?)第[一二三四五六七八九十百零〇\d]{1,5}次[^，,。；]{0,8}?会议"
    r"于(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:审议)?通过"
)
MAX_LINES_TO_PASSING_SENTENCE = (
    6  # lines under the title (its copy printed again, its body's name) down to the sentence
)


def _passing_sentence(h: SpanHeader) -> tuple[re.Match[str], int] | None:
    """The sentence under the title that says the text was passed at a body's meeting on a date (a page or a
    database that prints no signature, h113 天津, h77 云南), with its line number: None unless it names the title."""
    sp, key = h.span, loose_title_key(h.span.title)
    top = max(sp.title_end, sp.anchor) + 1
    for i in range(top, min(top + MAX_LINES_TO_PASSING_SENTENCE, sp.end + 1)):
        c = compact(h.nb[i].text)
        m = PASSING_SENTENCE.match(c) or PASSING_SENTENCE_BODY_FIRST.match(c)
        if m and key and loose_title_key(m.group("title")) == key:
            return m, h.nb[i].no
    return None


# 生态环境部部长 黄润秋 市场监管总局局长 罗文 / 环境保护部部长 / 部长 黄润秋 — the heads signing a rule's decree run on
# after its sentence (see :data:`DECREE_SIGNED_RUN_IN`): each the body it heads (none named: the body passing the rule)
HEAD_IN_DECREE_SIGNER = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{0,30}?)(?:部长|署长|局长|主任|行长|主席|省长|市长)(?:\s{1,3}[\u4e00-\u9fff·]{2,4})?(?=\s|$)"
)
# 生态环境部2021年 — the year of a meeting read into the passing body's name (由生态环境部2021年第五次部务会议)
BODY_YEAR_TAIL = re.compile(r"(?:19|20)\d\d年$")


def issuers_of_decree_signed_run_in(h: SpanHeader) -> Issuers | None:
    """``《X》已于…由某部…部务会议审议通过，现予公布，…。 某部部长 某某 某局局长 某某 2023年10月19日`` on the line under the
    title (a rule whose order head a crawl dropped, h216 生态环境部): the bodies whose heads sign, as written (环境保护部
    in 2014, a co-signer 市场监管总局 too); a head signing without his body's name signs for the passing body."""
    sp, key = h.span, loose_title_key(h.span.title)
    top = max(sp.title_end, sp.anchor) + 1
    for i in range(top, min(top + MAX_LINES_TO_PASSING_SENTENCE, sp.end + 1)):
        c = compact(h.nb[i].text)
        m = PASSING_SENTENCE.match(c)
        if not (m and key and loose_title_key(m.group("title")) == key):
            continue
        signed = DECREE_SIGNED_RUN_IN.search(h.nb[i].text)
        if not signed or not signed.group("signer").strip():
            return None
        passing = BODY_YEAR_TAIL.sub("", rx.SESSION_TERM.sub("", m.group("body")))
        names = [x.group("body") or passing for x in HEAD_IN_DECREE_SIGNER.finditer(signed.group("signer").strip())]
        if names and all(h.registry.resolve(x) is not None for x in names):
            return Issuers(tuple(dict.fromkeys(names)), h.nb[i].no)
        return None
    return None


def issuers_of_passing_sentence(h: SpanHeader) -> Issuers | None:
    """The body that passed the text, as the sentence under its title says (see :func:`_passing_sentence`)."""
    found = _passing_sentence(h)
    body = rx.SESSION_TERM.sub("", found[0].group("body")) if found else None
    if not body or not h.registry.looks_like_agency(body):
        return None
    names = h.registry.split_issuers(body)
    return Issuers((names[0],), found[1]) if len(names) == 1 else None


def issuers_of_signature_run_into_line(h: SpanHeader) -> Issuers | None:
    """``…贯彻执行.国务院2021年12月14日`` — the body of a signature run into a body line, one the registry knows
    (see :data:`SIGNATURE_RUN_IN`; h124 国务院)."""
    found = _signature_run_in(h)
    return Issuers((found[0].group("body"),), found[1].no) if found else None


def issuers_of_signature_after_attachments(h: SpanHeader) -> Issuers | None:
    """``附件:1.X2.Y某区某局2022年3月21日(联系人:…)`` — the signer run on between the attachment list and the date
    (see :data:`DATE_AFTER_ATTACHMENT_RUN_IN`): the longest tail of the list that is one body's whole name opening
    with a place (大连长兴岛…局 after 申报材料附件, h193 长兴岛)."""
    if h.inherits:
        return None
    for l in h.family_body:
        m = DATE_AFTER_ATTACHMENT_RUN_IN.search(l.text) if "附件" in l.text else None
        if m is None:
            continue
        listed = compact(m.group("list"))
        for k in range(len(listed) - MIN_SIGNER_CHARS + 1):
            tail = listed[k:]
            if _opens_with_place(h.registry, tail) and h.registry.looks_like_agency(tail):
                return Issuers((tail,), l.no) if h.registry.split_issuers(tail) == [tail] else None
        return None
    return None


MIN_SIGNER_CHARS = 4  # characters of the shortest signer's name run on after an attachment list (某县某局)


def _opens_with_place(reg: AgencyRegistry, text: str) -> bool:
    """Whether ``text`` opens with a place's name, its level word written or left out (大连市… / 大连长兴岛…)."""
    if reg.place_at(text) is not None:
        return True
    return any(text[:n] + w in reg.places for n in range(2, MAX_PLACE_STEM_OPENING + 1) for w in "省市县")


MAX_PLACE_STEM_OPENING = 4  # characters of a place's name without its level word opening a signer (大连, 乌鲁木齐)


def office_of_number_under_parent(h: SpanHeader) -> Issuers | None:
    """``扬府办发〔2003〕101号`` under ``关于转发《…》的通知`` that a line above gives to 扬州市人民政府 (a site's header,
    a database's issuer line): the number's prefix names the general office of that body — the office issued it
    (h65 扬州).  A title headed by the body's own name keeps it (河南省人力资源和社会保障厅关于… over 豫人社办)."""
    office = h.registry.for_prefix(h.number.prefix) if h.number is not None and h.number.kind == "standard" else None
    if office is None or not office.parent or office.name != office.parent + _office_word(office.name):
        return None
    if title_issuers(h.registry, h.span.title, h.span.raw_title or ""):
        return None
    found = first(SPAN_ISSUER_SOURCES[1:], h)
    if found is None or len(found.names) != 1:
        return None
    named = h.registry.resolve(found.names[0])
    return Issuers((office.name,), found.line) if named is not None and named.name == office.parent else None


def _office_word(name: str) -> str:
    """办公室 / 办公厅 at the end of a name, else ""."""
    return next((w for w in GENERAL_OFFICES if name.endswith(w)), "")


GENERAL_OFFICES = ("办公室", "办公厅")

SPAN_ISSUER_SOURCES: tuple[Callable[[SpanHeader], Issuers | None], ...] = (
    office_of_number_under_parent,
    issuer_interpreting,
    issuers_on_line_under_title,
    issuers_of_issuing_notice,
    issuers_of_signature_widening_title,
    issuers_of_signature_renaming_title,
    issuers_of_head_widening_title,
    issuers_of_page_widening_title,
    issuers_in_title,
    issuers_counted_in_title,
    issuers_in_document_header,
    issuers_passing_approved_regulation,
    issuers_on_line_above_title,
    issuers_in_note_under_title,
    issuers_of_signature,
    issuers_of_decree_signed_run_in,
    issuer_leading_others_in_title,
    issuers_of_cover_page,
    issuers_of_maker_line,
    issuers_under_title_again,
    issuers_of_headed_title_copy,
    issuers_named_by_forwarding_notice,
    issuers_of_passing_body,
    issuers_of_passing_line_under_title,
    issuer_of_order_number,
    issuers_of_announcement_head,
    issuer_heading_title,
    issuer_of_shared_abbreviation,
    issuer_of_number_prefix,
    issuer_of_district_number_head,
    issuer_named_by_rules_title,
    issuers_signed_above_title,
    issuer_of_work_report,
    issuer_under_session_line,
    issuer_acting_in_first_sentences,
    issuer_of_meeting_opening,
    issuer_announcing_in_first_sentences,
    issuer_naming_announcement_title,
    issuers_of_database_fields,
    issuers_of_passing_sentence,
    issuers_of_signature_run_into_line,
    issuers_of_signature_after_attachments,
    issuers_of_announcement_above_title,
    issuers_of_news_lead,
    issuers_of_headline_above_title,
    issuers_of_undated_signature,
    issuer_addressing_readers,
)


# ---------------------------------------------------------------- date of a span
def date_on_number_line(h: SpanHeader) -> str | None:
    """``郑政办〔2022〕13号 2022年2月28日`` — the date printed after the doc number."""
    m = _number_line(h)
    return parse_date(m.group("rest")) if m and m.group("rest") else None


def date_on_announcement_number_line(h: SpanHeader) -> str | None:
    """``海关总署公告2010年第83号  2010-12-24  全文有效`` under the title — a law database's row of the announcement's
    number, its date and its validity (h159 海关总署)."""
    lines = list(h.own_header)
    for k, l in enumerate(lines):
        m = rx.ANNOUNCEMENT_LINE.match(compact(l.text))
        if m and m.group("date"):
            return parse_date(m.group("date"))
        if m and k + 1 < len(lines) and _ISO_DATE_ALONE.match(compact(lines[k + 1].text)):
            return parse_date(compact(lines[k + 1].text))  # its date printed before it, split off (h64 税务总局)
    return None


# 2012-12-06 alone on a line: a bulletin's date printed before the announcement's number (``2012-12-06 国家税务总局公告
# 2012年第54号``), which the cleaned lines put after it
_ISO_DATE_ALONE = re.compile(r"^(?:19|20)\d\d-\d{1,2}-\d{1,2}$")


def date_on_title_number_line(h: SpanHeader) -> str | None:
    """``国务院关于同意X的批复 国函〔1998〕73号 中华人民共和国国务院 1998年8月27日`` — the date that ends a header
    line holding the title and the number (h143 桂林)."""
    m = _title_number_line(h)
    return parse_date(m.group("date")) if m else None


# 《X》已由…会议于2025年10月29日修订通过，经…批准，现予公布 — an announcement's sentence publishing a text
ANNOUNCING = re.compile(r"现予(?:公布|发布|公告)|予以公布|特此公告")


def date_of_announcement_above_title(h: SpanHeader) -> str | None:
    """``…公告`` / ``《X》已由…通过，现予公布`` / ``某某市人民代表大会常务委员会`` / ``2025年12月10日`` right above
    X's title: the announcement publishing X dates it, not its passing note (a local regulation passed, approved,
    then announced; h94 海口, h43 黑河, h83 广东)."""
    signed = _signed_above_title(h)
    if signed is None:
        return None
    s, key = h.span.first_line, loose_title_key(h.span.title.replace("〈", "《").replace("〉", "》"))
    for above in h.nb[max(0, s - 6) : s - 2]:
        c = compact(above.text).replace("〈", "《").replace("〉", "》")
        if ANNOUNCING.search(c) and c.startswith("《") and loose_title_key(_announced_title(c)) == key:
            return signed[1]
    return None


def _announced_title(c: str) -> str:
    """The title an announcing sentence opens with, 《…》 nested inside it kept: ``《A关于修改《B》的决定》已由…`` → A关于修改《B》的决定."""
    depth = 0
    for i, ch in enumerate(c):
        depth += 1 if ch == "《" else -1 if ch == "》" else 0
        if depth == 0:
            return c[1:i]
    return ""


def date_of_promulgation_note(h: SpanHeader) -> str | None:
    """(2005年7月22日…通过 2018年…修正) under a rule's title: the version in hand dates from its
    latest passing or amendment, else from the note's date.  A notice with its own number line is
    dated by its signature, not by a note in its text."""
    if h.note is None:
        return None
    if h.span.anchor_kind != "promulgation" and first(HEADER_NUMBER_SOURCES, h) is not None:
        return None
    return latest_passing(h.notes or h.note) or parse_date(h.note)  # (the note alone when it lost its bracket)


DAY_MAYBE_LOST = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}(?:日|(?![\d日]))")


def latest_passing(notes: str) -> str | None:
    """The latest date a history note says the text was passed, published or amended (not put in force); two
    bodies' meetings passing it together count both days (2016年11月7日…审判委员会…、2016年12月8日…检察委员会…通过)."""
    passed = [
        parse_date(d.group(0).removesuffix("日") + "日")  # (2020年9月29广东省…: its 日 lost)
        for m in rx.PASSED_LINE.finditer(notes)
        if m.group("how") != "施行"
        for d in DAY_MAYBE_LOST.finditer(m.group(0))
        if not m.group(0)[: d.start()].endswith("自")
    ]
    return max((d for d in passed if d), default=None)


def date_of_note_of_unsigned_text(h: SpanHeader) -> str | None:
    """``法释〔2016〕29号`` / ``(2016年11月7日…通过，自2017年1月1日起施行)`` — a numbered text that prints no
    signature is dated by the note under its title, as one without a number is (h cee 最高人民法院)."""
    return latest_passing(h.notes or h.note) if h.note is not None else None


# 经2002年6月4日由最高人民法院审判委员会第1224次会议通过。现予公布 — an unbracketed passing sentence under a numbered
# text's number that names no title (a judicial interpretation's page, cee 最高法)
PASSING_SENTENCE_UNTITLED = re.compile(
    r"^经(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)由?[\u4e00-\u9fff\d]{2,40}?第[一二三四五六七八九十百零〇\d]{1,5}次"
    r"[^，,。；]{0,8}?会议(?:审议)?通过"
)


def date_of_untitled_passing_sentence(h: SpanHeader) -> str | None:
    """``法释〔2002〕21号`` / ``经2002年6月4日由最高人民法院审判委员会第1224次会议通过。现予公布…`` — a numbered text that
    prints no signature is dated by the day its passing sentence names (see :data:`PASSING_SENTENCE_UNTITLED`)."""
    for l in h.own_header:
        m = PASSING_SENTENCE_UNTITLED.match(compact(l.text)) if l.text.lstrip().startswith("经") else None
        if m:
            return parse_date(m.group("date"))
    return None


def date_of_header_history(h: SpanHeader) -> str | None:
    """2014年3月28日…通过 2014年5月30日…批准 … 根据2018年9月7日…《…决定》修正 among a page's unbracketed history
    lines: the version in hand dates from its latest passing or amendment, as under a promulgation note (h143 青岛)."""
    if first(HEADER_NUMBER_SOURCES, h) is not None:
        return None
    passed = [
        parse_date(m.group("date"))
        for i in h.header_history
        for m in rx.PASSED_LINE.finditer(compact(h.nb[i].text))
        if m.group("how") != "施行"
    ]
    return max((d for d in passed if d), default=None)


def notice_forwards(p: ParsedDocument) -> bool:
    """The notice forwards another body's document (转发 in its title), or — its title lost, the notice known by its
    number (a portal scrape opening at 沪财法〔2007〕9号) — its transmitting sentence forwards: 现将《财政部…的通知》
    转发给你们 (no 印发 in it): the text printed below keeps its own number, bodies and date."""
    if forwards(p.title):
        return True
    if p.title_printed or "印发" in p.title:
        return False
    return any(r.role == "TRANSMITS" and forwards(r.evidence.text) for r in p.references)


def date_of_issuing_notice(h: SpanHeader) -> str | None:
    """A text a notice issues (印发) takes the notice's date."""
    return h.parent.date if h.inherits else None


def date_of_issuing_notice_body_under_title(h: SpanHeader) -> str | None:
    """A text a notice issues (印发) that prints the notice's own body under its title (某某区人民政府关于印发X规划的
    通知 … / X规划 / 某某区人民政府): the body is the notice's, so is the date (h57, h104 开州)."""
    p = h.parent
    if p is None or h.inherits or not p.date or not p.issuers or notice_forwards(p) or "批转" in p.title:
        return None
    under = issuers_on_line_under_title(h)
    return p.date if under and {compact(n) for n in under.names} <= {compact(n) for n in p.issuers} else None


def date_under_title(h: SpanHeader) -> str | None:
    """``关于…的实施意见`` / ``（2024年5月6日）`` — the date line that anchors the document (its number may
    stand under it: 渝府办发〔2023〕43 号)."""
    if h.span.anchor_kind != "dated":
        return None
    below = h.span.title_end + 1
    return parse_date(compact(h.nb[below].text)) if below <= h.span.anchor else None


def date_after_title(h: SpanHeader) -> str | None:
    """``…的通知 ((1990年11月16日))`` — a law database's date note on the title's own line."""
    m = DATE_AFTER_TITLE.search(compact(h.span.raw_title)) if h.span.raw_title.endswith(("）", ")")) else None
    return parse_date(m.group(0)) if m else None


def date_in_note_under_title(h: SpanHeader) -> str | None:
    """``（民政部　一九九七年一月二十八日）`` under the title — the date of the text the note names."""
    found = _issuer_date_note(h)
    if found:
        return parse_date(found[0].group("date"))
    found = _number_note(h)
    when = (found[0].group("date") or found[0].group("then")) if found else None
    if found and not when and rx.CN_DATE.fullmatch(compact(found[0].group("issuers") or "")):
        when = found[0].group("issuers")  # （国检监〔1989〕565号 一九八九年十月十六日）: the date in numerals (h65)
    return parse_date(when) if when else None


MAX_BODY_LINES_UNDER_TITLE = 3  # lines naming a forwarded text's bodies between its title and its date


def date_in_brackets_under_bodies(h: SpanHeader) -> str | None:
    """``关于…的意见`` / ``省人力资源社会保障厅 省教育厅 省财政厅`` / ``省地税局 …`` / ``(二〇一〇年四月二十六日)`` — a
    text a notice forwards, its bodies named on lines under its title, then its date in brackets (h53 山东)."""
    if h.parent is None or h.inherits:
        return None
    sp = h.span
    for i in range(sp.title_end + 2, min(sp.title_end + 2 + MAX_BODY_LINES_UNDER_TITLE, sp.end + 1)):
        c = compact(h.nb[i].text)
        if c.startswith(("（", "(")) and rx.DATE_LINE.match(c):
            return parse_date(c)
        if _bodies_on_line(h, i) is None and not all(BODY_WORD.fullmatch(w) for w in h.nb[i].text.split()):
            return None
    return None


# 省地税局 / 人民银行济南分行 — a word naming a body by its kind, as a list of bodies under a title prints it
BODY_WORD = re.compile(r"[\u4e00-\u9fff]{1,14}(?:厅|局|委员会|委|部|办公室|署|院|分行|中心|政府)")


def date_of_signature(h: SpanHeader) -> str | None:
    """``河南省财政厅`` / ``2024年9月2日`` — the signature block's date."""
    return h.signature[1]


def date_above_title(h: SpanHeader) -> str | None:
    """A decree's date, printed above its rules (河南省人民政府令 / 第227号 / 2024年9月13日 / 办法)."""
    if h.span.header_start is None:
        return None
    dates = [compact(l.text) for l in h.nb[h.span.header_start : h.span.start]]
    # (自治区主席陈武2016年12月6日: a reprint prints the date on the signer's line)
    last = next((c for c in reversed(dates) if rx.DATE_LINE.match(c) or SIGNATURE_LINE.match(c)), None)
    return parse_date(last) if last else None


def date_of_session_line(h: SpanHeader) -> str | None:
    """``——2023年12月27日在宁化县第十八届人民代表大会第三次会议上`` under a report's title: the day it was delivered
    (h148 正蓝旗, h152 宁化, 咸丰).  A report a notice issues takes the notice's date, none when it is unsigned (h105 海淀)."""
    m = session_line(h) if not h.inherits else None
    return parse_date(m.group("date")) if m is not None and m.group("date") else None


def date_signed_above_title(h: SpanHeader) -> str | None:
    """The date of a notice's signature right above the title (see :func:`_signed_above_title`)."""
    signed = _signed_above_title(h)
    return signed[1] if signed else None


# Lines a single text's page may print below it (a footer, a link, a counter) that no document takes.
TRAILING_LINES = 3


def date_alone_above_title(h: SpanHeader) -> str | None:
    """``2020年9月10日`` / ``（此件公开发布）`` right above the title near the file's top, with no body's name over it:
    the date of the notice issuing the text (a page that kept only the notice's last lines; h120 安顺, h116 大柴旦),
    one word of the page maybe over it (打印 / 2023年3月31日 / title, h148 百色), the title's head maybe cut onto a line
    of its own under it (date / 大柴旦行委关于全面做好草原禁牧 / 工作的令, h116).
    Only for a file holding this one text (with the texts it issues): above the first of several documents a date
    is the publication's own, its cover's or issue's."""
    s = h.span.first_line
    if not h.first or h.parent is not None or not 1 <= s <= MAX_SIGNED_ABOVE_START:
        return None
    if max(h.span.end, h.family_end or 0) < len(h.nb) - 1 - TRAILING_LINES:
        return None
    if "草案" in h.span.title or "征求意见" in h.span.title:
        return None  # a draft put out for comment is not yet the text of whoever published it
    if s >= 2 and _title_head_above(h.nb[s - 1].text, h.span.title):
        s -= 1  # 大柴旦行委关于全面做好草原禁牧 / 工作的令: the title's first line, read apart from it (h116 大柴旦)
    at = s - 2 if rx.PUBLICITY_NOTE.match(compact(h.nb[s - 1].text)) else s - 1
    c = compact(h.nb[at].text) if at >= 0 else ""
    if WEEKDAY.search(c):
        return None  # 2024年11月22日 星期五: the site's clock at the page's top, no date of the text (h258 裕民)
    return parse_date(c) if rx.DATE_LINE.match(c) else None


# 星期五 — a weekday, which a site's date header prints and a notice's signature date never does
WEEKDAY = re.compile(r"星期[一二三四五六日天]")
# 2024年2月22日建设项目环境影响评价文件审批公告 — a full date opening a title, the title's words after it (not a
# deadline or start the title states: 2024年1月1日起施行的… / …前完成…)
DATE_OPENING_TITLE = re.compile(
    r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?![起前后至以到—\-－~～、，,（(])[\u4e00-\u9fff]{4}"
)


def date_opening_title(h: SpanHeader) -> str | None:
    """A title that opens with the day of the text it names (``2024年2月22日建设项目环境影响评价文件审批公告``, a
    dated list's heading, h258 泰安): that day, the last resort of a text that prints no other date."""
    m = DATE_OPENING_TITLE.match(h.span.title)
    return parse_date(m.group("date")) if m else None


def _title_head_above(above: str, title: str) -> bool:
    """``某某县人民政府关于做好草原禁牧`` over ``工作的令``: a title's head cut off the line it goes on — a body's
    name and 关于, no sentence's end, the title under it no 关于 of its own."""
    c = compact(above)
    return "关于" in c and "关于" not in title and len(c) <= 40 and not rx.SENTENCE_END.search(c)


# 一九五五年二月十日国务院常务会议通过 — a line saying, without brackets, when and by whose meeting the text was passed
PASSING_LINE = re.compile(
    r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"[^，,。；;（(]{2,40}?会议(?:审议)?通过$"
)


def date_of_passing_line_under_title(h: SpanHeader) -> str | None:
    """``关于…的决定`` / ``一九五五年二月十日国务院常务会议通过`` — the unbracketed passing line right under the title
    (see :data:`PASSING_LINE`; h59 国务院)."""
    i = h.span.title_end + 1
    m = PASSING_LINE.match(compact(h.nb[i].text)) if 0 < i <= h.span.end else None
    return parse_date(m.group("date")) if m else None


def date_of_passing_sentence(h: SpanHeader) -> str | None:
    """The day the text was passed, as the sentence under its title says (see :func:`_passing_sentence`) — unless
    the sentence goes on ``…审议通过，现予公布，自…起施行。 部长 某某 2021年12月13日`` on its line: a rule whose order
    head was dropped is dated by the minister's signature, not by the meeting (see :data:`DECREE_SIGNED_RUN_IN`;
    h216 生态环境部)."""
    found = _passing_sentence(h)
    if not found:
        return None
    m = found[0]
    signed = DECREE_SIGNED_RUN_IN.search(m.string, m.end())
    return parse_date((signed or m).group("date"))


# 2年7月2日 / 年7月20日 — a signature's date whose year the seal over it (or the conversion) cut short
YEAR_CUT_DATE_LINE = re.compile(r"^\d{0,3}年\d{1,2}月\d{1,2}日$")


def date_of_printing_note(h: SpanHeader) -> str | None:
    """``河南省人民政府办公厅 2017年6月21日印发`` at the foot of a notice or of the last text it
    transmits — for a notice that prints no signature date.  The note is the notice's: a text printed under its notice
    (one it forwards, 转发, which keeps its own date or none) takes no date from it (shanghai 杨浦 规划公示规定), nor does
    an interpretation printed after it (关于调整X规定的解读 over the imprint, h175 东莞).  A signature date printed but
    damaged (长沙市 员会 / 2年 7 月2 日, its year cut by the seal) is not replaced by the day of printing (h175 长沙)."""
    if h.inherits or h.parent is not None:
        return None
    title = compact(h.span.title)
    if UNQUOTED_INTERPRETATION.match(title) or is_interpretation_title(title):
        return None
    for l in h.family_body:
        c = compact(l.text)
        if YEAR_CUT_DATE_LINE.match(c):
            return None
        if rx.PRINTED_LINE.match(c):
            return parse_date(c)
    return None


MAX_LINES_TO_SIGNATURE_BELOW_LIST = 5  # an attachment's name (over two lines at most), the bodies' lines, the date


def date_of_signature_below_attachment_list(h: SpanHeader) -> str | None:
    """``附件：`` / ``X管理办法`` / ``国家能源局`` / ``二〇一二年四月十七日`` — a notice whose body ends with its list of
    attachments, the signature printed below the list: the attachment's name is read as the title of a text the notice
    issues, a text that prints nothing but that signature, which is the notice's (h64 国家能源局)."""
    end, last = h.family_end, h.span.end
    if end is None or end <= last or h.parent is not None or not compact(h.nb[last].text).startswith("附件"):
        return None
    issuers, date = signature(h.registry, h.nb[last + 1 : min(end, last + MAX_LINES_TO_SIGNATURE_BELOW_LIST) + 1])
    return date if issuers else None


# (…请遵照执行。附件：… 卫生部 一九九四年九月五日: the date in numerals, h72 卫生部)
# "…请认真贯彻执行.国务院2021年12月14日" / "…管理办法 中国人民银行 2022年1月30日 附件 …" — a signature (one body,
# its date) run into the line of the text it signs, after a sentence's end or a space, the line ending there or its
# attachments following (a page that lost its line breaks, h124 国务院, h111 人民银行); "…附件：《X》湖北省某某厅2026年
# 5月13日 附件X…" — after the attachment list's last title (a record's text cut to one line, h183 湖北)
SIGNATURE_RUN_IN = re.compile(
    r"(?:[。.！!》]|\s|(?<=意见)[，,]|(?<=目录|清单|名单))\s{0,3}(?P<body>[\u4e00-\u9fff]{2,30}?)\s{0,3}(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s{0,3}"
    r"(?=附件|。?$|[（(]此件|来源[:：]|[^，,。；;：:《》]{2,60}?[（(]征求意见稿[）)])"
)
# (…附件：某区管委会废止的规范性文件目录某区管委会2023年8月21日附件… — after the attachment list's name, a 目录 / 清单 /
# 名单 run on into the signature, h197 平潭; …单位名单某区某某局2023年1月17日。 — a stray full stop closing the line after
# the date, h292 福州开发区)
# (…贯彻执行。某市人民政府2023年9月5日（此件公开发布）… / …2022年2月11日来源:… — the signature run on into the
# publicity note or the page's source line, h104, h29 江西; …征求社会公众意见,扬州市财政局2025年12月17日市级…办法(征求
# 意见稿)第一章… — a consultation notice's signature run on into the draft it prints, a comma after its sentence, h165 扬州)


def date_of_signature_run_into_line(h: SpanHeader) -> str | None:
    """``…贯彻执行.国务院2021年12月14日`` — the date of a signature run into a body line, the body one the registry
    knows (see :data:`SIGNATURE_RUN_IN`; h124 国务院, h111 人民银行)."""
    found = _signature_run_in(h)
    return parse_date(found[0].group("date")) if found else None


def _signature_run_in(h: SpanHeader) -> tuple[re.Match[str], Line] | None:
    """The first signature run into a body line whose body the registry knows, with its line (see
    :data:`SIGNATURE_RUN_IN`); None for a text that inherits its notice's."""
    if h.inherits:
        return None
    for l in h.family_body:
        if "日" not in l.text:
            continue
        for m in SIGNATURE_RUN_IN.finditer(l.text.rstrip()):
            if h.registry.resolve(m.group("body")) is not None or _generic_signer(h.registry, m.group("body")):
                return m, l
    return None


MIN_GENERIC_SIGNER = 4  # characters of a signer the registry does not know (某区管委会: a place and its ending)


def _generic_signer(reg: AgencyRegistry, body: str) -> bool:
    """``某某实验区管委会`` — a signer the registry does not list, but one agency name by its strong ending (管委会,
    人民政府, 局 …, agencies.toml), right before the signature's date (h197 平潭)."""
    return (
        len(body) >= MIN_GENERIC_SIGNER
        and body.endswith(pt.STRONG_ENDINGS)
        and reg.looks_like_agency(body)
        and reg.split_issuers(body) == [body]
    )


# "附件:某某名单2022年2月11日来源:某省人民政府" — an attachment's name, then the signature's date with its body lost,
# run on into the publicity note or the page's source line (a page that lost its line breaks, h29 江西); "附件:1.X2.Y
# 某区某局2022年3月21日(联系人:…)" — the signer run on after the list too, the contact note after the date (h193 长兴岛);
# "附件:某某名单2024年3月22日附件某某名单1.甲公司…" — the attachment printed after the date, its label again (h202 六安);
# "附件:1X 2Y 某省某厅 2020年4月5日 联系人:…" — the contact line unbracketed (a crawler's one-line record, h216 广东)
DATE_AFTER_ATTACHMENT_RUN_IN = re.compile(
    r"附件[:：](?P<list>[^。；;:：]{1,120}?)(?<![\d:：])(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s{0,3}"
    r"(?=[（(](?:此件|联系)|联系(?:人|电话|方式)[:：]|来源[:：]|附件)"
)


def date_after_attachment_run_into_line(h: SpanHeader) -> str | None:
    """``附件:X2022年2月11日来源:…`` — the date run on after the attachment list, before the publicity note or the
    source line: the signature's (see :data:`DATE_AFTER_ATTACHMENT_RUN_IN`)."""
    if h.inherits:
        return None
    for l in h.family_body:
        m = DATE_AFTER_ATTACHMENT_RUN_IN.search(l.text) if "附件" in l.text else None
        if m:
            return parse_date(m.group("date"))
    return None


# "浙政发〔2009〕69号" / "2009-11-03为贯彻《…》" — the line under the number opening with the date, the text run on
# after it with no break or comma (a page that lost its line breaks: title, number, date and text on one line, h30 浙江)
DATE_RUN_INTO_TEXT = re.compile(
    r"^(?P<date>(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))\s{0,3}(?=[\u4e00-\u9fff《“])"
)


def date_run_into_text_under_number(h: SpanHeader) -> str | None:
    """``2009-11-03为贯彻…`` right under the number line: the text's date, its body run on after it (see
    :data:`DATE_RUN_INTO_TEXT`)."""
    if h.span.anchor_kind != "docnum" or h.span.anchor + 1 > h.span.end:
        return None
    line = h.nb[h.span.anchor + 1].text.strip()
    m = DATE_RUN_INTO_TEXT.match(line)
    if m is None and h.span.anchor + 2 <= h.span.end and DATE_RUN_INTO_TEXT.match(line + h.nb[h.span.anchor + 2].text):
        m = DATE_ALONE.match(line)  # (the date cut from the text it ran into, a line of its own: the same date)
    return parse_date(m.group("date")) if m else None


# "…通过,现予公布,自2006年8月1日起施行。部 长 李盛霖 二〇〇六年七月五日" — a decree's sentence, its signer and its date
# run into one line (a page that lost its line breaks; h29 交通部, h119 住房和城乡建设部)
DECREE_SIGNED_RUN_IN = re.compile(
    r"现予(?:公布|发布|颁布)[^。]{0,40}?。\s{0,3}(?P<signer>[^。，,；;《》\d自]{0,30}?)\s{0,3}"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?!起)"
)
MAX_DECREE_ABOVE = 3  # lines above a rule's title that may hold the decree publishing it


def date_of_decree_sentence(h: SpanHeader) -> str | None:
    """``《X》已于…通过,现予公布,自…起施行。部 长 某某 二〇〇六年七月五日`` — the date after a decree's sentence, on its
    line (see :data:`DECREE_SIGNED_RUN_IN`) or alone on the next (…现予公布，自…起施行。 / 2022年1月29日 / X, h64 医保局),
    the sentence right above the title or in the header under it."""
    sp = h.span
    top, bottom = max(0, sp.first_line - MAX_DECREE_ABOVE), min(sp.end, max(sp.title_end, sp.anchor) + 2)
    for i in range(top, bottom + 1):
        c = compact(h.nb[i].text)
        if not rx.DECREE_SENTENCE.search(c):
            continue
        m = DECREE_SIGNED_RUN_IN.search(c)
        if m:
            return parse_date(m.group("date"))
        below = compact(h.nb[i + 1].text) if i + 1 < len(h.nb) else ""
        if c.endswith("。") and DATE_ALONE.match(below):
            return parse_date(below)
    return None


DATE_ALONE = re.compile(r"^(?P<date>(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))$")


# "(1992年3月11日<1992>价费字104号)" under a title — a law database's note: the date, then a number that opens with
# its year (<1992> / 〔1992〕 / (1992)) before its word and serial (h115 国家物价局)
DATE_YEAR_FIRST_NUMBER_NOTE = re.compile(
    r"^[（(](?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s{0,2}[<〈〔\[［(（](?:19|20)\d\d[>〉〕\]］)）]"
    r"[\u4e00-\u9fff]{1,12}\d{1,5}号[）)]$"
)


def date_of_year_first_number_note(h: SpanHeader) -> str | None:
    """``(1992年3月11日<1992>价费字104号)`` right under the title — the note's date (see
    :data:`DATE_YEAR_FIRST_NUMBER_NOTE`)."""
    i = h.span.title_end + 1
    m = DATE_YEAR_FIRST_NUMBER_NOTE.match(compact(h.nb[i].text)) if i <= h.span.end else None
    return parse_date(m.group("date")) if m else None


SPAN_DATE_SOURCES: tuple[Callable[[SpanHeader], str | None], ...] = (
    date_on_number_line,
    date_on_title_number_line,
    date_of_announcement_above_title,
    date_of_promulgation_note,
    date_of_header_history,
    date_of_issuing_notice,
    date_of_issuing_notice_body_under_title,
    date_under_title,
    date_in_note_under_title,
    date_in_brackets_under_bodies,
    date_of_signature,
    date_of_signature_below_attachment_list,
    date_on_announcement_number_line,  # a database's row (or a page's posting date) yields to the signature
    date_after_title,  # a compiler's or database's note on the title's line yields to the signature
    date_above_title,
    date_of_printing_note,
    date_signed_above_title,
    date_alone_above_title,
    date_under_title_again,
    date_of_note_under_title_again,
    date_of_session_line,
    date_of_database_fields,
    date_of_label_over_value,
    date_of_passing_sentence,
    date_of_signature_run_into_line,
    date_after_attachment_run_into_line,
    date_run_into_text_under_number,
    date_of_year_first_number_note,
    date_of_decree_sentence,
    date_of_note_of_unsigned_text,
    date_of_passing_line_under_title,
    date_of_untitled_passing_sentence,
    date_named_in_later_note,
    date_opening_title,
)


# ================================================================ one law per file
@dataclass(frozen=True, eq=False)
class LawFile:
    """A law of a one-document-per-file collection: ``# 标题``, its passing lines, ``<!-- INFO END -->``,
    its articles (LawRefBook)."""

    path: str
    text: str
    lines: Sequence[Line]  # the cleaned lines of ``text``
    registry: AgencyRegistry = field(default_factory=default_registry)

    @cached_property
    def raw(self) -> list[str]:
        return self.text.splitlines()

    @cached_property
    def title(self) -> Title | None:
        """The first answer of :data:`LAW_TITLE_SOURCES`."""
        return first(LAW_TITLE_SOURCES, self)

    @cached_property
    def info_end(self) -> int:
        """The 1-based line of ``<!-- INFO END -->`` (the title's line when there is none)."""
        fallback = self.title.line if self.title else 1
        return next((i for i, r in enumerate(self.raw, 1) if r.strip() == rx.INFO_END), fallback)

    @cached_property
    def info(self) -> list[Line]:
        """The non-blank lines between the title and ``<!-- INFO END -->``: when and by whom passed."""
        top = self.title.line if self.title else 1
        return [l for l in self.lines[top : self.info_end - 1] if l.text]

    @cached_property
    def number(self) -> DocNumber | None:
        """The first answer of :data:`LAW_NUMBER_SOURCES`."""
        return first(LAW_NUMBER_SOURCES, self)


def _first_nonblank(raw: Sequence[str]) -> tuple[int, str] | None:
    return next(((i, r.strip()) for i, r in enumerate(raw, 1) if r.strip()), None)


def title_of_markdown_heading(f: LawFile) -> Title | None:
    """``# 中华人民共和国网络安全法`` as the first line (LawRefBook)."""
    found = _first_nonblank(f.raw)
    m = rx.MD_TITLE.match(found[1]) if found else None
    return Title(compact(m.group("title")), found[0]) if m else None


def title_of_first_line(f: LawFile) -> Title | None:
    """The first non-blank line, whatever it is (a law file without a Markdown heading)."""
    found = _first_nonblank(f.raw)
    return Title(compact(found[1]), found[0]) if found else None


LAW_TITLE_SOURCES: tuple[Callable[[LawFile], Title | None], ...] = (title_of_markdown_heading, title_of_first_line)


def number_in_passing_lines(f: LawFile) -> DocNumber | None:
    """``1991年3月4日 中华人民共和国国务院令第76号发布`` — the first decree or standard number among
    the passing lines (a regulation's first promulgation; announcements 公告 number nothing here)."""
    for l in f.info:
        n = parse_doc_number(l.text)
        if n and n.kind in ("order", "standard"):
            return n
    return None


LAW_NUMBER_SOURCES: tuple[Callable[[LawFile], DocNumber | None], ...] = (number_in_passing_lines,)


# 2018年7月30日 最高人民法院审判委员会第1745次会议 — a passing line with no verb: the date, then the meeting that
# adopted the text (a judicial interpretation two bodies adopt on two dates, h170)
DATED_MEETING_LINE = re.compile(r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s{0,3}(?P<rest>[^\s，,。；;]{4,60})$")


def _passing_bodies(f: LawFile) -> Iterable[tuple[str, int, str]]:
    """(body, line, how) of each passing the passing lines name; how is "" for a dated meeting with no verb."""
    for l in f.info:
        found = False
        for m in rx.PASSED_LINE.finditer(l.text):
            found = True
            body = body_after_passing_date(l.text[m.end("date") :])
            if body:
                yield body, l.no, m.group("how")
        meeting = DATED_MEETING_LINE.match(l.text) if not found else None
        body = body_after_passing_date(meeting.group("rest")) if meeting else None
        if body:
            yield body, l.no, ""


def issuers_of_passing_lines(f: LawFile) -> Issuers | None:
    """``2005年7月22日 北京市第十二届人民代表大会常务委员会第二十一次会议通过`` — the first passing body, with any other
    body adopting the text (a court and a procuratorate each adopting a joint interpretation, h170)."""
    bodies = list(_passing_bodies(f))
    if not bodies:
        return None
    first_body, line, _ = bodies[0]
    plain = {l.no for l in f.info if not AMENDING_OR_APPROVING.search(l.text)}
    adopting = [b for b, no, how in bodies if how in ("", "通过") and no in plain]
    if first_body not in adopting or all(b == first_body for b in adopting):
        return Issuers((first_body,), line)
    names: list[str] = []  # (市人民代表大会常务委员会 and 杭州市人民代表大会常务委员会 are one body)
    for b in [first_body, *adopting]:
        known = f.registry.resolve(b)
        name = known.name if known is not None else b
        if not any(n.endswith(name) or name.endswith(n) for n in names):
            names.append(name)
    return Issuers(tuple(names), line)


# 根据…《…修正案》修正 / …批准 / 修订 — a passing line that amends or approves the text: its body adopts no version of its own
AMENDING_OR_APPROVING = re.compile(r"《|批准|修正|修订|修改|废止")


def issuers_before_about(reg: AgencyRegistry, title: str) -> list[str]:
    """The agencies before 关于 in a title, when that part is nothing but agency names.

    >>> issuers_before_about(default_registry(), "最高人民法院关于审理X案件适用法律若干问题的解释")
    ['最高人民法院']
    """
    head = title.split("关于", 1)[0] if "关于" in title else ""
    return reg.split_issuers(head) if head and reg.looks_like_agency(head) else []


def issuers_in_law_title(f: LawFile) -> Issuers | None:
    """``最高人民法院关于…的规定`` — the issuer heads a judicial interpretation's or rule's title."""
    names = issuers_before_about(f.registry, f.title.text) if f.title else []
    return Issuers(tuple(names), f.title.line) if names else None


def issuer_of_law_number_prefix(f: LawFile) -> Issuers | None:
    """``劳社部发[2008]3号`` under a law database's heading, no passing line and no body in the title (a ministry's
    notice in the collection, h170 劳动和社会保障部): the body whose doc-number prefix it is, as for any text."""
    n = f.number
    a = f.registry.for_prefix(n.prefix) if n is not None and n.kind == "standard" and n.prefix else None
    return Issuers((a.name,), f.title.line if f.title else None) if a is not None else None


LAW_ISSUER_SOURCES: tuple[Callable[[LawFile], Issuers | None], ...] = (
    issuers_of_passing_lines,
    issuers_in_law_title,
    issuer_of_law_number_prefix,
)


def date_in_file_name(f: LawFile) -> str | None:
    """``中华人民共和国网络安全法(2016-11-07).md`` — the version date the collection names the file by."""
    m = rx.FILE_NAME_DATE.search(f.path)
    return m.group("d") if m else None


def latest_passing_date(f: LawFile) -> str | None:
    """The latest date among the passing lines (…通过, …批准, …公布, …修正, a dated meeting; not …施行, the date it takes
    effect) — for a file whose name carries no date."""
    dates = [
        parse_date(m.group("date")) for l in f.info for m in rx.PASSED_LINE.finditer(l.text) if m.group("how") != "施行"
    ]
    dates += [parse_date(m.group("date")) for l in f.info if (m := DATED_MEETING_LINE.match(l.text))]
    return max((d for d in dates if d), default=None)


LAW_DATE_SOURCES: tuple[Callable[[LawFile], str | None], ...] = (date_in_file_name, latest_passing_date)


def law_effective_date(f: LawFile) -> str | None:
    """``2021年1月1日 施行`` — the latest date the passing lines say the text takes effect on."""
    dates = [
        parse_date(m.group("date")) for l in f.info for m in rx.PASSED_LINE.finditer(l.text) if m.group("how") == "施行"
    ]
    return max((d for d in dates if d), default=None)


# ================================================================ a file without header anchors
@dataclass(frozen=True, eq=False)
class FileText:
    """A file in which no document header was found; it is kept as one document."""

    path: str
    nb: Sequence[Line]  # its non-blank lines
    removed: Sequence[Line] = ()  # its lines cleaning emptied as page furniture (their Line.furniture kept)


# 国务院关于同意X的批复 (2014年) / 民用机场管理条例 (2019年) — a wiki page's title: the year after a space in
# half-width brackets tells the page from another of the same name (X_(2014年)), no part of the document's title
# (h143 重庆, 民用机场; 信息公开指南(2023年), printed without the space, keeps its year, h45 临夏)
PAGE_YEAR_TAG = re.compile(r"(?<=\S)\s+\((?:19|20)\d\d年\)$")


# - 某区人民政府关于公布X的通告 [2025-03-17] / · X〔2024-05-06〕 — a page's related link: a bullet or none, a title, its
# posting date in brackets at the end
DATED_LINK_LINE = re.compile(
    r"^(?:[-*•·]\s{0,3})?[^\s\[\]【】〔〕]{4,120}?\s{0,3}[\[【〔]\s?(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\s?[\]】〕]$"
)


def _closing_links(nb: Sequence[Line], i: int) -> bool:
    """``nb[i]`` and every line after it are dated link lines, below a text (a page's related links at its end,
    h176 洛江): no title, however like one its label reads."""
    return i > 0 and all(DATED_LINK_LINE.match(l.text.strip()) for l in nb[i:])


# 某县2023年度养老机构等级评定结果公示 — a publicity notice's title printed without 关于: a place, a year, the subject
# and 结果 / 名单 before 公示 (a genre the title patterns leave out; h202 新化)
PLACE_YEAR_PUBLICITY_TITLE = re.compile(
    "^" + rx.PLACE + r"(?:19|20)\d\d年[^。；;：:，,！？!?《》\s]{2,60}?(?:结果|名单)的?公示$"
)


MAX_ENTRY_SCAN = 40  # non-blank lines from a page's top searched for its attachment list


def attachment_entries(nb: Sequence[Line]) -> set[int]:
    """Indexes of the lines near a page's top that list its attachments, numbered (附件： / 1.某省某局关于印发X的通知 /
    2.Y, or 附件：1.X / 2.Y, see :func:`attachment_list_lines`): an attachment is never the title of the untitled text
    that lists it (h270 无锡, h288 连南)."""
    return attachment_list_lines(list(nb[:MAX_ENTRY_SCAN]))


def title_like_line(f: FileText) -> Title | None:
    """The first line among the first ten that reads as a title (a scraped page with clutter above; not a row of a
    catalogue of documents the text lists, an entry of its attachment list, nor a link line closing the text)."""
    listed = catalogue_tables(list(f.nb[:40])) | attachment_entries(f.nb)
    for i, l in enumerate(f.nb[:10]):
        if _later_section_heading(f.nb, i) or _closing_links(f.nb, i) or _first_section_under_opening(f.nb, i):
            continue  # 一、清理背景 / … / 三、清理标准: a section of an untitled text, never its title (h169 静宁)
        if _crumb_step_over_title(f.nb, i):
            continue  # 首页>…>信息公开目录 / 信息公开目录 / 某县…禁火令: the column's name, the title under it (h182 陵水)
        if _value_over_its_labels(f, i):
            continue  # 综合规划 / 部函 / 文号 / 索引号 / 公开日期 …: a class the page's table gives, its labels printed below
        genre = _genre_alone_below(f.nb, i)
        if i not in listed and genre is not None:
            # 甲县人民法院 / 甲县公安局 / 关于…的 / 通告: a 关于 title cut before its genre, stacked issuers over it (h219 莒县)
            top = title_head_above(f.nb, i, genre)
            head = "".join(compact(x.text) for x in f.nb[top : i + 1])
            return Title(clean_title(head + genre), f.nb[top].no, top)
        titled = looks_like_title(l.text) or PLACE_YEAR_PUBLICITY_TITLE.match(compact(l.text)) is not None
        if i not in listed and titled and not rx.BREADCRUMB.match(compact(l.text)):
            above = compact(f.nb[i - 1].text) if i > 0 else ""
            opens = above.startswith("关于") or (0 < above.find("关于") <= 24 and AGENCY_START.match(above) is not None)
            if opens and len(above) <= 40 and not looks_like_title(above) and looks_like_title(above + compact(l.text)):
                # 关于开展…工作 / 应急演练的通告 (彭水 h80), 国家物价局 财政部关于发布…商业系统 / 行政事业性收费…的通知
                # (h115): the title's first line above it
                top = i - 1
                name = compact(f.nb[i - 2].text) if i > 1 and above.startswith("关于") else ""
                if name and body_name_alone(name) and looks_like_title(name + above + compact(l.text)):
                    top, above = i - 2, name + above  # 某市人民政府办公室 / 关于印发《X / Y》的通知 (h164 呼和浩特)
                return Title(clean_title(above + compact(l.text)), f.nb[top].no, top)
            below = (
                _own_title_under_mirror_headline(f, i)
                or _own_head_under_language_heading(f, i)
                or _own_title_under_place_headline(f, i)
                or _own_title_under_posted_headline(f, i)
            )
            if below is not None:
                return below
            top = title_head_above(f.nb, i)  # (its first lines above it: h144 长治, h148 昌吉)
            if top < i:
                return Title(clean_title("".join(compact(x.text) for x in f.nb[top : i + 1])), f.nb[top].no, top)
            if _title_goes_on_below(f.nb, i):  # (北京市继续促进国四排放标准 / 老旧营运货车报废更新实施细则, h181)
                return Title(clean_title(compact(l.text) + compact(f.nb[i + 1].text)), l.no, i)
            qualifiers = _qualifier_lines_below(f.nb, i)
            if (
                qualifiers
            ):  # 某市X规划 / （2021 年-2035 年） / （草案）: the plan's period and stage on lines of their own
                return Title(clean_title(l.text + "".join(compact(x.text) for x in qualifiers)), l.no, i)
            return Title(clean_title(_without_page_year(f.nb, i)), l.no, i)
    return None


# 关于严厉打击…行为的 — a 关于 title's line cut right before its genre: 关于, its subject, 的 (no sentence's mark)
ABOUT_CUT_BEFORE_GENRE = re.compile(r"^[^。；;！？!?：:，,《》\s]{0,60}?关于[^。；;！？!?：:，,\s]{2,100}的$")


def _genre_alone_below(nb: Sequence[Line], i: int) -> str | None:
    """The genre word alone on the line under ``nb[i]`` (通告, 通知, 公告 …) that ends the title ``nb[i]`` opens and
    cuts before it (关于…的 / 通告, h219 莒县), else None — the pair reads as one title."""
    if i + 1 >= len(nb):
        return None
    c, below = compact(nb[i].text), compact(nb[i + 1].text)
    if len(below) > MAX_GENRE_ALONE or rx.TITLE_END.fullmatch(below) is None or not ABOUT_CUT_BEFORE_GENRE.match(c):
        return None
    return below if looks_like_title(c + below) else None


MAX_GENRE_ALONE = 4  # characters of a genre word printed alone under its title's line (通告, 实施意见)


# （2021 年-2035 年） / （草案） / (征求意见稿) — a line that is only a title's period or stage in brackets (h214 北京)
TITLE_QUALIFIER_LINE = re.compile(
    r"^[（(](?:(?:19|20)\d\d年?[-—–~至](?:19|20)\d\d年?"
    r"|[\u4e00-\u9fff]{0,6}?(?:" + rx.BRACKETED_STAGE + r"|试行))[）)]$"
)
MAX_QUALIFIER_LINES = 2


def _qualifier_lines_below(nb: Sequence[Line], i: int) -> list[Line]:
    """The lines right under the title ``nb[i]`` that only hold its period or stage in brackets (see
    TITLE_QUALIFIER_LINE), at most MAX_QUALIFIER_LINES."""
    out: list[Line] = []
    for x in nb[i + 1 : i + 1 + MAX_QUALIFIER_LINES]:
        if not TITLE_QUALIFIER_LINE.match(compact(x.text)):
            break
        out.append(x)
    return out


# 的通知 / 的实施意见 / 关于 — what only a whole title's line holds: its genre after 的, or 关于 opening its subject
_WHOLE_TITLE_LINE = re.compile(r"关于|的[\u4e00-\u9fff]{1,6}(?:[（(][^（）()]{1,10}[）)])?$")
# 根据 / 为了 / 为 — the first words of a text's opening sentence under its title
_BODY_OPENING = re.compile(r"^(?:根据|依据|按照|为了|为)")


# 修订情况的说明 / 有关问题的通知 — the last line of a 关于 title broken over two: its subject's end, 的 and its genre
ABOUT_TITLE_TAIL = re.compile(r"^[^。；;，,：:《》\s]{1,30}的[\u4e00-\u9fff]{1,6}$")
# 的说明 / 的解读 — what a note on another text (a ministry's 说明 of a revision, an interpretation) ends with
NOTE_ON_TEXT_END = ("的说明", "的解读")


def _about_title_ends_below(upper: str, lower: str) -> bool:
    """某部关于某某条例 / 修订情况的说明: a line holding 关于 whose subject has no 的 and genre yet, the line below ending
    it with 的 and a genre (h198 人社部) — a 关于 title ends so, so the upper line is no whole title."""
    return (
        "关于" in upper
        and _ABOUT_TITLE_END.search(upper) is None
        and ABOUT_TITLE_TAIL.match(lower) is not None
        and (rx.TITLE_END.search(lower) is not None or lower.endswith(NOTE_ON_TEXT_END))
        and len(upper + lower) <= MAX_TITLE_LEN
        and not AGENCY_START.match(lower)
        and not lower.startswith(("关于", "印发", "转发"))
        and not SECTION_ORDINAL.match(lower)
    )


# 关于X的通知 — a 关于 title's end: 的, its genre (a bracketed note after it)
_ABOUT_TITLE_END = re.compile(r"的[\u4e00-\u9fff]{1,6}(?:[（(][^（）()]{1,10}[）)])?$")


def _title_goes_on_below(nb: Sequence[Line], i: int) -> bool:
    """The title at line ``i`` goes on on the next line, both title-like (甲市继续促进某某排放标准 / 老旧车辆报废更新实施
    细则): the lower line names no body, does not start as the upper one does and opens nothing of its own (no 关于, 《, ordinal), the upper line is no whole
    title (no 关于, no 的 before its genre: a notice over the text it issues stays apart), and the text's opening
    sentence stands right under the pair (根据… / 为…)."""
    if i + 2 >= len(nb):
        return False
    upper, lower, body = (compact(x.text) for x in nb[i : i + 3])
    if _about_title_ends_below(upper, lower):
        return True
    return (
        looks_like_title(lower)
        and looks_like_title(upper + lower)
        and not _WHOLE_TITLE_LINE.search(upper)
        and not AGENCY_START.match(lower)
        and lower[:2] != upper[:2]  # (a title printed twice, or another text's of the same place)
        and not lower.startswith(("关于", "《", "印发", "转发"))
        and not SECTION_ORDINAL.match(lower)
        and _BODY_OPENING.match(body) is not None
    )


# 的公示 / 的通知 — what a page's heading adds to the body's title printed under it: 的 and a genre word
HEADING_GENRE_TAIL = re.compile(r"^的[\u4e00-\u9fff]{2,4}$")
MIN_BODY_TITLE = 10  # characters of a body's title printed under the page's heading without its genre


def _body_title_under_heading(nb: Sequence[Line], i: int) -> int | None:
    """The index of the body's own title right under the page's heading ``nb[i]`` (the posting line between gone as
    furniture): the heading's words without its 的 and genre (关于推荐甲县2022年先进家庭农场的公示 / 关于推荐甲县2022年
    先进家庭农场, h202 衡南), a line that goes on into no rest of the heading below it; else None."""
    if i + 1 >= len(nb):
        return None
    upper, lower = compact(nb[i].text), compact(nb[i + 1].text)
    if len(lower) < MIN_BODY_TITLE or not upper.startswith(lower):
        return None
    if HEADING_GENRE_TAIL.match(upper[len(lower) :]) is None:
        return None
    if i + 2 < len(nb) and upper.endswith(compact(nb[i + 2].text)):
        return None  # (关于X / 的公示: the heading printed again over two lines)
    return i + 1


MAX_YEAR_LINE_BELOW = 8  # lines from a page's title down to the year its body's heading prints on a line of its own


def _without_page_year(nb: Sequence[Line], i: int) -> str:
    """``nb[i]``'s text without a wiki page's year tag (see PAGE_YEAR_TAG) — kept when the body's heading below prints
    that year on a line of its own (某县人民政府森林禁火令 (2024年) over 某县人民政府森林禁火令 / (2024年): the title's
    own year, h182 陵水)."""
    text = nb[i].text.strip()
    m = PAGE_YEAR_TAG.search(text)
    if m is None:
        return text
    year = compact(m.group())[1:-1]
    if any(compact(x.text).strip("（()）") == year for x in nb[i + 1 : i + 1 + MAX_YEAR_LINE_BELOW]):
        return text
    return text[: m.start()]


# 首页>信息公开专栏>信息公开目录 — the steps of a breadcrumb (compact text), split at its separators
CRUMB_SEPARATOR = re.compile(r">>?|»|›")
MAX_CRUMB_ABOVE = 3  # lines from a breadcrumb down to its last step printed alone
MAX_TITLE_UNDER_CRUMB_STEP = 3  # lines from that step down to the page's title


def _crumb_step_over_title(nb: Sequence[Line], i: int) -> bool:
    """``nb[i]`` repeats the last step of a breadcrumb just above it (首页>…>信息公开目录 / 信息公开目录) and a title-like
    line follows within a few lines: the column's name printed over its pages, not the title (h182 陵水; a breadcrumb
    whose last step is the title, printed again alone with no other title under it, keeps it)."""
    c = compact(nb[i].text)
    above = (compact(nb[j].text) for j in range(max(0, i - MAX_CRUMB_ABOVE), i))
    if not any(rx.BREADCRUMB.match(a) and CRUMB_SEPARATOR.split(a)[-1] == c for a in above):
        return False
    return any(looks_like_title(x.text) for x in nb[i + 1 : i + 1 + MAX_TITLE_UNDER_CRUMB_STEP])


MAX_VALUES_OVER_LABELS = 12  # lines from a table's value down to its labels printed after all the values
MIN_BARE_LABELS = 3  # labels alone on their lines that make a table printed values first


def table_printed_values_first(f: FileText) -> int | None:
    """The last line of a portal table printed values first at the file's top (see :func:`_value_over_its_labels`),
    the line above the text's first sentence; None when the file opens otherwise.  An untitled text's body starts
    under it: the table's publication date is no signature's."""
    if not f.nb or not _value_over_its_labels(f, 0):
        return None
    return next((k - 1 for k, x in enumerate(f.nb) if rx.SENTENCE_END.search(compact(x.text))), None)


def _value_over_its_labels(f: FileText, i: int) -> bool:
    """``f.nb[i]`` is one of a portal table's values printed before the labels (索引号 / 2023-00109 / 交规划函〔2023〕
    669号 / … / 综合规划 / 部函, then 文号 / 索引号 / 公开日期 / 主题词 …, each alone and without a colon; cleaning may
    have emptied some as page furniture): a run of at least three such labels follows before any sentence — a class
    of the table (综合规划 reads as a title by its genre), not the page's title.  (A table printed one cell a line,
    索引号： / its value / 发布机构： / …, alternates labels and values: no run.)"""
    below = f.nb[i + 1 : i + 1 + MAX_VALUES_OVER_LABELS]
    end = next((x.no for x in below if rx.SENTENCE_END.search(compact(x.text))), below[-1].no + 1 if below else 0)
    rows = [(x.no, x.text) for x in below if x.no < end]
    rows += [(x.no, x.furniture) for x in f.removed if f.nb[i].no < x.no < end]
    run = longest = 0
    for _, t in sorted(rows):
        c = compact(t)
        m = METADATA_ROW.match(c)
        run = run + 1 if m is not None and m.end() == len(c) and not c.endswith((":", "：")) else 0
        longest = max(longest, run)
    return longest >= MIN_BARE_LABELS


# 三、 / （二） / 03 / / 02、 — a section heading's ordinal, and its kind: the group that matched (a WeChat article's
# heads are numbered 01 / 指导思想, 02 /基本原则: the Arabic kind, zero-padded or slashed, h223 九原)
SECTION_ORDINAL = re.compile(
    r"^(?:(?P<dun>[一二三四五六七八九十]{1,3}、)|(?P<par>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<num>0[1-9][/／、]|[1-9]\d?[/／]))"
)


def _later_section_heading(nb: Sequence[Line], i: int) -> bool:
    """``nb[i]`` opens with a section's ordinal (三、 / （二）) and a line above it with one of the same kind: a section
    heading of a text printed without its title, not a title."""
    m = SECTION_ORDINAL.match(compact(nb[i].text))
    if m is None:
        return False
    kind = m.lastgroup
    return any((a := SECTION_ORDINAL.match(compact(x.text))) and a.lastgroup == kind for x in nb[:i])


# 为进一步…，根据《X》…，县委组织部决定开展…工作。现将有关事项公告如下: — an untitled text's opening sentence
# announcing the items that follow it
OPENING_BEFORE_ITEMS = re.compile(r"[，,][^，,]{0,60}?如下[:：]$")


def _first_section_under_opening(nb: Sequence[Line], i: int) -> bool:
    """``nb[i]`` opens with a section's ordinal (一、选调职位与计划) right under an opening sentence that announces the
    items (…现将有关事项公告如下:, see OPENING_BEFORE_ITEMS): the first section of a text printed without its title
    (h263 泸溪), not a title — the text runs from that sentence."""
    return (
        i > 0
        and SECTION_ORDINAL.match(compact(nb[i].text)) is not None
        and OPENING_BEFORE_ITEMS.search(compact(nb[i - 1].text)) is not None
    )


MAX_MIRRORED_TITLE_LINES = 2  # lines the text's own title may take under a mirror's province-tagged headline


def _own_title_under_mirror_headline(f: FileText, i: int) -> Title | None:
    """``（湖北省）2025年某州某县政府工作报告 / 政府工作报告`` or ``（内蒙古自治区）某旗…十四五规划(2022年更新) / 某旗…
    第十四个五年 / 规划和2035年远景目标纲要`` — a mirror site's headline, a province's tag before it, over the text's own
    title on one or two lines (h152 咸丰, h116 苏尼特右旗): that title, not the headline; None when no title follows.
    A site's headline of the same subject with no tag is one too when the title under it is the fuller (西昌关于X的通告 /
    西昌市…指挥部 / 关于X的通告, h192 西昌: its body's name written out)."""
    headline = compact(f.nb[i].text)
    tagged = PROVINCE_TAG.match(headline) is not None
    if not tagged and "关于" not in headline:
        return None
    for n in range(1, MAX_MIRRORED_TITLE_LINES + 1):
        lines = f.nb[i + 1 : i + 1 + n]
        if len(lines) < n or PROVINCE_TAG.match(compact(lines[0].text)):
            return None
        if looks_like_title(" ".join(x.text for x in lines)):
            joined = "".join(compact(x.text) for x in lines)
            # (a headline naming its body, whole inside the lines under it — 某省人大常委会 / X under X — is the title;
            # 关于X的通告 over 某县…指挥部 / 关于X的通告 is not, h89 秀山)
            again = headline in joined and not headline.startswith("关于")
            fuller = len(joined) > len(headline) and about_key(joined) == about_key(headline) and not again
            return Title(clean_title(joined), lines[0].no, i + 1) if tagged or fuller else None
    return None


MIN_SHARED_HEADLINE_RUN = 4  # characters a site's headline shares, in a run, with the title printed under it


def _own_title_under_posted_headline(f: FileText, i: int) -> Title | None:
    """``2023年某省某县征集X通告 / 来源:某市人民政府 2023-04-27 / 关于某县2023年征集X的通告`` — a site's headline in its
    own words (no 关于), its posting line (see POSTING_HEAD_LINE) under it, then the text's own 关于 title of the same
    subject (h248 徐闻, a recruitment site): that title, at its line; None when no such title follows the posting line."""
    headline = compact(f.nb[i].text)
    if "关于" in headline or i + 2 >= len(f.nb):
        return None
    if POSTING_HEAD_LINE.match(compact(f.nb[i + 1].text)):
        k = i + 2
    elif _posting_line_removed(f, f.nb[i].no, f.nb[i + 1].no):
        k = i + 1
    else:
        return None
    own = compact(f.nb[k].text)
    if not own.startswith("关于") or own == headline or not looks_like_title(own):
        return None
    n = MIN_SHARED_HEADLINE_RUN
    if not any(own[j : j + n] in headline for j in range(len(own) - n + 1)):
        return None  # (another text's title under the page's posting line)
    return Title(clean_title(own), f.nb[k].no, k)


# 某地关于X的通告 — a city-guide site's headline: a bare place name (no 市, 县 or body's ending) put before a title
# that opens with 关于 (h226 厦门); the place and the title after it
PLACE_BEFORE_ABOUT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4})(?P<title>关于.{2,120})$")
# 市 / 县 / 区 / 省 / 州 … — the last character of a place written out or of a body: such a name before 关于 issues the title
NAME_END_CHARS = "市县区省州旗盟镇乡村"


def _own_title_under_place_headline(f: FileText, i: int) -> Title | None:
    """``某地关于X的通告`` / ``导语 …`` / ``关于X的通告`` / ``一、…`` — a site's headline putting a bare place name before
    the text's own title, printed alone a few lines below (under the site's lead, h226 厦门): that title, at its line.
    A name written out (某市关于…, 某局关于…) is an issuer's and the headline a title: None."""
    m = PLACE_BEFORE_ABOUT.match(compact(f.nb[i].text))
    if m is None or m.group("place")[-1] in NAME_END_CHARS or rx.AGENCY_NAME_END.search(m.group("place")):
        return None
    for k in range(i + 1, min(i + 1 + MAX_HEADING_TO_OWN_HEAD, len(f.nb))):
        if compact(f.nb[k].text) == m.group("title"):
            return Title(clean_title(m.group("title")), f.nb[k].no, k)
    return None


# (朝汉双语) / （藏汉双语） / (汉英对照) / (中英文) / (五种语言) / (维吾尔文版) — a site's heading's label of the languages a
# text is posted in, closing the heading (no part of the text's title)
LANGUAGE_LABEL = re.compile(
    r"[（(](?:[汉朝藏蒙维哈彝壮英中韩日俄]{2,3}(?:双语|对照|文对照)|中英文版?|[二三四五六七八九十两多\d]{1,2}种语言版?"
    r"|(?:朝鲜|蒙古|维吾尔|哈萨克|[朝藏蒙维哈彝壮英韩日俄])[文语]版)[）)]$"
)
MAX_HEADING_TO_OWN_HEAD = 6  # non-blank lines from a site's heading down to the head of the text it names


def _own_head_under_language_heading(f: FileText, i: int) -> Title | None:
    """``【公告】某州人民政府公告(朝汉双语)`` over ``某州人民政府 / 公  告`` — a site's heading naming the text with the
    languages it is posted in, over the text's own head (its body's name over the kind alone, h220 延边): that head,
    when it spells the heading's title without the label; else None."""
    heading = compact(f.nb[i].text)
    m = LANGUAGE_LABEL.search(heading)
    if m is None:
        return None
    below = f.nb[i + 1 : i + 1 + MAX_HEADING_TO_OWN_HEAD]
    head = announcement_head_over_lines(FileText(f.path, below))
    if head is None or head.index is None or loose_title_key(head.text) != loose_title_key(heading[: m.start()]):
        return None
    return Title(head.text, head.line, i + 1 + head.index)


# 通 告 / 公告 / 布告 alone on a line (letter-spaced): an announcement's head, its body's name on the lines above
ANNOUNCEMENT_KIND_LINE = re.compile(r"^(?:通告|公告|布告)$")
MAX_ANNOUNCEMENT_HEAD = 10  # non-blank lines from a page's top down to an announcement's head
MAX_BODY_LINES = 2  # lines above the head that may print its body's name


def announcement_head_over_lines(f: FileText) -> Title | None:
    """石门县新型冠状病毒感染的 / 肺炎疫情防控指挥部 / 通 告 — an announcement's head whose body's name stands over
    one or two lines above its kind printed alone: the name and the kind, one title (h80 石门)."""
    reg = default_registry()
    for i, l in enumerate(f.nb[:MAX_ANNOUNCEMENT_HEAD]):
        kind = compact(l.text)
        if not ANNOUNCEMENT_KIND_LINE.match(kind):
            continue
        for top in range(max(0, i - MAX_BODY_LINES), i):
            name = "".join(compact(x.text) for x in f.nb[top:i])
            if announcing_bodies(reg, name) == [name]:
                return Title(name + kind, f.nb[top].no, top)
    return None


MAX_HEADING_LINE = 15  # non-blank lines from a short page's top down to its heading


def heading_of_a_short_page(f: FileText) -> Title | None:
    """The one heading (关于…的通知, 关于转发《…》) near the top of a page that holds little else: a notice whose
    text is a PDF link (h85).  Pages of several headings (a list of links) have none."""
    found: list[tuple[int, Line]] = []
    listed = catalogue_tables(list(f.nb[:40])) | attachment_entries(f.nb)
    for i, l in enumerate(f.nb[:MAX_HEADING_LINE]):
        c = compact(l.text)
        if i in listed or _closing_links(f.nb, i):
            continue  # (nor a related link closing a text, its date in brackets: h176 洛江)
        if _later_section_heading(f.nb, i):
            continue  # (03 /关于教育优待政策的相关规定 under 01 / and 02 /: a section of an untitled text, h223 九原)
        if c.lower().endswith(rx.FILE_SUFFIXES):
            continue  # (an attachment's link: 国家发展改革委…的通知（发改能源规〔2020〕889号）.pdf)
        at = c.find("关于", 0, 30)
        if at < 0 or "《" in c[:at] or any(p in c for p in "，。；：,;:"):
            continue  # (a sentence naming a notice: 请各县…按照《…关于…的通知》…)
        if looks_like_title(c if c.endswith(rx.DOC_TYPES) else c + "的通知"):
            found.append((i, l))
    if len({compact(l.text) for _, l in found}) != 1:
        return None
    i, l = found[-1]  # (the page's heading under the page's own title, when a crawl kept both)
    return Title(clean_title(_wrapped_heading(f.nb, i)), l.no, i)


MAX_WRAPPED_HEADING_LINES = 3  # lines a short page's heading may wrap over (关于X省2024年 / Y示范县 / 拟确定名单的公示)
MAX_WRAPPED_PART = 30  # characters of each line it wraps onto


def _wrapped_heading(nb: Sequence[Line], i: int) -> str:
    """The heading at line ``i`` with the short lines it wraps onto, when it ends on no document type and they close
    it (关于黑龙江省2024年 / 全国绿色高产高效行动示范县 / 拟确定名单的公示, h165 黑龙江: a narrow column); else the line."""
    head = compact(nb[i].text)
    if head.endswith(rx.DOC_TYPES) or PUBLICITY_TITLE.match(head):
        return nb[i].text
    joined = head
    for k in range(i + 1, min(i + MAX_WRAPPED_HEADING_LINES, len(nb))):
        c = compact(nb[k].text)
        if not c or len(c) > MAX_WRAPPED_PART or any(p in c for p in "，。；：,;:《》"):
            break
        joined += c
        if PUBLICITY_TITLE.match(joined) or (joined.endswith(rx.DOC_TYPES) and looks_like_title(joined)):
            return joined
    return nb[i].text


# 8月8日,国家文物局发布关于开展…工作的通知。 / …指挥部发布关于划定中风险区的通告(2022年第30号): — a news lead
# that names the notice the page then prints without its heading (h91 国家文物局, h80 固始)
NEWS_LEAD = re.compile(
    r"^(?:[^，,。《》]{0,16}[，,])?[\u4e00-\u9fff\d]{2,50}?(?:发布|印发|下发)了?《?(?P<title>关于[^《》。，,：:]{4,120}?的"
    r"(?:通知|通告|公告|意见|决定))》?(?:[（(][^（）()]{1,20}[）)])?[。：:]?$"
)
MAX_LEAD_LINE = 6  # non-blank lines from a page's top to a news lead


def title_of_news_lead(f: FileText) -> Title | None:
    """The title a news lead names (国家文物局发布关于…的通知。) when the page prints the notice under it, from its
    addressees on, without its heading."""
    for i, l in enumerate(f.nb[:MAX_LEAD_LINE]):
        c = compact(l.text)
        m = NEWS_LEAD.match(c) if "关于" in c and len(c) < 200 else None
        if m and i + 1 < len(f.nb) and (c[-1] in "：:" or rx.ADDRESSEE.match(compact(f.nb[i + 1].text))):
            return Title(clean_title(m.group("title")), l.no, i)
    return None


# 来源:某县政府办公室 时间:2025-06-16 / 浏览次数: 来源:… / 【发布单位】某司 / 发布日期:2023-01-06 — a web page's posting
# line or metadata row printed under its heading: the line above it is the page's title, whatever its last word
POSTING_HEAD_LINE = re.compile(
    r"^(?:【(?:发布|发文|来源|信息来源|文章来源)[\u4e00-\u9fff]{0,4}】|(?:浏览次数|浏览量|点击数|阅读次数|来源|信息来源|文章来源"
    r"|发布日期|发布时间|发表时间|发布机构|发布单位|时间|日期)[:：])"
)
# 2021年县政府重点工作任务(某政发〔2021〕2号) — the page's heading with the text's number in brackets after it
NUMBER_IN_BRACKETS_AFTER = re.compile(r"[（(][\u4e00-\u9fffA-Za-z]{1,12}〔(?:19|20)\d\d〕\d{1,5}号[）)]$")
MAX_POSTED_HEADING = 10  # non-blank lines from a page's top down to a heading over its posting line
MIN_POSTED_HEADING, MAX_POSTED_HEADING_LEN = 6, 80  # characters of such a heading


def heading_over_posting_line(f: FileText) -> Title | None:
    """``2025年县政府重点工作任务一季度完成情况 / 来源:某县政府办公室 时间:…`` — a page's heading that ends on no
    document type (完成情况, 相关程序, 十件大事), known by the page's posting line or metadata row right under it (h152
    霍邱, h27 商务部): that heading, without the number a page may print in brackets after it.  The line holds no
    sentence, date or breadcrumb."""
    for i, l in enumerate(f.nb[: min(MAX_POSTED_HEADING, len(f.nb)) - 1]):
        if not POSTING_HEAD_LINE.match(compact(f.nb[i + 1].text)) and not _posting_line_removed(
            f, l.no, f.nb[i + 1].no
        ):
            continue
        c = NUMBER_IN_BRACKETS_AFTER.sub("", compact(l.text))
        if (
            MIN_POSTED_HEADING <= len(c) <= MAX_POSTED_HEADING_LEN
            and not c.startswith("《")  # (《X办法》(中英对照版): the page's name for a text it shows, h98 番禺)
            and not any(p in c for p in "。；;，,：:！!？?|")
            and not POSTING_HEAD_LINE.match(c)
            and not rx.BREADCRUMB.match(c)
            and rx.DATE_LINE.match(c) is None
            and sum("\u4e00" <= ch <= "\u9fff" for ch in c) >= 0.6 * len(c)
        ):
            body = _body_title_under_heading(f.nb, i)
            if body is not None:  # (关于推荐X的公示 / 来源… / 关于推荐X: the body's own title as printed, h202 衡南)
                return Title(clean_title(compact(f.nb[body].text)), f.nb[body].no, body)
            return Title(clean_title(c), l.no, i)
        return None  # (the first posting line names the heading above it, or none)
    return None


# 县政府十八届二十一次常务会议召开 / 某某主持召开2023年第4次县政府常务会议 / 区政府召开第86次常务会议 某某主持 /
# 某区人民政府第21次常务会议纪要 — a meeting record's headline: a meeting (常务会议, 专题会议, 办公会议) held
# (召开, 主持召开) or minuted (纪要), no sentence's mark and no document type
MEETING_HEADLINE = re.compile(
    r"^(?:[^。；;！？!?，,：:《》|]{0,30}?召开[^。；;！？!?，,：:《》|]{0,30}?(?:常务|专题|办公)会议?"
    r"(?:\s{0,2}[\u4e00-\u9fff·]{2,6}主持)?"
    r"|[^。；;！？!?，,：:《》|]{0,40}?(?:常务|专题|办公)会议(?:召开|纪要))$"
)
# 12月24日下午,某某主持召开县政府十八届二十一次常务会议,审议… — the record's opening: the meeting held, in a sentence
MEETING_SENTENCE = re.compile(r"召开[^。；;！？!?《》]{0,40}?(?:常务|专题|办公)会议?")
MAX_HEADLINE_TO_RECORD = 8  # non-blank lines from a meeting's headline down to its record's opening sentence
MAX_RECORD_FURNITURE = 80  # characters of a line between them: a posting row, a metadata row, font buttons


def meeting_record_headline(f: FileText) -> Title | None:
    """``县政府十八届二十一次常务会议召开 / - 发布日期:… / 12月24日下午,某某主持召开县政府…常务会议,审议…`` — the
    headline of a government meeting's record (see MEETING_HEADLINE, h261 盘山, 夏县, 奉化, 裕安) near a page's top,
    over the record itself: its opening sentence says the meeting was held (召开…会议) within a few lines, only
    short lines (posting and metadata rows) between.  The headline is the record's title, as printed."""
    for i, l in enumerate(f.nb[:MAX_POSTED_HEADING]):
        c = l.text.strip()
        if len(compact(c)) < MIN_POSTED_HEADING or not MEETING_HEADLINE.match(c):
            continue
        for x in f.nb[i + 1 : i + 1 + MAX_HEADLINE_TO_RECORD]:
            below = compact(x.text)
            if MEETING_SENTENCE.search(below) and any(p in below for p in "。，,"):
                return Title(clean_title(c), l.no, i)
            if len(below) > MAX_RECORD_FURNITURE or "。" in below:
                break
        return None
    return None


def _posting_line_removed(f: FileText, above: int, below: int) -> bool:
    """Cleaning emptied a posting line (来源:… 时间:…, see POSTING_HEAD_LINE) as page furniture between lines
    ``above`` and ``below`` (h152 霍邱: 浏览次数: 来源:某县政府办公室 时间:… 文字大小: …, h132)."""
    return any(above < r.no < below and POSTING_HEAD_LINE.match(compact(r.furniture)) for r in f.removed)


def title_of_file_name(f: FileText) -> Title | None:
    """The file's name, for a text a scraper saved without its title line."""
    return Title(Path(f.path).stem, f.nb[0].no) if f.nb else None


# 问题 某市最低生活保障金发放受理条件有哪些 — a Q&A or dictionary page's question row: the field's label 问题, then the
# question the page answers (a question word or mark at its end)
QUESTION_ROW = re.compile(
    r"^问题\s{0,3}[:：]?\s{0,3}(?P<q>[^\s。；;！!:：]{6,80}?(?:有哪些|是什么|有什么|什么|哪些|如何|怎么办|怎样|多少|吗|呢|[？?]))$"
)


def question_row_title(f: FileText) -> Title | None:
    """A page with no title line whose top holds a question row (问题 某市X受理条件有哪些, h218 梅州, a legal dictionary):
    the question, its label dropped, titles the answer below it."""
    for i, l in enumerate(f.nb[:MAX_QUESTION_ROW]):
        m = QUESTION_ROW.match(l.text.strip())
        if m:
            return Title(m.group("q"), l.no, i)
    return None


MAX_QUESTION_ROW = 10  # non-blank lines from a page's top down to its question row


FALLBACK_TITLE_SOURCES: tuple[Callable[[FileText], Title | None], ...] = (
    title_of_news_lead,
    meeting_record_headline,
    title_like_line,
    announcement_head_over_lines,
    heading_of_a_short_page,
    heading_over_posting_line,
    question_row_title,
    title_of_file_name,
)


# ================================================================ a portal page's metadata table
@dataclass(frozen=True, eq=False)
class PortalPage:
    """The metadata table of a government portal page (标题：… 发文字号：… 发文机关：…)."""

    fields: PortalFields
    registry: AgencyRegistry = field(default_factory=default_registry)

    @cached_property
    def number(self) -> DocNumber | None:
        """The first answer of :data:`PORTAL_NUMBER_SOURCES`."""
        return first(PORTAL_NUMBER_SOURCES, self)


def number_of_portal_table(p: PortalPage) -> DocNumber | None:
    """``发文字号：国办发〔2024〕25号`` / ``文号： 浙政发〔2004〕4号`` — the table's number field."""
    return parse_doc_number(p.fields.number) if p.fields.number else None


PORTAL_NUMBER_SOURCES: tuple[Callable[[PortalPage], DocNumber | None], ...] = (number_of_portal_table,)


def issuer_of_portal_table(p: PortalPage) -> Issuers | None:
    """``发文机关：河南省人民政府办公厅`` — the table's issuer (a 发布机构 is the site, not the issuer)."""
    f = p.fields
    if not f.issuer or f.issuer_is_publisher or SITE_NAME.search(f.issuer):
        return None  # 发文机构: 县政府网站 — the site, not a body
    # 发文部门: 贵州省财政厅 贵州省地方税务局 — a joint text's bodies, one field
    joint = " " in f.issuer.strip() and p.registry.looks_like_agency(f.issuer)
    return Issuers(tuple(p.registry.split_issuers(f.issuer)) if joint else (f.issuer,), f.title_line)


# 县政府网站 / 中国政府网 / 门户网站 — a site's name where a portal's table should name the issuer
SITE_NAME = re.compile(r"(?:网站|网|门户|本站)$")


def publisher_of_portal_table(p: PortalPage) -> Issuers | None:
    """``发布机构：江汉区人民政府办公室`` — the page's publisher: often the site, not the issuer, so read only to
    write out a body the text names by its level alone (区人民政府办公室, h110 江汉)."""
    f = p.fields
    if not f.issuer or not f.issuer_is_publisher or SITE_NAME.search(f.issuer):
        return None
    # 发布机构 垫江县坪山镇: a town named alone publishes as its government (h68 垫江)
    return Issuers((pt.town_government(f.issuer) or f.issuer,), f.title_line)


def issuers_in_portal_title(p: PortalPage) -> Issuers | None:
    """``标题：国务院办公厅关于…的通知`` — the issuers before 关于 in the table's title."""
    names = issuers_before_about(p.registry, p.fields.title) if p.fields.title else []
    return Issuers(tuple(names), p.fields.title_line) if names else None


PORTAL_ISSUER_SOURCES: tuple[Callable[[PortalPage], Issuers | None], ...] = (
    issuer_of_portal_table,
    issuers_in_portal_title,
    issuer_of_number_prefix,
)
