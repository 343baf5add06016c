"""The catalogue of State Council policy documents, made from the Policy Transparency China dataset.

The dataset (github.com/zongtihuoguoguan/Policy-Transparency-China-2024, scraped from the State
Council's policy library www.gov.cn/zhengce/zhengceku in summer 2023) gives, for 5,781 documents
of 国务院 and 国务院办公厅, two Excel sheets joined by the page's url:

* ``Analysis/Date datasets/State Council.xlsx``: url, title, ``iss`` (the 成文 date, an Excel day
  number), ``pub`` (the day the portal published the page: for old documents the day they were put
  online, so not used), ``diff``, ``year``;
* ``Analysis/Document number datasets/State Council.xlsx``: an index, url,
  ``publishing_date_parsed``, ``document_number_parsed`` (国办发〔2023〕27号, empty when none).

Each document becomes an :class:`~policykg.catalogue.catalogue.Entry`: its title, doc number,
issuers (the number's prefix, else the title's opening body), level national, document type, the
成文 date; its status stays unknown (the dataset does not say whether it is in force).  A notice
whose title says it issues a text (印发) is followed by that text, with the notice's issuers and date.

>>> rows = [{"url": "u1", "title": "国务院关于印发国家职业教育改革实施方案的通知", "iss": "43489"}]
>>> notice, text = policy_entries(rows, {"u1": "国发〔2019〕4号"})
>>> (notice.id, notice.date, notice.issuers, notice.doc_type, notice.level)
('doc:国发〔2019〕4号', '2019-01-24', ('国务院',), '通知', 'national')
>>> (text.id, text.date, text.doc_number)
('doc:国家职业教育改革实施方案', '2019-01-24', None)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from xml.etree import ElementTree

from policykg.catalogue.catalogue import CatalogueError, Entry
from policykg.keys import title_key
from policykg.loaders.metadata import doc_type_of, parse_doc_number
from policykg.loaders.transmit import named_texts
from policykg.ontology.agencies import NATIONAL_JURISDICTION, default_registry

# The two sheets of the dataset, relative to a checkout of its repository.
DATES_SHEET = "Analysis/Date datasets/State Council.xlsx"
NUMBERS_SHEET = "Analysis/Document number datasets/State Council.xlsx"
CATEGORY = "国务院文件"
# The body a title opens with when the number names none: "国务院办公厅关于…", "国务院、中央军委关于…"
TITLE_ISSUER = re.compile(r"^(?P<issuer>国务院办公厅|国务院)(?:、(?P<other>中央军委))?")
# A row titled with the heading of a State Council order, not with its document's title: "中华人民共和国国务院令"
ORDER_HEADING = re.compile(r"^(?:中华人民共和国)?国务院令(?:第\S+号)?$")
# Excel counts days from 1899-12-30 (its 1900 leap-year bug included)
EXCEL_EPOCH = dt.date(1899, 12, 30)
# The cell reference's column letters: "B12" → "B"
CELL_COLUMN = re.compile(r"[A-Z]+")
_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def excel_date(serial: str | float | None) -> str | None:
    """An Excel day number as YYYY-MM-DD (None when empty or not a number).

    >>> excel_date("43489"), excel_date(None), excel_date("n/a")
    ('2019-01-24', None, None)
    """
    try:
        return (EXCEL_EPOCH + dt.timedelta(days=int(float(serial)))).isoformat() if serial else None
    except (TypeError, ValueError, OverflowError):
        return None


def read_sheet(path: str | Path) -> list[dict[str, str]]:
    """The first sheet of an .xlsx file as rows keyed by the header row's names (standard library only)."""
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            shared = _shared_strings(z.read("xl/sharedStrings.xml")) if "xl/sharedStrings.xml" in names else []
            sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        raise CatalogueError(f"{path}: cannot read the sheet ({exc})") from None
    table = [dict(_cells(row, shared)) for row in sheet.iter(f"{_SHEET_NS}row")]
    if not table:
        return []
    header = {col: name for col, name in table[0].items() if name}
    return [{header[c]: v for c, v in row.items() if c in header and v not in (None, "")} for row in table[1:]]


def _shared_strings(xml: bytes) -> list[str]:
    root = ElementTree.fromstring(xml)
    return ["".join(t.text or "" for t in si.iter(f"{_SHEET_NS}t")) for si in root.iter(f"{_SHEET_NS}si")]


def _cells(row: ElementTree.Element, shared: list[str]) -> Iterator[tuple[str, str | None]]:
    for c in row.iter(f"{_SHEET_NS}c"):
        kind, v = c.get("t"), c.find(f"{_SHEET_NS}v")
        if kind == "s" and v is not None:
            value = shared[int(v.text)]
        elif kind == "inlineStr":
            value = "".join(t.text or "" for t in c.iter(f"{_SHEET_NS}t"))
        else:
            value = v.text if v is not None else None
        yield CELL_COLUMN.match(c.get("r", "")).group(), value


def read_dataset(root: str | Path) -> tuple[list[dict[str, str]], dict[str, str]]:
    """The date sheet's rows and the doc number of each url, from a checkout of the dataset."""
    numbers = {
        r["url"]: r["document_number_parsed"]
        for r in read_sheet(Path(root) / NUMBERS_SHEET)
        if r.get("url") and r.get("document_number_parsed")
    }
    return read_sheet(Path(root) / DATES_SHEET), numbers


def policy_entries(rows: Iterable[Mapping[str, str]], numbers: Mapping[str, str]) -> list[Entry]:
    """One entry per dataset row that names a document (a title with a document type), in row order,
    each followed by the texts its title says it issues (印发); ``numbers`` maps a url to its doc number."""
    registry = default_registry()
    entries = []
    for row in rows:
        title = "".join((row.get("title") or "").split())
        doc_type = doc_type_of(title)
        if doc_type is None or ORDER_HEADING.match(title):  # names no document
            continue
        number = parse_doc_number(numbers.get(row.get("url", ""), ""))
        agency = registry.for_prefix(number.prefix) if number is not None else None
        m = TITLE_ISSUER.match(title)
        issuers = (agency.name,) if agency else tuple(x for x in (m["issuer"], m["other"]) if x) if m else ()
        notice = Entry(
            f"doc:{number}" if number is not None else f"doc:{title_key(title)}",
            title,
            doc_number=str(number) if number is not None else None,
            issuers=issuers,
            level="national",
            jurisdiction=NATIONAL_JURISDICTION,
            doc_type=doc_type,
            category=CATEGORY,
            date=excel_date(row.get("iss")),
        )
        entries += [notice, *issued_texts(notice)]
    return entries


def issued_texts(notice: Entry) -> list[Entry]:
    """The texts a notice's title says it issues (关于印发《X方案》的通知 → X方案), each with the notice's
    issuers and date, as a build gives an issued text its notice's (a forwarded 转发 or approved 批转
    text is another body's document, with its own date: none).

    >>> [t.id for t in issued_texts(Entry("doc:国发〔2019〕4号", "国务院关于印发国家职业教育改革实施方案的通知"))]
    ['doc:国家职业教育改革实施方案']
    """
    if "印发" not in notice.title:
        return []
    texts = [_opening_quote(t, notice.title) for t in named_texts(notice.title, [])]
    return [
        dataclasses.replace(notice, id=f"doc:{title_key(t)}", title=t, doc_number=None, doc_type=doc_type_of(t))
        for t in texts
        if doc_type_of(t)
    ]


def _opening_quote(text: str, title: str) -> str:
    """``text`` with the opening quote the title prints before it, when the name reading the title
    dropped it with its closing one elsewhere (印发“十四五”就业促进规划 → “十四五”就业促进规划)."""
    at = title.find(text)
    return "“" + text if at > 0 and title[at - 1] == "“" and text.count("”") > text.count("“") else text
