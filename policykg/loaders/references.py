"""Mentions of other documents inside a document's text, and the role each plays.

A mention is a 《title》 (maybe followed by its doc number in brackets) or a bare doc number.  The
role is read from the clause around it:

>>> [ (r.role, r.title) for r in find_references("为贯彻落实《国务院关于X的意见》（国发〔2024〕3号）精神，根据《中华人民共和国Y法》，制定本办法。", file="f", line_of=lambda i: 1)]
[('IMPLEMENTS', '国务院关于X的意见'), ('BASED_ON', '中华人民共和国Y法')]
>>> [r.role for r in find_references("《河南省Z条例》同时废止。", file="f", line_of=lambda i: 1)]
['SUPERSEDES']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policykg.keys import mention_key
from policykg.loaders import regexes as rx
from policykg.loaders.clean import title_text
from policykg.loaders.metadata import parse_doc_number
from policykg.loaders.models import DocNumber, Evidence, Reference

# Things in 《》 that are not documents: forms, certificates, agreements, books, newspapers.
NOT_A_DOCUMENT = re.compile(
    r"(?:表|证|证书|卡|协议|协议书|合同|合同书|承诺书|申请书|通知书|告知书|回执|名单|手册|报|杂志|书|单)$"
)
# Words that stand before a bare doc number but are never part of its prefix.
PREFIX_BREAKERS = re.compile(
    r"根据|依据|依照|按照|参照|贯彻|落实|执行|印发|转发|以及|和|及|与|或|的|是|经|见|对|按|据|将|在|从|以|为|条|款|项|文件|通知|意见"
)
# （以下简称《条例》） / (以下简称“办法”) — an abbreviation introduced right after a mention
ALIAS = re.compile(r"^\s*[（(]\s*(?:以下|下文)?简称\s*[《“\"]?(?P<alias>[^》”\"）)]{1,20})[》”\"]?\s*[）)]")
# Sentence boundaries for evidence.
SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")
# How far back a trigger may stand from its mention (characters outside other mentions).
TRIGGER_REACH = 16


def is_document_title(title: str) -> bool:
    """A 《》 title names a document when it ends with a document type and not with a form's word.

    >>> [is_document_title(t) for t in ("就业创业证", "河南省X管理办法（试行）", "申请表", "重点事项清单")]
    [False, True, False, True]
    """
    t = re.sub(r"[（(][^（）()]{1,20}[）)]$", "", title)
    if rx.TITLE_END.search(t) is None:
        return False
    if t.endswith("清单") or t.endswith("目录"):
        return True
    return NOT_A_DOCUMENT.search(t) is None


def normalise_cited_title(t: str) -> str:
    t = t.replace("〈", "《").replace("〉", "》")
    return title_text(t)


def sentences(text: str):
    """(start, end) of each sentence of ``text``."""
    for m in SENTENCE.finditer(text):
        if m.end() > m.start():
            yield m.start(), m.end()


def find_references(
    text: str, *, file: str, line_of: Callable[[int], int], own_numbers=(), own_titles=(), amends_titles=()
) -> list[Reference]:
    """Every mention of another document in ``text`` (a document's body, lines joined).

    ``line_of(offset)`` maps a character offset to its 1-based line in ``file``.
    """
    refs: list[Reference] = []
    own_keys = {mention_key(t) for t in own_titles}
    amend_keys = {mention_key(t) for t in amends_titles}
    own_nums = {str(n) for n in own_numbers}
    aliases: dict[str, tuple[str, DocNumber | None]] = {}
    for s0, s1 in sentences(text):
        sent = text[s0:s1]
        if "《" not in sent and "〕" not in sent:
            continue
        spans: list[tuple[int, int, str | None, DocNumber | None]] = []
        taken: list[tuple[int, int]] = []
        for m in rx.BOOK_TITLE.finditer(sent):
            title = normalise_cited_title(m.group("title"))
            end = m.end()
            num = None
            f = rx.FOLLOWING_NUMBER.match(sent[end:])
            if f:
                num = parse_doc_number(f.group("num"))
                if num:
                    end += f.end()
            taken.append((m.start(), end))
            al = ALIAS.match(sent[end:])
            if al:  # 《X》（以下简称《条例》）: later mentions of 《条例》 mean X
                aliases[mention_key(al.group("alias"))] = (title, num)
            # 《条例》《办法》《清单》: an abbreviation of a document named before, not a new one
            if len(title) <= 4 or title in rx.DOC_TYPES:
                if mention_key(title) not in aliases or sent[max(0, m.start() - 4) : m.start()].endswith("简称"):
                    continue
                title, num = aliases[mention_key(title)]
            # a document's own title (or its notice's) is no reference — unless another doc number
            # follows it: an earlier document of the same title
            if not is_document_title(title):
                continue
            k = mention_key(title)
            own = k in own_keys or (len(k) >= 6 and any(o.endswith(k) for o in own_keys))
            spans.append((m.start(), end, title, num, own and (num is None or str(num) in own_nums)))
        for m in rx.DOCNUM.finditer(sent):
            if any(a <= m.start() < b for a, b in taken):
                continue
            num = parse_doc_number(m.group(0))
            m_start = m.start()
            if num is not None:
                # 根据豫政办明电〔2023〕2号 / 第三条以及豫人社函〔2023〕19号: the prefix starts after the last
                # word that cannot be part of one
                cut = None
                for w in PREFIX_BREAKERS.finditer(num.prefix):
                    cut = w.end()
                if cut:
                    if cut >= len(num.prefix):
                        continue
                    num = DocNumber(num.prefix[cut:], num.year, num.serial, num.kind)
                    m_start += cut
            spans.append((m_start, m.end(), None, num, False))
        spans.sort()
        mention_spans = [(a, b) for a, b, _, _, _ in spans] + taken
        prev_role, prev_end = None, 0
        for a, b, title, num, own in spans:
            role = classify_role(sent, a, b, mention_spans)
            if role == "CITES" and prev_role in ("BASED_ON", "IMPLEMENTS") and _issuers_only(sent[prev_end:a]):
                role = prev_role  # 根据《A》，X厅、Y厅《B》…: the list goes on past the next document's issuers
            prev_role, prev_end = role, b
            # a document's own title (or its notice's, or its attachments') is no reference — unless
            # it repeals or amends it: then it is an earlier document of the same title
            if own and role not in ("SUPERSEDES", "AMENDS"):
                continue
            if title and mention_key(title) in amend_keys:
                role = "AMENDS"
            ev = Evidence(file, line_of(s0 + a), sent.strip())
            refs.append(Reference(role, title, num, ev))
    return refs


def _issuers_only(between: str) -> bool:
    """Text between two mentions that holds only a separator and the next document's issuers."""
    between = re.sub(r"^[（(][^）)]{0,40}[）)]", "", between)
    return len(between) <= 40 and bool(
        re.fullmatch(
            r"[，,、和及以与\s]*(?:[\u4e00-\u9fff]{2,30}?(?:厅|局|部|委|府|会|院|署|办|行|室)[、，,和及与\s]*)*",
            between,
        )
    )


def _strip_mentions(s: str, a0: int, spans: list[tuple[int, int]]) -> str:
    """``s`` (a slice starting at a0 of the sentence) with other mentions removed."""
    out = []
    pos = a0
    for a, b in sorted(spans):
        if b <= a0 or a >= a0 + len(s):
            continue
        a, b = max(a, a0), min(b, a0 + len(s))
        out.append(s[pos - a0 : a - a0])
        pos = max(pos, b)
    out.append(s[pos - a0 :])
    return "".join(out)


def classify_role(sent: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """The role of the mention at sent[a:b]: SUPERSEDES, AMENDS, IMPLEMENTS, BASED_ON or CITES."""
    after = _strip_mentions(sent[b:], b, spans)
    after_clause = re.split(r"[，,；;。]", after, maxsplit=1)[0] if not after.startswith(("，", ",")) else ""
    # "《A》《B》同时废止" / "《A》（…）停止执行" — read to the end of the sentence, past other mentions.
    if re.match(r"^\s*附件", after):
        return "CITES"  # 《A》附件《B》同时废止: only the attachment goes
    if rx.SUPERSEDES_AFTER.match(re.sub(r"^[、和及与以\s]*", "", after)) and not re.match(
        r"^[^。；]{0,40}?(?:废止的|失效的|规定废止)", after
    ):
        if re.match(r"^[^。；]{0,12}?(?:第[一二三四五六七八九十百\d]+[条款项章节]|部分条款|有关条款|相关条款)", after):
            return "AMENDS"  # 《X》第十二条同时废止: part of X goes, X stays (amended)
        if not re.search(r"(?:修改|修订)", after[:12]):
            return "SUPERSEDES"
    before = _strip_mentions(sent[:a], 0, spans)
    if re.match(r"^[^。；;，,]{0,12}?精神", after_clause or after):
        return "IMPLEMENTS"  # 《X》精神: the spirit of X is carried out
    if re.match(r"^[^。；;，,]{0,40}?(?:有效落实|全面落实|贯彻落实|落实落细|落地见效|落地落实)", after) and re.search(
        r"(?:推动|推进|确保|保障|促进|加快)[^。；;，,]{0,6}$", before
    ):
        return "IMPLEMENTS"  # 为推动《A》和《B》有效落实
    if rx.AMENDS_AFTER.match(after):
        return "AMENDS"
    if re.search(r"关于修改$", before):
        return "AMENDS"
    # the nearest trigger before the mention, within its clause: reach further while no clause
    # punctuation intervenes ("根据2018年…会议修订通过的《…法》", "贯彻落实中共中央办公厅、国务院办公厅印发的《…》")
    clause = re.split(r"[，,。；;：:]", before)[-1] if not re.search(r"[，,]$", before) else ""
    tail = clause[-(TRIGGER_REACH * 3) :]
    best = None
    for pat, role in (
        (rx.BASED_ON_TRIGGER, "BASED_ON"),
        (rx.IMPLEMENTS_TRIGGER, "IMPLEMENTS"),
        (rx.SUPERSEDES_BEFORE, "SUPERSEDES"),
    ):
        for m in pat.finditer(tail):
            if best is None or m.start() > best[0]:
                best = (m.start(), role)
    if best:
        return best[1]
    return "CITES"
