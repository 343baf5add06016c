"""Reference → node id: the resolve stage of a build (eyecite's ``resolve`` stage is the model).

A :class:`Resolver` is built once from the documents placed in the graph and holds their lookup
indexes.  :meth:`Resolver.resolve` tries an ordered list of small lookups and takes the first hit:

1. ``by_number`` — a doc number printed by a document of the corpus (standard and order numbers,
   ``number_key``: 中华人民共和国国务院令第706号 is 国务院令第706号);
2. ``by_announcement`` — an announcement number, with its issuer (国家税务总局公告2024年第4号) or,
   when the corpus holds only one announcement of that number, without (2024年第4号);
3. ``by_title`` — the cited title (``title_key``, else ``about_key``, else ``alias_key``: the
   中华人民共和国 prefix and a version note aside), candidates narrowed by the cited number, a
   repealed namesake kept apart as an earlier version, the latest version not after the citing document;
4. ``in_catalogues`` — an earlier build given with ``--reference``, then the catalogue of laws and
   regulations (:mod:`policykg.catalogue`): the node takes the entry's id, dates, level and status;
5. ``cited_by_number`` — a cited-only node named by its number (a misprinted prefix merged);
6. ``cited_by_title`` — a cited-only node named by its title: the number another mention gave that
   title, else one node for all spellings of the title (``alias_key``), named by the fullest.

Before the lookups a locally abbreviated order number is qualified (省政府令第120号 in a Henan
document is 河南省人民政府令第120号).  A lookup that finds nothing in the corpus adds the cited-only
Document node to the graph, with what its mention tells (:mod:`policykg.graph.mention`), so that
later references meet it.  Every reference that meets a node under another spelling than the node's
own is a :class:`Merge`, reported with its reason, and the spelling is kept in ``aliases``.

>>> import networkx as nx
>>> from policykg.loaders.models import DocNumber, Evidence, ParsedDocument, Reference
>>> G = nx.MultiDiGraph()
>>> old = ParsedDocument("关于稳就业的意见", "a.txt", 1, 9, doc_number=DocNumber("豫政", 2020, 1))
>>> new = ParsedDocument("关于促就业的通知", "b.txt", 1, 9)
>>> placed = [Placement(old, "doc:豫政〔2020〕1号"), Placement(new, "doc:关于促就业的通知")]
>>> for p in placed:
...     G.add_node(p.node, label="Document", title=p.doc.title, in_corpus=True)
>>> resolver = Resolver.from_placements(G, placed, catalogues=())
>>> cite = lambda title, number=None: Reference("CITES", title, number, Evidence("b.txt", 3, "…"))
>>> resolver.resolve(cite("关于稳就业的意见"), placed[1])
'doc:豫政〔2020〕1号'
>>> resolver.resolve(cite(None, DocNumber("国发", 2021, 3)), placed[1])
'doc:国发〔2021〕3号'
>>> G.nodes["doc:国发〔2021〕3号"]["in_corpus"], G.nodes["doc:国发〔2021〕3号"]["level"]
(False, 'national')
>>> resolver.resolve(cite("中华人民共和国就业促进法"), placed[1]) == resolver.resolve(cite("就业促进法"), placed[1])
True
>>> resolver.merges[-1].reason
'中华人民共和国 left out or added'
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from policykg.catalogue import CATALOGUE, REFERENCE, Catalogue, Entry, default_catalogue
from policykg.graph.mention import (
    LEVEL_RANK,
    MentionFacts,
    attached,
    issued_lately,
    issuers_ending,
    mention_facts,
    mention_year,
)
from policykg.keys import (
    SERIAL_PADDING,
    about_key,
    alias_key,
    announcement_key,
    issuer_head,
    number_key,
    title_key,
    unversioned_key,
    version_year,
)
from policykg.loaders.metadata import doc_type_of
from policykg.loaders.models import DocNumber, ParsedDocument, Reference
from policykg.ontology.agencies import AgencyRegistry, default_registry

# Order numbers a provincial or municipal document prints without its place: 省政府令第120号.
LOCAL_ORDER_PREFIXES = ("省政府令", "省人民政府令", "市政府令", "市人民政府令")
# Roles by which a new act replaces an older one that may carry the very same title.
REPLACING_ROLES = ("SUPERSEDES", "AMENDS")
# A citing document without a date is taken to come after every version it could cite.
NO_DATE = "9999"
# The issuer printed before an announcement number in a sentence: 国家税务总局公告2024年第4号
ANNOUNCEMENT_ISSUER = re.compile(r"(?P<head>[\u4e00-\u9fff、]{2,40}?)公告(?P<year>\d{4})年第(?P<serial>\d+)号")
# The source of a cited-only node's properties when no catalogue holds it.
MENTION = "mention"

# Why a reference met a node under another spelling (Merge.reason)
SAME_NUMBER = "the doc number it is cited with (here or in another mention of the title)"
NATIONAL_PREFIX = "中华人民共和国 left out or added"
VERSION_NOTE = "version note (20XX年修正/修订) left out or added"
ISSUER_PREFIX = "issuer before 关于 left out or added"
ANNOUNCEMENT_ISSUER_REASON = "announcement number with or without its issuer"
MISPRINTED_PREFIX = "misprinted doc-number prefix (same title, year and serial)"
CATALOGUE_TITLE = "a title of the catalogue entry"
ORDER_FORM = "order number with or without 中华人民共和国"


@dataclass(frozen=True)
class Placement:
    """A parsed document and the graph node it became (``new`` is False when it merged into an earlier one)."""

    doc: ParsedDocument
    node: str
    new: bool = True

    def __repr__(self) -> str:
        return f"Placement({self.node!r}{'' if self.new else ', merged'})"


@dataclass(frozen=True)
class Merge:
    """A reference that met ``node`` under another title or number than the node's, and why."""

    node: str
    mention: str
    reason: str
    file: str
    line: int

    def to_meta(self) -> dict:
        return {"node": self.node, "mention": self.mention, "reason": self.reason, "file": self.file, "line": self.line}


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
    """The level of a cited-only document as its title tells it (:mod:`policykg.graph.mention`).

    >>> reg = default_registry()
    >>> [level_from_title(t, reg) for t in ("国家就业促进条例", "河南省就业促进条例", "郑州市X办法", "工伤保险条例")]
    ['national', 'provincial', 'municipal', 'national']
    """
    return mention_facts(title, None, "", registry).level


def merge_reason(mention: str, title: str) -> str | None:
    """Why a mention and a node's title name one document (None when they are the same title).

    >>> merge_reason("劳动合同法", "中华人民共和国劳动合同法"), merge_reason("《X办法》", "X办法")
    ('中华人民共和国 left out or added', None)
    >>> merge_reason("关于X的意见", "河南省人民政府关于X的意见")
    'issuer before 关于 left out or added'
    """
    if title_key(mention) == title_key(title):
        return None
    if alias_key(mention) == alias_key(title):
        return VERSION_NOTE if version_year(mention) or version_year(title) else NATIONAL_PREFIX
    if about_key(alias_key(mention)) == about_key(alias_key(title)):
        return ISSUER_PREFIX
    return CATALOGUE_TITLE


def _standard(n: DocNumber | None) -> bool:
    return n is not None and n.kind == "standard"


def _numbered(n: DocNumber | None) -> bool:
    """A number that names one document by itself: standard, or an order (国务院令第706号)."""
    return n is not None and n.kind in ("standard", "order")


Lookup = Callable[[Reference, Placement], "str | None"]


class Resolver:
    """Resolves the references of placed documents to node ids, adding cited-only nodes to ``G``."""

    def __init__(
        self,
        G: nx.MultiDiGraph,
        *,
        registry: AgencyRegistry | None = None,
        catalogues: Sequence[Catalogue] | None = None,
    ) -> None:
        self.G = G
        self.registry = registry or default_registry()
        self.catalogues = tuple(catalogues) if catalogues is not None else (default_catalogue(),)
        self.by_number: dict[str, str] = {}  # number_key → in-corpus node
        self.by_announcement: dict[str, list[str]] = {}  # announcement number (with and without issuer) → nodes
        self.by_title: dict[str, list[str]] = {}  # title_key → in-corpus nodes, in corpus order
        self.by_about: dict[str, list[str]] = {}  # about_key → in-corpus nodes, in corpus order
        self.by_alias: dict[str, list[str]] = {}  # alias_key → in-corpus nodes, in corpus order
        self.number_titles: dict[str, str] = {}  # doc number → the first title it was cited with
        self.title_numbers: dict[str, dict[str, DocNumber]] = {}  # alias_key of a cited title → numbers cited with it
        self.fullest: dict[str, str] = {}  # alias_key → the fullest spelling the references give
        # (title_key, year, serial) → the cited-only node first named so: catches misprinted prefixes
        self._cited: dict[tuple[str, int | None, int], str] = {}
        self._cited_alias: dict[str, str] = {}  # alias_key → the title naming its cited-only node
        self.merges: list[Merge] = []
        # what mentions tell about a document's year beyond its own properties (used by build.add_years):
        self.numbered: dict[str, DocNumber] = {}  # a corpus document without number or date → a number it is cited with
        self.attached: dict[str, str] = {}  # a cited document attached to the citing one → the citing one
        self._merged: set[tuple[str, str]] = set()
        self.lookups: tuple[Lookup, ...] = (
            self._by_number,
            self._by_announcement,
            self._by_title,
            self._in_catalogues,
            self._cited_by_number,
            self._cited_by_title,
        )

    @classmethod
    def from_placements(
        cls,
        G: nx.MultiDiGraph,
        placements: Iterable[Placement],
        *,
        registry: AgencyRegistry | None = None,
        catalogues: Sequence[Catalogue] | None = None,
    ) -> Resolver:
        """A resolver indexing ``placements`` (documents already added to ``G``), in corpus order."""
        resolver = cls(G, registry=registry, catalogues=catalogues)
        for p in placements:
            resolver._index(p)
        return resolver

    def _index(self, p: Placement) -> None:
        if p.new:
            self._index_document(p)
        for r in p.doc.references:
            if not r.title:
                continue
            key = alias_key(r.title)
            if key not in self.fullest or _fullness(r.title) > _fullness(self.fullest[key]):
                self.fullest[key] = r.title
            if _standard(r.doc_number):
                self.number_titles.setdefault(str(r.doc_number), r.title)
                self.title_numbers.setdefault(key, {})[str(r.doc_number)] = r.doc_number

    def _index_document(self, p: Placement) -> None:
        n, title = p.doc.doc_number, p.doc.title
        if n is not None and n.kind == "announcement":
            for key in (*(announcement_key(i, n.text) for i in p.doc.issuers[:1]), n.text):
                self.by_announcement.setdefault(key, []).append(p.node)
        elif n is not None:
            self.by_number[number_key(n.text)] = p.node
        self.by_title.setdefault(title_key(title), []).append(p.node)
        self.by_about.setdefault(about_key(title), []).append(p.node)
        self.by_alias.setdefault(alias_key(title), []).append(p.node)

    def resolve(self, ref: Reference, citing: Placement) -> str | None:
        """The node ``ref`` (made in ``citing``) points to; None when it names nothing to point to."""
        ref = qualify_order(ref, citing.doc)
        for lookup in self.lookups:
            node = lookup(ref, citing)
            if node is not None:
                self._note_mention(node, ref, self._place_of(citing))
                return node
        return None

    def transmitted_text(self, title: str, notice: Placement) -> str:
        """The node of a text ``notice``'s title says it transmits (a cited-only node when not in the corpus)."""
        key = title_key(title)
        have = [c for c in self.by_title.get(key, []) if c != notice.node]
        node = have[0] if have else f"doc:{key}"
        if node not in self.G:
            d = notice.doc
            facts = MentionFacts(d.level, d.jurisdiction, tuple(d.issuers))
            if d.level == "unknown":
                facts = facts.merged(mention_facts(title, None, "", self.registry))
            self.G.add_node(
                node,
                label="Document",
                title=title,
                in_corpus=False,
                doc_type=doc_type_of(title),
                **{k: v for k, v in _facts_properties(facts).items() if v is not None},
                date=d.date,
                source=MENTION,
            )
        return node

    # ---- lookups, in order

    def _by_number(self, ref: Reference, citing: Placement) -> str | None:
        n = ref.doc_number
        if not _numbered(n):
            return None
        node = self.by_number.get(number_key(n.text))
        # (an order printed otherwise than its key, 中华人民共和国 before it: that form merged in; a 第 is no other form)
        if node is not None and n.kind == "order" and number_key(n.text) != SERIAL_PADDING.sub("", n.text):
            self._merge(node, n.text, ORDER_FORM, ref)
        return node

    def _by_announcement(self, ref: Reference, citing: Placement) -> str | None:
        n = ref.doc_number
        if n is None or n.kind != "announcement":
            return None
        issuer = self._announcement_issuer(ref)
        if issuer:
            found = self.by_announcement.get(announcement_key(issuer, n.text), [])
        else:
            found = [c for c in self.by_announcement.get(n.text, []) if c != citing.node]
            if len(found) == 1:
                self._merge(found[0], n.text, ANNOUNCEMENT_ISSUER_REASON, ref)
        return found[0] if len(found) == 1 else None

    def _by_title(self, ref: Reference, citing: Placement) -> str | None:
        if not ref.title:
            return None
        cands = self._title_candidates(ref.title, ref, citing)
        if ref.role in REPLACING_ROLES and _own_title(ref.title, citing.doc):
            # a new act repealing the old one of the same title: another version, never itself (nor the
            # new version the repealing notice issues: 印发《X》… 2019年印发的《X》同时废止)
            cands = [c for c in cands if self._date(c) < (citing.doc.date or NO_DATE)]
            if not cands:
                return self._earlier_version(ref.title, citing)
        year = version_year(ref.title)
        named = [c for c in cands if year and self._date(c)[:4] == str(year)]  # 《X条例（2010年修订）》
        return self._latest_not_after(named or cands, citing.doc) if cands else None

    def _in_catalogues(self, ref: Reference, citing: Placement) -> str | None:
        for catalogue in self.catalogues:
            entry = self._catalogue_entry(catalogue, ref, citing)
            if entry is None or (
                ref.role in REPLACING_ROLES and not self._may_replace(self._level(citing), entry.level)
            ):
                continue
            # a document cited with a standard number the entry lacks keeps its number as its id
            # (doc number first, as for the corpus), so that mentions by number alone meet it
            number = self._cited_number(ref) if not entry.doc_number else None
            node = f"doc:{number}" if number is not None else entry.id
            if self.G.nodes.get(node, {}).get("in_corpus"):
                return None  # that id is a document of this corpus, which the lookups above did not take
            if node not in self.G:
                props = entry.properties(catalogue.source)
                if number is not None:
                    props.update(number_properties(number))
                self.G.add_node(node, label="Document", in_corpus=False, **props)
            return node
        return None

    def _cited_number(self, ref: Reference) -> DocNumber | None:
        """The standard number ``ref`` names a document by: its own, else the one other mentions
        gave its title (when only one)."""
        if _standard(ref.doc_number):
            return ref.doc_number
        numbers = list(self.title_numbers.get(alias_key(ref.title), {}).values()) if ref.title else []
        return numbers[0] if len(numbers) == 1 and not ref.doc_number else None

    def _cited_by_number(self, ref: Reference, citing: Placement) -> str | None:
        n = ref.doc_number
        if n is not None and n.kind == "announcement":
            issuer = self._announcement_issuer(ref)
            return (
                self._cited_node(f"doc:{announcement_key(issuer, n.text)}", ref.title, ref, citing) if issuer else None
            )
        if not _standard(n):
            return None
        node, title = f"doc:{n}", ref.title or self.number_titles.get(str(n))
        if title and node not in self.G:
            # the same title with the same year and serial under a slightly different prefix
            # (平人社〔2022〕79号 / 平人社办〔2022〕79号): one document, misprinted once
            key = (title_key(title), n.year, n.serial)
            if key in self._cited:
                self._merge(self._cited[key], str(n), MISPRINTED_PREFIX, ref)
                return self._cited[key]
            self._cited[key] = node
        return self._cited_node(node, title, ref, citing)

    def _cited_by_title(self, ref: Reference, citing: Placement) -> str | None:
        if not ref.title:
            return None
        key = alias_key(ref.title)
        n = self._cited_number(ref)
        if n is not None:
            # the title-only mention of a document another mention names with its number
            node = self.by_number.get(number_key(n.text)) or self._cited_node(
                f"doc:{n}", self.number_titles.get(n.text), dataclasses.replace(ref, doc_number=n), citing
            )
            self._merge(node, ref.title, SAME_NUMBER, ref)
            return node
        if key not in self._cited_alias:
            # named by the fullest spelling, else its own, never by one that names a corpus document
            # the lookups above did not take (a provincial act "repealing" a national law)
            for spelling in (self.fullest.get(key, ref.title), ref.title):
                if not self.G.nodes.get(f"doc:{title_key(spelling)}", {}).get("in_corpus"):
                    self._cited_alias[key] = spelling
                    break
        title = self._cited_alias.get(key, ref.title)
        return self._cited_node(f"doc:{title_key(title)}", title, ref, citing)

    # ---- steps of the lookups

    def _title_candidates(self, title: str, ref: Reference, citing: Placement) -> list[str]:
        """In-corpus nodes of the cited title (``title_key``, ``about_key``, ``alias_key``), the citing one apart."""
        found = (
            self.by_title.get(title_key(title), [])
            or [c for c in self.by_about.get(about_key(title), []) if not self._issued_by_other(title, c)]
            or self.by_alias.get(alias_key(title), [])
        )
        cands = [c for c in found if c != citing.node]
        if ref.role in REPLACING_ROLES:
            cands = [c for c in cands if self._may_replace(self._level(citing), self.G.nodes[c].get("level"))]
        if _standard(ref.doc_number):
            # cited with a number the corpus lacks: a same-titled document with another number is another one
            cands = [c for c in cands if self._may_carry(c, ref)]
        return cands

    def _issued_by_other(self, title: str, node: str) -> bool:
        """The cited title and the node's name different issuers before the same 关于… (《全国人民代表大会常务委员会关于
        开展X的决议》和《某省人民代表大会常务委员会关于开展X的决议》, h242 广州): two texts, though their about_key is one.
        A head one of the two spells short (国办 / 国务院办公厅) is the same body when the registry resolves both to it."""
        a, b = issuer_head(title), issuer_head(self.G.nodes[node].get("title", ""))
        if not a or not b or a in b or b in a:
            return False
        ra, rb = self.registry.resolve(a), self.registry.resolve(b)
        return not (ra is not None and rb is not None and ra.name == rb.name)

    def _level(self, p: Placement) -> str:
        """A placed document's level: its own, else the one its title tells (河南省…条例 is provincial)."""
        if p.doc.level != "unknown":
            return p.doc.level
        return level_from_title(p.doc.title, self.registry)

    @staticmethod
    def _may_replace(citing_level: str | None, level: str | None) -> bool:
        """Whether a document of ``citing_level`` can repeal or amend one of ``level``: not one above it
        (a province's regulation never repeals a national law, whatever a sentence seems to say)."""
        if citing_level not in LEVEL_RANK[:-1] or level not in LEVEL_RANK[:-1]:  # unknown: nothing to tell
            return True
        return LEVEL_RANK.index(level) >= LEVEL_RANK.index(citing_level)

    def _may_carry(self, node: str, ref: Reference) -> bool:
        a = self.G.nodes[node]
        return a.get("doc_number") in (None, str(ref.doc_number)) and (
            ref.role == "TRANSMITS" or not a.get("transmitted_by")
        )

    def _catalogue_entry(self, catalogue: Catalogue, ref: Reference, citing: Placement) -> Entry | None:
        n = ref.doc_number
        if n is not None:
            issuer = self._announcement_issuer(ref) if n.kind == "announcement" else None
            found = catalogue.find_number(announcement_key(issuer, n.text) if issuer else n.text)
            if found is not None:
                return found
        if not ref.title:
            return None
        number = n.text if _numbered(n) else None
        return catalogue.find_title(ref.title, when=citing.doc.date, number=number)

    def _announcement_issuer(self, ref: Reference) -> str | None:
        """The issuer of a cited announcement number: printed before 公告 in the sentence, else the title's first."""
        n = ref.doc_number
        for m in ANNOUNCEMENT_ISSUER.finditer("".join(ref.evidence.text.split())):
            if int(m["year"]) == n.year and int(m["serial"]) == n.serial:
                names = issuers_ending(m["head"], self.registry)
                if names:
                    return names[0]
        head = issuer_head(ref.title) if ref.title else ""
        if head and self.registry.looks_like_agency(head):
            names = self.registry.split_issuers(head)
            found = self.registry.resolve(names[0]) if names else None
            return found.name if found else None
        return None

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
                source=MENTION,
            )
        return node

    def _cited_node(self, node: str, title: str | None, ref: Reference, citing: Placement) -> str:
        """``node`` as a cited-only Document: added when new, named by the first title cited with its number."""
        if node not in self.G:
            props = self._cited_properties(title, ref, citing.doc.date, self._place_of(citing))
            if ref.doc_number is None and attached(ref.evidence.text, title):
                self.attached[node] = citing.node  # 《X规程》(见附件): issued with the citing document
            self.G.add_node(node, label="Document", **{k: v for k, v in props.items() if v is not None})
        elif ref.title and self.G.nodes[node].get("title") == self.G.nodes[node].get("doc_number"):
            # named by its number first: the title a later mention gives, and the 文种 it ends with
            self.G.nodes[node].update(title=ref.title, doc_type=doc_type_of(ref.title))
        return node

    def _place_of(self, citing: Placement) -> str | None:
        """The citing document's place: its issuers', else its title's (甘州区…办法, no issuer printed)."""
        node = self.G.nodes[citing.node] if citing.node in self.G else {}
        return node.get("jurisdiction") or citing.doc.jurisdiction

    def _cited_properties(self, title: str | None, ref: Reference, citing_date: str | None, place: str | None) -> dict:
        n = ref.doc_number
        props = {"title": title or str(n), "in_corpus": False, "doc_type": doc_type_of(title) if title else None}
        if n is not None:
            props.update(number_properties(n))
        facts = mention_facts(title, n, ref.evidence.text, self.registry, place)
        props.update(_facts_properties(facts), source=MENTION)
        if n is None and citing_date and issued_lately(ref.evidence.text):  # (该文件近期印发) 落实《…》
            props.update(year=int(citing_date[:4]), date_precision="year", year_from="mention")
        elif n is None:
            props.update(_mention_year(ref, title))
        return props

    def _note_mention(self, node: str, ref: Reference, place: str | None = None) -> None:
        """After ``ref`` met ``node``: a new spelling of its title kept and reported; for a cited-only
        node whose level or issuers are still unknown, this mention asked too (bare 省…/市… forms read
        in ``place``, the citing document's)."""
        a = self.G.nodes[node]
        if a.get("in_corpus") and not (a.get("doc_number") or a.get("date")) and _standard(ref.doc_number):
            self.numbered.setdefault(node, ref.doc_number)  # printed without its number, cited with it
        if ref.title and title_key(ref.title) != title_key(a.get("title", "")):
            reason = merge_reason(ref.title, a["title"])
            if reason == CATALOGUE_TITLE and a.get("source") not in (CATALOGUE, REFERENCE):
                reason = SAME_NUMBER  # met through its number (here or in another mention of this title)
            if not (a.get("in_corpus") and reason == SAME_NUMBER):  # a corpus document is its number
                self._merge(node, ref.title, reason, ref)
        if a.get("source") == MENTION and not (a.get("year") or a.get("doc_number")):
            a.update(_mention_year(ref, a.get("title")))  # a later mention may say when it was issued
        if a.get("source") == MENTION and (a.get("level") in (None, "unknown") or not a.get("issuers")):
            facts = mention_facts(a.get("title"), ref.doc_number, ref.evidence.text, self.registry, place)
            for k, v in _facts_properties(facts).items():
                if v and a.get(k) in (None, "unknown", []):
                    a[k] = v

    def _merge(self, node: str, mention: str, reason: str, ref: Reference) -> None:
        """Record that ``mention`` met ``node`` (once per node and spelling), keeping the spelling as an alias."""
        if (node, mention) in self._merged:
            return
        self._merged.add((node, mention))
        self.merges.append(Merge(node, mention, reason, ref.evidence.file, ref.evidence.line))
        if node in self.G and reason not in (ANNOUNCEMENT_ISSUER_REASON, MISPRINTED_PREFIX, ORDER_FORM):
            aliases = self.G.nodes[node].setdefault("aliases", [])
            if mention not in aliases:
                aliases.append(mention)
                aliases.sort()


def _own_title(title: str, doc: ParsedDocument) -> bool:
    """Whether ``title`` is ``doc``'s own, or that of a text ``doc`` transmits."""
    key = alias_key(title)
    return key == alias_key(doc.title) or any(
        r.role == "TRANSMITS" and r.title and alias_key(r.title) == key for r in doc.references
    )


def _fullness(title: str) -> int:
    """How full a spelling of a title is: the longest names a node (a version note does not count)."""
    return len(unversioned_key(title))


def _mention_year(ref: Reference, title: str | None) -> dict:
    """The year properties of what ``ref``'s sentence says of its issue (2012年发布的《…》, (GB3096-2008)), else none."""
    year = mention_year(ref.evidence.text, title)
    return {"year": year, "date_precision": "year", "year_from": "mention"} if year else {}


def _facts_properties(facts: MentionFacts) -> dict:
    return {
        "level": facts.level,
        "jurisdiction": facts.jurisdiction,
        "issuers": list(facts.issuers) or None,
    }
