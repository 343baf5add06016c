"""A crawler's or a portal search API's JSON records saved as text, each record read as one document's text.  Pure.

Researchers save what a crawler or a policy library's search answered as it came: records such as ::

    {
        "FileName": "关于X的通知",
        "PUBDATE": "2021-11-16T06:55:00.000Z",
        "DOCCONTENT": "\\n　　各有关单位：\\n　　为贯彻落实《Y》…\\n　　某某厅\\n　　2021年11月16日",
        "fileNum": "某发〔2021〕3号",
        …
    },

one key a line (pretty-printed) or not, the text in ONE string with its line breaks escaped as ``\\n`` and HTML
entities (``&lt;`` ``&nbsp;``) inside.  Read as text, the file is one untitled document with every record's
references hanging from it.  :func:`json_records` finds the records (a bounded scan of the file's tokens, no
``json.loads`` of the whole file: an excerpt cut mid-record reads as well) and writes each record as the text it
holds — its title (the field that reads as a document's title), its number (a field that reads as a 发文字号),
then the content's lines decoded — with the file's line each of its lines comes from; the parser reads each
record's text as a publication of its own (policykg/loaders/parse.py), its issuer and 成文 date fields filling
what the text leaves open.

>>> text = ('[{"title": "甲市某某局关于X的通知", "wh": "甲发〔2021〕3号",\\n "content": "各区：\\\\n'
...         '为贯彻落实《乙省关于Y的意见》精神，加快推进Z工作，经研究，现将有关事项通知如下。"}]')
>>> [(r.text.splitlines()[:3], r.origins) for r in json_records(text)]
[(['甲市某某局关于X的通知', '甲发〔2021〕3号', '各区：'], [1, 1, 2, 2])]
>>> json_records("关于X的通知\\n各区：") is None
True
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

from policykg.loaders import regexes as rx
from policykg.loaders.metadata import parse_date, parse_doc_number

__all__ = ["JsonRecord", "json_records"]

# "title": "… / "FWZH":"… — a JSON key and a string value (a file of JSON records holds them among its first lines)
JSON_PAIR = re.compile(r'"[^"\n]{1,60}"[ \t]*:[ \t]*"')
_HEAD = 4000  # characters of the file the detection reads
# the keys of a record's title field, lower case (a title printed under another key is found by its reading)
TITLE_KEYS = frozenset(
    {"title", "filename", "bt", "doctitle", "name", "标题", "文件名称", "名称", "zc_doctitle", "gk_doctitle", "wjmc"}
)
# the keys of an issuing body's field (a site's or a posting division's field — sitename, source — is none)
ISSUER_KEYS = frozenset(
    {
        "fwjg_name",
        "fwjg",
        "fwjgmc",
        "fbjg",
        "publisher",
        "publishername",
        "issuer",
        "orginfo",  # (a search answer's list of the issuing bodies: "orgInfo": ["某省某厅", "某省某局"], h191 河南)
        "issuing_body",
        "issuing_authority",
        "issuingbody",
        "issuingauthority",
        "发文机关",
        "发布机关",
        "发文单位",
        "制定机关",
    }
)
# the keys of a 成文 date field or a law's promulgation date (a posting or publishing time — pubdate, pub_time,
# publish_date, publishedAt, FBRQ — dates no text, nor an effective date: in_force_date, effective_date)
DATE_KEYS = frozenset(
    {
        "cwrq",
        "cwsj",
        "成文日期",
        "成文时间",
        "发文日期",
        "writtendate",
        "issued_date",
        "issueddate",
        "promulgation_date",
        "promulgationdate",
        "公布日期",
        "颁布日期",
    }
)
# the keys of a list API's publishing date (PUBDATE: "2025-10-16 15:00:00"): a record holding no text is a list's
# entry and its publishing date the only date it has, read as the document's (h269 湖北's 规范性文件 list API);
# a record with its text dates itself from that text (a law index's publish_date is a posting time: no date)
LIST_DATE_KEYS = frozenset({"pubdate"})
# sourceName, primarySourceName, source_site, 来源 — the key of a source's name: a site or its column, no title
# (吉林省教育厅公示公告（教师考试相关）), at most naming the body whose site it is
SOURCE_KEY = re.compile(r"source|site|来源|栏目|channel|column", re.I)
# the keys of a part's text (a law's provision: {"provision_ref": "1", "content": "…"})
TEXT_KEYS = frozenset({"content", "text", "body", "正文", "内容", "条文", "fulltext", "full_text"})
# 2025年某省某中学招聘拟聘用人员公示 — a public notice's title (公示 is no genre the title patterns know)
PUBLICITY_TITLE = re.compile(r"公示$")
MIN_CONTENT = 40  # characters of the longest string value before it is a record's text
MAX_TITLE = 150  # a longer value is text, not a title
MAX_NUMBER = 40  # a longer value is text, not a 发文字号
MAX_PLACE = 20  # a longer value names no place alone
# <p> <br/> </div> <em> <span style="…"> — an HTML tag in a record's text (ASCII names: 《…<X>…》 after
# the entities are decoded is a cited title, no tag; the tags go before the entities are decoded)
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,300})?/?>")
# the tags that end a paragraph or a line: the text goes on on a new line
HTML_BREAK = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li|/tr)\b[^<>\n]{0,300}>", re.I)
# \n \t \" \u3000 — a JSON string's escape (decoded one by one when the string will not parse whole: a cut one)
JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
# 关于<br/>对X<br/>的通报 — a break a title field's value prints inside the title: the title goes on (a break
# between two Latin letters or digits keeps a blank)
TITLE_BREAK = re.compile(r"(?<=[^A-Za-z0-9])[ \t]{0,20}\n[ \t\n]{0,20}|[ \t]{0,20}\n[ \t\n]{0,20}(?=[^A-Za-z0-9])")
# 　　各有关单位：　　为贯彻…　　某某厅　　2021年11月19日 — the paragraph indent (two or more ideographic
# spaces) a page's text keeps where a record's content holds no line break: each paragraph starts there
PARAGRAPH_INDENT = re.compile(r"[\u3000\u2002\u2003\xa0]{0,10}\u3000[\u3000\u2002\u2003\xa0]{1,10}")
MIN_INDENTS = 2  # paragraph indents in a content of one line before it is read paragraph by paragraph
# 《X的通知》（首都之窗-某市人民政府门户网站） / X的通知-某省人民政府网 — the site's name a watcher's title field adds
# after the title (in parentheses, or after a dash): no part of the title (nor are marks wrapping the whole title)
TITLE_SITE_SUFFIX = re.compile(
    r"(?:[（(][^（()）\n]{0,40}(?:网站|门户|政府网)[）)]|[ \t]{0,2}[-_—][^-_—（()）\n]{2,30}(?:网站|门户|政府网))$"
)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\n", "b": "", "f": "\n", "/": "/", "\\": "\\", '"': '"'}


@dataclass(frozen=True)
class JsonRecord:
    """One record: the text it holds and, line by line, the file's line that holds it (1-based)."""

    text: str
    origins: list[int] = field(default_factory=list)
    issuers: str | None = None  # an issuing body's field
    date: str | None = None  # YYYY-MM-DD, a 成文 date field
    titled: bool = False  # a field reads as a document's title
    source: str | None = None  # a source's name (a site's column: 某省某厅公示公告, 某市政府网)
    named: str | None = None  # the title its title field prints (the document, whatever its text reads as)
    short: tuple[str, ...] = ()  # its short fields' values (regionName 某省, cityName 某市: the record's place)


def json_records(text: str) -> list[JsonRecord] | None:
    """The records of a file of JSON records, in order, or None when ``text`` is none (nearly every text)."""
    head = text[:_HEAD].lstrip("\ufeff \t\r\n")
    if head[:1] not in ("{", "[") or not (JSON_PAIR.search(head) or '"<' in head):  # (a literal test first)
        return None
    objects = _objects(text)
    alone = len(objects) == 1
    records = [r for r in (_record(pairs, parts, alone=alone) for pairs, parts in objects) if r is not None]
    return records or _result_boxes(text) or None


# "<div class=\"result-box\">…<a href='…'>关于…的<em>通</em><em>知</em></a>…来源：…时间：2019-06-12…</div>", — a search
# answer's result box: a JSON string of HTML alone on its line in an array, one a result (h191 河北)
HTML_STRING_LINE = re.compile(r'^[ \t]{0,40}"(?P<html><[^\n]{1,20000})"[ \t]{0,4},?[ \t]{0,4}$', re.M)
# <a target="_blank" href='…'>关于X的<em>通</em><em>知</em></a> — a link and its text (the result's title)
ANCHOR_TEXT = re.compile(r"<a\s[^<>]{0,3000}>(?P<text>(?:[^<]|<(?!/a>)){1,600}?)</a>")


def _result_boxes(text: str) -> list[JsonRecord]:
    """The records of an answer whose results are strings of HTML, one a line: each result's first link's text
    when it reads as a document's title (its posting time dates no text, its source column names no body)."""
    records: list[JsonRecord] = []
    for m in HTML_STRING_LINE.finditer(text):
        link = ANCHOR_TEXT.search(_decoded(m.group("html")))
        title = _title_line(link.group("text")) if link else ""
        if title and _reads_as_title(title):
            no = text.count("\n", 0, m.start()) + 1
            records.append(JsonRecord(title + "\n", [no], titled=True, named=title))
    return records


def _objects(text: str) -> list[tuple[list[tuple[str, str, int]], list[list[tuple[str, str, int]]]]]:
    """The string pairs (key, raw value, key's line) of each object holding a record, by first line, with the
    pairs of the objects inside it that are its parts (a law's provisions, an item's links).

    A bounded scan of the file's tokens: a string runs to its closing quote or its line's end (a value cut by
    the excerpt), braces open and close objects (an object left open at the file's end closes there); a
    string value inside an array (a search answer's highlight snippets) is no pair, but in an issuer field's array
    (``"orgInfo": ["某省某厅", "某省某局"]``) each is a pair of that key."""
    stack: list[tuple[int, list, list, list]] = []  # (first line, pairs, records found inside, plain objects inside)
    found: list[tuple[int, list, list]] = []  # (first line, pairs, its parts' pairs)
    i, n, line = 0, len(text), 1
    last: tuple[str, int] | None = None  # the last string read: a key if a colon follows
    key: tuple[str, int] | None = None  # a key whose value comes next
    listed: tuple[str, int] | None = None  # an issuer field's key whose array of values is being read
    while i < n:
        c = text[i]
        if c == '"':
            j = _string_end(text, i)
            if key is not None and stack:
                stack[-1][1].append((key[0], text[i + 1 : j], line))
                key, last = None, None
            elif listed is not None and stack:
                stack[-1][1].append((listed[0], text[i + 1 : j], line))
            else:
                last = (text[i + 1 : j], line)
            line += text.count("\n", i, j)  # (a value saved with raw line breaks)
            i = j + 1
            continue
        if c == "\n":
            line += 1
        elif c == ":":
            key, last = last, None
        elif c == "{":
            stack.append((line, [], [], []))
            key = last = None
        elif c == "}":
            if stack:
                _close(stack, found)
            key = last = None
        elif c == "[":
            listed = key if key is not None and key[0].lower() in ISSUER_KEYS else None
            key = last = None
        elif c in ",]":
            listed = listed if c == "," else None
            key = last = None
        i += 1
    while stack:  # (an excerpt cut mid-record)
        _close(stack, found)
    return [(pairs, parts) for _, pairs, parts in sorted(found, key=lambda f: f[0])]


def _close(stack: list, found: list) -> None:
    """An object closed: a record, its parts inside it; the wrapper of the records inside it (an answer, a page of
    results); or a plain object (a part of the record around it, if any).  An object holding records is their
    wrapper unless a title field of its own names a document and none of them has one: then they are its parts
    (a law's untitled provisions, an item's links and attachments) and it is the record."""
    first, pairs, inner, plain = stack.pop()
    mine: list = []
    if inner and _titled(pairs) and not any(_titled(r[1]) for r in inner):
        found[:] = [f for f in found if not any(f is r for r in inner)]
        entry = (first, pairs, [part for r in inner for part in (r[1], *r[2])] + plain)
        found.append(entry)
        mine = [entry]
    elif inner:  # (the answer's wrapper, not one)
        mine = inner
    elif _holds_record(pairs) or _titled(pairs):
        entry = (first, pairs, plain)
        found.append(entry)
        mine = [entry]
    elif stack:  # (a plain object: a part of the record holding it)
        stack[-1][3].extend([pairs, *plain])
    if stack:
        stack[-1][2].extend(mine)


def _titled(pairs: list[tuple[str, str, int]]) -> bool:
    """A title field (by its key) naming a document."""
    return any(k.lower() in TITLE_KEYS and _title_value(_decoded(v)) for k, v, _ in pairs)


def _string_end(text: str, i: int) -> int:
    """The index of the quote closing the string opened at ``i``: on its line, else on a later line when a value
    saved with raw line breaks ends there (its quote followed by , } or ]), else its line's end (a string cut)."""
    end = text.find("\n", i + 1)
    end = len(text) if end < 0 else end
    j = _quote(text, i + 1, end)
    if j >= 0:
        return j
    j = _quote(text, end, len(text))
    if j >= 0 and text[j + 1 : j + 2 + _SPACES].lstrip()[:1] in (",", "}", "]"):
        return j
    if not text[i + 1 : end].strip():  # (opened at its line's end and never closed: the excerpt cut it)
        return len(text)
    return end


_SPACES = 40  # blanks read after a quote for what follows it


def _quote(text: str, j: int, end: int) -> int:
    """The first unescaped quote in ``text[j:end]``, or -1."""
    while True:
        j = text.find('"', j, end)
        if j < 0:
            return -1
        k = j
        while text[k - 1] == "\\":
            k -= 1
        if (j - k) % 2 == 0:  # (an even run of backslashes before it: the quote is not escaped)
            return j
        j += 1


def _holds_record(pairs: list[tuple[str, str, int]]) -> bool:
    return any(_reads_as_title(_decoded(v)) or len(v) >= MIN_CONTENT and not _url(v) for _, v, _ in pairs)


def _url(value: str) -> bool:
    """A link or a code, no text (a record's text prints Chinese)."""
    return value.startswith(("http:", "https:", "/", "www.")) or CJK_CHAR.search(value) is None


def _decoded(raw: str) -> str:
    """A JSON string's value: its escapes decoded (\\n \\t \\" \\uXXXX), a cut one's as far as it goes."""
    if "\\" not in raw:
        return raw
    try:
        return json.loads('"' + raw + '"')
    except ValueError:  # (cut inside an escape, or a stray one)
        return JSON_ESCAPE.sub(_escape, raw)


def _escape(m: re.Match[str]) -> str:
    s = m.group(0)
    if s[1] == "u":
        code = int(s[2:], 16)
        return "" if 0xD800 <= code < 0xE000 else chr(code)
    return _SIMPLE_ESCAPES.get(s[1], s[1])


def _plain(value: str) -> str:
    """A value as the page printed it: HTML tags out (a paragraph's end a line break), entities decoded."""
    if "<" in value:
        value = HTML_TAG.sub("", HTML_BREAK.sub("\n", value))
    return html.unescape(value) if "&" in value else value


def _one_line(value: str) -> str:
    return " ".join(_plain(value).split())


def _title_line(value: str) -> str:
    """A title field's value as one title: the breaks it prints inside the title joined (a number it prints in
    parentheses after the title stays: the text's reading sets it apart, as a printed title's)."""
    title = " ".join(TITLE_BREAK.sub("", _plain(value).strip()).split())
    site = TITLE_SITE_SUFFIX.search(title)
    if site is not None and site.start() >= 4:
        title = title[: site.start()].rstrip()
    inner = title[1:-1]
    if title[:1] == "《" and title[-1:] == "》" and "《" not in inner and "》" not in inner:
        title = inner
    return title


def _reads_as_title(value: str) -> bool:
    """A document's title, not a news headline (哈尔滨市发布…能力清单: a reporting verb, no 关于 or 《》)."""
    v = _title_line(value) if len(value) <= 2 * MAX_TITLE else ""
    if not (4 <= len(v) <= MAX_TITLE and rx.TITLE.match(v)):
        return False
    return "关于" in v or "《" in v or rx.HEADLINE_VERB.search(v) is None


def _title_value(value: str) -> bool:
    """A title field's value naming a document: a document's title, or a public notice's (…拟聘用人员公示)."""
    return _reads_as_title(value) or (_heading(value) and PUBLICITY_TITLE.search(_one_line(value)) is not None)


def _heading(value: str) -> bool:
    """A short line with no sentence in it: a page's heading."""
    v = _one_line(value) if len(value) <= 2 * MAX_TITLE else ""
    return 4 <= len(v) <= MAX_TITLE and not any(c in v for c in "。；：！？")


def _reads_as_number(value: str) -> bool:
    v = _one_line(value)
    return len(v) <= MAX_NUMBER and not _reads_as_title(v) and parse_doc_number(v) is not None


def _record(
    pairs: list[tuple[str, str, int]], parts: list[list[tuple[str, str, int]]] = (), *, alone: bool = False
) -> JsonRecord | None:
    """A record's text (title line, number line, the content's lines, then its parts' texts) with the file's
    line of each.  The record ``alone`` in its file is the page itself: its title field names it whatever the
    title reads as (拉萨市政府信息公开指南), as the page's heading would."""
    values = [(k.lower(), _decoded(v), no) for k, v, no in pairs]
    title = next((p for p in values if p[0] in TITLE_KEYS and _title_value(p[1])), None)
    title = title or next((p for p in values if not SOURCE_KEY.search(p[0]) and _reads_as_title(p[1])), None)
    if title is None and alone:
        title = next((p for p in values if p[0] in TITLE_KEYS and _heading(p[1])), None)
    texts = [p for p in values if len(p[1]) >= MIN_CONTENT and not _url(p[1]) and p is not title]
    content = max(texts, key=lambda p: len(p[1]), default=None)
    body = _body(pairs[values.index(content)]) if content else []
    body += [line for part in parts for line in _part_text(part)]
    if title is None and not body:
        return None
    number = next((p for p in values if p is not title and p is not content and _reads_as_number(p[1])), None)
    lines: list[tuple[str, int]] = []
    for field_ in (title, number):
        if field_ is None:
            continue
        head = _title_line(field_[1]) if field_ is title else _one_line(field_[1])
        k = next((k for k, (s, _) in enumerate(body) if s.strip()), None)
        rest = None if k is None else _after(body[k][0], head)
        if rest is None:
            lines.append((head, field_[2]))
        else:  # the content printing the title (the number) first: the line is the content's
            lines.append((head, body[k][1]))
            body[k] = (rest, body[k][1])
    lines += body
    # (an issuer field's array: its bodies one after the other, as a joint text's issuer line prints them)
    issuers = " ".join(_one_line(v) for k, v, _ in values if k in ISSUER_KEYS and _one_line(v)) or None
    date = next((parse_date(_one_line(v)) for k, v, _ in values if k in DATE_KEYS and _one_line(v)), None)
    if date is None and not body:
        date = next((parse_date(_one_line(v)) for k, v, _ in values if k in LIST_DATE_KEYS and _one_line(v)), None)
    source = next((_one_line(v) for k, v, _ in values if SOURCE_KEY.search(k) and not _url(v) and _heading(v)), None)
    return JsonRecord(
        "\n".join(s for s, _ in lines) + "\n",
        [no for _, no in lines],
        issuers,
        date,
        titled=title is not None,
        source=source,
        named=_title_line(title[1]) if title and title[0] in TITLE_KEYS else None,
        short=tuple(v for _, v, _ in values if 2 <= len(v) <= MAX_PLACE and v is not (title or ("", ""))[1]),
    )


def _part_text(pairs: list[tuple[str, str, int]]) -> list[tuple[str, int]]:
    """The lines of a record's part: its text field's (a provision's content, however short), else its longest
    text (an attachment's); a link's label or a tag is none."""
    values = [(k.lower(), _decoded(v), no) for k, v, no in pairs]
    texts = [p for p in values if p[0] in TEXT_KEYS and p[1].strip() and not _url(p[1])]
    texts = texts or [p for p in values if len(p[1]) >= MIN_CONTENT and not _url(p[1])]
    content = max(texts, key=lambda p: len(p[1]), default=None)
    return _body(pairs[values.index(content)]) if content else []


def _body(pair: tuple[str, str, int]) -> list[tuple[str, int]]:
    """The lines of a record's text, each with the file's line holding it (a value saved with raw line breaks
    runs over several)."""
    return [
        (s, pair[2] + k)
        for k, piece in enumerate(pair[1].split("\n"))
        for s in _paragraphs(_plain(_decoded(piece))).splitlines()
    ]


def _paragraphs(value: str) -> str:
    """A content of one line printing its paragraphs' indents (　　) as a page printed them: a line a paragraph."""
    if "\n" in value.strip() or len(PARAGRAPH_INDENT.findall(value, 0, 20000)) < MIN_INDENTS:
        return value
    return PARAGRAPH_INDENT.sub("\n", value)


def _after(body: str, head: str) -> str | None:
    """What ``body`` prints after ``head`` when it begins with it (blanks aside), else None."""
    want = "".join(head.split())
    i = k = 0
    while k < len(want):
        if i >= len(body):
            return None
        if body[i].isspace():
            i += 1
        elif body[i] == want[k]:
            i, k = i + 1, k + 1
        else:
            return None
    return body[i:]
