"""The site's catalogue: every document (cited-only ones too) as the index searches, filters,
sorts and pages through it, in files small enough that a 100,000-document site never loads all
of its rows at once.

Pure: a graph in, :class:`CatalogFiles` out (file name → text); :mod:`policykg.viz.site`
writes them.  Pages opened from ``file://`` may not ``fetch`` files, but may load scripts, so
each file is a script calling the index's loader (``PK.rows(3, […])``).

Documents are numbered in the default order (newest first, undated last, then by title), so a
year is a run of numbers.  The index loads ``facets.js`` (counts, the build, years, agencies,
groups) and ``attrs.js`` (one character per document for level, status, in corpus), and then
only what a view needs: the rows of the page shown (``rows-NNNN.js``), the search index files of
the pairs of characters a query holds (``grams-NNN.js``), an issuer's documents, another order.

Search is by pairs of characters: a document matches when every pair of every word of the query
occurs in its search text: title, doc number (also its notice's), issuers and their aliases,
place, and the beneficiary groups it supports (with their synonyms and broader groups), all
normalised by :func:`policykg.keys.lookup_key` so brackets and spaces do not matter.

>>> search_key("豫政办[2024] 46号")
'豫政办〔2024〕46号'
>>> sorted(grams("高校毕业生"))
['业生', '校毕', '毕业', '高校']
>>> encode_sorted([3, 4, 40]), decode_sorted("3,1,10")
('3,1,10', [3, 4, 40])
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from policykg.analysis.citations import cited_documents
from policykg.analysis.coissuance import issued_documents
from policykg.analysis.links import nodes_labelled
from policykg.analysis.units import notices_of
from policykg.keys import lookup_key
from policykg.viz.lineage import display_level
from policykg.viz.page import script_json
from policykg.viz.stamp import build_label
from policykg.viz.style import LEVEL_STYLES, STATUS_NAMES
from policykg.viz.views import best_date, issuers_of

__all__ = [
    "CatalogFiles",
    "DocEntry",
    "LEVEL_CODES",
    "STATUS_CODES",
    "catalog_entries",
    "catalog_files",
    "grams",
    "search_key",
]

ROWS_PER_SHARD = 200  # rows of the table per file: a page of 50 rows loads one to a few files
ISSUERS_PER_SHARD = 64  # issuers' document lists per file
GRAM_SHARD_TARGET = 60_000  # postings per search index file, about 150 KB
MAX_GRAM_SHARDS = 512
# One character per level and per status in attrs.js (and in the rows).
LEVEL_CODES = {"national": "n", "provincial": "p", "municipal": "m", "district": "d", "unknown": "u"}
STATUS_CODES = {"in_force": "i", "superseded": "s", "expired": "e", "not_yet_in_force": "y", "unknown": "u"}


@dataclass(frozen=True)
class DocEntry:
    """One document as the index shows and finds it."""

    node: str
    title: str
    number: str  # its doc number, else its notice's ("via")
    number_via_notice: bool
    date: str  # best date: issue, effective, else the doc number's year (mid-year): the order
    shown_date: str  # what the index shows: the date, else the doc number's year alone
    year: int | None
    level: str
    status: str
    issuers: tuple[str, ...]
    in_corpus: bool
    cited_by: int
    search: str  # lookup keys of everything it is found by, joined

    def __repr__(self) -> str:
        return f"DocEntry({self.node!r})"


@dataclass(frozen=True)
class CatalogFiles:
    """The catalogue's files (name under data/ → text) and the facts the index page needs."""

    files: dict[str, str]
    total: int
    label: str

    def __repr__(self) -> str:
        return f"CatalogFiles({self.total} documents, {len(self.files)} files)"


# --------------------------------------------------------------------------- keys


def search_key(text: str) -> str:
    """What a search compares: :func:`~policykg.keys.lookup_key`, lower-cased."""
    return lookup_key(text).lower()


def grams(key: str) -> set[str]:
    """The pairs of neighbouring characters of a search key (a one-character key: itself)."""
    return {key[i : i + 2] for i in range(len(key) - 1)} or ({key} if key else set())


def gram_shard(gram: str, shards: int) -> int:
    """The search index file of a pair of characters (the index computes the same).

    >>> gram_shard("高校", 64)
    6
    """
    h = 0
    for ch in gram:
        h = (h * 31 + ord(ch)) % 1_000_003
    return h % shards


def encode_sorted(numbers: Iterable[int]) -> str:
    """Increasing numbers as base-36 gaps joined by commas (a posting list)."""
    out, last = [], 0
    small = _SMALL36
    for n in numbers:
        gap = n - last
        out.append(small[gap] if 0 <= gap < 1296 else _base36(gap))  # the table: as _base36 writes it
        last = n
    return ",".join(out)


def decode_sorted(text: str) -> list[int]:
    out, last = [], 0
    for part in filter(None, text.split(",")):
        last += int(part, 36)
        out.append(last)
    return out


def encode_list(numbers: Iterable[int]) -> str:
    """Numbers in any order as base 36 joined by commas (an order of documents)."""
    return ",".join(_base36(n) for n in numbers)


_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
# 0 … 36²-1 written once: most numbers of a posting list are small gaps (~3·10⁵ on a law corpus)
_SMALL36 = tuple(_DIGITS36[n] for n in range(36)) + tuple(a + b for a in _DIGITS36[1:] for b in _DIGITS36)


def _base36(n: int) -> str:
    if 0 <= n < len(_SMALL36):
        return _SMALL36[n]
    digits = _DIGITS36
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


# --------------------------------------------------------------------------- entries


def catalog_entries(G: nx.MultiDiGraph) -> list[DocEntry]:
    """Every document, in the default order (newest first, undated last, then by title)."""
    cited = {d: len(who) for d, who in cited_documents(G).items()}
    groups = _group_keys(G)
    agencies = _agency_keys(G)
    entries = []
    for n in nodes_labelled(G, "Document"):
        a = G.nodes[n]
        number, via = _number(G, n)
        date = best_date(G, n) or ""
        issuers = tuple(issuers_of(G, n))
        own = [a.get("title") or n, number, a.get("doc_number") or "", a.get("jurisdiction") or ""]
        found_by = [search_key(str(x)) for x in own if x]  # keys, one per line
        found_by += [agencies.get(name) or search_key(name) for name in issuers]
        found_by += [groups[g] for g in _targets(G, n) if g in groups]
        entries.append(
            DocEntry(
                node=n,
                title=str(a.get("title") or n),
                number=number,
                number_via_notice=via,
                date=str(date)[:10],
                shown_date=str(a.get("date") or a.get("effective_date") or str(date)[:4])[:10],
                year=int(str(date)[:4]) if date else None,
                level=display_level(G, n),
                status=a.get("status") or "unknown",
                issuers=issuers,
                in_corpus=bool(a.get("in_corpus")),
                cited_by=cited.get(n, 0),
                search="\n".join(found_by),
            )
        )
    entries.sort(key=lambda e: (e.title, e.node))
    entries.sort(key=lambda e: e.date, reverse=True)
    return [e for e in entries if e.date] + [e for e in entries if not e.date]


def _number(G: nx.MultiDiGraph, n: str) -> tuple[str, bool]:
    """Its doc number, else (for a transmitted text) its notice's, so a search finds both."""
    if G.nodes[n].get("doc_number"):
        return str(G.nodes[n]["doc_number"]), False
    for notice in notices_of(G, n):
        if G.nodes[notice].get("doc_number"):
            return str(G.nodes[notice]["doc_number"]), True
    return "", False


def _targets(G: nx.MultiDiGraph, n: str) -> list[str]:
    return [v for v, keys in G.succ[n].items() if "TARGETS" in keys]


def _group_keys(G: nx.MultiDiGraph) -> dict[str, str]:
    """Group id → what finds a document supporting it: its names and its broader groups' names."""
    out = {}
    for g in nodes_labelled(G, "BeneficiaryGroup"):
        a = G.nodes[g]
        names = [a.get("name") or g, *(a.get("synonyms") or ()), *(a.get("broader") or ())]
        out[g] = "\n".join(search_key(str(x)) for x in names)
    return out


def _agency_keys(G: nx.MultiDiGraph) -> dict[str, str]:
    """Agency name → its name and aliases as search keys."""
    out = {}
    for ag in nodes_labelled(G, "Agency"):
        a = G.nodes[ag]
        name = str(a.get("name") or ag)
        out[name] = "\n".join(search_key(str(x)) for x in [name, *(a.get("aliases") or ())])
    return out


# --------------------------------------------------------------------------- files


@dataclass(frozen=True)
class Links:
    """Where the index links a document, an agency, a group (paths relative to the site root)."""

    page: dict[str, str]  # in-corpus document → its lineage page
    hub: dict[str, str]  # national document → its page of implementations
    agency: dict[str, str]  # agency id → its page
    group: dict[str, str]  # group id → its page


def catalog_files(G: nx.MultiDiGraph, links: Links, *, entries: list[DocEntry] | None = None) -> CatalogFiles:
    """The catalogue's files for ``G`` (``entries``: :func:`catalog_entries`, if already made)."""
    entries = catalog_entries(G) if entries is None else entries
    ordinal = {e.node: i for i, e in enumerate(entries)}
    files: dict[str, str] = {}
    for k in range(0, len(entries), ROWS_PER_SHARD):
        rows = [_row(G, e, links) for e in entries[k : k + ROWS_PER_SHARD]]
        files[f"rows-{k // ROWS_PER_SHARD:04d}.js"] = f"PK.rows({k // ROWS_PER_SHARD},{script_json(rows)});\n"
    files["attrs.js"] = "PK.attrs(" + script_json(_attrs(entries)) + ");\n"
    gram_files, shards = _gram_files(entries)
    files.update(gram_files)
    agencies, issuer_files = _agency_facets(G, links, ordinal)
    files.update(issuer_files)
    by_title = sorted(range(len(entries)), key=lambda i: (entries[i].title, i))
    by_cited = sorted(range(len(entries)), key=lambda i: (-entries[i].cited_by, i))
    files["order-title.js"] = f"PK.order('title',{script_json(encode_list(by_title))});\n"
    files["order-cited.js"] = f"PK.order('cited',{script_json(encode_list(by_cited))});\n"
    label = build_label(G)
    facets = {
        "build": label,
        "total": len(entries),
        "rowsPerShard": ROWS_PER_SHARD,
        "issuersPerShard": ISSUERS_PER_SHARD,
        "gramShards": shards,
        "years": _year_ranges(entries),
        "agencies": agencies,
        "groups": _group_facets(G, links),
        "levels": {code: LEVEL_STYLES[level].name for level, code in LEVEL_CODES.items()},
        "levelColours": {code: LEVEL_STYLES[level].colour for level, code in LEVEL_CODES.items()},
        "statuses": {code: f"{STATUS_NAMES[s]} {s}" for s, code in STATUS_CODES.items()},
    }
    files["facets.js"] = "PK.facets(" + script_json(facets) + ");\n"
    return CatalogFiles(files, len(entries), label)


def _row(G: nx.MultiDiGraph, e: DocEntry, links: Links) -> list:
    """A table row: title, number, number is the notice's, date, level, status, issuers, lineage
    page, national page, in corpus, cited by, the page of a document citing it."""
    cited_in = "" if e.node in links.page else _citing_page(G, e.node, links)
    return [
        e.title,
        e.number,
        int(e.number_via_notice),
        e.shown_date,
        LEVEL_CODES.get(e.level, "u"),
        STATUS_CODES.get(e.status, "u"),
        "、".join(e.issuers),
        links.page.get(e.node, ""),
        links.hub.get(e.node, ""),
        int(e.in_corpus),
        e.cited_by,
        cited_in,
    ]


def _citing_page(G: nx.MultiDiGraph, node: str, links: Links) -> str:
    """The lineage page of a document citing ``node`` (where a cited-only document is seen)."""
    for src in sorted(G.pred[node]):
        if src in links.page and src != node:
            return links.page[src]
    return ""


def _attrs(entries: list[DocEntry]) -> dict[str, str]:
    return {
        "level": "".join(LEVEL_CODES.get(e.level, "u") for e in entries),
        "status": "".join(STATUS_CODES.get(e.status, "u") for e in entries),
        "corpus": "".join("1" if e.in_corpus else "0" for e in entries),
    }


def _year_ranges(entries: list[DocEntry]) -> list[list[int]]:
    """[year, first, last] of each year's run of documents; year 0: undated (always last)."""
    runs: list[list[int]] = []
    for i, e in enumerate(entries):
        year = e.year or 0
        if runs and runs[-1][0] == year:
            runs[-1][2] = i
        else:
            runs.append([year, i, i])
    return runs


def _gram_files(entries: list[DocEntry]) -> tuple[dict[str, str], int]:
    """The search index: pair of characters → documents, split into files by :func:`gram_shard`."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        found: set[str] = set()
        for key in e.search.split("\n"):
            found |= grams(key)
        for g in found:
            postings[g].append(i)
    total = sum(len(p) for p in postings.values())
    shards = 1 << max(0, math.ceil(math.log2(max(1, total / GRAM_SHARD_TARGET))))
    shards = min(shards, MAX_GRAM_SHARDS)
    split: list[dict[str, str]] = [{} for _ in range(shards)]
    for g in sorted(postings):
        split[gram_shard(g, shards)][g] = encode_sorted(postings[g])
    return {f"grams-{k:03d}.js": f"PK.grams({k},{script_json(part)});\n" for k, part in enumerate(split)}, shards


def _agency_facets(G: nx.MultiDiGraph, links: Links, ordinal: dict[str, int]) -> tuple[list, dict[str, str]]:
    """Agencies that issued documents, most documents first: [name, count, page, search key], and
    the files listing each one's documents (the issuer filter)."""
    agencies = []
    for ag in nodes_labelled(G, "Agency"):
        docs = sorted(ordinal[d] for d in issued_documents(G, ag) if d in ordinal)
        if docs:
            agencies.append((ag, docs))
    agencies.sort(key=lambda a: (-len(a[1]), a[0]))
    facets, files = [], {}
    for k in range(0, len(agencies), ISSUERS_PER_SHARD):
        part = agencies[k : k + ISSUERS_PER_SHARD]
        files[f"issuers-{k // ISSUERS_PER_SHARD:04d}.js"] = (
            f"PK.issuers({k // ISSUERS_PER_SHARD},{script_json([encode_sorted(d) for _, d in part])});\n"
        )
    for ag, docs in agencies:
        a = G.nodes[ag]
        keys = "\n".join(search_key(str(x)) for x in [a.get("name") or ag, *(a.get("aliases") or ())])
        facets.append([str(a.get("name") or ag), len(docs), links.agency.get(ag, ""), keys])
    return facets, files


def _group_facets(G: nx.MultiDiGraph, links: Links) -> list:
    """Beneficiary groups: [name, documents supporting it or a narrower group, page, search key]."""
    out = []
    groups = nodes_labelled(G, "BeneficiaryGroup")
    # a name → the groups listing it among their broader groups (lists of names): narrower_groups
    # for every group, without a pass over all the graph's nodes for each
    listing: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        for name in G.nodes[g].get("broader") or ():
            listing[name].append(g)
    for g in groups:
        a = G.nodes[g]
        name = a.get("name")
        subs = [g, *(listing.get(name, ()) if name is not None else ())]  # as narrower_groups (a set of docs below)
        docs = {d for sub in subs for d, keys in G.pred[sub].items() if "TARGETS" in keys}
        keys = "\n".join(search_key(str(x)) for x in [a.get("name") or g, *(a.get("synonyms") or ())])
        out.append([str(a.get("name") or g), len(docs), links.group.get(g, ""), keys])
    out.sort(key=lambda r: (-r[1], r[0]))
    return out
