"""Building the registry's rows from its data: ``agencies.toml`` and the division table.

Each table of the data adds bodies to a :class:`Builder` (first claim of a name or prefix wins):
[[agency]] rows, the home province with its cities and districts, the other provinces and cities,
then the divisions of China the rows do not hold (:mod:`.divisions`) and the prefixes of place
abbreviations.  A division's bodies are not built here but on demand (:func:`build_division`): a
place's government, offices and departments come into the registry when a name first mentions it,
so loading stays cheap although the table names 3,000 places and their 25,000 departments.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from policykg.ontology.agencies import patterns as pt
from policykg.ontology.agencies.divisions import (
    DIVISIONS_PATH,
    Division,
    district_names,
    division_data,
    read_divisions,
)
from policykg.ontology.agencies.records import NATIONAL_JURISDICTION, Place, RegistryError


def _tomlist(row: dict, name: str) -> list[str]:
    value = row.get(name, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegistryError(f"agencies.toml: {name!r} of {row.get('name', row)!r} must be a list of strings")
    return value


@dataclasses.dataclass(frozen=True)
class PendingPlace:
    """A place of the division table whose bodies are built on demand (see :func:`build_division`)."""

    division: Division
    name: str  # the place's canonical name (北京市海淀区)
    aliases: tuple[str, ...]  # its other names that its government is also written with


class Builder:
    """Collects agencies, prefixes and places from the data (first claim wins)."""

    def __init__(self, places: dict[str, Place] | None = None) -> None:
        self.agencies: dict[str, dict[str, Any]] = {}
        self.prefixes: dict[str, str] = {}
        self.places: dict[str, Place] = {} if places is None else places
        self.short_forms: dict[str, str] = {}  # 阿坝州 → 阿坝藏族羌族自治州, 海淀区 → 北京市海淀区
        # 宝山区 → 上海市宝山区, 双鸭山市宝山区: a district's bare name that several divisions bear, written
        # out only where the context names the city or province (registry.expand_place)
        self.shared_names: dict[str, list[str]] = defaultdict(list)
        self.pending: dict[str, PendingPlace] = {}  # place name → its bodies, not built yet
        self.pending_prefixes: dict[str, list[str]] = defaultdict(list)  # body not built yet → its prefixes
        # 常 → 常德市, 常州市: an abbreviation two or more places use (no X政 prefix is built for it)
        self.shared_abbreviations: dict[str, tuple[str, ...]] = {}
        # 卫 → 中卫市, 宁 → 南京市, 宁德市, 宁夏回族自治区, 西宁市: every place an abbreviation may name (a national head too)
        self.abbreviations: dict[str, tuple[str, ...]] = {}

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


def _expand_bare(template: str, place: str) -> str:
    """A template with "{bare}" (the city's name without its 市: 哈尔滨市 → 哈尔滨) expanded, "" for a place not ending
    in 市 or too short for it; other templates as :func:`_expand`."""
    if "{bare}" not in template:
        return _expand(template, place)
    if not place.endswith("市") or len(place) < MIN_BARE_CITY_NAME + 1:
        return ""
    return template.replace("{bare}", place[:-1])


MIN_BARE_CITY_NAME = 2  # characters of a city's name without its 市 (哈尔滨, 广州; not 沙市's 沙)


def _add_departments(
    b: Builder,
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
    """One body per [[department]] template for a province or city; for a district or county
    (``names`` = "district") the templates that name one (人大常委会, 中共…区委)."""
    party = _expand("中共{place}委", place)
    for tpl in data.get("department", []):
        if names == "district" and "district" not in tpl:
            continue
        # 中共北京市委办公厅: a municipality's party committee has a province's general office
        kind = "provincial" if tpl.get("party_office") and level == "provincial" else names
        suffix = tpl.get(kind) or tpl.get("provincial")
        if not suffix:
            raise RegistryError(f"agencies.toml: a [[department]] without {names!r}: {tpl!r}")
        name = _expand(suffix, place)
        aliases = [_expand(a, place) for a in _tomlist(tpl, f"{kind}_aliases")]
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
        # *_names: other full names the body bears in some places (沈阳市自然资源局 for …自然资源和规划局, 哈尔滨住房公积金
        # 管理中心 without 市): bodies of their own, so that a text printing one keeps it
        for other_name in _tomlist(tpl, f"{kind}_names"):
            written = _expand_bare(other_name, place)
            if written and written != name:
                b.add(written, level=level, jurisdiction=place, parent=parent)
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
    b: Builder,
    *,
    place: str,
    place_aliases: list[str],
    level: str,
    parent: str,
    gov_prefixes: list[str],
    office: str,
    office_prefixes: list[str],
    extra_aliases: list[str] = (),
    body: str = "人民政府",
) -> str:
    """<place>人民政府 and its general office; ``body`` 行政公署 for a 地区 or 盟 (short form 行署)."""
    government = place + body
    short = "政府" if body == "人民政府" else "行署"
    names = [place, *place_aliases]
    b.add(
        government,
        aliases=[*(n + short for n in names), *(n + body for n in place_aliases), *extra_aliases],
        level=level,
        jurisdiction=place,
        parent=parent,
        prefixes=gov_prefixes,
    )
    other = "办公室" if office == "办公厅" else "办公厅"
    # 人民政府办公厅 and 人民政府办公室 written in full are taken as written (places differ, and so do eras)
    # (市政府办 / 县政府办: the office by its short name, a portal's 发布部门, h58 泰州)
    office_aliases = [n + s for n in names for s in (short + office, short + other, short + "办")]
    office_aliases += [n + body + office for n in place_aliases]
    b.add(
        government + office,
        aliases=office_aliases,
        level=level,
        jurisdiction=place,
        parent=government,
        prefixes=office_prefixes,
    )
    return government


def _add_agency_row(b: Builder, row: dict) -> None:
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


def _add_province(b: Builder, data: dict, row: dict) -> None:
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
    for alias in aliases:  # 宁夏自治区知识产权局 → 宁夏回族自治区知识产权局: an informal name, written out
        if alias.endswith("自治区"):
            b.short_forms.setdefault(alias, place)
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


def _add_city(b: Builder, data: dict, row: dict) -> None:
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


def _add_districts(b: Builder, data: dict, row: dict) -> None:
    """A [[district]] row: each district's government, its 办公室 and its district bodies."""
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
        _add_district_bodies(b, data, place, government)


def _add_district_bodies(b: Builder, data: dict, place: str, government: str) -> None:
    """The bodies every district and county has besides its government (templates with ``district``)."""
    _add_departments(
        b,
        data,
        place=place,
        short="",
        level="district",
        names="district",
        government=government,
        party_prefixes=[],
        party_office_prefixes=[],
        office="办公室",
    )


def _divisions_of(data: dict) -> Sequence[Division]:
    """The division table the data names (``divisions = "divisions.json"``, beside agencies.toml)."""
    name = data.get("divisions")
    if not name:
        return ()
    path = Path(name) if Path(name).is_absolute() else DIVISIONS_PATH.parent / name
    return division_data() if path == DIVISIONS_PATH else read_divisions(path)


def _add_short_forms(b: Builder, place: Place, forms: Iterable[str], explicit: set[str]) -> None:
    """Short forms name the place (阿坝州) and are written out when matching; a hand-written place
    of that name that is another place keeps it."""
    for form in forms:
        if form not in explicit or b.places[form].name == place.name:
            b.places.setdefault(form, place)
            b.short_forms.setdefault(form, place.name)


def _add_prefecture(b: Builder, data: dict, d: Division) -> None:
    """A prefecture's government (行政公署 of a 地区/盟), general office and departments."""
    province = b.places.get(d.province)
    government = _add_government(
        b,
        place=d.name,
        place_aliases=[],
        level="municipal",
        parent=province.government if province else "",
        gov_prefixes=[],
        office="办公室",
        office_prefixes=[],
        body=d.government_body,
    )
    _add_departments(
        b,
        data,
        place=d.name,
        short="",
        level="municipal",
        names="municipal",
        government=government,
        party_prefixes=[],
        party_office_prefixes=[],
        office="办公室",
    )


def _add_county(b: Builder, data: dict, pending: PendingPlace) -> None:
    """A county-level division's 人民政府, 办公室 and district bodies (as the [[district]] rows')."""
    d = pending.division
    outer = b.places.get(d.city or d.province)
    government = _add_government(
        b,
        place=pending.name,
        place_aliases=list(pending.aliases),
        level="district",
        parent=outer.government if outer else "",
        gov_prefixes=[],
        office="办公室",
        office_prefixes=[],
    )
    _add_district_bodies(b, data, pending.name, government)


def build_division(data: dict, places: dict[str, Place], pending: PendingPlace) -> Builder:
    """The bodies of one place of the division table, built when a name first mentions it."""
    b = Builder(places)
    if pending.division.level == "municipal":
        _add_prefecture(b, data, pending.division)
    else:
        _add_county(b, data, pending)
    return b


def _division_place(d: Division, name: str) -> Place:
    """The registry place of a division: a county's city is its prefecture, the 直辖市 it lies in or
    (a county under its province directly: 仙桃市) itself."""
    if d.level == "provincial":
        return Place(d.name, "provincial", d.name, "", "", d.code)  # 香港, 澳门, 台湾: a place only
    government = name + d.government_body
    if d.level == "municipal":
        return Place(name, "municipal", d.province, name, government, d.code)
    city = d.city or (d.province if d.province.endswith("市") else name)
    return Place(name, "district", d.province, city, government, d.code)


def _add_divisions(b: Builder, divisions: Sequence[Division]) -> None:
    """Every place of the division table the hand-written rows do not hold, after them (their names,
    prefixes and places win); their bodies wait in ``b.pending``.  Short forms of every division
    (阿坝州, 广西, 管城区) and the bare names of city districts (海淀区) are written out when matching."""
    explicit = set(b.places)
    counties = district_names(divisions)
    shared = Counter(d.name for d in divisions if d.level == "district")
    codes: dict[str, str] = {}
    for d in divisions:
        name, others = counties.get(d.code, (d.name, ()))
        if shared[d.name] > 1 and len(d.name) >= 3 and d.level == "district" and name != d.name:
            b.shared_names[d.name].append(name)  # 宝山区: 上海市宝山区, 双鸭山市宝山区 (东区, 矿区 read as words)
        held = next((n for n in (name, *others) if n in explicit and n not in d.short_forms), None)
        if held is not None:
            place = b.places[held]
            codes.setdefault(place.name, d.code)
        else:
            place = _division_place(d, name)
            aliases = tuple(o for o in others if o not in d.short_forms)
            b.place(place, aliases)
            if place.government:
                b.pending[name] = PendingPlace(d, name, aliases)
            _add_short_forms(b, place, [o for o in others if o == d.name], explicit)  # 海淀区 → 北京市海淀区
        _add_short_forms(b, place, d.short_forms, explicit)
    for key, place in b.places.items():  # the hand-written places get their codes
        if not place.code and place.name in codes:
            b.places[key] = dataclasses.replace(place, code=codes[place.name])


# The shapes of a doc-number prefix after a place's abbreviation that name its government or general
# office and nothing else: 浙政 / 浙政办 / 粤府 / 粤府办 (浙政办发, 杭政办函 start so).
_GOVERNMENT_SHAPES = (("政", ""), ("府", ""), ("政办", "office"), ("府办", "office"))


def _abbreviation_claims(data: dict) -> dict[str, set[str]]:
    """abbreviation → the places that use it: the [abbreviations] table, the rows' ``short`` and the
    heads of their government prefixes (石政 → 石 is 石家庄's)."""
    claims: dict[str, set[str]] = defaultdict(set)
    table = data.get("abbreviations", {})
    if not isinstance(table, dict):
        raise RegistryError("agencies.toml: [abbreviations] must be a table of place = [short forms]")
    for place in table:
        for head in _tomlist(table, place):
            claims[head].add(place)
    for row in (*data.get("province", []), *data.get("city", [])):
        if row.get("short"):
            claims[row["short"]].add(row["name"])
        for p in (*_tomlist(row, "gov_prefixes"), *_tomlist(row, "office_prefixes")):
            if len(p) >= 2 and p[1] in "政府办":
                claims[p[0]].add(row["name"])
    return claims


def _add_abbreviation_prefixes(b: Builder, data: dict) -> None:
    """X政 / X政办 / X府 / X府办 for every abbreviation only one place uses (温政办发 → 温州市人民政府办公室);
    last, so that every hand-written prefix wins.  A head that begins a national prefix is left out
    (卫: 卫政法发 is 卫生部's, not 中卫市's)."""
    national_heads = set(pt.NATIONAL_PREFIX_HEADS)
    for head, places in sorted(_abbreviation_claims(data).items()):
        unknown = [p for p in places if p not in b.places]
        if unknown:
            raise RegistryError(f"agencies.toml: [abbreviations] names no place of the registry: {unknown}")
        b.abbreviations[head] = tuple(sorted(b.places[p].name for p in places))
        if len(places) > 1 and head not in national_heads:
            b.shared_abbreviations[head] = tuple(sorted(b.places[p].name for p in places))
        if len(places) != 1 or head in national_heads or any(head[:k] in b.prefixes for k in range(1, len(head) + 1)):
            continue  # 长: 长春 and 长沙; 卫: 卫生部's 卫
        place = b.places[next(iter(places))]
        for shape, body in _GOVERNMENT_SHAPES:
            _add_place_prefix(b, place, head + shape, office=body == "office")


def _add_place_prefix(b: Builder, place: Place, prefix: str, *, office: bool) -> None:
    """A prefix of a place's government or general office, built or pending (first claim wins)."""
    government = place.government
    if place.name in b.pending:  # a division's bodies: 办公室 (see _add_prefecture)
        name = government + "办公室" if office else government
        if prefix not in b.prefixes:
            b.prefixes[prefix] = name
            b.pending_prefixes[name].append(prefix)
    elif government in b.agencies:
        name = (
            next((government + o for o in ("办公厅", "办公室") if government + o in b.agencies), "")
            if office
            else government
        )
        if name:
            b.add(name, prefixes=[prefix])


def build(data: dict) -> Builder:
    """Every body of the data, in load order: [[agency]], the home province with its cities and
    districts, then the other provinces and cities (the first claim of a prefix wins)."""
    b = Builder()
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
                _add_districts(b, data, row_d)
    for city in cities:
        if city.get("province", home) != home:
            _add_city(b, data, city)
    _add_divisions(b, _divisions_of(data))
    _add_abbreviation_prefixes(b, data)
    return b
