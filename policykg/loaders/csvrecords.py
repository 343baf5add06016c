"""A table of policy records saved as .csv / .tsv, one row per published document, each row read as that document's
text.  Pure.

Researchers keep crawled policy texts as tables: a header row naming the columns (标题 / title, 发文字号 / 文号,
发文机关 / 发布机构, 成文日期, 正文 / content / text, url …), then one row per document ::

    标题,发文字号,发布机构,正文,url
    甲市某某局关于X的通知,甲发〔2021〕3号,甲市某某局,"各区：
    为贯彻落实《乙省关于Y的意见》精神，现将有关事项通知如下。",http://…

comma- or tab-separated (the separator the header line holds more of), a quoted cell running over several physical
lines.  Read as text, the file is one untitled document with every row's references hanging from it.
:func:`csv_records` reads the rows with the standard library's :mod:`csv` module and writes each row as the text it
holds, as :mod:`policykg.loaders.jsonrecords` does for JSON records — its title cell, its number cell, then its text
cell's lines — with the file's physical line each of its lines comes from: a row is a document at its FIRST
physical line, and a line of its text keeps the line it stands on.  A row with a title but no text (a crawler's
metadata-only list) is a document named by its cells.  The header row is never a document (nor is the header
repeated further down); a row :mod:`csv` cannot read (a quote never closed) or of another number of cells than the
header's is reported by its line and left out.  Columns are found by their header's name; a table whose headers
name neither a title nor a text is read by its cells, as JSON records are (a cell reading as a document's title,
the longest cell of Chinese text).  A table of no texts (figures, codes) holds no records.

>>> t = csv_records('标题,文号,正文\\n甲市某某局关于X的通知,甲发〔2021〕3号,"各区：\\n为落实《乙条例》，现通知如下。"\\n')
>>> [(r.text.splitlines(), r.origins) for r in t.records]
[(['甲市某某局关于X的通知', '甲发〔2021〕3号', '各区：', '为落实《乙条例》，现通知如下。'], [2, 2, 2, 3])]
>>> csv_records("年份,数量\\n2021,3\\n2022,4\\n").records
[]
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass, field

from policykg.loaders.jsonrecords import (
    ISSUER_KEYS,
    MIN_CONTENT,
    TITLE_KEYS,
    JsonRecord,
    _after,
    _one_line,
    _plain,
    _reads_as_number,
    _reads_as_title,
    _url,
)
from policykg.loaders.metadata import parse_date

__all__ = ["CSV_SUFFIXES", "CsvTable", "csv_records"]

CSV_SUFFIXES = (".csv", ".tsv")

# a whole document's text in one cell is far longer than csv's default limit of 128 KB a field
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

# Header names, compared without blanks, case or a BOM.  Exact names first (English and pinyin keys, as in
# jsonrecords), then the Chinese words a header holds (政策标题, 政策正文文本, 发文机构名称 …); a column of links
# or attachments (政策正文附件链接, 政策详情url) is none of them.
LINK_WORDS = ("url", "link", "href", "链接", "网址", "地址", "附件", "路径")
NUMBER_KEYS = frozenset(
    {"文号", "发文字号", "发文文号", "发文号", "字号", "wh", "fwzh", "docnumber", "doc_number", "docno"}
)
NUMBER_WORDS = ("文号", "字号")
# 成文 dates only: a posting or publishing time (发布日期, 发布时间, pubdate) dates no text
DATE_KEYS = frozenset({"cwrq", "cwsj", "成文日期", "成文时间", "发文日期", "印发日期", "签发日期", "writtendate"})
DATE_WORDS = ("成文",)
CSV_ISSUER_KEYS = ISSUER_KEYS | {
    "发布机构",
    "发文机构",
    "发布单位",
    "发文部门",
    "发布部门",
    "制发机关",
    "颁布机关",
    "agency",
}
ISSUER_WORDS = ("机关", "机构", "发文单位", "发布单位", "发文部门", "发布部门")
CONTENT_KEYS = frozenset(
    {"content", "text", "article", "body", "fulltext", "doccontent", "全文", "正文", "内容", "文本"}
)
CONTENT_WORDS = ("正文", "内容", "全文")
CSV_TITLE_KEYS = TITLE_KEYS | {"文件", "文件名", "政策", "题名", "题目", "公文标题", "headline"}
TITLE_WORDS = ("标题", "名称", "题名")
# "…的实施意见（！！本市首个综合性的人才政策）" — a researcher's note closing a title cell: a bracket holding a
# sentence's marks (a title's own notes — （试行）, （2021—2025年）, （征求意见稿） — hold none)
TITLE_CELL_NOTE = re.compile(r"\s{0,4}[（(][^（）()]{0,80}[！!？?，,。；;][^（）()]{0,80}[）)]\s{0,4}$")
MIN_TITLE_WORDS = 8  # characters of a title, marks aside, before a text opening with them is taken to print it
_HEAD = 4000  # characters of the header line counted for its separator


@dataclass(frozen=True)
class CsvTable:
    """A table's records, in order, and its rows that could not be read: (physical line, why)."""

    records: list[JsonRecord] = field(default_factory=list)
    malformed: list[tuple[int, str]] = field(default_factory=list)
    graph_table: bool = False  # a graph's nodes or edges table (policykg's own export, a Neo4j import file)


# id,kind,title,… / source,source_kind,target,…,type — the columns of a graph's node or edge table (policykg export
# --format csv); :ID / :START_ID / :LABEL / :TYPE — a Neo4j import file's typed header
NODE_TABLE_COLUMNS = frozenset({"id", "kind"})
EDGE_TABLE_COLUMNS = frozenset({"source", "target", "type"})


def graph_table(header: list[str]) -> bool:
    """A graph's node or edge table, which holds no publication: its rows are nodes and relationships.

    >>> graph_table(["id", "kind", "title", "doc_number"]), graph_table([":ID", "title", ":LABEL"])
    (True, True)
    >>> graph_table(["标题", "文号", "正文"])
    False
    """
    names = {h.strip().lower() for h in header}
    return (
        NODE_TABLE_COLUMNS <= names
        or EDGE_TABLE_COLUMNS <= names
        or any(":" in n and n.split(":")[-1].isupper() for n in (h.strip() for h in header))
    )


@dataclass(frozen=True)
class _Columns:
    """The index of each field's column, or None."""

    title: int | None = None
    number: int | None = None
    issuer: int | None = None
    date: int | None = None
    content: int | None = None


def separator(text: str) -> str:
    r"""The header line's separator: a tab when it holds more tabs than commas, else a comma.

    >>> separator("索引号\t发布机构\t政策标题\n"), separator("id,article,labels\n")
    ('\t', ',')
    """
    head = text[:_HEAD].split("\n", 1)[0]
    return "\t" if head.count("\t") > head.count(",") else ","


def csv_records(text: str) -> CsvTable:
    """The records of a table of policy records (``text`` with its line ends made ``\\n``) and its malformed rows."""
    rows, malformed = _rows(text.lstrip("\ufeff"), separator(text.lstrip("\ufeff")))
    if not rows:
        return CsvTable([], malformed)
    (_, header), body = rows[0], rows[1:]
    if graph_table(header):
        return CsvTable([], malformed, graph_table=True)
    columns = _columns(header)
    named = columns.title is not None or columns.content is not None
    records: list[JsonRecord] = []
    for start, cells in body:
        if [c.strip() for c in cells] == [c.strip() for c in header]:
            continue  # the header repeated (a crawl appended to a table)
        extra = cells[len(header) :]
        if len(cells) < len(header) or any(c.strip() for c in extra):
            malformed.append((start, f"a row of {len(cells)} cells under a header of {len(header)}: not read"))
            continue
        record = _record(cells, start, columns if named else _read_columns(cells))
        if record is not None:
            records.append(record)
        elif named:
            malformed.append((start, "a row with neither a title nor a text: not read"))
    return CsvTable(records, sorted(malformed))


def _rows(text: str, sep: str) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str]]]:
    """The non-empty rows of ``text``, each with its first physical line, and the rows :mod:`csv` could not read.

    A row csv stops at (a quote never closed runs to the file's end) is reported at its first line and reading
    goes on at the line after it."""
    lines = text.splitlines(keepends=True)
    rows: list[tuple[int, list[str]]] = []
    malformed: list[tuple[int, str]] = []
    offset = 0  # physical lines before the part being read
    while offset < len(lines):
        reader = csv.reader(io.StringIO("".join(lines[offset:]), newline=""), delimiter=sep, strict=True)
        done = 0  # physical lines of the part read so far
        try:
            for cells in reader:
                if any(c.strip() for c in cells):
                    rows.append((offset + done + 1, cells))
                done = reader.line_num
            break
        except csv.Error as exc:
            start = offset + done + 1
            why = "a quote opened and never closed" if "end of data" in str(exc) else str(exc)
            malformed.append((start, f"a row csv cannot read ({why}): not read"))
            offset = start  # (the next physical line)
    return rows, malformed


def _name(header: str) -> str:
    return "".join(header.split()).lstrip("\ufeff").strip("\"'").lower()


def _columns(header: list[str]) -> _Columns:
    """Each field's column, by the header's names (the first column of each kind)."""
    found: dict[str, int] = {}
    for k, raw in enumerate(header):
        kind = _kind(_name(raw))
        if kind and kind not in found:
            found[kind] = k
    return _Columns(**found)


def _kind(name: str) -> str | None:
    """The field a column of this header holds, or None."""
    if not name or any(w in name for w in LINK_WORDS):
        return None
    if name in NUMBER_KEYS or any(w in name for w in NUMBER_WORDS):
        return "number"
    if name in DATE_KEYS or any(w in name for w in DATE_WORDS):
        return "date"
    if name in CSV_ISSUER_KEYS or any(w in name for w in ISSUER_WORDS):
        return "issuer"
    if name in CONTENT_KEYS or any(w in name for w in CONTENT_WORDS):
        return "content"
    if name in CSV_TITLE_KEYS or any(w in name for w in TITLE_WORDS):
        return "title"
    return None


def _read_columns(cells: list[str]) -> _Columns:
    """A row's title and text found by reading its cells (headers naming neither): the first cell reading as a
    document's title, the longest cell of Chinese text."""
    title = next((k for k, c in enumerate(cells) if _reads_as_title(c)), None)
    texts = [k for k, c in enumerate(cells) if k != title and len(c.strip()) >= MIN_CONTENT and not _url(c.strip())]
    content = max(texts, key=lambda k: len(cells[k]), default=None)
    return _Columns(title=title, content=content)


def _record(cells: list[str], start: int, columns: _Columns) -> JsonRecord | None:
    """A row's text (title line, number line, the text cell's lines) with the file's physical line of each."""

    def line_of(k: int) -> int:  # the physical line a cell begins on (a quoted cell before it may span lines)
        return start + sum(c.count("\n") for c in cells[:k])

    def cell(k: int | None) -> str:
        return _one_line(cells[k]) if k is not None else ""

    title, number = TITLE_CELL_NOTE.sub("", cell(columns.title)), cell(columns.number)
    body: list[tuple[str, int]] = []
    if columns.content is not None and cells[columns.content].strip():
        first = line_of(columns.content)
        body = [(s, first + n) for n, piece in enumerate(cells[columns.content].split("\n")) for s in _lines(piece)]
    if not title and not any(s.strip() for s, _ in body):
        return None
    lines: list[tuple[str, int]] = []
    for value, k in ((title, columns.title), (number if _reads_as_number(number) else "", columns.number)):
        if not value or k is None:
            continue
        first = next((n for n, (s, _) in enumerate(body) if s.strip()), None)
        rest = None if first is None else _after(body[first][0], value)
        if rest is None and first is not None and k == columns.title:
            rest = _after_words(body[first][0], value)
        if rest is None:
            lines.append((value, line_of(k)))
        else:  # the text printing its title (its number) first: the line is the text's
            lines.append((value, body[first][1]))
            body[first] = (rest, body[first][1])
    lines += body
    issuers = cell(columns.issuer) or None
    date = parse_date(cell(columns.date)) if cell(columns.date) else None
    return JsonRecord("\n".join(s for s, _ in lines) + "\n", [n for _, n in lines], issuers, date, titled=bool(title))


def _after_words(body: str, head: str) -> str | None:
    """What ``body`` prints after ``head`` when it begins with its words, marks aside: a crawler that stripped the
    text's punctuation (…规划20192035年的批复 under the title cell's …规划（2019—2035年）的批复), or printed other
    brackets.  None when it does not, or when the title holds too few words to tell."""
    want = [c for c in head if c.isalnum()]
    if len(want) < MIN_TITLE_WORDS:
        return None
    k = 0
    for i, c in enumerate(body):
        if k == len(want):
            return body[i:]
        if not c.isalnum():
            continue
        if c != want[k]:
            return None
        k += 1
    return "" if k == len(want) else None


def _lines(piece: str) -> list[str]:
    """A physical line of a text cell as the page printed it (HTML tags out, a paragraph's end a line break)."""
    return _plain(piece).splitlines() or [""]
