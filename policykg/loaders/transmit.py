"""Transmitted texts: what a transmitting notice passes on, and where that text's title is printed.

A notice 关于印发《X》的通知 transmits X, printed below the notice's own text.  This module reads
the titles a notice names (from its title, else from its first sentence) and finds the lines
below it that print one of them; :mod:`policykg.loaders.segment` turns those into documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from policykg.keys import loose_title_key
from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact
from policykg.loaders.models import Line

# 现将《X》印发给你们 / 《A》和《B》已经市政府同意，现印发给你们 / 《X》已经…审议通过，现予印发 (现予以下发, 绍兴 h86; an
# announcement: 现予以发布; a list made public: 《X》已经省政府同意，现予以公布, h59 陕西) / 《X》经…会议审议通过，现印发你们 (经 without 已, h60 云南民政厅) / 国家地震局《关于X的报告》已经国务院
# 同意，现转发给你们 / 中央宣传部会同…拟定的《A》和《B》已经国务院同意（已报经…同意），现印发给你们 — the sentence that transmits: who
# drafted the texts may stand before them (up to 150 characters without a quote or a full stop); 《X》业经区政府同意，现印发实施
# (the verb with 实施 / 执行 after it, no 你们: h98 番禺)
TRANSMIT_SENTENCE = re.compile(
    r"(?:^|[。：:]|[，,](?=现将))(?:现将)?[^《》。：:；]{0,150}?(?P<what>(?:《[^《》]{2,80}》[和、及与]?){1,12})(?:[（(][^）)]{0,30}[）)])?"
    r"[，,]?(?:[已业]?(?:报经|经)[^。；]{0,40}?[，,])?(?:(?:现)?(?:予以)?(?:印发|转发|下发|批转)(?:给|至)?你们|现予以?(?:印发|下发)|现?予以发布|(?<=同意[，,])现予以公布|(?<=》)予以公示(?=[。，,；;])|现(?:予以?)?(?:印发|下发)(?=实施|执行))"
)
# …要求，我局制定了《X》，现印发给你们 — the text the notice's body says it made, issued in the same sentence (the
# sentence may quote what it rests on first: 根据《A》和《B》要求，…制定了《X》, 南京 h122; the consent it got may come
# between: 编制了《X》，已经省政府同意，现印发给你们, h184 浙江; or a full stop: 我们制定了《X》。现予印发, h106 山东)
MADE_THEN_ISSUED = re.compile(
    r"(?:制定|制订|起草|修订|编制)了?(?P<what>(?:《[^《》]{2,80}》[和、及与]?){1,6})(?:[（(][^）)]{0,30}[）)])?"
    r"[，,。]?(?:[已业]?(?:报经|经)[^。；]{0,40}?[，,])?(?:现(?:予以?)?(?:印发|下发|发布)(?:给|至)?(?:你们)?)"
)
# …，现联合印发《X》，请认真贯彻执行 — the verb before the quote, the sentence going on with 请/望 (h153 最高人民法院)
ISSUED_NOW = re.compile(
    r"现(?:联合)?(?:印发|下发|发布)(?P<what>(?:《[^《》]{2,80}》[和、及与]?){1,12})[，,。]?(?:请|望)"
)
# 《A》和《B》(以下简称《a》和《b》) — the short names a notice gives the texts it then issues by them (甘肃 h70)
SHORT_NAMES = re.compile(
    r"(?P<full>(?:《[^《》]{2,80}》[和、及与]?){1,6})[（(]以下简称(?P<short>(?:《[^《》]{1,30}》[和、及与]?){1,6})[）)]"
)
# 现将天津市贯彻落实《A》实施方案印发给你们 — the sentence naming the text without book marks around it (it may
# quote another inside, but does not open with one: 现将《A》、《B》等九项制度 names A and B): 现将, its name ending in a
# document type, then 印发给你们
UNQUOTED_TRANSMIT_SENTENCE = re.compile(
    r"(?:^|[。：:])现将(?P<what>[^《。；：:，,][^。；：:，,]{1,119}?(?:"
    + "|".join(rx.DOC_TYPES)
    + r"))(?:[（(][^）)]{0,30}[）)])?"
    r"[，,]?(?:已经[^。；]{0,40}?[，,])?(?:现)?(?:予以)?(?:印发|转发|下发)(?:给|至)?你们"
)
# 我局研究制定了X，现印发给你们 — the text the notice says it made, named without book marks (h161 国家医保局)
UNQUOTED_MADE_THEN_ISSUED = re.compile(
    r"(?:制定|制订|起草|编制)了(?P<what>[^《》。；：:，,]{2,120}?(?:"
    + "|".join(rx.DOC_TYPES)
    + r"))(?:[（(][^）)]{0,30}[）)])?[，,]现(?:予以?)?(?:印发|下发)(?:给|至)?你们"
)
# 现将具体意见印发给你们 / 现将上述办法印发给你们 — the issued text named by its type alone (with a word pointing back):
# no title of its own (the text's printed heading, if any, names it)
GENERIC_ISSUED_NAME = re.compile(
    r"^(?:具体|有关|相关|上述|以上|该|此|这些|这|各项|此次)(?:实施|具体)?(?:" + "|".join(rx.DOC_TYPES) + r")$"
)
# The rest of a notice's sentence after 《X》: 已经…同意 / 现印发给你们 / 印发给你们 …
BODY_CONTINUATION = re.compile(r"^(?:已经|已|现将|现印发|现予|印发|予以|，|。|,|的|等|和|及)")
# 贯彻落实《X》实施意见 — a quote inside the title of what a notice issues: words of the title follow it (not a
# qualifier in brackets, not 等… naming more)
EMBEDDED_QUOTE = re.compile(r"》(?![（(][^）)]*[）)]$)(?!等)[\u4e00-\u9fff]{2,}$")
# 《X》 — a quoted title (the titles a notice lists)
QUOTED = re.compile(r"《([^《》]+)》")
# 等3个文件 / 等两项办法 — "and N more": the title names only the first of several texts
# (A等办法 / A等文件 / A等制度: uncounted, 兖州 h58)
AND_MORE = re.compile(
    r"等[\d一二三四五六七八九十两]+(?:个|项|份|部)|(?<=[）)\u4e00-\u9fff])等(?:办法|文件|规定|制度|细则|措施)$"
)
# the "and N more" and all after it: what is left names the first text
AND_MORE_TO_END = re.compile("(?:" + AND_MORE.pattern + ").*$")
# …两个规定 / …三项制度 / …2个办法 at the end of what a title issues — the texts are counted, not named:
# 关于印发A和B两个规定的通知 (the body's sentence names them)
COUNTED = re.compile(
    r"(?<![\d一二三四五六七八九十两])(?P<count>[\d一二三四五六七八九十两]{1,3})(?:个|项|份|部)(?P<kind>[\u4e00-\u9fff]{1,4})$"
)
CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
# 转发国家地震局关于X报告 / 转发民政部关于X意见 — a forwarded text named by its issuer and subject, not as titled
FORWARDED_SUBJECT = re.compile(r"^[^《》]{2,40}?关于")
# a year before a title: 2024年河南省… (a notice may name the text with or without it)
YEAR_PREFIX = re.compile(r"^(?:19|20)\d\d年")
# a trailing qualifier: …（2023—2025年）
TRAILING_QUALIFIER = re.compile(r"[（(][^（）()]{1,20}[）)]$")


def unadorned(key: str) -> str:
    """A loose title key (:func:`policykg.keys.loose_title_key`) without the year before it and the qualifier
    after it: how a notice's name for a text and the text's printed title meet when one of them leaves those
    out or writes them otherwise — 《2023年某街道防汛应急预案》 over 某街道防汛应急预案 (h68 东湖), 某市X方案（2017-2020）
    over 某市X方案（2017-2020年） (h78 丽水), 某市X方案（2021—2025年） over 某市X方案 (h151 赣州).

    >>> unadorned("2023年某街道防汛应急预案") == unadorned("某街道防汛应急预案")
    True
    >>> unadorned("某市X方案（20172020）") == unadorned("某市X方案（20172020年）") == unadorned("某市X方案")
    True
    """
    key = YEAR_PREFIX.sub("", key) or key
    return TRAILING_QUALIFIER.sub("", key) or key


def _head(body_lines: list[str]) -> str:
    """The first lines of a notice's text, joined without spaces (its first sentence is there)."""
    return "".join(compact(x) for x in body_lines[:6])


def _book_marks(t: str) -> str:
    return t.replace("〈", "《").replace("〉", "》")


@dataclass(frozen=True)
class NoticeText:
    """What the sources read: a notice's title, what its title says it transmits (the match of
    TRANSMIT_TITLE, None when the title says nothing) and the first lines of its text."""

    title: str
    said: re.Match[str] | None
    body_lines: list[str]

    @property
    def sentence(self) -> list[str]:
        """The titles the body's transmitting sentence quotes (现将《X》印发给你们 …), [] when none."""
        b = TRANSMIT_SENTENCE.search(_head(self.body_lines))
        if b is None:  # a line that opens the sentence after one that ends without a full stop (…修订)
            b = next(filter(None, (TRANSMIT_SENTENCE.match(compact(x)) for x in self.body_lines[1:6])), None)
        if b is None:
            b = MADE_THEN_ISSUED.search(_head(self.body_lines)) or ISSUED_NOW.search(_head(self.body_lines))
        if b is not None:
            full = _full_names(_head(self.body_lines))
            return [_book_marks(full.get(t, t)) for t in QUOTED.findall(b.group("what"))]
        u = UNQUOTED_TRANSMIT_SENTENCE.search(_head(self.body_lines)) or UNQUOTED_MADE_THEN_ISSUED.search(
            _head(self.body_lines)
        )
        return [_book_marks(u.group("what"))] if u else []


def _full_names(text: str) -> dict[str, str]:
    """The titles ``text`` gives short names to, by short name: 制定了《关于X的实施意见》和《关于X的行动计划》(以下简称
    《实施意见》和《行动计划》)…现将《实施意见》和《行动计划》印发你们 (h70 甘肃).

    >>> _full_names("制定了《关于X的实施意见》和《关于X的行动计划》(以下简称《实施意见》和《行动计划》)")
    {'实施意见': '关于X的实施意见', '行动计划': '关于X的行动计划'}
    """
    out: dict[str, str] = {}
    for m in SHORT_NAMES.finditer(text):
        full, short = QUOTED.findall(m.group("full")), QUOTED.findall(m.group("short"))
        if len(full) == len(short):
            out.update(zip(short, full, strict=True))
    return out


def _said(n: NoticeText, *names: str) -> str | None:
    """The first of the named groups the title's match has and filled, else None."""
    groups = n.said.groupdict() if n.said else {}
    return next((groups[x] for x in names if groups.get(x)), None)


def quoted_in_title(n: NoticeText) -> list[str] | None:
    """关于印发《A办法》《B细则》的通知 — the texts quoted in the title (one of several: see below); also
    what a 批转 notice quotes (批转市绿化市容局等五部门制订的《X办法》的通知 → X办法)."""
    what = _said(n, "what", "quoted", "approved")
    quoted = QUOTED.findall(what) if what else []
    if not quoted or _names_some(what):  # 《A》等5个办法: the body names them all
        return None
    # 印发银行业保险业贯彻落实《X》实施意见: the text is the whole title, X what it carries out
    if EMBEDDED_QUOTE.search(what):
        return None
    return [_book_marks(q) for q in quoted]


def _names_some(what: str) -> bool:
    """The title names only some of the texts: 《A》等5个办法 / 《A》等农村税费改革配套文件 / A等3个文件.

    >>> _names_some("《A办法》等配套文件"), _names_some("市某局等五部门制订的《Y办法》"), _names_some("A等3个文件")
    (True, False, True)
    """
    if "》" in what:
        return what[what.rfind("》") + 1 :].startswith("等")
    return AND_MORE.search(what) is not None


def several_in_title(n: NoticeText) -> list[str] | None:
    """关于印发A和B两个规定的通知 / 关于印发X等3个文件的通知 — counted in the title, named in the body's
    first sentence (else the first one the title names)."""
    what = _said(n, "what", "quoted") or ""
    if not (_names_some(what) or COUNTED.search(what)):
        return None
    head = _head(n.body_lines)
    listed = n.sentence or (_issued_quotes(head.split("印发给你们")[0]) if "印发" in head else [])
    first = AND_MORE_TO_END.sub("", what).strip("《》") if AND_MORE.search(what) else ""
    if listed and first and loose_title_key(first) not in {loose_title_key(t) for t in listed}:
        listed = [first, *listed]  # the sentence lost the first one's 《 (萍乡 h155): the title still names it
    if listed:
        return [_book_marks(t) for t in listed]
    return [AND_MORE_TO_END.sub("", what).strip("《》")] if AND_MORE.search(what) else None


# 为贯彻落实《X》… / 根据《X》… — a quote the notice rests on or carries out, not one it issues
CARRIED_OR_BASED_BEFORE = re.compile(r"(?:贯彻落实|贯彻|落实|根据|依据|按照|依照)$")


def _issued_quotes(text: str) -> list[str]:
    """The titles quoted in ``text`` but for those a trigger word stands right before (为贯彻落实《X》); after
    现将 only, when the sentence says it (根据《A》、省政府办公厅《B》…，现将《C》、《D》印发给你们: C and D)."""
    if "现将" in text:
        text = text.rsplit("现将", 1)[1]
    return [m.group(1) for m in QUOTED.finditer(text) if not CARRIED_OR_BASED_BEFORE.search(text, 0, m.start())]


def forwarded_as_titled(n: NoticeText) -> list[str] | None:
    """转发国家地震局关于X意见报告的通知 — the forwarded text as its issuer titled it, quoted in the body
    (国家地震局《关于X意见的报告》已经国务院同意，现转发给你们); the title only names issuer and subject."""
    if not forwards(n.title) or "《" in (_said(n, "what", "quoted") or ""):
        return None
    return n.sentence or None


def named_in_title(n: NoticeText) -> list[str] | None:
    """关于印发郑州市Y工作规则的通知 → Y工作规则; 批转X关于Y的通知 → 关于Y."""
    what = _said(n, "what", "quoted")
    approved = _said(n, "approved")
    if approved:  # 批转省经贸委、纺织总会关于X的通知 → 关于X
        what = approved[approved.find("关于") :] if "关于" in approved else approved
    elif what and n.said.re is rx.FORWARD_TITLE:  # 转发国家地震局关于X报告的通知 → 关于X报告
        what = what[what.find("关于") :]
    return [_book_marks(what.strip('“”"'))] if what else None


def named_in_body(n: NoticeText) -> list[str] | None:
    """关于做好X工作的通知 / 现将《Y方案》印发给你们 — a notice whose title says nothing of a text
    transmits what its first sentence quotes."""
    return (n.sentence or None) if n.said is None else None


# In order: the first source with an answer names the texts a notice transmits.
NAMED_TEXT_SOURCES: tuple[Callable[[NoticeText], list[str] | None], ...] = (
    quoted_in_title,
    several_in_title,
    forwarded_as_titled,
    named_in_title,
    named_in_body,
)


def forwards(title: str) -> bool:
    """关于转发《X》的通知 / 国务院办公厅转发某部关于X的通知: X is another body's document, forwarded.

    >>> forwards("河南省人民政府办公厅关于转发省财政厅X办法的通知"), forwards("关于印发X的通知")
    (True, False)
    """
    return "转发" in title and "印发" not in title


def sentence_texts(title: str, body_lines: list[str]) -> list[str]:
    """The titles a notice's transmitting sentence quotes — the fallback when the texts its title names
    are not printed under those names (a title that misspells the text: 印发《新余市新余市X办法》).

    >>> sentence_texts("关于印发《甲市甲市X办法》的通知", ["《甲市X办法》已经市政府常务会议审议通过，现予印发，请遵照执行。"])
    ['甲市X办法']
    """
    n = NoticeText(title, rx.TRANSMIT_TITLE.search(title) or rx.FORWARD_TITLE.search(title), body_lines)
    return n.sentence


# 关于《X(征求意见稿)》公开征求意见的通知 / 关于向社会公众征求《X》意见的公告 — a consultation notice names the draft
# it asks about (printed below it as a text of its own, not issued by it)
CONSULTATION_TITLE = re.compile(r"征求[^《》]{0,12}意见|意见[^《》]{0,4}征求")


def consulted_texts(title: str) -> list[str]:
    """The drafts a consultation notice's title quotes (《X(征求意见稿)》), [] for any other title.

    >>> consulted_texts("某县卫生健康局关于《某县应急预案(征求意见稿)》公开征求意见的通知")
    ['某县应急预案(征求意见稿)']
    >>> consulted_texts("关于印发《某县应急预案》的通知")
    []
    """
    if "征求" not in title or not CONSULTATION_TITLE.search(title):
        return []
    return [m.group(1) for m in rx.QUOTED_TITLE.finditer(title)]


# 关于公布X的通知 with X not in book marks: what is made public (a text only when X ends in a document type)
PUBLISHED_RESULT = re.compile(r"关于公布(?P<what>[^《》]{2,120}?)的(?:通知|公告|通告|决定)$")


def named_texts(title: str, body_lines: list[str]) -> list[str]:
    """Titles a transmitting notice names, as written (see ``segment.transmitted_titles``).

    >>> named_texts("关于印发《A办法》《B细则》的通知", [])
    ['A办法', 'B细则']
    >>> named_texts("关于做好X工作的通知", ["现将《Y方案》印发给你们，请认真贯彻执行。"])
    ['Y方案']
    >>> named_texts("关于印发《A办法》等2个办法的通知", ["《A办法》、《B办法》已经市政府同意，现印发给你们。"])
    ['A办法', 'B办法']
    >>> named_texts("关于印发A和B两个规定的通知", ["某部拟定的《A规定》和《B规定》已经国务院同意，现印发给你们。"])
    ['A规定', 'B规定']
    >>> named_texts("国务院办公厅转发某局关于X工作意见报告的通知", ["某局《关于X工作意见的报告》已经国务院同意，现转发给你们。"])
    ['关于X工作意见的报告']
    >>> named_texts("某市人民政府关于批转市某局等五部门制订的《某市Y办法》的通知", [])
    ['某市Y办法']
    >>> named_texts("关于公布行政规范性文件清理结果的通知", []), named_texts("关于公布某某市权责清单的通知", [])
    ([], ['某某市权责清单'])
    """
    if rx.REVISES_ONLY.search(title) and not title.endswith("通知"):
        return []  # 关于修改《X》的决定: a decision amends X (the amended X reprinted below keeps its own header)
    published = PUBLISHED_RESULT.search(title)
    if published and not published.group("what").endswith(rx.DOC_TYPES):
        return []  # 关于公布…清理结果的通知 / 关于公布首批…典型的通知: a result or a list made public, no text
    n = NoticeText(title, rx.TRANSMIT_TITLE.search(title) or rx.FORWARD_TITLE.search(title), body_lines)
    for source in NAMED_TEXT_SOURCES:
        found = source(n)
        if found is not None:
            return [x for t in found if t for x in _with_its_parts(t, title)]
    return []


def _with_its_parts(name: str, title: str) -> list[str]:
    """印发X及其考核标准 / 印发X办法及其实施细则 (not quoted as one title): the texts are X, and X's 实施细则 when
    the part is a document of its own kind.

    >>> _with_its_parts("某某办法及其实施细则", "关于印发某某办法及其实施细则的通知")
    ['某某办法', '某某办法实施细则']
    >>> _with_its_parts("某某办法及其考核标准", "关于印发《某某办法及其考核标准》的通知")
    ['某某办法及其考核标准']
    """
    head, sep, part = name.partition("及其")
    if not sep or f"《{name}》" in title or len(head) < 4:
        return [name]
    return [head, head + part] if part.endswith(tuple(rx.DOC_TYPES)) else [head]


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
        skip = (
            issuer_before(first)
            if key.startswith("关于")
            else place_before(first, key) or higher_places_before(first, key) or body_before(first, key)
        )
        first = first[skip:]
        if not first or not (key.startswith(first) or alt.startswith(first) or first.startswith(bare)):
            continue
        e = _title_end(nb, s, min(s + max_lines, hi), key, alt, bare, skip=skip)
        if e is not None:
            return s, e
    return None


# 《自治区X》 / 《市X》 — the level word a notice names its own place's text by
RELATIVE_PLACE_WORDS = ("自治区", "省", "市", "区", "县", "州", "盟")


def place_before(first: str, key: str) -> int:
    """How many characters of a title's first line name the place the notice left out: it issues
    《自治区X》, the text prints 内蒙古自治区X (0 when none).

    >>> place_before("内蒙古自治区应急管理厅地震灾害", "自治区应急管理厅地震灾害应急处置工作预案")
    3
    """
    word = next((w for w in RELATIVE_PLACE_WORDS if key.startswith(w)), None)
    m = rx.PLACE_AT_START.match(first) if word else None
    if m is None or not m.group(0).endswith(word) or len(m.group(0)) == len(word):
        return 0
    return m.end() - len(word)


MAX_HIGHER_PLACES = 3  # places a title may print above the one the notice names it by (市 区 镇)


def higher_places_before(first: str, key: str) -> int:
    """How many characters of a title's first line name the higher places the notice left out: it
    issues 《曲水镇X》, the text prints 重庆市梁平区曲水镇X (0 when none).

    >>> higher_places_before("重庆市梁平区曲水镇", "曲水镇自然灾害救助应急预案")
    6
    >>> higher_places_before("重庆市梁平区应急预案", "曲水镇自然灾害救助应急预案")
    0
    """
    at = 0
    for _ in range(MAX_HIGHER_PLACES):
        m = rx.PLACE_AT_START.match(first[at:])
        if m is None:
            return 0
        at += m.end()
        if len(first) - at >= 2 and key.startswith(first[at : at + 3]):
            return at
    return 0


def body_before(first: str, key: str) -> int:
    """How many characters of a title's first line name the body the notice left out: it issues
    《〈X〉实施办法》, the text prints 安徽省地方税务局〈X〉实施办法 (0 when none).

    >>> body_before("安徽省地方税务局城镇土地使用税管理指引实施办法", "城镇土地使用税管理指引实施办法")
    8
    """
    head = key[:4]
    at = first.find(head, 2, 32) if len(head) == 4 else -1
    return at if at > 0 and rx.AGENCY_NAME_END.search(first[:at]) else 0


def issuer_before(first: str) -> int:
    """How many characters of a title's first line name its issuer before 关于: the forwarding notice
    quotes 《关于X的通知》, the forwarded text prints 工业和信息化部办公厅关于X的通知 (0 when none)."""
    i = first.find("关于")
    return i if i > 1 and rx.AGENCY_NAME_END.search(first[:i]) else 0


def _title_end(nb: list[Line], s: int, stop: int, key: str, alt: str, bare: str, *, skip: int = 0) -> int | None:
    """The last line of a title starting at line ``s`` (at most up to ``stop``; ``skip`` characters of
    its first line are its issuer), or None."""
    joined = ""
    for e in range(s, stop):
        joined += loose_title_key(nb[e].text)[skip if e == s else 0 :]
        if (
            joined in (key, alt, bare)
            or (
                joined.startswith(key)
                and len(joined) - len(key) <= 14  # （2019年11月修订）: the version the text prints under its title
                and re.fullmatch(r"[（(].{0,12}[）)]", joined[len(key) :] or "()")
            )
        ):
            # not a sentence that merely starts with the title: next line must not continue it
            if rx.SENTENCE_END.search(nb[e].text):
                return None
            if e + 1 < len(nb) and BODY_CONTINUATION.match(compact(nb[e + 1].text)):
                return None  # 《X》 / 已经省政府同意，现印发给你们: the notice's own sentence
            if joined == bare != key and e + 1 < stop and joined + loose_title_key(nb[e + 1].text) == key:
                return e + 1  # …工作预案 / (2020年版): the qualifier on a line of its own
            return e
        if not (key.startswith(joined) or alt.startswith(joined)):
            return None
    return None


def counted_members(name: str, titles: list[str]) -> int:
    """How many of ``titles`` (the texts printed one after another under a notice, in order) are the texts a
    counted name stands for: 《X六项制度》 over X帮办代办制度, X预约服务制度 … — each titled as the kind it counts
    (…制度, …制度（试行）), no more than its count (h160 绍兴).

    >>> counted_members("甲市政务服务三项制度", ["甲市首问负责制度", "甲市限时办结制度（试行）", "甲市某某办法"])
    2
    """
    m = COUNTED.search(name)
    count = _count(m.group("count")) if m else 0
    kind = m.group("kind")[-2:] if m else ""
    n = 0
    while n < min(count, len(titles)) and TRAILING_QUALIFIER.sub("", titles[n]).endswith(kind):
        n += 1
    return n


def _count(digits: str) -> int:
    """3 / 六 / 十二 / 两 — a count as printed (Chinese numerals up to 99)."""
    if digits.isdigit():
        return int(digits)
    tens, _, ones = digits.rpartition("十") if "十" in digits else ("", "", digits)
    if "十" not in digits:
        return CHINESE_DIGITS.get(ones, 0) if len(ones) == 1 else 0
    return (CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10 + (CHINESE_DIGITS.get(ones, 0) if ones else 0)
