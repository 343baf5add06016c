"""Every pattern of agency names, built from the registry's data, and the keys names are matched by.

The words come from ``agencies.toml``: its ``[names]`` table (endings, place endings, how names
begin) and its national ``[[agency]]`` rows.  This module only assembles them; the loaders
(:mod:`policykg.loaders.regexes`) and the registry import the result, so an ending, a place word
or a national body is added in one place.

Generated alternations are literals, longest first, inside bounded quantifiers: matching stays
linear in the text.  A run of names (``issuers…关于``) is checked by :func:`run_of_names`, a
left-to-right scan, not by a repeated group.

>>> bool(AGENCY_START.match("河南省人力资源和社会保障厅关于…"))
True
>>> bool(NATIONAL_START.match("人力资源社会保障部办公厅"))
True
>>> name_key(" 教 育 部 文件")
'教育部'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from policykg.ontology.agencies.records import RegistryError, registry_data

CJK = r"\u4e00-\u9fff"


# ---------------------------------------------------------------- the registry's words
def _names_table() -> dict:
    table = registry_data().get("names")
    if not isinstance(table, dict):
        raise RegistryError("agencies.toml: the [names] table is missing")
    return table


def _words(table: dict, key: str) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise RegistryError(f"agencies.toml: [names] {key} must be a non-empty list of strings")
    return tuple(value)


def _subset(table: dict, key: str, of: tuple[str, ...]) -> tuple[str, ...]:
    words = _words(table, key)
    stray = [w for w in words if w not in of]
    if stray:
        raise RegistryError(f"agencies.toml: [names] {key} holds words that are not endings: {stray}")
    return words


def _national_names(rows: Iterable[dict]) -> tuple[str, ...]:
    """Names, aliases and offices of the national [[agency]] rows, of three characters or more:
    two-character short forms (人行, 央行, 国办) start too many other words (人行道) to mark a name."""
    out: list[str] = []
    for row in rows:
        if row.get("level") != "national":
            continue
        out += [row.get("name", ""), *row.get("aliases", []), row.get("office", ""), *row.get("office_aliases", [])]
    return tuple(n for n in out if len(n) >= 3)


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Distinct words, longest first (ties in code-point order).

    >>> longest_first(["厅", "办公厅", "局", "厅"])
    ('办公厅', '厅', '局')
    """
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of literal words, longest first.

    >>> alternation(["局", "总局"])
    '(?:总局|局)'
    """
    return "(?:" + "|".join(re.escape(w) for w in longest_first(words)) + ")"


_NAMES = _names_table()

# Endings of agency names — the one list (人民政府, 办公厅, 委员会, 厅, 局 …), longest first.
ENDINGS: tuple[str, ...] = longest_first(_words(_NAMES, "endings"))
# Endings that alone make a line an agency line (looks_like_agency): 人民政府, 办公厅, 厅, 局 …
# 员会 / 政府 / 公室 …: the tail of a longer ending, which no name starts with — a piece starting so was cut
# through a name (中共…工作委 | 员会…)
ENDING_TAILS: tuple[str, ...] = tuple(sorted({e[k:] for e in ENDINGS if len(e) >= 3 for k in range(1, len(e) - 1)}))

STRONG_ENDINGS: tuple[str, ...] = _subset(_NAMES, "strong_endings", ENDINGS)
# Endings of a national ministry or administration: 部, 总局, 署, 总署.
NATIONAL_ENDINGS: tuple[str, ...] = _subset(_NAMES, "national_endings", ENDINGS)
# Endings of a body that passes a law or rule: 人民代表大会, 人民政府, 委员会, 部 …
PASSING_ENDINGS: tuple[str, ...] = _subset(_NAMES, "passing_endings", ENDINGS)
# Place endings by level: 省 自治区 / 市 自治州 州 盟 / 区 县 旗.
PROVINCIAL_PLACE_ENDINGS = _words(_NAMES, "provincial_place_endings")
MUNICIPAL_PLACE_ENDINGS = _words(_NAMES, "municipal_place_endings")
DISTRICT_PLACE_ENDINGS = _words(_NAMES, "district_place_endings")
PLACE_ENDINGS = longest_first((*PROVINCIAL_PLACE_ENDINGS, *MUNICIPAL_PLACE_ENDINGS, *DISTRICT_PLACE_ENDINGS))
# 社区, 园区, 景区 … — end like a district, name no place.
NOT_DISTRICTS: tuple[str, ...] = _words(_NAMES, "not_districts")
# 干部 — ends like an agency (部), names people: no issuer ends so (村级干部).
NOT_AGENCIES: tuple[str, ...] = _words(_NAMES, "not_agencies")
# 国务院…, 国家…, 中国…, 最高人民… and every national body of the registry (人力资源社会保障部, 海关总署 …).
NATIONAL_NAMES: tuple[str, ...] = longest_first(
    (*_words(_NAMES, "national_starts"), *_national_names(registry_data().get("agency", [])))
)
# 中共…, 共青团…, 中华…, 国家… — where an agency name of any level may begin besides a place.
NAME_STARTS: tuple[str, ...] = longest_first(_words(_NAMES, "name_starts"))
# 中共 / 共青团 / 国家税务总局 before a place: 中共河南省委, 国家税务总局河南省税务局.
BEFORE_PLACE: tuple[str, ...] = _words(_NAMES, "before_place")

# ---------------------------------------------------------------- places
# 河南省 / 郑州市 / 禹王台区 / 新疆维吾尔自治区 / 锡林郭勒盟 — a place name: the one place pattern.
PLACE = rf"[{CJK}]{{1,9}}?{alternation(PLACE_ENDINGS)}"
# 第二师22团 / 第八师石河子市 / 新疆生产建设兵团第一师 / 第四师六十八团 — a division (师) of the Xinjiang production
# and construction corps, its city or a regiment (团场) after it: a place before a body's name (h276 第二师22团城镇
# 管理服务中心); the division's ordinal in Chinese numerals, the regiment's in either
CORPS_PLACE = (
    rf"(?:新疆生产建设兵团)?第[一二三四五六七八九十]{{1,3}}师(?:[{CJK}]{{2,4}}?市)?"
    r"(?:[一二三四五六七八九十百零〇\d]{1,4}团(?!体|队|结|员|委|市))?"
)
# 省人社厅 / 市政府 / 区财政局 — a place named by its level alone (市场监管局 is no 市).
BARE_PLACE = r"(?:[省区县](?![域级])|市(?![场域级]))"  # (县域经济…领导小组 is no 县, h30)
# 市 / 省 / 区 / 县 starting a body named by its level alone: 市税务局 (not 市场监管局)
BARE_PLACE_START = re.compile(BARE_PLACE)
# 湘西高新区应急管理局 → 湘西高新技术产业开发区应急管理局: a zone's short name (after two to six characters of its
# place's) and its full form; a party body (中共…高新区党工委) keeps its name as printed
ZONE_FULL_FORMS: dict[str, str] = dict(zip(_words(_NAMES, "zone_short_forms"), _words(_NAMES, "zone_full_forms")))
ZONE_SHORT_NAME = re.compile(rf"^(?!中共)([{CJK}]{{2,6}}?)({alternation(ZONE_FULL_FORMS)})(?=[{CJK}]{{2}})")
# 石泉县纪委监委 → 石泉县纪委, 石泉县监委: a joint short form of two bodies housed together (see agencies.toml), and
# the short forms of its bodies, the place before it shared
JOINT_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    k: tuple(v.split("、"))
    for k, v in zip(_words(_NAMES, "joint_short_forms"), _words(_NAMES, "joint_short_parts"), strict=True)
}


def joint_parts(name: str) -> list[str]:
    """``name`` as the bodies a joint short form at its end stands for, the place before it shared (石泉县纪委监委 →
    石泉县纪委, 石泉县监委); ``[name]`` when it ends in none."""
    for form in sorted(JOINT_SHORT_FORMS, key=len, reverse=True):
        if name.endswith(form) and len(name) > len(form):
            head = name[: -len(form)]
            return [head + part for part in JOINT_SHORT_FORMS[form]]
    return [name]


# "平顶山市中心支行", "河南省分行", "郑州海关"… — a place at the start (a national body's branch).
PLACE_START = re.compile(r"^" + PLACE)
# …省 / …自治州 / …县 at the end of a text: a place's name closes it (凉山彝族自治州 before a national title)
PLACE_END = re.compile(alternation(PLACE_ENDINGS) + r"$")
# "郑州市人社局" → 郑州市 — a city at the start; not 市场监管局 / 城市管理局 (two characters at least).
CITY_START = re.compile(rf"^([{CJK}]{{2,6}}?市)(?!场)")
# "禹王台区…", "兰考县…", "郑州高新技术产业开发区管委会" — a district or county at the start (not 区级, 区域).
DISTRICT_START = re.compile(rf"^([{CJK}]{{1,10}}?{alternation(DISTRICT_PLACE_ENDINGS)})(?![级域])")

# ---------------------------------------------------------------- names
# "国务院办公厅", "国家税务总局", "人力资源社会保障部", "中国人民银行" — a national body's name at the start.
NATIONAL_START = re.compile(r"^" + alternation(NATIONAL_NAMES))
# As NATIONAL_START, for guessing a level: "中国共产党河南省委员会" is no national body.
NATIONAL_NAME = re.compile(rf"^(?!中国共产党[{CJK}]{{2,}}[省市])" + alternation(NATIONAL_NAMES))
# "财政部", "海关总署", "教育部办公厅" — a national ministry's ending.
NATIONAL_ENDING = re.compile(alternation(NATIONAL_ENDINGS) + r"(?:办公厅|办公室)?$")
# 园洲镇应急管理办 / 某乡农业服务中心 / 某街道财政所 — a town's, township's or street's own office, named with a weak
# ending (办, 中心, 所, 站, 指挥部) after its town (h209 园洲): the town starts the name (not 城乡…, 乡镇…, 乡村…)
TOWN_OFFICE_START = (
    rf"[{CJK}]{{2,6}}?(?:(?<![城乡])镇|(?<!城)乡(?![镇村])|街道)(?=[{CJK}]{{1,12}}?(?:办|中心|所|站|指挥部)$)"
)
# "中共…", "国家…", "省…", "郑州市…" — where an agency name may start when the registry does not know it.
NAME_START = re.compile(
    r"^(?:"
    + alternation(NAME_STARTS)
    + "|"
    + BARE_PLACE
    + "|"
    + PLACE
    + "|"
    + TOWN_OFFICE_START
    + "|"
    + CORPS_PLACE
    + ")"
)
# "河南省人民政府办公厅", "中共平顶山市委组织部", "国家税务总局", "省人社厅" — one agency name: a party
# prefix, a place or a national name, then at most 30 characters up to an agency ending.
# 大张庄镇人民政府 / 东湖街道办事处 — a town or street office named without its county (h68): only before
# its government's words (镇 and 乡 end too many other words: 城乡建设局, 乡镇)
TOWN_BEFORE_GOVERNMENT = rf"[{CJK}]{{2,6}}?(?:镇|乡|街道)(?=人民政府|党委|办事处|党工委|委员会)"
# 玉龙社区居委会 / 某某社区居民委员会 / 某村村民委员会 / 某村委会 — a community or village named without its town, only
# before its committee's words (社区 and 村 end too many other words: 社区服务中心, 乡村振兴局): the residents' or
# villagers' committee, which signs its own notices (and its election committee: …居委会居民选举委员会, h289 玉龙)
COMMUNITY_BEFORE_COMMITTEE = rf"[{CJK}]{{2,8}}?(?:社区|村)(?=居民委员会|居委会|村民委员会|村委会|委员会)"
# 垫江县坪山镇 / 山福镇 / 某某街道 — a town, township or street named alone (a portal's 发布机构, h68 垫江): its
# government's or street office's page
# 中共城关镇委员会 → 城关镇 — a town after a party prefix, before its committee's or government's words (h68 城关镇)
TOWN_START = re.compile(r"^" + TOWN_BEFORE_GOVERNMENT)
TOWN_ALONE = re.compile(rf"^[{CJK}]{{2,14}}?(?P<town>镇|乡|街道)$")


def town_government(name: str) -> str | None:
    """The body of a town, township or street named alone: 垫江县坪山镇 → 垫江县坪山镇人民政府, 东湖街道 →
    东湖街道办事处; None for any other name."""
    m = TOWN_ALONE.match(name)
    if m is None:
        return None
    return name + ("办事处" if m.group("town") == "街道" else "人民政府")


AGENCY_NAME = re.compile(
    r"(?:中共|中国共产党)?(?:"
    + PLACE
    + "|"
    + TOWN_BEFORE_GOVERNMENT
    + "|"
    + COMMUNITY_BEFORE_COMMITTEE
    + "|"
    + CORPS_PLACE
    + "|"
    + BARE_PLACE
    + "|"
    + alternation(NATIONAL_NAMES)
    + rf")[{CJK}（）“”、]{{0,30}}?"
    + alternation(ENDINGS)
)
# The start of an agency name: "河南省人民政府办公厅", "中共平顶山市委组织部", "国家税务总局" …
AGENCY_START = re.compile(r"^" + AGENCY_NAME.pattern)
# Longest text one AGENCY_NAME can match: party prefix + longest start + filler + longest ending.
AGENCY_NAME_MAX = 5 + max(12, max(len(n) for n in NATIONAL_NAMES)) + 30 + max(len(e) for e in ENDINGS)
_ENDING_CHARS = frozenset(e[-1] for e in ENDINGS)

# ---------------------------------------------------------------- doc numbers
# 国, 财, 人社部, 工信 … — the heads of national doc-number prefixes (agencies.toml [names]).
NATIONAL_PREFIX_HEADS: tuple[str, ...] = _words(_NAMES, "national_prefix_heads")
# 国发, 财税, 人社部发, 工信厅… — the head of a national body's doc-number prefix.
NATIONAL_PREFIX = re.compile(r"^" + alternation(NATIONAL_PREFIX_HEADS))

# ---------------------------------------------------------------- name keys
# characters dropped before matching: spaces (also full-width), quotes, markdown emphasis/headings
# "教 育 部" → 教育部; "**河南省协调劳动关系三方委员会" → 河南省协调劳动关系三方委员会
DROP = re.compile(r"[\s\u3000\u00a0“”‘’\"'「」『』*#|]")
# a header's trailing 文件 / signature decoration: "河南省人力资源和社会保障厅文件", "（印）"
TRAILER = re.compile(r"(?:文件|[（(](?:印|盖章|公章|章)[）)])$")
# 政府 written without 人民: "河南省政府办公厅" → 河南省人民政府办公厅
BARE_GOV = re.compile(r"(?<!人民)政府")
# a congress's session: "第十三届" / "十二届" → dropped when matching
SESSION = re.compile(r"第?[一二三四五六七八九十百零〇\d]{1,8}届")  # bounded: a run of digits stays linear
# doc-number prefix followed by its year bracket or serial: "豫人社就业〔2023〕5号" → 豫人社就业
PREFIX_TAIL = re.compile(r"[〔\[［(（{【].*$|\d.*$")
# a 令 / 公告 doc-number prefix naming its body: "河南省人民政府令" → 河南省人民政府
ORDER_SUFFIX = re.compile(r"(?:令|公告|文件)$")


def compact_name(text: str) -> str:
    """Drop spaces, quotes and markdown marks: " 教 育 部 " → 教育部."""
    return DROP.sub("", text)


def name_key(text: str) -> str:
    """The form a name is looked up by: compact, without a trailing 文件 or seal mark."""
    return TRAILER.sub("", compact_name(text))


def loose_key(key: str) -> str:
    """Key without 中华人民共和国 and 和: 人力资源和社会保障部 ≡ 人力资源社会保障部 — but a 和 that opens the name
    (after 中共) is a place's, no conjunction: 和县人民政府办公室 is never 县人民政府办公室, the office of whatever
    county a text names (中共和县委 never 中共县委).

    >>> loose_key("人力资源和社会保障部"), loose_key("和县人民政府办公室"), loose_key("中共和县委")
    ('人力资源社会保障部', '和县人民政府办公室', '中共和县委')
    """
    if key.startswith("中华人民共和国") and len(key) > 7:
        key = key[7:]
    head = 3 if key.startswith("中共和") else 1
    return key[:head] + key[head:].replace("和", "")


# ---------------------------------------------------------------- issuer lines
# separators and decorations between joint issuers: "财政部、税务总局", "… 文件 …", "…公告"
NOISE_WORDS: tuple[str, ...] = ("联合发文", "文件", "公告", "联合", "、", "，", ",", "；", ";", "和", "及", "与", "暨")
# what may follow a registry name and still be its document: 河南省人力资源和社会保障厅办公室 / …文件
DERIVED_SUFFIXES = ("办公厅", "办公室", "文件")
# 分局 / 支队 / 大队 — a local body's unit for a district or zone, named after its parent without the place's
# city (泉州市公安局经济技术开发区分局, 某市公安局金水区分局, h144 泉州)
BRANCH_UNITS = ("分局", "支队", "大队")
# characters that never occur in agency names but do in sentences and titles
STOP_CHARS = frozenset("的了是把被将应要等或并于为以从向其该此由按如若对在请")
# words of agency names that hold a STOP_CHARS character: 应急管理局, 对外贸易经济合作局 (h84 龙陵); a task group
# named by what it copes with, 玉林市应对气候变化…领导小组办公室 (h148), 拉萨市应对疫情工作领导小组办公室 (h88); a 2020
# command named by the disease, 武汉市新型冠状病毒感染的肺炎疫情防控指挥部 (h144); an office carrying out a plan
# outline (纲要), 全民科学素质纲要实施工作办公室 (h69)
STOP_WORDS_OK = re.compile(r"应急|应对|对外|感染的肺炎|纲要")
# punctuation and digits: never inside an agency name ("关于", "（2023）", "1.") — but a corps regiment's number
# before 团 (第二师22团城镇管理服务中心, h276)
PUNCT = re.compile(r"[，。；：？！、《》〈〉（）()\[\]【】〔〕０-９%％—…+＋=/<>:;,.!?~]|\d(?!\d{0,3}团)")
# 恒口示范区（试验区）: a zone's other name in brackets right after it, part of its bodies' names (h68 安康)
ZONE_OTHER_NAME = re.compile(rf"(?<=区)[（(][{CJK}]{{2,8}}区[）)]")
# never in an issuer line: digits (dates), sentence punctuation, title brackets
# (a line opening with 和 is a list's tail, 和各区县… — unless a place's name opens so: 和硕县气象局, 和田市财政局, 和平区…)
# (digits before 团 are a corps regiment's number: 第二师22团城镇管理服务中心, h276)
NOT_ISSUER = re.compile(
    r"\d(?!\d{0,3}团)|[０-９，。；：？！《》+＋=/<>:;!?]|关于|^[、，,及与]|^和(?:各|(?![\u4e00-\u9fff]{1,2}[市县区州旗]))|[、，,和及与]$"
)
# a seal mark after a signature: "河南省人民政府办公厅（印）" / "某社区居委会(公章)"
SEAL = re.compile(r"[（(](?:印|盖章|公章|章)[）)]")
# the same mark closing a line: 某社区居委会(公章) (h289 玉龙)
SEAL_AFTER = re.compile(SEAL.pattern + r"\s{0,3}$")


# ---------------------------------------------------------------- runs of names
def run_of_names(
    text: str,
    piece: re.Pattern[str],
    *,
    max_piece: int,
    end_chars: frozenset[str] | None = None,
    starts: Iterable[int] = (0,),
) -> set[int]:
    """Positions ``p`` such that ``text[s:p]`` is one or more whole ``piece`` matches in a row,
    for some ``s`` of ``starts``.

    The linear-time stand-in for ``(?:piece)+``: each position is reached once and each piece
    tried only up to ``max_piece`` characters (and only where its last character is in
    ``end_chars``), so a long line that almost matches costs no backtracking.

    >>> sorted(run_of_names("财政部教育部关于", re.compile("[^关]{1,2}部"), max_piece=3))
    [3, 6]
    """
    reached: set[int] = set()
    todo = list(starts)
    seen = set(todo)
    while todo:
        i = todo.pop()
        for j in range(i + 1, min(len(text), i + max_piece) + 1):
            if end_chars is not None and text[j - 1] not in end_chars:
                continue
            if j not in reached and piece.fullmatch(text, i, j):
                reached.add(j)
                if j not in seen:
                    seen.add(j)
                    todo.append(j)
    return reached


def issuers_then(text: str, follows: Callable[[str, int], bool]) -> bool:
    """True when ``text`` starts with one or more agency names after which ``follows(text, p)`` holds.

    >>> issuers_then("河南省财政厅河南省住房和城乡建设厅关于…", lambda t, p: t.startswith("关于", p))
    True
    """
    if not AGENCY_START.match(text):
        return False
    ends = run_of_names(text, AGENCY_NAME, max_piece=AGENCY_NAME_MAX, end_chars=_ENDING_CHARS)
    counted = {m.end() for p in ends if (m := JOINT_COUNT.match(text, p))}
    return any(follows(text, p) for p in (*ends, *counted))


# 等10部门 / 等九部门 / 等部门 / 等3个单位 — after the lead body of a joint title, the others counted, not named
JOINT_COUNT = re.compile(r"等(?:[\d一二三四五六七八九十]{1,3}个?)?(?:部门|单位|家单位)")
