"""Finding what a reference names: one document lookup, and the agency and group lookups.

A document lookup comes in two strengths:

- :func:`documents_named` is exact: the documents whose id, doc number or title *is* the
  reference — the first MATCH of every .cypher file taking ``$doc``, so that a named query
  answers the same in memory as in Neo4j.
- :func:`find_document` forgives: brackets of any style, full-width digits and stray spaces in
  a doc number (``豫政办[2024] 46号``, through :func:`policykg.keys.lookup_key`), an id
  without its ``doc:`` prefix, an announcement number with its issuer in front
  (``国家税务总局公告2024年第4号``), a title or part of one.  It returns the one document meant;
  when several match they are listed, when none does the closest titles and numbers are
  suggested (:class:`~policykg.errors.NotFoundError`).  :func:`find_agency` and
  :func:`find_group` forgive the same way.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="河南省就业补贴办法", doc_number="豫政〔2022〕5号", in_corpus=True)
>>> G.add_node("doc:b", label="Document", title="河南省创业补贴办法", in_corpus=True)
>>> documents_named(G, "豫政〔2022〕5号"), documents_named(G, "豫政[2022]5号")
(['doc:a'], [])
>>> find_document(G, "豫政[2022] 5 号"), find_document(G, "创业")
('doc:a', 'doc:b')
>>> find_document(G, "补贴办法")
Traceback (most recent call last):
...
policykg.errors.NotFoundError: '补贴办法' matches 2 documents; give a doc number, more of the title or the [id]:
  河南省就业补贴办法 (豫政〔2022〕5号)  [doc:a]
  河南省创业补贴办法  [doc:b]
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

import networkx as nx

from policykg.analysis.links import DOCUMENT, is_document, nodes_labelled
from policykg.errors import NotFoundError
from policykg.keys import lookup_key

__all__ = [
    "MAX_CANDIDATES",
    "agencies_named",
    "closest_documents",
    "describe",
    "documents_named",
    "find_agency",
    "find_document",
    "find_group",
    "find_named",
    "groups_named",
    "match_documents",
]

MAX_CANDIDATES = 12  # documents listed when a reference is ambiguous
MAX_SUGGESTIONS = 5  # close titles and numbers suggested when nothing matches
SUGGESTION_CUTOFF = 0.6  # difflib similarity a suggestion needs
# Node properties a document is named by, in the order a forgiving lookup tries them.
NAMING_FIELDS = ("doc_number", "title")
DOCUMENT_PREFIX = "doc:"
# `国家税务总局公告2024年第4号` (as lookup_key gives it): an announcement number after its issuer.
ANNOUNCEMENT_NUMBER = re.compile(r"^(?P<issuer>.+?)公告(?P<number>(?:19|20)\d\d年第\d{1,4}号)$")


# --- exact: as the .cypher files match ---------------------------------------------------------


def _exact_index(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """id, doc number and title → documents, built once and kept in ``G.graph`` (the in-memory twin
    of Neo4j's lookup indexes); rebuilt when the node count changes (an O(1) check)."""
    cached = G.graph.get("_document_lookup")
    if cached is None or cached[0] != G.number_of_nodes():
        index: dict[str, list[str]] = {}
        for n in nodes_labelled(G, DOCUMENT):
            a = G.nodes[n]
            for key in {n, a.get("doc_number"), a.get("title")} - {None}:
                index.setdefault(key, []).append(n)
        cached = (G.number_of_nodes(), index)
        G.graph["_document_lookup"] = cached
    return cached[1]


def documents_named(G: nx.MultiDiGraph, ref: str) -> list[str]:
    """The documents whose id, doc number or title is ``ref`` exactly
    (``d.id = $doc OR d.doc_number = $doc OR d.title = $doc``)."""
    return list(_exact_index(G).get(ref, []))


def _named(G: nx.MultiDiGraph, label: str, ref: str, list_field: str) -> list[str]:
    """Nodes of ``label`` whose id or name is ``ref``, or whose ``list_field`` holds it."""
    return [
        n
        for n in nodes_labelled(G, label)
        if ref in (n, G.nodes[n].get("name")) or ref in (G.nodes[n].get(list_field) or ())
    ]


def agencies_named(G: nx.MultiDiGraph, ref: str) -> list[str]:
    """Agencies whose id, canonical name or one of whose aliases is ``ref`` (``agency_docs.cypher``)."""
    return _named(G, "Agency", ref, "aliases")


def groups_named(G: nx.MultiDiGraph, ref: str) -> list[str]:
    """Beneficiary groups whose id, name or one of whose synonyms is ``ref`` (``beneficiary_docs.cypher``)."""
    return _named(G, "BeneficiaryGroup", ref, "synonyms")


# --- forgiving: what a reader types ------------------------------------------------------------


def describe(G: nx.MultiDiGraph, node: str) -> str:
    """One line naming a document: title (doc number, date)."""
    a = G.nodes[node]
    extra = ", ".join(x for x in (a.get("doc_number"), a.get("date")) if x)
    return f"{a.get('title', node)}" + (f" ({extra})" if extra else "")


def _key_of(G: nx.MultiDiGraph, node: str, field: str) -> str:
    return lookup_key(str(G.nodes[node].get(field) or ""))


def _prefer_in_corpus(G: nx.MultiDiGraph, nodes: list[str]) -> list[str]:
    """In-corpus documents if any (a cited-only namesake is the same policy seen from outside),
    oldest first."""
    inside = [n for n in nodes if G.nodes[n].get("in_corpus")]
    return sorted(inside or nodes, key=lambda n: (str(G.nodes[n].get("date") or ""), n))


# The forgiving lookup's sources, tried in order (the first that matches anything wins); each
# takes the graph, its documents, the reference as typed and its lookup_key.
Source = Callable[[nx.MultiDiGraph, list[str], str, str], list[str]]


def by_exact_name(G: nx.MultiDiGraph, docs: list[str], ref: str, key: str) -> list[str]:
    """`豫政〔2022〕5号`, a whole title or an id, exactly."""
    return documents_named(G, ref)


def by_bare_id(G: nx.MultiDiGraph, docs: list[str], ref: str, key: str) -> list[str]:
    """`国家税务总局公告2024年第4号`: an id without its `doc:` prefix, as tables and exports print it."""
    node = DOCUMENT_PREFIX + ref
    return [node] if node in G and is_document(G, node) else []


def by_announcement_number(G: nx.MultiDiGraph, docs: list[str], ref: str, key: str) -> list[str]:
    """`财政部 税务总局公告2023年第15号`: an announcement number with its issuer in front, the
    document numbered `2023年第15号` whose title or issuers name that issuer."""
    m = ANNOUNCEMENT_NUMBER.match(key)
    if not m:
        return []
    issuer = m["issuer"]
    return [
        n
        for n in docs
        if _key_of(G, n, "doc_number") == m["number"]
        and (issuer in _key_of(G, n, "title") or issuer in "".join(G.nodes[n].get("issuers") or ()))
    ]


def by_doc_number(G: nx.MultiDiGraph, docs: list[str], ref: str, key: str) -> list[str]:
    """`豫政[2022] 5 号`: the doc number with other brackets or spaces."""
    return [n for n in docs if _key_of(G, n, "doc_number") == key]


def by_title(G: nx.MultiDiGraph, docs: list[str], ref: str, key: str) -> list[str]:
    """A whole title with other brackets or spaces."""
    return [n for n in docs if _key_of(G, n, "title") == key]


def by_part(G: nx.MultiDiGraph, docs: list[str], ref: str, key: str) -> list[str]:
    """`就业创业补贴`: part of a title (or of a doc number)."""
    return [n for n in docs if any(key in _key_of(G, n, f) for f in NAMING_FIELDS)]


SOURCES: tuple[Source, ...] = (by_exact_name, by_bare_id, by_doc_number, by_announcement_number, by_title, by_part)


def match_documents(G: nx.MultiDiGraph, ref: str) -> list[str]:
    """The documents ``ref`` names, by the first of :data:`SOURCES` that finds any (in-corpus
    documents preferred, oldest first); empty when none does."""
    ref = ref.strip()
    key = lookup_key(ref)
    if not key:
        return []
    docs = nodes_labelled(G, DOCUMENT)
    for source in SOURCES:
        if found := source(G, docs, ref, key):
            return _prefer_in_corpus(G, found)
    return []


def closest_documents(G: nx.MultiDiGraph, ref: str, *, n: int = MAX_SUGGESTIONS) -> list[str]:
    """Documents whose title or doc number is most like ``ref`` (for "did you mean")."""
    names: dict[str, str] = {}  # lookup key of a title or number → document, in-corpus ones winning
    for doc in sorted(nodes_labelled(G, DOCUMENT), key=lambda d: bool(G.nodes[d].get("in_corpus"))):
        for field in NAMING_FIELDS[::-1]:
            if G.nodes[doc].get(field):
                names[_key_of(G, doc, field)] = doc
    close = difflib.get_close_matches(lookup_key(ref), list(names), n=n, cutoff=SUGGESTION_CUTOFF)
    return list(dict.fromkeys(names[k] for k in close))


def _names_of(G: nx.MultiDiGraph, node: str, list_field: str) -> list[str]:
    a = G.nodes[node]
    return [x for x in (node, a.get("name"), *(a.get(list_field) or ())) if x]


def find_named(G: nx.MultiDiGraph, label: str, ref: str, list_field: str, *, what: str) -> str:
    """The id of the one ``label`` node (an agency, a group) ``ref`` names: its id, name or one of
    its ``list_field`` names, exactly, then with other brackets, widths or spaces, then as part of
    one.  Raises :class:`NotFoundError` listing the candidates or the closest names."""
    ref_ = ref.strip()
    key = lookup_key(ref_)
    if not key:
        raise NotFoundError(f"empty {what} name")
    nodes = nodes_labelled(G, label)
    found = _named(G, label, ref_, list_field)
    for matches in (
        lambda n: any(lookup_key(x) == key for x in _names_of(G, n, list_field)),
        lambda n: any(key in lookup_key(x) for x in _names_of(G, n, list_field)),
    ):
        found = found or [n for n in nodes if matches(n)]
    if len(found) == 1:
        return found[0]
    if found:
        shown = "\n".join(f"  {G.nodes[n].get('name', n)}  [{n}]" for n in sorted(found)[:MAX_CANDIDATES])
        more = f"\n  … and {len(found) - MAX_CANDIDATES} more" if len(found) > MAX_CANDIDATES else ""
        plural = "agencies" if what == "agency" else what + "s"
        raise NotFoundError(f"{ref!r} matches {len(found)} {plural}; give the full name or the [id]:\n{shown}{more}")
    names = {lookup_key(x): n for n in nodes for x in _names_of(G, n, list_field)}
    close = difflib.get_close_matches(key, list(names), n=MAX_SUGGESTIONS, cutoff=SUGGESTION_CUTOFF)
    hint = "; did you mean: " + "; ".join(dict.fromkeys(G.nodes[names[k]].get("name", names[k]) for k in close))
    raise NotFoundError(f"no {what} matches {ref!r}" + (hint if close else ""))


def find_agency(G: nx.MultiDiGraph, ref: str) -> str:
    """The id of the one agency ``ref`` names (id, canonical name, alias, or part of one)."""
    return find_named(G, "Agency", ref, "aliases", what="agency")


def find_group(G: nx.MultiDiGraph, ref: str) -> str:
    """The id of the one beneficiary group ``ref`` names (id, name, synonym, or part of one)."""
    return find_named(G, "BeneficiaryGroup", ref, "synonyms", what="group")


def find_document(G: nx.MultiDiGraph, ref: str) -> str:
    """The id of the one document ``ref`` names: a node id, doc number, title or part of a title.

    Raises :class:`NotFoundError` listing the candidates when several documents match, or
    suggesting the closest when none does.
    """
    ref_ = ref.strip()
    if ref_ in G and is_document(G, ref_):
        return ref_
    if not lookup_key(ref_):
        raise NotFoundError("empty document name; give a doc number or part of a title")
    found = match_documents(G, ref_)
    if len(found) == 1:
        return found[0]
    if found:
        raise _ambiguous(G, ref, found)
    close = closest_documents(G, ref_)
    hint = ("; did you mean: " + "; ".join(describe(G, d) for d in close)) if close else ""
    raise NotFoundError(f"no document matches {ref!r}{hint}")


def _ambiguous(G: nx.MultiDiGraph, ref: str, nodes: list[str]) -> NotFoundError:
    shown = "\n".join(f"  {describe(G, n)}  [{n}]" for n in nodes[:MAX_CANDIDATES])
    more = f"\n  … and {len(nodes) - MAX_CANDIDATES} more" if len(nodes) > MAX_CANDIDATES else ""
    return NotFoundError(
        f"{ref!r} matches {len(nodes)} documents; give a doc number, more of the title or the [id]:\n{shown}{more}"
    )
