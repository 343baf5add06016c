"""What a mention tells about a document cited but not in the corpus: level, place, issuers, year.

A cited-only document is known by the words that cite it: its doc number, its 《title》 and the
sentence around it.  :func:`mention_facts` asks an ordered list of small sources and keeps, for
each fact, the first answer:

1. ``from_number`` — the doc-number prefix's agency (国发 → 国务院, 豫人社 → 河南省人力资源和社会保障厅),
   and the number's year; a local prefix's agency only where the title's head does not name another place
   (``from_number_unless_title_differs``: 大政发 is 大连's or 大理's, the title 大理州人民政府关于… says which);
2. ``from_title_issuers`` — the issuers a title names before 关于 (人力资源社会保障部教育部等10部门关于…);
3. ``from_title_start`` — a national name opening the title (中华人民共和国…, 国务院…, 国家…, 中共中央…);
4. ``from_title_place`` — a province or city named in the title (河南省…条例, 关于深化河南省…的意见),
   else its scope words (全省…, 全市…);
5. ``from_law_form`` — a law or regulation (…法, …条例) naming no place: national, as local ones always
   carry their place;
6. ``from_context_issuers`` — the issuers the sentence names right before the 《title》
   (中共中央办公厅、国务院办公厅印发的《…》), else a national name opening that clause (国家协调劳动关系三方《…》);
7. ``from_context_place`` — a place or scope the sentence names before it (出台郑州市…，印发《…》;
   全省/全市);
8. otherwise national: a policy cited without any place is, in local documents, the central one
   (local documents name their place or scope).

The year is the doc number's; a mention that says the document was issued recently (近期印发《…》)
gives the citing document's year; one that says when it was issued (2012年发布的《…》) or gives a
standard's code with its year (《…标准》(GB3096-2008)) gives that year (:func:`mention_year`).  :func:`title_year` reads the year a title itself carries (an
edition, a plan period); the build uses it last (``year_from: title``).

>>> from policykg.ontology.agencies import default_registry
>>> reg = default_registry()
>>> mention_facts("关于X的意见", DocNumber("国办发", 2021, 22), "", reg)
MentionFacts(national, 中华人民共和国, ('国务院办公厅',), year=2021)
>>> mention_facts("河南省职业培训条例", None, "", reg).level
'provincial'
>>> mention_facts("关于推进X的意见", None, "深入贯彻落实中共中央办公厅、国务院办公厅印发的《关于推进X的意见》", reg).issuers
('中共中央办公厅', '国务院办公厅')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from policykg.keys import issuer_head, title_key
from policykg.loaders.metadata import doc_type_of
from policykg.loaders.models import DocNumber
from policykg.ontology.agencies import NATIONAL_JURISDICTION, Agency, AgencyRegistry

UNKNOWN = "unknown"
NATIONAL = "national"
LEVEL_RANK = ("national", "provincial", "municipal", "district", "unknown")

# A title opening with a national name: 中华人民共和国就业促进法, 国务院关于…, 中共中央 国务院关于…
NATIONAL_TITLE_STARTS = ("中华人民共和国", "国务院", "国家", "全国", "中共中央", "中国共产党", "最高人民")
# A province or city named in a title or sentence: 河南省, 郑州市, 广西壮族自治区 (checked against the
# registry: its government must be known, so 城市 in 数字化转型城市 is no place)
PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,7}?(?:省|自治区|市)")
# A province by its short name opening a title: 河南就业发展报告 (checked as 河南 + 省人民政府)
SHORT_PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,3}?")
# Words a title may open with before the place it is of: 关于印发 / 关于转发 / 关于 (关于印发绩溪县…的通知)
OPENING_WORDS = re.compile(r"(?:关于(?:印发|转发|下发|公布|发布)?)?")
# Document types of laws and regulations: national ones name no place, local ones always do
LAW_FORMS = ("法", "条例")
# Words between an issuer and the 《title》 it issued: 印发的, 关于印发, 联合印发的, 出台的 …
ISSUING_WORDS = re.compile(r"(?:(?:联合)?(?:关于)?(?:印发|发布|出台|制定|转发)(?:了)?的?|关于|的)$")
# Where the clause naming an issuer starts: punctuation and the verbs that introduce a basis (the clause
# is what follows the last of them; found with finditer, so a long text without any stays linear)
CLAUSE_START = re.compile(r"[，。；：！？（）()《》]|根据|依据|按照|依照|落实|贯彻|执行|参照|对照|结合")
# Scope words of a sentence: 全省 / 我省 / 本省 / 省委省政府 → provincial; 全市 / 我市 / 市委市政府 → municipal
SCOPE_WORDS = (
    (re.compile(r"全省|我省|本省|省委|省政府|省人民政府"), "provincial"),
    (re.compile(r"全市|我市|本市|市委|市政府|市人民政府"), "municipal"),
)
# A mention saying the document was issued lately: (该文件近期印发) 落实《…》, 近日印发的《…》
RECENT_WORDS = re.compile(r"(?:近期|近日|日前|新近|最近)(?:印发|出台|发布|制定|下发)")
# A mention of a document attached to the citing one, right after the 《title》: （见附件） （附件2） （模板见附件2）
ATTACHED = re.compile(r"^[》〉]?[（(](?:模板)?(?:见|详见)?附件[\d一二三四五六七八九十]*")
# A year the sentence says the document was issued in, right before its 《title》 (the titles listed
# before it under the same verb aside): 2012年发布的《…》, 1993年6月28日国务院修订发布的《…》、《…》,
# 2009年世界卫生组织出版了《…》, 2014年7月30日原…总局令第4号公布的《…》 (between the year and the verb an issuer
# or its order number, never another year or a verb of the citing text)
ISSUED_IN_YEAR = re.compile(
    r"(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?P<who>[^年，。；：！？《》（）()]{0,20}?)"
    r"(?:修订|修改|联合)?(?:印发|发布|出台|制定|颁布|出版|公布)(?:了|的)?$"
)
# A 《title》 in a sentence (its title_key is compared with the cited title's)
BRACKETED_TITLE = re.compile(r"《[^《》]*》")
# Titles listed before the mention under one verb: …发布的《A》、《B》和《C》 (stripped to reach the verb)
LISTED_TITLES = re.compile(r"(?:《[^《》]*》[、和及与]*)+$")
# Words of the citing text, not of an issuer, between a year and an issuing verb: 2023年要认真落实国务院印发的《…》
CITING_VERBS = re.compile(r"根据|依据|按照|依照|落实|贯彻|执行|参照|对照|结合|要|将|继续|进一步|以来")
# A standard's code right after its 《title》, with the year it was issued: 《区域环境噪声标准》(GB3096-2008),
# （SB/T10390—2004）, （DB42/321—2005）, (NY/1167-2006), (GB/T 4754-2017)
STANDARD_CODE_YEAR = re.compile(
    r"^[》〉]?[（(][A-Z]{1,4}(?:\d{2})?(?:/[A-Z])?/?[\d.]+[—–\-－]+(?P<year>(?:19|20)\d{2})[）)]"
)
# Years a title carries, in the order tried:
# （2021年版） （2017） — an edition;
EDITION_YEAR = re.compile(r"[（(](?P<year>(?:19|20)\d{2})(?:年版?)?[）)]")
# （2019—2021年） 2024——2035年 2023-2025 — a plan period: its first year;
PERIOD_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年?\s*[—–\-~至]+\s*(?:19|20)\d{2}")
# 2025年度第一批…, 2023年…工作要点 — the year a title is about;
TITLE_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年")
# “十四五”…规划 — a five-year plan period: its first year.
FIVE_YEAR_PLAN = re.compile(r"十(?P<n>[一二三四五六七八九])五")
FIVE_YEAR_STARTS = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026}  # 十一五 … 十五五
# How far before the 《title》 the sentence is read for issuers and places.
CONTEXT_CHARS = 40


@dataclass(frozen=True)
class MentionFacts:
    """What the mentions of a cited document say about it (each field None/empty when they do not)."""

    level: str = UNKNOWN
    jurisdiction: str | None = None
    issuers: tuple[str, ...] = ()
    year: int | None = None

    def __repr__(self) -> str:
        year = f", year={self.year}" if self.year else ""
        return f"MentionFacts({self.level}, {self.jurisdiction}, {self.issuers}{year})"

    def merged(self, other: MentionFacts) -> MentionFacts:
        """These facts, gaps filled from ``other`` (its issuers only when they are of the same level)."""
        level = self.level if self.level != UNKNOWN else other.level
        same = other.level in (level, UNKNOWN)
        return MentionFacts(
            level,
            self.jurisdiction if self.level != UNKNOWN else other.jurisdiction,
            self.issuers or (other.issuers if same else ()),
            self.year or other.year,
        )


def title_year(title: str) -> int | None:
    """The year a title itself carries: an edition, the first year of a plan period, a year it is
    about, a five-year plan's first year (None without any).

    >>> [title_year(t) for t in ("资源综合利用企业所得税优惠目录（2021年版）", "职业技能提升行动方案（2019—2021年）",
    ...                          "“十四五”促进中小企业发展规划", "高效办成一件事2025年度第一批重点事项清单", "X办法")]
    [2021, 2019, 2021, 2025, None]
    """
    key = title_key(title)
    for pattern in (EDITION_YEAR, PERIOD_YEAR, TITLE_YEAR):
        m = pattern.search(key)
        if m:
            return int(m.group("year"))
    m = FIVE_YEAR_PLAN.search(key)
    return FIVE_YEAR_STARTS.get(m.group("n")) if m else None


@dataclass(frozen=True)
class Mention:
    """The words that cite a document: its title, its doc number, the sentence before the 《title》."""

    title: str
    number: DocNumber | None
    before: str  # the sentence up to the mention (CONTEXT_CHARS at most)
    place: str | None = None  # the citing document's place: what a bare 省…/市… it names means (省民政厅)


Source = Callable[[Mention, AgencyRegistry], MentionFacts]


def _of_agencies(agencies: list[Agency]) -> MentionFacts:
    """Facts of the issuers named: the highest-ranked one's level and place, every name."""
    if not agencies:
        return MentionFacts()
    top = min(agencies, key=lambda a: LEVEL_RANK.index(a.level))
    return MentionFacts(top.level, top.jurisdiction or None, tuple(dict.fromkeys(a.name for a in agencies)))


def _agencies(names: list[str], registry: AgencyRegistry, place: str | None = None) -> list[Agency]:
    """The agencies of ``names``, bare 省…/市… forms read in ``place`` (the citing document's)."""
    return [registry.resolve(n, context=place) or registry.guess(n, context=place) for n in names]


def from_number(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    """The agency of the number's prefix (standard and order numbers) and the number's year."""
    n = m.number
    if n is None:
        return MentionFacts()
    agency = registry.for_prefix(n.prefix) if n.prefix and n.kind in ("standard", "order") else None
    facts = _of_agencies([agency] if agency else [])
    return replace(facts, year=n.year)


def from_number_unless_title_differs(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    """The number's facts, unless its prefix names a local body and the title opens with a place outside that
    body's (and not holding it): a prefix is an abbreviation several places share (大政发 大连's or 大理's, 汕府
    汕头's or 汕尾's, 鄂府发 湖北's or 鄂尔多斯's), 省政府令 any province's; a title that opens with its place
    writes it out.  Then only the number's year is kept.  A place inside the body's (鄂政发 over 武汉市…规划, a
    province's text on its city) keeps the number's body.

    >>> from policykg.ontology.agencies import default_registry
    >>> reg = default_registry()
    >>> from_number_unless_title_differs(Mention("汕尾市人民政府关于印发X方案的通知", DocNumber("汕府", 2019, 34), ""), reg)
    MentionFacts(unknown, None, (), year=2019)
    >>> from_number_unless_title_differs(Mention("汕头市X方案", DocNumber("汕府", 2019, 34), ""), reg).jurisdiction
    '汕头市'
    """
    facts = from_number(m, registry)
    if facts.level in (UNKNOWN, NATIONAL) or not facts.jurisdiction or not m.title:
        return facts
    key = title_key(m.title)
    opening = opening_place(key, registry) if not OPENING_WORDS.match(key).end() else MentionFacts()
    if opening.jurisdiction is None or registry.nested(opening.jurisdiction, facts.jurisdiction):
        return facts
    return MentionFacts(year=facts.year)


def from_title_issuers(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    """The issuers a title names before 关于."""
    head = issuer_head(m.title)
    if not head or not registry.looks_like_agency(head):
        return MentionFacts()
    return _of_agencies(_agencies(registry.split_issuers(head), registry, m.place))


def from_title_start(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    national = title_key(m.title).startswith(NATIONAL_TITLE_STARTS)
    return MentionFacts(NATIONAL, NATIONAL_JURISDICTION) if national else MentionFacts()


def place_in(text: str, registry: AgencyRegistry, *, short_start: bool = False) -> MentionFacts:
    """The first province or city ``text`` names whose government the registry knows.

    >>> from policykg.ontology.agencies import default_registry
    >>> place_in("关于深化河南省现代职业教育的意见", default_registry())
    MentionFacts(provincial, 河南省, ())
    >>> place_in("中小企业数字化转型城市试点实施指南", default_registry()).level
    'unknown'
    """
    for start in range(len(text)):
        match = PLACE_NAME.match(text, start)
        if match:
            government = registry.resolve(match.group(0) + "人民政府")
            if government is not None and government.level != NATIONAL:
                return MentionFacts(government.level, government.jurisdiction or None)
    short = SHORT_PROVINCE.match(text) if short_start else None
    if short:
        for end in range(2, 4):
            government = registry.resolve(text[:end] + "省人民政府")
            if government is not None and government.level == "provincial":
                return MentionFacts(government.level, government.jurisdiction or None)
    return MentionFacts()


def scope_of(text: str) -> MentionFacts:
    """The level the scope words of ``text`` name (全省 → provincial, 全市 → municipal), else unknown."""
    for pattern, level in SCOPE_WORDS:
        if pattern.search(text):
            return MentionFacts(level)
    return MentionFacts()


def opening_place(title: str, registry: AgencyRegistry) -> MentionFacts:
    """The place a title opens with (after 关于 / 关于印发 …), as deep as it is written out: a county, a
    district or a town's county as well as a province or city (长沙县…预案, 昆明市官渡区…规划, 西藏林芝市…规划,
    关于印发绩溪县…的通知), when the registry knows its government.

    >>> from policykg.ontology.agencies import default_registry
    >>> reg = default_registry()
    >>> [opening_place(t, reg).level for t in ("长沙县突发事件总体应急预案", "关于印发昆明市官渡区X规划的通知", "西藏林芝市X规划")]
    ['district', 'district', 'municipal']
    >>> opening_place("关于开展X活动的通知", reg).level
    'unknown'
    """
    at = OPENING_WORDS.match(title).end()
    found = MentionFacts()
    for _ in range(3):  # 西藏 林芝市 …: each place written right after the one before it, deeper
        place = registry.place_at(title, at)
        government = registry.resolve(place + "人民政府") if place else None
        if government is None or government.level == NATIONAL:
            break
        if LEVEL_RANK.index(government.level) > LEVEL_RANK.index(found.level if found.level != UNKNOWN else NATIONAL):
            found = MentionFacts(government.level, government.jurisdiction or None)
        at += len(place)
    return found


def from_title_place(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    key = title_key(m.title)
    found = opening_place(key, registry)
    if found.level == UNKNOWN:
        found = place_in(key, registry, short_start=True)
    return found if found.level != UNKNOWN else scope_of(key)


def from_law_form(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    is_law = doc_type_of(title_key(m.title)) in LAW_FORMS
    return MentionFacts(NATIONAL, NATIONAL_JURISDICTION) if is_law else MentionFacts()


def context_clause(before: str) -> str:
    """The clause of a sentence ending at the mention, less the issuing words before the 《title》.

    >>> context_clause("深入贯彻落实中共中央办公厅、国务院办公厅印发的")
    '中共中央办公厅、国务院办公厅'
    """
    ends = [m.end() for m in CLAUSE_START.finditer(before)]
    clause = before[ends[-1] :] if ends else before
    return ISSUING_WORDS.sub("", clause).strip()


def issuers_ending(text: str, registry: AgencyRegistry, place: str | None = None) -> tuple[str, ...]:
    """The canonical names of the agencies ``text`` ends with: its longest tail made of names the
    registry knows (a tail of unknown names may be a sentence that ends like one); bare 省…/市… forms
    are ``place``'s (the citing document's: 省民政厅 in a text of 甘肃 is 甘肃省民政厅), else the home province's.

    >>> from policykg.ontology.agencies import default_registry
    >>> issuers_ending("根据国家税务总局", default_registry())
    ('国家税务总局',)
    """
    for start in range(len(text) - 1):
        tail = text[start:]
        if not registry.looks_like_agency(tail):
            continue
        known = [registry.resolve(n, context=place) for n in registry.split_issuers(tail)]
        if known and all(known):
            return _of_agencies(known).issuers
    return ()


def from_context_issuers(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    """The issuers named right before the 《title》 (中共中央办公厅、国务院办公厅印发的《…》)."""
    clause = context_clause(m.before)
    names = issuers_ending(clause, registry, m.place)
    if not names and clause.startswith(NATIONAL_TITLE_STARTS):
        return MentionFacts(NATIONAL, NATIONAL_JURISDICTION)
    return _of_agencies(_agencies(list(names), registry, m.place))


def from_context_place(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    """A place the sentence names before the mention, else its scope words (全省 / 全市)."""
    found = place_in(m.before, registry)
    return found if found.level != UNKNOWN else scope_of(m.before)


def from_default(m: Mention, registry: AgencyRegistry) -> MentionFacts:
    return MentionFacts(NATIONAL, NATIONAL_JURISDICTION) if m.title else MentionFacts()


SOURCES: tuple[Source, ...] = (
    from_number_unless_title_differs,
    from_title_issuers,
    from_title_start,
    from_title_place,
    from_law_form,
    from_context_issuers,
    from_context_place,
    from_default,
)


def text_before(sentence: str, title: str | None, number: DocNumber | None) -> str:
    """The part of ``sentence`` before the mention of ``title`` (else of the number), CONTEXT_CHARS at most.

    >>> text_before("根据国务院办公厅印发的《职业技能提升行动方案》，制定本方案", "职业技能提升行动方案", None)
    '根据国务院办公厅印发的'
    """
    compact = "".join(sentence.split())
    at = -1
    if title:
        at = compact.find("《" + title_key(title)[:4])
        if at < 0:
            at = compact.find(title_key(title)[:4])
    if at < 0 and number is not None:
        at = compact.find(str(number.year or number.serial))
    return compact[max(0, at - CONTEXT_CHARS) : at] if at > 0 else ""


def issued_lately(sentence: str) -> bool:
    """Whether the sentence says the cited document was issued lately: its year is the citing one's.

    >>> issued_lately("(该文件近期印发)3. 落实《X方案》相关内容。"), issued_lately("落实《X方案》")
    (True, False)
    """
    return bool(RECENT_WORDS.search("".join(sentence.split())))


def attached(sentence: str, title: str | None) -> bool:
    """Whether the sentence says the cited document is attached to the citing one (issued with it).

    >>> attached("应按照《X规程》(见附件，以下简称规程)要求", "X规程"), attached("根据《X规程》要求", "X规程")
    (True, False)
    """
    if not title:
        return False
    compact, key = "".join(sentence.split()), title_key(title)
    at = compact.find(key)
    return at >= 0 and bool(ATTACHED.match(compact[at + len(key) :]))


def _title_at(compact: str, title: str) -> tuple[int, int]:
    """Where ``title`` stands in a compact sentence: (its 《, its 》), (-1, -1) when no 《…》 of it is there."""
    key = title_key(title)
    for m in BRACKETED_TITLE.finditer(compact):
        if title_key(m.group(0)) == key:
            return m.start(), m.end() - 1
    return -1, -1


def mention_year(sentence: str, title: str | None) -> int | None:
    """The year of issue the sentence gives the document it cites as ``title``: a year before the verb
    that issued it (2012年发布的《…》), else the year of a standard's code after it ((GB3096-2008)).

    >>> mention_year("1993年6月28日国务院修订发布的《A条例》、《B条例》和《C条例》同时废止", "C条例")
    1993
    >>> mention_year("噪声超过《区域环境噪声标准》(GB3096-2008)。", "区域环境噪声标准")
    2008
    >>> mention_year("2023年要认真落实国务院印发的《X方案》", "X方案"), mention_year("应属于《Y分类》（GB/T 4754）", "Y分类")
    (None, None)
    """
    if not title:
        return None
    compact = "".join(sentence.split())
    at, end = _title_at(compact, title)
    if at < 0:
        return None
    before = LISTED_TITLES.sub("", compact[:at])
    m = ISSUED_IN_YEAR.search(before)
    if m and not CITING_VERBS.search(m["who"]):
        return int(m["year"])
    m = STANDARD_CODE_YEAR.match(compact[end:])
    return int(m["year"]) if m else None


# The sources that read a document's own title and number, no citing sentence and no default.
TITLE_SOURCES: tuple[Source, ...] = (
    from_number_unless_title_differs,
    from_title_issuers,
    from_title_start,
    from_title_place,
    from_law_form,
)


def title_facts(title: str, number: DocNumber | None, registry: AgencyRegistry) -> MentionFacts:
    """What a document's own title and number tell of its level and place: a text in the corpus that
    names no issuer (长沙县突发事件总体应急预案 printed alone is the county's; 关于开展X活动的通知 says nothing).

    >>> from policykg.ontology.agencies import default_registry
    >>> reg = default_registry()
    >>> title_facts("长沙县突发事件总体应急预案", None, reg), title_facts("关于开展X活动的通知", None, reg).level
    (MentionFacts(district, 长沙县, ()), 'unknown')
    """
    m = Mention(title, number, "")
    facts = MentionFacts()
    for source in TITLE_SOURCES:
        facts = facts.merged(source(m, registry))
        if facts.level != UNKNOWN:
            break
    return facts


def mention_facts(
    title: str | None, number: DocNumber | None, sentence: str, registry: AgencyRegistry, place: str | None = None
) -> MentionFacts:
    """What the mention says: each fact from the first source that gives it (see the module docstring);
    ``place`` is the citing document's, where the bare 省…/市… forms it names belong."""
    m = Mention(title or "", number, text_before(sentence, title, number), place)
    facts = MentionFacts()
    for source in SOURCES:
        if not m.title and source is not from_number_unless_title_differs:
            break
        facts = facts.merged(source(m, registry))
        if facts.level != UNKNOWN and facts.issuers and facts.year:
            break
    return facts
