"""The agency registry: issuing bodies, their aliases, levels, places and doc-number prefixes.

The data lives in ``agencies.toml`` next to this module; this module only indexes it and answers
questions about names.  Everything here is pure: text in, :class:`Agency` out.

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

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg.errors import PolicyKGError
from policykg.ontology._data import read_toml

__all__ = [
    "Agency",
    "AgencyRegistry",
    "RegistryError",
    "default_registry",
    "REGISTRY_PATH",
]

REGISTRY_PATH = Path(__file__).with_name("agencies.toml")

NATIONAL_JURISDICTION = "中华人民共和国"


class RegistryError(PolicyKGError):
    """The agency registry file is missing or malformed."""


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
class _Place:
    name: str
    level: str  # provincial | municipal | district
    province: str  # the province it lies in ("" for national)
    city: str  # the city it lies in (districts), itself for cities
    government: str  # canonical name of its 人民政府


@dataclass(frozen=True)
class _Piece:
    text: str
    kind: str  # known | derived | generic | noise | garbage


# ---------------------------------------------------------------- patterns (named, with examples)

# characters dropped before matching: spaces (also full-width), quotes, markdown emphasis/headings
# "教 育 部" → 教育部; "**河南省协调劳动关系三方委员会" → 河南省协调劳动关系三方委员会
_DROP_RE = re.compile(r"[\s\u3000\u00a0“”‘’\"'「」『』*#|]")
# a header's trailing 文件 / signature decoration: "河南省人力资源和社会保障厅文件", "（印）"
_TRAILER_RE = re.compile(r"(?:文件|[（(](?:印|盖章|章)[）)])$")
# 政府 written without 人民: "河南省政府办公厅" → 河南省人民政府办公厅
_BARE_GOV_RE = re.compile(r"(?<!人民)政府")
# a congress's session: "第十三届" / "十二届" → dropped when matching
_SESSION_RE = re.compile(r"第?[一二三四五六七八九十百零〇\d]+届")
# doc-number prefix followed by its year bracket or serial: "豫人社就业〔2023〕5号" → 豫人社就业
_PREFIX_TAIL_RE = re.compile(r"[〔\[［(（{【].*$|\d.*$")
# a 令 / 公告 doc-number prefix naming its body: "河南省人民政府令" → 河南省人民政府
_ORDER_SUFFIX_RE = re.compile(r"(?:令|公告|文件)$")

# Generic endings of agency names, longest first (used by split_issuers and looks_like_agency).
GENERIC_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        {
            "人民政府",
            "政府",
            "办公厅",
            "办公室",
            "厅",
            "局",
            "委员会",
            "委",
            "部",
            "总局",
            "署",
            "银行",
            "分行",
            "中心",
            "管委会",
            "管理委员会",
            "协会",
            "联合会",
            "总会",
            "工会",
            "领导小组",
            "小组",
            "院",
            "法院",
            "检察院",
            "公司",
            "集团",
            "总社",
            "研究会",
            "商会",
            "学会",
            "基金会",
            "事务所",
            "管理处",
            "办",
            "司",
            "处",
            "分局",
            "支队",
            "总队",
            "研究院",
            "研究所",
            "大学",
            "学院",
            "专班",
            "工作专班",
            "工作组",
            "指挥部",
            "办事处",
            "支行",
            "中心支行",
            "分公司",
            "调查队",
            "调查总队",
            "联",
            "社",
            "组织部",
            "宣传部",
            "统战部",
            "政法委",
            "编办",
        },
        key=len,
        reverse=True,
    )
)
# endings that on their own make a line an agency line (looks_like_agency)
_STRONG_ENDINGS = ("人民政府", "办公厅", "办公室", "委员会", "管委会", "领导小组", "总局", "厅", "局", "部")
# separators and decorations between joint issuers: "财政部、税务总局", "… 文件 …", "…公告"
NOISE_WORDS: tuple[str, ...] = ("联合发文", "文件", "公告", "联合", "、", "，", ",", "；", ";", "和", "及", "与", "暨")
# characters that never occur in agency names but do in sentences and titles
_STOP_CHARS = frozenset("的了是把被将应要等或并于为以从向其该此由按如若对在请")
_PUNCT_RE = re.compile(r"[，。；：？！、《》〈〉（）()\[\]【】〔〕\d０-９%％—…+＋=/<>:;,.!?~]")
# never in an issuer line: digits (dates), sentence punctuation, title brackets
_NOT_ISSUER_RE = re.compile(r"[\d０-９，。；：？！《》+＋=/<>:;!?]|关于|^[、，,和及与]|[、，,和及与]$")
# a seal mark after a signature: "河南省人民政府办公厅（印）"
_SEAL_RE = re.compile(r"[（(](?:印|盖章|章)[）)]")
# where an agency name may start when the registry does not know it
_START_MARKER_RE = re.compile(
    r"^(?:中共|中国|中华|全国|国家|国务院|共青团|最高|[省区县]|市(?!场)|[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|州|盟|旗))"
)
# a place at the start of a branch's name: 平顶山市中心支行, 河南省分行, 郑州海关 (not 国家…, 中共…)
_PLACE_START_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|州|盟|旗)")
# national bodies by their name
_NATIONAL_RE = re.compile(
    r"^(?:国务院|国家|中华人民共和国|全国|中共中央|中央|最高人民|中国(?!共产党[\u4e00-\u9fff]{2,}[省市]))"
)
_NATIONAL_ENDING_RE = re.compile(r"(?:部|总局|署|总署)(?:办公厅|办公室)?$")
# a city at the start of a name: "郑州市人社局", not 市场监管局 / 城市管理局
_CITY_RE = re.compile(r"^([\u4e00-\u9fff]{2,6}?市)(?!场)")
# a district / county at the start: "禹王台区…", "兰考县…", "郑州高新技术产业开发区管委会"
_DISTRICT_RE = re.compile(r"^([\u4e00-\u9fff]{1,10}?(?:区|县|旗))(?![级域])")
# words ending in 区 that are not districts: 社区, 园区, 辖区 …
_NOT_DISTRICT = (
    "社区",
    "小区",
    "园区",
    "辖区",
    "景区",
    "片区",
    "校区",
    "街区",
    "城区",
    "库区",
    "地区",
    "自治区",
    "山区",
    "灾区",
    "保税区",
)
_LEADING_MARKERS = ("中共", "共青团", "国家税务总局")

_MAX_NAME = 48  # longest piece split_issuers considers
_DERIVED_SUFFIXES = ("办公厅", "办公室", "文件")


def _compact(text: str) -> str:
    """Drop spaces, quotes and markdown marks: " 教 育 部 " → 教育部."""
    return _DROP_RE.sub("", text)


def _key(text: str) -> str:
    return _TRAILER_RE.sub("", _compact(text))


def _loose(key: str) -> str:
    """Key without 中华人民共和国 and 和: 人力资源和社会保障部 ≡ 人力资源社会保障部."""
    if key.startswith("中华人民共和国") and len(key) > 7:
        key = key[7:]
    return key.replace("和", "")


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
        self.places: dict[str, _Place] = {}

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
            prefix = _compact(prefix)
            if prefix and prefix not in self.prefixes:
                self.prefixes[prefix] = name
                row["prefixes"].append(prefix)

    def place(self, place: _Place, aliases: Iterable[str] = ()) -> None:
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


def _build(data: dict) -> _Builder:
    b = _Builder()
    # 1. bodies written out in full
    for row in data.get("agency", []):
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
    home = data.get("home_province", "")
    provinces = sorted(data.get("province", []), key=lambda r: r.get("name") != home)  # home first
    cities = data.get("city", [])
    districts = data.get("district", [])

    def add_province(row: dict) -> None:
        place = row["name"]
        short = row.get("short", "")
        municipality = bool(row.get("municipality"))
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
        b.place(_Place(place, "provincial", place, "", government), aliases)
        if row.get("departments", True):
            _add_departments(
                b,
                data,
                place=place,
                short=short,
                level="provincial",
                names="municipal" if municipality else "provincial",
                government=government,
                party_prefixes=_tomlist(row, "party_prefixes"),
                party_office_prefixes=_tomlist(row, "party_office_prefixes"),
            )

    def add_city(row: dict) -> None:
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
        b.place(_Place(place, "municipal", province, place, government), aliases)
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

    def add_districts(row: dict) -> None:
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
            b.place(_Place(place, "district", province, city, government), [city + place] if city else [])

    # 2. the home province with its cities and districts, then the others (first prefix claim wins)
    for row in provinces:
        add_province(row)
        if row.get("name") == home:
            for city in cities:
                if city.get("province", home) == home:
                    add_city(city)
            for row_d in districts:
                add_districts(row_d)
    for city in cities:
        if city.get("province", home) != home:
            add_city(city)
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
        self._places: dict[str, _Place] = built.places
        self._exact: dict[str, str] = {}
        self._loose: dict[str, str] = {}
        for agency in self.agencies.values():  # canonical names first, so an alias never shadows a name
            key = _key(agency.name)
            self._exact.setdefault(key, agency.name)
            self._loose.setdefault(_loose(key), agency.name)
        for agency in self.agencies.values():
            for alias in agency.aliases:
                key = _key(alias)
                self._exact.setdefault(key, agency.name)
                self._loose.setdefault(_loose(key), agency.name)
        # cheap filter for split_issuers: names, noise words and generic endings end with few characters
        self._end_chars = (
            frozenset(k[-1] for k in self._exact if k)
            | frozenset(w[-1] for w in (*GENERIC_ENDINGS, *NOISE_WORDS, *_DERIVED_SUFFIXES))
            | frozenset("）)")
        )  # …（印）
        self._max_prefix = max((len(p) for p in self._prefixes), default=0)
        self._places_by_length = sorted(self._places, key=len, reverse=True)
        self._provinces_by_length = [p for p in self._places_by_length if self._places[p].level == "provincial"]
        self._memo: dict[tuple[str, str | None], Agency | None] = {}

    # ------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None) -> AgencyRegistry:
        path = Path(path) if path else REGISTRY_PATH
        return cls(read_toml(path, RegistryError, "agency registry"))

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
    def _place_of(self, context: str | None) -> _Place | None:
        """The place a context names: a place (郑州市), an agency (郑州市人民政府) or its jurisdiction."""
        if not context:
            return None
        key = _key(context)
        if key in self._places:
            return self._places[key]
        agency = self._lookup(key, None)
        if agency and agency.jurisdiction in self._places:
            return self._places[agency.jurisdiction]
        for place in self._places_by_length:  # "河南省郑州市" → 郑州市 (innermost wins: longest first is enough)
            if key.startswith(place):
                rest = key[len(place) :]
                inner = next((p for p in self._places_by_length if rest.startswith(p)), None)
                return self._places[inner] if inner else self._places[place]
        return None

    def _context_province(self, context: str | None) -> str:
        place = self._place_of(context)
        return place.province if place and place.province else self.home_province

    # ------------------------------------------------------------ resolve
    def _variants(self, key: str, context: str | None) -> list[str]:
        out = [key]
        if _BARE_GOV_RE.search(key):
            out.append(_BARE_GOV_RE.sub("人民政府", key))
        if key.startswith("中华人民共和国") and len(key) > 7:
            out.append(key[7:])
        if _SESSION_RE.search(key):  # 杭州市十二届人民代表大会常务委员会 → 杭州市人民代表大会常务委员会
            out.append(_SESSION_RE.sub("", key))
        if key[:1] in ("由", "经") and len(key) > 3:  # "由最高人民法院", "经国务院"
            out.append(key[1:])
        for prefix in ("本", "我"):  # 本省 / 我市 …
            if key.startswith(prefix) and len(key) > 2 and key[1] in "省市区县":
                out.append(key[1:])
        more = []
        place = self._place_of(context)
        for v in out:
            # 河南省郑州市人民政府 → 郑州市人民政府
            for prov in self._provinces_by_length:
                if v.startswith(prov) and len(v) > len(prov):
                    more.append(v[len(prov) :])
                    break
            if v.startswith("省") and not v.startswith("省辖市"):
                province = self._context_province(context)
                if province:
                    more.append(province + v[1:])
            elif v.startswith("市") and not v.startswith("市场") and place and place.city:
                more.append(place.city + v[1:])
            elif v[:1] in ("区", "县") and place and place.level == "district":
                more.append(place.name + v[1:])
            elif place and not _START_MARKER_RE.match(v) and v[:1] not in "省市区县":
                more.append(place.name + v)  # 人力资源和社会保障厅 in a line that began with 河南省…
            elif v.startswith(("中共省委", "中共市委")) and place:
                target = self._context_province(context) if v[2] == "省" else place.city
                if target:
                    more.append("中共" + target + v[3:])
        out += more
        out += [_BARE_GOV_RE.sub("人民政府", v) for v in more if _BARE_GOV_RE.search(v)]
        return list(dict.fromkeys(out))

    def _lookup(self, key: str, context: str | None) -> Agency | None:
        if not key:
            return None
        memo_key = (key, context)
        if memo_key in self._memo:
            return self._memo[memo_key]
        if len(self._memo) > 200_000:
            self._memo.clear()
        found = self._lookup_uncached(key, context)
        self._memo[memo_key] = found
        return found

    def _lookup_uncached(self, key: str, context: str | None) -> Agency | None:
        name = self._exact.get(key) or self._loose.get(_loose(key))
        if name:
            return self.agencies[name]
        for v in self._variants(key, context)[1:]:
            name = self._exact.get(v) or self._loose.get(_loose(v))
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
        return self._lookup(_key(name), context)

    # ------------------------------------------------------------ prefixes
    def for_prefix(self, prefix: str) -> Agency | None:
        """The agency of a doc-number prefix; the longest registered prefix wins.

        Accepts a bare prefix (豫人社就业) or a whole number (豫人社就业〔2023〕5号); 令/公告 prefixes that
        name their body (河南省人民政府令, 国家税务总局公告) resolve through the name.

        >>> default_registry().for_prefix("豫人社就业〔2023〕5号").name
        '河南省人力资源和社会保障厅'
        """
        p = _PREFIX_TAIL_RE.sub("", _compact(prefix))
        if not p:
            return None
        for length in range(min(len(p), self._max_prefix), 0, -1):
            name = self._prefixes.get(p[:length])
            if name:
                return self.agencies[name]
        stripped = _ORDER_SUFFIX_RE.sub("", p)
        return self._lookup(stripped, None) if stripped != p else None

    # ------------------------------------------------------------ splitting joint issuers
    def _segment(self, text: str, context: str | None) -> list[_Piece]:
        """:meth:`_segment_uncached`, remembered: issuer lines and title heads repeat across a corpus."""
        memo = self.__dict__.setdefault("_segment_memo", {})
        key = (text, context)
        hit = memo.get(key)
        if hit is None:
            if len(memo) > 200_000:
                memo.clear()
            hit = memo[key] = tuple(self._segment_uncached(text, context))
        return list(hit)

    def _segment_uncached(self, text: str, context: str | None) -> list[_Piece]:
        """Cheapest cover of an issuer line by agency names, noise words and (costly) garbage.

        Costs: a registry name 1; a registry name plus 办公室/文件 or a sub-unit (教育部社会科学司) 1.1–1.5;
        an unknown name by its ending 2 + 0.5 a character; a separator 0.3; a garbage character 3.
        A space inside a registry name is a PDF artefact (教 育 部), inside an unknown one a boundary.
        """
        chars: list[str] = []
        space_before: list[bool] = []
        pending_space = False
        for ch in text:
            if _DROP_RE.match(ch):
                pending_space = pending_space or ch.isspace()
                continue
            chars.append(ch)
            space_before.append(pending_space)
            pending_space = False
        s = "".join(chars)
        n = len(s)
        if n == 0:
            return []
        # known[i]: ends j of registry names starting at i
        known: list[list[int]] = [
            [
                j
                for j in range(i + 2, min(n, i + _MAX_NAME) + 1)
                if s[j - 1] in self._end_chars and self._lookup(_key(s[i:j]), context) is not None
            ]
            for i in range(n)
        ]
        # national[i][j]: is the registry name s[i:j] a national body (whose branches carry a place)?
        national: list[dict[int, bool]] = [
            {j: self._lookup(_key(s[i:j]), context).level == "national" for j in known[i]} for i in range(n)
        ]
        best: list[tuple[float, int, int, str]] = [(0.0, 0, -1, "")] + [(float("inf"), 0, -1, "")] * n
        for i in range(n):
            base = best[i][0]
            if base == float("inf"):
                continue
            cand = (base + 3.0, best[i][1] + 1, i, "garbage")  # one garbage character
            if cand[:2] < best[i + 1][:2]:
                best[i + 1] = cand
            crossings = 0
            known_i = set(known[i])
            for j in range(i + 1, min(n, i + _MAX_NAME) + 1):
                if j - 1 > i and space_before[j - 1]:
                    crossings += 1
                if j - i > 1 and s[j - 1] not in self._end_chars:
                    continue
                found = self._piece_kind(s, i, j, known, known_i, national)
                if not found:
                    continue
                kind, cost = found
                total = base + cost + (3.0 if kind == "generic" else 0.8) * crossings
                if (total, best[i][1] + 1) < best[j][:2]:
                    best[j] = (total, best[i][1] + 1, i, kind)
        pieces: list[_Piece] = []
        j = n
        while j > 0:
            _, _, i, kind = best[j]
            pieces.append(_Piece(s[i:j], kind))
            j = i
        pieces.reverse()
        # merge runs of garbage into one piece for readability
        merged: list[_Piece] = []
        for p in pieces:
            if merged and p.kind == merged[-1].kind == "garbage":
                merged[-1] = _Piece(merged[-1].text + p.text, "garbage")
            else:
                merged.append(p)
        return merged

    @staticmethod
    def _piece_kind(
        s: str, i: int, j: int, known: list[list[int]], known_i: set[int], self_national: list[dict[int, bool]]
    ) -> tuple[str, float] | None:
        """Kind and cost of the piece s[i:j] of an issuer line, or None when it cannot be one."""
        piece = s[i:j]
        if piece in NOISE_WORDS:
            return "noise", 0.3
        if j in known_i:
            return "known", 1.0
        if j - i < 3:
            return None
        # a registry name followed by 办公室 / 文件 / a sub-unit: 河南省人力资源和社会保障厅办公室, 教育部社会科学司
        best: tuple[str, float] | None = None
        for k in known[i]:
            if k >= j:
                continue
            rest = s[k:j]
            if rest in _DERIVED_SUFFIXES:
                return ("derived", 1.2) if rest != "文件" else ("known", 1.1)
            if known[k] or not _generic_ok(rest, sub_unit=True):
                continue
            if not _START_MARKER_RE.match(rest):
                best = ("derived", 1.5)
            elif self_national[i].get(k) and _PLACE_START_RE.match(rest):
                best = ("derived", 1.5)  # a national body's local branch: 中国人民银行平顶山市中心支行
        if best:
            return best
        if _generic_ok(piece):
            cost = 2.0 + 0.5 * len(piece)
            return "generic", cost - (0.5 if _START_MARKER_RE.match(piece) else 0.0)
        return None

    def split_issuers(self, text: str, *, context: str | None = None) -> list[str]:
        """Split a (joint) issuer line into agency names, as written (spaces dropped).

        Uses the registry's names first and generic agency endings (人民政府, 办公厅, 厅, 局, 委员会 …)
        for names it does not know; separators (、，和) and decorations (文件, 联合, 公告) are dropped.

        >>> default_registry().split_issuers("中共郑州市委办公厅 郑州市人民政府办公厅")
        ['中共郑州市委办公厅', '郑州市人民政府办公厅']
        """
        return [
            _SEAL_RE.sub("", _TRAILER_RE.sub("", p.text))
            for p in self._segment(text, context)
            if p.kind in ("known", "derived", "generic")
        ]

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
        compact = _compact(text)
        if not compact or len(compact) > 160 or _NOT_ISSUER_RE.search(compact) or compact[-1] not in self._end_chars:
            return False
        pieces = self._segment(text, context)
        names = [p for p in pieces if p.kind in ("known", "derived", "generic")]
        if not names or any(p.kind == "garbage" for p in pieces):
            return False
        for p in names:
            if p.kind == "generic" and not (_START_MARKER_RE.match(p.text) or p.text.endswith(_STRONG_ENDINGS)):
                return False
        return True

    # ------------------------------------------------------------ unknown names
    def guess(self, name: str, *, context: str | None = None) -> Agency:
        """An agency for any name: the registry's when known, else kept as written with known=False
        and level/jurisdiction guessed from the name (…省… provincial, …市… municipal, …区/县…
        district, 国务院/国家…/…部 national).  Never None.

        >>> default_registry().guess("郑州市金水区某某中心").level
        'district'
        """
        found = self.resolve(name, context=context)
        if found:
            return found
        written = _key(name) or name.strip()
        # a unit of a registry body: 教育部社会科学司, 江西省应急管理厅办公室 → the body's level and place;
        # a national body's local branch: 中国人民银行平顶山市中心支行 → the branch's place, parent the body
        branch_of = ""
        for k in range(len(written) - 1, 1, -1):
            rest = written[k:]
            body = self._lookup(written[:k], context)
            if body is None:
                continue
            if not _START_MARKER_RE.match(rest):
                return Agency(written, (), body.level, body.jurisdiction, body.name, (), known=False)
            if body.level == "national" and _PLACE_START_RE.match(rest) and not branch_of:
                branch_of, branch_rest = body.name, rest
        if branch_of:
            level, jurisdiction = self._guess_place(branch_rest, context)
            return Agency(written, (), level, jurisdiction, branch_of, (), known=False)
        level, jurisdiction = self._guess_place(written, context)
        parent = ""
        if jurisdiction in self._places and self._places[jurisdiction].government != written:
            parent = self._places[jurisdiction].government
        elif level == "national" and not written.startswith(("国务院", "中共中央", "全国人民代表大会")):
            parent = "国务院" if _NATIONAL_ENDING_RE.search(written) or written.startswith("国家") else ""
        else:  # 北京市密云区人民政府 → 北京市人民政府
            outer = self._place_of(written)
            if outer is not None and outer.government != written:
                parent = outer.government
        return Agency(written, (), level, jurisdiction, parent, (), known=False)

    def _guess_place(self, written: str, context: str | None) -> tuple[str, str]:
        rest = written
        for marker in _LEADING_MARKERS:
            if rest.startswith(marker) and len(rest) > len(marker) + 1:
                rest = rest[len(marker) :]
                break
        # known places at the start, innermost wins: 河南省郑州市金水区… → 金水区
        found: _Place | None = None
        while True:
            nxt = next((p for p in self._places_by_length if rest.startswith(p) and len(rest) >= len(p)), None)
            if not nxt:
                break
            found = self._places[nxt]
            rest = rest[len(nxt) :]
        province = found.name if found and found.level == "provincial" else ""
        city_m = _CITY_RE.match(rest)
        if city_m:
            city = city_m.group(1)
            dist = _district_at(rest[len(city) :])
            return ("district", dist) if dist else ("municipal", city)
        dist = _district_at(rest)
        if dist:
            return "district", dist
        if found:
            return found.level, found.name
        if province:
            return "provincial", province
        if written.startswith("省"):
            return "provincial", self._context_province(context)
        place = self._place_of(context)
        if written.startswith("市") and not written.startswith("市场"):
            return "municipal", place.city if place and place.city else ""
        if written[:1] in ("区", "县"):
            return "district", place.name if place and place.level == "district" else ""
        inside = [p for p in self._places_by_length if p in written]  # 中国银行河南省分行 → 河南省
        if inside:
            innermost = max(inside, key=lambda p: ("provincial", "municipal", "district").index(self._places[p].level))
            return self._places[innermost].level, self._places[innermost].name
        if _NATIONAL_RE.match(written) or _NATIONAL_ENDING_RE.search(written):
            return "national", NATIONAL_JURISDICTION
        return "unknown", ""


def _district_at(text: str) -> str:
    """The district or county a name starts with: 禹王台区人民政府 → 禹王台区; not 社区服务中心."""
    m = _DISTRICT_RE.match(text)
    if not m or m.group(1).endswith(_NOT_DISTRICT):
        return ""
    return m.group(1)


def _generic_ok(piece: str, *, sub_unit: bool = False) -> bool:
    """Can an unknown piece be an agency name by its form? (ending, no sentence words, no punctuation)

    ``sub_unit``: a unit after a registry name (社会科学司 of 教育部…), which may be short (就业处).
    """
    if len(piece) < (2 if sub_unit else 3) or len(piece) > _MAX_NAME or _PUNCT_RE.search(piece):
        return False
    if any(ch in _STOP_CHARS for ch in piece):
        return False
    ending = next((e for e in GENERIC_ENDINGS if piece.endswith(e)), None)
    if ending is None:
        return False
    stem = piece[: -len(ending)]
    if len(stem) < (1 if sub_unit else 2) or stem[0] in "办厅局委部会室":
        return False
    # the place it starts with comes again: two glued names of one place (杭州市…局杭州市…局)
    start = _START_MARKER_RE.match(piece)
    return not (start and len(start.group(0)) >= 2 and start.group(0) in piece[len(start.group(0)) :])


@lru_cache(maxsize=1)
def default_registry() -> AgencyRegistry:
    """The registry of the packaged ``agencies.toml`` (loaded once)."""
    return AgencyRegistry.load()
