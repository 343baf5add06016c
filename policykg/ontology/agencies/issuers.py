"""Splitting an issuer line into agency names: "财政部 税务总局", "中共郑州市委办公厅 郑州市人民政府办公厅".

An issuer line is covered, at least cost, by registry names, names derived from them (…办公室, a
sub-unit, a national body's local branch), unknown names recognised by their ending, separators
and — at a high price — garbage characters.  The registry answers the lookups
(:class:`~policykg.ontology.agencies.records.AgencyIndex`); :class:`AgencyRegistry` remembers the
covers and exposes ``split_issuers`` / ``looks_like_agency``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.ontology.agencies import patterns as pt
from policykg.ontology.agencies.records import AgencyIndex

_MAX_NAME = 48  # longest piece an issuer line is split into
_GARBAGE = 3.0  # cost of one character that is no part of a name
_NAME_KINDS = ("known", "derived", "generic", "placeless")


@dataclass(frozen=True)
class Piece:
    """A piece of an issuer line: ``kind`` is known | derived | generic | noise | garbage."""

    text: str
    kind: str


@dataclass(frozen=True)
class _Line:
    """An issuer line without spaces and quotes; ``space_before[i]``: a space stood before ``text[i]``."""

    text: str
    space_before: tuple[bool, ...]


def _strip(text: str) -> _Line:
    chars: list[str] = []
    space_before: list[bool] = []
    pending_space = False
    for ch in text:
        if pt.DROP.match(ch):
            pending_space = pending_space or ch.isspace()
            continue
        chars.append(ch)
        space_before.append(pending_space)
        pending_space = False
    return _Line("".join(chars), tuple(space_before))


def cover(index: AgencyIndex, text: str, context: str | None) -> list[Piece]:
    """Cheapest cover of an issuer line by agency names, noise words and (costly) garbage.

    Costs: a registry name 1; a registry name plus 办公室/文件 or a sub-unit (教育部社会科学司) 1.1–1.5;
    an unknown name by its ending 2 + 0.5 a character; a separator 0.3; a garbage character 3.
    A space inside a registry name is a PDF artefact (教 育 部), inside an unknown one a boundary.
    """
    line = _strip(text)
    s, n = line.text, len(line.text)
    if n == 0:
        return []
    # known[i]: ends j of registry names starting at i; national[i][j]: is s[i:j] a national body
    # (whose branches carry a place)?
    known: list[list[int]] = [
        [
            j
            for j in range(i + 2, min(n, i + _MAX_NAME) + 1)
            if s[j - 1] in index.end_chars and index.lookup(pt.name_key(s[i:j]), context) is not None
        ]
        for i in range(n)
    ]
    national: list[dict[int, bool]] = [
        {j: index.lookup(pt.name_key(s[i:j]), context).level == "national" for j in known[i]} for i in range(n)
    ]
    best = _best_pieces(index, line, known, national, _siblings(index, s, known, context))
    return _merge_garbage(_walk_back(s, best))


def _siblings(index: AgencyIndex, s: str, known: list[list[int]], context: str | None) -> set[tuple[int, int]]:
    """(i, j) where s[i:j] is a body of the same place as the registry name ending at i, its place not
    repeated: 内蒙古自治区财政厅 自然资源厅 (h76), 内蒙古自治区财政厅住房和城乡建设厅 (h98) — two bodies, not a
    department and its sub-unit.  Local bodies only (a national body's units are its own: 教育部社会科学司)."""
    found: set[tuple[int, int]] = set()
    for m, ends in enumerate(known):
        for i in ends:
            body = index.lookup(pt.name_key(s[m:i]), context)
            place = body.jurisdiction if body is not None and body.level != "national" else None
            if not place or not s[m:i].startswith(place):
                continue
            for j in range(i + 2, min(len(s), i + _MAX_NAME) + 1):
                if s[j - 1] not in index.end_chars or known[i] and j in known[i]:
                    continue
                other = index.lookup(pt.name_key(place + s[i:j]), context)
                if other is not None and other.jurisdiction == place and other.name != body.name:
                    found.add((i, j))
    return found


# best[j]: (cost, pieces, start of the last piece, its kind) of the cheapest cover of s[:j]
_Best = list[tuple[float, int, int, str]]


def _best_pieces(
    index: AgencyIndex,
    line: _Line,
    known: list[list[int]],
    national: list[dict[int, bool]],
    siblings: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> _Best:
    s, n = line.text, len(line.text)
    best: _Best = [(0.0, 0, -1, "")] + [(float("inf"), 0, -1, "")] * n
    for i in range(n):
        base = best[i][0]
        if base == float("inf"):
            continue
        cand = (base + _GARBAGE, best[i][1] + 1, i, "garbage")  # one garbage character
        if cand[:2] < best[i + 1][:2]:
            best[i + 1] = cand
        crossings = 0
        known_i = set(known[i])
        for j in range(i + 1, min(n, i + _MAX_NAME) + 1):
            if j - 1 > i and line.space_before[j - 1]:
                crossings += 1
            if j - i > 1 and s[j - 1] not in index.end_chars:
                continue
            found = piece_kind(s, i, j, known, known_i, national, siblings)
            if not found:
                continue
            kind, cost = found
            total = base + cost + (3.0 if kind == "generic" else 0.8) * crossings
            if (total, best[i][1] + 1) < best[j][:2]:
                best[j] = (total, best[i][1] + 1, i, kind)
    return best


def _walk_back(s: str, best: _Best) -> list[Piece]:
    pieces: list[Piece] = []
    j = len(s)
    while j > 0:
        _, _, i, kind = best[j]
        pieces.append(Piece(s[i:j], kind))
        j = i
    pieces.reverse()
    return pieces


def _merge_garbage(pieces: list[Piece]) -> list[Piece]:
    """Runs of garbage as one piece, for readability."""
    merged: list[Piece] = []
    for p in pieces:
        if merged and p.kind == merged[-1].kind == "garbage":
            merged[-1] = Piece(merged[-1].text + p.text, "garbage")
        else:
            merged.append(p)
    return merged


def piece_kind(
    s: str,
    i: int,
    j: int,
    known: list[list[int]],
    known_i: set[int],
    national: list[dict[int, bool]],
    siblings: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> tuple[str, float] | None:
    """Kind and cost of the piece s[i:j] of an issuer line, or None when it cannot be one."""
    piece = s[i:j]
    if piece in pt.NOISE_WORDS:
        # (和 / 与 opening the line open a place's name, no joint: 和硕县气象局, 和田市财政局 — h262, h260)
        return None if i == 0 and piece in CONJUNCTIONS and j < len(s) else ("noise", 0.3)
    if j in known_i:
        return "known", 1.0
    if j - i < 3 or s[j - 1 : j + 1] in WORDS_OVER_AN_ENDING:
        return None
    if s[i] in "省市区县" and j in known[i + 1] and (i == 0 or s[i - 1] in _AFTER_SEPARATOR):
        return "placeless", 1.05  # 市卫生健康委、市发展改革委: a body of the text's own city, named by its level
    if (i, j) in siblings:
        return "placeless", 1.05  # 内蒙古自治区财政厅 自然资源厅: the second body shares the first one's place
    derived = _derived_kind(s, i, j, known, national, siblings)
    if derived:
        return derived
    if generic_ok(piece):
        cost = 2.0 + 0.5 * len(piece)
        return "generic", cost - (0.5 if pt.NAME_START.match(piece) else 0.0)
    return None


# 办公室, 委员会, 领导小组, 指挥部 … — endings that are words of three characters or more: a unit's word, which closes a
# name and opens none (an unknown piece opening so was cut through a name: …领导小组 | 办公室X区公安局)
WORD_ENDINGS: tuple[str, ...] = tuple(e for e in pt.ENDINGS if len(e) >= 3)

# an ending's last character and the next one making a word: the name does not end there (…办公室公文处|理实施细则, h27
# 阿拉善)
WORDS_OVER_AN_ENDING = frozenset(("处理", "处置", "处罚", "办理", "部署", "会议"))

# 和 / 及 / 与 / 暨 — a word that joins two names: never the first of a line's pieces
CONJUNCTIONS = frozenset("和及与暨")

# what stands before a body named by its level alone, when it starts a name
_AFTER_SEPARATOR = frozenset("、，,；;和及与暨")


def _derived_kind(
    s: str,
    i: int,
    j: int,
    known: list[list[int]],
    national: list[dict[int, bool]],
    siblings: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> tuple[str, float] | None:
    """A registry name followed by 办公室 / 文件 / a sub-unit: 河南省人力资源和社会保障厅办公室, 教育部社会科学司."""
    best: tuple[str, float] | None = None
    if s.startswith("中共", i) and s.endswith(PARTY_GROUP, i, j) and j - len(PARTY_GROUP) in known[i + 2]:
        return "derived", 1.2  # 中共安徽省交通运输厅党组: the party group of a department (h29 安徽)
    if s.endswith(PARTY_GROUP, i, j) and j - len(PARTY_GROUP) in known[i]:
        return "derived", 1.2  # 重庆市作家协会党组: a body's party group without 中共 (h280 重庆)
    for k in known[i]:
        if k >= j:
            continue
        rest = s[k:j]
        if rest in pt.DERIVED_SUFFIXES:
            return ("derived", 1.2) if rest != "文件" else ("known", 1.1)
        if _branch_of_area(rest, national[i].get(k, False)):
            return "derived", 1.5
        if known[k] or (k, j) in siblings or not generic_ok(rest, sub_unit=True) or _names_inside(known, k, j):
            continue
        if _second_name_glued(rest) or _not_below(s, k, rest) or _place_again(s[i:k], rest):
            continue
        if not pt.NAME_START.match(rest):
            best = ("derived", 1.5)
        elif national[i].get(k) and pt.PLACE_START.match(rest):
            best = ("derived", 1.5)  # a national body's local branch: 中国人民银行平顶山市中心支行
    return best


PARTY_GROUP = "党组"


def _branch_of_area(rest: str, national: bool) -> bool:
    """A local body's 分局 / 支队 / 大队 of a district or zone right after it, no city or province named: one
    body, 泉州市公安局 + 经济技术开发区分局 (h144 泉州), not two (a second body names its city: 泉州市消防救援支队)."""
    if national or len(rest) <= 2 or not rest.endswith(pt.BRANCH_UNITS):
        return False
    return not pt.CITY_START.match(rest) and "省" not in rest and not pt.NAME_START.match(rest[:2])


def _not_below(s: str, k: int, rest: str) -> bool:
    """A short X局 after a 局 (not a 总局's 稽查局, nor a regional 华东监管局): the next body of a joint signature
    in short names, not a unit under its parent (医保局 药监局, h153)."""
    return len(rest) <= 4 and rest.endswith("局") and s[k - 1] == "局" and s[max(k - 2, 0) : k] != "总局"


# 厦门市… / 福建省… — a local body's place at its start, the place's name without its level kept (厦门, 福建)
PLACE_STEM = re.compile(rf"^(?!中共)([{pt.CJK}]{{2,6}}?)[省市](?!场)")


def _place_again(parent: str, rest: str) -> bool:
    """Does the tail after a local body name that body's place again, without its level?  厦门市司法局 +
    厦门银监局 (h211 厦门): a second body named short, not a unit under the first (a unit never repeats its
    parent's place)."""
    m = PLACE_STEM.match(parent)
    return bool(m) and len(rest) > len(m.group(1)) + 1 and rest.startswith(m.group(1))


def _second_name_glued(rest: str) -> bool:
    """Does a branch's tail hold a unit and then a second body that starts like a name?  青海监管局 +
    中国民用航空青海安全监督管理局 after 中国银行保险监督管理委员会 (h95): two bodies, not one branch."""
    for c in range(2, len(rest) - 2):
        start = pt.NAME_START.match(rest[c:])
        if start and len(start.group(0)) >= 2 and generic_ok(rest[:c], sub_unit=True) and generic_ok(rest[c:]):
            return True
    return False


def _names_inside(known: list[list[int]], k: int, j: int) -> bool:
    """Does a registry name start inside s[k:j] and end within it?  Then s[k:j] holds a second body
    (中国人民银行海口中心支行 + 中国银保监会海南监管局), not a sub-unit or a branch."""
    return any(end <= j for m in range(k + 1, j - 1) for end in known[m])


def generic_ok(piece: str, *, sub_unit: bool = False) -> bool:
    """Can an unknown piece be an agency name by its form? (ending, no sentence words, no punctuation)

    ``sub_unit``: a unit after a registry name (社会科学司 of 教育部…), which may be short (就业处).

    >>> generic_ok("江苏省某某服务中心"), generic_ok("统计小微企业数量")
    (True, False)
    """
    piece = pt.ZONE_OTHER_NAME.sub("", piece)  # 恒口示范区（试验区）安全生产委员会 (h68 安康)
    if len(piece) < (2 if sub_unit else 3) or len(piece) > _MAX_NAME or pt.PUNCT.search(piece):
        return False
    if any(ch in pt.STOP_CHARS for ch in pt.STOP_WORDS_OK.sub("", piece)):
        return False
    ending = next((e for e in pt.ENDINGS if piece.endswith(e)), None)
    if ending is None:
        return False
    stem = piece[: -len(ending)]
    if sub_unit and not stem and len(ending) >= 3:
        return True  # a unit named by its ending alone: 组织部 of 中共…县委, 指挥部
    if len(stem) < (1 if sub_unit else 2) or piece.startswith(pt.ENDING_TAILS):
        return False
    if not sub_unit and piece.startswith(WORD_ENDINGS):
        return (
            False  # 办公室雄安新区公安局: cut after 领导小组 of …领导小组办公室, no name opens with 办公室 (h194 雄安)
        )
    if stem[0] in "办厅局委部会室" and not _place_of_three(piece):
        return False  # (a place whose name opens with such a character: 会理市农业农村局, 会昌县…, h144 会理)
    # the place it starts with comes again: two glued names of one place (杭州市…局杭州市…局,
    # 中共河北雄安新区工作委员会河北雄安新区管理委员会)
    if _level_again(piece):
        return False
    start = pt.NAME_START.match(piece)
    if not (start and len(start.group(0)) >= 2):
        return True
    head, end = start.group(0), start.end()
    if head in pt.BEFORE_PLACE:
        place = pt.PLACE_START.match(piece[end:]) or pt.TOWN_START.match(piece[end:])
        if place and len(place.group(0)) >= 2:
            head, end = place.group(0), end + place.end()
    return head not in piece[end:]


def _level_again(piece: str) -> bool:
    """Does a piece hold a name's ending and then a body named by its level alone (省 / 市 / 区 / 县, not 市场)?
    Bodies of the text's own place, glued: 市人社局|市税务局|市医保局 (h171 天津), no one name.  Not an ending that
    makes a word naming no place with the level after it (玉龙社|区居委会: 社区, see NOT_DISTRICTS, h289)."""
    return any(
        piece[:k].endswith(pt.ENDINGS)
        and pt.BARE_PLACE_START.match(piece, k)
        and not piece[: k + 1].endswith(pt.NOT_DISTRICTS)
        for k in range(2, len(piece) - 2)
    )


def _place_of_three(piece: str) -> bool:
    """Does the piece open with a place of three characters or more (会理市, 会昌县)?"""
    place = pt.PLACE_START.match(piece)
    return bool(place) and len(place.group(0)) >= 3


def names(pieces: list[Piece]) -> list[str]:
    """The agency names of a cover, as written (a trailing 文件 or seal mark dropped)."""
    return [pt.SEAL.sub("", pt.TRAILER.sub("", p.text)) for p in pieces if p.kind in _NAME_KINDS]


def may_be_issuer_line(text: str, end_chars: frozenset[str]) -> bool:
    """Cheap test before covering: short, no digits or sentence punctuation, ends like a name (not like people:
    村级干部)."""
    compact = pt.compact_name(text)
    return (
        bool(compact)
        and len(compact) <= 160
        and not pt.NOT_ISSUER.search(compact)
        and compact[-1] in end_chars
        and not compact.endswith(pt.NOT_AGENCIES)
    )


def is_issuer_line(pieces: list[Piece]) -> bool:
    """A cover is an issuer line when it has names, no garbage, and every unknown name starts
    like an agency (中共…, a place …) or has a strong ending (…人民政府, …局)."""
    found = [p for p in pieces if p.kind in _NAME_KINDS]
    if not found or any(p.kind == "garbage" for p in pieces):
        return False
    return all(p.kind != "generic" or pt.NAME_START.match(p.text) or p.text.endswith(pt.STRONG_ENDINGS) for p in found)
