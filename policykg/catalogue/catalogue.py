"""Reference catalogues: documents known before a build, which cited documents are matched against.

A :class:`Catalogue` holds :class:`Entry` rows — title, short titles, issuers, level, document
type, passing / amendment / effective dates, status — and finds one by doc number or by title (the
``alias_key`` of keys.py: 中华人民共和国 and version notes aside).  Two kinds exist:

* the packaged catalogue (:func:`default_catalogue`): laws and regulations built by
  ``scripts/build_catalogue.py`` with policykg itself, plus a few hand-entered regulations with their
  source (``supplement.toml``), then the State Council's documents of a public dataset
  (``policies.json.gz``, ``scripts/build_policy_catalogue.py``, module :mod:`.policies`);
* an earlier build used as a catalogue (:func:`catalogue_from_graph`, ``policykg build --reference``):
  a city's corpus resolves the province's documents it cites against the province's build.

>>> cat = Catalogue([Entry("doc:中华人民共和国劳动合同法", "中华人民共和国劳动合同法", date="2012-12-28")], name="t")
>>> cat.find_title("《劳动合同法》").title
'中华人民共和国劳动合同法'
>>> cat.find_title("劳动法") is None
True
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.keys import about_key, alias_key, announcement_key, number_key, version_year

CATALOGUE_PATH = Path(__file__).with_name("laws.json.gz")
SUPPLEMENT_PATH = Path(__file__).with_name("supplement.toml")
POLICIES_PATH = Path(__file__).with_name("policies.json.gz")
CATALOGUE = "catalogue"  # the `source` of a node matched in a catalogue of laws and regulations
REFERENCE = "reference"  # the `source` of a node matched in an earlier build (--reference)


class CatalogueError(PolicyKGError):
    """A catalogue file (or an earlier build given as one) is missing or malformed."""


@dataclass(frozen=True)
class Entry:
    """One document of a catalogue; ``id`` is the node id a build gives the document it matches."""

    id: str
    title: str
    short_titles: tuple[str, ...] = ()
    doc_number: str | None = None
    issuers: tuple[str, ...] = ()
    level: str = "unknown"
    jurisdiction: str | None = None
    doc_type: str | None = None
    category: str | None = None  # 法律 | 行政法规 | 部门规章 | 司法解释 | 地方性法规 | 党内法规 …
    date: str | None = None  # 公布 date of this version
    passed_date: str | None = None
    amended_dates: tuple[str, ...] = ()
    effective_date: str | None = None
    expiry_date: str | None = None
    status: str = "unknown"  # as of the catalogue's date
    repealed_on: str | None = None
    note: str | None = None  # where a hand-entered row was read

    def __repr__(self) -> str:
        return f"Entry({self.id!r}, {self.date}, {self.status})"

    def properties(self, source: str) -> dict:
        """The properties a cited Document node takes from this entry (``source`` says whence)."""
        props = {
            "title": self.title,
            "doc_number": self.doc_number,
            "doc_type": self.doc_type,
            "category": self.category,
            "date": self.date,
            "passed_date": self.passed_date,
            "amended_dates": list(self.amended_dates) or None,
            "effective_date": self.effective_date,
            "expiry_date": self.expiry_date,
            "repealed_on": self.repealed_on,
            "level": self.level,
            "jurisdiction": self.jurisdiction,
            "issuers": list(self.issuers) or None,
            "source": source,
        }
        return {k: v for k, v in props.items() if v is not None}

    def to_data(self) -> dict:
        """The entry as a JSON object (empty fields left out)."""
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in dataclasses.asdict(self).items() if v}

    @classmethod
    def from_data(cls, data: dict) -> Entry:
        names = {f.name for f in dataclasses.fields(cls)}
        try:
            return cls(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k in names})
        except TypeError as exc:
            raise CatalogueError(f"malformed catalogue entry {data.get('title')!r}: {exc}") from None


class Catalogue:
    """Entries indexed by doc number and by title key; ``source`` is what matched nodes record."""

    def __init__(self, entries: Iterable[Entry], *, name: str, source: str = CATALOGUE, about: str = "") -> None:
        self.name, self.source, self.about = name, source, about
        self.entries = tuple(entries)
        self._numbers: dict[str, list[Entry]] = {}
        self._titles: dict[str, list[Entry]] = {}
        self._abouts: dict[str, list[Entry]] = {}
        for e in self.entries:
            for key in self._number_keys(e):
                self._numbers.setdefault(key, []).append(e)
            for t in dict.fromkeys((e.title, *e.short_titles)):
                key = alias_key(t)
                self._titles.setdefault(key, []).append(e)
                self._abouts.setdefault(about_key(key), []).append(e)
        for versions in self._titles.values():
            versions.sort(key=lambda e: e.date or "")

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Catalogue({self.name!r}, {len(self)} entries)"

    @staticmethod
    def _number_keys(e: Entry) -> list[str]:
        if not e.doc_number:
            return []
        keys = [number_key(e.doc_number)]
        if "年第" in e.doc_number and e.issuers and "令" not in e.doc_number:  # an announcement
            keys.append(announcement_key(e.issuers[0], e.doc_number))
        return keys

    def find_number(self, number: str) -> Entry | None:
        """The one entry carrying ``number`` (None when none, or several, do)."""
        found = {e.id: e for e in self._numbers.get(number_key(number), [])}
        return next(iter(found.values())) if len(found) == 1 else None

    def find_title(self, title: str, *, when: str | None = None, number: str | None = None) -> Entry | None:
        """The entry a cited title names: by its ``alias_key``, else (one document only) its ``about_key``.

        Of several versions, the one the title's version note names (…（2019年修订）), else the latest
        not after ``when`` (the citing document's date), else the earliest.  A cited ``number`` the
        entry does not carry rules the entry out.
        """
        key = alias_key(title)
        versions = self._titles.get(key) or []
        if not versions and key.startswith("关于"):  # a title cited without its issuer: one document only
            versions = self._unique(self._abouts.get(key))
        if number:
            versions = [e for e in versions if not e.doc_number or number_key(e.doc_number) == number_key(number)]
        if not versions:
            return None
        year = version_year(title)
        if year is not None:
            named = [
                e
                for e in versions
                if str(year) in (e.date or "")[:4] or any(d[:4] == str(year) for d in e.amended_dates)
            ]
            if named:
                return named[-1]
        before = [e for e in versions if (e.date or "") <= (when or "9999")]
        return before[-1] if before else versions[0]

    @staticmethod
    def _unique(entries: list[Entry] | None) -> list[Entry]:
        return entries if entries and len({e.id for e in entries}) == 1 else []

    # ---- files

    def to_data(self) -> dict:
        return {"name": self.name, "about": self.about, "entries": [e.to_data() for e in self.entries]}

    @classmethod
    def from_data(cls, data: dict, *, source: str = CATALOGUE) -> Catalogue:
        entries = [Entry.from_data(e) for e in data["entries"]]
        return cls(entries, name=data.get("name", ""), source=source, about=data.get("about", ""))


def write_catalogue(catalogue: Catalogue, path: str | Path) -> Path:
    """Write ``catalogue`` as gzip JSON (deterministic: no timestamp in the gzip header)."""
    blob = json.dumps(catalogue.to_data(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    Path(path).write_bytes(gzip.compress(blob.encode("utf-8"), compresslevel=9, mtime=0))
    return Path(path)


def _read_data(path: str | Path) -> dict:
    p = Path(path)
    try:
        raw = p.read_bytes()
        data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"{p}: cannot read the catalogue ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise CatalogueError(f"{p}: not a policykg catalogue (no entries)")
    return data


def read_catalogue(path: str | Path) -> Catalogue:
    """A catalogue file: gzip JSON (``.json.gz``) or JSON, as :func:`write_catalogue` writes it."""
    return Catalogue.from_data(_read_data(path))


def read_supplement(path: str | Path = SUPPLEMENT_PATH) -> list[Entry]:
    """The hand-entered rows of ``supplement.toml`` (each with the ``note`` saying where it was read)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot read the catalogue supplement ({exc})") from None
    return [Entry.from_data(row) for row in data.get("entry", [])]


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The packaged catalogue: laws and regulations with their supplement, then the State Council's
    documents (``policies.json.gz``) the laws do not hold already (loaded once).

    A State Council row whose title or number a law entry carries is left out, so that a law is
    matched as before (the 行政法规 the State Council library also lists).  Without a data file (a
    checkout where the scripts have not run) what remains.
    """
    laws = _read_data(CATALOGUE_PATH) if CATALOGUE_PATH.exists() else {"name": "supplement", "entries": []}
    entries = [*(Entry.from_data(e) for e in laws["entries"]), *read_supplement()]
    names, about = [laws.get("name", "")], [laws.get("about", "")]
    if POLICIES_PATH.exists():
        policies = _read_data(POLICIES_PATH)
        held = Catalogue(entries, name="")
        entries += [e for e in map(Entry.from_data, policies["entries"]) if not _held(held, e)]
        names.append(policies.get("name", ""))
        about.append(policies.get("about", ""))
    return Catalogue(entries, name=" + ".join(filter(None, names)), about=" ".join(filter(None, about)))


def _held(catalogue: Catalogue, e: Entry) -> bool:
    """Whether ``catalogue`` carries ``e``'s title or doc number already."""
    return alias_key(e.title) in catalogue._titles or bool(
        e.doc_number and number_key(e.doc_number) in catalogue._numbers
    )


# ---- an earlier build as a catalogue

_ENTRY_PROPS = ("doc_number", "level", "jurisdiction", "doc_type", "category", "date", "passed_date")
_ENTRY_DATES = ("effective_date", "expiry_date", "status", "repealed_on")


def catalogue_from_graph(G, *, name: str) -> Catalogue:
    """The documents of an earlier build (its networkx graph) as a catalogue: those in its corpus and
    those it dated through a catalogue, each under its node id."""
    entries = []
    for node, p in sorted(G.nodes(data=True)):
        if p.get("label") != "Document" or not (p.get("in_corpus") or p.get("source") in (CATALOGUE, REFERENCE)):
            continue
        entries.append(
            Entry(
                node,
                p.get("title") or node[4:],
                tuple(p.get("aliases") or ()),
                issuers=tuple(p.get("issuers") or ()),
                amended_dates=tuple(p.get("amended_dates") or ()),
                **{k: p[k] for k in (*_ENTRY_PROPS, *_ENTRY_DATES) if p.get(k) is not None},
            )
        )
    return Catalogue(entries, name=name, source=REFERENCE, about=f"the documents of the build in {name}")
