"""Frozen dataclasses that cross the loaders' stage boundaries.

text → :class:`Line` (clean) → :class:`ParsedDocument` with :class:`Reference` (parse) → graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Line:
    """One cleaned line, with the 1-based number it had in its file."""

    no: int
    text: str  # cleaned; whitespace folded but single spaces kept (they separate joint issuers)
    heading: int = 0  # Markdown heading level (# → 1), 0 when none
    # the raw line when cleaning removed it whole as page furniture (来源:某县政府办公室 时间:… under a page's
    # heading), else "": a class default, no field — set by clean_lines on the few lines it empties
    furniture: ClassVar[str] = ""
    # True when cleaning dropped a bar the line ended on (某省教育厅  | — one entry of a portal's list of links to
    # other sites, or a table's cell): a class default, no field — set by clean_lines on those few lines
    bar_dropped: ClassVar[bool] = False

    def __init__(self, no: int, text: str, heading: int = 0) -> None:
        # what the frozen dataclass's own __init__ does (it keeps this one), in three dict stores rather than three
        # calls of object.__setattr__: half the time, for the ~200 Lines of every file (issue 15)
        d = self.__dict__
        d["no"], d["text"], d["heading"] = no, text, heading

    @property
    def compact(self) -> str:
        return "".join(self.text.split())

    def __repr__(self) -> str:
        return f"Line({self.no}, {self.text[:30]!r})"


@dataclass(frozen=True)
class DocNumber:
    """A 发文字号: ``豫政办〔2024〕46号`` → prefix 豫政办, year 2024, serial 46.

    >>> DocNumber("豫政办", 2024, 46).text
    '豫政办〔2024〕46号'
    >>> DocNumber("河南省人民政府令", None, 227, kind="order").text
    '河南省人民政府令第227号'
    >>> DocNumber("", 2024, 4, kind="announcement").text
    '2024年第4号'
    """

    prefix: str
    year: int | None
    serial: int
    kind: str = "standard"  # standard | order (令) | announcement (公告 年第N号)
    form: str = ""  # numbered within a year: "〔〕" (令〔2021〕第4号, a 通告's 〔2024〕第3号) or "年" (令2024年第7号);
    # a standard number's "第": its serial printed after 第 (某政决字〔2023〕第11号)
    # a standard number's "年首第": its year first (〔2024〕某复字第88号, a case number)
    # (an announcement's "年": its serial printed without 第, 2025年8号; the serial's printed width kept, 2019年05号)
    width: int = field(default=0, repr=False)

    @property
    def text(self) -> str:
        if self.kind == "order" and self.year is not None:
            if self.form == "年":
                return f"{self.prefix}{self.year}年第{self.serial}号"
            return f"{self.prefix}〔{self.year}〕第{self.serial}号"
        if self.kind == "order":
            return f"{self.prefix}第{self.serial}号"
        if self.kind == "announcement" and self.year is None and self.form == "汉":
            return (
                f"{self.prefix}第{_cn_serial(self.serial)}号"  # 某指挥部通告（第一号）: its serial in Chinese numerals
            )
        if self.kind == "announcement" and self.year is None:
            return f"{self.prefix}第{self.serial}号"  # 农业部公告第2567号: one series, not within a year
        if self.kind == "announcement" and self.form == "〔〕":
            return f"{self.prefix}〔{self.year}〕第{self.serial}号"  # a 通告's 〔2024〕第3号
        if self.kind == "announcement" and self.form == "年":
            return f"{self.prefix}{self.year}年{self.serial:0{self.width}d}号"  # 2025年8号 / 2019年05号
        if self.kind == "announcement":  # 2024年第4号 / 2024年第002号 (the serial's leading zeros kept as printed)
            return f"{self.prefix}{self.year}年第{self.serial:0{self.width}d}号"
        if self.form == "年首第":  # a case number with its year first: 〔2024〕某政行复(决)字第88号
            return f"〔{self.year}〕{self.prefix}第{self.serial:0{self.width}d}号"
        # a standard number as printed: 某政决字〔2023〕第11号 (form "第"), 某环改字〔2021〕05号 (width 2)
        return f"{self.prefix}〔{self.year}〕{'第' if self.form == '第' else ''}{self.serial:0{self.width}d}号"

    def __str__(self) -> str:
        return self.text


_CN_DIGIT = "〇一二三四五六七八九"


def _cn_serial(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (a serial below 100 in Chinese numerals)."""
    if n < 10:
        return _CN_DIGIT[n]
    tens, units = divmod(n, 10)
    return f"{_CN_DIGIT[tens] if tens > 1 else ''}十{_CN_DIGIT[units] if units else ''}"


@dataclass(frozen=True)
class Evidence:
    file: str
    line: int
    text: str


@dataclass(frozen=True)
class Reference:
    """A mention of another document inside a document's text."""

    role: str  # BASED_ON | IMPLEMENTS | SUPERSEDES | AMENDS | CITES | TRANSMITS
    title: str | None  # the 《title》 as written (normalised), None when cited by number only
    doc_number: DocNumber | None
    evidence: Evidence

    @property
    def cited_as(self) -> str:
        if self.title and self.doc_number:
            return "title+number"
        return "title" if self.title else "number"


@dataclass(frozen=True)
class GroupTarget:
    group: str
    evidence: Evidence


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    source_file: str
    source_line: int
    end_line: int
    doc_number: DocNumber | None = None
    doc_type: str | None = None
    issuers: tuple[str, ...] = ()
    issuer_line: int | None = None
    date: str | None = None
    effective_date: str | None = None
    expiry_date: str | None = None
    level: str = "unknown"
    jurisdiction: str | None = None
    references: tuple[Reference, ...] = ()
    targets: tuple[GroupTarget, ...] = ()
    transmitted_by: int | None = None  # index (within its file) of the transmitting notice
    inherits_from_notice: bool = False
    # False when the text prints no title: ``title`` is then only a name to know it by (its file's name or its
    # number), and the graph gives it no title
    title_printed: bool = True

    def __repr__(self) -> str:
        num = f" {self.doc_number}" if self.doc_number else ""
        return f"ParsedDocument({self.source_file}:{self.source_line}{num} {self.title[:30]!r})"


@dataclass(frozen=True)
class Problem:
    """Something that could not be parsed or read, reported with file:line and counted."""

    file: str
    line: int | None
    kind: str  # e.g. unreadable, empty, binary, undecodable, no-documents, contents-only, news-report, other-language, unknown-issuer, bad-date
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ParsedFile:
    path: str
    encoding: str | None
    documents: tuple[ParsedDocument, ...] = ()
    problems: tuple[Problem, ...] = ()
    skipped: bool = False  # the whole file could not be read
    n_chars: int = 0
    stats: dict = field(default_factory=dict, compare=False)
    pages: tuple[int, ...] = ()  # 1-based line where each page starts (PDF sources); empty for unpaged text
