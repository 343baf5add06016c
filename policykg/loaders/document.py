r"""Documents from what the header sources read: spans, single laws, portal pages, the fallback.

Every layout takes the same steps: the sources of :mod:`policykg.loaders.header` give title, number,
issuers and date; :func:`resolve_issuers` makes registry agencies of the issuers;
:func:`~policykg.loaders.metadata.level_and_jurisdiction` gives level and jurisdiction; the body gives
references, effective and expiry dates and beneficiary groups.  Pure.

>>> from policykg.loaders.clean import clean_lines
>>> from policykg.loaders.segment import find_spans
>>> nb, spans = find_spans(clean_lines("河南省财政厅\n关于X的通知\n豫财社〔2024〕5号\n各省辖市财政局：\n"
...     "为贯彻落实《国务院关于Y的意见》精神，现就有关事项通知如下。\n2024年3月1日"))
>>> d = documents_of_spans(nb, spans, "f.txt", [])[0]
>>> d.title, d.issuers, d.date, d.level, [r.role for r in d.references]
('河南省财政厅关于X的通知', ('河南省财政厅',), '2024-03-01', 'provincial', ['IMPLEMENTS'])
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate
from operator import attrgetter
from pathlib import Path

from policykg.keys import loose_title_key, mention_key, title_key
from policykg.loaders import regexes as rx
from policykg.loaders import transmit
from policykg.loaders.attachments import attachment_list_lines, attachment_titles
from policykg.loaders.clean import compact
from policykg.loaders.flat import unflatten
from policykg.loaders.header import (
    FALLBACK_TITLE_SOURCES,
    LAW_DATE_SOURCES,
    LAW_ISSUER_SOURCES,
    PORTAL_ISSUER_SOURCES,
    SITE_NAME,
    SPAN_DATE_SOURCES,
    SPAN_ISSUER_SOURCES,
    FileText,
    Issuers,
    LawFile,
    PortalPage,
    SpanHeader,
    Title,
    agency_heading_title,
    city_of_number_head,
    first,
    heading_of_a_short_page,
    issuer_of_portal_table,
    issuers_in_portal_title,
    law_effective_date,
    lead_and_count,
    meeting_record_headline,
    notice_forwards,
    placeless,
    publisher_of_portal_table,
    quotes_as_printed,
    table_printed_values_first,
    title_issuers,
    title_like_line,
    writes_out,
)
from policykg.loaders.metadata import (
    doc_type_of,
    effective_date,
    expiry_date,
    level_and_jurisdiction,
    parse_date,
    parse_doc_number,
)
from policykg.loaders.models import DocNumber, Evidence, GroupTarget, Line, ParsedDocument, Problem, Reference
from policykg.loaders.portal import PortalFields
from policykg.loaders.records import repairs_damaged_number
from policykg.loaders.references import find_references, issued_as_named
from policykg.loaders.repeal_lists import list_items, listed_repeals
from policykg.loaders.segment import (
    PUBLICITY_TITLE,
    UNQUOTED_INTERPRETATION,
    Span,
    catalogue_tables,
    clean_title,
    date_of_entry_over_title,
    decree_above,
    is_interpretation_title,
    last_title_line,
    looks_like_title,
    texts_below_untitled_notice,
    texts_below_whole_file,
    transmitted_titles,
    without_publisher_before_about,
)
from policykg.loaders.transmit import CONSULTATION_TITLE, consulted_texts, sentence_texts
from policykg.ontology.agencies import Agency, AgencyRegistry, default_registry
from policykg.ontology.agencies import patterns as pt
from policykg.ontology.beneficiaries import default_taxonomy
from policykg.vocab import AnchorKind, Role

NO_ISSUERS = Issuers(())

# The place the publication holding a text names when the text itself names none: a JSON record's place fields
# (regionName 某省, cityName 某市) or its file's first province — where 省某厅 and 市某局 of a record's text belong
# (loaders/parse.py sets it while it reads a record's text; a plain file's text has none).
PUBLICATION_PLACE: ContextVar[str | None] = ContextVar("PUBLICATION_PLACE", default=None)


# ================================================================ issuers → agencies
def place_context(issuers: Sequence[str], title: str) -> str | None:
    """The place the issuers (else the title) name first: what 省政府办公厅 or 市财政局 belong to.

    >>> place_context(["郑州市财政局"], "关于X的通知"), place_context([], "河南省人民政府关于X的通知")
    ('郑州市', '河南省')
    """
    for x in issuers:
        m = rx.ISSUER_PLACE.match(x)
        if m:
            return m.group(1)
    m = rx.TITLE_PLACE.match(title)
    return m.group(1) if m else None


def resolve_issuers(
    reg: AgencyRegistry,
    names: Sequence[str],
    *,
    title: str,
    number: DocNumber | None,
    around: str | None = None,
    text_place: str | None = None,
) -> list[Agency]:
    """Registry agencies (or guesses) for issuer names as written, read in the place they belong to:
    a standard number's prefix names it best (苏政办发 → 江苏省: 省政府办公厅 is Jiangsu's); ``around``
    (the jurisdiction of the notice that prints the text) when the names' own place is none or no
    registry place (区消防安全委员会; 宝山区 of 上海 or of 双鸭山), before the title's."""
    ctx = place_context(names, "")  # the names' own place first, then the notice's, then the title's
    if ctx is None or reg.place_of(ctx) is None:
        ctx = around or place_context(names, title)
        if text_place and (ctx is None or reg.place_of(ctx) is None):
            ctx = text_place  # (a title's first words may be no place: 省卫生健康委关于省政协…)
    if number is not None and number.kind == "standard" and number.prefix:
        by_prefix = reg.for_prefix(number.prefix)
        if by_prefix is not None and by_prefix.jurisdiction:
            ctx = by_prefix.jurisdiction
    return [reg.resolve(x, context=ctx) or reg.guess(x, context=ctx) for x in names]


def _province_of_text(h: SpanHeader) -> str | None:
    """The first province the file's text names (its site's name, a signature, the addressees): the place of
    bodies named by their level alone when nothing nearer names one (省卫生健康委 on 贵州's portal, h127) —
    rather than the registry's home province.  The place of the publication holding the text (a JSON record's
    fields, :data:`PUBLICATION_PLACE`) stands for it when the text names none, or a province holding that place."""
    own = (
        _province_of_span(h)
        if not h.first
        else h.registry.province_named_in("".join(l.text for l in h.nb[:400])[:20000])
    )
    around = PUBLICATION_PLACE.get()
    if around and (own is None or h.registry.nested(own, around)):
        return around  # (the record's 某市 within the province its text names: nearer)
    return own


MASTHEAD_LINES = 5  # a gazette's name, issue, publisher and date
PUBLICATION_NAME = re.compile(r"(?:公报|政报|汇编)\s{0,4}$")  # 贵州省人民政府公报, 政策文件汇编


def _province_of_span(h: SpanHeader) -> str | None:
    """The first province a document printed below others names in its own lines (its title, signature,
    addressees, text and the texts it issues; a gazette or compilation of several places' texts): nearer than what the
    publication's first pages name (other documents' titles and texts) — 市人民政府办公室 of a 六盘水 notice printed
    after a 重庆 one; else the province the publication's masthead names (贵州省人民政府公报)."""
    sp = h.span
    lines = h.nb[sp.first_line : max(sp.end, h.family_end or 0) + 1][:400]  # with the texts it issues
    own = h.registry.province_named_in("".join(l.text for l in lines)[:20000])
    masthead = [l.text for l in h.nb[:MASTHEAD_LINES] if PUBLICATION_NAME.search(l.text)]
    return own or h.registry.province_named_in("".join(masthead))


def _place_the_title_names(
    h: SpanHeader, names: Sequence[str], number: DocNumber | None, *, province: str | None
) -> str | None:
    """The place of the level that bodies named by their level alone (市人民政府办公室, 县人民政府办公室) belong to,
    when the title names one place of that level by its name — written out or not: 市人民政府办公室关于印发健康六盘水
    行动推进方案的通知 → 六盘水市 (h38 六盘水).  A name of two characters counts only when the number's prefix opens with
    it (嘉政办发, …涉及嘉鱼的重点事项… → 嘉鱼县, h87 嘉鱼); None when the title names no such place, or several, or one
    outside the province the text names."""
    word = names[0][:1]
    if word not in ("市", "县", "区") or any(n[:1] != word for n in names):
        return None
    named = h.registry.places_named_by_stem(h.span.title, word)
    place = h.registry.place_of(named[0]) if len(named) == 1 else None
    prefix = number.prefix if number is not None and number.kind == "standard" else ""
    if place is None or not (len(named[0]) > 3 or (prefix and prefix[0] == named[0][0])):
        return None
    return place.name if province is None or place.province in ("", province) else None


OPENING_LINES = 2  # lines of an untitled text's opening read for the one place it names


def _place_the_opening_names(
    reg: AgencyRegistry, names: Sequence[str], opening: str, *, province: str | None
) -> str | None:
    """For an untitled text (an excerpt whose title row is lost), the place its opening names — as a title would —
    for bodies named by their level alone: 发布机构 县政府办公室 over 天祝县…县政府办公室…制定印发《天祝藏族自治县人民政府办公室
    关于…》 → 天祝藏族自治县 (h198 天祝).  One place of that level only, named at least once by more than a short stem and
    its level word (天祝藏族自治县, not only 天祝县); None otherwise."""
    word = names[0][:1] if names else ""
    if word not in ("市", "县", "区") or any(n[:1] != word for n in names):
        return None
    named = reg.places_named_by_stem(opening, word)
    places = {p.name for p in (reg.place_of(n) for n in named) if p is not None}
    if len(places) != 1 or not any(len(n) > 3 for n in named):
        return None
    place = reg.place_of(next(iter(places)))
    return place.name if place is not None and (province is None or place.province in ("", province)) else None


def _joint_forms_apart(found: Issuers) -> Issuers:
    """Issuers with a joint short form of two bodies read as both (石泉县纪委监委 → 石泉县纪委, 石泉县监委, h263)."""
    if all(pt.joint_parts(x) == [x] for x in found.names):
        return found
    return Issuers(tuple(dict.fromkeys(p for x in found.names for p in pt.joint_parts(x))), found.line)


def _one_place_the_opening_names(h: SpanHeader, names: Sequence[str], *, province: str | None) -> str | None:
    """For an untitled text whose issuers are named by their level alone (县委组织部决定…), the one place of that level
    its opening names with its level word (根据《泸溪县…暂行办法》… → 泸溪县, h263 泸溪) — a stem of two characters or more
    (never 代县 of 代县长); None when it names none or several, or one outside the province the text names."""
    word = names[0][:1] if names else ""
    if word not in ("市", "县", "区") or any(n[:1] != word for n in names):
        return None
    reg, opening = h.registry, "".join(compact(l.text) for l in h.body[:OPENING_LINES])
    named = [n for n in reg.places_named_by_stem(opening, word) if len(n) >= MIN_PLACE_NAME]
    places = {p.name for p in (reg.place_of(n) for n in named) if p is not None}
    if len(places) != 1:
        return None
    place = reg.place_of(next(iter(places)))
    return place.name if place is not None and (province is None or place.province in ("", province)) else None


MIN_PLACE_NAME = 3  # characters of a place's name with its level word (泸溪县), a stem of two or more


def unknown_issuers(path: str, line: int, names: Sequence[str], agencies: Sequence[Agency]) -> list[Problem]:
    """One problem per issuer the registry does not know (kept as written)."""
    return [
        Problem(path, line, "unknown-issuer", f"issuer not in the agency registry, kept as written: {x}")
        for x, a in zip(names, agencies)
        if not a.known
    ]


# ================================================================ the body: references, dates, targets
@dataclass(frozen=True)
class Body:
    """A document's body as one text, and the file line of every character offset."""

    text: str
    starts: tuple[int, ...]  # offset where each line starts in ``text``
    line_nos: tuple[int, ...]  # that line's number in the file
    default_line: int  # the line of an empty body's mentions (its title's)

    @classmethod
    def of(cls, lines: Sequence[Line], *, default_line: int) -> Body:
        parts = _joined_parts(lines)
        starts = tuple(accumulate(map(len, parts), initial=0))[:-1]
        return cls("".join(parts), starts, tuple(map(attrgetter("no"), lines)), default_line)

    def line_of(self, i: int) -> int:
        if not self.starts:
            return self.default_line
        return self.line_nos[max(0, bisect_right(self.starts, i) - 1)]


def join_lines(body: Sequence[Line]) -> tuple[str, list[tuple[int, int]]]:
    """The body's lines as one text; (offset, line number) of each.  A line ending with a colon
    (addressee, lead-in) or a short heading ends its sentence."""
    parts = _joined_parts(body)
    starts = accumulate(map(len, parts), initial=0)
    return "".join(parts), [(o, l.no) for o, l in zip(starts, body)]


_OPENS = ("《", "〈", "（", "(", "“")  # a line ending so breaks no sentence


def _joined_parts(body: Sequence[Line]) -> list[str]:
    """Each line's text as it stands in the joined body (tabs as spaces, a line break after a line
    that ends its sentence)."""
    parts: list[str] = []
    append = parts.append  # a body has thousands of lines: the cheapest tests first
    for l in body:
        t = l.text
        if "\t" in t:
            t = t.replace("\t", " ")
        if t.endswith(_OPENS):  # 第一条 根据《 / 中华人民共和国宪法》: a title cut at its line's end goes on
            append(t)
            continue
        if (
            l.heading
            or t.endswith(("：", ":"))
            or (len(t) <= 20 and not rx.SENTENCE_END.search(t) and rx.SHORT_HEADING_START.match(t))
            # 根据…的通知失效 — a law database's note of the text's own status, a sentence of its own
            or (t.endswith(("失效", "废止")) and t.startswith(("根据", "依据", "按照", "此件", "本件")))
        ):
            t += "\n"
        append(t)
    return parts


def amended_titles(title: str) -> list[str]:
    """What a 关于修改…的决定 amends: the titles it quotes, else its whole subject.

    >>> amended_titles("河南省人民政府关于修改〈河南省X办法〉等2件省政府规章的决定")
    ['河南省X办法']
    >>> amended_titles("甲省人大常委会关于修改《甲省实施〈中华人民共和国某某法〉细则》的决定")
    ['甲省实施〈中华人民共和国某某法〉细则']
    >>> amended_titles("甲省人大常委会关于批准《乙市人大常委会关于修改〈乙市某某条例〉的决定》的决定")
    []
    """
    am = amending_title(title)
    if not am:
        return []
    what = _amended_part(am.group("what"))
    return _outer_titles(what) or [what]


# 关于修改《A》等5件地方性法规和废止《B》的决定 — the repeal the title names after what it amends: B is repealed, not
# amended (h170 上海)
REPEAL_AFTER_AMENDED = re.compile(r"[和及并、，,]?(?:同时)?(?:废止|宣布失效)")


def _amended_part(what: str) -> str:
    """The part of an amending title's subject that is amended: up to a repeal it names after (和废止《B》)."""
    m = REPEAL_AFTER_AMENDED.search(what)
    return what[: m.start()] if m and m.start() > 0 else what


def amending_title(title: str) -> re.Match[str] | None:
    """关于修改…的决定 in a title, not inside a title it quotes: 关于批准《X关于修改〈Y〉的决定》的决定 approves the
    decision that amends Y and amends nothing itself (h139 杭州)."""
    for am in rx.AMEND_TITLE.finditer(title):
        before = title[: am.start()]
        if before.count("《") <= before.count("》"):
            return am
    return None


def _outer_titles(what: str) -> list[str]:
    """The titles quoted in ``what``, each whole with the marks nested in it: 《甲省实施〈某某法〉细则》 is the 细则, not
    the law inside its name (h71 宁夏); a title quoted in 〈〉 alone (关于修改〈X办法〉等) is X."""
    return rx.QUOTED_TITLE.findall(what) or re.findall(r"〈([^〈〉《》]+)〉", what)


def group_targets(body: Body, path: str, *, title: str, title_line: int) -> list[GroupTarget]:
    """Groups the document grants support to: named in its title, or in a sentence with a support trigger."""
    tax = default_taxonomy()
    out: list[GroupTarget] = []
    seen: set[str] = set()
    for gm in tax.title_targets(title):
        if gm.group.name not in seen:
            seen.add(gm.group.name)
            out.append(GroupTarget(gm.group.name, Evidence(path, title_line, title)))
    for s0, sent, gm in tax.text_targets(body.text, first_only=True):
        if gm.group.name not in seen:
            seen.add(gm.group.name)
            out.append(GroupTarget(gm.group.name, Evidence(path, body.line_of(s0 + gm.start), sent.strip())))
    return out


# ================================================================ a document in a publication
def read_spans(
    nb: Sequence[Line],
    spans: Sequence[Span],
    path: str,
    problems: list[Problem],
    *,
    registry: AgencyRegistry | None = None,
) -> list[tuple[SpanHeader, ParsedDocument]]:
    """Each span's header context and document, in order; a transmitted text reads its notice's
    document (parsed before it)."""
    reg = default_registry() if registry is None else registry
    out: list[tuple[SpanHeader, ParsedDocument]] = []
    for k, sp in enumerate(spans):
        parent = out[sp.transmitted_by][1] if sp.transmitted_by is not None and sp.transmitted_by < len(out) else None
        family_end = max([sp.end] + [x.end for x in spans if x.transmitted_by == k])
        h = SpanHeader(nb, sp, reg, parent=parent, family_end=family_end, first=k == 0)
        doc = document_of_span(h, path, problems)
        doc = _dated_by_announcement_over_approval(out[-1] if out else None, h, doc)
        doc = _draft_consulted_on_above(out[-1] if out else None, doc)
        out.append((h, _known_apart(out, _issued_by_notice_above(out[-1] if out else None, h, doc))))
    return out


def _known_apart(out: list[tuple[SpanHeader, ParsedDocument]], doc: ParsedDocument) -> ParsedDocument:
    """An untitled document known by its file's name as an untitled one above it is (two entries of a column page,
    neither titled, h184 内蒙古): known by that name and its first line, a document of its own."""
    if doc.title_printed or not any(d.title == doc.title and not d.title_printed for _, d in out):
        return doc
    return replace(doc, title=f"{doc.title}#{doc.source_line}")


# 关于批准《X》的决定 — an approval of a local regulation by the province's standing committee
APPROVAL_OF = re.compile(r"关于批准《(?P<what>.{2,120})》的决定$")
# …通过的《X》，业经…批准，现予公布 — an announcement's sentence publishing X
ANNOUNCES = re.compile(r"现予公布|予以公布|现予公告")
MAX_ANNOUNCEMENT_LINES = 6  # lines from an announcement's sentence down to the approval's title


def _dated_by_announcement_over_approval(
    above: tuple[SpanHeader, ParsedDocument] | None, h: SpanHeader, doc: ParsedDocument
) -> ParsedDocument:
    """公告 / 《X》…经…批准，现予公布 / 常务委员会 / date, then 关于批准《X》的决定 and its body, then X under its
    passing note (h94 广州, h139 杭州): X dates from the announcement that publishes it, signed right above the
    approval, not from the approval in its note."""
    if above is None or h.span.anchor_kind != AnchorKind.PROMULGATION:
        return doc
    ah, ad = above
    m = APPROVAL_OF.search(ad.title)
    key = loose_title_key(doc.title)
    if m is None or loose_title_key(m.group("what").replace("〈", "《").replace("〉", "》")) != key:
        return doc
    s = ah.span.first_line
    if s < 2 or not rx.DATE_LINE.match(compact(h.nb[s - 1].text)):
        return doc
    for line in h.nb[max(0, s - MAX_ANNOUNCEMENT_LINES) : s - 1]:
        c = compact(line.text).replace("〈", "《").replace("〉", "》")
        if ANNOUNCES.search(c) and f"《{doc.title}》" in c:
            return replace(doc, date=parse_date(compact(h.nb[s - 1].text)) or doc.date)
    return doc


def _draft_consulted_on_above(above: tuple[SpanHeader, ParsedDocument] | None, doc: ParsedDocument) -> ParsedDocument:
    """A draft printed under the notice that consults on it (关于公开征求《某市人民代表大会及其常务委员会立法条例（修订草案）》
    意见的公告 / … / 某市人民代表大会及其常务委员会 / 立法条例（修订草案）), neither numbered nor dated, whose only issuer is
    the body its title opens with: no issuer — the body named is the rules' subject, and a draft is nobody's text yet
    (h286 南充, the h112 遵义 convention)."""
    if above is None or len(doc.issuers) != 1 or doc.doc_number is not None or doc.date is not None:
        return doc
    ad = above[1]
    if not doc.title.startswith(doc.issuers[0]) or not DRAFT_TITLE.search(doc.title):
        return doc
    key = loose_title_key(doc.title)
    if "征求" not in ad.title or not key or key not in loose_title_key(ad.title):
        return doc
    return replace(doc, issuers=())


def _issued_by_notice_above(above: tuple[SpanHeader, ParsedDocument] | None, h: SpanHeader, doc: ParsedDocument):
    """A text printed right under a notice that names it (现将X印发给你们, 延长《X》有效期的通知), with neither issuers
    nor a number of its own and no notice found to join it to: the notice's issuers (h47 滨州, h111 湖南, 嘉定), and
    its date when the text prints none, unless the notice forwards it (转发) or names it with a number of its own
    (an earlier text whose term it extends, 沪交水〔2015〕598号) (h45 青海)."""
    if above is None or doc.issuers or doc.doc_number is not None or h.parent is not None or not doc.title_printed:
        return doc
    ah, ad = above
    if not ad.issuers or ah.span.end + 1 != h.span.start or len(compact(doc.title)) < MIN_NAMED_TITLE:
        return doc
    if CONSULTATION_TITLE.search(ad.title) or DRAFT_TITLE.search(doc.title) or _draft_label_under_title(h):
        return doc  # a draft put out for comment is no text the notice issues (h147, h112 常州, 沈阳)
    said = loose_title_key("".join(l.text for l in h.nb[ah.span.start : ah.span.end + 1]))
    if loose_title_key(doc.title) not in said:
        return doc
    date = doc.date or (None if notice_forwards(ad) or _cited_with_number(doc.title, said) else ad.date)
    return replace(doc, issuers=ad.issuers, level=ad.level, jurisdiction=ad.jurisdiction, date=date)


# （征求意见稿） — a draft's label printed alone under its title
DRAFT_LABEL = re.compile(r"^[（(](?:征求意见稿|草案|送审稿)[）)]$")


def _draft_label_under_title(h: SpanHeader) -> bool:
    """The line under the text's title labels it a draft (四川天府新区发展规划（2022-2027年） / （征求意见稿）, h83
    天府): a draft put out for comment, as one with the label in its title."""
    k = h.span.title_end + 1
    return 0 <= k < len(h.nb) and DRAFT_LABEL.match(compact(h.nb[k].text)) is not None


def _cited_with_number(title: str, said: str) -> bool:
    """The notice above names the text with a number of its own (《X》（沪交水〔2015〕598号）继续实施): an earlier
    document, dated by that number's year, not by the notice."""
    key = loose_title_key(title)
    return any(_NUMBER_AFTER_TITLE.match(said, m.end()) for m in re.finditer(re.escape(key), said)) if key else False


_NUMBER_AFTER_TITLE = re.compile(r"[（(][^\W\d]{1,8}[〔\[［(（]?(?:19|20)\d\d[〕\]］)）]?第?\d{1,4}号[）)]")


DRAFT_TITLE = re.compile(r"草案|征求意见稿|送审稿")
MIN_NAMED_TITLE = 6  # characters of a title the notice above must name (not a heading: 附件, 说明)


def documents_of_spans(
    nb: Sequence[Line],
    spans: Sequence[Span],
    path: str,
    problems: list[Problem],
    *,
    registry: AgencyRegistry | None = None,
) -> list[ParsedDocument]:
    """The documents of a publication's spans, in order."""
    docs = [d for _, d in read_spans(nb, spans, path, problems, registry=registry)]
    docs = _republished_as_amended(_without_heading_copy(docs))
    return _numbered_where_cited(docs, default_registry() if registry is None else registry)


# 《A》和《B》根据本决定作相应修改和调整后，重新公布 / 《A》依照本决定修正后，重新公布 — an amending decision's closing
# sentence: the texts it amended are printed again below it, as amended
REPUBLISHED_AS_AMENDED = re.compile(r"(?:根据|依照|按照)本决定.{0,40}重新公布")


def _republished_as_amended(docs: list[ParsedDocument]) -> list[ParsedDocument]:
    """``docs`` with each text an amending decision republishes (…根据本决定作相应修改…，重新公布 / 《A》 printed whole
    below) dated by that decision, and issued by its issuers when the text names none: the republished text is
    in force as amended on that day (h71 江西 order 223).  Texts with a date of their own, or transmitted by a
    notice, keep theirs."""
    out = list(docs)
    for i, d in enumerate(docs):
        amended = {
            mention_key(r.title)
            for r in d.references
            if r.role == Role.AMENDS and r.title and REPUBLISHED_AS_AMENDED.search(r.evidence.text)
        }
        if not amended or d.date is None:
            continue
        for k in range(i + 1, len(out)):
            e = out[k]
            if e.date is not None or e.transmitted_by is not None or mention_key(e.title) not in amended:
                continue
            changes: dict[str, object] = {"date": d.date}
            if not e.issuers and d.issuers:
                changes.update(issuers=d.issuers, level=d.level, jurisdiction=d.jurisdiction)
            out[k] = replace(e, **changes)
    return out


def _without_heading_copy(docs: list[ParsedDocument]) -> list[ParsedDocument]:
    """``docs`` without a portal's heading that copies the first document below it: the same number, its title
    that document's without the issuers (瑞政办(2011)129号 转发X的通知 over 瑞政办〔2011〕129号 / 瑞安市人民政府办公室 /
    转发X的通知, h93 瑞安) — one document, known by its own header."""
    if len(docs) < 2 or docs[0].doc_number is None or any(d.transmitted_by == 0 for d in docs):
        return docs
    head, below = docs[0], docs[1]
    upper, lower = loose_title_key(head.title), loose_title_key(below.title)
    if str(head.doc_number) != str(below.doc_number) or not upper or upper == lower or not lower.endswith(upper):
        return docs
    shift = [(replace(d, transmitted_by=d.transmitted_by - 1) if d.transmitted_by else d) for d in docs[1:]]
    return shift


def _numbered_where_cited(docs: list[ParsedDocument], reg: AgencyRegistry) -> list[ParsedDocument]:
    """A text printed whole without its number, which another document of the file cites with one
    (延长《X》（沪交水〔2015〕598号）有效期的通知 above X): that number is X's.  Without issuers of its own,
    X is the citing document's body when the two numbers share their place and body (沪交行规 / 沪交水),
    else the body its number's prefix names."""
    cited: dict[str, tuple[DocNumber, ParsedDocument]] = {}
    for d in docs:
        for r in d.references:
            if r.title and r.doc_number is not None and r.doc_number.kind == "standard":
                cited.setdefault(mention_key(r.title), (r.doc_number, d))
    out = []
    for d in docs:
        hit = cited.get(mention_key(d.title)) if d.doc_number is None and d.transmitted_by is None else None
        if hit is None:
            out.append(d)
            continue
        num, by = hit
        changes: dict[str, object] = {"doc_number": num}
        if not d.issuers:
            same_body = by.doc_number is not None and by.doc_number.prefix[:2] == num.prefix[:2] and by.issuers
            body = (reg.resolve(by.issuers[0]) or reg.guess(by.issuers[0])) if same_body else reg.for_prefix(num.prefix)
            if body is not None:
                level, jurisdiction = level_and_jurisdiction([body], number=num)
                changes.update(issuers=(body.name,), level=level, jurisdiction=jurisdiction)
        out.append(replace(d, **changes))
    return out


# 关于转发《X关于印发<Y>的通知》的通知 — the text the forwarded notice issues, in angle brackets within its title
_INSIDE_FORWARDED = re.compile(r"[<〈]([^<>〈〉《》]{2,80})[>〉]")


def _inside_forwarded(title: str) -> list[str]:
    """The texts a forwarded notice issues, named inside the forwarding title (关于转发《X关于印发<Y>的通知》的通知):
    forwarded with it — TRANSMITS, as the notice itself (h85 上海)."""
    if "转发《" not in title:
        return []
    return [m.strip() for m in _INSIDE_FORWARDED.findall(title)]


def _transmitted_keys(h: SpanHeader) -> set[str]:
    """Keys of the titles the span's notice transmits, as its title or its first sentence names them."""
    first_lines = [l.text for l in h.body[:8]]
    named = transmitted_titles(h.span.title, first_lines)
    if named:  # what its sentence quotes too (a title may misname the text: 《新余市新余市X办法》)
        named += sentence_texts(h.span.title, first_lines)
    return {loose_title_key(t) for t in named + _inside_forwarded(h.span.title)}


def _transmitted_names(h: SpanHeader) -> list[str]:
    """The names of the texts the span's notice issues, as its title or first sentence gives them."""
    return transmitted_titles(h.span.title, [l.text for l in h.body[:8]]) if h.span.children else []


def _within_names_unquoted(text: str, names: list[str]) -> str:
    """``text`` with the book marks inside each of ``names`` (现将天津市贯彻落实《X》实施方案印发给你们) made
    quotation marks: a title inside the name of a text the notice issues is that text's, no reference of the
    notice's.  Same length, so offsets keep their lines."""
    for name in names:
        if "《" in name and name in text:
            text = text.replace(name, name.replace("《", "“").replace("》", "”"))
    return text


# a decree (令 / 第N号 / its sentence) or a 文头 and number printed above the title they belong to
_HEADED_ABOVE = (AnchorKind.ORDER, AnchorKind.DOCNUM_ABOVE)


def _amended_by_title(h: SpanHeader, refs: list[Reference], path: str) -> list[Reference]:
    """关于修改《X》等30件规章的决定: the decision amends X, which its title names — also when its text does not
    (the items lost in a table a page could not print)."""
    title = h.span.title
    am = amending_title(title)
    if am is None:
        return []
    have = {loose_title_key(r.title) for r in refs if r.title}
    named = _outer_titles(_amended_part(am.group("what")))
    where = Evidence(path, h.nb[h.span.start].no, title)
    return [Reference(Role.AMENDS, t, None, where) for t in named if loose_title_key(t) not in have]


def _span_references(h: SpanHeader, body: Body, path: str) -> list[Reference]:
    title = h.span.title
    # (a consultation notice's 附件 is the draft it asks about, a text of its own that it cites: h112, h147 住建部)
    drafts = {mention_key(t) for t in consulted_texts(title)}
    attached = [t for t in attachment_titles(h.body) if mention_key(t) not in drafts]
    # (审查了市人民政府提出的《X（草案）》…决定批准 under X's title: its own draft, no other document, h145 日喀则)
    drafts_of_own = [f"{title}（{q}）" for q in ("草案", "征求意见稿", "送审稿")] if title else []
    own_titles = [title] + ([h.parent.title] if h.parent else []) + drafts_of_own
    if h.span.anchor_kind == "file" and h.span.title_end < 0 and h.body:
        # (a news lead opening a text printed without its title names that text: 近日，X印发《Y》的通知，… / 《Y》已于
        # 本月发布 over Y's articles, h70 天津, h75 东莞)
        lead = rx.NEWS_LEAD_NAMING.match(h.body[0].text)
        own_titles += [lead.group("named") or lead.group("lead")] if lead else []
    found = partial(
        find_references,
        file=path,
        # (a text its notice issues never cites that notice: 穗府办规〔2022〕13号 in the page's links under it, 广州)
        own_numbers=[n for n in (h.number, h.parent.doc_number if h.parent else None) if n],
        own_titles=own_titles,
        attached_titles=attached,
        amends_titles=amended_titles(title),
        amending=amending_title(title) is not None,
    )
    # A history note under the title (…根据《国务院关于修改〈X〉的决定》第一次修订) names what amended
    # earlier versions of the text: cited, not what the text rests on.
    sp = h.span
    # (the note that anchors the text — its promulgation note, found first — tells its history too)
    history = h.nb[sp.title_end + 1 : h.body_from] if sp.anchor_kind == AnchorKind.PROMULGATION else h.history
    notes = Body.of(history, default_line=body.default_line)
    # (a number alone there is the text's own version: 1987年…甘政发〔1987〕139号发布 …令第27号修正)
    refs = [replace(r, role=Role.CITES) for r in found(notes.text, line_of=notes.line_of) if r.title] if history else []
    if sp.anchor_kind in _HEADED_ABOVE and sp.header_start is not None and sp.header_start < sp.start:
        # the decree above the rules: …现予公布。1992年发布的《X》同时废止 — its sentence repeals the old X
        decree = Body.of(h.nb[sp.header_start : sp.start], default_line=body.default_line)
        refs += [r for r in found(decree.text, line_of=decree.line_of) if r.role in (Role.SUPERSEDES, Role.AMENDS)]
    listed = list_items(h.body)  # 附件1 决定废止的规章 / 一、X办法: what a cleanup decision repeals, an item a line
    listed |= attachment_list_lines(h.body)  # 附件：1. X / 2. Y: the attachments it names, no citation (h160 广东)
    # the title printed again (under a decree's signature: 宁夏回族自治区《地方志工作条例》实施办法) cites nothing
    again = {i for i, l in enumerate(h.body) if "《" in l.text and loose_title_key(l.text) == loose_title_key(title)}
    again |= set(range(_news_after_signature(h.body), len(h.body)))  # a reporter's story under the date
    if listed or again:
        kept = [l for i, l in enumerate(h.body) if i not in listed and i not in again]
        body = Body.of(kept, default_line=body.default_line)
    if "解读" in title and (is_interpretation_title(title) or _explained_in_title(title)):
        # a titled 解读 cites the text it explains (h46; 关于发布《X》的解读说明, h169 平江)
        head = Body.of(h.nb[sp.start : sp.title_end + 1], default_line=body.default_line)
        refs += [replace(r, role=Role.CITES) for r in found(head.text, line_of=head.line_of) if r.title]
    elif "解读" in title and (explained := _explained_unquoted(title)):  # X的通告》的政策解读 (h169 泉港)
        line = h.nb[sp.start]
        refs.append(Reference(Role.CITES, *explained, Evidence(path, line.no, line.text.strip())))
    refs += found(_within_names_unquoted(body.text, _transmitted_names(h)), line_of=body.line_of)
    refs += _explained_text_labelled(h.body, path, refs)
    refs += listed_repeals(h.body, file=path)
    refs += _amended_by_title(h, refs, path)
    refs = _roles_in_the_notice(
        h, issued_as_named(refs, transmitted_titles(title, [l.text for l in h.body[:8]])), title
    )
    return _interpretation_roles(h, title, body, refs) if _interprets(h, title) else refs


# 某某新闻记者 张某 / 记者 李某 王某 — a reporter's byline alone on its line: a news story starts under it
REPORTER_BYLINE = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:记者|通讯员)[ \u3000]{0,3}[\u4e00-\u9fff·]{2,4}(?:[ \u3000、，,]{1,3}[\u4e00-\u9fff·]{2,4}){0,3}$"
)


def _news_after_signature(lines: Sequence[Line]) -> int:
    """Where a news story a page printed after the text's signature date starts: at a reporter's byline
    (某某新闻记者 张某) under a date line — what follows is the reporter's, and the texts it names are no
    citations of this text (h211 厦门: a report on a second notice between two notices).  len(lines) if none."""
    dated = False
    for i, l in enumerate(lines):
        if dated and REPORTER_BYLINE.match(l.text.strip()):
            return i
        dated = dated or rx.DATE_LINE.match(compact(l.text)) is not None
    return len(lines)


def _interpretation_roles(h: SpanHeader, title: str, body: Body, refs: list[Reference]) -> list[Reference]:
    """An interpretation only explains: the repeals and amendments it reports are the explained text's acts, the texts
    they name cited (h82 重庆, h169 镇江, h176 龙海 / 洞头); the text it explains is cited (h198)."""
    refs = [replace(r, role=Role.CITES) if r.role in (Role.SUPERSEDES, Role.AMENDS) else r for r in refs]
    return _explained_text_cited(refs, _explained_keys(h, title, body.text))


# 现对《通知》进行政策解读 / 现就《X》解读如下 / 现将《X》有关内容解读如下 / 现就《X》(某府〔2022〕8号)作政策解读如下 /
# 下面就《X》解读如下 — an interpretation's sentence naming the text it explains (by its short name, often; its number
# in brackets after it)
EXPLAINING_SENTENCE = re.compile(
    r"(?:现|特|下面)(?:对|就|将)《(?P<named>[^《》]{1,100})》(?:[（(][^（）()]{1,30}[）)])?[^《》。；;]{0,16}解读"
)
# 《X》（以下简称《Y》） — the title a short name stands for (Y: the ``alias`` of references.SHORT_NAME_DEFINED)
TITLE_BEFORE_SHORT_NAME = re.compile(
    r"《(?P<title>[^《》]{4,100})》[（(][^（）()《》]{0,8}?简称\s{0,2}[《“\"](?P<alias>[^《》“”\"]{1,20})[》”\"]"
)
# 同日以某农领〔2023〕28号印发实施 / 以某政发〔2024〕3号文件印发 — the number a text was issued under, named alone
ISSUED_UNDER_NUMBER = re.compile(r"以(?P<number>[^，,。；;以《》]{2,24}?号)(?:文件?)?(?:印发|发布|公布|下发)")


def _explained_keys(h: SpanHeader, title: str, text: str) -> set[str]:
    """The title keys of the text an interpretation explains: quoted in its title (《X》政策解读 / 关于《X》的解读), else
    named in its sentence 现对《X》进行解读 (X a short name its text defines: the title it stands for)."""
    quoted = EXPLAINED_IN_TITLE.search(title) or EXPLAINED_AFTER_WORD.match(title)
    quoted = quoted or (EXPLAINED_LOST_MARK.match(title) if "解读" in title else None)
    if quoted is not None:
        return {loose_title_key(quoted.group("quoted"))}
    numbered = EXPLAINED_UNQUOTED_NUMBERED.match(title) if "解读" in title else None
    if numbered is not None and rx.TITLE_END.search(numbered.group("title")):
        return {loose_title_key(numbered.group("title"))}
    m = EXPLAINING_SENTENCE.search(text) if "解读" in text else None
    if m is None:
        return set()
    named = m.group("named")
    full = [d.group("title") for d in TITLE_BEFORE_SHORT_NAME.finditer(text[: m.start()]) if d.group("alias") == named]
    return {loose_title_key(full[-1] if full else named)}


def _explained_text_cited(refs: list[Reference], explained: set[str]) -> list[Reference]:
    """An interpretation cites the text it explains, however often and with whatever verb it names it again (三、落实
    《通知》的保障措施 is a section on that text's measures); the number it says that text was issued under (同日以…号印发
    实施) is that text's number, not another text (h198 天祝, 舞阳)."""
    if not explained:
        return refs
    refs = [
        replace(r, role=Role.CITES)
        if r.title and r.role in (Role.IMPLEMENTS, Role.BASED_ON) and _part_of_explained(r.title, explained)
        else r
        for r in refs
    ]
    own = [i for i, r in enumerate(refs) if r.title and loose_title_key(r.title) in explained]
    if len(explained) != 1 or not own or any(refs[i].doc_number is not None for i in own):
        return refs
    for k, r in enumerate(refs):
        m = ISSUED_UNDER_NUMBER.search(r.evidence.text) if r.title is None and r.doc_number is not None else None
        if m is not None and r.doc_number.prefix and r.doc_number.prefix in m.group("number"):
            refs[own[0]] = replace(refs[own[0]], doc_number=r.doc_number)
            return refs[:k] + refs[k + 1 :]
    return refs


def _part_of_explained(title: str, explained: set[str]) -> bool:
    """The text explained, or the first of the texts it names together (X of 《X及三个配套实施方案》, h272 屏边)."""
    key = loose_title_key(title)
    return key in explained or any(
        e.startswith(key) and e[len(key) : len(key) + 1] in EXPLAINED_JOINERS for e in explained
    )


EXPLAINED_JOINERS = ("及", "和", "与")  # 《X及三个配套实施方案》: X, then the texts that go with it
# 解读《X》 / 政策解读:《X》 — an interpretation's title: the word, then the text it explains in marks (h272 屏边)
EXPLAINED_AFTER_WORD = re.compile(r"^(?:政策)?解读[:：]?\s?《(?P<quoted>[^《》]{4,100})》$")
# 关于发布《X的通知》的解读说明 / 关于《X》的政策解读 — the text an interpretation explains, quoted in its title before the
# word 解读 (a few words between at most)
EXPLAINED_IN_TITLE = re.compile(r"《(?P<quoted>[^《》]{4,100})》[^《》]{0,8}解读")


# 关于X的实施意见（某政发〔2015〕54号）的内容解读 — an interpretation titled by the text it explains without book marks, that
# text's number in brackets right after its title (h218 湖南): X the text, the number its number
EXPLAINED_UNQUOTED_NUMBERED = re.compile(
    r"^(?P<title>[^《》（）()。；;，,：:]{4,100})[（(](?P<number>[^（）()《》]{2,30}号)[）)]的?[\u4e00-\u9fff]{0,4}解读$"
)


# X的通告》的政策解读 — an interpretation's title whose opening book mark is lost: X, the text it explains
EXPLAINED_LOST_MARK = re.compile(r"^(?P<quoted>[^《》]{4,100})》[^《》]{0,8}解读[\u4e00-\u9fff]{0,4}$")


def _explained_lost_mark(title: str) -> str | None:
    """X的通告》的政策解读 → X (X ending as a title), else None."""
    m = EXPLAINED_LOST_MARK.match(title)
    return m.group("quoted") if m and rx.TITLE_END.search(m.group("quoted")) else None


def _explained_unquoted(title: str) -> tuple[str, DocNumber | None] | None:
    """The text an interpretation's title names without its opening mark (X的通告》的政策解读, h169 泉港) or without
    marks, its number in brackets after it (关于X的实施意见（某政发〔2015〕54号）的内容解读, h218 湖南): (title, number)."""
    lost = _explained_lost_mark(title)
    if lost:
        return lost, None
    m = EXPLAINED_UNQUOTED_NUMBERED.match(title)
    number = parse_doc_number(m.group("number")) if m else None
    return (m.group("title"), number) if number is not None and rx.TITLE_END.search(m.group("title")) else None


def _explained_in_title(title: str) -> bool:
    """关于发布《X的通知》的解读说明 — an interpretation's title quoting, before its word 解读, a text's title."""
    m = EXPLAINED_IN_TITLE.search(title)
    return m is not None and rx.TITLE_END.search(m.group("quoted")) is not None


# 《X》文件解读如下: / ————解读《X》 / 解读人:某某 — a line only an interpretation prints: its opening naming the text it
# explains, its subtitle, its interpreter's label (its sentence 现就《X》…解读如下: EXPLAINING_SENTENCE)
INTERPRETATION_LINE = re.compile(
    r"^《[^《》]{4,100}》[\u4e00-\u9fff]{0,4}解读(?:如下)?[:：]?$|^[—\-－]{0,8}解读《|^解读(?:人|单位|机关|机构|部门)\s{0,3}[:：]"
)
MAX_INTERPRETATION_LINES = 80  # lines of a span read for an interpretation's marks


def _interprets(h: SpanHeader, title: str) -> bool:
    """Whether the span is an interpretation of another text: its title says so (《X》政策解读, 关于X的解读, (负责人解读)X),
    or, for a title without 解读 only when untitled, a line only an interpretation prints (《X》文件解读如下: / ——解读《X》
    / 解读机构:某局, or 现对《X》进行解读)."""
    if "解读" in title and (
        is_interpretation_title(title)
        or _explained_in_title(title)
        or _explained_lost_mark(title)
        or UNQUOTED_INTERPRETATION.match(title)
        or rx.INTERPRETATION_LABEL.match(title)
        or rx.INTERPRETATION_END.search(title)
    ):
        return True
    if h.span.title_end >= 0 and "解读" not in title:
        return False  # (an untitled span's title is its file's name)
    lines = h.nb[h.span.start : min(h.span.start + MAX_INTERPRETATION_LINES, h.span.end + 1)]
    # (or its sentence naming the text it explains: 现对《通知》进行政策解读, h198 天祝)
    return any(
        "解读" in l.text and (INTERPRETATION_LINE.match(c := compact(l.text)) or EXPLAINING_SENTENCE.search(c))
        for l in lines
    )


# 被解读文件地址:某县人民政府关于X的通知 / 被解读文件：《X》 — an interpretation page's link label naming the text it
# explains (h169 静宁), with or without book marks
EXPLAINED_TEXT_LABEL = re.compile(
    r"^被解读(?:的)?(?:文件|政策)(?:地址|名称|链接|标题)?\s{0,2}[:：]\s{0,2}《?(?P<title>[^《》，,。；;:：\s]{4,100}?)》?$"
)


def _explained_text_labelled(body: Sequence[Line], path: str, refs: list[Reference]) -> list[Reference]:
    """被解读文件地址:X — the text an interpretation explains, named on its link's label: CITES X (once: not where the
    page names it otherwise)."""
    have = {loose_title_key(r.title) for r in refs if r.title}
    out = []
    for line in body:
        m = EXPLAINED_TEXT_LABEL.match(compact(line.text)) if "被解读" in line.text else None
        if m and rx.TITLE_END.search(m.group("title")) and loose_title_key(m.group("title")) not in have:
            out.append(Reference(Role.CITES, m.group("title"), None, Evidence(path, line.no, line.text.strip())))
    return out


def _roles_in_the_notice(h: SpanHeader, refs: list[Reference], title: str) -> list[Reference]:
    """The roles the notice's own frame sets: a catalogue lists, a link names a file, a report's tasks divided
    carry it out, and what the notice transmits is TRANSMITS."""
    # A transmitting notice names the text(s) it transmits: those mentions are its TRANSMITS links —
    # unless a 关于修订《X》的通知 prints no revised text: then it lists the changes, and amends X.
    # (a repeal of the same title is the text's earlier version: 2024年…印发的《X》(…27号)同时废止 under the
    # notice issuing the new X, 浮山 and 广丰 h84 — still SUPERSEDES)
    transmitted = _transmitted_keys(h)
    # (a catalogue of documents, 序号 / 名称 / 文号 / 有效期 one cell a line, lists what it names: cited, whatever
    # verb a row's title holds, 深圳 h98)
    listed_lines = {h.nb[i].no for i in catalogue_tables(list(h.nb))} if "名称" in _heads(h) else set()
    if listed_lines:
        refs = [replace(r, role=Role.CITES) if r.evidence.line in listed_lines else r for r in refs]
        refs = _cells_joined(refs, listed_lines)
    # (a link to a file, X的通知（…号）.pdf, names what the page attaches: no citation, h85 新疆)
    refs = [r for r in refs if "." not in r.evidence.text or not rx.NAMED_FILE.search(r.evidence.text)]
    if rx.REPORT_TASKS_TITLE.search(title):
        # 关于分解落实政府工作报告目标任务的通知 / …重点工作任务分解表: the notice divides the report's tasks among
        # bodies, however its sentence names the report (h110 谯城, 泾县, 鄂温克)
        refs = [replace(r, role=Role.IMPLEMENTS) if _the_report(r) else r for r in refs]
    role = Role.AMENDS if rx.REVISES_ONLY.search(title) and not h.span.children else Role.TRANSMITS
    return _issued_as_titled(
        h,
        [
            Reference(role, r.title, r.doc_number, r.evidence)
            if r.title and loose_title_key(r.title) in transmitted and (r.role != Role.SUPERSEDES or _issued_here(r))
            else r
            for r in refs
        ],
    )


def _issued_as_titled(h: SpanHeader, refs: list[Reference]) -> list[Reference]:
    """What a notice issues, named as its title names it: a short name its sentence quotes that is the tail of the
    title's 《X》 (关于印发《金华市某局优化营商环境二十条措施》的通知 / 现将《优化营商环境二十条措施》印发给你们, h160 金华) is
    that X (:func:`_issuer_before`); a counted name (《X六项制度》) of texts printed below it, each its own document linked to the notice,
    is no text of its own (h160 绍兴)."""
    if not h.span.children or not any(r.role == Role.TRANSMITS for r in refs):
        return refs
    titled = [t for t in transmitted_titles(h.span.title, []) if f"《{t}》" in h.span.title]  # (as quoted there)
    out = []
    for r in refs:
        if r.role == Role.TRANSMITS and r.title:
            if transmit.COUNTED.search(r.title):
                continue
            key = loose_title_key(r.title)
            whole = next((t for t in titled if _issuer_before(h, t, key)), None)
            r = replace(r, title=whole) if whole else r
        out.append(r)
    return out


def _issuer_before(h: SpanHeader, whole: str, key: str) -> bool:
    """Whether the name ``whole`` is the short name ``key`` with its body's name before it (金华市住房和城乡建设局 +
    优化营商环境二十条措施), not a place printed twice (《甲市甲市绿色建筑管理办法》, a title's misprint)."""
    full = loose_title_key(whole)
    return len(full) > len(key) and full.endswith(key) and h.registry.looks_like_agency(full[: len(full) - len(key)])


def _the_report(r: Reference) -> bool:
    """A mention of the government's work report (政府工作报告, 2023年政府工作报告), cited only."""
    return r.role == Role.CITES and bool(r.title) and rx.WORK_REPORT.fullmatch(r.title) is not None


def _cells_joined(refs: list[Reference], listed: set[int]) -> list[Reference]:
    """A catalogue's row printed one cell a line, 《X》 over its number cell 某政〔2019〕61号: one mention, X with that
    number (h197 宣城), not a title and a number apart."""
    numbers = {r.evidence.line: r for r in refs if r.title is None and r.doc_number and r.evidence.line in listed}
    joined: dict[int, Reference] = {}
    for r in refs:
        below = numbers.get(r.evidence.line + 1) if r.title and r.doc_number is None else None
        if below is not None:
            joined[id(r)], joined[id(below)] = replace(r, doc_number=below.doc_number), below
    return [joined[id(r)] if id(r) in joined and r.title else r for r in refs if id(r) not in joined or r.title]


CATALOGUE_HEAD_CHARS = 6  # a catalogue's column head (序号 / 名称 / 名称及文号), as printed one cell a line


def _heads(h: SpanHeader) -> str:
    """The span's short lines joined (a cheap test for a catalogue's column heads)."""
    return "".join(l.text for l in h.nb[h.span.start : h.span.end + 1] if len(l.text) <= CATALOGUE_HEAD_CHARS)


def _issued_here(r: Reference) -> bool:
    """Whether a mention the sentence's 废止 made SUPERSEDES is the text the notice issues (现将《X》印发给你们，
    原《X》同时废止: the first X, 牟定 h30)."""
    key = loose_title_key(r.title or "")
    return any(
        loose_title_key(m.group(1)) == key and rx.ISSUING_AFTER_TITLE.match(m.string, m.end())
        for m in rx.QUOTED_TITLE.finditer(r.evidence.text)
    )


MAX_LINES_UNDER_TITLE_LAST = 2  # lines a page may print under a title it puts last (a date, a source)


def _title_printed_last(h: SpanHeader, files_only: bool = False) -> str | None:
    """关于报送…的通知 as one of the last lines of a notice that opens with its addressees (a page that prints
    the title under the text and its attachments, 南昌, h47), else None; ``files_only``: only a line naming the
    text's own file (a text the file's name titles, no title line found)."""
    sp = h.span
    for i in range(sp.end, max(sp.start, sp.end - MAX_LINES_UNDER_TITLE_LAST - 1), -1):
        c = compact(h.nb[i].text)
        first = not files_only and c.startswith(("关于", "《关于"))
        if first and c.endswith(rx.DOC_TYPES) and looks_like_title(c):
            return clean_title(c)
        if (named := _title_of_own_file(h, i, c)) is not None:
            return named
    return None


def _title_below(h: SpanHeader, title: str) -> str | None:
    """The title printed under an untitled text (its last lines), or the one its own file's name prints when the
    text is known by the file's name (no title line found)."""
    if h.span.anchor_kind == "untitled" and not title:
        return _title_printed_last(h)
    if h.span.anchor_kind == "file" and h.span.title_end < 0:
        return _title_printed_last(h, files_only=True)
    return None


MAX_ISSUERS_BEFORE_ABOUT = 40  # characters of issuers a file's name may print before its 关于


def _title_of_own_file(h: SpanHeader, i: int, c: str) -> str | None:
    """``某局关于X的通知（某字〔2019〕59号）.pdf`` / ``附件: 关于X的公示.pdf`` below the signature of a text that opens
    with its addressees: the file of the text itself, named by its title (h270 湖南, 南京) — unless the text above
    names it (an attachment it lists)."""
    m = rx.OWN_FILE_TITLE_LINE.match(c)
    t = clean_title(m.group("title")) if m else ""
    if not t or not 0 <= t.find("关于") <= MAX_ISSUERS_BEFORE_ABOUT:
        return None
    titled = (t.endswith(rx.DOC_TYPES) and looks_like_title(t)) or PUBLICITY_TITLE.match(t) is not None
    if not titled or any(t in compact(h.nb[j].text) for j in range(h.span.start, i)):
        return None
    return t


# ——2021年6月22日某市第二届人民代表大会 / 第二次会议通过 — a plan's passage note under its title, led by a dash
# (the page may break it over two lines, a blank line between): the text's date
DASH_NOTE_HEAD = re.compile(r"^[—－\-]{1,3}(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[^（）()。；;，,]{2,60}$")
PASSED_AT_MEETING_END = re.compile(r"(?:会议|全会)[^（）()。；;，,]{0,6}?(?:通过|批准)$")
MAX_LINES_TO_DASH_NOTE = (
    8  # lines from a title down to its dash-led passage note (a page's source, date and title again)
)


def _date_of_entry_above(h: SpanHeader) -> str | None:
    """The date a compilation's entry notes after the title, printed right above it (4. X（2023年4月12日） / X, h62)."""
    at = date_of_entry_over_title(h.nb, h.span.start) if h.span.start == h.span.title_end else None
    return parse_date(at) if at else None


def _date_of_dash_note(h: SpanHeader) -> str | None:
    """The date of a ——date…会议 / …通过 passage note under the title, on one line or two (h145 昌都, 日喀则)."""
    sp, nb = h.span, h.nb
    top = max(sp.title_end, sp.start) + 1
    for i in range(top, min(top + MAX_LINES_TO_DASH_NOTE, sp.end + 1, len(nb))):
        c = compact(nb[i].text)
        if rx.SENTENCE_END.search(c):
            return None
        m = DASH_NOTE_HEAD.match(c)
        if m is None:
            continue
        whole = c if i + 1 >= len(nb) else c + compact(nb[i + 1].text)
        return (
            parse_date(m.group("date"))
            if PASSED_AT_MEETING_END.search(c) or PASSED_AT_MEETING_END.search(whole)
            else None
        )
    return None


def title_without_chrome(reg: AgencyRegistry, title: str, raw_title: str = "") -> str:
    """``EHS中国法规首页山西省人民政府关于…`` → ``山西省人民政府关于…`` (h103 山西), ``首页区县招商…新闻中心北京市海淀区
    人民政府关于…`` (h105 海淀), ``〔城市建设〕国务院办公厅关于…`` (h124): a site's words glued before a title whose
    head ends with the issuers the title names (header.title_issuers, which leaves such words out) — the words
    before them, which title_issuers found no agency, are no part of the title (a head that is all issuers, 中共某省委 某省人民政府关于…, and a
    hijacked mirror's name alone before 关于, with no body after it, stay)."""
    at = title.find("关于")
    if at <= 0:
        return title
    names = title_issuers(reg, title, raw_title)
    joined = "".join(names)
    head = title[:at]
    if not names or head == joined or not head.endswith(joined):
        return title
    return title[at - len(joined) :]


def _not_of_explained_text(found: Issuers, title: str, where: int) -> Issuers:
    """The issuers found, unless they are the names heading an interpretation's title (某局关于X公告的解读): those head
    the title of the text it explains, no issuer of the interpretation (h76 内蒙古; the h46 convention: [])."""
    explains = "解读" in title and (
        UNQUOTED_INTERPRETATION.match(title) is not None or _explained_lost_mark(title) is not None
    )
    return NO_ISSUERS if explains and found.line == where else found


def document_of_span(h: SpanHeader, path: str, problems: list[Problem]) -> ParsedDocument:
    """One document of a publication, its header read by the span sources."""
    sp, title, number = h.span, h.span.title, h.number
    title = without_publisher_before_about(title_without_chrome(h.registry, title, sp.raw_title or ""))
    where = h.nb[sp.start].no
    found = _joint_forms_apart(_not_of_explained_text(first(SPAN_ISSUER_SOURCES, h) or NO_ISSUERS, title, where))
    date = first(SPAN_DATE_SOURCES, h) or _date_of_dash_note(h) or _date_of_entry_above(h)
    last = _title_below(h, title)
    printed = last is not None or not (sp.anchor_kind == "untitled" or (sp.anchor_kind == "file" and sp.title_end < 0))
    if last is not None:  # the addressees open the file, the title closes it
        title = last
        msg = f"a notice whose title is printed after its text (the file opens with its addressees): {title!r}"
        problems.append(Problem(path, where, "title-below", msg))
    elif sp.anchor_kind == "untitled" and not title:  # the addressees open the file: named by the file
        title = Path(path).stem
        msg = f"a notice with no title line (the file opens with its addressees): untitled, known by its file's name {title!r}"
        problems.append(Problem(path, where, "untitled", msg))
    elif sp.anchor_kind == "untitled":
        msg = f"a document with doc number {title} and no title line: untitled, known by its number"
        problems.append(Problem(path, where, "untitled", msg))
    elif sp.anchor_kind == AnchorKind.TRANSMITTED and sp.title_end < sp.start:  # (segment._untitled_text_below)
        msg = f"a text printed without its title line under the notice that issues it; titled {title!r} as the notice names it"
        problems.append(Problem(path, where, "untitled", msg))
    around = h.parent.jurisdiction if h.parent is not None else None
    text_place = _province_of_text(h) if placeless(found.names) else None
    agencies = resolve_issuers(
        h.registry, found.names, title=title, number=number, around=around, text_place=text_place
    )
    unplaced = placeless(found.names) and not all(a.known for a in agencies)
    local = _place_the_title_names(h, found.names, number, province=text_place) if unplaced else None
    if unplaced and local is None:  # 市发改委 over 常发改〔2022〕110号 in a text naming 常州 (h128)
        local = city_of_number_head(h.registry, found.names, number, "\n".join(l.text for l in h.nb))
    if unplaced and local is None and not printed:  # 县委组织部决定… in an untitled text naming 泸溪县 (h263)
        local = _one_place_the_opening_names(h, found.names, province=text_place)
    if local:  # 市人民政府办公室 over a title naming 六盘水 (h38)
        agencies = [a if a.known else h.registry.resolve(x, context=local) or a for x, a in zip(found.names, agencies)]
    problems.extend(unknown_issuers(path, found.line or where, found.names, agencies))
    level, jurisdiction = level_and_jurisdiction(agencies, number=number, notice=h.parent if h.inherits else None)
    body = Body.of(h.body, default_line=where)
    named_in = title if h.parent is None else h.parent.title + title  # (an issued text: its notice's title)
    eff = (effective_date(h.note, date) if h.note else None) or effective_date(body.text, date)
    return ParsedDocument(
        title=title,
        source_file=path,
        source_line=where,
        end_line=h.nb[sp.end].no,
        doc_number=number,
        doc_type=doc_type_of(title),
        # (an unknown body's name keeps the quotation marks its title prints: 推进“三地一区”建设领导小组…, h214)
        issuers=tuple(dict.fromkeys(a.name if a.known else quotes_as_printed(a.name, named_in) for a in agencies)),
        issuer_line=found.line,
        date=date,
        effective_date=eff,
        expiry_date=expiry_date(body.text, eff or date),
        level=level,
        jurisdiction=jurisdiction,
        references=tuple(_span_references(h, body, path)),
        targets=tuple(group_targets(body, path, title=title, title_line=where)),
        transmitted_by=sp.transmitted_by,
        inherits_from_notice=h.inherits,
        title_printed=printed,
    )


# ================================================================ one law per file
def document_of_law(f: LawFile) -> ParsedDocument | None:
    """A law of a one-document-per-file collection, its header read by the law sources."""
    if f.title is None or not f.title.text:
        return None
    title, number = f.title.text, f.number
    found = first(LAW_ISSUER_SOURCES, f) or NO_ISSUERS
    date = first(LAW_DATE_SOURCES, f)
    # (in the title's place: 宁波市X条例 passed by 市十四届人大常委会 is 宁波市人民代表大会常务委员会's)
    agencies = resolve_issuers(f.registry, found.names, title=title, number=number)
    level, jurisdiction = level_and_jurisdiction(agencies, number=number)
    body = Body.of([l for l in f.lines[f.info_end :] if l.text], default_line=f.title.line)
    eff = effective_date(body.text, date) or law_effective_date(f)
    # Quoted titles only, 〈〉 left nested: amended_titles would read one LawRefBook judicial
    # interpretation (关于修改《…〈…〉…》的决定) differently and change the law graph.
    am = rx.AMEND_TITLE.search(title)
    refs = find_references(
        body.text,
        file=f.path,
        line_of=body.line_of,
        own_titles=[title],
        amends_titles=rx.QUOTED_TITLE.findall(am.group("what")) if am else [],
    )
    return ParsedDocument(
        title=title,
        source_file=f.path,
        source_line=f.title.line,
        end_line=len(f.raw),
        doc_number=number,
        doc_type=doc_type_of(title),
        issuers=tuple(a.name for a in agencies),
        issuer_line=found.line,
        date=date,
        effective_date=eff,
        expiry_date=expiry_date(body.text, eff or date),
        level=level,
        jurisdiction=jurisdiction,
        references=tuple(refs),
        targets=tuple(group_targets(body, f.path, title=title, title_line=f.title.line)),
    )


# ================================================================ a file without header anchors
MIN_FALLBACK_CHARS = 200  # a file with no header anchor and less text than this is no document


# - · 关于…的通知 2024年10月09日 / - 关于印发…上市交...2024年08月21日 — a portal index's link: a bullet, a title (maybe
# cut by ...), its posting date glued on
LINK_ENTRY = re.compile(
    r"^(?:[-*•·]\s{0,3}){0,3}(?P<title>[^。；;！？!?]{4,120}?)(?P<cut>\.{3}|…{1,2})?\s{0,3}"
    r"(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2})$"
)
MIN_LINK_ENTRIES = 5


def _link_index(nb: Sequence[Line]) -> bool:
    """Nearly every line is a link title with its date glued on, or a bare title (a link whose date the page
    printed apart): an index page, none of its titles a document printed there (海南 保亭 h145 disclosure index)."""
    dated = titles = 0
    for line in nb:
        m = LINK_ENTRY.match(line.text.strip())
        if m and (m.group("cut") or rx.TITLE_END.search(compact(m.group("title")))):
            dated += 1
        elif rx.TITLE.match(compact(line.text).lstrip("-*•·")):
            titles += 1
    return dated >= MIN_LINK_ENTRIES and dated + titles >= 0.8 * len(nb)


MIN_SPELLED_CHARS = 2  # one-character lines that spell out the end of a cover's title
MAX_COVER_TITLE = 40  # characters of a cover's title


def cover_title_spelled_out(nb: Sequence[Line]) -> Title | None:
    """内江市农民工服务保障 / 问 / 答 / 手 / 册 — a Word cover's title set wide, its last words one character a line
    (h158 内江 handbook): the first line and the single characters under it are the title, when no sentence is
    in them."""
    if len(nb) < 1 + MIN_SPELLED_CHARS:
        return None
    head = compact(nb[0].text)
    k = 1
    while k < len(nb) and len(compact(nb[k].text)) == 1 and "\u4e00" <= compact(nb[k].text) <= "\u9fff":
        k += 1
    if k - 1 < MIN_SPELLED_CHARS or not 4 <= len(head) or rx.SENTENCE_END.search(head) or "。" in head:
        return None
    text = head + "".join(compact(nb[x].text) for x in range(1, k))
    return Title(text, nb[0].no, 0) if len(text) <= MAX_COVER_TITLE else None


# 6. 中共某省委某省人民政府印发《某省X实施意见》（2023 年2 月13 日） — a compilation's headline over an issued text
ENTRY_HEADLINE = re.compile(
    r"^\d{1,3}[.．、](?P<by>[^《》。；;]{2,60}?)印发《(?P<what>[^《》]{2,100})》[（(](?P<date>[^（）()]{6,16})[）)]$"
)
MAX_HEADLINE_LINES = 4  # lines a compilation's headline wraps over (a PDF cuts inside the 《》)


def entry_headline_title(nb: Sequence[Line]) -> Title | None:
    """``6. 某省委某省人民政府印发 / 《某省X实施 / 意见》（2023 年2 月13 日）`` — a compilation's entry headline that reports
    a text issued (its notice is not printed, no 的通知 after the 《》) over the text itself (h48 陕西): the text
    is titled by the 《》 of the headline, which stands on its first line."""
    text = ""
    for k in range(min(MAX_HEADLINE_LINES, len(nb))):
        text += compact(nb[k].text)
        if "》" in text:
            m = ENTRY_HEADLINE.match(text)
            return Title(m.group("what"), nb[0].no, 0) if m and rx.DATE.search(m.group("date")) else None
    return None


# - 中文名:某县森林火灾应急预案 / • 中文名: X — an encyclopedia page's infobox row naming the text
INFOBOX_NAME = re.compile(r"^(?:[-*•]\s{0,3})?中文名称?[:：]\s{0,3}(?P<what>.{4,80})$")
# 2023年12月,某省委办公厅、某省人民政府办公厅发布《X细则》,自发布之日起施行 — a page's publication note on its text
PUBLISHED_NOTE = re.compile(r"^[^《》。；]{0,80}?(?:发布|印发|公布)《(?P<what>[^《》]{4,80})》")
MAX_UNTITLED_HEAD = 12  # lines at a page's top where an infobox or a publication note names the text


def title_of_named_page(nb: Sequence[Line]) -> Title | None:
    """The text of an encyclopedia page that prints no heading, named by its infobox (``- 中文名:某县X预案``, h126
    水城) or by the publication note over it (``2023年12月,某厅发布《某省X细则》,自发布之日起施行``, h35 山西): that
    name, on its line, when it ends as a title (a note only over the text's first chapter or article)."""
    for k in range(min(MAX_UNTITLED_HEAD, len(nb))):
        c = compact(nb[k].text)
        m = INFOBOX_NAME.match(c) or (PUBLISHED_NOTE.match(c) if _articles_below(nb, k) else None)
        if m and rx.TITLE.match(m.group("what")):
            return Title(m.group("what"), nb[k].no, k)
    return None


# 《某市X实施方案.docx》由会员分享,可在线阅读… — a document-sharing site's blurb naming the shared file
SHARED_FILE_BLURB = re.compile(r"^《(?P<name>[^\n]{4,160}?)\.(?:docx?|pdf|wps)》由会员分享")
# 1、某市X实施方案为深入贯彻… — the site's first page chunk, its number before the text's first words
FIRST_CHUNK = re.compile(r"^1[、.．]")
MAX_BLURB_LINE = 4  # non-blank lines from a page's top down to a sharing site's blurb
BOOK_MARKS = "《》〈〉"


def title_of_shared_file(nb: Sequence[Line]) -> tuple[Title, list[Line]] | None:
    """``《某市贯彻落实《X》实施方案.docx》由会员分享… / 1、某市贯彻落实X实施方案为深入贯彻…`` — a document-sharing
    site's page (h52 嘉兴, h112 怀化): the file's name in the blurb, the text's title glued to its first words in the
    chunk ``1、`` under it.  The title is the chunk's opening that spells the file's name (its book marks lost, a
    punctuation mark printed as another), on the chunk's line; the lines again with that line cut in two after the
    title, so that its first words are the text's body."""
    for k in range(min(MAX_BLURB_LINE, len(nb) - 1)):
        m = SHARED_FILE_BLURB.match(compact(nb[k].text))
        if m is None:
            continue
        chunk = compact(nb[k + 1].text)
        head = FIRST_CHUNK.match(chunk)
        end = _spelled_out(m.group("name"), chunk, head.end()) if head else None
        if not head or not end:
            return None
        no = nb[k + 1].no
        cut = [Line(no, chunk[head.end() : end])] + ([Line(no, chunk[end:])] if chunk[end:] else [])
        return Title(clean_title(chunk[head.end() : end]), no, k + 1), [*nb[: k + 1], *cut, *nb[k + 2 :]]
    return None


def _spelled_out(name: str, text: str, at: int) -> int | None:
    """Where ``text`` from ``at`` ends spelling ``name`` out character by character (its book marks may be missing,
    and a punctuation mark may stand for another), else None."""
    j = at
    for ch in name:
        if j < len(text) and text[j] == ch:
            j += 1
        elif ch in BOOK_MARKS:
            continue  # (《X》 printed as X)
        elif j < len(text) and not ch.isalnum() and not text[j].isalnum():
            j += 1  # (修正案草案·征求意见稿 printed as 修正案草案,征求意见稿)
        else:
            return None
    return j


def _articles_below(nb: Sequence[Line], k: int) -> bool:
    """The text itself opens within the few lines under line ``k``: 第一章 / 第一条 (a news report that names a
    text it does not print has no articles under its lead)."""
    return any(rx.FIRST_ARTICLE.match(compact(nb[x].text)) for x in range(k + 1, min(k + 4, len(nb))))


def _signed_and_dated(nb: Sequence[Line]) -> bool:
    """陕西省人民政府 / 二○○九年十二月二十一日: a body's name on its own line over a date line — a signature."""
    return any(
        4 <= len(compact(nb[k].text)) <= 40
        and rx.AGENCY_NAME_END.search(compact(nb[k].text)) is not None
        and not rx.SENTENCE_END.search(compact(nb[k].text))
        and rx.DATE_LINE.match(compact(nb[k + 1].text)) is not None
        for k in range(len(nb) - 1)
    )


def short_text_with_header(nb: Sequence[Line]) -> bool:
    """A short untitled text that is still a document: it opens with its passing note ((2015年11月26日…常务委员会
    第十七次会议通过) over a one-sentence decision, h113 河南), or it is signed and dated (各市…： / 《X》…现予以
    公布。 / 陕西省人民政府 / date, h59 陕西; (2022年第126号) / …特此通告。 / 国家药监局 / date, h64) — its title was
    not printed, its text was."""
    if not nb:
        return False
    first = compact(nb[0].text)
    if AMENDING_OPENING.search(first):  # (为了完善我市…,对《X》作如下修改: / one item: an untitled decision, h201 白城)
        return True
    return (first.startswith(("（", "(")) and rx.PROMULGATION_NOTE.match(first) is not None) or _signed_and_dated(nb)


# …决定对《某市某某条例》作如下修改: — a text's opening sentence that makes it an amending decision, whatever else of
# it was printed (its title, issuer and date lost: an e-paper's untitled article)
AMENDING_OPENING = re.compile(r"对《[^《》]{2,80}》(?:作|做)(?:如下|以下)(?:修改|修正|修订)[:：]?$")


def _short_page_headed(f: FileText) -> bool:
    """A short page with a heading: a notice's whose text is a PDF link (h85), a meeting record's (h261 盘山)."""
    return heading_of_a_short_page(f) is not None or meeting_record_headline(f) is not None


MIN_TITLE_ALONE = 8  # characters of a file's one line that stands for the document it titles


def _title_alone(nb: Sequence[Line]) -> bool:
    """A file whose one line is a title (重庆市…补助资金管理工作规程, h126 石柱): the document, its text not kept."""
    return len(nb) == 1 and len(compact(nb[0].text)) >= MIN_TITLE_ALONE and looks_like_title(nb[0].text)


# 某 (a CJK ideograph, simplified or traditional): the letters of a Chinese text
HAN_LETTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# 공고 / ᠮᠣᠩᠭᠣᠯ / བརྡ་ཁྱབ / ئۇقتۇرۇش / қаулы — the letters of a text in a minority language of China: Hangul (syllables,
# jamo), Tibetan, Mongolian, Arabic script (Uyghur, Kazakh; with its presentation forms), Cyrillic
MINORITY_LETTER = re.compile(
    r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u0f00-\u0fff\u1800-\u18af"
    r"\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\u0400-\u04ff]"
)
MIN_BODY_LETTERS = 20  # letters of a line of a text's body (a page's date, 来源 or office line has fewer)
MIN_HAN_SHARE = 0.5  # share of Chinese letters among a body's letters that makes it a Chinese text


def _other_language_text(nb: Sequence[Line]) -> bool:
    """A text printed in a minority language under a Chinese page's chrome (延边's Korean 공고, 拉萨's Tibetan 通告,
    a Uyghur or Kazakh news site's page, h220): the lines of its body (those with MIN_BODY_LETTERS letters or
    more) hold more Korean, Tibetan, Mongolian, Arabic-script or Cyrillic letters than Chinese ones."""
    han = other = 0
    for l in nb:
        h, o = len(HAN_LETTER.findall(l.text)), len(MINORITY_LETTER.findall(l.text))
        if h + o >= MIN_BODY_LETTERS:
            han, other = han + h, other + o
    return other > 0 and han < MIN_HAN_SHARE * (han + other)


def _title_heading_first_line(path: str, nb: list[Line], t: Title) -> tuple[Title, list[Line]]:
    """A whole text stored as the file's first line, opening with the title a later line prints again (X的通告 据…
    某指挥部 2023年3月6日 / X的通告 / X的通告, a forum's repost with its headings under the post, h249 恭城): the copy
    follows the text it heads, so the title is the first line's and the text runs from there (its sentences, basis
    and date below the title); ``t`` and ``nb`` unchanged otherwise."""
    flat = unflatten(nb[:1])
    cut = title_like_line(FileText(path, flat)) if len(flat) > 1 else None
    if cut is None or cut.index != 0 or compact(cut.text) != compact(t.text):
        return t, nb
    return cut, [*flat, *nb[1:]]


def document_of_fallback(
    lines: Sequence[Line], path: str, problems: list[Problem], *, registry: AgencyRegistry | None = None
) -> list[ParsedDocument] | None:
    """A file with no header anchors: one document titled by its first title-like line (else by the
    file's name, said in a problem), and the texts it issues printed below its signature (see
    :func:`texts_below_whole_file`).  Too little text (under 200 characters) is no document, unless it holds a
    repeal list."""
    nb = [l for l in lines if l.text]
    if _link_index(nb):
        problems.append(Problem(path, nb[0].no, "contents-only", "a page of link titles and their dates: no document"))
        return None
    # (a short decision whose repeal list is whole is a document: 市政府决定对以下2件规章予以废止, h55; so is a
    # page with one heading and a PDF link for its text, h85)
    if sum(len(l.text) for l in nb) < MIN_FALLBACK_CHARS and not list_items(nb) and not short_text_with_header(nb):
        if not _short_page_headed(FileText(path, nb)) and not _title_alone(nb):
            return None
    t = (
        cover_title_spelled_out(nb)
        or entry_headline_title(nb)
        or first(FALLBACK_TITLE_SOURCES, FileText(path, nb, [l for l in lines if l.furniture]))
    )  # (the file's name last)
    if t.index is None and len(nb) == 1:  # (a whole 通告 stored as one line: its title | 根据…, h177 丰泽)
        flat = unflatten(nb)
        cut = title_like_line(FileText(path, flat)) if len(flat) > 1 else None
        if cut is not None and cut.index == 0:
            t, nb = cut, flat
    if t.index and len(nb[0].text) >= rx.FLAT_MIN_CHARS:  # (the title read from a copy under a whole first line)
        t, nb = _title_heading_first_line(path, nb, t)
    shared = title_of_shared_file(nb) if t.index is None else None
    if shared:  # (a sharing site's chunk: the title glued to the text's first words, cut apart)
        t, nb = shared
    t = (title_of_named_page(nb) or t) if t.index is None else (_own_copy_below(nb, t) or t)
    end = len(nb) - 1
    if t.index is None and _other_language_text(nb):  # (its Chinese version not printed: no Chinese document)
        msg = "a text in a minority language with no Chinese title: no Chinese document"
        problems.append(Problem(path, nb[0].no, "other-language", msg))
        return None
    if t.index is None:  # a scraper dropped the title line: keep the text, say so
        msg = f"no title line found; the file's text is kept as one untitled document, known by {t.text!r}"
        problems.append(Problem(path, nb[0].no, "untitled", msg))
        # no line is its title: the text from its first line is the body (根据《X》… on line 1 cites X), or from
        # under a portal's table printed values first (索引号 / number / date … then its labels: its header)
        table = table_printed_values_first(FileText(path, nb, [l for l in lines if l.furniture]))
        anchor = -1 if table is None else table
        sp = Span(title=t.text, start=0, title_end=-1, anchor=anchor, anchor_kind="file", end=end)
    elif (k := _notice_under_headline(nb, t.index, t.text)) is not None:  # (h239 西宁: the notice, untitled)
        sp = Span(title="", start=k, title_end=-1, anchor=k - 1, anchor_kind=AnchorKind.UNTITLED, end=end)
    else:
        last = last_title_line(nb, t.index, t.text)  # (a title over lines: h144 长治, h148 昌吉)
        sp = Span(
            title=t.text,
            start=t.index,
            title_end=last,
            anchor=last,
            anchor_kind="file",
            end=end,
            header_start=decree_above(nb, t.index),
        )
        if last > t.index:  # (its lines as printed: the spaces between stacked issuers tell them apart, h219 莒县)
            sp.raw_title = " ".join(nb[x].text for x in range(t.index, last + 1))
    reg = default_registry() if registry is None else registry
    # (an interpretation, 解读《关于公布X的通知》, issues nothing: the X it names is the notice's)
    issuing = t.index is not None and not is_interpretation_title(t.text) and "解读" not in t.text
    spans = texts_below_whole_file(nb, sp) if issuing else texts_below_untitled_notice(nb, sp)  # (untitled: h98)
    if len(spans) > 1 or spans[0] is not sp:  # (the texts issued below the signature: documents of their own)
        return documents_of_spans(nb, spans, path, problems, registry=reg)
    return [document_of_span(SpanHeader(nb, sp, reg), path, problems)]


MAX_COPY_BELOW = 6  # non-blank lines from a site's headline down to the text's own copy of its title
MIN_COPY_SHARE = 0.4  # of the headline's key that the text's own, shorter copy of the title keeps


def _own_copy_below(nb: Sequence[Line], t: Title) -> Title | None:
    """某县关于在公共场所禁止吸烟的通告 / 分享至 / （原标题：…） / 在公共场所禁止吸烟的通告 — a site's headline over the
    text's own title printed shorter (the headline adds a place, a year or a note in brackets: 政府工作报告（2022年） /
    发布日期… / 政府工作报告, h116, h257, h89), only short lines (no sentence) between: the title is the copy, where the
    text starts.  Not a line of a title broken over lines (某县关于 / 在公共场所禁止吸烟的通告: the line above and it are
    in the headline together), nor a copy that leaves out only the issuers (关于X: the title is the whole headline), nor
    one going on at the next line."""
    head = title_key(t.text)
    top = last_title_line(nb, t.index, t.text) + 1
    for k in range(top, min(len(nb), top + MAX_COPY_BELOW)):
        c = compact(nb[k].text)
        if rx.SENTENCE_END.search(c):
            return None
        c = c[1:] if c.startswith("《") and "》" not in c else c  # (《X的公告 — a copy whose mark was not closed)
        key = title_key(c)
        above = title_key(compact(nb[k - 1].text))
        below = title_key(compact(nb[k + 1].text)) if k + 1 < len(nb) else ""
        if (
            key != head
            and not key.startswith("关于")  # (关于X的通告 under 某区人民政府 / 关于X的通告: the title's tail, h204)
            and not (below and below in head)  # (a copy broken over lines: 某区X规划 / 2021-2025, h104)
            and len(key) >= MIN_COPY_SHARE * len(head)
            and key in head
            and above + key not in head
            and rx.TITLE_END.search(c)
            and looks_like_title(c)
        ):
            return Title(c, nb[k].no, k)
    return None


# 为保障…，根据《X》…，决定…，现将有关事宜通告如下： — the first line of an untitled notice: its purpose or basis,
# then the sentence announcing what follows
NOTICE_FIRST_LINE = re.compile(
    r"^(?:为了?|根据|按照|依据|依照)[^。]{0,200}?(?:(?:通告|公告|通知|决定)(?:如下|以下)|研究决定)"
)
MAX_HEADLINE_TO_NOTICE = 8  # lines from a news headline down to the first line of the notice it reports
MAX_NEWS_FURNITURE = 60  # characters of a line between them: the source and time, the headline again, a marker


def _notice_under_headline(nb: Sequence[Line], title_at: int, title: str) -> int | None:
    """The line where an untitled notice opens under a news headline naming no genre (西宁市9月1日起划定部分区域为
    高中风险区 / 来源… / the headline again / 为保障…，根据《X》…，现将相关事宜通告如下：, h239 西宁): only short lines
    (no sentence) between them."""
    if rx.TITLE_END.search(title) or "关于" in title:
        return None
    for k in range(title_at + 1, min(len(nb), title_at + 1 + MAX_HEADLINE_TO_NOTICE)):
        c = compact(nb[k].text)
        if NOTICE_FIRST_LINE.match(c):
            return k
        if len(c) > MAX_NEWS_FURNITURE or rx.SENTENCE_END.search(c):
            return None
    return None


# ================================================================ portal pages
MAX_HEADING_TO_TABLE = 5  # lines from a page's heading (the first document's title) to its metadata table (a posting time between, 南京 h93)
MAX_TABLE_TO_TITLE = 8  # lines from a metadata table's last field down to the title of the page's first text


def _table_right_above(fields: PortalFields, title_line: int, lines: Sequence[Line]) -> bool:
    """The table's fields end right above the title: within MAX_TABLE_TO_TITLE lines, or with no sentence
    between (a table printed one cell a line, 常山 h49)."""
    above = [line for line in fields.field_lines if line < title_line]
    if not above:
        return False
    if title_line - above[-1] <= MAX_TABLE_TO_TITLE:
        return True
    between = [l.text for l in lines if above[-1] < l.no < title_line and l.text]
    return len(between) <= 2 * MAX_TABLE_TO_TITLE and not any(rx.SENTENCE_END.search(t) for t in between)


# 政策 / 通知公告 / 政策文件 — a site's column tag on a line of its own between a page's heading and its table
SITE_TAG = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _only_heading_above(title: str, first_field: int, lines: Sequence[Line]) -> bool:
    """Nothing above the table's first field but, maybe, the page's heading repeating the document's title
    (民用航空导航设备开放与运作管理规定（交通运输部令2021年第2号） / 文号：… / …, the rule below: h159 交通运输部)."""
    above = [compact(l.text) for l in lines if l.no < first_field and l.text.strip()]
    above = [a for a in above if not SITE_TAG.fullmatch(a)]  # (政策 / 通知公告: the site's column, h58 泰州)
    key = mention_key(title) if title else ""
    return not above or (len(above) == 1 and bool(key) and mention_key(above[0]).startswith(key))


def _one_text(docs: Sequence[ParsedDocument]) -> bool:
    """One document on the page, maybe with the texts it issues or transmits printed below it."""
    return bool(docs) and all(d.transmitted_by == 0 for d in docs[1:])


def _portal_match(page: PortalPage, docs: Sequence[ParsedDocument], lines: Sequence[Line] = ()) -> int | None:
    """Which of the text's documents the table describes: by title, by number, else an untitled first one."""
    fields = page.fields
    k = mention_key(fields.title) if fields.title else None
    idx = next((i for i, d in enumerate(docs) if k and mention_key(d.title) == k), None)
    if (
        idx is None
        and k
        and docs
        and docs[0].source_line == fields.title_line
        and mention_key(docs[0].title).startswith(k)
    ):
        idx = (
            0  # 标题 某市人民政府办公室 / 关于印发《X》的通知: the table's title row goes on over lines (h164 呼和浩特)
        )
    if idx is None and fields.number:
        idx = next((i for i, d in enumerate(docs) if str(d.doc_number) == fields.number), None)
        idx = _damaged_number_match(page, docs, lines) if idx is None else idx
    if idx is None and docs and docs[0].title == str(docs[0].doc_number):
        idx = 0  # an untitled document (titled by its number): the table names it
    if idx is None and docs and docs[0].title == Path(docs[0].source_file).stem:
        idx = 0  # the first text, titled by the file's name (no title line found): the table names it
    if idx is None and fields.first_line and docs and docs[0].doc_number is None:
        if 0 < fields.first_line - docs[0].source_line <= MAX_HEADING_TO_TABLE:
            return 0  # the page's heading, its table right under it (索引号 … 文号 …), then the text
        if _table_right_above(fields, docs[0].source_line, lines) or _table_in_notice_head(fields, docs, lines):
            return 0  # the table over the page's first text (永嘉 h47, 泉州 h53): 索引号 … 文号 …, then the title;
            # 关于印发X的通知 / a site's buttons / 发文字号… 颁布日期… / 各市：… / X (h185 青海): the notice's table
    if idx is None and fields.field_lines and docs and docs[0].doc_number is None:
        below = fields.field_lines[0] - docs[0].source_line
        between = [l.text for l in lines if docs[0].source_line < l.no < fields.field_lines[0] - 1 and l.text]
        if 0 < below <= 2 * MAX_TABLE_TO_TITLE and not between:
            return 0  # the page's heading, nothing but the table's first label under it (发布单位 / X … 发布日期, h122 晋城)
    if idx is None and _one_text(docs) and docs[0].doc_number is None and fields.field_lines:
        first_field, last_field = fields.field_lines[0], fields.field_lines[-1]
        if last_field < docs[0].source_line and _only_heading_above(docs[0].title, first_field, lines):
            return 0  # the table opens the page, its one document below (h111 证监会: 发文字号… / 发文日期…, the order's note;
            # 发布部门:市政府办 over a notice and the texts it issues, h58 泰州)
    if idx is None and len(docs) == 1 and docs[0].doc_number is None and page.number is not None:
        if agency_heading_title(page.registry, docs[0].title, page.number):
            idx = 0  # 镇巴县人民政府工作规则, its number 镇政发… printed only in the table
    if idx is None and docs and _issuer_row_under_title(page.fields, docs[0]):
        idx = 0  # the title, its number, 制定机关:X under them (h162 文物普查办公室)
    return idx


def _damaged_number_match(page: PortalPage, docs: Sequence[ParsedDocument], lines: Sequence[Line]) -> int | None:
    """0 when the first text's number, read from a damaged line (元政2024〕1), is the table's sound one of the same
    year and serial (元政规〔2024〕1号, h192 元谋) — see records.repairs_damaged_number."""
    if not docs or docs[0].doc_number is None:
        return None
    return 0 if repairs_damaged_number(page.number, docs[0].doc_number, "\n".join(l.text for l in lines)) else None


def _table_in_notice_head(fields: PortalFields, docs: Sequence[ParsedDocument], lines: Sequence[Line]) -> bool:
    """A notice and the texts it issues, the table printed under the notice's title (a site's buttons and notes
    between, no sentence of the text above the table) and above the first text it issues: the table is the
    notice's, not the issued text's."""
    if len(docs) < 2 or not _one_text(docs) or docs[0].doc_number is not None or not fields.field_lines:
        return False
    first, last = fields.field_lines[0], fields.field_lines[-1]
    if not docs[0].source_line < first <= last < docs[1].source_line:
        return False
    between = (l.text for l in lines if docs[0].source_line < l.no < first and l.text)
    return not any(rx.SENTENCE_END.search(t) for t in between)


def _titled_by_heading_under_table(
    page: PortalPage, docs: Sequence[ParsedDocument], lines: Sequence[Line]
) -> PortalPage:
    """A table with no 标题 row (索引号 / 发布机构 / 成文日期 / 文号 …) over a page whose text found no title (site menus
    above, the notice's body not crawled, h163 四川): the title-like line right under the table's last field is
    the title the table describes, as if its 标题 row had named it."""
    fields = page.fields
    if fields.title or not fields.field_lines or len(docs) > 1:
        return page
    if docs and docs[0].title != Path(docs[0].source_file).stem:
        return page  # (the text found its own title)
    last = fields.field_lines[-1]
    below = [l for l in lines if last < l.no <= last + MAX_TABLE_TO_TITLE and l.text.strip()]
    if not below or not looks_like_title(below[0].text) or rx.SENTENCE_END.search(below[0].text):
        return page
    heading = clean_title(below[0].text)
    return replace(page, fields=replace(fields, title=heading, title_line=below[0].no))


def _issuer_row_under_title(fields: PortalFields, d: ParsedDocument) -> bool:
    """``关于X的通知`` / ``办普查函〔2008〕224号`` / ``制定机关:甲局某某办公室`` / the date — a label row naming the
    issuer of a title that names none, a few lines under it (a wiki page's header, h162 文物局): the table
    names no title or number of its own, and every field of it lies under that title."""
    if not fields.issuer or fields.issuer_is_publisher or fields.title or fields.number or d.issuers:
        return False
    return bool(fields.field_lines) and all(0 < l - d.source_line <= MAX_HEADING_TO_TABLE for l in fields.field_lines)


def _fill_from_portal(page: PortalPage, d: ParsedDocument, path: str, text: str = "") -> ParsedDocument:
    """The table's fields where the text leaves them open (``text``: the page's, where a body named by 市 alone
    finds its city, see header.city_of_number_head)."""
    fields, changes = page.fields, {}
    if fields.title and (d.title == str(d.doc_number) or d.title.endswith(Path(path).stem) or not d.title_printed):
        changes["title"], changes["title_printed"] = fields.title, True
    if d.doc_number is None and page.number or repairs_damaged_number(page.number, d.doc_number, text):
        changes["doc_number"] = page.number
        # (the table's 发布文号 row, read as a bare number in the text, is the document's own: no citation)
        own = str(page.number)
        changes["references"] = tuple(r for r in d.references if r.title or str(r.doc_number) != own)
    if d.date is None and fields.date:
        changes["date"] = fields.date
    # (a title naming its body without its place, 市人民政府办公室关于…, takes the table's full name: 咸宁 h92)
    bare = placeless(d.issuers)
    found = issuer_of_portal_table(page) if not d.issuers or bare else None
    if bare and not found:  # 发布机构 江汉区人民政府办公室 writing out the title's 区人民政府办公室 (h110 江汉)
        found = publisher_of_portal_table(page)
    if not found and not d.issuers and "title" in changes:  # the table's title, taken, names its body (h110 谯城)
        found = issuers_in_portal_title(page)
    if not found and not d.issuers:  # 发布机构 盐池县水务局 over a text that names no issuer (h57 盐池, h61 龙陵)
        found = _publisher_body(page, d.title) or _publisher_bodies_counted(page, changes.get("title", d.title))
    if (
        not found and len(d.issuers) == 1
    ):  # 发布单位 甲市乙区人民政府丙街道办事处 over a text signed 乙区丙街道办事处 (上海 闵行)
        found = _formal_name_in_table(page, d.issuers[0])
    if not found and d.issuers:  # 发布机构 高台县城关镇 over 中共城关镇委员会 城关镇人民政府关于… (h68 高台, h68 沂源)
        # (发布机构 黄岩区府办 over a text by 区司法局: the district's, h169 黄岩)
        found = _town_bodies_of_county(page, d.issuers) or (bare and _level_bodies_of_publisher_place(page, d.issuers))
    if bare and found and not (len(found.names) == len(d.issuers) and writes_out(found.names, d.issuers)):
        # (发布机构 江阴市司法局 over 市司法局 市人民调解员协会: each body of the publisher's place, h250 江阴)
        found = _level_bodies_of_publisher_place(page, d.issuers)
    heading = agency_heading_title(page.registry, d.title, d.doc_number or page.number) if not d.issuers else None
    if heading and not found:  # 镇政发 in the table, 镇巴县人民政府工作规则 the title
        found = Issuers((heading.name,))
    if not found and not d.issuers and "doc_number" in changes:
        found = _order_body(page) or _number_body(page)
    if found:
        number = d.doc_number or page.number
        ctx = city_of_number_head(page.registry, found.names, number, text) or _place_of_untitled_opening(
            page, d, found.names, text, titled="title" in changes
        )
        if ctx is not None:
            agencies = [
                page.registry.resolve(x, context=ctx) or page.registry.guess(x, context=ctx) for x in found.names
            ]
        else:  # 发布机构 省政府办公厅 over 浙政发: the number's, the title's or the text's province, not the registry's home
            place = page.registry.province_named_in(text[:20000])
            agencies = resolve_issuers(page.registry, found.names, title=d.title, number=number, text_place=place)
        level, jurisdiction = level_and_jurisdiction(agencies)
        changes.update(issuers=tuple(a.name for a in agencies), level=level, jurisdiction=jurisdiction)
    elif d.issuers and d.level == "unknown" and page.number is not None:
        changes.update(_placed_by_number(page, d))
    return replace(d, **changes) if changes else d


def _place_of_untitled_opening(
    page: PortalPage, d: ParsedDocument, names: Sequence[str], text: str, *, titled: bool
) -> str | None:
    """发布机构 县政府办公室 over an untitled excerpt opening in 天祝县 (h198 天祝): the place its opening names (see
    :func:`_place_the_opening_names`), for a text with no title of its own or from the table."""
    if d.title_printed or titled or not placeless(names):
        return None
    province = page.registry.province_named_in(text[:20000])
    return _place_the_opening_names(page.registry, names, _opening_under_table(page, text), province=province)


def _opening_under_table(page: PortalPage, text: str) -> str:
    """The first OPENING_LINES non-blank lines of ``text`` under the table's last field, joined."""
    if not page.fields.field_lines:
        return ""
    below = [compact(t) for t in text.splitlines()[page.fields.field_lines[-1] :] if t.strip()]
    return "".join(below[:OPENING_LINES])


def _formal_name_in_table(page: PortalPage, issuer: str) -> Issuers | None:
    """The table's issuer (发布单位, not a site's 发布机构) when it names the text's one issuer by its formal name, the
    government it is an agency of written in (甲市乙区人民政府丙街道办事处 for 乙区丙街道办事处, a street office)."""
    found = issuer_of_portal_table(page)
    if found is None or len(found.names) != 1:
        return None
    name = found.names[0]
    return found if name != issuer and name.replace(GOVERNMENT, "", 1).endswith(issuer) else None


GOVERNMENT = "人民政府"


def _order_body(page: PortalPage) -> Issuers | None:
    """The body an order number in the table names (文号：交通运输部令2021年第2号 over a rule whose decree signs
    部长 某某 only, h159 交通运输部): a 令 names its issuer, as in the text itself."""
    n = page.number
    if n is None or n.kind != "order" or not n.prefix.endswith("令"):
        return None
    reg = page.registry
    agencies = [reg.resolve(x) or reg.for_prefix(x + "令") for x in n.prefix[:-1].split("、") if x]
    return Issuers(tuple(a.name for a in agencies)) if agencies and all(agencies) else None


def _number_body(page: PortalPage) -> Issuers | None:
    """The body whose prefix the table's number bears (文号 藏人社发【2017】25号 over a plan that names no issuer, its
    发布机构 naming no body the registry reads, h196 西藏): the prefix names its issuer, as a number in the text does."""
    n = page.number
    body = page.registry.for_prefix(n.prefix) if n is not None and n.kind == "standard" and n.prefix else None
    return Issuers((body.name,)) if body is not None else None


def _publisher_body(page: PortalPage, title: str) -> Issuers | None:
    """The table's 发布机构 when it is one body the registry can read as an agency (not a site's name), and
    not a town's or street's page carrying its county's text (发布机构 绩溪县上庄镇人民政府 over 关于印发绩溪县…, h63)."""
    found = publisher_of_portal_table(page)
    if found is None or not page.registry.looks_like_agency(found.names[0]):
        return None
    town = _TOWN_OF_PLACE.match(found.names[0])
    if town and town.group(1) in title and town.group(0) not in title:  # (垫江县坪山镇…预案: the town's own, h68)
        return None
    if _town_page_of_place_text(page, found.names[0], title):
        return None
    names = page.registry.split_issuers(found.names[0])
    if len(names) == 1 and title.startswith(
        NATIONAL_TITLE_HEAD
    ):  # (中华人民共和国反不正当竞争法 on a city bureau's page)
        body = page.registry.resolve(names[0]) or page.registry.guess(names[0])
        if body.level != "national":  # a national law or regulation a local site reposts is no text of its own (h174)
            return None
    return Issuers(tuple(names), found.line) if len(names) == 1 else None


def _town_page_of_place_text(page: PortalPage, publisher: str, title: str) -> bool:
    """Whether a town or street named alone publishes (发布机构 某镇) a text whose title opens with a county's or a
    district's name (乙区村级干部管理办法 posted by 丙镇, h194 甘州区): the place's text, the town only posting it."""
    if pt.TOWN_ALONE.match(publisher.removesuffix("人民政府").removesuffix("办事处")) is None:
        return False
    opening = page.registry.place_at(compact(title))
    return opening is not None and opening not in publisher


# 中华人民共和国反不正当竞争法 / 中华人民共和国政府信息公开条例 — a title naming the state: a national text
NATIONAL_TITLE_HEAD = "中华人民共和国"


def _publisher_bodies_counted(page: PortalPage, title: str) -> Issuers | None:
    """``发布机构：甲省教育厅、乙委员会、丙厅、丁局`` over ``甲省教育厅等四部门关于…的通知``: the bodies the table lists when
    they open with the lead the title names and are as many as it counts (h163 四川)."""
    counted = lead_and_count(title)
    found = publisher_of_portal_table(page) if counted else None
    if found is None or counted is None:
        return None
    names = page.registry.split_issuers(found.names[0])
    lead, n = counted
    if len(names) != n or names[0] != lead or not all(page.registry.looks_like_agency(x) for x in names):
        return None
    return Issuers(tuple(names), found.line)


# 绩溪县上庄镇…: a town or street of a county, city or district
_TOWN_OF_PLACE = re.compile(r"(.{2,10}?[县市区旗])(?!人民政府).{1,8}?(?:镇|乡|街道)")


def _town_bodies_of_county(page: PortalPage, issuers: Sequence[str]) -> Issuers | None:
    """A town's bodies the text names by the town alone (城关镇人民政府, 中共城关镇委员会), the table's 发布机构 naming that
    town with its county (高台县城关镇, 沂源县大张庄镇人民政府): each body with the county written in before the town —
    a town's name is shared by many counties (h68 高台, h68 沂源).  None unless every issuer is that town's."""
    found = publisher_of_portal_table(page)
    m = _TOWN_OF_PLACE.match(found.names[0]) if found is not None else None
    if m is None:
        return None
    county, town = m.group(1), m.group(0)[len(m.group(1)) :]
    names = []
    for name in issuers:
        party = PARTY_PREFIX if name.startswith(PARTY_PREFIX) else ""
        rest = name[len(party) :]
        if not rest.startswith(town) or rest == town or not page.registry.looks_like_agency(rest):
            return None
        names.append(party + county + rest)
    return Issuers(tuple(names), found.line)


# 台州市 / 黄岩区 — the places a publisher's name opens with, one after another (台州市黄岩区人民政府办公室)
_PLACE_RUN = re.compile(r"(?:" + rx.PLACE + r")(?![市州县区旗盟])")


def _level_bodies_of_publisher_place(page: PortalPage, issuers: Sequence[str]) -> Issuers | None:
    """Bodies the text names by their level alone (区司法局, 县财政局), the table's 发布机构 a body of a place of that
    level (黄岩区府办, 台州市黄岩区人民政府办公室): each body of that place (黄岩区司法局, h169 黄岩).  None unless every
    issuer opens with the level the publisher's place ends with."""
    found = publisher_of_portal_table(page)
    places, at = [], 0
    while found is not None and (m := _PLACE_RUN.match(found.names[0], at)) and m.end() > at:
        places.append(found.names[0][: m.end()])
        at = m.end()
    names = []
    for name in issuers:
        place = next((p for p in reversed(places) if p[-1] == name[:1]), None)
        full = place + name[1:] if place is not None else ""
        # (市人民调解员协会: an association is a body only with its place written in, 江阴市人民调解员协会)
        if not full or not (page.registry.looks_like_agency(name[1:]) or page.registry.looks_like_agency(full)):
            return None
        names.append(full)
    return Issuers(tuple(names), found.line) if found is not None else None


PARTY_PREFIX = "中共"  # 中共城关镇委员会: a party committee's name opens with the party's


def _placed_by_number(page: PortalPage, d: ParsedDocument) -> dict:
    """``自治区住房城乡建设厅`` in the text, ``桂建发〔2024〕6号`` only in the table: the issuers read in the place
    the number's prefix names (a registry agency each, else nothing changes)."""
    agencies = resolve_issuers(page.registry, d.issuers, title=d.title, number=page.number)
    if not all(a.known for a in agencies):
        return {}
    level, jurisdiction = level_and_jurisdiction(agencies, number=page.number)
    return {"issuers": tuple(a.name for a in agencies), "level": level, "jurisdiction": jurisdiction}


def document_of_portal(page: PortalPage, path: str, lines: Sequence[Line]) -> ParsedDocument:
    """The table alone stands for the document (its text printed as an image, or missing)."""
    fields = page.fields
    found = first(PORTAL_ISSUER_SOURCES, page) or _publisher_body(page, fields.title or "") or NO_ISSUERS
    agencies = [page.registry.resolve(x) or page.registry.guess(x) for x in found.names]
    level, jurisdiction = level_and_jurisdiction(agencies, number=page.number)
    return ParsedDocument(
        title=fields.title,
        source_file=path,
        source_line=fields.title_line or 1,
        end_line=max((l.no for l in lines if l.text), default=fields.title_line or 1),
        doc_number=page.number,
        doc_type=doc_type_of(fields.title),
        issuers=tuple(a.name for a in agencies),
        issuer_line=fields.title_line,
        date=fields.date,
        level=level,
        jurisdiction=jurisdiction,
    )


MAX_TITLE_TO_BYLINE = 2  # lines with text between a page's title and its byline (a site's tag line, 安徽 h131)


def _byline_issuers(page: PortalPage, docs: list[ParsedDocument], lines: Sequence[Line]) -> list[ParsedDocument]:
    """A text naming no issuer, its title right over or under the page's byline ``来源:苏州市司法局`` (h82
    苏州, h126 云县, h131 安徽, h95 合肥): the byline's bodies, when the registry reads the whole value as agency
    names (not a site's, a paper's or a section's name) and no metadata table names the page's publisher."""
    no, value = page.fields.byline_line, page.fields.byline
    if no is None or not value or page.fields.issuer:  # (a table's 发布机构 is the page's publisher: its byline
        return docs  # names the unit that posted it, no issuer, h63 绩溪)
    near = [i for i, d in enumerate(docs) if not d.issuers and _next_to(d.source_line, no, lines)]
    if len(near) != 1:
        return docs
    reg = page.registry
    names = reg.split_issuers(value)  # (国家发展改革委微信公众号 is a site's account, no body, h132)
    government = _reporting_government(reg, value, docs[near[0]].title)
    if government:  # 来源:永泰县 by 政府工作报告(2024年): the place's government reports (h152 永泰)
        names = [government]
    elif not names or not reg.looks_like_agency(value) or SITE_NAME.search(value):
        return docs
    agencies = [reg.resolve(x) or reg.guess(x) for x in names]
    if not all(a.level != "unknown" for a in agencies):
        return docs
    level, jurisdiction = level_and_jurisdiction(agencies)
    placed = {"issuers": tuple(a.name for a in agencies), "level": level, "jurisdiction": jurisdiction}
    idx = near[0]
    return [
        replace(d, **placed) if i == idx or (d.transmitted_by == idx and not d.issuers) else d
        for i, d in enumerate(docs)
    ]


def _reporting_government(reg: AgencyRegistry, value: str, title: str) -> str | None:
    """The government of the place a byline names alone (来源:永泰县) over a government work report (政府工作报告),
    which is its government's; None for any other title or value."""
    place = reg.places.get(value.strip())
    if place is None or place.name != value.strip() or not place.government or "政府工作报告" not in title:
        return None
    return place.government


def _next_to(title_line: int, byline_line: int, lines: Sequence[Line]) -> bool:
    """At most MAX_TITLE_TO_BYLINE lines with text between a title and a byline."""
    lo, hi = sorted((title_line, byline_line))
    return lo < hi and sum(1 for l in lines if lo < l.no < hi and l.text) <= MAX_TITLE_TO_BYLINE


def _table_notice_over_its_text(
    page: PortalPage, docs: list[ParsedDocument], path: str, lines: Sequence[Line]
) -> list[ParsedDocument] | None:
    """发文标题: 某省财政厅关于印发《X》的通知 / 发文文号 / 发文部门 … over the notice's body and then X printed with its
    own title, the notice's title found nowhere else (a law database's record, h52 青海): the table's title is the
    notice, a document of its own that transmits the first text, X; None unless the page reads so."""
    title = page.fields.title
    if not title or not docs or page.fields.title_line is None:
        return None
    if any(mention_key(d.title) == mention_key(title) for d in docs):
        return None
    first_doc = docs[0]
    named = {loose_title_key(t) for t in transmitted_titles(title, [])}
    if (
        loose_title_key(first_doc.title) not in named
        or first_doc.transmitted_by is not None
        or page.fields.title_line >= first_doc.source_line
    ):
        return None
    notice = replace(document_of_portal(page, path, lines), end_line=first_doc.source_line - 1)
    inherited = replace(
        first_doc,
        transmitted_by=0,
        issuers=first_doc.issuers or notice.issuers,
        level=first_doc.level if first_doc.issuers else notice.level,
        jurisdiction=first_doc.jurisdiction if first_doc.issuers else notice.jurisdiction,
        date=first_doc.date or notice.date,
    )
    shifted = [d if d.transmitted_by is None else replace(d, transmitted_by=d.transmitted_by + 1) for d in docs[1:]]
    return [notice, inherited, *shifted]


def _level_place_in_title(reg: AgencyRegistry, names: Sequence[str], title: str) -> str | None:
    """The one place of the level bodies named by it alone open with (市政府办, 县财政局) that the title writes
    out in full (发布部门:市政府办 over 关于印发泰州市政府信息…的通知 → 泰州市, h58 泰州), else None."""
    word = names[0][:1] if names else ""
    if word not in ("市", "县", "区") or any(n[:1] != word for n in names):
        return None
    named = [p for p in reg.places_named_by_stem(title, word) if p in title]
    return named[0] if len(named) == 1 else None


def apply_portal(
    page: PortalPage, docs: list[ParsedDocument], path: str, lines: Sequence[Line]
) -> list[ParsedDocument]:
    """A portal page's metadata table fills the fields its text leaves open, or stands for the document
    when the text itself is missing (printed as an image) or untitled."""
    if not page.fields:  # a table naming only its 发布机构: the issuer of a text that names none (h84 龙陵)
        docs = _byline_issuers(page, docs, lines)
        idx = _portal_match(page, docs, lines) if docs else None
        found = None
        if idx is not None and not docs[idx].issuers:  # 发布部门】浙江省人民检察院 (h79), else the 发布机构
            found = issuer_of_portal_table(page) or _publisher_body(page, docs[idx].title)
        elif idx is not None and placeless(docs[idx].issuers):  # 区司法局 under 发布机构 黄岩区府办 (h169 黄岩)
            found = _level_bodies_of_publisher_place(page, docs[idx].issuers)
        if found is None:
            return docs
        ctx = _level_place_in_title(page.registry, found.names, docs[idx].title)
        agencies = [page.registry.resolve(x, context=ctx) or page.registry.guess(x, context=ctx) for x in found.names]
        level, jurisdiction = level_and_jurisdiction(agencies)
        placed = {"issuers": tuple(a.name for a in agencies), "level": level, "jurisdiction": jurisdiction}
        return [
            replace(d, **placed) if i == idx or (d.transmitted_by == idx and not d.issuers) else d
            for i, d in enumerate(docs)
        ]
    docs = _byline_issuers(page, docs, lines)
    table_page, page = page, _titled_by_heading_under_table(page, docs, lines)
    if not docs:  # (a gazette issue's page, its contents only, is no document: 某某人民政府公报（2015年第4期）)
        title = page.fields.title
        return [document_of_portal(page, path, lines)] if title and not rx.GAZETTE_ISSUE.search(title) else docs
    with_notice = _table_notice_over_its_text(page, docs, path, lines)
    if with_notice is not None:
        return with_notice
    idx = _portal_match(page, docs, lines)
    if idx is None:
        return docs
    old, new = docs[idx], _fill_from_portal(page, docs[idx], path, "\n".join(l.text for l in lines))
    if page is not table_page and page.fields.title_line:  # (the heading under the table: the title's line)
        new = replace(new, source_line=page.fields.title_line, end_line=max(new.end_line, page.fields.title_line))
    out = docs[:idx] + [new] + docs[idx + 1 :]
    if new.issuers != old.issuers:  # the texts it issues inherited its issuers as written: they take them as placed
        placed = {"issuers": new.issuers, "level": new.level, "jurisdiction": new.jurisdiction}
        out = [replace(d, **placed) if d.transmitted_by == idx and d.issuers == old.issuers else d for d in out]
    if (
        old.date is None and new.date
    ):  # (成文日期 only in the table: the texts it issues take that date too, h164 呼和浩特)
        out = [
            replace(d, date=new.date) if d.transmitted_by == idx and d.inherits_from_notice and d.date is None else d
            for d in out
        ]
    return out
