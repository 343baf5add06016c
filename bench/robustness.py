"""Layout robustness: does the parser find the same documents when single texts are laid out as publications?

Each input file is parsed alone first (the *reference*: its documents' titles, doc numbers, issuers
and dates).  The files are then assembled (deterministic seed) into synthetic publications of the
layouts seen in real gazettes and compilations, each publication is parsed, and its documents are
compared with the references of the files it holds:

* ``gazette``     — cover lines (XX人民政府公报 / 2024年第N号（总第M号） / date), a 目录 with
  【…】 section headings and entries ``title ……（page）`` (long ones wrapped over two lines), the
  section headings again in the body, the documents back to back;
* ``pdf``         — the gazette as PDF conversion gives it: every body line hard-wrapped at 18–26
  characters, a blank line after each physical line, stray spaces in numbers and dates
  (``2024 年 3 月 5 日``, ``〔2024〕 5 号``), page numbers ``- 12 -`` between pages;
* ``compilation`` — a policy compilation: ``第一部分 国家政策`` parts, a numbered 目录
  (``1. title ..... 12``), documents with a red header (文头, ``XX文件``) above their number;
* ``markdown``    — ``# title`` for each document (``##`` for a transmitted text), ``## 一、…``
  for section headings, a ``## 目录`` list ``- title ..... (3)``;
* ``gb18030``     — the gazette encoded in GB18030, read back through the project's decoder;
* ``markdown-bare`` — the Markdown layout with a 目录 of bare titles (no page numbers), as web
  compilations print it.

Document texts are kept as they are apart from those layout changes.  The synthetic publications are
written to ``--out`` (a temporary folder by default, kept) so every miss or extra can be opened at
the ``file:line`` printed.  Figures per layout: precision / recall / F1 of documents matched by title
(exact after normalising spaces and brackets; "lenient" also accepts a near title), then over matched
documents the share with the same doc number, issuers and date as the reference.

    python3 bench/robustness.py /work/shared/corpus-extra/policy-notices
    python3 bench/robustness.py DIR --seed 7 --layouts pdf,markdown --show 40 --json /tmp/r.json

Files whose reference has an untitled document (titled by its file name or its number) are left out:
a publication would print a title the file does not have.  Web-page furniture (a portal's metadata
table, 打印 关闭, 本文链接：…) is blanked out before the reference is taken (``--keep-web`` keeps it):
no printed publication has it.  LawRefBook files (``# 标题`` … ``<!-- INFO END -->``) are printed as a
gazette prints a law (no Markdown marks, the passing note in brackets under the title); their
reference date is the version date in the file name, which no publication carries, so for laws the
date column measures that rather than the layout.  Nothing here asserts; it prints figures.

    python3 bench/robustness.py /work/shared/corpus-extra/lawrefbook/DLC --limit 60
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from policykg.loaders.parse import parse_text
from policykg.loaders.reading import decode, iter_input_files, read_source

LAYOUTS = ("gazette", "pdf", "compilation", "markdown", "gb18030", "markdown-bare")

# 2024年3月5日 → 2024 年 3 月 5 日 (the spaces PDF conversion puts around digits)
DATE_DIGITS = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
# 〔2024〕5号 / [2007]9号 → 〔2024〕 5 号
NUMBER_DIGITS = re.compile(r"([〔\[［]\s*(?:19|20)\d\d\s*[〕\]］])(\d{1,4})号")
# 第227号 → 第 227 号
ORDINAL_DIGITS = re.compile(r"第(\d{1,4})号")
# 一、总体要求 / 第一章 总则 — a section heading inside a document (short, no sentence end)
SECTION_IN_DOC = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、[^。；;：:]{1,28}|第[一二三四五六七八九十]{1,3}章\s*\S.{0,20})\s*$"
)
# Web-page furniture no printed publication has: a portal's metadata table (索引号： … 发布机构： …;
# 文号： / 日期： / 来源： only in a page's first lines, where the table sits), 字号：大 中 小,
# 打印 关闭 / [放大字体] [返回顶部], 分享：, 扫一扫在手机打开当前页, 本文链接：…, 全真版：…
WEB_FIELD = re.compile(
    r"^\s*(?:索\s*引\s*号|主题分类|发布机构|成文日期|发布日期|生成日期|文件登记号|浏览次数|点击数|访问量|"
    r"信息来源|本文链接|本文关键词)\s*[:：]"
)
WEB_HEAD_FIELD = re.compile(
    r"^\s*(?:文\s*号|发文字号|发文机关|有\s*效\s*性|日\s*期|来\s*源|主\s*题\s*词|标\s*题)\s*[:：]"
)
WEB_FIELD_LINES = 12  # how far down a page its metadata table may reach
WEB_CLUTTER = re.compile(
    r"^[\s\[\]【】]*(?:字号|字体)\s*[:：]?[\s大中小\[\]【】]*$"
    r"|^[\s\[\]【】:：]*(?:(?:打印本页|打印|关闭窗口|关闭|分享到|分享|返回顶部|放大字体|缩小字体|收藏|纠错|文件下载|下载)[\s\[\]【】:：]*)+$"
    r"|^\s*(?:扫一扫.{0,12}|扫描二维码.{0,12}|全真版[:：].*|文件下载及相关附件[:：].*)$"
)
# "附件：名单.rar" / "1. 汇总表.docx" (an attachment: the extension goes) / "通知.pdf" alone (a download link: the line goes)
FILE_LINK = re.compile(r"^(?P<keep>.{0,80}?)\.(?:pdf|docx?|wps|xlsx?|zip|rar)\s*$", re.I)
ATTACHMENT_NAME = re.compile(r"^\s*(?:附\s*件|\d{1,2}\s*[.．、])")
# A law of a one-document-per-file collection (LawRefBook): "# 标题", passing lines, this marker, articles.
INFO_END = "<!-- INFO END -->"
MD_MARK = re.compile(r"^\s*#{1,6}\s+")
# what normalising a title removes or unifies before comparing
_TITLE_DROP = re.compile(r"[\s《》〈〉“”\"'‘’「」]")
_TITLE_UNIFY = str.maketrans({"（": "(", "）": ")", "〔": "[", "〕": "]", "［": "[", "］": "]", "，": ",", "、": ","})

PLACES = ("河南省", "江苏省", "浙江省", "湖北省", "四川省", "山东省", "郑州市", "洛阳市", "苏州市", "成都市")
TOC_LEADERS = ("……………………", "…………", " ..... ", "..........", "·······", " ")
PAGE_FORMS = ("（{}）", "({})", " {}")


# ---------------------------------------------------------------- data
@dataclass(frozen=True)
class RefDoc:
    """A document of the reference parse of one input file."""

    title: str
    doc_number: str | None
    issuers: tuple[str, ...]
    date: str | None
    line: int  # first title line in the input file (1-based)
    transmitted: bool
    level: str
    kind: str | None  # doc number kind: standard | order | announcement | None


@dataclass(frozen=True)
class Source:
    """One input file: its raw lines and its reference documents."""

    name: str
    lines: tuple[str, ...]
    docs: tuple[RefDoc, ...]

    @property
    def top(self) -> RefDoc:
        return next((d for d in self.docs if not d.transmitted), self.docs[0])


@dataclass(frozen=True)
class Origin:
    """Where a line of a synthetic publication comes from: an input file's line, or layout furniture."""

    source: str | None = None
    line: int | None = None
    what: str = "text"  # text | cover | toc | heading | page | blank | header

    def __str__(self) -> str:
        return f"{self.source}:{self.line}" if self.source else f"<{self.what}>"


BLANK = Origin(what="blank")


@dataclass(frozen=True)
class Publication:
    name: str
    layout: str
    text: str
    origins: tuple[Origin, ...]  # one per line of text
    expected: tuple[tuple[str, RefDoc], ...]  # (source name, reference document)
    encoding: str = "utf-8"

    def line_of(self, source: str, line: int) -> int | None:
        """1-based line of the publication where an input file's line landed (its first fragment)."""
        for i, o in enumerate(self.origins):
            if o.source == source and o.line is not None and o.line >= line:
                return i + 1
        return None


@dataclass(frozen=True)
class Found:
    title: str
    doc_number: str | None
    issuers: tuple[str, ...]
    date: str | None
    line: int  # 1-based line in the publication


@dataclass
class Result:
    """Comparison of one publication's parse with its references."""

    pub: Publication
    n_expected: int
    n_found: int
    exact: int = 0
    lenient: int = 0
    same_title: int = 0  # matched documents whose title is the reference's, character for character
    same_number: int = 0
    same_issuers: int = 0
    same_date: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    patterns: Counter = field(default_factory=Counter)  # failure pattern -> count (see compare)


# ---------------------------------------------------------------- references
def norm_title(t: str) -> str:
    """Title key: no spaces, quotes or book-title marks; full/half-width brackets and commas unified."""
    return _TITLE_DROP.sub("", t).translate(_TITLE_UNIFY)


def drop_web_furniture(text: str) -> tuple[str, int]:
    """Blank out web-page furniture (line numbers stay those of the file); returns the text and lines changed.

    >>> drop_web_furniture("索引号： 0001\\n关于X的通知\\n附件：名单.rar\\n打印 关闭")
    ('\\n关于X的通知\\n附件：名单\\n', 3)
    """
    out, n = [], 0
    lines = text.split("\n")
    table = any(WEB_FIELD.match(l) for l in lines[:WEB_FIELD_LINES])  # a portal page's metadata table on top
    for i, line in enumerate(lines):
        new = line
        if (
            WEB_FIELD.match(line)
            or (table and i < WEB_FIELD_LINES and WEB_HEAD_FIELD.match(line))
            or WEB_CLUTTER.match(line)
        ):
            new = ""
        elif m := FILE_LINK.match(line):
            new = m.group("keep") if ATTACHMENT_NAME.match(line) else ""
        n += new != line
        out.append(new)
    return "\n".join(out), n


def reference(name: str, text: str, *, keep_web: bool = False) -> Source:
    """Parse one file alone (web furniture blanked out unless ``keep_web``): its documents are the reference."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_web:
        text, _ = drop_web_furniture(text)
    pf = parse_text(text, name)
    docs = tuple(
        RefDoc(
            title=d.title,
            doc_number=str(d.doc_number) if d.doc_number else None,
            issuers=tuple(d.issuers),
            date=d.date,
            line=d.source_line,
            transmitted=d.transmitted_by is not None,
            level=d.level,
            kind=d.doc_number.kind if d.doc_number else None,
        )
        for d in pf.documents
    )
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if INFO_END in text:
        lines = print_form_of_law(lines)
    return Source(name, tuple(lines), docs)


def print_form_of_law(lines: list[str]) -> list[str]:
    """A LawRefBook file as a gazette prints the law: no Markdown marks, the passing note in brackets
    under the title, no INFO END marker (line numbers kept).

    >>> print_form_of_law(["# 某条例", "", "2003年9月27日 某会议通过", "", "<!-- INFO END -->", "## 第一章 总则", "第一条 …"])
    ['某条例', '', '（2003年9月27日 某会议通过）', '', '', '第一章 总则', '第一条 …']
    """
    end = next((i for i, l in enumerate(lines) if l.strip() == INFO_END), -1)
    title = next((i for i, l in enumerate(lines) if l.strip()), 0)
    out = []
    for i, l in enumerate(lines):
        if i == end:
            out.append("")
        elif title < i < end and l.strip():
            out.append(f"（{l.strip()}）")
        else:
            out.append(MD_MARK.sub("", l))
    return out


def untitled_reason(src: Source) -> str | None:
    """Why a file cannot stand in a publication (its reference has no real title), or None."""
    if not src.docs:
        return "no document in the reference parse"
    stem = Path(src.name).stem
    for d in src.docs:
        if d.title == stem or d.title.endswith(stem):
            return f"untitled document (titled by the file name) at line {d.line}"
        if d.doc_number and d.title == d.doc_number:
            return f"untitled document (titled by its number {d.doc_number}) at line {d.line}"
    return None


def title_lines(src: Source, doc: RefDoc) -> tuple[int, int] | None:
    """The input lines (1-based, inclusive) that print ``doc``'s title, or None when it is not printed there."""
    want = norm_title(doc.title)
    acc = ""
    first = last = None
    j = doc.line
    while j <= len(src.lines) and j < doc.line + 8:
        c = norm_title(src.lines[j - 1])
        j += 1
        if not c:
            if first is None:
                continue
            break
        if (acc + c) in want or want in (acc + c):
            first = first or j - 1
            last = j - 1
            acc += c
            if want in acc:
                break
        else:
            break
    return (first, last) if first is not None else None


# ---------------------------------------------------------------- assembling
class _Builder:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.origins: list[Origin] = []

    def add(self, text: str, origin: Origin) -> None:
        self.lines.append(text)
        self.origins.append(origin if text.strip() else BLANK)

    def blank(self) -> None:
        self.add("", BLANK)

    def body(self, src: Source) -> None:
        for i, raw in enumerate(src.lines, 1):
            self.add(raw, Origin(src.name, i))

    def publication(self, name: str, layout: str, sources: list[Source], encoding: str = "utf-8") -> Publication:
        expected = tuple((s.name, d) for s in sources for d in s.docs)
        return Publication(name, layout, "\n".join(self.lines) + "\n", tuple(self.origins), expected, encoding)


def _gazette_section(d: RefDoc) -> str:
    issuer = d.issuers[0] if d.issuers else ""
    if d.kind == "order":
        return "【政府令】"
    if issuer.endswith("人民政府"):
        return "【政府文件】"
    if "人民政府办公" in issuer:
        return "【政府办公厅文件】"
    return "【部门文件】"


_SECTION_ORDER = ("【政府令】", "【政府文件】", "【政府办公厅文件】", "【部门文件】")
_PARTS = (
    ("national", "国家政策"),
    ("provincial", "省级政策"),
    ("municipal", "市级政策"),
    ("district", "县区政策"),
    ("unknown", "其他政策"),
)
_CN = "一二三四五六七八九十"


def _toc_entry(title: str, page: int, *, leader: str, form: str, wrap_at: int) -> list[str]:
    """ "title ……（3）", wrapped over two lines when the title is longer than ``wrap_at``."""
    tail = leader + form.format(page)
    if len(title) > wrap_at:
        return [title[:wrap_at], title[wrap_at:] + tail]
    return [title + tail]


def _pages(sources: list[Source], first: int) -> list[int]:
    out, page = [], first
    for s in sources:
        out.append(page)
        page += 1 + sum(len(l) for l in s.lines) // 900
    return out


def gazette(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (a): cover, 目录 with 【…】 sections and page numbers, documents back to back."""
    place = rng.choice(PLACES)
    year = rng.choice((2023, 2024))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    ordered = sorted(sources, key=lambda s: _SECTION_ORDER.index(_gazette_section(s.top)))
    b = _Builder()
    cover = Origin(what="cover")
    b.add(f"{place}人民政府公报", cover)
    b.blank()
    b.add(f"{year}年第{no}号（总第{400 + no}号）", cover)
    if rng.random() < 0.5:
        b.add("（半月刊）", cover)
    b.add(f"{place}人民政府办公{'厅' if place.endswith('省') else '室'}", cover)
    b.add(f"{year}年{month}月{day}日", cover)
    b.blank()
    toc = Origin(what="toc")
    b.add(rng.choice(("目  录", "目录", "目 录")), toc)
    leader, form, wrap_at = rng.choice(TOC_LEADERS[:4]), rng.choice(PAGE_FORMS[:2]), rng.randint(28, 36)
    section = None
    for s, page in zip(ordered, _pages(ordered, 2)):
        sec = _gazette_section(s.top)
        if sec != section:
            b.add(sec, toc)
            section = sec
        for l in _toc_entry(s.top.title, page, leader=leader, form=form, wrap_at=wrap_at):
            b.add(l, toc)
    b.blank()
    section = None
    for s in ordered:
        sec = _gazette_section(s.top)
        if sec != section:
            b.add(sec, Origin(what="heading"))
            section = sec
        b.body(s)
    return b.publication(f"gazette-{no:02d}.txt", "gazette", ordered)


def pdf(sources: list[Source], rng: random.Random, no: int, *, width: int | None = None) -> Publication:
    """Layout (b): the gazette as PDF conversion gives it (columns of ``width`` characters, 18–26 when not given;
    blank lines, spaced digits, page numbers)."""
    g = gazette(sources, rng, no)  # the very gazette of layout (a) for the same seed: only the conversion differs
    width = width or rng.randint(18, 26)
    per_page = rng.randint(26, 36)
    b = _Builder()
    page, on_page = 1, 0
    for text, origin in zip(g.text.split("\n")[:-1], g.origins):
        if not text.strip():
            continue
        t = ORDINAL_DIGITS.sub(
            r"第 \1 号", NUMBER_DIGITS.sub(r"\1 \2 号", DATE_DIGITS.sub(r"\1 年 \2 月 \3 日", text.strip()))
        )
        w = 40 if origin.what == "toc" else width  # the table of contents spans the page
        for k in range(0, len(t), w):
            b.add(t[k : k + w], origin)
            b.blank()
            on_page += 1
            if on_page >= per_page:
                b.add(f"- {page} -", Origin(what="page"))
                b.blank()
                page, on_page = page + 1, 0
    return b.publication(f"pdf-{no:02d}.txt", "pdf", _order_of(g, sources))


def _order_of(pub: Publication, sources: list[Source]) -> list[Source]:
    by = {s.name: s for s in sources}
    seen: list[str] = []
    for name, _ in pub.expected:
        if name not in seen:
            seen.append(name)
    return [by[n] for n in seen]


def _red_header(d: RefDoc) -> list[str]:
    if not d.issuers:
        return []
    if len(d.issuers) == 1:
        return [f"{d.issuers[0]}文件"]
    return list(d.issuers[:-1]) + [f"{d.issuers[-1]} 文件"]


def compilation(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (c): parts (第一部分 国家政策), a numbered 目录, documents under a red header (XX文件)."""
    levels = [lv for lv, _ in _PARTS]
    ordered = sorted(sources, key=lambda s: levels.index(s.top.level) if s.top.level in levels else len(levels))
    parts: list[tuple[str, list[Source]]] = []
    for s in ordered:
        name = dict(_PARTS).get(s.top.level, "其他政策")
        if not parts or parts[-1][0] != name:
            parts.append((name, []))
        parts[-1][1].append(s)
    b = _Builder()
    cover = Origin(what="cover")
    b.add(f"{rng.choice(('惠企', '就业创业', '营商环境', '科技创新'))}政策汇编", cover)
    b.add(f"（{rng.choice((2023, 2024))}年版）", cover)
    b.add(f"{rng.choice(PLACES)}{rng.choice(('发展和改革委员会', '人力资源和社会保障局', '工业和信息化局'))}编", cover)
    b.blank()
    toc = Origin(what="toc")
    b.add("目  录", toc)
    leader, sep = rng.choice(("..... ", "……", " ")), rng.choice((". ", "．", "、"))
    k, pages = 0, _pages(ordered, 1)
    for p, (name, items) in enumerate(parts):
        b.add(f"第{_CN[p]}部分 {name}", toc)
        for s in items:
            k += 1
            b.add(f"{k}{sep}{s.top.title}{leader}{pages[ordered.index(s)]}", toc)
    b.blank()
    for p, (name, items) in enumerate(parts):
        b.add(f"第{_CN[p]}部分 {name}", Origin(what="heading"))
        b.blank()
        for s in items:
            if s.top.doc_number and s.top.kind == "standard":
                for h in _red_header(s.top):
                    b.add(h, Origin(what="header"))
            b.body(s)
            b.blank()
    return b.publication(f"compilation-{no:02d}.txt", "compilation", ordered)


def markdown(sources: list[Source], rng: random.Random, no: int, *, pages: bool = True) -> Publication:
    """Layout (d): ``# title`` per document (``##`` for a transmitted text), ``## 一、…`` sections, a ``## 目录``
    list ``- title ..... (3)``; with ``pages=False`` the list has no page numbers (``markdown-bare``)."""
    b = _Builder()
    b.add(f"# {rng.choice(PLACES)}人民政府公报", Origin(what="cover"))
    b.blank()
    b.add(f"{rng.choice((2023, 2024))}年第{no}号", Origin(what="cover"))
    b.blank()
    b.add("## 目 录", Origin(what="toc"))
    b.blank()
    leader = rng.choice((" ..... ", "……"))
    for s, page in zip(sources, _pages(sources, 2)):
        b.add(f"- {s.top.title}" + (f"{leader}({page})" if pages else ""), Origin(what="toc"))
    b.blank()
    for s in sources:
        spans = {}
        for d in s.docs:
            tl = title_lines(s, d)
            if tl:
                spans[tl[0]] = (tl[1], "##" if d.transmitted else "#")
        i = 1
        while i <= len(s.lines):
            if i in spans:
                end, mark = spans[i]
                joined = " ".join(x.strip() for x in s.lines[i - 1 : end] if x.strip())
                b.blank()
                b.add(f"{mark} {joined}", Origin(s.name, i))
                b.blank()
                i = end + 1
                continue
            raw = s.lines[i - 1]
            if SECTION_IN_DOC.match(raw):
                b.blank()
                b.add(f"## {raw.strip()}", Origin(s.name, i))
                b.blank()
            else:
                b.add(raw, Origin(s.name, i))
            i += 1
        b.blank()
    layout = "markdown" if pages else "markdown-bare"
    return b.publication(f"{layout}-{no:02d}.md", layout, sources)


def gb18030(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (e): the gazette, to be written in GB18030."""
    g = gazette(sources, rng, no)
    return Publication(f"gb18030-{no:02d}.txt", "gb18030", g.text, g.origins, g.expected, encoding="gb18030")


def markdown_bare(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (d'): Markdown whose 目录 lists the titles without page numbers (web compilations)."""
    return markdown(sources, rng, no, pages=False)


BUILDERS = {
    "gazette": gazette,
    "pdf": pdf,
    "compilation": compilation,
    "markdown": markdown,
    "gb18030": gb18030,
    "markdown-bare": markdown_bare,
}


def groups(sources: list[Source], *, seed: int, sizes: tuple[int, int] = (3, 6)) -> list[list[Source]]:
    """Deterministic grouping of the sources into publications (the same groups for every layout)."""
    rng = random.Random(seed)
    pool = list(sources)
    rng.shuffle(pool)
    out = []
    while pool:
        k = rng.randint(*sizes)
        out.append(pool[:k])
        pool = pool[k:]
    return out


def assemble(sources: list[Source], layout: str, *, seed: int, sizes: tuple[int, int] = (3, 6)) -> list[Publication]:
    builder = BUILDERS[layout]
    pubs = []
    for no, grp in enumerate(groups(sources, seed=seed, sizes=sizes), 1):
        # pdf and gb18030 start from the same gazette as layout (a), so their differences are the conversion's
        rng = random.Random(f"{seed}-{'gazette' if layout in ('pdf', 'gb18030') else layout}-{no}")
        pubs.append(builder(grp, rng, no))
    return pubs


# ---------------------------------------------------------------- parsing and comparing
def parse_publication(pub: Publication, path: str | None = None) -> tuple[list[Found], str]:
    """Parse a publication's text (after a round trip through its encoding); returns documents and encoding."""
    data = pub.text.encode(pub.encoding)
    text, enc = decode(data, name=pub.name)
    pf = parse_text(text, path or pub.name, encoding=enc)
    return [
        Found(d.title, str(d.doc_number) if d.doc_number else None, tuple(d.issuers), d.date, d.source_line)
        for d in pf.documents
    ], enc


def parse_written(path: Path) -> tuple[list[Found], str]:
    src = read_source(path)
    pf = parse_text(src.text, str(path), encoding=src.encoding)
    return [
        Found(d.title, str(d.doc_number) if d.doc_number else None, tuple(d.issuers), d.date, d.source_line)
        for d in pf.documents
    ], src.encoding


def _near(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if short in long_ and len(short) >= 0.6 * len(long_):
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


def compare(pub: Publication, found: list[Found], *, where: str | None = None) -> Result:
    """Match found documents to expected ones by title (exact key first, then near titles)."""
    where = where or pub.name
    res = Result(pub, len(pub.expected), len(found))
    free = list(range(len(found)))
    pairs: list[tuple[int, int]] = []
    exp_keys = [norm_title(d.title) for _, d in pub.expected]
    found_keys = [norm_title(f.title) for f in found]
    numbers = {d.doc_number for _, d in pub.expected if d.doc_number}

    def rank(i: int, j: int) -> tuple[bool, int]:
        # prefer the found document that lies in the expected document's own text (not a TOC line)
        src, d = pub.expected[i]
        o = pub.origins[found[j].line - 1] if 0 < found[j].line <= len(pub.origins) else Origin()
        return o.source != src, abs((o.line or 0) - d.line)

    unmatched = []
    for i, key in enumerate(exp_keys):
        j = min((j for j in free if found_keys[j] == key), key=lambda j: rank(i, j), default=None)
        if j is None:
            unmatched.append(i)
        else:
            free.remove(j)
            pairs.append((i, j))
            res.exact += 1
    still = []
    for i in unmatched:
        j = min((j for j in free if _near(exp_keys[i], found_keys[j])), key=lambda j: rank(i, j), default=None)
        if j is None:
            still.append(i)
        else:
            free.remove(j)
            pairs.append((i, j))
            src, d = pub.expected[i]
            res.variants.append(f"{where}:{found[j].line}: title {found[j].title!r} for {d.title!r} ({src}:{d.line})")
            fk, ek = found_keys[j], exp_keys[i]
            res.patterns[
                "title: other text glued before it"
                if fk.endswith(ek)
                else "title: text glued after it"
                if fk.startswith(ek)
                else "title: cut short"
                if ek.startswith(fk) or ek.endswith(fk)
                else "title: differs"
            ] += 1
    res.lenient = len(pairs)
    for i, j in sorted(pairs):
        src, d = pub.expected[i]
        f = found[j]
        at = f"{where}:{f.line} ({src}:{d.line}) {d.title[:40]!r}"
        if f.title == d.title:
            res.same_title += 1
        elif exp_keys[i] == found_keys[j]:
            res.variants.append(
                f"{where}:{f.line}: title {f.title!r} for {d.title!r} ({src}:{d.line}) (differs in spaces/marks)"
            )
            res.patterns[
                "title: a space or mark inside it" if re.search(r"\s", f.title) else "title: marks differ"
            ] += 1
        if f.doc_number == d.doc_number:
            res.same_number += 1
        else:
            res.field_errors.append(f"{at}: doc number {f.doc_number} (reference {d.doc_number})")
            res.patterns[
                "number: lost"
                if f.doc_number is None
                else "number: another document's"
                if f.doc_number in numbers
                else "number: where the reference has none"
                if d.doc_number is None
                else "number: differs"
            ] += 1
        if sorted(f.issuers) == sorted(d.issuers):
            res.same_issuers += 1
        else:
            res.field_errors.append(f"{at}: issuers {list(f.issuers)} (reference {list(d.issuers)})")
            res.patterns["issuers: lost" if not f.issuers else "issuers: differ"] += 1
        if f.date == d.date:
            res.same_date += 1
        else:
            res.field_errors.append(f"{at}: date {f.date} (reference {d.date})")
            res.patterns[
                "date: lost"
                if f.date is None
                else "date: where the reference has none"
                if d.date is None
                else "date: differs"
            ] += 1
    for i in still:
        src, d = pub.expected[i]
        at = pub.line_of(src, d.line)
        res.misses.append(f"{where}:{at} ({src}:{d.line}) missed {d.title!r} [{d.doc_number}]")
        res.patterns["missed: transmitted text" if d.transmitted else "missed: document"] += 1
    for j in free:
        f = found[j]
        o = pub.origins[f.line - 1] if 0 < f.line <= len(pub.origins) else Origin(what="?")
        res.extras.append(f"{where}:{f.line} (from {o}) extra {f.title[:60]!r} [{f.doc_number}]")
        matched_here = any(pub.expected[i][0] == o.source for i, _ in pairs)
        res.patterns[
            "extra: a TOC entry"
            if o.what == "toc"
            else f"extra: layout furniture ({o.what})"
            if o.source is None
            else "extra: a second document in one found"
            if matched_here
            else "extra: in a missed document's text"
        ] += 1
    return res


@dataclass(frozen=True)
class Figures:
    layout: str
    publications: int
    expected: int
    found: int
    exact: int
    lenient: int
    same_title: int
    same_number: int
    same_issuers: int
    same_date: int
    encodings: tuple[str, ...] = ()

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.found if self.found else 0.0
        r = matched / self.expected if self.expected else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(layout: str, results: list[Result], encodings: list[str] = ()) -> Figures:
    return Figures(
        layout,
        len(results),
        sum(r.n_expected for r in results),
        sum(r.n_found for r in results),
        sum(r.exact for r in results),
        sum(r.lenient for r in results),
        sum(r.same_title for r in results),
        sum(r.same_number for r in results),
        sum(r.same_issuers for r in results),
        sum(r.same_date for r in results),
        tuple(sorted(set(encodings))),
    )


def pattern_table(by_layout: dict[str, Counter]) -> str:
    """Failure patterns (rows) by layout (columns)."""
    names = sorted({k for c in by_layout.values() for k in c})
    if not names:
        return "no failures"
    layouts = list(by_layout)
    w = max(len(n) for n in names)
    out = [f"{'pattern':<{w}} " + " ".join(f"{l[:13]:>13}" for l in layouts)]
    for n in names:
        out.append(f"{n:<{w}} " + " ".join(f"{by_layout[l][n]:>13}" for l in layouts))
    return "\n".join(out)


def table(rows: list[Figures]) -> str:
    head = (
        f"{'layout':<14} {'pubs':>4} {'exp':>4} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'F1~':>6} "
        f"{'title=':>7} {'number':>7} {'issuers':>7} {'date':>7}  encoding"
    )
    out = [head, "-" * len(head)]
    for f in rows:
        p, r, f1 = f.prf(f.exact)
        _, _, f1l = f.prf(f.lenient)
        m = max(1, f.lenient)
        out.append(
            f"{f.layout:<14} {f.publications:>4} {f.expected:>4} {f.found:>5} {p:>6.3f} {r:>6.3f} {f1:>6.3f} {f1l:>6.3f} "
            f"{f.same_title / m:>7.3f} {f.same_number / m:>7.3f} {f.same_issuers / m:>7.3f} {f.same_date / m:>7.3f}  {','.join(f.encodings)}"
        )
    out.append(
        "P/R/F1: documents matched by exact (normalised) title; F1~: near titles accepted too; "
        "title=/number/issuers/date: share of matched documents equal to the reference (title= char for char)"
    )
    return "\n".join(out)


# ---------------------------------------------------------------- command line
def load_sources(
    folder: str, *, keep_web: bool = False, limit: int | None = None, seed: int = 1
) -> tuple[list[Source], list[tuple[str, str]]]:
    files, missing = iter_input_files([folder])
    if limit is not None and len(files) > limit:
        files = sorted(random.Random(seed).sample(files, limit))
    sources, skipped = [], [(p, why) for p, why in missing]
    for f in files:
        src = read_source(f)
        s = reference(f.name, src.text, keep_web=keep_web)
        why = untitled_reason(s)
        if why:
            skipped.append((f.name, why))
        else:
            sources.append(s)
    return sources, skipped


def run(
    folder: str,
    *,
    out: Path,
    seed: int,
    layouts: list[str],
    show: int,
    sizes: tuple[int, int],
    keep_web: bool = False,
    rounds: int = 1,
    limit: int | None = None,
) -> dict:
    sources, skipped = load_sources(folder, keep_web=keep_web, limit=limit, seed=seed)
    if not sources:
        raise SystemExit(f"{folder}: no input file with a titled document ({len(skipped)} left out)")
    n_ref = sum(len(s.docs) for s in sources)
    print(
        f"reference: {len(sources)} files with {n_ref} documents from {folder}; "
        f"{len(skipped)} files left out (untitled in the reference parse)"
    )
    for name, why in skipped:
        print(f"  left out {name}: {why}")
    out.mkdir(parents=True, exist_ok=True)
    print(f"synthetic publications written to {out}")
    rows, report = (
        [],
        {"folder": folder, "seed": seed, "rounds": rounds, "out": str(out), "skipped": skipped, "layouts": {}},
    )
    for layout in layouts:
        results, encs = [], []
        pubs = [(r, pub) for r in range(rounds) for pub in assemble(sources, layout, seed=seed + r, sizes=sizes)]
        for r, pub in pubs:
            path = out / (f"s{seed + r}-" + pub.name if rounds > 1 else pub.name)
            path.write_bytes(pub.text.encode(pub.encoding))
            found, enc = parse_written(path)
            encs.append(enc)
            results.append(compare(pub, found, where=str(path)))
        fig = figures(layout, results, encs)
        rows.append(fig)
        report["layouts"][layout] = {
            "figures": fig.__dict__ | {"encodings": list(fig.encodings)},
            "misses": [m for r in results for m in r.misses],
            "extras": [e for r in results for e in r.extras],
            "field_errors": [e for r in results for e in r.field_errors],
            "title_variants": [v for r in results for v in r.variants],
            "patterns": dict(sum((r.patterns for r in results), Counter())),
        }
    print()
    print(table(rows))
    print()
    print(pattern_table({l: Counter(report["layouts"][l]["patterns"]) for l in layouts}))
    for layout in layouts:
        rep = report["layouts"][layout]
        for kind in ("misses", "extras", "field_errors", "title_variants"):
            items = rep[kind]
            if items:
                print(f"\n[{layout}] {kind} ({len(items)}{', first ' + str(show) if len(items) > show else ''}):")
                for m in items[:show]:
                    print("  " + m)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python3 bench/robustness.py /work/shared/corpus-extra/policy-notices",
    )
    ap.add_argument("folder", help="folder of single-document texts (read where it lies)")
    ap.add_argument(
        "--out", type=Path, default=None, help="where to write the synthetic publications (default: a new temp folder)"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=1, help="assemble and parse with seeds SEED … SEED+N-1 (default 1)")
    ap.add_argument("--limit", type=int, default=None, help="use a seeded sample of N input files (large folders)")
    ap.add_argument("--layouts", default=",".join(LAYOUTS), help=f"comma-separated, of {','.join(LAYOUTS)}")
    ap.add_argument("--sizes", default="3-6", help="files per publication, MIN-MAX (default 3-6)")
    ap.add_argument("--show", type=int, default=20, help="misses/extras listed per layout (default 20)")
    ap.add_argument(
        "--keep-web",
        action="store_true",
        help="keep web-page furniture (portal metadata table, 打印 关闭 …) in the texts; by default it is blanked out, "
        "in the reference too, since no printed publication has it",
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the full report as JSON")
    a = ap.parse_args(argv)
    layouts = [x.strip() for x in a.layouts.split(",") if x.strip()]
    bad = [x for x in layouts if x not in LAYOUTS]
    if bad:
        ap.error(f"unknown layout(s) {bad}; choose from {LAYOUTS}")
    lo, hi = (int(x) for x in a.sizes.split("-"))
    if not Path(a.folder).is_dir():
        ap.error(f"{a.folder}: not a folder")
    out = a.out or Path(tempfile.mkdtemp(prefix="policykg-robustness-"))
    report = run(
        a.folder,
        out=out,
        seed=a.seed,
        layouts=layouts,
        show=a.show,
        sizes=(lo, hi),
        keep_web=a.keep_web,
        rounds=a.rounds,
        limit=a.limit,
    )
    if a.json:
        a.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nreport written to {a.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
