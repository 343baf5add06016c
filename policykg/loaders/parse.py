"""From a publication's text to its documents: segmentation, then each document's header and body.  Pure.

The entry of the loaders: :func:`parse_text` picks the layout (one law per file, a publication of
one or more documents, a file without header anchors, a portal page's table) and hands it to
:mod:`policykg.loaders.document`.

>>> text = "河南省人民政府办公厅\\n关于印发X若干措施的通知\\n豫政办〔2024〕46号\\n各省辖市人民政府：\\n" \\
...        "现将《X若干措施》印发给你们，请认真贯彻执行。\\n2024年9月2日\\nX若干措施\\n为贯彻落实《国务院关于Y的意见》精神，制定本措施。"
>>> docs = parse_text(text, "f.txt").documents
>>> [(d.title, str(d.doc_number), d.issuers, d.date) for d in docs]
[('河南省人民政府办公厅关于印发X若干措施的通知', '豫政办〔2024〕46号', ('河南省人民政府办公厅',), '2024-09-02'), ('X若干措施', 'None', ('河南省人民政府办公厅',), '2024-09-02')]
>>> [(r.role, r.title) for r in docs[1].references]
[('IMPLEMENTS', '国务院关于Y的意见')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.loaders import regexes as rx
from policykg.loaders.clean import clean_lines, without_url_before_field_row
from policykg.loaders.columns import unwrap_columns
from policykg.loaders.csvrecords import CSV_SUFFIXES, csv_records
from policykg.loaders.document import (
    PUBLICATION_PLACE,
    apply_portal,
    attachment_titles,
    document_of_fallback,
    document_of_law,
    documents_of_spans,
)
from policykg.loaders.flat import bracketed_stripped_numbers
from policykg.loaders.formats import unwrap_site_markdown
from policykg.loaders.glued import split_glued_titles
from policykg.loaders.header import MEETING_HEADLINE, MEETING_SENTENCE, LawFile, PortalPage
from policykg.loaders.jsonrecords import JsonRecord, json_records
from policykg.loaders.metadata import level_and_jurisdiction
from policykg.loaders.models import Line, ParsedDocument, ParsedFile, Problem
from policykg.loaders.pagebreak import blank_running_heads, join_titles_over_page_breaks
from policykg.loaders.pagecuts import join_cut_numbers
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.records import apply_records, take_records
from policykg.loaders.regexes import INFO_END
from policykg.loaders.script import simplified, without_glosses
from policykg.loaders.segment import catalogue_tables, find_spans, mark_toc
from policykg.loaders.sidebyside import side_by_side_read
from policykg.ontology.agencies import default_registry
from policykg.ontology.agencies.patterns import name_key

__all__ = ["INFO_END", "attachment_titles", "parse_text"]


def parse_text(text: str, path: str, *, encoding: str | None = None) -> ParsedFile:
    """All documents of one publication's text."""
    # a Windows (CRLF) or old Mac (CR) text read as any other: the same lines (str.splitlines ends a line at \r\n
    # or \r alike, so every line keeps its number), and no pattern meets a \r before its end of line
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.lower().endswith(CSV_SUFFIXES):  # a table of policy records: each row's text read alone
        return _csv_file(text, path, encoding)
    records = json_records(text)  # a crawler's or a search API's JSON records: each record's text read alone
    if records is not None:
        return _json_file(records, path, encoding, len(text), text_head=text[:FILE_PLACE_CHARS])
    if path.lower().endswith(JSON_SUFFIXES):  # a .json that is no records of texts (a manifest, a config): not read
        msg = "a JSON file holding no records of texts (no title or content fields): not read as a publication"
        return ParsedFile(path, encoding, problems=(Problem(path, None, "no-documents", msg),), n_chars=len(text))
    return _parse_plain(text, path, encoding)


JSON_SUFFIXES = (".json", ".jsonl")
FILE_PLACE_CHARS = 20000  # characters of a file of records whose first province is its records' place


def _parse_plain(text: str, path: str, encoding: str | None) -> ParsedFile:
    """All documents of one publication's text (no JSON records)."""
    text = unwrap_site_markdown(text)  # a static site's Markdown page: the text its document printed
    text = without_url_before_field_row(text)  # http://…html发文字号 X: the address glued before a table's row
    text = bracketed_stripped_numbers(text)  # a crawl that stripped every mark: its numbers' brackets again
    text = simplified(text, glosses=True)  # a reprint in traditional characters, read as it was printed
    text, origins = side_by_side_read(text)  # two columns printed side by side on a line (pdftotext -layout)
    text, split = split_glued_titles(text)  # 《X》全文如下：X为… / 附件1X为…: a title glued, set apart
    if split is not None:
        origins = [origins[k - 1] for k in split] if origins else split
    text = unwrap_columns(text)  # a text hard-wrapped at a column's width (PDF conversion): its lines rejoined
    text = without_glosses(text)  # a converter's pinyin glosses, taken out once a gloss the wrap cut is whole
    if "\f" in text or rx.PAGE_ARTEFACT_LINE.search(text):  # (pages to read across: one scan, most texts have none)
        text = blank_running_heads(text)  # a page's running head in the body's type, under its page number
        text = join_cut_numbers(text)  # a doc number or a date cut by a page break (- 22 - between its parts)
        text = join_titles_over_page_breaks(text)  # a title cut by a page break (PDF conversion): read whole
    text, records = take_records(text)  # a law database's record under each title of a compilation
    lines = clean_lines(text)
    problems: list[Problem] = []
    if INFO_END in text:  # one law per file (LawRefBook): never a portal page
        law = document_of_law(LawFile(path, text, lines, default_registry()))
        docs = [law] if law else []
    else:
        docs = _documents(lines, path, problems)
        fields = read_portal_fields(text)
        if (
            fields or fields.issuer or fields.byline
        ):  # (a table naming only its 发布机构 places an untitled text, h84 龙陵)
            docs = apply_portal(PortalPage(fields, default_registry()), docs, path, lines)
        if records:
            docs = apply_records(records, docs, default_registry(), "\n".join(l.text for l in lines))
    docs = _meeting_record_issuers(text, docs)
    docs = _districts_as_printed(text, docs)
    docs = _without_news_headlines(text, docs, problems)
    docs = _without_press_pages(text, docs, problems)
    docs = _without_news_stories(text, docs, problems)
    if not docs and not any(p.kind in ("contents-only", "news-report", "other-language") for p in problems):
        problems.append(
            Problem(
                path,
                None,
                "no-documents",
                "no document found (no title, doc number or addressee line, too little text)",
            )
        )
    if origins:  # lines read column by column: every line number points at the file's line again
        docs, problems = _at_file_lines(docs, problems, origins)
    return ParsedFile(path, encoding, tuple(docs), tuple(problems), n_chars=len(text))


def _csv_file(text: str, path: str, encoding: str | None) -> ParsedFile:
    """The documents of a table of policy records (loaders/csvrecords.py), read as JSON records are; a row that
    cannot be read is reported by its line, a table of no texts (figures, codes) as holding no documents."""
    table = csv_records(text)
    malformed = [Problem(path, line, "malformed-row", why) for line, why in table.malformed]
    if not table.records:
        msg = (
            "a graph's nodes or edges table (an export, a Neo4j import file): not read as a publication"
            if table.graph_table
            else "a table holding no records of texts (no title or text column): not read as a publication"
        )
        problems = (*malformed, Problem(path, None, "no-documents", msg))
        return ParsedFile(path, encoding, problems=problems, n_chars=len(text))
    return _json_file(table.records, path, encoding, len(text), problems=malformed, what="rows", rows=True)


def _json_file(
    records: list[JsonRecord],
    path: str,
    encoding: str | None,
    n_chars: int,
    *,
    problems: list[Problem] | None = None,
    what: str = "JSON records",
    rows: bool = False,
    text_head: str = "",
) -> ParsedFile:
    """The documents of a file of JSON records (loaders/jsonrecords.py): each record's text parsed as a
    publication of its own, its issuer and 成文 date fields filling what its text leaves open, every line
    numbered by the file's line again.  A record with no field reading as a title (a news item) gives only
    the documents whose titles its text prints; a table's row (``rows``) giving none is reported at its line."""
    docs: list[ParsedDocument] = []
    problems = list(problems or [])
    registry = default_registry()
    file_place = registry.province_named_in(text_head) if text_head else None
    for r in records:
        place = _record_place(r, registry) or file_place
        token = PUBLICATION_PLACE.set(place)
        try:
            got = _parse_plain(r.text, path, encoding)
        finally:
            PUBLICATION_PLACE.reset(token)
        found = [d for d in got.documents if r.titled or d.title_printed or rows]
        if not found and not got.documents and r.named and not rows:  # (…拟聘用人员公示: a title no text pattern knows)
            found = [ParsedDocument(r.named, path, 1, 1)]
            got = replace(got, documents=tuple(found))
        if not found and rows and r.titled:  # (a row's text that reads as none: its title cell names the document)
            got = _parse_plain(r.text.split("\n", 1)[0] + "\n", path, encoding)
            found = list(got.documents)
        if not found and rows:  # (a table's row is a document: one that reads as none is said)
            msg = f"a row read as no document: {r.text.splitlines()[0][:60]}"
            problems.append(Problem(path, r.origins[0] if r.origins else None, "no-documents", msg))
        if len(found) < len(got.documents):  # (a dropped text's attachments go with it)
            continue
        # (the record's fields are its own text's and the texts it issues: a draft printed after a consultation
        # notice under 附件, issued by none, takes none, h216 广州)
        found = [
            _with_fields(d, r, registry, place) if k == 0 or d.transmitted_by is not None else d
            for k, d in enumerate(found)
        ]
        found = [
            replace(d, transmitted_by=d.transmitted_by + len(docs)) if d.transmitted_by is not None else d
            for d in found
        ]
        kept = [p for p in got.problems if p.kind != "no-documents"]
        found, kept = _at_file_lines(found, kept, r.origins)
        docs += found
        problems += kept
    if not docs:
        problems.append(Problem(path, None, "no-documents", f"no document found in the file's {what}"))
    return ParsedFile(path, encoding, tuple(docs), tuple(problems), n_chars=n_chars)


def _record_place(r: JsonRecord, registry) -> str | None:
    """The place a record's fields name (regionName 某省, cityName 某市): the innermost of the fields that are a
    place's name and nothing more."""
    places = [registry.places[k] for k in (name_key(v) for v in r.short) if k in registry.places]
    if not places:
        return None
    inner = max(places, key=lambda p: PLACE_DEPTH.get(p.level, 0))
    return inner.name


# how deep a level of places lies (a record naming 某省 and 某市 lies in the city)
PLACE_DEPTH = {"provincial": 1, "municipal": 2, "district": 3}


def _with_fields(d: ParsedDocument, r: JsonRecord, registry, place: str | None = None) -> ParsedDocument:
    """``d`` given the record's issuer and 成文 date where its text leaves them open (read in the record's
    ``place``); failing an issuer field, the body whose site's column the record's source names (某省某厅公示公告)."""
    changes: dict = {}
    if not d.issuers and r.issuers or r.issuers and _issuers_from_prefix(d, registry):
        agencies = [
            registry.resolve(x, context=place) or registry.guess(x, context=place)
            for x in registry.split_issuers(r.issuers, context=place)
        ]
        if agencies and all(a.level != "unknown" for a in agencies):  # (政务服务局, …处: a posting division)
            level, jurisdiction = level_and_jurisdiction(agencies, number=d.doc_number)
            changes.update(issuers=tuple(a.name for a in agencies), level=level, jurisdiction=jurisdiction)
    elif not d.issuers and r.source:
        body = _body_of_source(r.source, registry)
        if body is not None:
            level, jurisdiction = level_and_jurisdiction([body], number=d.doc_number)
            changes.update(issuers=(body.name,), level=level, jurisdiction=jurisdiction)
    if d.date is None and r.date:
        changes["date"] = r.date
    return replace(d, **changes) if changes else d


def _issuers_from_prefix(d: ParsedDocument, registry) -> bool:
    """``d``'s issuer only the body its number's prefix stands for (no line prints it): a record's issuer field
    naming a body in full is then kept as printed (沪农委 stands for the registry's 农业农村局, the field prints
    上海市农业农村委员会)."""
    n = d.doc_number
    if d.issuer_line is not None or len(d.issuers) != 1 or n is None or n.kind != "standard" or not n.prefix:
        return False
    body = registry.for_prefix(n.prefix)
    return body is not None and body.name == d.issuers[0]


MIN_SOURCE_BODY = 4  # characters of a body's name heading a source's name (某省某厅…)


def _body_of_source(source: str, registry):
    """The known body whose name heads a source's name — 某省教育厅 of 某省教育厅公示公告（…） — or None (a site's
    name: 某某高新区通知公告, 某省政府网)."""
    for end in range(min(len(source), 40), MIN_SOURCE_BODY - 1, -1):
        agency = registry.resolve(source[:end])
        if agency is not None:
            return agency
    return None


def _at_file_lines(docs: list, problems: list[Problem], origins: list[int]) -> tuple[list, list[Problem]]:
    """Documents and problems of a text whose two columns side by side were read one after the other
    (loaders/sidebyside.py) numbered by the file's lines again: a line of either column is the file's line that
    holds it, so a title's, a citation's and a problem's line is where a reader of the file finds it."""

    def at(n: int | None) -> int | None:
        return origins[n - 1] if n and 0 < n <= len(origins) else n

    def moved(item):
        return replace(item, evidence=replace(item.evidence, line=at(item.evidence.line)))

    out = [
        replace(
            d,
            source_line=at(d.source_line),
            end_line=max(at(d.end_line), at(d.source_line)),
            issuer_line=at(d.issuer_line),
            references=tuple(moved(r) for r in d.references),
            targets=tuple(moved(t) for t in d.targets),
        )
        for d in docs
    ]
    return out, [replace(p, line=at(p.line)) for p in problems]


# the words of a press event or a report about one (a transcript, a briefing, a newspaper's story)
PRESS_WORDS = ("记者", "发布会", "吹风会", "主持人", "实录", "答记者问", "新闻办", "发言人", "本报讯", "日电", "通讯员")

# 发布会 / 吹风会 / 记者 in a page's heading: the heading of a story about a press event, no document's title
PRESS_EVENT_WORDS = ("发布会", "吹风会", "记者")


def _press_page(text: str) -> bool:
    """A page about a press event: at least two kinds of its words, three times in all."""
    counts = [text.count(w) for w in PRESS_WORDS]
    return sum(counts) >= 3 and sum(1 for c in counts if c) >= 2


def _no_document(d: ParsedDocument, problems: list[Problem], why: str) -> list[ParsedDocument]:
    """The whole-file text ``d`` dropped as no document: its untitled warning replaced by a news-report saying why."""
    problems[:] = [p for p in problems if not (p.kind == "untitled" and p.line == d.source_line)]
    problems.append(Problem(d.source_file, d.source_line, "news-report", why))
    return []


def _without_press_pages(text: str, docs: list[ParsedDocument], problems: list[Problem]) -> list[ParsedDocument]:
    """A briefing's transcript or a news story with no document's title or number printed (国新办吹风会,
    人大记者会, h70) is no document: the whole-file text it would make is dropped, reported."""
    if len(docs) != 1 or docs[0].doc_number is not None or not _press_page(text):
        return docs
    if docs[0].title_printed and not any(w in docs[0].title for w in PRESS_EVENT_WORDS):
        return docs  # (a headline naming the press event itself is the story's: 系列新闻发布会拉开大幕, h70 四川)
    return _no_document(docs[0], problems, "a press event's page, no document")


# a news story's credit closing its last line: （张某）, （刘某摄）, （记者 王某）, （某县发改局）, （文/李某）
NEWS_CREDIT = re.compile(r"[（(](?:记者|通讯员|文/|图/|来源：)?[ ]?[\u4e00-\u9fff·]{2,12}(?:摄|报道|供稿)?[）)]$")
# …but a document's own closing notes: （此件公开发布）, （此页无正文）, （完）, （附件略）, （盖章）
NEWS_CREDIT_NOT = (
    "此件",
    "此页",
    "公开",
    "发布",
    "印发",
    "附件",
    "完",
    "略",
    "试行",
    "暂行",
    "意见",
    "签发",
    "盖章",
    "印章",
)
# a photo's caption: 图为某某启动仪式。（刘某摄）
NEWS_PHOTO = re.compile(r"^图为.{1,80}[（(][\u4e00-\u9fff]{2,4}摄[）)]")


def _news_story(text: str) -> bool:
    """A news story: a photo's caption, or a reporter's or a unit's credit in brackets closing the text."""
    lines = [s.strip() for s in text.splitlines() if s.strip()]
    if not lines:
        return False
    if any(NEWS_PHOTO.match(s) for s in lines):
        return True
    m = NEWS_CREDIT.search(lines[-1])
    return m is not None and not any(w in m.group() for w in NEWS_CREDIT_NOT)


def _without_news_stories(text: str, docs: list[ParsedDocument], problems: list[Problem]) -> list[ParsedDocument]:
    """A portal's news story (a headline, paragraphs, a photo's caption or a credit closing it: （张某）) is no
    document when nothing of one was read and it names none: no title, number, date or 《》 — the whole-file text it
    would make is dropped, reported."""
    if len(docs) != 1 or docs[0].title_printed or docs[0].doc_number is not None or docs[0].date is not None:
        return docs
    if "《" in text or not _news_story(text):
        return docs  # (a story naming documents is kept for its citations, h55 厦门)
    return _no_document(docs[0], problems, "a news story, no document")


def _without_news_headlines(text: str, docs: list[ParsedDocument], problems: list[Problem]) -> list[ParsedDocument]:
    """A news report (中央印发农村扶贫开发纲要 / 新华社北京12月1日电 中共中央、国务院近日印发了《X》…) is no
    document: a headline with a reporting verb (no 关于) over a news agency's dateline is dropped, reported."""
    if "日电" not in text:
        return docs
    datelines = {
        no for no, raw in enumerate(text.splitlines(), 1) if "日电" in raw and rx.NEWS_DATELINE.match(raw.strip())
    }
    kept = []
    for d in docs:
        headline = "关于" not in d.title and rx.HEADLINE_VERB.search(d.title) is not None
        if headline and any(0 < n - d.source_line <= 3 for n in datelines):
            problems.append(
                Problem(d.source_file, d.source_line, "news-report", f"a news report, no document: {d.title}")
            )
        else:
            kept.append(d)
    return kept


def _districts_as_printed(text: str, docs: list[ParsedDocument]) -> list[ParsedDocument]:
    """Issuers of a district or county the text prints only bare, as printed: 丰都县科学技术局 in a text that never
    prints 重庆市丰都县 is no 重庆市丰都县科学技术局 — the registry wrote its city out (h229 丰都, h232 柯城); a text
    printing the district with its city somewhere (重庆市渝北区创建…报告 signed 渝北区教委) keeps the written-out name, and
    so does a government (:data:`GOVERNMENT_WORDS`)."""
    reg = default_registry()
    printed = ""  # the text without its spaces, made only when a written-out district is met (most texts have none)
    out = []
    for d in docs:
        names = []
        for name in d.issuers:
            found = reg.district_written_out(name)
            rest = name[len(found[0]) :] if found else ""
            if found and not rest.startswith(GOVERNMENT_WORDS):
                printed = printed or WHITESPACE.sub("", text)
                if found[0] not in printed and found[1] + rest in printed:
                    name = found[1] + rest
            names.append(name)
        out.append(replace(d, issuers=tuple(names)) if tuple(names) != d.issuers else d)
    return out


# 主持召开铁岭县政府常务会议 / 召开十六届县人民政府第52次常务会议 / 区政府召开2021年第十一次常务会议 — the government
# whose meeting a record reports: what stands before (人民)政府 (its place, or its level alone), then the meeting
MEETING_GOVERNMENT = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{0,10}?)(?:人民)?政府(?:召开)?[^。；;！？!?《》，,、]{0,16}?(?:常务|全体)会议"
)
MEETING_OPENING_LINES = 4  # non-blank lines from a record's own line down to the sentence saying its meeting was held
LEVEL_CHARS = "省市县区旗"  # what ends a place's name before its government: 某县政府, 县政府 (the level alone)
MAX_PLACE_SCAN = 5000  # characters of a text read for the one place a bare 县政府 / 区政府 stands for


def _meeting_record_issuers(text: str, docs: list[ParsedDocument]) -> list[ParsedDocument]:
    """A government meeting's record (its headline a meeting's, see MEETING_HEADLINE, or untitled, opening at the
    sentence saying the meeting was held) with no issuer read: the government whose meeting it records, as its
    headline or opening names it (裕安区人民政府第21次常务会议召开, 主持召开铁岭县政府常务会议, h261), or, named by its
    level alone (县政府, 县人民政府), the one place of that level the text prints with its government (清水县政府县长…
    over 召开…县人民政府第52次常务会议).  Nothing when the text names no place, or several."""
    if "会议" not in text:
        return docs
    reg = default_registry()
    lines = text.splitlines()
    out = []
    for d in docs:
        if d.issuers or not d.source_line or (d.title_printed and not MEETING_HEADLINE.match(d.title)):
            out.append(d)
            continue
        opening = [s for s in lines[d.source_line - 1 :] if s.strip()][:MEETING_OPENING_LINES]
        gov = _government_of_meeting(reg, [WHITESPACE.sub("", s) for s in opening], text)
        if gov is None:
            out.append(d)
            continue
        level, jurisdiction = level_and_jurisdiction([gov], number=d.doc_number)
        out.append(replace(d, issuers=(gov.name,), level=level, jurisdiction=jurisdiction))
    return out


def _government_of_meeting(reg, opening: list[str], text: str):
    """The government a record's headline or opening sentence (see MEETING_SENTENCE) names as holding the meeting."""
    for s in opening:
        if MEETING_SENTENCE.search(s) is None and not MEETING_HEADLINE.match(s):
            continue
        m = MEETING_GOVERNMENT.search(s)
        if m is None:
            continue
        head = m.group("head")
        place = next((head[k:] for k in range(len(head)) if head[k:] in reg.places), None)
        if place is None and head[-1:] and head[-1] in LEVEL_CHARS:
            printed = WHITESPACE.sub("", text[:MAX_PLACE_SCAN])
            found = {
                p
                for p in reg.places_in(printed)
                if p.endswith(head[-1]) and (p + "政府" in printed or p + "人民政府" in printed)
            }  # (a place printed with its government: 清水县政府县长…, never 代县 of 代县长)
            found = {p for p in found if not any(p != q and q.endswith(p) for q in found)}  # (和县 in 永和县)
            place = found.pop() if len(found) == 1 else None
        gov = reg.resolve(place + "人民政府") if place else None
        if gov is not None:
            return gov
    return None


WHITESPACE = re.compile(r"\s+")
# a district's or county's government and its office keep their written-out name (云岩区人民政府办公室 →
# 贵阳市云岩区人民政府办公室: the registry's name of the government, as the labelled set names it)
GOVERNMENT_WORDS = ("人民政府", "政府")


def _documents(lines: list[Line], path: str, problems: list[Problem]) -> list[ParsedDocument]:
    """The documents the segmenter finds, else the whole file as one (see document_of_fallback)."""
    nb, spans = find_spans(lines)
    docs = documents_of_spans(nb, spans, path, problems)
    if docs:
        return docs
    contents = mark_toc(nb) - catalogue_tables(nb)  # (a catalogue of documents is part of the text that lists them)
    if len(contents) >= max(4, 0.6 * len(nb)):  # a gazette issue's contents page: its entries are no documents
        problems.append(Problem(path, nb[min(contents)].no, "contents-only", "a table of contents only: no document"))
        return []
    return document_of_fallback(lines, path, problems) or []
