"""The agency registry: issuing bodies, their aliases, levels, places and doc-number prefixes.

The data lives in ``policykg/ontology/agencies.toml``; this module builds the index from it and
answers lookups: a name, alias or tolerant form → its canonical :class:`Agency`, a doc-number prefix
→ its body.  Splitting issuer lines (:mod:`.issuers`) and guessing unknown names (:mod:`.guess`)
are delegated.  Everything is pure: text in, :class:`Agency` out.

>>> reg = default_registry()
>>> reg.resolve("省人社厅").name
'河南省人力资源和社会保障厅'
>>> reg.for_prefix("豫政办").name
'河南省人民政府办公厅'
>>> reg.split_issuers("河南省教育厅河南省工业和信息化厅")
['河南省教育厅', '河南省工业和信息化厅']
>>> g = reg.guess("江苏省某某服务中心")
>>> (g.known, g.level, g.jurisdiction)
(False, 'provincial', '江苏省')
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg.ontology.agencies import guess as guessing
from policykg.ontology.agencies import issuers
from policykg.ontology.agencies import patterns as pt
from policykg.ontology.agencies.records import (
    NATIONAL_JURISDICTION,
    Agency,
    Place,
    RegistryError,
    read_registry,
    registry_data,
)

_MEMO_LIMIT = 200_000  # remembered lookups and covers before the memo starts afresh


# ---------------------------------------------------------------- building the index from the data
def _tomlist(row: dict, name: str) -> list[str]:
    value = row.get(name, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegistryError(f"agencies.toml: {name!r} of {row.get('name', row)!r} must be a list of strings")
    return value


class _Builder:
    """Collects agencies and prefixes from the toml tables (first claim wins)."""

    def __init__(self) -> None:
        self.agencies: dict[str, dict[str, Any]] = {}
        self.prefixes: dict[str, str] = {}
        self.places: dict[str, Place] = {}

    def add(
        self,
        name: str,
        *,
        aliases: Iterable[str] = (),
        level: str = "unknown",
        jurisdiction: str = "",
        parent: str = "",
        prefixes: Iterable[str] = (),
    ) -> None:
        if not name:
            raise RegistryError("agencies.toml: an agency without a name")
        row = self.agencies.setdefault(
            name, {"aliases": [], "level": level, "jurisdiction": jurisdiction, "parent": parent, "prefixes": []}
        )
        for alias in aliases:
            if alias and alias != name and alias not in row["aliases"]:
                row["aliases"].append(alias)
        for prefix in prefixes:
            prefix = pt.compact_name(prefix)
            if prefix and prefix not in self.prefixes:
                self.prefixes[prefix] = name
                row["prefixes"].append(prefix)

    def place(self, place: Place, aliases: Iterable[str] = ()) -> None:
        for name in (place.name, *aliases):
            self.places.setdefault(name, place)


def _expand(template: str, place: str) -> str:
    return template.replace("{place}", place) if "{place}" in template else place + template


def _add_departments(
    b: _Builder,
    data: dict,
    *,
    place: str,
    short: str,
    level: str,
    names: str,
    government: str,
    party_prefixes: list[str],
    party_office_prefixes: list[str],
    office: str = "",
) -> None:
    """One body per [[department]] template for a province or city."""
    party = _expand("中共{place}委", place)
    for tpl in data.get("department", []):
        suffix = tpl.get(names) or tpl.get("provincial")
        if not suffix:
            raise RegistryError(f"agencies.toml: a [[department]] without {names!r}: {tpl!r}")
        name = _expand(suffix, place)
        aliases = [_expand(a, place) for a in _tomlist(tpl, f"{names}_aliases")]
        if tpl.get("party_office") and office and not name.endswith(office):  # 中共郑州市委办公厅
            aliases.append(name)
            name = name[:-3] + office
        other = tpl.get("municipal" if names == "provincial" else "provincial")
        if other and other != suffix:  # 北京市人力资源和社会保障厅 written for …局
            aliases.append(_expand(other, place))
        if tpl.get("party"):
            prefixes = list(party_prefixes)
        elif tpl.get("party_office"):
            prefixes = list(party_office_prefixes)
        else:
            prefixes = [short + p for p in _tomlist(tpl, "prefixes")] if short else []
        parent = tpl.get(f"{names}_parent", tpl.get("parent", "gov"))
        parent = {"gov": government, "party": party}.get(
            parent, _expand(parent, place) if "{place}" in parent else parent
        )
        b.add(name, aliases=aliases, level=level, jurisdiction=place, parent=parent, prefixes=prefixes)
        if tpl.get("office"):
            office_prefixes = [short + p + "办" for p in _tomlist(tpl, "prefixes")] if short else []
            b.add(
                name + "办公室",
                aliases=[a + "办公室" for a in aliases],
                level=level,
                jurisdiction=place,
                parent=name,
                prefixes=office_prefixes,
            )


def _add_government(
    b: _Builder,
    *,
    place: str,
    place_aliases: list[str],
    level: str,
    parent: str,
    gov_prefixes: list[str],
    office: str,
    office_prefixes: list[str],
    extra_aliases: list[str] = (),
) -> str:
    government = place + "人民政府"
    names = [place, *place_aliases]
    b.add(
        government,
        aliases=[*(n + "政府" for n in names), *(n + "人民政府" for n in place_aliases), *extra_aliases],
        level=level,
        jurisdiction=place,
        parent=parent,
        prefixes=gov_prefixes,
    )
    other = "办公室" if office == "办公厅" else "办公厅"
    office_aliases = [n + s for n in names for s in ("政府" + office, "人民政府" + other, "政府" + other)]
    office_aliases += [n + "人民政府" + office for n in place_aliases]
    b.add(
        government + office,
        aliases=office_aliases,
        level=level,
        jurisdiction=place,
        parent=government,
        prefixes=office_prefixes,
    )
    return government


def _add_agency_row(b: _Builder, row: dict) -> None:
    """A body written out in full ([[agency]]), with its general office when it names one."""
    name = row.get("name", "")
    level = row.get("level", "unknown")
    jurisdiction = row.get("jurisdiction", NATIONAL_JURISDICTION if level == "national" else "")
    parent = row.get("parent", "国务院" if level == "national" else "")
    b.add(
        name,
        aliases=_tomlist(row, "aliases"),
        level=level,
        jurisdiction=jurisdiction,
        parent=parent,
        prefixes=_tomlist(row, "prefixes"),
    )
    office = row.get("office")
    if office:
        derived = [a + office[len(name) :] for a in _tomlist(row, "aliases")] if office.startswith(name) else []
        b.add(
            office,
            aliases=[*_tomlist(row, "office_aliases"), *derived],
            level=level,
            jurisdiction=jurisdiction,
            parent=name,
            prefixes=_tomlist(row, "office_prefixes"),
        )


def _add_province(b: _Builder, data: dict, row: dict) -> None:
    """A [[province]]: its government, general office and (unless departments = false) departments."""
    place = row["name"]
    aliases = _tomlist(row, "place_aliases")
    government = _add_government(
        b,
        place=place,
        place_aliases=aliases,
        level="provincial",
        parent="国务院",
        gov_prefixes=_tomlist(row, "gov_prefixes"),
        office=row.get("office", "办公厅"),
        office_prefixes=_tomlist(row, "office_prefixes"),
    )
    b.place(Place(place, "provincial", place, "", government), aliases)
    if row.get("departments", True):
        _add_departments(
            b,
            data,
            place=place,
            short=row.get("short", ""),
            level="provincial",
            names="municipal" if row.get("municipality") else "provincial",
            government=government,
            party_prefixes=_tomlist(row, "party_prefixes"),
            party_office_prefixes=_tomlist(row, "party_office_prefixes"),
        )


def _add_city(b: _Builder, data: dict, row: dict) -> None:
    """A [[city]]: its government, general office and departments (municipal names)."""
    place = row["name"]
    province = row.get("province", "")
    aliases = _tomlist(row, "place_aliases")
    government = _add_government(
        b,
        place=place,
        place_aliases=aliases,
        level="municipal",
        parent=province + "人民政府" if province else "",
        gov_prefixes=_tomlist(row, "gov_prefixes"),
        office=row.get("office", "办公室"),
        office_prefixes=_tomlist(row, "office_prefixes"),
        extra_aliases=_tomlist(row, "extra_gov_aliases"),
    )
    b.place(Place(place, "municipal", province, place, government), aliases)
    _add_departments(
        b,
        data,
        place=place,
        short=row.get("short", ""),
        level="municipal",
        names="municipal",
        government=government,
        party_prefixes=_tomlist(row, "party_prefixes"),
        party_office_prefixes=_tomlist(row, "party_office_prefixes"),
        office=row.get("office", "办公室"),
    )


def _add_districts(b: _Builder, row: dict) -> None:
    """A [[district]] row: each district's government and its 办公室."""
    city = row.get("city", "")
    province = b.places[city].province if city in b.places else ""
    for place in _tomlist(row, "names"):
        government = _add_government(
            b,
            place=place,
            place_aliases=[city + place] if city else [],
            level="district",
            parent=city + "人民政府" if city else "",
            gov_prefixes=[],
            office="办公室",
            office_prefixes=[],
        )
        b.place(Place(place, "district", province, city, government), [city + place] if city else [])


def _build(data: dict) -> _Builder:
    """Every body of the data, in load order: [[agency]], the home province with its cities and
    districts, then the other provinces and cities (the first claim of a prefix wins)."""
    b = _Builder()
    for row in data.get("agency", []):
        _add_agency_row(b, row)
    home = data.get("home_province", "")
    cities = data.get("city", [])
    for row in sorted(data.get("province", []), key=lambda r: r.get("name") != home):  # home first
        _add_province(b, data, row)
        if row.get("name") == home:
            for city in cities:
                if city.get("province", home) == home:
                    _add_city(b, data, city)
            for row_d in data.get("district", []):
                _add_districts(b, row_d)
    for city in cities:
        if city.get("province", home) != home:
            _add_city(b, data, city)
    return b


class AgencyRegistry:
    """Index of the agencies of ``agencies.toml``: names, aliases, prefixes, places."""

    def __init__(self, data: dict) -> None:
        built = _build(data)
        self.home_province: str = data.get("home_province", "")
        self.agencies: dict[str, Agency] = {
            name: Agency(
                name,
                tuple(row["aliases"]),
                row["level"],
                row["jurisdiction"],
                row["parent"],
                tuple(row["prefixes"]),
                True,
            )
            for name, row in built.agencies.items()
        }
        self._prefixes: dict[str, str] = built.prefixes
        self.places: dict[str, Place] = built.places
        self._exact: dict[str, str] = {}
        self._loose: dict[str, str] = {}
        for agency in self.agencies.values():  # canonical names first, so an alias never shadows a name
            self._index(agency.name, agency.name)
        for agency in self.agencies.values():
            for alias in agency.aliases:
                self._index(alias, agency.name)
        # cheap filter for split_issuers: names, noise words and generic endings end with few characters
        self.end_chars: frozenset[str] = (
            frozenset(k[-1] for k in self._exact if k)
            | frozenset(w[-1] for w in (*pt.ENDINGS, *pt.NOISE_WORDS, *pt.DERIVED_SUFFIXES))
            | frozenset("）)")  # …（印）
        )
        self._max_prefix = max((len(p) for p in self._prefixes), default=0)
        self.places_by_length: list[str] = sorted(self.places, key=len, reverse=True)
        self._provinces_by_length = [p for p in self.places_by_length if self.places[p].level == "provincial"]
        self._memo: dict[tuple[str, str | None], Agency | None] = {}
        self._segment_memo: dict[tuple[str, str | None], tuple[issuers.Piece, ...]] = {}

    def _index(self, written: str, name: str) -> None:
        key = pt.name_key(written)
        self._exact.setdefault(key, name)
        self._loose.setdefault(pt.loose_key(key), name)

    # ------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None) -> AgencyRegistry:
        """The registry of an agencies.toml file (default: the packaged one)."""
        return cls(read_registry(Path(path)) if path else registry_data())

    def __len__(self) -> int:
        return len(self.agencies)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.resolve(name) is not None

    def __repr__(self) -> str:
        return f"AgencyRegistry({len(self.agencies)} agencies, {len(self._prefixes)} prefixes)"

    @property
    def prefixes(self) -> dict[str, str]:
        """Doc-number prefix → canonical agency name (a copy)."""
        return dict(self._prefixes)

    # ------------------------------------------------------------ places
    def place_of(self, context: str | None) -> Place | None:
        """The place a context names: a place (郑州市), an agency (郑州市人民政府) or its jurisdiction."""
        if not context:
            return None
        key = pt.name_key(context)
        if key in self.places:
            return self.places[key]
        agency = self.lookup(key, None)
        if agency and agency.jurisdiction in self.places:
            return self.places[agency.jurisdiction]
        for place in self.places_by_length:  # "河南省郑州市" → 郑州市 (innermost wins: longest first is enough)
            if key.startswith(place):
                rest = key[len(place) :]
                inner = next((p for p in self.places_by_length if rest.startswith(p)), None)
                return self.places[inner] if inner else self.places[place]
        return None

    def context_province(self, context: str | None) -> str:
        """The province a context lies in; the home province without one."""
        place = self.place_of(context)
        return place.province if place and place.province else self.home_province

    # ------------------------------------------------------------ resolve
    def _variants(self, key: str, context: str | None) -> list[str]:
        """Tolerant forms of a key: spelling variants, then each with its place made explicit."""
        out = _spelling_variants(key)
        place = self.place_of(context)
        more = [m for v in out for m in self._place_variants(v, context, place)]
        out += more
        out += [pt.BARE_GOV.sub("人民政府", v) for v in more if pt.BARE_GOV.search(v)]
        return list(dict.fromkeys(out))

    def _place_variants(self, v: str, context: str | None, place: Place | None) -> list[str]:
        """河南省郑州市人民政府 → 郑州市人民政府; 省…/市…/区…, a department without its place, 中共省委…
        → with the context's place."""
        out = []
        prov = next((p for p in self._provinces_by_length if v.startswith(p) and len(v) > len(p)), None)
        if prov:
            out.append(v[len(prov) :])
        if v.startswith("省") and not v.startswith("省辖市"):
            province = self.context_province(context)
            if province:
                out.append(province + v[1:])
        elif v.startswith("市") and not v.startswith("市场") and place and place.city:
            out.append(place.city + v[1:])
        elif v[:1] in ("区", "县") and place and place.level == "district":
            out.append(place.name + v[1:])
        elif place and not pt.NAME_START.match(v) and v[:1] not in "省市区县":
            out.append(place.name + v)  # 人力资源和社会保障厅 in a line that began with 河南省…
        elif v.startswith(("中共省委", "中共市委")) and place:
            target = self.context_province(context) if v[2] == "省" else place.city
            if target:
                out.append("中共" + target + v[3:])
        return out

    def lookup(self, key: str, context: str | None) -> Agency | None:
        """The agency of a name key (:func:`patterns.name_key`), tolerant forms included; remembered."""
        if not key:
            return None
        memo_key = (key, context)
        if memo_key in self._memo:
            return self._memo[memo_key]
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        found = self._lookup_uncached(key, context)
        self._memo[memo_key] = found
        return found

    def _lookup_uncached(self, key: str, context: str | None) -> Agency | None:
        name = self._exact.get(key) or self._loose.get(pt.loose_key(key))
        if name:
            return self.agencies[name]
        for v in self._variants(key, context)[1:]:  # only when the key itself is no name: variants cost
            name = self._exact.get(v) or self._loose.get(pt.loose_key(v))
            if name:
                return self.agencies[name]
        return None

    def resolve(self, name: str, *, context: str | None = None) -> Agency | None:
        """The registry's agency for a name, alias or tolerant form, or None.

        Tolerated: stray spaces and quotes ("教 育 部"), a trailing 文件, 和 left out or added
        (人力资源和社会保障部 ≡ 人力资源社会保障部), 政府 for 人民政府, a leading 中华人民共和国 or province
        before a city, and bare 省…/市…/区… forms: 省… means ``context``'s province (default the
        registry's home province, 河南省); 市… and 区… need a ``context`` (a place or agency name).

        >>> default_registry().resolve("省政府办公厅").name
        '河南省人民政府办公厅'
        >>> default_registry().resolve("市政府", context="郑州市").name
        '郑州市人民政府'
        """
        return self.lookup(pt.name_key(name), context)

    # ------------------------------------------------------------ prefixes
    def for_prefix(self, prefix: str) -> Agency | None:
        """The agency of a doc-number prefix; the longest registered prefix wins.

        Accepts a bare prefix (豫人社就业) or a whole number (豫人社就业〔2023〕5号); 令/公告 prefixes that
        name their body (河南省人民政府令, 国家税务总局公告) resolve through the name.

        >>> default_registry().for_prefix("豫人社就业〔2023〕5号").name
        '河南省人力资源和社会保障厅'
        """
        p = pt.PREFIX_TAIL.sub("", pt.compact_name(prefix))
        if not p:
            return None
        for length in range(min(len(p), self._max_prefix), 0, -1):
            name = self._prefixes.get(p[:length])
            if name:
                return self.agencies[name]
        stripped = pt.ORDER_SUFFIX.sub("", p)
        return self.lookup(stripped, None) if stripped != p else None

    # ------------------------------------------------------------ issuer lines (see issuers.py)
    def _segment(self, text: str, context: str | None) -> list[issuers.Piece]:
        """The cheapest cover of an issuer line, remembered: issuer lines and title heads repeat."""
        key = (text, context)
        hit = self._segment_memo.get(key)
        if hit is None:
            if len(self._segment_memo) > _MEMO_LIMIT:
                self._segment_memo.clear()
            hit = self._segment_memo[key] = tuple(issuers.cover(self, text, context))
        return list(hit)

    def split_issuers(self, text: str, *, context: str | None = None) -> list[str]:
        """Split a (joint) issuer line into agency names, as written (spaces dropped).

        Uses the registry's names first and the agency endings of agencies.toml (人民政府, 办公厅, 厅,
        局, 委员会 …) for names it does not know; separators (、，和) and decorations (文件, 联合, 公告)
        are dropped.

        >>> default_registry().split_issuers("中共郑州市委办公厅 郑州市人民政府办公厅")
        ['中共郑州市委办公厅', '郑州市人民政府办公厅']
        """
        return issuers.names(self._segment(text, context))

    def leading_issuers(self, text: str, *, context: str | None = None) -> tuple[list[str], str]:
        """Issuers glued before a title: "郑州市人民政府办公厅 关于…的通知" → ([郑州市人民政府办公厅], "关于…的通知").

        Returns ([], text) when the part before 关于 is not a run of agency names.
        """
        at = text.find("关于")
        if at <= 0:
            return [], text
        head = text[:at]
        if not self.looks_like_agency(head, context=context):
            return [], text
        return self.split_issuers(head, context=context), text[at:].strip()

    def looks_like_agency(self, text: str, *, context: str | None = None) -> bool:
        """True when the whole text is one or more agency names (an issuer line or a signature).

        >>> default_registry().looks_like_agency("河南省财政厅 河南省住房和城乡建设厅")
        True
        >>> default_registry().looks_like_agency("统计小微企业数量")
        False
        """
        return issuers.may_be_issuer_line(text, self.end_chars) and issuers.is_issuer_line(self._segment(text, context))

    # ------------------------------------------------------------ unknown names (see guess.py)
    def guess(self, name: str, *, context: str | None = None) -> Agency:
        """An agency for any name: the registry's when known, else kept as written with known=False
        and level/jurisdiction guessed from the name (…省… provincial, …市… municipal, …区/县…
        district, 国务院/国家…/…部 national).  Never None.

        >>> default_registry().guess("郑州市金水区某某中心").level
        'district'
        """
        return guessing.guess(self, name, context=context)


def _spelling_variants(key: str) -> list[str]:
    """A key and its other spellings: 政府 for 人民政府, without 中华人民共和国, a congress's session,
    a leading 由/经, 本省/我市."""
    out = [key]
    if pt.BARE_GOV.search(key):
        out.append(pt.BARE_GOV.sub("人民政府", key))
    if key.startswith("中华人民共和国") and len(key) > 7:
        out.append(key[7:])
    if pt.SESSION.search(key):  # 杭州市十二届人民代表大会常务委员会 → 杭州市人民代表大会常务委员会
        out.append(pt.SESSION.sub("", key))
    if key[:1] in ("由", "经") and len(key) > 3:  # "由最高人民法院", "经国务院"
        out.append(key[1:])
    for prefix in ("本", "我"):  # 本省 / 我市 …
        if key.startswith(prefix) and len(key) > 2 and key[1] in "省市区县":
            out.append(key[1:])
    return out


@lru_cache(maxsize=1)
def default_registry() -> AgencyRegistry:
    """The registry of the packaged ``agencies.toml`` (loaded once)."""
    return AgencyRegistry.load()
