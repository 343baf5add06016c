"""The catalogue of laws and regulations, made with policykg from the LawRefBook collection.

LawRefBook (github.com/LawRefBook/Laws) holds one law per Markdown file: ``# 标题``, the lines
saying when which body passed, amended, published and brought it into force, ``<!-- INFO END -->``,
then the articles.  :func:`catalogue_entries` takes the graph policykg built of the collection
(titles, issuers, levels, dates, the repeals the texts state) and adds what only the header lines
say: the passing date, every amendment date, the date it came into force.  The folder a file sits
in says its category (法律, 行政法规, 部门规章, 司法解释, 地方性法规).

Status is as of the collection's date: an act with a later version in the collection is
superseded on the day that version came into force; an act a text of the collection repeals is
superseded on that text's date.

>>> header_events("2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过\\n"
...               "2012年12月28日 …《关于修改〈中华人民共和国劳动合同法〉的决定》修正")
[HeaderEvent(2007-06-29, passed), HeaderEvent(2012-12-28, amended)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from policykg.catalogue.catalogue import Entry
from policykg.graph.mention import place_in
from policykg.graph.status import IN_FORCE, NOT_YET_IN_FORCE, SUPERSEDED
from policykg.keys import alias_key, title_key
from policykg.ontology.agencies import NATIONAL_JURISDICTION, default_registry

# The end of the header lines of a LawRefBook file.
INFO_END = "<!-- INFO END -->"
# A dated event of a header line: "2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过"
# (several may share one line: "…第一次修正  根据 2018年…第二次修正")
HEADER_DATE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# What an event did, by the words that close it; amendments first (修订通过 is an amendment)
EVENT_WORDS = (
    ("amended", re.compile(r"修正|修订|修改")),
    ("passed", re.compile(r"通过|批准")),
    ("published", re.compile(r"公布|发布|颁布")),
    ("in_force", re.compile(r"施行|生效")),
)
# The category of a file, by the top folder of the collection it sits in
CATEGORIES = {
    "宪法": "法律",
    "宪法相关法": "法律",
    "民法典": "法律",
    "民法商法": "法律",
    "行政法": "法律",
    "经济法": "法律",
    "社会法": "法律",
    "刑法": "法律",
    "诉讼与非诉讼程序法": "法律",
    "行政法规": "行政法规",
    "部门规章": "部门规章",
    "司法解释": "司法解释",
    "DLC": "地方性法规",
}
# Categories whose acts are made by central bodies: national, whatever the title says
NATIONAL_CATEGORIES = ("法律", "行政法规", "部门规章", "司法解释")
# The version date a file name ends with: 劳动合同法(2012-12-28).md
FILE_DATE = re.compile(r"\(\d{4}-\d{2}-\d{2}\)$")


@dataclass(frozen=True)
class HeaderEvent:
    date: str
    kind: str  # passed | amended | published | in_force

    def __repr__(self) -> str:
        return f"HeaderEvent({self.date}, {self.kind})"


def header_events(header: str) -> list[HeaderEvent]:
    """The dated events of a file's header lines, in the order printed."""
    events = []
    dates = list(HEADER_DATE.finditer(header))
    for i, m in enumerate(dates):
        tail = header[m.end() : dates[i + 1].start() if i + 1 < len(dates) else len(header)]
        kind = next((k for k, pattern in EVENT_WORDS if pattern.search(tail)), None)
        if kind:
            events.append(HeaderEvent(f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}", kind))
    return events


def header_of(path: Path) -> str:
    """The header lines of a LawRefBook file (between the title and INFO END)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    head = text.split(INFO_END, 1)[0] if INFO_END in text else ""
    return "\n".join(head.splitlines()[1:])


def category_of(path: Path, root: Path) -> str | None:
    """The category of a file by its top folder under ``root`` (None for 其他 and unknown folders)."""
    try:
        top = path.resolve().relative_to(root.resolve()).parts[0]
    except (ValueError, IndexError):
        return None
    return CATEGORIES.get(top)


@dataclass(frozen=True)
class _Law:
    """One file's document: its node, its header events, its category and its short title."""

    node: str
    attrs: dict
    events: tuple[HeaderEvent, ...]
    category: str
    short_title: str


def _laws(G: nx.MultiDiGraph, root: Path) -> Iterator[_Law]:
    seen: set[tuple[str, str | None]] = set()
    for node, a in sorted(G.nodes(data=True), key=lambda na: str(na[1].get("source_file"))):
        if a.get("label") != "Document" or not a.get("in_corpus") or a.get("transmitted_by"):
            continue
        path = Path(a["source_file"])
        category = category_of(path, root)
        # one act printed over several undated files of a folder (民法典: 总则, 物权编 …) is one entry;
        # a dated file name is a version of its own
        key = (a["title"], a.get("date") if FILE_DATE.search(path.stem) else str(path.parent))
        if category is None or key in seen:
            continue
        seen.add(key)
        short = FILE_DATE.sub("", path.stem)
        if alias_key(short) not in alias_key(a["title"]) and alias_key(a["title"]) not in alias_key(short):
            short = a["title"]  # a file named by a part of the act (人格权编), not by a short title
        yield _Law(node, a, tuple(header_events(header_of(path))), category, short)


def _entry(law: _Law, later: _Law | None, G: nx.MultiDiGraph, *, as_of: str, latest: bool) -> Entry:
    a, ev = law.attrs, law.events
    passed = next((e.date for e in ev if e.kind == "passed"), None) or next(
        (e.date for e in ev if e.kind == "published"), None
    )
    amended = tuple(dict.fromkeys(e.date for e in ev if e.kind == "amended" and e.date != passed))
    effective = a.get("effective_date") or next((e.date for e in ev if e.kind == "in_force"), None)
    repealed_on = _repealed_on(law, later, G)
    status = SUPERSEDED if repealed_on and repealed_on <= as_of else a.get("status") or IN_FORCE
    if status != SUPERSEDED and effective and effective > as_of:
        status = NOT_YET_IN_FORCE
    key = title_key(a["title"])
    shorts = tuple(t for t in (law.short_title,) if alias_key(t) != alias_key(a["title"]))
    level, jurisdiction = a.get("level") or "unknown", a.get("jurisdiction")
    if level == "unknown":
        level, jurisdiction = _level_of(a["title"], law.category)
    return Entry(
        f"doc:{key}" if latest else f"doc:{key}@{a.get('date')}",
        a["title"],
        shorts,
        issuers=tuple(a.get("issuers") or ()),
        level=level,
        jurisdiction=jurisdiction,
        doc_type=a.get("doc_type"),
        category=law.category,
        date=a.get("date"),
        passed_date=passed,
        amended_dates=amended,
        effective_date=effective,
        expiry_date=a.get("expiry_date"),
        status=status,
        repealed_on=repealed_on,
    )


def _level_of(title: str, category: str) -> tuple[str, str | None]:
    """The level of a law whose issuers the build did not find: national for the categories of central
    bodies, else the place its title names."""
    if category in NATIONAL_CATEGORIES:
        return "national", NATIONAL_JURISDICTION
    facts = place_in(title_key(title), default_registry(), short_start=True)
    return facts.level, facts.jurisdiction


def _repealed_on(law: _Law, later: _Law | None, G: nx.MultiDiGraph) -> str | None:
    """When a later version came into force, else when a text of the collection repealing it did."""
    if later is not None:
        in_force = next((e.date for e in reversed(later.events) if e.kind == "in_force"), None)
        return in_force or later.attrs.get("effective_date") or later.attrs.get("date")
    dates = [
        G.nodes[s].get("effective_date") or G.nodes[s].get("date")
        for s, _, k in G.in_edges(law.node, keys=True)
        if k == "SUPERSEDES"
    ]
    return min((d for d in dates if d), default=None)


def catalogue_entries(G: nx.MultiDiGraph, root: str | Path, *, as_of: str) -> list[Entry]:
    """The catalogue entries of the collection in ``root`` that policykg built into ``G``.

    Versions of one act (same title) are ordered by date; the latest is ``doc:<title>``, each earlier
    one ``doc:<title>@<date>`` and superseded when the next one came into force.
    """
    by_title: dict[str, list[_Law]] = {}
    for law in _laws(G, Path(root)):
        by_title.setdefault(title_key(law.attrs["title"]), []).append(law)
    entries: list[Entry] = []
    for versions in by_title.values():
        versions.sort(key=lambda v: v.attrs.get("date") or "")
        for i, law in enumerate(versions):
            later = versions[i + 1] if i + 1 < len(versions) else None
            entries.append(_entry(law, later, G, as_of=as_of, latest=later is None))
    return sorted(entries, key=lambda e: e.id)


def entries_by_category(entries: Iterable[Entry]) -> dict[str, int]:
    """How many entries of each category (for the script's summary)."""
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.category or "?"] = counts.get(e.category or "?", 0) + 1
    return dict(sorted(counts.items()))
