"""Publications → the policy graph (networkx ``MultiDiGraph``) and a report of the build.

The build runs in phases, each a small function: parse the files (:func:`parse_files`), add the
documents (:func:`add_documents`), their issuers (:func:`add_issuers`), resolve their references
(:func:`resolve_references`, with a :class:`~policykg.graph.resolve.Resolver` that also matches cited
documents against reference catalogues), add the groups they target (:func:`add_targets`), mark notice
units (:func:`add_units`) and pass dates along them (:func:`~policykg.graph.status.inherit_unit_dates`),
state each document's year (:func:`add_years`), and compute validity as of a date
(:func:`~policykg.graph.status.apply_status`).  :func:`build` returns the graph and the
:class:`BuildReport` side by side.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("郑州市人民政府\\n关于Z的通知\\n郑政〔2022〕1号\\n各区县人民政府：\\n根据《国务院关于Y的意见》（国发〔2021〕3号），现通知如下。\\n2022年2月14日\\n", encoding="utf-8")
>>> G, report = build([d])
>>> sorted(t for _, _, t in G.edges(keys=True))
['BASED_ON', 'ISSUED_BY']
>>> G.nodes["doc:国发〔2021〕3号"]["in_corpus"]
False
>>> report.documents, report.cited_only
(1, 1)
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import os
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Protocol

import networkx as nx

from policykg import vocab
from policykg.analysis.units import unit_heads
from policykg.catalogue import Catalogue
from policykg.errors import InputError
from policykg.graph.mention import UNKNOWN, title_facts, title_year
from policykg.graph.resolve import Merge, Placement, Resolver, doc_id, number_properties
from policykg.graph.status import apply_status, inherit_unit_dates
from policykg.keys import loose_title_key
from policykg.loaders.formats import page_of
from policykg.loaders.metadata import doc_type_of
from policykg.loaders.models import DocNumber, ParsedDocument, ParsedFile, Problem, Reference
from policykg.loaders.parse import parse_text
from policykg.loaders.reading import display_path, iter_input_files, read_source
from policykg.loaders.segment import BARE_TITLE, transmitted_titles
from policykg.ontology.agencies import AgencyRegistry, default_registry
from policykg.ontology.beneficiaries import Taxonomy, default_taxonomy

__all__ = [
    "ROLE_PRIORITY",
    "BuildReport",
    "BuildResult",
    "ParsedFileCache",
    "add_documents",
    "add_issuers",
    "add_targets",
    "add_units",
    "add_years",
    "apply_status",
    "add_pages",
    "build",
    "build_from_parsed",
    "build_graph",
    "check_as_of",
    "doc_id",
    "graph_from_parsed",
    "parse_file",
    "parse_files",
    "resolve_references",
]

# When a document mentions another several times, the edge keeps the strongest role.
# Seconds one file may take to parse before it is reported and left out ($POLICYKG_FILE_BUDGET).
FILE_BUDGET = 120.0
BUDGET_ENV = "POLICYKG_FILE_BUDGET"
# Of several roles for one pair, the strongest stays (vocab.ROLE_PRIORITY: SUPERSEDES first).
ROLE_PRIORITY = vocab.ROLE_PRIORITY
# Below this many files to parse, a process pool costs more than it saves.
MIN_FILES_FOR_POOL = 4

Progress = Callable[[int], object]


@dataclass(frozen=True)
class BuildReport:
    """What a build read, found, skipped and could not resolve."""

    files: tuple[tuple[str, int], ...] = ()  # (file, documents found)
    skipped: tuple[tuple[str, str], ...] = ()  # (file, reason)
    problems: tuple[Problem, ...] = ()
    documents: int = 0
    cited_only: int = 0
    edges: Counter = field(default_factory=Counter)  # relationship type → count
    duplicates: int = 0
    bytes_read: int = 0
    as_of: str = ""
    merges: tuple[Merge, ...] = ()  # references that met a node under another spelling, with the reason
    catalogues: tuple[str, ...] = ()  # the reference catalogues cited documents were matched against

    def to_meta(self) -> dict:
        """The ``meta`` of graph.json."""
        kinds = Counter(p.kind for p in self.problems)
        return {
            "catalogues": list(self.catalogues),
            "merges": [m.to_meta() for m in self.merges],
            "as_of": self.as_of,
            "files": [{"file": f, "documents": n} for f, n in self.files],
            "skipped": [{"file": f, "reason": r} for f, r in self.skipped],
            "documents_in_corpus": self.documents,
            "documents_cited_only": self.cited_only,
            "duplicates_merged": self.duplicates,
            "edges": dict(sorted(self.edges.items())),
            "warnings": dict(sorted(kinds.items())),
            "problems": [str(p) for p in self.problems],
        }

    @classmethod
    def of(
        cls,
        G: nx.MultiDiGraph,
        parsed: Sequence[ParsedFile],
        placements: Sequence[Placement],
        *,
        missing: Iterable[tuple[str, str]] = (),
        as_of: str,
        merges: Iterable[Merge] = (),
        catalogues: Iterable[str] = (),
    ) -> BuildReport:
        """The report of a finished build: the graph, the files parsed and where their documents went."""
        read = [pf for pf in parsed if not pf.skipped]
        return cls(
            files=tuple((pf.path, len(pf.documents)) for pf in read),
            skipped=(*missing, *((pf.path, _skip_reason(pf)) for pf in parsed if pf.skipped)),
            problems=tuple(p for pf in parsed for p in pf.problems),
            documents=sum(1 for p in placements if p.new),
            cited_only=sum(1 for _, a in G.nodes(data=True) if a["label"] == "Document" and not a.get("in_corpus")),
            edges=Counter(k for _, _, k in G.edges(keys=True)),
            duplicates=sum(1 for p in placements if not p.new),
            bytes_read=sum(pf.n_chars for pf in read),
            as_of=as_of,
            merges=tuple(merges),
            catalogues=tuple(catalogues),
        )


def _skip_reason(pf: ParsedFile) -> str:
    return pf.problems[0].message if pf.problems else "unreadable"


class BuildResult(NamedTuple):
    """The graph a build made and its report (unpacks as ``G, report = build(...)``)."""

    graph: nx.MultiDiGraph
    report: BuildReport


class ParsedFileCache(Protocol):
    """Where :func:`parse_files` finds files parsed before (:class:`policykg.graph.incremental.ParseCache`)."""

    def digest(self, path: Path) -> str | None: ...
    def get(self, path: str, digest: str) -> ParsedFile | None: ...
    def put(self, path: str, digest: str, pf: ParsedFile) -> None: ...


# ---------------------------------------------------------------- phase 1: parse


def parse_file(path: str | os.PathLike) -> ParsedFile:
    """Read and parse one file; a file that cannot be read gives a skipped ParsedFile, never an exception."""
    try:
        src = read_source(path)
    except InputError as exc:
        shown = display_path(path)  # a name that is not UTF-8 must still print and go into graph.json
        return ParsedFile(
            shown,
            None,
            problems=(Problem(shown, None, "unreadable", str(exc).split(": ", 1)[-1]),),
            skipped=True,
        )
    try:
        with time_budget(file_budget()):
            parsed = parse_text(src.text, src.path, encoding=src.encoding)
    except ParseTimeout as exc:
        message = f"parsing stopped after {exc.seconds:g} s (a hostile or damaged file?); the file is left out"
        return ParsedFile(
            str(path), src.encoding, problems=(Problem(str(path), None, "timeout", message),), skipped=True
        )
    except Exception as exc:  # a parser fault on one file must not stop the build of the others: reported, counted
        return _parser_failed(path, src.encoding, exc)
    if src.problems:  # stray bytes replaced while decoding, reported first
        parsed = dataclasses.replace(parsed, problems=src.problems + parsed.problems)
    return dataclasses.replace(parsed, pages=src.pages) if src.pages else parsed


def _parser_failed(path: str | os.PathLike, encoding: str | None, exc: BaseException) -> ParsedFile:
    """The skipped file of a parser fault, with the fault named (a bug to report, not the file's fault)."""
    where = exc.__traceback__
    while where is not None and where.tb_next is not None:
        where = where.tb_next
    at = f" at {Path(where.tb_frame.f_code.co_filename).name}:{where.tb_lineno}" if where is not None else ""
    message = (
        f"the parser failed on this file ({type(exc).__name__}{at}: {exc}); the file is left out — please report it"
    )
    return ParsedFile(str(path), encoding, problems=(Problem(str(path), None, "parser-error", message),), skipped=True)


class ParseTimeout(Exception):
    """One file took longer than its time budget."""

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds


def file_budget() -> float:
    """Seconds one file may take to parse: ``$POLICYKG_FILE_BUDGET`` or FILE_BUDGET (0 = none)."""
    try:
        return max(0.0, float(os.environ.get(BUDGET_ENV, FILE_BUDGET)))
    except ValueError:
        return FILE_BUDGET


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`ParseTimeout` in the block after ``seconds`` (main thread of a process only).

    Every loader pattern is linear (tests/test_hostile_patterns.py); the budget is the last line of
    defence, so one odd file is reported and left out instead of stalling a whole build.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ParseTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_files(
    paths, *, jobs: int | None = None, progress: Progress | None = None, cache: ParsedFileCache | None = None
) -> tuple[list[ParsedFile], list[tuple[str, str]]]:
    """Parse every input file, in parallel over ``jobs`` processes (default: all cores).

    With a cache (:class:`policykg.graph.incremental.ParseCache`), files parsed before (same path and
    content) are taken from it and only new or changed files are parsed.  Returns the parsed files in
    input order and the ``(path, reason)`` of paths that are no input.
    """
    files, missing = iter_input_files(paths)
    results, todo = _from_cache(files, cache, progress)
    with _few_collections():
        parsed = _parse_all([f for _, f, _ in todo], jobs or os.cpu_count() or 1)
        for (i, f, digest), pf in zip(todo, parsed):
            results[i] = pf
            if cache is not None and digest and not pf.skipped:
                cache.put(str(f), digest, pf)
            if progress:
                progress(1)
    return [results[i] for i in range(len(files))], missing


YOUNG_THRESHOLD = 100_000  # allocations between two collections of the youngest generation (Python: 700)


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Parsing makes millions of objects that live on and hold no cycles: the collector's passes over
    them find nothing (8 % of a parse's time); it runs a hundred times less often meanwhile."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _from_cache(
    files: list[Path], cache: ParsedFileCache | None, progress: Progress | None
) -> tuple[dict[int, ParsedFile], list[tuple[int, Path, str | None]]]:
    """Files found in the cache (by input index), and the rest to parse with their digests."""
    found: dict[int, ParsedFile] = {}
    todo: list[tuple[int, Path, str | None]] = []
    for i, f in enumerate(files):
        digest = cache.digest(f) if cache is not None else None
        hit = cache.get(str(f), digest) if cache is not None and digest else None
        if hit is None:
            todo.append((i, f, digest))
            continue
        found[i] = hit
        if progress:
            progress(1)
    return found, todo


def _parse_all(files: list[Path], jobs: int) -> Iterator[ParsedFile]:
    """:func:`parse_file` over ``files``, in order; over a process pool when there is enough to share."""
    if jobs <= 1 or len(files) < MIN_FILES_FOR_POOL:
        yield from map(parse_file, files)
        return
    chunksize = max(1, min(64, len(files) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(parse_file, files, chunksize=chunksize)


# ---------------------------------------------------------------- the whole build


def build(
    paths,
    *,
    as_of: str | dt.date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cache: ParsedFileCache | None = None,
    catalogues: Sequence[Catalogue] | None = None,
) -> BuildResult:
    """Read publications (files or folders) and return the policy graph beside its report.

    ``paths`` is a list of paths, or one path (a ``str`` or ``os.PathLike``, never read as its characters).
    ``catalogues`` are matched, in order, against the documents cited but not in the corpus
    (default: the packaged catalogue of laws and regulations; ``()`` for none).
    """
    parsed, missing = parse_files(paths, jobs=jobs, progress=progress, cache=cache)
    return build_from_parsed(parsed, missing=missing, as_of=as_of, catalogues=catalogues)


def build_from_parsed(
    parsed: Sequence[ParsedFile],
    *,
    missing: Iterable[tuple[str, str]] = (),
    as_of: str | dt.date | None = None,
    catalogues: Sequence[Catalogue] | None = None,
) -> BuildResult:
    """The graph of parsed files (phases 2 to 5) and its report; ``missing`` are inputs that were no file."""
    as_of = check_as_of(as_of)
    registry = default_registry()
    G = nx.MultiDiGraph()
    placements = add_documents(G, parsed)
    add_issuers(G, placements, registry=registry)
    add_title_levels(G, placements, registry=registry)
    resolver = Resolver.from_placements(G, placements, registry=registry, catalogues=catalogues)
    resolve_references(G, placements, resolver)
    add_targets(G, placements, taxonomy=default_taxonomy())
    add_pages(G, parsed)
    add_units(G)
    inherit_unit_dates(G)
    add_years(G, numbered=resolver.numbered, attached=resolver.attached)
    apply_status(G, as_of=as_of)
    names = [c.name for c in resolver.catalogues]
    report = BuildReport.of(
        G, parsed, placements, missing=missing, as_of=as_of, merges=resolver.merges, catalogues=names
    )
    return BuildResult(G, report)


def build_graph(
    paths,
    *,
    as_of: str | dt.date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cache: ParsedFileCache | None = None,
    catalogues: Sequence[Catalogue] | None = None,
) -> nx.MultiDiGraph:
    """Read publications (files or folders) and return the policy graph.

    As :func:`build`, for callers that want the graph alone; the report is also kept at
    ``G.graph["report"]`` for those written before :func:`build` returned it.
    """
    G, report = build(paths, as_of=as_of, jobs=jobs, progress=progress, cache=cache, catalogues=catalogues)
    G.graph["report"] = report
    return G


def graph_from_parsed(parsed: Sequence[ParsedFile], *, missing=(), as_of=None) -> nx.MultiDiGraph:
    """As :func:`build_from_parsed`, the report kept at ``G.graph["report"]``."""
    G, report = build_from_parsed(parsed, missing=missing, as_of=as_of)
    G.graph["report"] = report
    return G


def check_as_of(as_of: str | dt.date | None) -> str:
    """``as_of`` as YYYY-MM-DD (today when None), or InputError.

    >>> check_as_of("2024-02-30")
    Traceback (most recent call last):
    ...
    policykg.errors.InputError: --as-of 2024-02-30: not a date (YYYY-MM-DD)
    """
    if as_of is None:
        return dt.date.today().isoformat()
    if isinstance(as_of, dt.date):
        return as_of.isoformat()
    try:
        return dt.date.fromisoformat(str(as_of).strip()).isoformat()
    except ValueError:
        raise InputError(f"--as-of {as_of}: not a date (YYYY-MM-DD)") from None


# ---------------------------------------------------------------- phase 2: documents


def add_documents(G: nx.MultiDiGraph, parsed: Iterable[ParsedFile]) -> list[Placement]:
    """Add the documents of every readable file, and the TRANSMITS edges printed inside each file.

    Paged sources (PDF) come first: where one document is read from several files (its gazette PDF,
    its web page, a text conversion), the node and its evidence point at the printed page.
    """
    placements: list[Placement] = []
    for pf in sorted(parsed, key=lambda pf: not pf.pages):
        if pf.skipped:
            continue
        here: list[Placement] = []
        for d in pf.documents:  # (a transmitted text is placed after the notice that prints it)
            t = d.transmitted_by
            here.append(_place(G, d, here[t].node if t is not None and t < len(here) else None))
        _link_transmitted(G, pf, [p.node for p in here])
        placements.extend(here)
    return placements


def _place(G: nx.MultiDiGraph, d: ParsedDocument, parent: str | None = None) -> Placement:
    """Add ``d`` as a Document node, or merge it into the node of the same document met before (``parent``:
    the node of the notice that prints ``d``, if any)."""
    node = doc_id(d.doc_number, d.title, d.issuers)
    if node in G:
        if _same_document(G.nodes[node], d, parent):
            return _printed_again(G, node, d)
        # another version of a same-titled act, or another text of a common title (政府工作报告) another notice prints
        node = f"{node}@{d.date or (parent or '')[4:]}"
        if node in G and BARE_TITLE.match(d.title or "") and not _same_document(G.nodes[node], d, parent):
            node = f"{node}@{d.source_file}:{d.source_line}"  # (a third 通告 of its own: its place names it)
        if node in G:
            return _printed_again(G, node, d)
    G.add_node(node, label="Document", **_doc_props(d))
    return Placement(d, node)


def _printed_again(G: nx.MultiDiGraph, node: str, d: ParsedDocument) -> Placement:
    """``d`` merged into the node of the same document met before: where another file prints it again is kept on the
    node (``printed_also_in``, ``file:line``), so no copy's place is lost (two sites' copies of one notice, a
    compilation reprinting a gazette's text); a page printing its title twice is one place."""
    props = G.nodes[node]
    if props.get("source_file") == d.source_file and d.date and not props.get("date"):
        # 某市人民政府关于X的通知-某政发〔2021〕15号 / … / the same title over its text, signed and dated: a preview
        # site's heading keeps no date, the copy under it does — the one document's date is the copy's (h237 舟山)
        props["date"] = d.date
    if props.get("source_file") != d.source_file:
        where = f"{d.source_file}:{d.source_line}"
        also = props.setdefault("printed_also_in", [])
        if where not in also:
            also.append(where)
    return Placement(d, node, new=False)


def _same_document(known: dict, d: ParsedDocument, parent: str | None = None) -> bool:
    """Whether ``d`` is the document already at its id: same number, or no two different dates — and not a
    text two different notices print (海淀's 2016 and 2018 政府工作报告, h105), nor one of another body."""
    if parent is not None and known.get("transmitted_by") not in (None, parent) and d.doc_number is None:
        return False
    if d.doc_number is None and d.issuers and known.get("issuers") and not set(d.issuers) & set(known["issuers"]):
        # one common title, two bodies that share no issuer (湛江's 2020 政府工作报告 and 海淀's, h125 and h105): two
        # documents, whatever their dates
        return False
    if (
        d.doc_number is None
        and not d.issuers
        and not known.get("issuers")
        and known.get("source_file") != d.source_file
    ):
        # nothing but a title in common (通知公告 from two sites' columns, h117 and h69): one document only
        # when both print the same date
        return bool(d.date) and known.get("date") == d.date
    if d.doc_number is None and known.get("source_file") != d.source_file and BARE_TITLE.match(d.title or ""):
        # 通告 / 公告 — a document type alone as two files' titles names no one document: the same only with the same
        # bodies and the same date printed (深圳's undated traffic 通告 of h225 and 宿松's dated one of h144)
        return bool(d.date) and known.get("date") == d.date and set(d.issuers) == set(known.get("issuers") or ())
    if _two_texts_of_one_number(known, d):
        return False
    return d.doc_number is not None or known.get("date") == d.date or not d.date or not known.get("date")


def _two_texts_of_one_number(known: dict, d: ParsedDocument) -> bool:
    """Two texts one file prints under one order's number with two titles: the rules one order published together
    (某市X暂行办法 and 某市X实施细则, both 某市人民政府令第247号, republished after an amending decision, h210 重庆) —
    two documents; a title printed twice in one file keeps one key."""
    return (
        d.doc_number is not None
        and d.doc_number.kind == "order"
        and d.title_printed
        and known.get("source_file") == d.source_file
        and bool(d.title)
        and bool(known.get("title"))
        and str(d.doc_number) not in (d.title, known["title"])
        and loose_title_key(known["title"]) != loose_title_key(d.title)
    )


def _link_transmitted(G: nx.MultiDiGraph, pf: ParsedFile, nodes: list[str]) -> None:
    """TRANSMITS from a notice to the texts printed after it in the same file."""
    for d, node in zip(pf.documents, nodes):
        if d.transmitted_by is None or d.transmitted_by >= len(nodes):
            continue
        parent = nodes[d.transmitted_by]
        notice = pf.documents[d.transmitted_by]
        _add_doc_edge(
            G, parent, node, "TRANSMITS", file=d.source_file, line=d.source_line, text=notice.title, cited_as="title"
        )
        G.nodes[node]["transmitted_by"] = parent


def _doc_props(d: ParsedDocument) -> dict:
    return {
        "title": d.title if d.title_printed else "",  # (an untitled text: known by its id, its file's name or number)
        **number_properties(d.doc_number),
        "doc_type": doc_type_of(d.title)
        or d.doc_type,  # (of the title as finally read: rules may mend it after parsing)
        "date": d.date,
        "effective_date": d.effective_date,
        "expiry_date": d.expiry_date,
        "level": d.level,
        "jurisdiction": d.jurisdiction,
        "issuers": list(d.issuers),
        "in_corpus": True,
        "source_file": d.source_file,
        "source_line": d.source_line,
        "end_line": d.end_line,
    }


# ---------------------------------------------------------------- phase 3: issuers


def add_issuers(G: nx.MultiDiGraph, placements: Iterable[Placement], *, registry: AgencyRegistry) -> None:
    """An Agency node for every issuer named, and ISSUED_BY from each document to it."""
    for p in placements:
        d = p.doc
        for name in d.issuers:
            agency = _agency_node(G, name, registry)
            if not G.has_edge(p.node, agency, key="ISSUED_BY"):
                line = d.issuer_line or d.source_line
                G.add_edge(p.node, agency, key="ISSUED_BY", type="ISSUED_BY", file=d.source_file, line=line)


def add_title_levels(G: nx.MultiDiGraph, placements: Iterable[Placement], *, registry: AgencyRegistry) -> None:
    """A document naming no issuer takes the level and place its own title tells (长沙县…预案: the county's;
    ``level_from: title``); one whose title tells nothing stays ``unknown``."""
    for p in placements:
        a = G.nodes[p.node]
        if not p.new or a.get("level") not in (None, UNKNOWN) or not a.get("title"):
            continue
        facts = title_facts(a["title"], p.doc.doc_number, registry)
        if facts.level != UNKNOWN:
            a.update(level=facts.level, jurisdiction=facts.jurisdiction, level_from="title")


def _agency_node(G: nx.MultiDiGraph, name: str, registry: AgencyRegistry) -> str:
    node = f"agency:{name}"
    if node not in G:
        props = (registry.resolve(name) or registry.guess(name)).properties()
        props["name"] = name
        G.add_node(node, label="Agency", **{k: v for k, v in props.items() if v not in ("", None)})
    return node


# ---------------------------------------------------------------- phase 4: references


def resolve_references(G: nx.MultiDiGraph, placements: Iterable[Placement], resolver: Resolver) -> None:
    """Document→Document edges for every reference, and for the texts a notice names but does not print."""
    for p in placements:
        for ref in p.doc.references:
            _add_reference(G, p, ref, resolver)
        if p.doc.transmitted_by is None:
            _add_transmitted_texts(G, p, resolver)


def _add_reference(G: nx.MultiDiGraph, p: Placement, ref: Reference, resolver: Resolver) -> None:
    if ref.role == "TRANSMITS" and _transmits_printed(G, p.node, ref.title or ""):
        return  # the text this notice transmits is printed after it: linked already
    target = resolver.resolve(ref, p)
    if target is None or target == p.node:
        return
    ev = ref.evidence
    _add_doc_edge(G, p.node, target, ref.role, file=ev.file, line=ev.line, text=ev.text, cited_as=ref.cited_as)


def _add_transmitted_texts(G: nx.MultiDiGraph, p: Placement, resolver: Resolver) -> None:
    """Texts a notice's title names but that are neither printed after it nor mentioned in it."""
    d = p.doc
    for title in transmitted_titles(d.title, []):
        if _transmits_printed(G, p.node, title):
            continue
        target = resolver.transmitted_text(title, p)
        if not any(G.has_edge(q, target, key="TRANSMITS") for q in G.predecessors(target)):
            _add_doc_edge(
                G, p.node, target, "TRANSMITS", file=d.source_file, line=d.source_line, text=d.title, cited_as="title"
            )


def _transmits_printed(G: nx.MultiDiGraph, notice: str, title: str) -> bool:
    """Whether ``notice`` already TRANSMITS a text of this title (loosely compared)."""
    key = loose_title_key(title)
    return any(
        G.has_edge(notice, c, key="TRANSMITS") and loose_title_key(G.nodes[c].get("title", "")) == key
        for c in G.successors(notice)
    )


def _add_doc_edge(G: nx.MultiDiGraph, source: str, target: str, role: str, **props) -> None:
    """Add a Document→Document edge; of several roles for one pair, the strongest stays (TRANSMITS apart)."""
    if role != "TRANSMITS":
        existing = [k for k in list(G[source].get(target, {})) if k in ROLE_PRIORITY]
        for k in existing:
            if ROLE_PRIORITY[k] <= ROLE_PRIORITY[role]:
                return
            G.remove_edge(source, target, key=k)
    if G.has_edge(source, target, key=role):
        return
    G.add_edge(source, target, key=role, type=role, **props)


# ---------------------------------------------------------------- phase 5: beneficiary groups


def add_pages(G: nx.MultiDiGraph, parsed: Iterable[ParsedFile]) -> None:
    """Page and line on the page beside every file:line of a paged source (PDF).

    Evidence stays exact for what a reader holds in hand: ``page``/``page_line`` on relationships,
    ``source_page``/``source_page_line`` on documents.  Unpaged sources (text, HTML, DOCX) get none.
    """
    pages = {pf.path: pf.pages for pf in parsed if pf.pages}
    if not pages:
        return
    for _, attrs in G.nodes(data=True):
        where = page_of(pages.get(attrs.get("source_file"), ()), attrs.get("source_line") or 0)
        if where:
            attrs["source_page"], attrs["source_page_line"] = where
    for _, _, attrs in G.edges(data=True):
        where = page_of(pages.get(attrs.get("file"), ()), attrs.get("line") or 0)
        if where:
            attrs["page"], attrs["page_line"] = where


def add_targets(G: nx.MultiDiGraph, placements: Iterable[Placement], *, taxonomy: Taxonomy | None) -> None:
    """A BeneficiaryGroup node for every group targeted, and TARGETS from each document to it."""
    for p in placements:
        for t in p.doc.targets:
            group = f"group:{t.group}"
            if group not in G:
                G.add_node(group, label="BeneficiaryGroup", **_group_props(taxonomy, t.group))
            if not G.has_edge(p.node, group, key="TARGETS"):
                ev = t.evidence
                G.add_edge(p.node, group, key="TARGETS", type="TARGETS", file=ev.file, line=ev.line, text=ev.text)


def _group_props(taxonomy: Taxonomy | None, name: str) -> dict:
    props: dict = {"name": name}
    g = taxonomy.get(name) if taxonomy is not None else None
    if g is not None:
        props["synonyms"] = list(g.synonyms)
        props["broader"] = list(g.broader)
    return props


# ---------------------------------------------------------------- phase 6: units and years


def add_units(G: nx.MultiDiGraph) -> None:
    """``unit`` on every member of a notice unit (a notice and the texts it issues): the id of its notice."""
    for node, head in unit_heads(G).items():
        if G.nodes[node].get("label") == "Document":
            G.nodes[node]["unit"] = head


def add_years(
    G: nx.MultiDiGraph, *, numbered: Mapping[str, DocNumber] | None = None, attached: Mapping[str, str] | None = None
) -> None:
    """``year``, ``date_precision`` and ``year_from`` on every Document whose year is known, from the
    first of: its date or passing date (day, ``date``); its doc number (``doc_number``); its notice's
    doc number (``notice``); what mentions tell (``mention``): a number it is cited with when printed
    without (``numbered``), a sentence saying it was issued lately or in which year (2012年发布的《…》,
    (GB3096-2008): :func:`policykg.graph.mention.mention_year`), the year of the document it is
    attached to (``attached``); the year its title carries — an edition, a plan period (``title``)."""
    for node, a in sorted(G.nodes(data=True)):
        if a.get("label") == "Document":
            _add_year(G, node, a, numbered or {})
    for node, citing in sorted((attached or {}).items()):  # after the pass above: the citing document's year is known
        a, year = G.nodes[node], G.nodes[citing].get("year")
        if year and a.get("year_from") in (None, "title"):
            a.update(year=year, date_precision="year", year_from="mention")


def _add_year(G: nx.MultiDiGraph, node: str, a: dict, numbered: Mapping[str, DocNumber]) -> None:
    day = a.get("date") or a.get("passed_date")
    if day:
        a.update(year=int(day[:4]), date_precision="day", year_from="date")
        return
    notices = [G.nodes[u] for u, _, k in G.in_edges(node, keys=True) if k == "TRANSMITS"]
    noticed = next((n["doc_number_year"] for n in notices if n.get("doc_number_year")), None)
    found = (
        (a.get("doc_number_year"), "doc_number"),
        (noticed, "notice"),
        (numbered[node].year if node in numbered else None, "mention"),
        (a.get("year") if a.get("year_from") == "mention" else None, "mention"),
        (title_year(a.get("title") or ""), "title"),
    )
    year, source = next(((y, s) for y, s in found if y), (None, None))
    if year:
        a.update(year=year, date_precision="year", year_from=source)
