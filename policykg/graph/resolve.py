"""Reference → node id: the resolve stage of a build (eyecite's ``resolve`` stage is the model).

A :class:`Resolver` is built once from the documents placed in the graph and holds their lookup
indexes.  :meth:`Resolver.resolve` tries an ordered list of small lookups and takes the first hit:

1. ``by_number`` — a standard doc number printed by a document of the corpus;
2. ``by_title`` — the cited title (``title_key``, else ``about_key``), candidates narrowed by the
   cited number, a repealed namesake kept apart as an earlier version, the latest version not
   after the citing document;
3. ``cited_by_number`` — a cited-only node named by its number (a misprinted prefix merged);
4. ``cited_by_title`` — a cited-only node named by its title.

Before the lookups a locally abbreviated order number is qualified (省政府令第120号 in a Henan
document is 河南省人民政府令第120号).  A lookup that finds nothing in the corpus adds the cited-only
Document node to the graph, so that later references meet it.

>>> import networkx as nx
>>> from policykg.loaders.models import DocNumber, Evidence, ParsedDocument, Reference
>>> G = nx.MultiDiGraph()
>>> old = ParsedDocument("关于稳就业的意见", "a.txt", 1, 9, doc_number=DocNumber("豫政", 2020, 1))
>>> new = ParsedDocument("关于促就业的通知", "b.txt", 1, 9)
>>> placed = [Placement(old, "doc:豫政〔2020〕1号"), Placement(new, "doc:关于促就业的通知")]
>>> for p in placed:
...     G.add_node(p.node, label="Document", title=p.doc.title, in_corpus=True)
>>> resolver = Resolver.from_placements(G, placed)
>>> cite = lambda title, number=None: Reference("CITES", title, number, Evidence("b.txt", 3, "…"))
>>> resolver.resolve(cite("关于稳就业的意见"), placed[1])
'doc:豫政〔2020〕1号'
>>> resolver.resolve(cite(None, DocNumber("国发", 2021, 3)), placed[1])
'doc:国发〔2021〕3号'
>>> G.nodes["doc:国发〔2021〕3号"]["in_corpus"]
False
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx

from policykg.keys import about_key, title_key
from policykg.loaders.metadata import doc_type_of
from policykg.loaders.models import DocNumber, ParsedDocument, Reference
from policykg.ontology.agencies import AgencyRegistry, default_registry

# Order numbers a provincial or municipal document prints without its place: 省政府令第120号.
LOCAL_ORDER_PREFIXES = ("省政府令", "省人民政府令", "市政府令", "市人民政府令")
# Roles by which a new act replaces an older one that may carry the very same title.
REPLACING_ROLES = ("SUPERSEDES", "AMENDS")
# A title starting with these names a national act: 中华人民共和国就业促进法, 国务院关于…
NATIONAL_TITLE_STARTS = ("中华人民共和国", "国务院", "国家", "全国")
# 河南省就业促进条例, 广西壮族自治区…: a title starting with a province or region
PROVINCE_TITLE = re.compile(r"^([\u4e00-\u9fff]{1,8}?)(省|自治区)")
# 郑州市就业创业扶持办法: a title starting with a city
CITY_TITLE = re.compile(r"^([\u4e00-\u9fff]{1,8}?)市")
# A citing document without a date is taken to come after every version it could cite.
NO_DATE = "9999"


@dataclass(frozen=True)
class Placement:
    """A parsed document and the graph node it became (``new`` is False when it merged into an earlier one)."""

    doc: ParsedDocument
    node: str
    new: bool = True

    def __repr__(self) -> str:
        return f"Placement({self.node!r}{'' if self.new else ', merged'})"


def doc_id(doc_number: DocNumber | None, title: str, issuers: tuple[str, ...] | list[str] = ()) -> str:
    """The node id of a document: its doc number, else its title key.

    >>> doc_id(DocNumber("豫政办", 2024, 46), "…")
    'doc:豫政办〔2024〕46号'
    >>> doc_id(DocNumber("", 2024, 4, kind="announcement"), "…", ("河南省财政厅",))
    'doc:河南省财政厅公告2024年第4号'
    >>> doc_id(None, "《关于A的通知》")
    'doc:关于A的通知'
    """
    if doc_number is not None:
        if doc_number.kind == "announcement":
            return f"doc:{issuers[0] if issuers else ''}公告{doc_number.text}"
        return f"doc:{doc_number.text}"
    return f"doc:{title_key(title)}"


def number_properties(n: DocNumber | None) -> dict:
    """The doc-number properties of a Document node (all None without a number)."""
    return {
        "doc_number": str(n) if n else None,
        "doc_number_prefix": (n.prefix or None) if n else None,
        "doc_number_year": n.year if n else None,
        "doc_number_serial": n.serial if n else None,
    }


def qualify_order(ref: Reference, citing: ParsedDocument) -> Reference:
    """A locally abbreviated order number with its place: 省政府令第120号 in Henan → 河南省人民政府令第120号.

    >>> from policykg.loaders.models import Evidence
    >>> ref = Reference("BASED_ON", None, DocNumber("省政府令", None, 120, "order"), Evidence("f", 1, "…"))
    >>> henan = ParsedDocument("关于X的通知", "f", 1, 2, jurisdiction="河南省")
    >>> str(qualify_order(ref, henan).doc_number)
    '河南省人民政府令第120号'
    """
    n, place = ref.doc_number, citing.jurisdiction
    if n is None or n.kind != "order" or n.prefix not in LOCAL_ORDER_PREFIXES or not place:
        return ref
    if not place.endswith(n.prefix[0]):  # 省政府令 in a province's document, 市政府令 in a city's
        return ref
    return dataclasses.replace(ref, doc_number=DocNumber(place + "人民政府令", None, n.serial, "order"))


def level_from_title(title: str, registry: AgencyRegistry) -> str:
    """The level of a cited-only document guessed from its title: its issuer, else the place it starts with.

    >>> reg = default_registry()
    >>> [level_from_title(t, reg) for t in ("国家就业促进条例", "河南省就业促进条例", "郑州市X办法", "X办法")]
    ['national', 'provincial', 'municipal', 'unknown']
    """
    head = title.split("关于", 1)[0] if "关于" in title else ""
    if head and registry.looks_like_agency(head):
        names = registry.split_issuers(head)
        if names:
            return (registry.resolve(names[0]) or registry.guess(names[0])).level
    if title.startswith(NATIONAL_TITLE_STARTS):
        return "national"
    if PROVINCE_TITLE.match(title):
        return "provincial"
    if CITY_TITLE.match(title):
        return "municipal"
    return "unknown"


def _standard(n: DocNumber | None) -> bool:
    return n is not None and n.kind == "standard"


Lookup = Callable[[Reference, Placement], "str | None"]


class Resolver:
    """Resolves the references of placed documents to node ids, adding cited-only nodes to ``G``."""

    def __init__(self, G: nx.MultiDiGraph, *, registry: AgencyRegistry | None = None) -> None:
        self.G = G
        self.registry = registry or default_registry()
        self.by_number: dict[str, str] = {}  # doc number → in-corpus node
        self.by_title: dict[str, list[str]] = {}  # title_key → in-corpus nodes, in corpus order
        self.by_about: dict[str, list[str]] = {}  # about_key → in-corpus nodes, in corpus order
        self.number_titles: dict[str, str] = {}  # doc number → the first title it was cited with
        # (title_key, year, serial) → the cited-only node first named so: catches misprinted prefixes
        self._cited: dict[tuple[str, int | None, int], str] = {}
        self.lookups: tuple[Lookup, ...] = (
            self._by_number,
            self._by_title,
            self._cited_by_number,
            self._cited_by_title,
        )

    @classmethod
    def from_placements(
        cls, G: nx.MultiDiGraph, placements: Iterable[Placement], *, registry: AgencyRegistry | None = None
    ) -> Resolver:
        """A resolver indexing ``placements`` (documents already added to ``G``), in corpus order."""
        resolver = cls(G, registry=registry)
        for p in placements:
            resolver._index(p)
        return resolver

    def _index(self, p: Placement) -> None:
        if p.new:
            if p.doc.doc_number is not None:
                self.by_number[str(p.doc.doc_number)] = p.node
            self.by_title.setdefault(title_key(p.doc.title), []).append(p.node)
            self.by_about.setdefault(about_key(p.doc.title), []).append(p.node)
        for r in p.doc.references:
            if r.doc_number is not None and r.title:
                self.number_titles.setdefault(str(r.doc_number), r.title)

    def resolve(self, ref: Reference, citing: Placement) -> str | None:
        """The node ``ref`` (made in ``citing``) points to; None when it names nothing to point to."""
        ref = qualify_order(ref, citing.doc)
        for lookup in self.lookups:
            node = lookup(ref, citing)
            if node is not None:
                return node
        return None

    def transmitted_text(self, title: str, notice: Placement) -> str:
        """The node of a text ``notice``'s title says it transmits (a cited-only node when not in the corpus)."""
        key = title_key(title)
        have = [c for c in self.by_title.get(key, []) if c != notice.node]
        node = have[0] if have else f"doc:{key}"
        if node not in self.G:
            d = notice.doc
            self.G.add_node(
                node,
                label="Document",
                title=title,
                in_corpus=False,
                level=d.level,
                issuers=list(d.issuers),
                date=d.date,
            )
        return node

    # ---- lookups, in order

    def _by_number(self, ref: Reference, citing: Placement) -> str | None:
        return self.by_number.get(str(ref.doc_number)) if _standard(ref.doc_number) else None

    def _by_title(self, ref: Reference, citing: Placement) -> str | None:
        if not ref.title:
            return None
        cands = self._title_candidates(ref.title, ref, citing)
        if title_key(ref.title) == title_key(citing.doc.title) and ref.role in REPLACING_ROLES:
            # a new act repealing the old one of the same title: another version, never itself
            cands = [c for c in cands if self._date(c) < (citing.doc.date or NO_DATE)]
            if not cands:
                return self._earlier_version(ref.title, citing)
        return self._latest_not_after(cands, citing.doc) if cands else None

    def _cited_by_number(self, ref: Reference, citing: Placement) -> str | None:
        n = ref.doc_number
        if not _standard(n):
            return None
        node, title = f"doc:{n}", ref.title or self.number_titles.get(str(n))
        if title and node not in self.G:
            # the same title with the same year and serial under a slightly different prefix
            # (平人社〔2022〕79号 / 平人社办〔2022〕79号): one document, misprinted once
            key = (title_key(title), n.year, n.serial)
            if key in self._cited:
                return self._cited[key]
            self._cited[key] = node
        return self._cited_node(node, title, ref)

    def _cited_by_title(self, ref: Reference, citing: Placement) -> str | None:
        if not ref.title:
            return None
        return self._cited_node(f"doc:{title_key(ref.title)}", ref.title, ref)

    # ---- steps of the lookups

    def _title_candidates(self, title: str, ref: Reference, citing: Placement) -> list[str]:
        """In-corpus nodes of the cited title (by ``title_key``, else ``about_key``), the citing one apart."""
        found = self.by_title.get(title_key(title), []) or self.by_about.get(about_key(title), [])
        cands = [c for c in found if c != citing.node]
        if _standard(ref.doc_number):
            # cited with a number the corpus lacks: a same-titled document with another number is another one
            cands = [c for c in cands if self._may_carry(c, ref)]
        return cands

    def _may_carry(self, node: str, ref: Reference) -> bool:
        a = self.G.nodes[node]
        return a.get("doc_number") in (None, str(ref.doc_number)) and (
            ref.role == "TRANSMITS" or not a.get("transmitted_by")
        )

    def _date(self, node: str) -> str:
        return self.G.nodes[node].get("date") or ""

    def _latest_not_after(self, cands: list[str], citing: ParsedDocument) -> str:
        """Of several versions, the latest one not after the citing document (else the latest)."""
        dated = sorted(cands, key=self._date)
        before = [c for c in dated if self._date(c) <= (citing.date or NO_DATE)]
        return (before or dated)[-1]

    def _earlier_version(self, title: str, citing: Placement) -> str:
        """A cited-only node for the earlier version a document replaces under its own title."""
        node = f"doc:{title_key(title)}@before-{citing.doc.date or citing.node[4:]}"
        if node not in self.G:
            self.G.add_node(
                node,
                label="Document",
                title=title,
                in_corpus=False,
                doc_type=doc_type_of(title),
                level=citing.doc.level,
            )
        return node

    def _cited_node(self, node: str, title: str | None, ref: Reference) -> str:
        """``node`` as a cited-only Document: added when new, named by the first title cited with its number."""
        if node not in self.G:
            props = self._cited_properties(title, ref.doc_number)
            self.G.add_node(node, label="Document", **{k: v for k, v in props.items() if v is not None})
        elif ref.title and self.G.nodes[node].get("title") == self.G.nodes[node].get("doc_number"):
            self.G.nodes[node]["title"] = ref.title
        return node

    def _cited_properties(self, title: str | None, n: DocNumber | None) -> dict:
        props = {"title": title or str(n), "in_corpus": False, "doc_type": doc_type_of(title) if title else None}
        if n is not None:
            props.update(number_properties(n))
            agency = self.registry.for_prefix(n.prefix) if n.prefix else None
            if agency:
                props.update(level=agency.level, jurisdiction=agency.jurisdiction or None, issuers=[agency.name])
        if "level" not in props and title:
            props["level"] = level_from_title(title, self.registry)
        return props
