"""The records of the agency registry and the data file they come from.

The lowest layer of :mod:`policykg.ontology.agencies`: plain frozen records (:class:`Agency`,
:class:`Place`), the registry's error, and the parsed ``agencies.toml`` (read once).  Nothing here
knows how names are matched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from policykg.errors import PolicyKGError
from policykg.ontology._data import read_toml

REGISTRY_PATH = Path(__file__).parents[1] / "agencies.toml"

NATIONAL_JURISDICTION = "中华人民共和国"


class RegistryError(PolicyKGError):
    """The agency registry file is missing or malformed."""


def read_registry(path: Path) -> dict:
    """The parsed registry file at ``path`` (a missing or malformed file raises RegistryError)."""
    return read_toml(path, RegistryError, "agency registry")


@lru_cache(maxsize=1)
def registry_data() -> dict:
    """The packaged ``agencies.toml``, parsed once (shared: do not modify it)."""
    return read_registry(REGISTRY_PATH)


@dataclass(frozen=True)
class Agency:
    """An issuing body.  ``known`` is False for a name the registry does not hold (kept as written)."""

    name: str
    aliases: tuple[str, ...] = ()
    level: str = "unknown"  # national | provincial | municipal | district | unknown
    jurisdiction: str = ""
    parent: str = ""
    prefixes: tuple[str, ...] = ()
    known: bool = True

    def __repr__(self) -> str:
        flag = "" if self.known else ", known=False"
        return f"Agency({self.name!r}, {self.level}, {self.jurisdiction!r}{flag})"

    def properties(self) -> dict[str, Any]:
        """The Agency node's properties in graph.json (see ontology/schema.py)."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "level": self.level,
            "jurisdiction": self.jurisdiction,
            "parent": self.parent,
            "known": self.known,
        }


@dataclass(frozen=True)
class Place:
    """A province, city or district of the registry (``code``: its six-digit division code, when known)."""

    name: str
    level: str  # provincial | municipal | district
    province: str  # the province it lies in ("" for national)
    city: str  # the city it lies in (districts), itself for cities
    government: str  # canonical name of its 人民政府 (行政公署 of a 地区 or 盟; "" for none)
    code: str = ""

    @property
    def city_of_bodies(self) -> str:
        """The city a 市… body of this place belongs to: its city, or the municipality itself (市财政局 in a
        text of 上海市 is 上海市财政局)."""
        return self.city or (self.name if self.level == "provincial" and self.name.endswith("市") else "")


class AgencyIndex(Protocol):
    """What issuer splitting and guessing ask of the registry (:class:`AgencyRegistry` answers)."""

    end_chars: frozenset[str]
    places: Mapping[str, Place]

    def lookup(self, key: str, context: str | None) -> Agency | None:
        """The agency of a name key (see patterns.name_key), tolerant forms included."""
        ...

    def resolve(self, name: str, *, context: str | None = None) -> Agency | None:
        """The agency of a name as written."""
        ...

    def place_of(self, context: str | None) -> Place | None:
        """The place a context (a place or an agency name) names."""
        ...

    def context_province(self, context: str | None) -> str:
        """The province a context lies in (the home province without one)."""
        ...

    def place_at(self, text: str, start: int = 0) -> str | None:
        """The longest place name (a key of ``places``) at ``text[start:]``."""
        ...

    def places_in(self, text: str) -> list[str]:
        """Every place name inside ``text``, longest first."""
        ...

    department_short_forms: Mapping[str, str]

    def expand_place(self, name: str, *, places_only: bool = False, context: str | None = None) -> str:
        """``name`` with a short form of a place at its start written out (阿坝州… → 阿坝藏族羌族自治州…)."""
        ...
