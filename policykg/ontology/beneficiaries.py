"""The beneficiary-group taxonomy: groups, synonyms, broader groups, and who a sentence supports.

The data lives in ``beneficiaries.toml`` next to this module.  :meth:`Taxonomy.find` names every group
a sentence mentions (longest wording wins: 小微企业 is not also 企业); :meth:`Taxonomy.targets` keeps
the mentions the sentence grants something to (给予/补贴/支持/享受/提供…服务 … in the same or a
neighbouring clause) that can receive it (not a party urged to act, given a duty, counted, or a title
applied for; not in a sentence stating the text's purpose), which become TARGETS edges.
:meth:`Taxonomy.text_targets` does the same for every sentence of a whole text in one pass: one
Aho–Corasick scan finds the mentions, and only the sentences that hold one are split into clauses and
searched for triggers.

>>> tax = default_taxonomy()
>>> [m.name for m in tax.find("对吸纳脱贫人口就业的小微企业，给予一次性吸纳就业补贴")]
['脱贫人口', '小微企业']
>>> tax.groups["小微企业"].broader
('中小企业', '企业', '市场主体')
>>> tax.targets("统计小微企业数量")
[]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from types import MappingProxyType
from typing import Any

# Aho–Corasick (Rust): all ~800 wordings found in one scan of a text, leftmost-longest; 3x faster than
# one trie regex and what lets a body be matched whole instead of sentence by sentence (issue 15).
import ahocorasick_rs

from policykg.errors import PolicyKGError
from policykg.ontology._data import read_toml

__all__ = ["Group", "GroupMention", "Taxonomy", "TaxonomyError", "default_taxonomy", "TAXONOMY_PATH"]

TAXONOMY_PATH = Path(__file__).with_name("beneficiaries.toml")

# clause boundaries inside a sentence: a trigger must sit in the mention's clause or a neighbour
_CLAUSE_SPLIT_RE = re.compile(r"[，,；;：:。！？!?\n]")
# sentence boundaries: neighbours are only looked for inside the sentence; the same characters end a
# sentence in policykg.loaders.references.SENTENCE (evidence), so text_targets splits as it does
_SENTENCE_END = "。！？!?；;\n"
_SENTENCE_END_RE = re.compile("[" + _SENTENCE_END + "]")
_SENTENCE_ENDS = frozenset(_SENTENCE_END)
# spaces inside a wording broken by PDF conversion ("高校 毕业生") are ignored when matching
_SPACE_RE = re.compile(r"[ \t\u3000\u00a0]+")
_SPACE_RUN_RE = re.compile("(" + _SPACE_RE.pattern + ")")  # split keeps the runs
# "\t" / "\u3000": a space _SPACE_RE drops other than " " (a cleaned text has none: its spaces are " ")
_OTHER_SPACE_RE = re.compile(r"[\t\u3000\u00a0]")
# A sentence that states the text's purpose grants nothing itself: "第一条 为加快…，根据…，制定本办法",
# "为深入贯彻…，现就…通知如下："
_PURPOSE_START_RE = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇0-9]+条\s*)?为了?")
_PURPOSE_END_RE = re.compile(r"制定本|特制定|制定如下|通知如下|意见如下|提出如下|规定如下|现就|结合.{0,12}实际")
# A group followed by a duty is the party regulated: "人力资源服务机构应提供：营业执照", "…等单位须…"
_DUTY_AFTER_RE = re.compile(r"^(?:等[^，,；;]{0,6})?(?:应当|应|须|必须|不得|需要)")
# between an urging verb and a group: a preposition or a verb that makes the group the object of
# someone else's act (鼓励企业吸纳|高校毕业生, 引导社会力量为|老年人提供…)
_OBJECT_TURN_RE = re.compile(r"[为对向给]|面向|招用|招收|聘用|录用|带动|吸引|雇用")
# After a group in a clause "对…": the place rewarded, the group only its criterion, not a recipient:
# "对…促进失业人员…就业任务完成较好的省（区、市），中央财政给予适当补助", "…成效明显的地方予以奖补"
# (searched in the rest of the group's clause only: no run of non-separators before 的 to backtrack over)
_PLACE_REWARDED_RE = re.compile(
    r"的(?:地方|地区|区域|城市|[省市县]{1,3})(?:（[^）]{0,12}）)?(?:[、，,；;。]|予以|给予|在|$)"
)


class TaxonomyError(PolicyKGError):
    """The beneficiary taxonomy file is missing or malformed (unknown broader group, cycle …)."""


@dataclass(frozen=True)
class Group:
    """A beneficiary group.  ``broader`` holds ALL broader groups, nearest first."""

    name: str
    synonyms: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"Group({self.name!r}, broader={list(self.broader)})"

    def properties(self) -> dict[str, Any]:
        """The BeneficiaryGroup node's properties in graph.json (see ontology/schema.py)."""
        return {"name": self.name, "synonyms": list(self.synonyms), "broader": list(self.broader)}


@dataclass(frozen=True)
class GroupMention:
    """One group named in a sentence: ``text`` is the wording found at ``start:end`` (offsets in the
    sentence as given); ``trigger`` is the support word that made it a target ("" from find)."""

    group: Group
    text: str
    start: int
    end: int
    trigger: str = ""

    @property
    def name(self) -> str:
        return self.group.name

    def __repr__(self) -> str:
        extra = f", trigger={self.trigger!r}" if self.trigger else ""
        return f"GroupMention({self.group.name!r}, {self.text!r}@{self.start}{extra})"


def _closure(name: str, parents: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """All ancestors of ``name``, nearest first (breadth-first); raises on a cycle."""
    out: list[str] = []
    frontier = list(parents.get(name, ()))
    while frontier:
        nxt: list[str] = []
        for p in frontier:
            if p == name:
                raise TaxonomyError(f"beneficiaries.toml: {name!r} is its own broader group (cycle)")
            if p not in out:
                out.append(p)
                nxt.extend(parents.get(p, ()))
        frontier = nxt
    return tuple(out)


class Taxonomy:
    """Groups of ``beneficiaries.toml`` and the matchers built from them."""

    def __init__(self, data: dict) -> None:
        rows = data.get("group", [])
        parents: dict[str, tuple[str, ...]] = {}
        synonyms: dict[str, tuple[str, ...]] = {}
        for row in rows:
            name = row.get("name")
            if not isinstance(name, str) or not name:
                raise TaxonomyError(f"beneficiaries.toml: a [[group]] without a name: {row!r}")
            if name in parents:
                raise TaxonomyError(f"beneficiaries.toml: group {name!r} is defined twice")
            parents[name] = tuple(row.get("broader", ()))
            synonyms[name] = tuple(dict.fromkeys(s for s in row.get("synonyms", ()) if s and s != name))
        for name, ps in parents.items():
            for p in ps:
                if p not in parents:
                    raise TaxonomyError(f"beneficiaries.toml: {name!r} has unknown broader group {p!r}")
        self.groups: Mapping[str, Group] = MappingProxyType(
            {n: Group(n, synonyms[n], _closure(n, parents)) for n in parents}
        )
        # wording → group name ("" for not_groups); a group's own name wins over another's synonym
        self._wording: dict[str, str] = {}
        for n in parents:
            self._wording[_SPACE_RE.sub("", n)] = n
        for n, syns in synonyms.items():
            for s in syns:
                self._wording.setdefault(_SPACE_RE.sub("", s), n)
        for s in data.get("not_groups", ()):
            self._wording.setdefault(_SPACE_RE.sub("", s), "")
        for w in self._wording:
            if _SENTENCE_END_RE.search(w):  # text_targets finds mentions within one sentence
                raise TaxonomyError(f"beneficiaries.toml: a wording cannot hold a sentence end: {w!r}")
        self._finder = _Finder(self._wording)  # the longest wording at each place
        triggers = sorted({*data.get("triggers", ())}, key=len, reverse=True)
        patterns = [re.escape(t) for t in triggers] + list(data.get("trigger_patterns", ()))
        try:
            self._trigger_re = re.compile("|".join(patterns)) if patterns else re.compile(r"(?!)")
        except re.error as exc:
            raise TaxonomyError(f"beneficiaries.toml: a trigger pattern is not a valid regex ({exc})") from None
        blockers = sorted(data.get("blockers", ()), key=len, reverse=True)
        self._blocker_re = re.compile("|".join(map(re.escape, blockers))) if blockers else re.compile(r"(?!)")
        self._title_trigger_re = _alternation([*triggers, *data.get("title_triggers", ())])
        # a wording followed / preceded by these is part of another word: 人才公寓, 技师院校, 供销合作社
        self._not_before = tuple(data.get("not_before", ()))
        self._not_after = tuple(data.get("not_after", ()))
        self._not_granted_before = tuple(data.get("not_granted_before", ()))  # 员工|人数: counted
        self._urging_re = _alternation(data.get("urging", ()))  # 鼓励X参与: X is urged, not granted
        self._applying_re = _alternation(data.get("applying", ()))  # 申报X: X is the title applied for
        self._narrower: dict[str, tuple[str, ...]] = {
            n: tuple(m for m, g in self.groups.items() if n in g.broader) for n in self.groups
        }

    # ------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None) -> Taxonomy:
        path = Path(path) if path else TAXONOMY_PATH
        return cls(read_toml(path, TaxonomyError, "beneficiary taxonomy"))

    def __len__(self) -> int:
        return len(self.groups)

    def __repr__(self) -> str:
        return f"Taxonomy({len(self.groups)} groups)"

    # ------------------------------------------------------------ lookups
    def get(self, name: str) -> Group | None:
        """The group with this name or synonym, or None.

        >>> default_taxonomy().get("应届毕业生").name
        '高校毕业生'
        """
        key = _SPACE_RE.sub("", name.strip())
        found = self._wording.get(key)
        return self.groups[found] if found else None

    def narrower(self, name: str) -> tuple[str, ...]:
        """All groups below ``name`` (any depth)."""
        return self._narrower.get(name, ())

    # ------------------------------------------------------------ matching
    def find(self, sentence: str) -> list[GroupMention]:
        """Every group named in the sentence, in order; the longest wording at a place wins, so
        小微企业 yields 小微企业 only (企业 needs a separate mention).  Spaces inside a wording
        (PDF artefacts, "高校 毕业生") are tolerated; offsets refer to the sentence as given.
        """
        return [
            GroupMention(self.groups[name], sentence[start:end], start, end)
            for start, end, name in self._mentions(sentence)
        ]

    def targets(self, sentence: str) -> list[GroupMention]:
        """The mentions the sentence grants support, a subsidy, a service or a right to.

        A mention is a target when a support trigger (给予, 补贴, 支持, 享受, 减免, 贷款, 优先,
        提供…服务 …) stands in its clause or a neighbouring clause of the same sentence, and that
        clause does not take the grant away (取消补贴资格, 不予补贴, 追回 …).

        >>> [m.name for m in default_taxonomy().targets("对招用高校毕业生的企业给予社会保险补贴")]
        ['高校毕业生', '企业']
        """
        return self._granted(sentence, self._mentions(sentence))

    def text_targets(self, text: str, *, first_only: bool = False) -> Iterator[tuple[int, str, GroupMention]]:
        """:meth:`targets` of every sentence of ``text``, in order, in one pass over the text.

        Yields ``(sentence start, sentence, mention)``, the mention's offsets in its sentence.  The
        sentences are those of :func:`policykg.loaders.references.sentences` (each ends after 。！？；
        or a line break); only the ones that name a group are split into clauses.  ``first_only``: the
        first target of each group only — a group's later mentions are not looked at, and a sentence
        that names only groups already yielded is not split at all.

        >>> [(s0, m.name, m.start) for s0, _, m in default_taxonomy().text_targets("统计企业。对 高校毕业生给予补贴。")]
        [(5, '高校毕业生', 2)]
        """
        found = self._mentions(text)
        ends = [ch for ch in _SENTENCE_END if ch in text]  # the sentence ends this text uses
        done: set[str] = set()  # with first_only: the groups yielded
        i, lo = 0, 0
        while i < len(found):
            if found[i][2] in done:
                i += 1
                continue
            s0, s1 = _sentence_at(text, found[i][0], lo, ends)
            j = i
            while j < len(found) and found[j][0] < s1:
                j += 1
            sentence = text[s0:s1]
            mentions = [(a - s0, b - s0, n) for a, b, n in found[i:j] if n not in done]
            for m in self._granted(sentence, mentions):
                if first_only:
                    if m.group.name in done:
                        continue
                    done.add(m.group.name)
                yield s0, sentence, m
            i, lo = j, s1

    def _mentions(self, text: str) -> list[tuple[int, int, str]]:
        """The finder's mentions less those that are part of a longer word of another meaning: a
        wording followed by a ``not_before`` entry (人才|公寓, 技师|院校, 研究生|招生) or preceded by a
        ``not_after`` one (供销|合作社, 干部|职工)."""
        nb, na = self._not_before, self._not_after
        return [
            (a, b, n)
            for a, b, n in self._finder.mentions(text)
            if not (nb and text.startswith(nb, b)) and not (na and text.endswith(na, 0, a))
        ]

    def _granted(self, sentence: str, mentions: list[tuple[int, int, str]]) -> list[GroupMention]:
        """The mentions (start, end, group) of ``sentence`` with a support trigger near them (see
        :meth:`targets`)."""
        if not mentions or _grants_nothing(sentence):
            return []
        clauses = _clauses(sentence)
        starts = [s for s, _, _ in clauses]
        found: dict[int, str] = {}  # clause → its unblocked trigger ("" for none), each looked for once
        out: list[GroupMention] = []
        for start, end, name in mentions:
            # the clause holding the mention (clauses cover the sentence without gaps), else the last
            ci = min(max(bisect_right(starts, start) - 1, 0), len(clauses) - 1)
            c0, _, ctext = clauses[ci]
            if not self._is_recipient(ctext[: start - c0], ctext[end - c0 :]):
                continue
            trigger = self._trigger_near(clauses, ci, found)
            if trigger:
                out.append(GroupMention(self.groups[name], sentence[start:end], start, end, trigger))
        return out

    def _is_recipient(self, before: str, after: str) -> bool:
        """Can the group between ``before`` and ``after`` (the rest of its clause) receive a grant?
        Not when it is urged to act (鼓励/动员/引导X参与: the verb's object, with no grant or
        preposition between them), the title a firm applies for (申报X, 争创X), a party given a
        duty (X应提供…), a count (X人数, X就业率) or a criterion of the place rewarded (对…X就业任务完成较好的省)."""
        if (
            after.startswith(self._not_granted_before)
            or _DUTY_AFTER_RE.match(after)
            or ("对" in before and _PLACE_REWARDED_RE.search(after))
        ):
            return False
        for verb_re, reach in ((self._urging_re, 40), (self._applying_re, 16)):
            verbs = list(verb_re.finditer(before))
            last = verbs[-1] if verbs else None
            # 对认定为X的…给予: the verb is inside the recipient's description, the turn before it
            if last is None or _OBJECT_TURN_RE.search(before, 0, last.start()):
                continue
            between = before[last.end() :]
            if len(between) <= reach and not _OBJECT_TURN_RE.search(between) and not self._trigger_re.search(between):
                return False
        return True

    def title_targets(self, title: str) -> list[GroupMention]:
        """The groups a policy's title names, as targets (trigger "title").

        A title that names a group is about supporting or serving it even without a trigger word
        (关于印发高校毕业生就业创业十二条政策措施的通知); a blocker still rules it out
        (关于对…企业予以处罚的决定).

        >>> [m.name for m in default_taxonomy().title_targets("关于印发高校毕业生就业创业十二条政策措施的通知")]
        ['高校毕业生']
        """
        if self._blocker_re.search(title) or not self._title_trigger_re.search(title):
            return []
        return [
            GroupMention(m.group, m.text, m.start, m.end, "title")
            for m in self.find(title)
            if self._is_recipient(title[: m.start], title[m.end :])
        ]

    def _trigger_near(self, clauses: list[tuple[int, int, str]], ci: int, found: dict[int, str]) -> str:
        """The first unblocked trigger in clause ci, else in one of the next three, else the previous clause
        (of the same sentence): "70周岁以上老年人凭身份证，孕妇凭孕检证明，按每人每月300元给予补偿"."""
        order = [ci, ci + 1, ci + 2, ci + 3, ci - 1]
        for k in order:
            if not 0 <= k < len(clauses):
                continue
            if k != ci and _sentence_break_between(clauses, ci, k):
                continue
            if k not in found:
                text = clauses[k][2]
                m = self._trigger_re.search(text)
                found[k] = m.group(0) if m and not self._blocker_re.search(text) else ""
            if found[k]:
                return found[k]
        return ""


class _Finder:
    """Every wording of the taxonomy in a text, the longest at each place, spaces inside tolerated.

    >>> f = _Finder({"企业": "企业", "小微企业": "小微企业", "小微": "小微", "企业所得税": ""})
    >>> f.mentions("小微 企业和企业所得税")
    [(0, 5, '小微企业')]
    """

    def __init__(self, wording: Mapping[str, str]) -> None:
        words = [w for w in wording if w]
        self._names = [wording[w] for w in words]  # "" for a not_groups wording
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                words,
                matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                implementation=ahocorasick_rs.Implementation.DFA,  # 1.5–2× the default NFA; built in ~10 ms
            )
            if words
            else None
        )

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, group name) of each mention, offsets in ``text``; not_groups wordings
        (企业所得税 …) take their place but are left out."""
        if self._automaton is None:
            return []
        compact, to_text = _compacted(text)
        names = self._names
        return [
            (to_text(s), to_text(e - 1) + 1, names[i])
            for i, s, e in self._automaton.find_matches_as_indexes(compact)
            if names[i]
        ]


def _compacted(text: str) -> tuple[str, Callable[[int], int]]:
    """Text without spaces, and the map from an offset in it to the offset in ``text``.

    >>> c, to_text = _compacted("高校 毕业生  就业")
    >>> c, [to_text(i) for i in (0, 2, 5)]
    ('高校毕业生就业', [0, 3, 8])
    """
    if " " not in text or _OTHER_SPACE_RE.search(text):
        return _compacted_runs(text)
    # only " " to drop (cleaned text): str.split cuts at each one in C, each cut removing one character
    parts = text.split(" ")
    at = list(accumulate(map(len, parts[:-1])))  # where each space was, in the compact text

    def to_text(i: int) -> int:
        return i + bisect_right(at, i)

    return "".join(parts), to_text


def _compacted_runs(text: str) -> tuple[str, Callable[[int], int]]:
    """:func:`_compacted` of a text with spaces other than " " (or none)."""
    parts = _SPACE_RUN_RE.split(text)  # text, spaces, text, spaces, … text
    if len(parts) == 1:
        return text, lambda i: i
    kept = parts[0::2]
    at = list(accumulate(map(len, kept[:-1])))  # where each run of spaces was, in the compact text
    shift = list(accumulate(map(len, parts[1::2])))  # characters removed up to and including that run

    def to_text(i: int) -> int:
        k = bisect_right(at, i)
        return i + shift[k - 1] if k else i

    return "".join(kept), to_text


def _sentence_at(text: str, i: int, lo: int, ends: Sequence[str] = _SENTENCE_END) -> tuple[int, int]:
    """(start, end) of the sentence of ``text`` that holds offset ``i``; none starts before ``lo``;
    ``ends``: the sentence ends ``text`` holds (the others need no search).

    >>> _sentence_at("一。二三；四", 3, 0)
    (2, 5)
    """
    start = lo
    for ch in ends:
        start = max(start, text.rfind(ch, lo, i) + 1)
    m = _SENTENCE_END_RE.search(text, i)
    return start, m.end() if m else len(text)


def _alternation(words: Sequence[str]) -> re.Pattern[str]:
    """One regex matching any of ``words``, the longest first (one that never matches for none)."""
    words = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else re.compile(r"(?!)")


def _grants_nothing(sentence: str) -> bool:
    """Does the sentence only state the text's purpose (see _PURPOSE_START_RE)?

    >>> _grants_nothing("第一条 为缓解城乡特困居民医疗困难，根据有关规定，制定本办法。")
    True
    >>> _grants_nothing("为高校毕业生提供职业指导服务。")
    False
    """
    return bool(_PURPOSE_START_RE.match(sentence) and _PURPOSE_END_RE.search(sentence))


def _clauses(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each clause; the end includes the separator that closes it."""
    out: list[tuple[int, int, str]] = []
    start = 0
    for m in _CLAUSE_SPLIT_RE.finditer(sentence):
        out.append((start, m.end(), sentence[start : m.end()]))
        start = m.end()
    if start < len(sentence) or not out:
        out.append((start, len(sentence), sentence[start:]))
    return out


def _sentence_break_between(clauses: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Is there a sentence end (。；…) between clauses a and b?"""
    return any(clauses[k][2][-1:] in _SENTENCE_ENDS for k in range(min(a, b), max(a, b)))


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy of the packaged ``beneficiaries.toml`` (loaded once)."""
    return Taxonomy.load()
