"""Implementation and diffusion: which documents carry out a policy, where, when, and how long after.

As ``implementation_lag.cypher``, ``diffusion.cypher`` and ``most_implemented.cypher`` define it:

- Everything is counted by **notice unit** (:class:`~policykg.analysis.units.NoticeUnits`): a
  notice and the texts it transmits are one publication, named by its root (the notice).
- A unit **implements** a source unit when one of its documents is reached from the source's root
  by the lineage walk down (:func:`~policykg.analysis.lineage.lineage_depths`: against BASED_ON
  and IMPLEMENTS, TRANSMITS both ways, at most :data:`LINEAGE_MAX_DEPTH` links), directly or
  through documents in between; ``direct`` when a document of the unit itself rests on
  (BASED_ON / IMPLEMENTS) a document of the source unit.
- A unit's **date** is the earliest date among its documents; its **year** that date's year,
  else the earliest ``year`` (or doc-number year) among them.
- The **lag** from a source to an implementation is in days when both dates are known, and in
  years when only both years are (``precision`` says which: ``day``, ``year``, or None).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:国发", label="Document", level="national", date="2024-03-01")
>>> G.add_node("doc:豫政", label="Document", level="provincial", jurisdiction="河南省", date="2024-05-31")
>>> G.add_node("doc:郑政", label="Document", level="municipal", jurisdiction="郑州市", doc_number_year=2025)
>>> _ = G.add_edge("doc:豫政", "doc:国发", key="IMPLEMENTS", type="IMPLEMENTS")
>>> _ = G.add_edge("doc:郑政", "doc:豫政", key="BASED_ON", type="BASED_ON")
>>> [(i.document, i.direct, i.lag_days, i.lag_years, i.precision) for i in implementations(G, "doc:国发")]
[('doc:豫政', True, 91, 0, 'day'), ('doc:郑政', False, None, 1, 'year')]
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from policykg.analysis.lineage import LINEAGE_MAX_DEPTH, RESTS_ON_TYPES, lineage_depths
from policykg.analysis.links import DOCUMENT, id_order, targets
from policykg.analysis.units import NoticeUnits

__all__ = [
    "DIFFUSION_DIMENSIONS",
    "Implementation",
    "LagSummary",
    "implementation_sources",
    "implementations",
    "percentile_cont",
    "summarise",
    "unit_dating",
]

# What diffusion.cypher can group implementations by ($by).
DIFFUSION_DIMENSIONS = ("level", "place", "year")


def _coalesce(*values):
    return next((v for v in values if v is not None), None)


def unit_dating(G: nx.MultiDiGraph, units: NoticeUnits, root: str) -> tuple[str | None, int | None]:
    """(date, year) of the unit named ``root``: its documents' earliest date, and that date's year
    or else their earliest ``year`` / ``doc_number_year``."""
    members = units.members[root]
    date = min((d for m in members if (d := G.nodes[m].get("date")) is not None), default=None)
    if date is not None:
        return date, int(date[:4])
    years = (_coalesce(G.nodes[m].get("year"), G.nodes[m].get("doc_number_year")) for m in members)
    return None, min((y for y in years if y is not None), default=None)


@dataclass(frozen=True)
class Implementation:
    """A unit (``document``, its root) implementing the unit ``source``, with both datings."""

    source: str
    document: str
    direct: bool
    source_date: str | None
    source_year: int | None
    date: str | None
    year: int | None

    @property
    def lag_days(self) -> int | None:
        """Days from the source's date to this one's (negative when it is older), if both are known."""
        if self.source_date is None or self.date is None:
            return None
        return (dt.date.fromisoformat(self.date) - dt.date.fromisoformat(self.source_date)).days

    @property
    def lag_years(self) -> int | None:
        """Years from the source's year to this one's, if both are known."""
        if self.source_year is None or self.year is None:
            return None
        return self.year - self.source_year

    @property
    def precision(self) -> str | None:
        """``day`` when the lag is known in days, ``year`` when only in years, else None."""
        if self.lag_days is not None:
            return "day"
        return "year" if self.lag_years is not None else None

    def __repr__(self) -> str:
        return f"Implementation({self.source} ← {self.document}, {self.lag_days or self.lag_years} {self.precision})"


def implementation_sources(
    G: nx.MultiDiGraph, docs: Iterable[str] | None, *, level: str = "", units: NoticeUnits | None = None
) -> list[str]:
    """The source units asked about, by root in id order: the units of ``docs``, or (``docs`` None)
    every unit whose root is of ``level`` ('' = any)."""
    units = units or NoticeUnits.of(G)
    if docs is not None:
        roots = {units.root[d] for d in docs}
    else:
        roots = {r for r in units.members if not level or G.nodes[r].get("level") == level}
    return sorted(roots, key=id_order)


def _is_direct(G: nx.MultiDiGraph, units: NoticeUnits, root: str, source: str) -> bool:
    own = set(units.members[source])
    return any(t in own for m in units.members[root] for t in targets(G, m, RESTS_ON_TYPES, label=DOCUMENT))


def implementations(
    G: nx.MultiDiGraph, source: str, *, units: NoticeUnits | None = None, max_depth: int = LINEAGE_MAX_DEPTH
) -> list[Implementation]:
    """Every unit implementing the unit of ``source``, by root in id order."""
    units = units or NoticeUnits.of(G)
    source = units.root[source]
    reached = {units.root[d] for d in lineage_depths(G, source, direction="down", max_depth=max_depth)}
    source_date, source_year = unit_dating(G, units, source)
    found = []
    for root in sorted(reached - {source}, key=id_order):
        date, year = unit_dating(G, units, root)
        direct = _is_direct(G, units, root, source)
        found.append(Implementation(source, root, direct, source_date, source_year, date, year))
    return found


def percentile_cont(values: Sequence[float], percentile: float = 0.5) -> float | None:
    """Cypher's ``percentileCont``: linear interpolation between the two nearest ranks (the value
    itself, of its own type, when the rank is whole); None for no values.

    >>> percentile_cont([3, 1, 2]), percentile_cont([1, 2, 3, 10]), percentile_cont([])
    (2, 2.5, None)
    """
    ordered = sorted(values)
    if not ordered:
        return None
    index = percentile * (len(ordered) - 1)
    lo, hi = math.floor(index), math.ceil(index)
    if lo == hi:
        return ordered[lo]
    return ordered[lo] * (hi - index) + ordered[hi] * (index - lo)


@dataclass(frozen=True)
class LagSummary:
    """How many units implement a source (of a group), in how many places, how soon."""

    implementations: int
    direct: int
    places: int
    first_date: str | None
    first_lag_days: int | None
    median_lag_days: float | None
    median_lag_years: float | None


def summarise(G: nx.MultiDiGraph, found: Sequence[Implementation]) -> LagSummary:
    """The :class:`LagSummary` of some implementations of one source."""
    days = [i.lag_days for i in found if i.lag_days is not None]
    years = [i.lag_years for i in found if i.lag_years is not None]
    places = {p for i in found if (p := G.nodes[i.document].get("jurisdiction")) is not None}
    return LagSummary(
        implementations=len(found),
        direct=sum(i.direct for i in found),
        places=len(places),
        first_date=min((i.date for i in found if i.date is not None), default=None),
        first_lag_days=min(days, default=None),
        median_lag_days=percentile_cont(days),
        median_lag_years=percentile_cont(years),
    )
