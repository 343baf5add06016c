"""From a publication's text to its documents: segmentation + metadata + references.  Pure.

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
from bisect import bisect_right
from pathlib import Path

from policykg.keys import loose_title_key, mention_key
from policykg.loaders import regexes as rx
from policykg.loaders.clean import clean_lines, compact
from policykg.loaders.metadata import (
    doc_type_of,
    effective_date,
    expiry_date,
    level_of_prefix,
    parse_date,
    parse_doc_number,
)
from policykg.loaders.models import (
    DocNumber,
    Evidence,
    GroupTarget,
    Line,
    ParsedDocument,
    ParsedFile,
    Problem,
    Reference,
)
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.references import find_references, sentences
from policykg.loaders.segment import AGENCY_START, DOC_HEADER_LINE, Span, find_spans, transmitted_titles
from policykg.ontology.agencies import default_registry

try:  # the beneficiary taxonomy
    from policykg.ontology.beneficiaries import default_taxonomy
except ImportError:  # pragma: no cover - during bootstrap only
    default_taxonomy = None

INFO_END = "<!-- INFO END -->"
# "# 标题" as the first line of a one-document Markdown file (laws collections)
MD_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*$")
# "2005年7月22日 北京市第十二届人民代表大会常务委员会第二十一次会议通过" → the body that passed it
PASSED_BY = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|人民代表大会|国务院|人民政府|委员会|总局|部|署|院|会))(?:第[一二三四五六七八九十百\d]+届)?"
)


def parse_text(text: str, path: str, *, encoding: str | None = None) -> ParsedFile:
    """All documents of one publication's text."""
    lines = clean_lines(text)
    problems: list[Problem] = []
    if INFO_END in text:
        docs = [_parse_single_law(text, lines, path, problems)]
    else:
        nb, spans = find_spans(lines)
        docs = _parse_spans(nb, spans, path, problems)
        if not docs:
            single = _parse_single_fallback(lines, path, problems)
            docs = [single] if single else []
    portal = read_portal_fields(text) if INFO_END not in text else None
    if portal:
        docs = _apply_portal(portal, [d for d in docs if d], path, lines)
    if not docs:
        problems.append(
            Problem(
                path,
                None,
                "no-documents",
                "no document found (no title, doc number or addressee line, too little text)",
            )
        )
    return ParsedFile(path, encoding, tuple(d for d in docs if d), tuple(problems), n_chars=len(text))


# ---------------------------------------------------------------- portal pages
def _apply_portal(meta, docs: list[ParsedDocument], path: str, lines: list[Line]) -> list[ParsedDocument]:
    """A portal page's metadata table fills the fields its text leaves open, or stands for the document
    when the text itself is missing (printed as an image) or untitled."""
    from dataclasses import replace

    reg = default_registry()
    if docs:
        k = mention_key(meta.title) if meta.title else None
        idx = next((i for i, d in enumerate(docs) if k and mention_key(d.title) == k), None)
        if idx is None and meta.number:
            idx = next((i for i, d in enumerate(docs) if str(d.doc_number) == meta.number), None)
        if idx is None and len(docs) >= 1 and docs[0].title == str(docs[0].doc_number):
            idx = 0  # an untitled document (titled by its number): the table names it
        if idx is None:
            return docs
        d = docs[idx]
        changes = {}
        if meta.title and (d.title == str(d.doc_number) or d.title.endswith(Path(path).stem)):
            changes["title"] = meta.title
        if d.doc_number is None and meta.number:
            changes["doc_number"] = parse_doc_number(meta.number)
        if d.date is None and meta.date:
            changes["date"] = meta.date
        if not d.issuers and meta.issuer and not meta.issuer_is_publisher:
            a = reg.resolve(meta.issuer) or reg.guess(meta.issuer)
            changes.update(issuers=(a.name,), level=a.level, jurisdiction=a.jurisdiction or None)
        docs[idx] = replace(d, **changes) if changes else d
        return docs
    if not meta.title:
        return docs
    number = parse_doc_number(meta.number) if meta.number else None
    issuers: list[str] = []
    if meta.issuer and not meta.issuer_is_publisher:
        issuers = [meta.issuer]
    else:
        head = meta.title.split("关于", 1)[0] if "关于" in meta.title else ""
        if head and reg.looks_like_agency(head):
            issuers = reg.split_issuers(head)
        elif number is not None and reg.for_prefix(number.prefix):
            issuers = [reg.for_prefix(number.prefix).name]
    agencies = [reg.resolve(x) or reg.guess(x) for x in issuers]
    level, jur = (agencies[0].level, agencies[0].jurisdiction or None) if agencies else ("unknown", None)
    last = max((l.no for l in lines if l.text), default=meta.title_line or 1)
    return [
        ParsedDocument(
            title=meta.title,
            source_file=path,
            source_line=meta.title_line or 1,
            end_line=last,
            doc_number=number,
            doc_type=doc_type_of(meta.title),
            issuers=tuple(a.name for a in agencies),
            issuer_line=meta.title_line,
            date=meta.date,
            level=level,
            jurisdiction=jur,
        )
    ]


# ---------------------------------------------------------------- compilations and gazettes
def _parse_spans(nb: list[Line], spans: list[Span], path: str, problems: list[Problem]) -> list[ParsedDocument]:
    reg = default_registry()
    out: list[ParsedDocument] = []
    for _k, sp in enumerate(spans):
        parent = out[sp.transmitted_by] if sp.transmitted_by is not None and sp.transmitted_by < len(out) else None
        out.append(_parse_span(nb, sp, path, reg, parent, problems, spans))
    return out


def _span_lines(nb: list[Line], sp: Span) -> list[Line]:
    return nb[sp.first_line : sp.end + 1]


def _parse_span(nb, sp: Span, path, reg, parent: ParsedDocument | None, problems, spans) -> ParsedDocument:
    title = sp.title
    header = nb[sp.first_line : min(sp.anchor + 3, sp.end + 1)]
    body_from = max(sp.title_end, sp.anchor) + 1
    body = nb[body_from : sp.end + 1]

    number: DocNumber | None = None
    date: str | None = None
    if sp.anchor_kind != "transmitted":
        for l in header:
            c = compact(l.text)
            m = rx.DOCNUM_LINE.match(c)
            if m:
                number = parse_doc_number(m.group("num"))
                date = parse_date(m.group("rest")) if m.group("rest") else None
                break
        if number is None:
            number = _order_or_announcement(header)
        if sp.anchor_kind == "promulgation" or number is None:
            note = _promulgation_text(nb, sp)
            if note:
                # (…通过 …修正 …修订): the version in hand dates from its latest passing or amendment
                passed = [
                    parse_date(m.group("date"))
                    for m in rx.PASSED_LINE.finditer(_all_notes(nb, sp))
                    if m.group("how") != "施行"
                ]
                date = date or (max(d for d in passed if d) if any(passed) else parse_date(note))
                if number is None:
                    n = parse_doc_number(note)
                    number = n if n and n.kind == "order" else None

    # issuers: before 关于 in the title, else the 文头 above, else the signature, else the number's prefix
    issuers, issuer_line = _title_issuers(reg, title, nb, sp)
    if not issuers and sp.header_start is not None:
        for l in nb[sp.header_start : sp.start]:
            c = (
                DOC_HEADER_LINE.sub(lambda m: m.group(0)[:-2], compact(l.text))
                if compact(l.text).endswith("文件")
                else l.text
            )
            if reg.looks_like_agency(c):
                issuers.extend(x for x in reg.split_issuers(c) if x not in issuers)
                issuer_line = issuer_line or l.no
    sig_issuers, sig_date, sig_line = _signature(reg, body)
    # A text a notice issues (印发) is the notice's: it inherits issuers and date.  A document a notice
    # forwards (转发) is another body's and keeps its own.
    inherit = parent is not None and not _forwards(parent.title)
    if inherit:
        issuers = list(parent.issuers) if not issuers else issuers
        date = date or parent.date
    if not issuers and sig_issuers:
        issuers, issuer_line = sig_issuers, sig_line
    if not issuers and sp.anchor_kind != "transmitted":
        # （2024年…河南省第十四届人民代表大会常务委员会第N次会议通过）: the body that passed it
        note = _promulgation_text(nb, sp)
        m = rx.PASSED_LINE.search(note) if note else None
        passed = PASSED_BY.search(note[m.end("date") :]) if m else None
        if passed:
            issuers = [re.sub(r"第[一二三四五六七八九十百\d]+届", "", passed.group("body"))]
            issuer_line = nb[sp.title_end].no + 1
    if not issuers and number is not None:
        if number.kind == "order":
            a = reg.resolve(number.prefix[:-1]) or reg.guess(number.prefix[:-1])
            issuers, issuer_line = [a.name], header[0].no
        elif number.kind == "announcement":
            head = _announcement_head(header)
            if head:
                issuers = reg.split_issuers(head)
        else:
            a = reg.for_prefix(number.prefix)
            if a:
                issuers = [a.name]
    if date is None and sp.anchor_kind == "dated":  # 关于…的实施意见 / （2024年5月6日）
        date = parse_date(compact(nb[sp.anchor].text))
    date = date or sig_date
    if date is None and sp.header_start is not None:  # a decree's date, printed above its rules
        for l in nb[sp.header_start : sp.start]:
            if rx.DATE_LINE.match(compact(l.text)):
                date = parse_date(compact(l.text))
    if date is None and not inherit:
        for l in body[:400]:
            c = compact(l.text)
            if rx.DATE_LINE.match(c):
                date = parse_date(c)
                break
    if date is None and not inherit:
        # no signature date: the printing note (2017年6月21日印发) at the foot of the notice or of the
        # last text it transmits
        me = spans.index(sp) if sp in spans else -1
        family_end = max([sp.end] + [x.end for x in spans if x.transmitted_by == me and me >= 0])
        for l in nb[body_from : family_end + 1]:
            c = compact(l.text)
            if re.match(r"^.{0,40}(?:19|20)\d\d年\d{1,2}月\d{1,2}日印发$", c):
                date = parse_date(c)
                break

    if sp.anchor_kind == "untitled":
        problems.append(
            Problem(
                path,
                nb[sp.start].no,
                "untitled",
                f"a document with doc number {title} and no title line; titled by its number",
            )
        )
    # canonical names and level; 省政府办公厅 means the province of the doc number's prefix (苏政办发 → 江苏省)
    ctx = _context(issuers, title)
    if number is not None and number.kind == "standard" and number.prefix:
        by_prefix = reg.for_prefix(number.prefix)
        if by_prefix is not None and by_prefix.jurisdiction:
            ctx = by_prefix.jurisdiction
    agencies = [reg.resolve(x, context=ctx) or reg.guess(x, context=ctx) for x in issuers]
    canon = []
    for a in agencies:
        if a.name not in canon:
            canon.append(a.name)
    for x, a in zip(issuers, agencies):
        if not a.known:
            problems.append(
                Problem(
                    path,
                    issuer_line or nb[sp.start].no,
                    "unknown-issuer",
                    f"issuer not in the agency registry, kept as written: {x}",
                )
            )
    level, jurisdiction = "unknown", None
    if agencies:
        top = min(agencies, key=lambda a: ["national", "provincial", "municipal", "district", "unknown"].index(a.level))
        level, jurisdiction = top.level, top.jurisdiction or None
    elif inherit:
        level, jurisdiction = parent.level, parent.jurisdiction
    elif number is not None and number.kind == "standard":
        level = level_of_prefix(number.prefix)

    # references, effective date, expiry, beneficiary groups
    text, offsets = _join(body)

    def line_of(i: int) -> int:
        return offsets[max(0, bisect_right([o for o, _ in offsets], i) - 1)][1] if offsets else nb[sp.start].no

    own_titles = [title] + ([parent.title] if parent else [])
    amends = []
    am = rx.AMEND_TITLE.search(title)
    if am:
        amends = re.findall(r"《([^《》]+)》", am.group("what").replace("〈", "《").replace("〉", "》")) or [
            am.group("what")
        ]
    refs = find_references(
        text,
        file=path,
        line_of=line_of,
        own_numbers=[number] if number else [],
        own_titles=own_titles + attachment_titles(body),
        amends_titles=amends,
    )
    # A transmitting notice names the text(s) it transmits: those mentions are its TRANSMITS links.
    refs = [
        Reference("TRANSMITS", r.title, r.doc_number, r.evidence) if r.title and _is_transmitted(title, r.title) else r
        for r in refs
    ]
    note = _promulgation_text(nb, sp) if sp.anchor_kind != "transmitted" else None
    eff = (effective_date(note, date) if note else None) or effective_date(text, date)
    exp = expiry_date(text, eff or date)
    targets = _targets(text, path, line_of, title=title, title_line=nb[sp.start].no)
    return ParsedDocument(
        title=title,
        source_file=path,
        source_line=nb[sp.start].no,
        end_line=nb[sp.end].no,
        doc_number=number,
        doc_type=doc_type_of(title),
        issuers=tuple(canon),
        issuer_line=issuer_line,
        date=date,
        effective_date=eff,
        expiry_date=exp,
        level=level,
        jurisdiction=jurisdiction,
        references=tuple(refs),
        targets=tuple(targets),
        transmitted_by=sp.transmitted_by,
        inherits_from_notice=inherit,
    )


# "附件：1. 住房保障绩效评价指标表" / "2. 城中村改造绩效评价指标表" — a document's own attachments
_ATTACHMENT_ITEM = re.compile(r"^(?:附\s*件\s*[:：]?\s*)?(?:\d{1,2}\s*[.．、]\s*)?(?P<title>[^。；：:]{4,80})$")


def attachment_titles(body: list[Line]) -> list[str]:
    """Titles of the attachments a document lists (附件：1. X 2. Y …); mentions of them are no references."""
    out: list[str] = []
    for i, l in enumerate(body):
        c = compact(l.text)
        if not rx.ATTACHMENT.match(c):
            continue
        first = re.sub(r"^附\s*件\s*\d*\s*[:：]?\s*", "", c)
        items = [first] if first else []
        for nxt in body[i + 1 : i + 12]:
            t = compact(nxt.text)
            if re.match(r"^\d{1,2}\s*[.．、]", t):
                items.append(t)
            else:
                break
        for it in items:
            m = _ATTACHMENT_ITEM.match(it)
            if m:
                out.append(re.sub(r"^\d{1,2}\s*[.．、]\s*", "", m.group("title")).strip("《》"))
    return out


def _forwards(title: str) -> bool:
    """关于转发《X》的通知: X is another body's document."""
    return re.search(r"(?:关于)?转发", title) is not None and "印发" not in title


def _is_transmitted(notice_title: str, cited: str) -> bool:

    return loose_title_key(cited) in {loose_title_key(t) for t in transmitted_titles(notice_title, [])}


def _context(issuers: list[str], title: str) -> str | None:
    for x in issuers:
        m = re.match(r"^(?:中共)?([\u4e00-\u9fff]{1,9}?(?:省|市|自治区|区|县))", x)
        if m:
            return m.group(1)
    m = re.match(r"^([\u4e00-\u9fff]{1,9}?(?:省|市))", title)
    return m.group(1) if m else None


def _title_issuers(reg, title: str, nb, sp: Span) -> tuple[list[str], int | None]:
    """Issuers printed before 关于 (or before 印发《…》) in the title."""
    at = title.find("关于")
    if at < 0:  # 国务院办公厅印发《…》的通知 / 河南省生态环境厅出台促进…十项措施
        m = re.search(r"(?:印发|转发|发布)《|出台|制定|印发", title)
        at = m.start() if m else -1
    if at <= 0:
        return [], None
    head = title[:at]
    if "批转" in head:  # 国务院批转国家发展改革委关于…: the issuer stands before 批转
        head = head.split("批转")[0]
    if reg.looks_like_agency(head):
        return reg.split_issuers(head), nb[sp.start].no
    # the printed spaces separate joint issuers the registry may not know (中国人民银行平顶山市中心支行 …)
    raw = sp.raw_title or ""
    cut = raw.find("关于")
    chunks = [c for c in re.split(r"\s+", raw[:cut] if cut > 0 else "") if c]
    if len(chunks) >= 1 and "".join(chunks) == head:
        names: list[str] = []
        for c in chunks:
            if reg.looks_like_agency(c):
                names.extend(reg.split_issuers(c))
            elif AGENCY_NAME_END.search(c) and (reg.resolve(c) or AGENCY_START.match(c)):
                names.append(c)
            else:
                return [], None
        return names, nb[sp.start].no
    return [], None


# An agency name's last word: …支行, …分行, …局, …委员会 …
AGENCY_NAME_END = re.compile(
    r"(?:人民政府|办公厅|办公室|委员会|领导小组|工作专班|专班|总局|分局|支行|分行|中心|厅|局|部|署|委|院|会|行|组|所|站|队)$"
)


def _signature(reg, body: list[Line]) -> tuple[list[str], str | None, int | None]:
    """Issuers and date of the first signature block (agency lines followed by a date line)."""
    for i, l in enumerate(body):
        c = compact(l.text)
        if rx.DATE_LINE.match(c):
            names: list[str] = []
            first = None
            j = i - 1
            while j >= 0 and i - j <= 40:
                t = body[j].text
                ct = compact(t)
                if rx.PUBLICITY_NOTE.match(ct) or ct.startswith(("（", "(")):
                    j -= 1
                    continue
                if reg.looks_like_agency(t):
                    names = reg.split_issuers(t) + names
                    first = body[j].no
                    j -= 1
                    continue
                break
            return names, parse_date(c), first
    return [], None, None


def _order_or_announcement(header: list[Line]) -> DocNumber | None:
    for i, l in enumerate(header):
        c = compact(l.text)
        m = rx.ORDER_LINE.match(c)
        if m:
            issuer = m.group("issuer")
            if not issuer and i > 0:
                h = rx.ORDER_HEAD_LINE.match(compact(header[i - 1].text))
                issuer = h.group("issuer") if h else None
            if issuer:
                return DocNumber(issuer + "令", None, int(m.group("serial")), kind="order")
        m = rx.ANNOUNCEMENT_LINE.match(c)
        if m:
            return DocNumber("", int(m.group("year")), int(m.group("serial")), kind="announcement")
    return None


def _announcement_head(header: list[Line]) -> str | None:
    for l in header:
        m = rx.ANNOUNCEMENT_HEAD_LINE.match(compact(l.text))
        if m:
            return m.group("issuer")
    return None


def _all_notes(nb, sp: Span) -> str:
    """Every bracketed note right under the title ((…通过) (…第一次修正) …), joined."""
    out, i = "", sp.title_end + 1
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


def _promulgation_text(nb, sp: Span) -> str | None:
    for i in range(sp.title_end + 1, min(sp.title_end + 4, sp.end + 1)):
        c = compact(nb[i].text)
        if c.startswith(("（", "(")):
            joined = c
            for k in range(i + 1, min(i + 12, sp.end + 1)):
                if joined.endswith(("）", ")")):
                    break
                joined += compact(nb[k].text)
            if rx.PROMULGATION_NOTE.match(joined):
                return joined
    return None


def _join(body: list[Line]) -> tuple[str, list[tuple[int, int]]]:
    parts, offsets, pos = [], [], 0
    for l in body:
        offsets.append((pos, l.no))
        t = l.text.replace("\t", " ")
        # a line ending with a colon (addressee, lead-in) or a short heading ends its sentence
        if (
            t.endswith(("：", ":"))
            or l.heading
            or (
                len(t) <= 20
                and not rx.SENTENCE_END.search(t)
                and re.match(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节条])", t)
            )
        ):
            t += "\n"
        parts.append(t)
        pos += len(t)
    return "".join(parts), offsets


def _targets(
    text: str, path: str, line_of, *, title: str | None = None, title_line: int | None = None
) -> list[GroupTarget]:
    """Groups the document grants support to: named in its title, or in a sentence with a support trigger."""
    if default_taxonomy is None:
        return []
    tax = default_taxonomy()
    out: list[GroupTarget] = []
    seen: set[str] = set()
    if title:
        for gm in tax.title_targets(title):
            name = gm.group if isinstance(gm.group, str) else gm.group.name
            if name not in seen:
                seen.add(name)
                out.append(GroupTarget(name, Evidence(path, title_line or 1, title)))
    for s0, s1 in sentences(text):
        sent = text[s0:s1]
        for gm in tax.targets(sent):
            name = gm.group if isinstance(gm.group, str) else gm.group.name
            if name in seen:
                continue
            seen.add(name)
            start = getattr(gm, "start", 0) or 0
            out.append(GroupTarget(name, Evidence(path, line_of(s0 + start), sent.strip())))
    return out


# ---------------------------------------------------------------- one document per file
def _parse_single_law(text: str, lines: list[Line], path: str, problems: list[Problem]) -> ParsedDocument | None:
    """A law of a one-document-per-file collection: "# 标题", passing lines, <!-- INFO END -->, articles."""
    reg = default_registry()
    raw = text.splitlines()
    title, tline = None, 1
    for i, r in enumerate(raw, 1):
        m = MD_TITLE.match(r.strip())
        if m:
            title, tline = compact(m.group("title")), i
            break
        if r.strip():
            title, tline = compact(r.strip()), i
            break
    if not title:
        return None
    info_end = next((i for i, r in enumerate(raw, 1) if r.strip() == INFO_END), tline)
    info = [l for l in lines[tline : info_end - 1] if l.text]
    date = issuers = None
    issuer_line = None
    eff = None
    dates = []
    for l in info:
        for m in rx.PASSED_LINE.finditer(l.text):
            dates.append(parse_date(m.group("date")))
            body = PASSED_BY.search(l.text[m.end("date") :])
            if body and issuers is None:
                name = re.sub(r"第[一二三四五六七八九十百\d]+届", "", body.group("body"))
                issuers = [name]
                issuer_line = l.no
    # the version's date: the file's own (名称(YYYY-MM-DD).md), else the latest passing/amending date
    fm = re.search(r"\((?P<d>(?:19|20)\d\d-\d\d-\d\d)\)\.md$", path)
    dates = [d for d in dates if d]
    date = fm.group("d") if fm else (max(dates) if dates else None)
    body_lines = [l for l in lines[info_end:] if l.text]
    btext, offsets = _join(body_lines)

    def line_of(i: int) -> int:
        return offsets[max(0, bisect_right([o for o, _ in offsets], i) - 1)][1] if offsets else tline

    eff = effective_date(btext, date)
    exp = expiry_date(btext, eff or date)
    if not issuers and "关于" in title:  # 最高人民法院关于…的规定: the issuer heads the title
        head = title.split("关于", 1)[0]
        if head and reg.looks_like_agency(head):
            issuers, issuer_line = reg.split_issuers(head), tline
    agencies = [reg.resolve(x) or reg.guess(x) for x in issuers or []]
    level, jur = ("unknown", None)
    if agencies:
        level, jur = agencies[0].level, agencies[0].jurisdiction or None
    am = rx.AMEND_TITLE.search(title)
    amends = re.findall(r"《([^《》]+)》", am.group("what")) if am else []
    refs = find_references(btext, file=path, line_of=line_of, own_titles=[], amends_titles=amends)
    number = None
    for l in info:
        n = parse_doc_number(l.text)
        if n and (n.kind in ("order", "standard")):
            number = n
            break
    return ParsedDocument(
        title=title,
        source_file=path,
        source_line=tline,
        end_line=len(raw),
        doc_number=number,
        doc_type=doc_type_of(title),
        issuers=tuple(a.name for a in agencies),
        issuer_line=issuer_line,
        date=date,
        effective_date=eff,
        expiry_date=exp,
        level=level,
        jurisdiction=jur,
        references=tuple(refs),
        targets=tuple(_targets(btext, path, line_of, title=title, title_line=tline)),
    )


def _parse_single_fallback(lines: list[Line], path: str, problems: list[Problem]) -> ParsedDocument | None:
    """A file with no header anchors: one document titled by its first title-like line."""
    from policykg.loaders.segment import clean_title, looks_like_title

    nb = [l for l in lines if l.text]
    if sum(len(l.text) for l in nb) < 200:
        return None
    reg = default_registry()
    for i, l in enumerate(nb[:10]):
        if looks_like_title(l.text):
            sp = Span(title=clean_title(l.text), start=i, title_end=i, anchor=i, anchor_kind="file", end=len(nb) - 1)
            return _parse_span(nb, sp, path, reg, None, problems, [sp])
    # One document per file without a title line (a scraper dropped it): keep the text, titled by the
    # file's name, and say so.
    from pathlib import Path

    stem = Path(path).stem
    problems.append(
        Problem(
            path, nb[0].no, "untitled", f"no title line found; the file's text is kept as one document titled {stem!r}"
        )
    )
    sp = Span(title=stem, start=0, title_end=0, anchor=-1, anchor_kind="file", end=len(nb) - 1)
    return _parse_span(nb, sp, path, reg, None, problems, [sp])
