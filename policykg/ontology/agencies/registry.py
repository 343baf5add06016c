"""The agency registry: issuing bodies, their aliases, levels, places and doc-number prefixes.

The data lives in ``policykg/ontology/agencies.toml`` and the division table it names
(``divisions.json``: every province, prefecture and county of China); :mod:`.building` turns them
into rows, this module indexes them and answers lookups: a name, alias or tolerant form → its
canonical :class:`Agency`, a doc-number prefix → its body.  A division's bodies are built the first
time a name mentions its place.  Splitting issuer lines (:mod:`.issuers`) and guessing unknown names
(:mod:`.guess`) are delegated.  Everything is pure: text in, :class:`Agency` out.

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
>>> reg.resolve("阿坝州人民政府办公室").name
'阿坝藏族羌族自治州人民政府办公室'
>>> a = reg.resolve("海淀区人民政府")
>>> (a.name, a.level, a.jurisdiction)
('北京市海淀区人民政府', 'district', '北京市海淀区')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from policykg.ontology.agencies import guess as guessing
from policykg.ontology.agencies import issuers
from policykg.ontology.agencies import patterns as pt
from policykg.ontology.agencies.building import Builder, build, build_division
from policykg.ontology.agencies.records import Agency, Place, read_registry, registry_data

_MEMO_LIMIT = 200_000  # remembered lookups and covers before the memo starts afresh
MAX_PLACE_STEM = 6  # characters of a place's name before its level word (乌鲁木齐, 阿拉善左)


class AgencyRegistry:
    """Index of the agencies of ``agencies.toml`` and its division table: names, aliases, prefixes, places."""

    def __init__(self, data: dict) -> None:
        built = build(data)
        self.home_province: str = data.get("home_province", "")
        self.agencies: dict[str, Agency] = {}
        self._exact: dict[str, str] = {}
        self._loose: dict[str, str] = {}
        self._add_built(built)
        self._prefixes: dict[str, str] = built.prefixes
        self.places: dict[str, Place] = built.places
        self.short_forms: dict[str, str] = built.short_forms
        # 绿化市容局 → 绿化和市容管理局: how texts shorten a department's name (agencies.toml)
        self.department_short_forms: dict[str, str] = dict(data.get("department_short_forms", {}))
        self.shared_names: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in built.shared_names.items()}
        self._shared_lengths = sorted({len(k) for k in self.shared_names}, reverse=True)
        self._shared_abbreviations = built.shared_abbreviations
        self._abbreviations = built.abbreviations
        # the division table's places whose bodies are built when a name first mentions them
        self._data = data
        self._pending = built.pending
        self._pending_prefixes = built.pending_prefixes
        self._place_heads = _place_heads(data)
        # cheap filter for split_issuers: names, noise words and generic endings end with few characters
        self.end_chars: frozenset[str] = (
            frozenset(k[-1] for k in self._exact if k)
            | frozenset(w[-1] for w in (*pt.ENDINGS, *pt.NOISE_WORDS, *pt.DERIVED_SUFFIXES))
            | frozenset("）)")  # …（印）
        )
        self._max_prefix = max((len(p) for p in self._prefixes), default=0)
        self.places_by_length: list[str] = sorted(self.places, key=len, reverse=True)
        self._place_rank = {p: i for i, p in enumerate(self.places_by_length)}
        self._place_lengths = sorted({len(p) for p in self.places}, reverse=True)
        self._provinces_by_length = [p for p in self.places_by_length if self.places[p].level == "provincial"]
        self._province_pattern: re.Pattern[str] | None = None
        self._memo: dict[tuple[str, str | None], Agency | None] = {}
        self._bare_districts: dict[str, str] | None = None  # 北京市海淀区 → 海淀区 (district_written_out)
        self._segment_memo: dict[tuple[str, str | None], tuple[issuers.Piece, ...]] = {}

    def _add_built(self, built: Builder, prefixes: dict[str, list[str]] | None = None) -> None:
        """Agencies of a builder into the index: canonical names first, so an alias never shadows a name."""
        new = [
            Agency(
                name,
                tuple(row["aliases"]),
                row["level"],
                row["jurisdiction"],
                row["parent"],
                tuple(row["prefixes"]) + tuple(prefixes.get(name, ()) if prefixes else ()),
                True,
            )
            for name, row in built.agencies.items()
            if name not in self.agencies
        ]
        for agency in new:
            self.agencies[agency.name] = agency
            self._index(agency.name, agency.name, canonical=True)
        for agency in new:
            for alias in agency.aliases:
                self._index(alias, agency.name)

    def _index(self, written: str, name: str, *, canonical: bool = False) -> None:
        """Index a name or alias (first claim wins; a body built later still takes its own name back
        from another body's alias)."""
        key = pt.name_key(written)
        for index, k in ((self._exact, key), (self._loose, pt.loose_key(key))):
            held = index.setdefault(k, name)
            if canonical and held != name and pt.name_key(held) != key:
                index[k] = name

    def _build_place(self, name: str) -> bool:
        """Build the bodies of a pending place of the division table (its prefecture's first); False
        when there is nothing left to build."""
        pending = self._pending.pop(name, None)
        if pending is None:
            return False
        outer = self.places.get(pending.division.city)
        if outer is not None:
            self._build_place(outer.name)  # the parent body of a county's government
        self._add_built(build_division(self._data, self.places, pending), self._pending_prefixes)
        return True

    def _build_places_named(self, keys: Iterable[str]) -> bool:
        """Build the pending places these keys begin with (after 中共, 国家税务总局 …, and inside the
        province they may name first); True when any was built."""
        built = False
        for key in keys:
            for head in ("", *(h for h in self._place_heads if key.startswith(h))):
                first = self.place_at(key, len(head))
                if first is None:
                    continue
                built |= self._build_place(self.places[first].name)
                inner = self.place_at(key, len(head) + len(first))
                if inner is not None:
                    built |= self._build_place(self.places[inner].name)
        return built

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
        place = self.place_at(key)  # "河南省郑州市" → 郑州市 (innermost wins: two levels are enough)
        if place is None:
            return None
        inner = self.place_at(key, len(place))
        return self.places[inner or place]

    def place_at(self, text: str, start: int = 0) -> str | None:
        """The longest place name at ``text[start:]`` (a key of ``places``: names, aliases, short forms).

        >>> default_registry().place_at("阿坝州人民政府办公室")
        '阿坝州'
        """
        for n in self._place_lengths:
            if start + n <= len(text) and text[start : start + n] in self.places:
                return text[start : start + n]
        return None

    def nested(self, a: str, b: str) -> bool:
        """Whether one of two places lies in (or is) the other (a county in its city or province).

        >>> default_registry().nested("郑州市", "河南省"), default_registry().nested("郑州市", "洛阳市")
        (True, False)
        """

        def within(inner: str, outer: str) -> bool:
            place = self.places.get(inner)
            return inner == outer or (place is not None and outer in (place.province, place.city))

        return within(a, b) or within(b, a)

    def places_in(self, text: str) -> list[str]:
        """Every place name inside ``text``, longest first (ties in the order the data gives them)."""
        found = {
            text[i : i + n]
            for i in range(len(text))
            for n in self._place_lengths
            if i + n <= len(text) and text[i : i + n] in self.places
        }
        return sorted(found, key=self._place_rank.__getitem__)

    def expand_place(self, name: str, *, places_only: bool = False, context: str | None = None) -> str:
        """``name`` with a short form of a place at its start written out: 阿坝州人民政府 →
        阿坝藏族羌族自治州人民政府, 海淀区… → 北京市海淀区…, also after 中共/共青团.  ``places_only``:
        only short forms ending in a place word (阿坝州, 海淀区; not 广西, 新疆 — 新疆生产建设兵团).
        A district's name that several divisions bear (宝山区: 上海, 双鸭山) is written out as the one
        in the place ``context`` names.

        >>> reg = default_registry()
        >>> reg.expand_place("中共阿坝州委"), reg.expand_place("宝山区消防救援支队", context="上海市宝山区人民政府办公室")
        ('中共阿坝藏族羌族自治州委', '上海市宝山区消防救援支队')
        """
        marker = next((m for m in pt.BEFORE_PLACE if name.startswith(m)), "")
        start = len(marker)
        place = self.place_at(name, start)
        full = self.short_forms.get(place) if place else None
        if place is None and context and self.shared_names:
            place, full = self._shared_district(name, start, context)
        if full is None or (places_only and not place.endswith(pt.PLACE_ENDINGS)):
            return name
        return marker + full + name[start + len(place) :]

    def district_written_out(self, name: str) -> tuple[str, str] | None:
        """(written-out place, bare name) when ``name`` opens with a city district or county the registry wrote out
        from its bare name (丰都县… → 重庆市丰都县…, 海淀区… → 北京市海淀区…): the city before it is the registry's,
        not necessarily the text's; None otherwise (a short form of another shape: 阿坝州 → 阿坝藏族羌族自治州).

        >>> default_registry().district_written_out("北京市海淀区教育委员会")
        ('北京市海淀区', '海淀区')
        """
        if self._bare_districts is None:
            self._bare_districts = {
                full: form for form, full in self.short_forms.items() if full != form and full.endswith(form)
            }
        n = next((n for n in self._place_lengths if name[:n] in self._bare_districts), 0)
        return (name[:n], self._bare_districts[name[:n]]) if n else None

    def _shared_district(self, name: str, start: int, context: str) -> tuple[str | None, str | None]:
        """(bare name, full name) of a district name several divisions bear at ``name[start:]``, the one
        in the city (else the province) the context lies in; (None, None) when none is."""
        bare = next(
            (name[start : start + n] for n in self._shared_lengths if name[start : start + n] in self.shared_names),
            None,
        )
        where = self.place_of(context) if bare else None
        if where is None:
            return None, None
        candidates = [self.places[c] for c in self.shared_names[bare] if c in self.places]
        for same in (lambda p: p.city and p.city == where.city, lambda p: p.province == where.province):
            found = [p.name for p in candidates if same(p)]
            if len(found) == 1:
                return bare, found[0]
        return None, None

    def places_sharing(self, abbreviation: str) -> tuple[str, ...]:
        """The places that share a one-character abbreviation (常: 常德市 and 常州市; 宁: 宁夏, 宁德, 西宁), by
        name; () when one place or none uses it — a doc-number prefix X政发 of a shared X names no place alone.

        >>> default_registry().places_sharing("常"), default_registry().places_sharing("豫")
        (('常州市', '常德市'), ())
        """
        return self._shared_abbreviations.get(abbreviation, ())

    def places_abbreviated(self, abbreviation: str) -> tuple[str, ...]:
        """Every place a one-character abbreviation may name, by name, shared or not, a national body's head too (卫:
        中卫市, though 卫政法发 is 卫生部's): where a number headed by it may come from when the text names its bodies by
        their level alone (卫政办发 over 市人民政府办公室).

        >>> default_registry().places_abbreviated("卫"), default_registry().places_abbreviated("常")
        (('中卫市',), ('常州市', '常德市'))
        """
        return self._abbreviations.get(abbreviation, ())

    def names_place(self, text: str, place: str) -> bool:
        """Whether ``text`` names ``place`` by its name, an alias or its name without its level word (常州市 as
        常州, 宁夏回族自治区 as 宁夏).

        >>> default_registry().names_place("各辖市、区人民政府,常州经开区管委会", "常州市")
        True
        """
        names = [k for k, p in self.places.items() if p.name == place]
        stem = place[:-1] if place.endswith(("省", "市")) and len(place) >= 3 else ""
        return any(n in text for n in (*names, stem) if len(n) >= 2)

    def places_named_by_stem(self, text: str, word: str) -> list[str]:
        """The places ending with the level word ``word`` (市, 县, 区) that ``text`` names by the name before
        that word, written out or not (健康六盘水行动 → 六盘水市; 涉及嘉鱼的 → 嘉鱼县): where a body named by its level
        alone (市人民政府办公室) may belong.  Each as the name plus its level word (a key of ``places``: 洪山区 for
        武汉市洪山区), once, in the order named; names of two to MAX_PLACE_STEM characters.

        >>> default_registry().places_named_by_stem("关于印发健康六盘水行动推进方案的通知", "市")
        ['六盘水市']
        """
        found: dict[str, None] = {}
        for i in range(len(text) - 1):
            for n in range(min(MAX_PLACE_STEM, len(text) - i), 1, -1):
                written = text[i : i + n] + word
                place = self.places.get(written)
                if place is not None and place.name.endswith(word):
                    found.setdefault(written)
                    break
        return list(found)

    def province_named_in(self, text: str) -> str | None:
        """The first province (or municipality, autonomous region) ``text`` names in full: where a text that
        names its bodies only by their level (省卫生健康委) belongs when nothing nearer says so.

        >>> default_registry().province_named_in("贵州省人民政府网 / 省卫生健康委关于…的通知")
        '贵州省'
        """
        if self._province_pattern is None:
            names = sorted(self._provinces_by_length, key=len, reverse=True)
            self._province_pattern = re.compile("|".join(map(re.escape, names)))
        m = self._province_pattern.search(text)
        return m.group(0) if m else None

    def context_province(self, context: str | None) -> str:
        """The province a context lies in; the home province without one."""
        place = self.place_of(context)
        return place.province if place and place.province else self.home_province

    # ------------------------------------------------------------ resolve
    def _variants(self, key: str, context: str | None) -> list[str]:
        """Tolerant forms of a key: spelling variants, then each with its place made explicit, then
        with a short form of its place written out (阿坝州… → 阿坝藏族羌族自治州…)."""
        out = _spelling_variants(key)
        place = self.place_of(context)
        more = [m for v in out for m in self._place_variants(v, context, place)]
        out += more
        out += [pt.BARE_GOV.sub("人民政府", v) for v in more if pt.BARE_GOV.search(v)]
        if self.short_forms:
            out += [self.expand_place(v, context=context) for v in out]
        return list(dict.fromkeys(out))

    def _place_variants(self, v: str, context: str | None, place: Place | None) -> list[str]:
        """河南省郑州市人民政府 → 郑州市人民政府; 省…/市…/区…, a department without its place, 中共省委…
        → with the context's place."""
        out = []
        prov = next((p for p in self._provinces_by_length if v.startswith(p) and len(v) > len(p)), None)
        if prov and self.place_at(v, len(prov)):  # (山西省能源局 is no 能源局 of the nation's: a place must follow)
            out.append(v[len(prov) :])
        if v.startswith("省") and not v.startswith("省辖市"):
            province = self.context_province(context)
            if province:
                out.append(province + v[1:])
        elif v.startswith("自治区"):  # 自治区人民政府 in a text of 新疆 (its number 新政发, its place named)
            province = self.context_province(context)
            if province and province.endswith("自治区"):
                out.append(province + v[3:])
        elif v.startswith("市") and not v.startswith("市场") and place and place.city_of_bodies:
            out.append(place.city_of_bodies + v[1:])
        elif v[:1] in ("区", "县") and place and place.level == "district":
            out.append(place.name + v[1:])
        elif place and not pt.NAME_START.match(v) and v[:1] not in "省市区县":
            out.append(place.name + v)  # 人力资源和社会保障厅 in a line that began with 河南省…
        elif v.startswith(("中共省委", "中共市委", "团省委", "团市委")) and place:  # 团省委办公室 (h69 河南)
            head = v[: v.index("委") - 1]
            target = self.context_province(context) if v[len(head)] == "省" else place.city_of_bodies
            if target:
                out.append(head + target + v[len(head) + 1 :])
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
        variants = self._variants(key, context)  # only when the key itself is no name: variants cost
        if self._pending and self._build_places_named(variants):
            return self._lookup_uncached(key, context)  # the places it names are built now
        for v in variants[1:]:
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
                return self.agencies.get(name) or self.lookup(name, None)  # a division's, built now
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
        text = pt.SEAL_AFTER.sub("", text)  # (某县人民政府(印), 某社区居委会(公章): a signature under its seal)
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


def _place_heads(data: dict) -> tuple[str, ...]:
    """What a department's name may carry before its place: 中共, 国家税务总局, 中国人民银行, 共青团 …
    (the text before {place} in the municipal [[department]] templates)."""
    heads = set()
    for tpl in data.get("department", []):
        for name in (tpl.get("municipal") or "", *tpl.get("municipal_aliases", [])):
            head = name.split("{place}")[0] if "{place}" in name else ""
            if head:
                heads.add(head)
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


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
