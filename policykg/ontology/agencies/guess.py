"""Guessing the level, place and parent of a name the registry does not hold.

"江苏省某某服务中心" is provincial in 江苏省, "郑州市金水区某某中心" a district's, "教育部社会科学司" a unit
of 教育部, "中国人民银行平顶山市中心支行" a national body's branch in 平顶山市.  The guess keeps the
name as written (``known=False``), a short form of its place written out: "阿坝州某某中心" is
阿坝藏族羌族自治州某某中心, "海淀区某某中心" 北京市海淀区某某中心.
"""

from __future__ import annotations

import re

from policykg.ontology.agencies import patterns as pt
from policykg.ontology.agencies.records import NATIONAL_JURISDICTION, Agency, AgencyIndex, Place

_LEVEL_ORDER = ("provincial", "municipal", "district")


def guess(index: AgencyIndex, name: str, *, context: str | None = None) -> Agency:
    """An agency for any name: the registry's when known, else kept as written with known=False
    and level/jurisdiction guessed from the name (…省… provincial, …市… municipal, …区/县…
    district, 国务院/国家…/…部 national).  Never None."""
    found = index.resolve(name, context=context)
    if found:
        return found
    written = index.expand_place(pt.name_key(name), places_only=True, context=context) or name.strip()
    written = _region_department_written_out(index, written, context)
    written = _department_written_out(index, _place_written_out(index, written, context))
    # (a street office stays as written: 某区某街道办事处 is not written out as 某区人民政府某街道办事处 — a text that
    # prints the formal name is read so, h164 天津 海滨街道, h68 绍兴 东湖街道)
    written = _committee_written_out(_zone_written_out(written))
    if written != name.strip():
        found = index.resolve(written, context=context)
        if found:
            return found
    unit = _unit_or_branch(index, written, context)
    if unit:
        return unit
    level, jurisdiction = guess_place(index, written, context)
    return Agency(written, (), level, jurisdiction, _parent(index, written, level, jurisdiction), (), known=False)


# 管委会 — a management committee's short name, in any body's name the registry does not hold (四川天府新区管委会 →
# 四川天府新区管理委员会, the full-name convention of docs/extraction.md)
COMMITTEE_SHORT = re.compile(r"管委会(?=办公室$|$)")


def _committee_written_out(written: str) -> str:
    """A development zone's or new area's 管委会 (and its 管委会办公室) written out: 管理委员会."""
    return COMMITTEE_SHORT.sub("管理委员会", written) if "管委会" in written else written


def _zone_written_out(written: str) -> str:
    """A development zone's short name inside a body's name written out (see :data:`pt.ZONE_SHORT_NAME`):
    湘西高新区应急管理局 → 湘西高新技术产业开发区应急管理局 (h90 湘西)."""
    m = pt.ZONE_SHORT_NAME.match(written)
    return m.group(1) + pt.ZONE_FULL_FORMS[m.group(2)] + written[m.end() :] if m else written


def _region_department_written_out(index: AgencyIndex, written: str, context: str | None) -> str:
    """A region's short form (内蒙古, 广西, 宁夏 …) before a department's name ending in 厅 — a provincial body's
    ending, no other kind of body's — written out: 内蒙古农牧业厅 → 内蒙古自治区农牧业厅 (h103 内蒙古); not before
    an 办公厅, which may be another body's (新疆生产建设兵团办公厅 stays)."""
    if not written.endswith(PROVINCIAL_DEPARTMENT) or written.endswith(pt.DERIVED_SUFFIXES):
        return written
    return index.expand_place(written, context=context) or written


# 中共 — a party body's name before its place (中共深圳市委卫生工委)
PARTY = "中共"
# 厅 — the ending of a provincial government's department (农业农村厅, 财政厅), no city's or county's
PROVINCIAL_DEPARTMENT = "厅"


def _place_written_out(index: AgencyIndex, written: str, context: str | None) -> str:
    """A body named by its level alone, written out with the place its context names: 区消防安全委员会 in
    a text of 上海市崇明区 → 上海市崇明区消防安全委员会; 市… → the context's city (not 市场…), 省… → its province.

    >>> from policykg.ontology.agencies import default_registry
    >>> _place_written_out(default_registry(), "区档案馆", "上海市崇明区人民政府办公室")
    '上海市崇明区档案馆'
    >>> _place_written_out(default_registry(), "省农村税费改革工作小组办公室", "吉林省人民政府办公厅")
    '吉林省农村税费改革工作小组办公室'
    >>> _place_written_out(default_registry(), "自治区档案馆", "宁夏回族自治区")
    '宁夏回族自治区档案馆'
    """
    place = index.place_of(context) if written[:1] in ("省", "区", "县", "市", "自") else None
    if place is None:
        return written
    if written.startswith("自治区") and place.province.endswith("自治区"):  # 自治区公务员局 in 广西's text (h122)
        return place.province + written[3:]
    if written.startswith("省") and not written.startswith(("省辖市", "省份")) and place.province:
        return place.province + written[1:]
    if written[:1] in ("区", "县") and place.level == "district" and place.name.endswith(written[:1]):
        return place.name + written[1:]
    if written.startswith("市") and not written.startswith("市场") and place.city_of_bodies:
        return place.city_of_bodies + written[1:]
    return written


def _department_written_out(index: AgencyIndex, written: str) -> str:
    """A department's short name after its place (or 中共 and its place) written out (…区绿化市容局 →
    …区绿化和市容管理局, 中共…市委卫生工委 → 中共…市委卫生工作委员会), as
    the registry's table of short forms gives it; a name of no known place stays as written."""
    head = len(PARTY) if written.startswith(PARTY) else 0  # 中共深圳市委卫生工委 (h123)
    if not index.department_short_forms or index.place_at(written, head) is None:
        return written
    for short, full in index.department_short_forms.items():
        if written.endswith(short) and not written.endswith(full):
            return written[: len(written) - len(short)] + full
    return written


def _unit_or_branch(index: AgencyIndex, written: str, context: str | None) -> Agency | None:
    """A unit of a registry body (教育部社会科学司, 江西省应急管理厅办公室): the body's level and place;
    a national body's local branch (中国人民银行平顶山市中心支行): the branch's place, parent the body."""
    branch: tuple[str, str] | None = None
    for k in range(len(written) - 1, 1, -1):
        rest = written[k:]
        body = index.lookup(written[:k], context)
        if body is None:
            continue
        short = _short_place_written_out(index, rest) if body.level == "national" else None
        if not pt.NAME_START.match(rest) and short is None:
            # (a local department named by its place and a short form: its unit named with the department's full
            # name — 某省经信厅办公室 → 某省经济和信息化厅办公室, the full-name convention of docs/extraction.md; a
            # national body's or a party or league body's unit stays as written: 中国科协科普部)
            place = index.place_at(written) if body.level != "national" else None
            name = body.name + rest if place and body.name.startswith(place) else written
            return Agency(name, (), body.level, body.jurisdiction, body.name, (), known=False)
        if body.level == "national" and branch is None and (short or pt.PLACE_START.match(rest)):
            branch = (body.name, short or rest)
    if branch is None:
        return None
    level, jurisdiction = guess_place(index, branch[1], context)
    return Agency(written, (), level, jurisdiction, branch[0], (), known=False)


def _short_place_written_out(index: AgencyIndex, rest: str) -> str | None:
    """A branch's place named short, written out: 吉林监管局 → 吉林省监管局, 西宁中心支行 → 西宁市中心支行 (a province
    before a city of the same name); None when ``rest`` opens with no place the registry knows.

    >>> from policykg.ontology.agencies import default_registry
    >>> [_short_place_written_out(default_registry(), r) for r in ("吉林监管局", "西宁中心支行", "华东监管局")]
    ['吉林省监管局', '西宁市中心支行', None]
    """
    for n in (3, 2):
        for word in ("省", "自治区", "市"):
            if rest[:n] + word in index.places and not rest[n:].startswith(word):
                return rest[:n] + word + rest[n:]
    return None


def _parent(index: AgencyIndex, written: str, level: str, jurisdiction: str) -> str:
    if jurisdiction in index.places and index.places[jurisdiction].government != written:
        return index.places[jurisdiction].government
    if level == "national" and not written.startswith(("国务院", "中共中央", "全国人民代表大会")):
        return "国务院" if pt.NATIONAL_ENDING.search(written) or written.startswith("国家") else ""
    outer = index.place_of(written)  # 北京市密云区人民政府 → 北京市人民政府
    return outer.government if outer is not None and outer.government != written else ""


def guess_place(index: AgencyIndex, written: str, context: str | None) -> tuple[str, str]:
    """(level, jurisdiction) a name's words tell: its places, 省…/市…/区… with ``context``, or national.

    >>> from policykg.ontology.agencies import default_registry
    >>> guess_place(default_registry(), "郑州市金水区某某中心", None)
    ('district', '金水区')
    """
    rest = written
    for marker in pt.BEFORE_PLACE:
        if rest.startswith(marker) and len(rest) > len(marker) + 1:
            rest = rest[len(marker) :]
            break
    found, rest = _known_places(index, rest)
    city_m = pt.CITY_START.match(rest)
    if city_m:
        city = city_m.group(1)
        dist = district_at(rest[len(city) :])
        return ("district", dist) if dist else ("municipal", city)
    dist = district_at(rest)
    if dist:
        return "district", dist
    if found:
        return found.level, found.name
    return _place_by_words(index, written, context)


def _known_places(index: AgencyIndex, rest: str) -> tuple[Place | None, str]:
    """Registry places at the start, innermost last: 河南省郑州市金水区… → (金水区, the rest)."""
    found: Place | None = None
    while True:
        nxt = index.place_at(rest)
        if not nxt:
            return found, rest
        found = index.places[nxt]
        rest = rest[len(nxt) :]


def _place_by_words(index: AgencyIndex, written: str, context: str | None) -> tuple[str, str]:
    """No place at the start: 省…/市…/区… in ``context``, a place inside, or a national name."""
    if written.startswith("省"):
        return "provincial", index.context_province(context)
    place = index.place_of(context)
    if written.startswith("市") and not written.startswith("市场"):
        return "municipal", place.city if place and place.city else ""
    if written[:1] in ("区", "县"):
        return "district", place.name if place and place.level == "district" else ""
    inside = index.places_in(written)  # 中国银行河南省分行 → 河南省
    if inside:
        innermost = max(inside, key=lambda p: _LEVEL_ORDER.index(index.places[p].level))
        return index.places[innermost].level, index.places[innermost].name
    if pt.NATIONAL_NAME.match(written) or pt.NATIONAL_ENDING.search(written):
        return "national", NATIONAL_JURISDICTION
    return "unknown", ""


def district_at(text: str) -> str:
    """The district or county a name starts with.

    >>> district_at("禹王台区人民政府"), district_at("社区服务中心")
    ('禹王台区', '')
    """
    m = pt.DISTRICT_START.match(text)
    if not m or m.group(1).endswith(pt.NOT_DISTRICTS):
        return ""
    return m.group(1)
