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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from policykg.keys import loose_title_key, mention_key
from policykg.loaders import regexes as rx
from policykg.loaders.clean import title_text
from policykg.loaders.metadata import parse_doc_number
from policykg.loaders.models import DocNumber, Evidence, Reference
from policykg.ontology.agencies.patterns import (
    BARE_PLACE,
    PASSING_ENDINGS,
    PLACE_END,
    PLACE_ENDINGS,
    STRONG_ENDINGS,
    alternation,
    run_of_names,
)
from policykg.vocab import Role

# Words that stand before a bare doc number but are never part of its prefix.
PREFIX_BREAKERS = re.compile(
    # (经信 — 经济和信息化, a prefix's word: 某经信财资〔2020〕186号, h229 达州)
    r"根据|依据|依照|按照|参照|对照|遵照|比照|贯彻|落实|执行|印发|转发|以及|和|及|与|或|的|是|经(?!信)|见|对|按|据|将|在|从|以|为|"
    r"条|款|项|"
    r"文件|通知|意见|docx|doc|xlsx|xls|pdf|wps|ofd|txt"  # …绩效目标表.xls / 渝财建〔2024〕246号: a file name ends the line above
    # …认定办法 | 深商务规〔2020〕4号 — a catalogue row's title cell run into its number cell (h98 深圳).  (发改办法规
    # 〔2023〕54号: 办法 of 办 + 法规 is a prefix's)
    r"|决定|细则|办法(?!规)"
    r"|学习|领会|传达"  # 各单位要认真学习领会国办发明电〔2009〕15号文件精神: the verbs before a number read (h56 内蒙古)
    r"|结合"  # 结合区计生局温鹿计生领〔2005〕4号文件精神: the verb the number is read together with (h205 鹿城)
    # 区计生局温鹿计生领〔2005〕4号 / 区建设局〔2005〕38号 — the maker named by its level and a bureau's short name before
    # its number (or instead of its prefix): no part of one (津人社局发, 渝城管局 start at a place's abbreviation)
    r"|" + BARE_PLACE + r"[\u4e00-\u9fff]{1,6}?局"
    r"|(?:" + rx.PLACE + r")(?:人民)?政府"  # 石家庄市政府石政呈〔2009〕236号: the sender named before its number
)
# 渝财建〔2024〕246号.docx — a portal's link to the document's own file, named by its number: no citation
FILE_NAME_AFTER = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|ofd)(?![A-Za-z])", re.I)
# （以下简称《条例》） / (以下简称“办法”) — an abbreviation introduced right after a mention
# (an alias may hold its own bracket: 以下简称《条例（草案）》, 沈阳 h112; or both marks: （附件3，以下简称“《清单》”），
# a note before 以下简称)
ALIAS = re.compile(
    r"^\s*[（(][^（）()]{0,8}?(?:以下|下文)?简称\s*(?:“《|[《“\"])?"
    r"(?P<alias>(?:[^《》“”\"（）()]|[（(][^（）()《》]{1,8}[）)]){1,20})(?:》”|[》”\"])?\s*[）)]"
)
# 简称《支持规定》 / 简称“若干措施” anywhere — a short name the text defines; where it follows no 《…》 (本规定
# （以下简称《规定》）, 这两个规定（以下简称《两个规定》）) it names the text itself or no document
SHORT_NAME_DEFINED = re.compile(r"简称\s*[《“\"](?P<alias>[^《》“”\"]{1,20})[》”\"]")
# Sentence boundaries for evidence.
SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")
# 。 / ； / a line break: the character that ends a SENTENCE
SENTENCE_END_CHAR = re.compile(r"[。！？；!?;\n]")
# 《 / 〕: what a sentence holds when it can name a document (a title's opening, a doc number's year)
MENTION_MARKS = "《〕"
# 本地区、本部门的《破坏性地震应急预案》 — the kind of text each unit is to have, not one document
GENERIC_OWNER_BEFORE = re.compile(r"本(?:地区|部门|单位|系统|行业)(?:[、和及与]本(?:地区|部门|单位|系统|行业))?的$")
# 《高校毕业生年度就业质量报告》 《年度工作总结》 — 年度 with no year before it, in a title without 关于: the
# report each unit makes every year, a kind of text, not one document (《2024年度重点事项清单》 is one)
ANNUAL_KIND = re.compile(r"(?<![\d〇零一二三四五六七八九十])年度[^《》]{0,20}(?:报告|总结|计划)$")
# …but 《X纲要和“十四五”规划实施年度推进计划》 carries out a plan it names (a 规划, 纲要, 方案 or a quoted name
# before 年度): the yearly plan of that plan, one document
ANNUAL_OF_NAMED = re.compile(r"(?:规划|纲要|方案|”)[^《》年]{0,12}年度")
# Titles of up to so many characters are short forms (《条例》《总体规划》) unless they name a law (《刑法》).
SHORT_TITLE = 4
# 《黑龙江省人民政府令》,用于发布省政府规章 / 《某某省人民政府办公厅文件》 — a body's name and a 文种 (or 文件), no
# number: the name of a format (a red head), no citable document (h142 黑龙江)
FORMAT_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,30}?(?:人民政府|政府|办公厅|办公室|委员会|部|厅|局|署|院|党委|省委|市委|县委|区委|州委)"
    r"(?:令|文件|公告|通告|纪要|函|公报|通报|简报)$"
)
# 《X检验报告》（复印件） / 《X证明》（原件） / 《X》原件 — a paper an applicant hands in (its original, a copy), no text
PAPER_HANDED_IN_AFTER = re.compile(r"^\s{0,2}[（(]?\s{0,2}(?:原件|复印件|正本|副本|扫描件|影印件)")
# 《某某指挥部公告》【2022】4号 / 《X令》第5号 — a number right after the marks, read or not: a document's
NUMBER_AFTER = re.compile(r"^\s*(?:[（(〔【\[]\s*)?(?:(?:19|20)\d\d|第)")
# How far back a trigger may stand from its mention (characters outside other mentions).
TRIGGER_REACH = 16


def is_document_title(title: str) -> bool:
    """A 《》 title names a document when it ends with a document type (doc_types.toml: also 通则, 预案,
    汇报, 公约 …) and not with a form's word.

    >>> [is_document_title(t) for t in ("就业创业证", "河南省X管理办法（试行）", "申请表", "重点事项清单", "企业财务通则")]
    [False, True, False, True, True]
    """
    t = re.sub(r"[（(][^（）()]{1,20}[）)]$", "", title)
    if rx.CITED_TITLE_END.search(t) is None or ("关于" not in t and _annual_kind(t)):
        return False
    if t.endswith(rx.VOCAB.document_endings):
        return True
    return rx.NOT_A_DOCUMENT.search(t) is None


def _annual_kind(title: str) -> bool:
    """《高校毕业生年度就业质量报告》: the report each unit makes every year, a kind of text; not the yearly plan of a
    plan the title names (《某某规划实施年度推进计划》, h162 知识产权).

    >>> _annual_kind("高校毕业生年度就业质量报告"), _annual_kind("某某纲要和“十四五”规划实施年度推进计划")
    (True, False)
    """
    return ANNUAL_KIND.search(title) is not None and ANNUAL_OF_NAMED.search(title) is None


def _not_a_form(title: str) -> bool:
    """A title whose last word (a bracketed edition aside) names no form, card or contract.

    >>> _not_a_form("某某指标体系（试行）"), _not_a_form("某某申报表（A类，2017年版）")
    (True, False)
    """
    return rx.NOT_A_DOCUMENT.search(re.sub(r"[（(][^（）()]{1,20}[）)]$", "", title)) is None


def is_short_law_title(title: str) -> bool:
    """《刑法》《民法典》《民法通则》: a law cited by its short name (a name, then a law's type).

    >>> [is_short_law_title(t) for t in ("刑法", "民法典", "条例", "法", "支持办法")]
    [True, True, False, False, False]
    """
    dtype = next((t for t in rx.CITED_DOC_TYPES if title.endswith(t)), None)  # longest first: 办法, not 法
    return dtype in rx.VOCAB.short_title_types and len(title) > len(dtype)


# 《关于 / —53一 / 2024年…的报 / 告》 — an OCR'd page number (its dashes read as — or 一) inside a title that runs over a
# page break (h213 广东): no part of the title
PAGE_NUMBER_IN_TITLE = re.compile(r"(?<![\d—－\-–一第])[—－\-–一]\s?\d{1,3}\s?[—－\-–一](?![—－\-–一])")


def normalise_cited_title(t: str) -> str:
    """A cited title as stored: 〈〉 read as 《》, no OCR'd page number inside it.

    >>> normalise_cited_title("关于—53一2024年X情况的报告"), normalise_cited_title("X规划（2021—2025年）")
    ('关于2024年X情况的报告', 'X规划（2021—2025年）')
    """
    t = t.replace("〈", "《").replace("〉", "》")
    if PAGE_NUMBER_IN_TITLE.search(t):
        t = PAGE_NUMBER_IN_TITLE.sub("", t)
    return title_text(t)


# (浙政202410金华市推动X若干举措》(金政发〔2024〕14号) — a damaged number in an open bracket, run straight on into the
# next title whose 《 was lost with the number's end (h281 浦江): the number's last digit, then the title up to its 》
# with no mark or bracket between
LOST_OPENING_MARK = re.compile(
    r"[（(][\u4e00-\u9fff]{1,10}[〔\[［]?(?:19|20)\d\d[〕\]］]?\d{0,4}(?P<last>\d)(?=[\u4e00-\u9fff][^《》〈〉（）()\n]{1,80}》)"
)


def with_lost_opening_marks(sent: str) -> str:
    """``sent`` with a 《 in the place of a damaged number's last digit, where the title run on after the number lost
    its opening mark (see :data:`LOST_OPENING_MARK`).  Same length: the number is unreadable anyway."""
    if "》" not in sent or not any(c.isdigit() for c in sent):
        return sent
    return LOST_OPENING_MARK.sub(lambda m: m.group(0)[:-1] + "《", sent)


def third_level_marks_as_second(sent: str) -> str:
    """``sent`` with each title quoted at the third level (《关于修改〈甲省实施《乙条例》的办法〉的决定》: 《乙条例》
    inside 〈…〉 inside 《…》, as a 令's sentence names an amending decision) marked 〈…〉 like the second level, so
    the outer 《…》 reads as one name (the text's own, or the document cited), not its innermost part.  Only a whole
    structure is rewritten: each mark closes in order and the outer 《 closes in the sentence.  Same length.

    >>> third_level_marks_as_second("《甲关于修改〈乙实施《丙条例》的办法〉的决定》已经通过")
    '《甲关于修改〈乙实施〈丙条例〉的办法〉的决定》已经通过'
    """
    if "〈" not in sent or sent.count("《") < 2:
        return sent
    out = list(sent)
    stack: list[str] = []  # the open marks, outermost first
    inner: list[int] = []  # third-level marks inside the open outer 《
    for i, ch in enumerate(sent):
        if ch == "《":
            if stack == ["《", "〈"]:
                inner.append(i)
            stack.append(ch)
        elif ch == "〈":
            stack.append(ch)
        elif ch in "》〉":
            if not stack or stack[-1] != ("《" if ch == "》" else "〈"):
                stack, inner = [], []  # (marks out of order: nothing rewritten before here)
                continue
            stack.pop()
            if ch == "》" and len(stack) == 2:
                inner.append(i)
            elif not stack:
                for k in inner:
                    out[k] = "〈" if sent[k] == "《" else "〉"
                inner = []
    return "".join(out)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    for m in SENTENCE.finditer(text):
        if m.end() > m.start():
            yield m.start(), m.end()


def sentences_holding(text: str, marks: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each sentence of ``text`` (as :func:`sentences` cuts them) that holds one of the
    characters ``marks``: found from the marks (``str.find``, a fast scan in C), so the sentences
    without one (most) cost nothing.

    >>> text = "甲。乙《丙》；丁\n戊〕。己"
    >>> list(sentences(text)), list(sentences_holding(text, MENTION_MARKS))
    ([(0, 2), (2, 7), (7, 9), (9, 12), (12, 13)], [(2, 7), (9, 12)])
    """
    ends = [ch for ch in "。！？；!?;\n" if ch in text]  # the sentence ends this text uses
    nxt = {ch: text.find(ch) for ch in marks}  # the next place of each mark (-1: none left)
    pos = 0
    while True:
        for ch, at in nxt.items():
            if 0 <= at < pos:
                nxt[ch] = text.find(ch, pos)
        at = min((i for i in nxt.values() if i >= 0), default=-1)
        if at < 0:
            return
        start = max([pos, *(_end_before(text, ch, pos, at) + 1 for ch in ends)])
        end = SENTENCE_END_CHAR.search(text, at)
        while end and _in_open_title(text, end.start()):
            end = SENTENCE_END_CHAR.search(text, end.end())
        pos = end.end() if end else len(text)
        yield start, pos


# ? / ! — ASCII marks a garbled conversion leaves for a character it could not write (《殡葬管理?xiàng)l例》): inside
# an open 《…》 they end no sentence
TITLE_GARBLE_MARKS = "?!"
OPEN_TITLE_CHARS = 80  # how far a 《 stands before, and its 》 after, a mark inside one title


def _end_before(text: str, ch: str, lo: int, hi: int) -> int:
    """Where the last ``ch`` ending a sentence stands in ``text[lo:hi]`` (-1: none)."""
    at = text.rfind(ch, lo, hi)
    while at >= 0 and ch in TITLE_GARBLE_MARKS and _in_open_title(text, at):
        at = text.rfind(ch, lo, at)
    return at


def _in_open_title(text: str, i: int) -> bool:
    """An ASCII ? or ! at ``text[i]`` standing inside a 《…》 on its line (no 。, line break or other book mark
    between): a garbled character of a title, not a question or an exclamation.

    >>> _in_open_title("根据《甲管理?xiàng)l例》《乙要点》要求。", 6), _in_open_title("是否可以? 《甲条例》", 4)
    (True, False)
    """
    if text[i] not in TITLE_GARBLE_MARKS:
        return False
    before = text[max(0, i - OPEN_TITLE_CHARS) : i]
    after = text[i + 1 : i + 1 + OPEN_TITLE_CHARS]
    o, c = before.rfind("《"), after.find("》")
    return (
        o >= 0
        and c >= 0
        and not any(x in before[o + 1 :] for x in "》。\n")
        and not any(x in after[:c] for x in "《。\n")
    )


@dataclass(frozen=True)
class _Mention:
    """A mention inside one sentence: sent[start:end] names ``title`` and/or ``number``."""

    start: int
    end: int
    title: str | None
    number: DocNumber | None
    own: bool = False  # the document's own title (or its notice's): no reference unless repealed/amended
    # (own as one of the text's attachments only, listed under it: a text it rests on when 根据《X》 names it)
    attached: bool = False
    # a title that ends with no 文种 and names no form (《重庆市教育现代化2035》《某某优惠政策三十条》): a document only
    # where the clause rests on it or carries it out (根据《X》 / 落实《X》), and not the shortened name of a longer
    # title the text cites (《上海市行政处罚听证程序》 for 《上海市行政处罚听证程序规定》)
    weak: bool = False


@dataclass(frozen=True)
class _Own:
    """What names the citing document itself: its titles (mention keys) and doc numbers."""

    titles: frozenset[str]
    numbers: frozenset[str]
    attached: frozenset[str] = frozenset()  # the keys of its attachments' titles (listed under 附件), no others

    def is_own(self, title: str, number: DocNumber | None) -> bool:
        k = period_dash_key(mention_key(title))
        own = k in self.titles or any(names_same_text(o, k) for o in self.titles)
        # unless another doc number follows it: an earlier document of the same title
        return own and (number is None or str(number) in self.numbers)

    def only_attached(self, title: str) -> bool:
        """``title`` names one of the text's attachments, not the text itself (nor its notice)."""
        return mention_key(title) in self.attached


# 济宁市人民政府 / 转发…办公厅 / 关于印发 / 修改后的 / 古美路街道 — what may stand before a text's title in a longer name
# of the same text: its issuer, the notice's verb, a qualifier ending with 的
OWN_NAME_BEFORE = re.compile(
    r"(?:" + rx.AGENCY_NAME_END.pattern[3:-2] + r"|街道|办事处|印发|转发|批转|下发|颁发|发布|关于|的)$"
)


def names_same_text(own: str, k: str) -> bool:
    """Whether the mention key ``k`` names the text whose key is ``own``, written longer: its issuer or
    notice before the title (济宁市人民政府 + 关于…的意见).  Not a title that a content word lengthens (市场监管
    行业标准管理办法 cites 《行业标准管理办法》, h147; 山西省…厅城镇燃气经营许可管理办法 cites 《燃气经营许可管理办法》,
    h60), nor a local text named by its place and the national title it rests on (凉山彝族自治州城市市容和环境卫生管理
    条例 cites 《城市市容和环境卫生管理条例》, h94) — unless the mention names a place itself: 《宝坻区…规划纲要》 in
    天津市宝坻区…规划纲要 is the text without its province (h146 宝坻).

    >>> [names_same_text(o, "宝坻区发展纲要") for o in ("天津市宝坻区发展纲要", "天津市宝坻区人民政府宝坻区发展纲要")]
    [True, True]
    >>> [names_same_text(o, "行业标准管理办法") for o in ("市场监管行业标准管理办法", "某某总局行业标准管理办法")]
    [False, True]
    """
    if len(k) < 2 or len(own) <= len(k) or not own.endswith(k):
        return False
    before = own[: len(own) - len(k)]
    if (
        len(k) < 6
    ):  # 某县人民政府封山令 names itself 《封山令》: a short title only after the whole of its body's name (h204)
        return rx.AGENCY_START.fullmatch(before) is not None and rx.AGENCY_NAME_END.search(before) is not None
    if PLACE_END.search(before):
        return _starts_with_place(k)
    return OWN_NAME_BEFORE.search(before) is not None


def _starts_with_place(k: str) -> bool:
    from policykg.ontology.agencies import default_registry  # (the registry knows every place; loaded once)

    return default_registry().place_at(k) is not None


# （2018~2022年） / (2021—2025年) / （2021-2025） closing a title: the years a plan covers
# （草案） / (征求意见稿) — a draft's stage at the end of its title
OWN_STAGE_END = re.compile(r"[（(]" + rx.BRACKETED_STAGE + r"[）)]$")
# 2021年—2035年 / 2021年~2035年 — the dash of a period between its years, written one way for comparing own titles
PERIOD_DASH = re.compile(r"(?<=[\d年])[—~－\-–至到]{1,2}(?=(?:19|20)\d\d)")


def period_dash_key(k: str) -> str:
    """A mention key with the dash of a period between two years written as ``-`` (2021年—2035年 → 2021年-2035年)."""
    return PERIOD_DASH.sub("-", k) if "年" in k or "20" in k else k


OWN_PERIOD_END = re.compile(r"[（(]\s?(?:19|20)\d\d\s?年?\s?[—~－\-–至到]{1,2}\s?(?:19|20)\d\d\s?年?\s?[）)]$")


# 《简称》 → (title, number) of the document it abbreviates, for the rest of the text
_Aliases = dict[str, tuple[str, DocNumber | None]]


def _own_of(own_titles, attached_titles, own_numbers) -> _Own:
    """What names the citing text itself: its titles, its attachments' titles and its numbers."""
    own_keys = {period_dash_key(mention_key(t)) for t in own_titles}
    # 某市X规划（2021年-2035年）（草案） names itself 《某市X规划（2021年—2035年）》: its title without its stage (h214 北京)
    own_keys |= {k[: m.start()] for k in own_keys if (m := OWN_STAGE_END.search(k)) and m.start() >= 6}
    # 隆化县…规划（2018~2022年） names itself 《隆化县…规划》 (制定《…》): its title without the period it covers (h131)
    own_keys |= {k[: m.start()] for k in own_keys if (m := OWN_PERIOD_END.search(k)) and m.start() >= 6}
    attached_keys = {mention_key(t) for t in attached_titles} - own_keys
    return _Own(frozenset(own_keys | attached_keys), frozenset(str(n) for n in own_numbers), frozenset(attached_keys))


def find_references(
    text: str,
    *,
    file: str,
    line_of: Callable[[int], int],
    own_numbers=(),
    own_titles=(),
    attached_titles=(),
    amends_titles=(),
    amending: bool = False,
) -> list[Reference]:
    """Every mention of another document in ``text`` (a document's body, lines joined).

    ``line_of(offset)`` maps a character offset to its 1-based line in ``file``.  ``amending``: the text
    is an amending decision (关于修改…的决定), whose numbered items each name a text it amends.
    """
    own = _own_of(own_titles, attached_titles, own_numbers)
    amend_keys = {mention_key(t) for t in amends_titles}
    aliases: _Aliases = {}
    # every short name the text defines: one bound to a 《…》 mention (ALIAS) means that document,
    # any other names the text itself or nothing — never a document of its own
    defined = {mention_key(m.group("alias")) for m in SHORT_NAME_DEFINED.finditer(text)} if "简称" in text else set()
    refs: list[Reference] = []
    bare: _Aliases = {}  # short names defined without 《》 (以下简称行政处罚法), by the name as written
    list_end = -1  # where the last item of a basis list ended (-1: no list open)
    attached: set[str] = set()  # the text's own attachments, named with 见附件 (their keys)
    at: list[int] = []  # where in ``text`` each reference's mention starts
    for s0, s1 in sentences_holding(text, MENTION_MARKS):  # a sentence without 《 or 〕 names no document
        sent = text[s0:s1]
        titled, taken = _title_mentions(sent, own, aliases, defined, bare)
        # (a document's own number is never its citation: the header line 国务院关于同意X的批复 国函〔1998〕73号 …, h143)
        numbered = [x for x in _number_mentions(sent, taken) if str(x.number) not in own.numbers]
        mentions = sorted(titled + numbered, key=lambda x: (x.start, x.end))
        listed_basis, list_end = _basis_list(text, s0, s1, list_end)
        for mention, role in _roles(sent, mentions, taken):
            if _no_document_named(mention, role, sent, text):
                continue
            if _names_own_text(mention, role, sent, s0, text[s1 : s1 + 40], attached, own):
                continue  # 根据《A》，编制《X》。 / 编制了《X》（以下简称…，详见附件1）: the text itself or its attachment
            if _on_a_link_line(text, s0 + mention.start, line_of, role, mention.title):
                continue  # - X关于批准《Y》的决定(2001年) / 上一条：X: a link to another text or page, no citation
            if role == Role.CITES and _listed_or_joined_basis(text, s0, mention.start, listed_basis):
                role = Role.BASED_ON
            if _own_attachment_kept(sent, mention, role, attached):
                continue  # 现将《X》（见附件）予以公布: X is the text's own attachment, no other document
            if role not in (Role.SUPERSEDES, Role.AMENDS) and FULL_TEXT_AFTER.match(sent, mention.end):
                continue  # 日前，X出台《Y》，全文如下: the text printed below, named by the news lead (h146 石家庄)
            if amending and _in_new_wording(sent, mention.start, text[max(0, s0 - MAX_NEW_WORDING_BACK) : s0]):
                continue  # 修改为：“…依照《X》处罚” — the amended rule will cite X, not the decision
            if role == Role.CITES and _carried_out_around(sent, mention.start, mention.end, text[s1 : s1 + 160]):
                role = (
                    Role.IMPLEMENTS
                )  # 省政府印发了《X》，…请认真抓好贯彻落实 / 。为落实相关要求，… (h73, gov.cn 2019)
            if role == Role.CITES and _made_then_issued(sent[: mention.start], sent[mention.end :], text[s1 : s1 + 20]):
                role = Role.TRANSMITS  # 我们研究制定了《X》。现印发给你们: the text the notice issues (h161 国家医保局)
            if mention.title and mention_key(mention.title) in amend_keys:
                role = Role.AMENDS
            elif amending and role == Role.CITES and AMENDED_ITEM_OPENING.fullmatch(sent[: mention.start]):
                role = Role.AMENDS  # 三、《北京市铁路专用线共用管理办法》（…发布）: an item of the decision
            ev = Evidence(file, line_of(s0 + mention.start), sent.strip())
            refs.append(Reference(role, mention.title, mention.number, ev))
            at.append(s0 + mention.start)
    refs = _repealed_by_count(refs, at, text)
    refs = _repealed_by_inline_list(refs, at, text)
    refs = _repealed_by_inline_catalogue(refs, at, text)
    refs = _draft_named_twice(_approved_stays_cited(_issued_once_issued_again(refs), text))
    if not bare:
        return refs
    # a bare use only says more of a law the text names merely (CITES): 根据《X》（以下简称X） stays BASED_ON
    merely = {r.title for r in refs if r.role == Role.CITES} - {r.title for r in refs if r.role != Role.CITES}
    uses = _bare_alias_references(
        text, {a: v for a, v in bare.items() if v[0] in merely}, own, file=file, line_of=line_of
    )
    return refs + [r for r in uses if r.role in (Role.BASED_ON, Role.IMPLEMENTS)]


# 依据《A》第三十一条第一款：“…（the article quoted, its own 。 and ；）…”及 — a basis trigger, the first law with its article and
# the article's words in quotes, then a joiner: the law after the joiner is a second basis of the same sentence (a case
# decision's 依据…和《B》…之规定, h236 高要, 遂宁, 龙川镇); the quote's own stops cut the sentence, so it is read from the text
QUOTED_BASIS_BEFORE = re.compile(
    r"(?:根据|依据|依照)《[^《》]{1,80}》第[^《》“”。；;]{1,30}?[：:]?\s?“[^“”]{0,700}”"
    r"(?:的规定|之规定)?\s?(?:和|及|以及|与)$"
)
QUOTED_BASIS_BACK = 900  # characters back from a mention: the trigger, a law's title, its article and its quoted words


def _listed_or_joined_basis(text: str, s0: int, start: int, listed_basis: bool) -> bool:
    """A mention the trigger before it does not reach that is a basis all the same: an item of a basis list (制定依据 …
    参照《X》 stays CITES, h116 托克逊), or a law joined to the first law's quoted article (依据《A》第三条：“…。”及《B》, h236)."""
    sent_before = text[s0 : s0 + start]
    return (listed_basis and not _modelled_on(sent_before)) or _after_quoted_basis(text, s0 + start)


def _after_quoted_basis(text: str, at: int) -> bool:
    """Whether the mention at text[at] follows a basis trigger's first law and that law's quoted article and a joiner.

    >>> _after_quoted_basis("依据《甲法》第三条：“应当改正。”及《乙法》", 18)
    True
    """
    return QUOTED_BASIS_BEFORE.search(text, max(0, at - QUOTED_BASIS_BACK), at) is not None


def _basis_list(text: str, s0: int, s1: int, list_end: int) -> tuple[bool, int]:
    """Is the sentence text[s0:s1] an item of a basis list, and where does the list now end (-1: closed)?

    设定依据：/ （1）《A》（2）《B》: a list under a basis heading the sentence before ends with; an item a line
    (《A》；/ 《B》（冀政办字〔2019〕81号）；) keeps the list open while nothing else comes between."""
    sent = text[s0:s1]
    listed_basis = bool(
        (("依据" in text[max(0, s0 - 80) : s0]) and BASIS_HEADING_BEFORE.search(text, max(0, s0 - 80), s0))
        or (list_end >= 0 and not text[list_end:s0].strip(ITEM_GAP))
    )
    first = sent.find("《")
    opens = (
        listed_basis
        or (  # 1.2编制依据1.《A》；: the heading opens the sentence of the first item
            first > 0 and "依据" in sent[:first] and BASIS_LIST_BEFORE.search(sent, max(0, first - 80), first)
        )
    )
    items = (first >= 0 and _only_items(sent[first:])) or (listed_basis and _numbered_titled_items(sent))
    return listed_basis, (s1 if opens and items else -1)


# 2. / （3） — a list item's number opening the sentence or following an item's separator
NUMBERED_ITEM_START = re.compile(r"(?:^|(?<=[，,；;]))\s?(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])")
MAX_ITEM_CHARS = 160  # characters of one item of a basis list: a notice's full title and its number
# (某财规(2018)5号) / 》 — how an item naming a text ends: the text's number in brackets, or its book mark
ITEM_NAMING_END = re.compile(r"(?:号[）)]|》)$")


def _numbered_titled_items(sent: str) -> bool:
    """A sentence of a basis list that is only numbered items each naming a text, marked or not, ended by its number
    in brackets or its closing mark (2.某厅关于印发《X》的通知(某财规(2018)5号),3.某部关于Y的通知(某金(2020)21号); —
    an aggregator's list joined by commas, h218 监利): the list goes on past it.

    >>> _numbered_titled_items("4.甲部、乙部关于进一步做好某某工作的通知(甲金(2020)21号);")
    True
    >>> _numbered_titled_items("4.申请人应当提交身份证明，并于十日内办结。")
    False
    """
    starts = [m.start() for m in NUMBERED_ITEM_START.finditer(sent)]
    if not starts or sent[: starts[0]].strip():
        return False
    for a, b in zip(starts, [*starts[1:], len(sent)]):
        item = sent[a:b].strip().rstrip("，,；;。").strip()
        if len(item) > MAX_ITEM_CHARS or _ITEM_SENTENCE_MARK.search(item) or not ITEM_NAMING_END.search(item):
            return False
    return True


_ITEM_SENTENCE_MARK = re.compile(r"[。：:！？!?]")


# ，全文如下： / 。现将全文刊发如下 — the text named is printed below: the text itself, no citation
FULL_TEXT_AFTER = re.compile(r"\s{0,2}[，,]?\s{0,2}(?:现将其?|特将|现)?全文(?:刊发|刊登|公布|发布|转发|摘登)?如下")


# - X关于批准《Y》的决定(2001年) / X关于发布《Y》的通知 — a line that is nothing but another text's full title (a
# page's related-links list, a link under the text): it names that text, which is no citation (h119 交通运输部,
# h67 深圳)
TITLE_LINE = re.compile(
    r"(?:[-•·*]\s{0,2})?[^，。；：,;:\s《》|｜]{2,40}关于[^，。；：,;:|｜]{0,40}《[^《》]{2,80}》[^，。；：,;:|｜《》]{0,30}"
    r"的(?:通知|决定|公告|意见|批复|函)(?:\s{0,2}[（(](?:19|20)\d\d年?[）)])?"
)


# 上一条：X / 【下一篇】 X / 上篇: X — a portal page's link to the page before or after it, named on a line of its own;
# 【政策解读】《X》政策解读 2025-07-05 / 【一图读懂】《X》 — a link to a piece about a text (its reading, a chart): no
# citation (a 【依据】《X》第三条 cell cites X: only labels of such pieces); 点击查看政策解读：《X的通知》政策解读 / 相关解读：
# 《X》的政策解读 — a page's link to the reading of its own text (named by its title, printed or not on the page)
NAVIGATION_LINE = re.compile(
    r"\s{0,4}(?:[【\[]\s{0,2}(?:上一|下一|上|下)[篇条]\s{0,2}[】\]]|(?:上一|下一|上|下)[篇条]\s{0,2}[:：]"
    r"|【[\u4e00-\u9fff]{0,4}(?:解读|读懂|图解|视频|音频)】\s{0,2}(?=《)"
    r"|(?:点击)?(?:查看)?(?:政策|相关|文字|图文)?解读\s{0,2}[:：]\s{0,2}(?=《|【[\u4e00-\u9fff]{0,4}解读】))"
)


def _on_a_link_line(text: str, at: int, line_of: Callable[[int], int], role: Role, title: str | None) -> bool:
    """Whether the mention at ``at`` stands on a link's line: a related link that is nothing but another text's full
    title (a title merely cited, h119) or a page's navigation link (上一条：X 永政征启公告〔2022〕03号, h87;
    【政策解读】《X》, 广州), whatever the role."""
    cited_title = role == Role.CITES and bool(title)
    return (cited_title and _on_a_title_line(text, at, line_of)) or _on_a_navigation_line(text, at, line_of)


def _on_a_navigation_line(text: str, at: int, line_of: Callable[[int], int]) -> bool:
    """Whether the mention at ``at`` stands on a line that opens with a page's navigation label (上一条：/ 下一篇：,
    【政策解读】): the title of another page of the site, no citation."""
    a = _line_start(at, line_of, MAX_LINK_LINE)
    if a > 0 and line_of(a - 1) == line_of(at):
        return False  # (the line is longer than a link's)
    return NAVIGATION_LINE.match(text, a) is not None


MAX_LINK_LINE = 120  # characters of a link's line before the mention it names


def _line_start(at: int, line_of: Callable[[int], int], back: int) -> int:
    """The offset where the line of ``at`` starts, looked for at most ``back`` characters before it (line_of grows
    with the offset: a binary search, not a walk)."""
    lo = max(0, at - back)
    return lo + bisect_left(range(lo, at + 1), line_of(at), key=line_of)


def _line_end(at: int, line_of: Callable[[int], int], ahead: int, size: int) -> int:
    """The offset just past the line of ``at``, looked for at most ``ahead`` characters after it."""
    hi = min(size, at + ahead)
    return at + bisect_right(range(at, hi), line_of(at), key=line_of)


def _on_a_title_line(text: str, at: int, line_of: Callable[[int], int]) -> bool:
    """Whether the mention at ``at`` stands on a line that is nothing but another text's full title (``TITLE_LINE``:
    - X关于批准《Y》的决定(2001年), a related link)."""
    a, b = _line_start(at, line_of, 60), _line_end(at, line_of, 160, len(text))
    return TITLE_LINE.fullmatch(text[a:b].strip()) is not None


def _issued_once_issued_again(refs: list[Reference]) -> list[Reference]:
    """A text the sentence issues (《A》《B》…现予以公布) is the text's own wherever it names it again (动态更新后的《A》
    在…网站上公布, 三亚 h125): no citation of it."""
    issued = {mention_key(r.title): r.title for r in refs if r.role == Role.TRANSMITS and r.title}
    if not issued:
        return refs
    # 现将《X》（国办发明电〔2009〕15号）转发给你们…要认真学习领会国办发明电〔2009〕15号文件精神: the forwarded text
    # named again by its number alone, no other text (h56 内蒙古)
    issued_numbers = {str(r.doc_number) for r in refs if r.role == Role.TRANSMITS and r.doc_number}
    out = []
    for r in refs:
        k = mention_key(r.title) if r.role == Role.CITES and r.title else None
        if r.title is None and str(r.doc_number) in issued_numbers and r.role not in (Role.SUPERSEDES, Role.AMENDS):
            r = replace(r, role=Role.TRANSMITS)
        elif k in issued:
            r = replace(r, role=Role.TRANSMITS)
        elif k is not None:
            # 《宝坻区…纲要》 after the notice issued 《天津市宝坻区…纲要》: the issued text without its province (h146)
            same = next((t for o, t in issued.items() if names_same_text(o, k) and _starts_with_place(k)), None)
            r = replace(r, role=Role.TRANSMITS, title=same) if same else r
        out.append(r)
    return out


# 此前印发的三个办法…同时废止 / 上述两个通知同时废止 / 以上文件一并废止 / 原3个规定停止执行 — a repeal that names
# the texts cited before it by a word pointing back and their count and kind (原 only with a count: 原规定同时废止 is the
# old edition of the text issued, h65)
_COUNT = r"[两二三四五六七八九十\d]{1,2}"
_KINDS = r"规范性文件|文件|办法|通知|规定|意见|决定|细则|方案|制度|规则|标准|实施细则"
REPEAL_BY_COUNT = re.compile(
    r"(?:(?:上述|以上|前述|前面|此前印发的|此前制定的|此前出台的|之前印发的)(?P<n1>" + _COUNT + r")?"
    r"|原(?P<n2>" + _COUNT + r"))[个件项部份]?(?P<kind>" + _KINDS + r")"
    # (another text may be named with them: 三个办法及《X的补充通知》（…98号）同时废止)
    r"(?:[^。；;，,《》\n]|《[^《》\n]{1,80}》){0,24}?(?:同时|一并|予以|自行|即行|随之)?(?:废止|停止执行|不再执行|失效)"
)
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# How far back (characters) a repeal by count may reach for the texts it names.
REPEAL_BY_COUNT_REACH = 600


def _count(s: str) -> int | None:
    """二 / 3 / 十二 → the number (None: not one the pattern allows)."""
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _NUMERALS.get(s)
    if s[0] == "十":
        return 10 + _NUMERALS.get(s[1], 0) if s[1] != "十" else None
    return None


def _of_kind(title: str | None, kind: str) -> bool:
    """Whether ``title`` is a text of the kind a count names (文件: any; 办法: a title ending in 办法, (试行) aside)."""
    if not title:
        return False
    if kind.endswith("文件"):
        return True
    return TRIAL_END.sub("", title).endswith(kind)


def _repealed_by_count(refs: list[Reference], at: list[int], text: str) -> list[Reference]:
    """《A》（…41号）、《B》（…42号）、《C》（…43号）进行了修订。…此前印发的三个办法…同时废止 — the repeal names the texts
    cited before it by count and kind: the last so many cited mentions of that kind, in the same paragraph and before the
    repeal, are what it repeals (财农 2020, h165).  No count (上述文件同时废止): the cited mentions of the sentence
    before.  Nothing changes unless exactly enough texts of the kind are found."""
    if not refs or not any(w in text for w in ("废止", "失效", "停止执行", "不再执行")):
        return refs
    out = list(refs)
    for m in REPEAL_BY_COUNT.finditer(text):
        para = text.rfind("\n", 0, m.start()) + 1
        lo = max(para, m.start() - REPEAL_BY_COUNT_REACH)
        raw = m.group("n1") or m.group("n2")
        n = _count(raw) if raw else None
        if raw and not n:
            continue
        if n is None:  # 上述文件: the sentence before the one the repeal stands in
            end = max(text.rfind(c, lo, m.start()) for c in "。；;")
            if end < lo:
                continue
            lo = max(max(text.rfind(c, lo, end) for c in "。；;") + 1, lo)
            picked = [i for i, r in enumerate(out) if lo <= at[i] < end and r.title]
            if not picked or any(out[i].role != Role.CITES or not _of_kind(out[i].title, m["kind"]) for i in picked):
                continue
        else:
            before = [i for i, r in enumerate(out) if lo <= at[i] < m.start() and _of_kind(r.title, m["kind"])]
            picked = before[-n:]
            if len(picked) != n or any(out[i].role != Role.CITES for i in picked):
                continue
        for i in picked:
            out[i] = replace(out[i], role=Role.SUPERSEDES)
    return out


# 一、 / 1. / （一） — the ordinal opening an item of a numbered list
_ORDINAL = r"(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])"
MAX_INLINE_ITEMS = 50  # items of a list printed in one line (a runaway list stops there)
# 现决定废止以下3份文件:一、《A》… / 决定对下列规范性文件予以废止：1.《A》… — a repeal verb opening a numbered list
# that goes on in the same line (a page flattened onto one line, h168 平潭)
REPEAL_INLINE_LIST_INTRO = re.compile(
    r"(?:废止|宣布失效|停止执行)(?:以下|下列)[\u4e00-\u9fff\d、和及]{0,20}[：:]\s{0,2}(?=" + _ORDINAL + r"\s{0,2}《)"
    r"|(?:以下|下列)[\u4e00-\u9fff\d、和及]{0,20}(?:予以)?(?:废止|宣布失效)[：:]\s{0,2}(?=" + _ORDINAL + r"\s{0,2}《)"
)
# 。二、《B》 / ；3.《C》 — the next item of such a list, after the end of the one before
NEXT_INLINE_ITEM = re.compile(r"[。；;]\s{0,2}" + _ORDINAL + r"\s{0,2}《")
# how far one item of an inline list reaches (its title, number and end)
INLINE_ITEM_REACH = 300


# 一、废止规范性文件共19份1.《A》 / 废止的行政规范性文件目录1.《A》 / 废止规范性文件清单 1.《A》 — a repeal list's
# heading, its first item run on in the same line (a catalogue flattened onto one line, h197 平潭)
REPEAL_INLINE_CATALOGUE = re.compile(
    r"(?:废止|宣布失效|停止执行)的?[\u4e00-\u9fff]{0,16}?(?:规章|规范性文件|政策性文件|文件)(?:目录|清单|名录)?"
    r"(?:共?\d{1,4}[份件部个项])?[：:]?\s{0,2}(?=1[.．、]\s{0,2}《)"
)
# 12.《A》（岚综管综〔2016〕82号） — the whole of an item of such a list: its ordinal, title (an inner title in 《》 at
# most once) and number in brackets
INLINE_ITEM = re.compile(
    r"\d{1,3}[.．、]\s{0,2}《[^《》\n]{0,160}(?:《[^《》\n]{0,80}》[^《》\n]{0,80})?》"
    r"\s{0,2}(?:[（(][^（）()\n]{0,40}[）)])?"
)
# 二、适时修改… / 附件 — another part or attachment between two items: the repeal list ends before it
INLINE_LIST_BREAK = re.compile(r"[一二三四五六七八九十]{1,3}、|附件")


def _repealed_by_inline_catalogue(refs: list[Reference], at: list[int], text: str) -> list[Reference]:
    """废止规范性文件清单 1.《A》（…）2.《B》（…）…29.《C》（…） — a repeal list's heading with its numbered items run on
    in one line, no sentence end between them: every item, however far from the heading, is what the text repeals.
    The list goes on while the next ordinal (2, 3, …) follows within an item's reach, with no other part (二、适时修改…)
    or attachment between; it ends with its last item's number."""
    if not refs or not any(w in text for w in ("废止", "失效", "停止执行")):
        return refs
    out = list(refs)
    for m in REPEAL_INLINE_CATALOGUE.finditer(text):
        start = item = m.end()
        for k in range(2, MAX_INLINE_ITEMS + 1):
            nxt = re.compile(rf"(?<![\d〔（(]){k}[.．、]\s{{0,2}}《").search(
                text, item + 2, min(len(text), item + INLINE_ITEM_REACH)
            )
            if nxt is None or "\n" in text[item : nxt.start()] or INLINE_LIST_BREAK.search(text, item + 2, nxt.start()):
                break
            item = nxt.start()
        last = INLINE_ITEM.match(text, item)
        end = last.end() if last else item + 1
        for i, r in enumerate(out):
            if start <= at[i] < end and r.role == Role.CITES and r.title:
                out[i] = replace(out[i], role=Role.SUPERSEDES)
    return out


def _repealed_by_inline_list(refs: list[Reference], at: list[int], text: str) -> list[Reference]:
    """现决定废止以下3份文件:一、《A》(…)。二、《B》(…)。三、《C》(…)。 — the list a repeal verb opens, printed on the
    verb's own line: each cited item is what the text repeals (the list on lines of its own is read by
    :mod:`policykg.loaders.repeal_lists`).  The list ends at the first item not followed by another one."""
    if not refs or not any(w in text for w in ("废止", "失效", "停止执行")):
        return refs
    out = list(refs)
    for m in REPEAL_INLINE_LIST_INTRO.finditer(text):
        start = end = m.end()
        for _ in range(MAX_INLINE_ITEMS):
            nxt = NEXT_INLINE_ITEM.search(text, end + 1, min(len(text), end + INLINE_ITEM_REACH))
            stop = min(len(text), end + INLINE_ITEM_REACH)
            if nxt is None or "\n" in text[end : nxt.start()]:
                close = [i for i in (text.find(c, end + 1, stop) for c in "。；;\n") if i >= 0]
                end = min(close) if close else stop
                break
            end = nxt.start() + 1
        for i, r in enumerate(out):
            if start <= at[i] < end and r.role == Role.CITES and r.title:
                out[i] = replace(out[i], role=Role.SUPERSEDES)
    return out


# 原则同意《X》 / 同意《X》 — the text a reply approves (its later mentions, by full or short name, tell how to carry
# out what was approved)
APPROVED_TEXT = re.compile(r"同意《(?P<title>[^《》]{2,200})》")


def _approved_stays_cited(refs: list[Reference], text: str) -> list[Reference]:
    """原则同意《X》（以下简称《规划》），请认真组织实施。… 按照《规划》确定的…: the text a reply approves is cited, however its
    later mentions (《规划》实施要…精神, 按照《规划》确定的) read — the reply does not rest on what it approves (h83 江苏,
    h42 国务院)."""
    if "同意《" not in text:
        return refs
    approved = {mention_key(normalise_cited_title(m.group("title"))) for m in APPROVED_TEXT.finditer(text)}
    return [
        replace(r, role=Role.CITES)
        if r.role in (Role.BASED_ON, Role.IMPLEMENTS) and r.title and mention_key(r.title) in approved
        else r
        for r in refs
    ]


# X（草案） / X(送审稿) / X（征求意见稿） — a draft's mark at a cited title's end
DRAFT_MARK_END = re.compile(rx.BRACKETED_STAGE_MARK + "$")


def _draft_named_twice(refs: list[Reference]) -> list[Reference]:
    """会议审议《X（送审稿）》。原则同意…提交的《X》 / 讨论了《X（草案）》…为了使《X》内容更加完善 — a draft and the same
    text named without its mark: one text, cited once, as first named (h261 奉化, 清水)."""
    if not any(r.title and r.role == Role.CITES and DRAFT_MARK_END.search(r.title) for r in refs):
        return refs
    plain: set[str] = set()
    drafted: set[str] = set()
    out = []
    for r in refs:
        if r.title and r.role == Role.CITES:
            m = DRAFT_MARK_END.search(r.title)
            k = mention_key(r.title[: m.start()] if m else r.title)
            if k in (plain if m else drafted):
                continue
            (drafted if m else plain).add(k)
        out.append(r)
    return out


# （试行） at a title's end — the trial edition a notice may name the text it issues without
TRIAL_END = re.compile(r"[（(]试行[）)]$")


def issued_as_named(refs: list[Reference], names: list[str]) -> list[Reference]:
    """关于印发X的通知 / 研究制定了《X（试行）》。现印发给你们 — the text the notice issues, named as the notice names
    it (without its trailing （试行）): one TRANSMITS target, no second text (h161 国家医保局)."""
    by_key = {loose_title_key(n): n for n in names}
    out = []
    for r in refs:
        m = TRIAL_END.search(r.title) if r.role == Role.TRANSMITS and r.title else None
        name = by_key.get(loose_title_key(r.title[: m.start()])) if m else None
        out.append(replace(r, title=name) if name else r)
    return out


# 研究制定《A》《B》 / 制定印发全区《X》 / 制定印发《A》、《B》 — a text still to be made (its scope word and the list's
# joiners may stand between): no document cited yet (h135 北京, 宁夏, 新疆).  A bare 制定《X》 and 推动制定《X》 are
# labelled both ways (CITES in h48, h137) and stay CITES
TO_BE_MADE_BEFORE = re.compile(
    # (为编制《X》…提供技术依据: a plan still to be written, h159 安监总局; 研究出台《X》 / 编制《X》 opening its sentence:
    # a work report's task, h214 林芝 — a law's 主管部门应当…，编制《X》 stays cited; 拟第二批立项《X》: a standard
    # proposed as a drafting project, h270 南京)
    r"(?:研究(?:制定|制订|出台)|制定印发|制订印发|为了?(?:编制|制定|制订)|(?:^|[。；;])\s{0,2}编制"
    r"|拟(?:第[一二三四五六七八九十\d]{1,3}批)?立项)"
    r"(?:全[国省区市县州]|本[省区市县])?[、，,和及与\s]*$"
)
# 推动《X》尽快出台 / 启动《X》立法工作 / 《X》的起草工作 — what follows the title says it is still to be made (h160 陕西,
# 昆明); 《X》出台以来 (since it came out) and 修订工作 (a text that exists) name a document
TO_BE_MADE_AFTER = re.compile(r"^\s{0,2}(?:(?:尽快|早日|及早|加快|力争)出台|的?(?:立法|起草|制定|制订|编制)工作)")
# 提供…《印章刻制清单》及相关发票 / 出具《…核对报告》 / 提交《…声明函》 — a paper handed in, the object of the verb (only
# a qualifier between, the noun phrase ending with the title): no document cited (h138 汕尾).  你局提交的《…请示》 (a
# relative clause) names a text that exists: cited.  向居民发放《致…的一封信》、《…调查问卷》 — papers handed out
# (发放 / 分发 / 派发), no document cited either (h209 环翠楼)
HANDED_IN_BEFORE = re.compile(r"(?:提供|提交|出具|填写|填报|发放|分发|派发)[^。；;，,：:《》]{0,16}?(?<!的)$")
HANDED_IN_AFTER = re.compile(r"^\s*(?:[、和及与以等]|以外|[，,。；;）)]|$)")


def _not_yet_a_text(raw_before: str, raw_after: str) -> bool:
    """A 《title》 that names no document cited: a text still to be made (研究制定《X》, 推动《X》尽快出台), a paper handed
    in (提供《X》)."""
    before = re.sub(r"《[^《》]{0,200}》", "", raw_before[-240:])
    if TO_BE_MADE_BEFORE.search(before) or TO_BE_MADE_AFTER.match(raw_after):
        return True
    clause = CLAUSE_BREAK.split(before)[-1]
    return bool(HANDED_IN_BEFORE.search(clause)) and HANDED_IN_AFTER.match(raw_after) is not None


def _modelled_on(raw_before: str) -> bool:
    """参照《X》 (modelled on X) is the nearest word of the mention's clause, no trigger after it."""
    clause = CLAUSE_BREAK.split(re.sub(r"《[^《》]{0,200}》", "", raw_before[-240:]))[-1]
    return MODELLED_ON.search(clause) is not None and _nearest_trigger(clause) is None


# 森林法实施条例 / 专利法实施细则 / 预算法修正案 — a law's short name inside a longer title: not the law
ALIAS_IN_LONGER_TITLE = re.compile(r"实施|条例|细则|办法|规定|规则|解释|修正案|若干|配套|[》〉]")


def _bare_name_of_one_text(alias: str) -> bool:
    """A short name that stands for one text: a law's (行政处罚法), or a titled one of five characters or more
    (not a bare 文种, not the name of several texts: 机构改革方案和实施意见).

    >>> [_bare_name_of_one_text(a) for a in ("行政处罚法", "实施意见", "改革方案和实施意见", "两个条例", "管理办法")]
    [True, False, False, False, False]
    """
    if is_short_law_title(alias):
        return True
    return len(alias) >= 5 and alias.endswith(rx.CITED_DOC_TYPES) and not re.search(r"[和及与、]|两个|三个|等", alias)


def _bare_alias_references(
    text: str, bare: _Aliases, own: _Own, *, file: str, line_of: Callable[[int], int]
) -> list[Reference]:
    """《中华人民共和国行政处罚法》（以下简称行政处罚法）… 为进一步贯彻实施行政处罚法: a law's short name defined without
    《》 and used bare after a trigger — the law, in the role the trigger gives (one reference a role; a bare use
    without a trigger adds nothing to the defining mention's CITES)."""
    out: list[Reference] = []
    for alias, (title, num) in bare.items():
        if not _bare_name_of_one_text(alias) or own.is_own(title, num):
            continue
        roles: set[str] = set()
        at = text.find(alias)
        while at >= 0:
            end = at + len(alias)
            if (
                text[at - 1 : at] not in ("《", "称")
                and text[end : end + 1] != "》"
                and not ALIAS_IN_LONGER_TITLE.match(text, end)
            ):
                s0 = max(text.rfind(ch, 0, at) for ch in "。！？；!?;\n") + 1
                sent = text[
                    s0 : SENTENCE_END_CHAR.search(text, end).end() if SENTENCE_END_CHAR.search(text, end) else len(text)
                ]
                role = classify_role(sent, at - s0, end - s0, [(at - s0, end - s0)])
                if role != Role.CITES and role not in roles:
                    roles.add(role)
                    out.append(Reference(role, title, num, Evidence(file, line_of(at), sent.strip())))
            at = text.find(alias, end)
    return out


# 你省《关于撤销X的请求》(鄂政文〔1998〕47号)收悉 / …(吉政文〔1995〕5号)和有关补充报告收悉 — a paper the reply acknowledges
# by title and number: a document whatever word its title ends with (h143 沙洋)
ACKNOWLEDGED_AFTER = re.compile(r"\s?(?:[和及][^。；;，,《》]{0,16}?)?收悉")


# 》甲农明电〔2022〕12号 — a number printed right after a title's close with no brackets around it: the title's number
# (its prefix holds no joining word: 《X》和甲政发〔2020〕1号 names two texts)
BARE_NUMBER_AFTER = re.compile(
    r"\s?(?P<num>[^\s\d和及与或的、，,。；;：:《》（）()〔〕“”\"]{1,14}?〔(?:19|20)\d\d〕\d{1,4}号)"
)


def _number_after(
    sent: str, m: re.Match, title: str, taken: list[tuple[int, int]]
) -> tuple[str, DocNumber | None, int]:
    """The 《title》 at ``m`` with the number printed after it, and where the mention ends (a stray close's number
    is X's, its span taken apart)."""
    end = m.end()
    num = None
    f = rx.FOLLOWING_NUMBER.match(sent[end:])
    # (not the close of an outer title X stands in: 《关于印发《X》的通知》（…）, its marks left unnested)
    stray = STRAY_CLOSE.match(sent, end) if not f and _marks_closed(sent[: m.start()]) else None
    if stray:  # 《X》的通知》（张农通字〔2019〕70号）: a garbled quote's stray close, then X's number (h146 张家口)
        f = rx.FOLLOWING_NUMBER.match(sent[stray.end() :])
        num = parse_doc_number(f.group("num")) if f else None
        if num:  # (the number is X's, no mention of its own; the stray words stay in the sentence)
            taken.append((stray.end(), stray.end() + f.end()))
    elif f:
        num = parse_doc_number(f.group("num"))
        if num:
            end += f.end()
    elif (n := NOTICE_NUMBER_AFTER.match(sent, end)) and (f := rx.FOLLOWING_NUMBER.match(sent[n.end() :])):
        # 关于印发《X》的通知”(深办发[2008]9号) / 《X》的通知(粤人社规〔2021〕12号): the number is the notice's, named
        # by the words printed around X — one document, not X and a bare number (h123 深圳, h128 中山)
        num = parse_doc_number(f.group("num"))
        if num:
            end = n.end() + f.end()
            if sent.endswith("关于印发", 0, m.start()):
                title = f"关于印发{title}的通知"
    elif (b := BARE_NUMBER_AFTER.match(sent, end)) and (bare := parse_doc_number(b.group("num"))):
        num, end = bare, b.end()  # 《X》甲农明电[2022]12号文件的要求: X's number printed without brackets (h202 衡南)
    elif sent.startswith(("〔", "【", "["), end):  # 《X》【2022】4号: X's number with its year only (h38 黑河)
        y = YEAR_NUMBER_AFTER.match(sent, end)
        if y:
            num, end = DocNumber("", int(y.group("year")), int(y.group("serial"))), y.end()
    return title, num, end


def _title_mentions(
    sent: str, own: _Own, aliases: _Aliases, defined: set[str] = frozenset(), bare: _Aliases | None = None
) -> tuple[list[_Mention], list[tuple[int, int]]]:
    """The 《title》 mentions of a sentence that name documents, and the spans every 《…》 takes
    (with its doc number in brackets).  Records abbreviations in ``aliases`` as it reads."""
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for m in rx.BOOK_TITLE.finditer(with_lost_opening_marks(third_level_marks_as_second(sent))):
        title, num, end = _number_after(sent, m, normalise_cited_title(m.group("title")), taken)
        taken.append((m.start(), end))
        al = ALIAS.match(sent[end:])
        if al:  # 《X》（以下简称《条例》）: later mentions of 《条例》 mean X
            aliases[mention_key(normalise_cited_title(al.group("alias")))] = (title, num)
            if bare is not None and not re.search(r"[《“\"]\s*$", sent[end : end + al.start("alias")]):
                bare.setdefault(al.group("alias").strip(), (title, num))  # （以下简称行政处罚法）: used without 《》
        named = _named_document(title, num, aliases, defined, defining=sent[max(0, m.start() - 4) : m.start()])
        if named is None or GENERIC_OWNER_BEFORE.search(sent, max(0, m.start() - 16), m.start()):
            continue
        if num is None and FORMAT_NAME.match(named[0]) and not NUMBER_AFTER.match(sent[end:]):
            continue
        if num is None and PAPER_HANDED_IN_AFTER.match(sent[end:]):
            continue  # 出具的《X检验报告》（复印件）: a paper an applicant hands in, no text cited (h211 广州)
        title, num = named
        if (
            is_document_title(title)
            or COUNTED_ITEMS_END.search(title)
            or rx.STANDARD_AFTER.match(sent[end:])
            or rx.STANDARD_CODE_AT_END.search(title)
            or (num is not None and ACKNOWLEDGED_AFTER.match(sent, end))
            or (num is not None and _not_a_form(title))
        ):
            found.append(_Mention(m.start(), end, title, num, own.is_own(title, num), own.only_attached(title)))
        elif len(title) >= WEAK_TITLE_MIN and (
            _not_a_form(title)
            or ISSUED_BY_A_BODY_BEFORE.search(sent, max(0, m.start() - 40), m.start())
            or SIGNED_BEFORE.search(sent, max(0, m.start() - 4), m.start())
        ):
            # (根据省政府印发的《X规划表》: a table a body issued is its text, where the clause rests on it, h165 江西)
            found.append(
                _Mention(m.start(), end, title, num, own.is_own(title, num), own.only_attached(title), weak=True)
            )
    return found, taken


# 根据《A》…，结合本县实际，编制《X》。 / …，制定形成《X》，主要阐明… — the opening sentence of a text saying what it rests
# on, then that it was drawn up as X: X is the text itself, named in full (an untitled plan's preamble, h37 拉萨, h84
# 龙陵, h116 苏尼特右旗, h131 襄阳).  编制/制定 right before X (no 了: 制定了《X》 reports a text made earlier), a basis
# cue opening an earlier clause of the sentence, and nothing after X that issues it (，现印发给你们)
OWN_MADE_BEFORE = re.compile(
    r"[，,]\s?(?:结合[^，,。；;《》]{0,20}[，,]\s?)?(?:特|现|研究)?(?:编制|制定|制订)(?:形成|出)?$"
)
OWN_MADE_BASIS = re.compile(r"(?:根据|依据|按照|依照|为了?(?:深入)?(?:贯彻|落实|进一步|加快|全面|推动|推进))")
OWN_MADE_AFTER = re.compile(
    r"^\s?(?:[（(][^（）()]{0,30}[）)])?\s?(?:[。；;]|$|[，,](?![^。；;]{0,12}(?:印发|下发|发给|转发)))"
)
# 经省政府同意，现印发你们 — the next sentence issues X: a notice's issued text, not the text itself (h95 青海)
ISSUED_SOON = re.compile(r"^[^。；;]{0,20}?(?:印发|下发|发给|转发)")
# The preamble a text names itself in: its first so many characters
OWN_MADE_REACH = 1500


def _names_own_text(
    mention: _Mention, role: Role, sent: str, s0: int, next_sent: str, attached: set[str], own: _Own
) -> bool:
    """A mention of the text itself or of its own attachment, no other document: 根据《A》，编制《X》。 in the text's
    preamble; 编制了《X》（以下简称《Y》，详见附件1） and, further on, 依据《Y》 (``attached`` keeps the attachments'
    keys as the sentences are read; s0: where the sentence starts in the text, next_sent: the text after it)."""
    if role in (Role.SUPERSEDES, Role.AMENDS) or not mention.title:
        return False
    if mention_key(mention.title) in attached:
        return True  # 严格依据《指导清单》 after 编制了《X指导清单》（以下简称《指导清单》，详见附件1）
    if role != Role.CITES:
        return (
            False  # (按照本规则和《X》（以下简称…，见附件）: the attachment it rests on, h157 内蒙古, stays BASED_ON)
        )
    if OWN_ATTACHMENT_NOTED.match(sent, mention.end):
        attached.add(mention_key(mention.title))  # (its short name, used further on, names it too)
        return True
    return _made_as_itself(sent, mention, s0 + mention.start, next_sent, own)


def _made_as_itself(sent: str, mention: _Mention, at: int, next_sent: str, own: _Own) -> bool:
    """根据《A》，结合实际，编制《X》。 in a text's opening: X is the text itself, no document it cites (the sentence
    names its basis first; ``at`` is the mention's offset in the text; X is not issued by the next sentence).  Not
    when the text's title ends in another 文种: a law or a resolution telling a body to draw up X (编制《X方案》报省
    人民政府批准, 制定《X实施细则》) cites it."""
    if at > OWN_MADE_REACH or mention.number is not None:
        return False
    kind = _cited_type(mention.title)
    kinds = {_cited_type(PERIOD_ASIDE.sub("", t)) for t in own.titles}
    if kind and kinds and None not in kinds and kind not in kinds:
        return False  # (a title of no known 文种, a page's heading: the rule holds)
    before = re.sub(r"《[^《》]{0,200}》", "", sent[: mention.start])
    made = OWN_MADE_BEFORE.search(before)
    return bool(
        made
        and OWN_MADE_BASIS.search(before[: made.start()])
        and OWN_MADE_AFTER.match(sent[mention.end :])
        and not ISSUED_SOON.match(next_sent)
    )


# （2021—2025年） / (试行) — an aside after a title's 文种
PERIOD_ASIDE = re.compile(r"[（(][^（）()]{1,20}[）)]$")


def _cited_type(title: str | None) -> str | None:
    """The 文种 a title (or a mention key) ends with, the longest first (实施细则 before 细则); None for none."""
    return next((t for t in rx.CITED_DOC_TYPES if title and title.endswith(t)), None)


# 附件：某财基〔2022〕486号附件.xls / 《X》.docx — a mention that is part of a file's name (a download link of the
# text's own attachment, named after the text's number; h260 平阳)
FILE_NAME_AFTER = re.compile(r"^[^\s，,。；;《》]{0,40}?" + rx.FILE_SUFFIX + r"(?![A-Za-z])", re.I)
# 具体流程参见附件《X》 / 详见附件2《X》 — the title that follows names the text's own attachment (h262 厦门)
SEE_ATTACHMENT_BEFORE = re.compile(r"(?:参见|详见|见)附件[\d一二三四五六七八九十]{0,2}[：:]?\s?$")


def _no_document_named(mention: _Mention, role: Role, sent: str, text: str) -> bool:
    """研究制定《X》 / 提供…《印章刻制清单》及相关发票: no document cited; a title naming no 文种 that the clause neither
    rests on nor carries out, or that shortens a longer title the text cites (按照《Y程序》 for 《Y程序规定》): none of its
    own.  Nor is the document's own title (or its notice's, or its attachments') — unless the text repeals or amends
    it (an earlier document of the same title) or other bodies issued it (按照市委组织部《X》).  Nor a file's name
    (附件：X〔2022〕486号附件.xls) or the attachment 参见附件《X》 names."""
    if role == Role.CITES and (
        FILE_NAME_AFTER.match(sent[mention.end :]) or SEE_ATTACHMENT_BEFORE.search(sent[: mention.start])
    ):
        return True
    if mention.own and role not in (Role.SUPERSEDES, Role.AMENDS) and not _others_of_same_title(sent[: mention.start]):
        # (根据《A》、《B》和…要求 naming B, listed under the text as 附件：1、《B》: a text it rests on, attached for
        # reference — BASED_ON, as h157 内蒙古's 按照《X》（见附件）; h172 马兰屯)
        return not (mention.attached and role == Role.BASED_ON and BASIS_OPENING.search(sent[: mention.start]))

    if mention.weak and (role not in (Role.BASED_ON, Role.IMPLEMENTS) or _shortened(mention.title, text)):
        return True
    if _edited_words(sent, mention):
        return True
    return role == Role.CITES and _not_yet_a_text(sent[: mention.start], sent[mention.end :])


# 根据《A》、 / 依据 — the words that open a list of texts a clause rests on, before a mention
BASIS_OPENING = re.compile(r"(?:根据|依据|依照)(?:[^。；;，,]{0,80}、)?$")


# 将第一条中的“《A》”修改为“《B》” — the words an amendment replaces, each title alone in its quotation marks (only
# 修改为 / 改为 / 替换为 / 删去 in the sentence makes them wording)
REWORDED = re.compile(r"(?:修改|调整|替换|更改)为|改为|删去|删除")


def _edited_words(sent: str, mention: _Mention) -> bool:
    """“《A》” in 将…中的“《A》”修改为“《B》”: a title quoted as the words an amendment edits, no reference of the
    amending text (shanghai 土壤污染: the amended rule's citation is replaced, the notice cites neither)."""
    quoted = sent[mention.start - 1 : mention.start] in '“"' and sent[mention.end : mention.end + 1] in '”"'
    return mention.start > 0 and mention.end < len(sent) and quoted and REWORDED.search(sent) is not None


# 某县“某某”人才政策三十条 / 稳经济二十条 — a policy named by the count of its articles: a document's title like one
# ending with a 文种 (h215 来安; not 第三十条, an article)
COUNTED_ITEMS_END = re.compile(r"(?<!第)[二三四五六七八九十百]{1,4}条$")
# A title naming no 文种 is read as a document's from so many characters (《某某优惠政策三十条》; not 《工作台账》)
WEAK_TITLE_MIN = 6


def _shortened(title: str, text: str) -> bool:
    """Whether ``title`` is the start of a longer 《title》 in ``text``: that text's name shortened.

    >>> _shortened("甲市听证程序", "根据《甲市听证程序规定》……按照《甲市听证程序》组织听证"), _shortened("甲市现代化2035", "《甲市现代化2035》")
    (True, False)
    """
    k = mention_key(title)
    return any(
        len(o) > len(k) and o.startswith(k)
        for o in (mention_key(normalise_cited_title(m.group("title"))) for m in rx.BOOK_TITLE.finditer(text))
    )


# 的通知” / 的通知 right after a 《X》 the notice issued, its number in brackets next
NOTICE_NUMBER_AFTER = re.compile(r"的通知[”\"]?")
# 的通知》 — a stray closing mark a garbled quote leaves after the title (the source dropped 关于印发《): a few
# characters at most, then the mark
STRAY_CLOSE = re.compile(r"[^《》（）()，,。；;：:]{1,6}》")
# 【2022】4号 / 〔2018〕2号 right after a title — its number printed with the year only (brackets the cleaning left)
YEAR_NUMBER_AFTER = re.compile(
    r"\s{0,2}[〔【\[]\s{0,2}(?P<year>(?:19|20)\d\d)\s{0,2}[〕】\]]\s{0,2}(?P<serial>\d{1,4})\s{0,2}号"
)


def _marks_closed(before: str) -> bool:
    """Whether every 《 before a mention is closed (the mention stands inside no other title).

    >>> _marks_closed("根据《A》和"), _marks_closed("根据《关于印发")
    (True, False)
    """
    return before.count("《") <= before.count("》")


# 《本市发展公共租赁住房的实施意见》（沪府发〔2010〕32号） — 本市/本省 opening a title names the place, not the text
# itself (本办法): with its own number it is another document of the place (h109 上海)
LOCAL_TITLE = re.compile("本" + alternation(PLACE_ENDINGS) + r"[\u4e00-\u9fff]")


def _local_with_number(title: str, num: DocNumber | None) -> bool:
    return num is not None and LOCAL_TITLE.match(title) is not None


def _named_document(
    title: str, num: DocNumber | None, aliases: _Aliases, defined: set[str], *, defining: str
) -> tuple[str, DocNumber | None] | None:
    """What a 《title》 names, told from the text: the document a defined short name stands for, None for
    a short name that is not a document's (its definition itself, a name of the text, a bare 文种 such as
    《条例》, an abbreviation of up to four characters that is no law's short name), else itself."""
    key = mention_key(title)
    if defining.endswith("简称"):
        return None  # （以下简称《条例》）: the definition itself
    if key in aliases:
        return aliases[key]
    if key in defined or title in rx.CITED_DOC_TYPES or (title.startswith("本") and not _local_with_number(title, num)):
        return None
    if len(title) <= SHORT_TITLE and not is_short_law_title(title):
        return None  # 《总体规划》《专业清单》: a short form of a title named before without 简称
    return title, num


def _number_mentions(sent: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Bare doc numbers of a sentence (not those that follow a 《title》)."""
    found: list[_Mention] = []
    if "〔" not in sent:  # a doc number's year bracket: without it DOCNUM has nothing to find
        return found
    for m in rx.DOCNUM.finditer(sent):
        if any(a <= m.start() < b for a, b in taken) or FILE_NAME_AFTER.match(sent, m.end()):
            continue
        num = parse_doc_number(m.group(0))
        m_start = m.start()
        if num is not None:
            # 根据豫政办明电〔2023〕2号 / 第三条以及豫人社函〔2023〕19号: the prefix starts after the last
            # word that cannot be part of one
            cut = None
            for w in PREFIX_BREAKERS.finditer(num.prefix):
                if num.prefix[w.end() : w.end() + 1] not in (
                    "）",
                    ")",
                ):  # 甲自然执(经)罚字: 经 inside a section's brackets
                    cut = w.end()
            if cut:
                if cut >= len(num.prefix) and not num.prefix.endswith("政府"):
                    continue
                # (泉州市人民政府〔2018〕2号文件精神: the sender named, no prefix printed — the number alone, h144 泉州)
                num = replace(num, prefix=num.prefix[cut:])
                m_start += cut
        bare = BARE_TITLE_BEFORE.search(sent, max(0, m_start - 130), m_start) if num is not None else None
        found.append(_Mention(m_start, m.end(), bare.group("title") if bare else None, num))
    return found


# 根据财政部国家卫生健康委关于提高…标准的通知(财社〔2022〕49号) / 按照四川省人民政府办公厅关于印发…实施方案(川办发〔2019〕56号)
# — a title printed without 《》 between the clause's trigger and the number: the number's document, named so
# (h127 四川).  Only a title with one 关于 that ends with a 文种, nothing but the title between trigger and bracket.
BARE_TITLE_BEFORE = re.compile(
    r"(?:根据|依据|依照|按照|遵照)(?P<title>(?:(?!关于)[\u4e00-\u9fff]){2,40}?关于(?:(?!关于)[^，,。；;：:《》“”\"（）()、\s]){2,80}?"
    r"(?:的通知|的意见|的决定|的批复|方案|办法|规定|细则))\s{0,2}[（(]\s{0,2}$"
)


def _roles(sent: str, mentions: list[_Mention], taken: list[tuple[int, int]]) -> Iterator[tuple[_Mention, Role]]:
    """Each mention with the role the sentence gives it."""
    spans = [(x.start, x.end) for x in mentions] + taken
    prev_role, prev_end = None, 0
    for mention in mentions:
        role = classify_role(sent, mention.start, mention.end, spans)
        if (
            role == Role.CITES
            and prev_role in (Role.BASED_ON, Role.IMPLEMENTS)
            and _issuers_only(sent[prev_end : mention.start])
        ):
            role = prev_role  # 根据《A》，X厅、Y厅《B》…: the list goes on past the next document's issuers
        prev_role, prev_end = role, mention.end
        yield mention, role


# 印发 / 印发的 / 发布的 after the next document's issuers
ISSUED_BY_END = re.compile(r"(?:印发|发布|制定)的?$")


# 按照市委组织部《X》 / 根据甲总队、乙局关于印发《X》的通知要求 — a basis trigger, then the bodies that issued X (their verb
# after them): X is another body's text that the citing text's own title repeats, no name of itself
OTHERS_TITLE_BEFORE = re.compile(
    r"(?:根据|依据|依照|按照|遵照)(?P<who>[^，,。；;：:《》]{2,60}?)(?:关于)?(?:印发|发布|转发)?的?$"
)


def _others_of_same_title(before: str) -> bool:
    """Whether the mention that ends ``before`` is another body's text of the citing text's own title: a trigger, then
    only its issuers (h123 本溪 按照市委組織部《关于增加…的通知》 in a notice of that title; shanghai 古美 根据…总队、…局关于印发
    《X方案》的通知要求 in the street's 古美路街道X方案).

    >>> _others_of_same_title("按照市委组织部"), _others_of_same_title("请按照")
    (True, False)
    """
    m = OTHERS_TITLE_BEFORE.search(before[-80:])
    return m is not None and _issuers_only(m.group("who"))


def _issuers_only(between: str) -> bool:
    """Text between two mentions that holds only a separator and the next document's issuers.

    >>> _issuers_only("，河南省财政厅、河南省人力资源和社会保障厅"), _issuers_only("，并按照")
    (True, False)
    """
    between = re.sub(r"^[（(][^）)]{0,40}[）)]", "", between)
    # (the issuers' verb may follow them: 、龙陵县河长制领导小组印发《D》, h61 龙陵)
    between = ISSUED_BY_END.sub("", between)
    if len(between) > 40:
        return False
    # separators, then issuers each with the separators after it; the separators 和及与 are also
    # characters of a name, so the issuers may start anywhere within the leading run
    lead = rx.LIST_SEPARATORS.match(between).end()
    if lead == len(between):
        return True
    ends = run_of_names(between, rx.LISTED_ISSUER, max_piece=len(between), starts=range(lead + 1))
    return len(between) in ends


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


# 在《A》下，对…不再执行《B》中关于…的规定 — the repeal word's object follows it: it is about B, not A
REPEALS_A_LATER_ONE = re.compile(r"^[^。；;]{0,60}?(?:废止|停止执行|不再执行|宣布失效)(?=[《〈])")
# 《A》附件《B》同时废止 — only the attachment goes
ATTACHMENT_AFTER = re.compile(r"^\s*附件")
# separators before a repeal word: 《A》、《B》同时废止
LIST_JOINERS = re.compile(r"^[、和及以与\s]*")
# 依照…废止的 / 已失效的 / 按规定废止 — a repeal word that is not this sentence's repeal
# (原《X》已废止 / 已经失效 / 已被废止 — a repeal done before, reported: X's state, not this text's act;
# 服务期自…起至《X》失效时止 / 废止之日止 — a term running until X expires: a validity clause, no repeal)
# …制定、修改、废止情况 / 废止工作 — the word a noun's part: how texts were made and repealed, no repeal (h184 南平)
NOT_A_REPEAL = re.compile(
    r"^[^。；]{0,40}?(?:废止的|失效的|规定废止|已(?:经|被)?(?:宣布)?(?:废止|失效)|(?:废止|失效)(?:之日|之时|时)?为?止"
    r"|(?:废止|失效)(?:情况|工作|程序|机制))"
)
# 《X》第十二条同时废止 / 《X》部分条款停止执行 — part of X goes, X stays (amended)
# 《X》等6件…文件由于…,需要废止 / 拟废止 / 建议废止 — a repeal proposed (a cleanup's report or draft), not made by the text
# (h82 重庆)
PROPOSED_REPEAL = re.compile(r"^[^。；;]{0,60}?(?:需要|拟|建议)(?:予以)?废止")
PART_REPEALED = re.compile(r"^[^。；]{0,12}?(?:第[一二三四五六七八九十百\d]+[条款项章节]|部分条款|有关条款|相关条款)")
# 修改 / 修订 / 修正 right after the mention (《关于修改X的决定》第一次修正): a repeal word further on
# belongs to the amended act, not to the amending one
AMENDED_NEAR = re.compile(r"(?:修改|修订|修正)")
# 修改为：“ / 改为「 / 增加一款，内容为：“ — the opening of the new wording an amendment quotes
NEW_WORDING = re.compile(r"(?:修改为|改为|内容为)[:：]?\s*[“「\"]")


MAX_NEW_WORDING_BACK = 1500  # characters before a sentence where the quoted new wording it goes on may have opened
MAX_ITEM_ORDINAL = 6  # characters of an item's ordinal opening a sentence (三、 / （十二） / 12.)
# 。二、 / ”（三） / \n3. — the next item of an amending decision after a sentence's end: a quote left open never runs
# past it
NEXT_AMENDING_ITEM = re.compile(
    r"[\n。；;”」](?:[一二三四五六七八九十百]{1,4}、|\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])"
)


def _in_new_wording(sent: str, at: int, before: str = "") -> bool:
    """Whether the mention at ``at`` stands inside the new wording an amending decision quotes (its quote
    opened after 修改为 and not closed before the mention) — opened in the sentence, or in the text ``before`` it when
    the new article runs over sentences and paragraphs (h201 盘锦), though never across the decision's next item."""
    opened = [m.end() for m in NEW_WORDING.finditer(sent, 0, at)]
    if opened:
        return not any(q in sent[opened[-1] : at] for q in '”」"')
    opened = [m.end() for m in NEW_WORDING.finditer(before)]
    if not opened or any(q in before[opened[-1] :] + sent[:at] for q in '”」"'):
        return False
    return NEXT_AMENDING_ITEM.search(before[opened[-1] :] + sent[:MAX_ITEM_ORDINAL]) is None


# 三、 / 3. / （三） — the numbering of an amending decision's item, all that stands before the mention, or with
# the verb's object opening it: 二、对《X》（…令第…号）… / 一、将《X》… — an item of an amending decision opening with the verb's object (h46 海关)
# (a closing quote may come first: …修改为:“…实施处罚。”四、《X》(…令第96号)。 — the item glued to the new wording
# before it where the page lost its line break, h71 天津)
AMENDED_ITEM_OPENING = re.compile(  # (^: fullmatched; anchored, a search over a run of spaces stays linear too)
    r"^[”」\"]?\s*(?:[一二三四五六七八九十百]{1,4}、|\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*(?:对|将)?"
)
# 决定对《X》等23部规章进行修改 / 决定对《X》予以修订 — the text's own decision, the verb in the mention's clause
DECIDED_BEFORE = re.compile(r"决定[^。；;，,《》]{0,10}对$")
AMENDED_BY_VERB_AFTER = re.compile(r"^[^。；;，,]{0,20}?(?:进行|予以|作)(?:修改|修订|修正)")
# …予以修改, before a repeal word further on: the mention's own verb (长春 cleanup decision, h37)
# 第二十九条规定：“… / 规定：「 — the mention's provision quoted: a repeal word inside the quotation is the provision's
# wording (…根据法律的制定、修改、废止等情况…), no repeal made by the text
QUOTED_PROVISION_AFTER = re.compile(r"^[^。；;“”「」\"《》]{0,30}?规定\s?[:：]?\s?[“「\"]")
# 等96件行政规范性文件继续有效， / 予以保留 — the mention's own clause keeps it in force (a repeal further on is another's)
KEPT_FIRST = re.compile(r"^[^。；;，,]{0,40}?(?:继续有效|予以保留|继续保留)")
AMENDED_FIRST = re.compile(r"(?:予以|进行)(?:修改|修订|修正)")
# 《X》精神 / 《A》和《B》文件精神 / 《X》和有关规定精神 — the spirit of X is carried out (only joiners and
# these words between: in 根据《A》要求和《B》精神 the spirit is B's, A's is a requirement)
SPIRIT_AFTER = re.compile(
    r"^(?:[（(][^（）()]{0,30}[）)])?[和、及与\s]{0,20}(?:的|等|有关|相关|文件|会议|重要|各项|主要|规定|政策){0,3}精神"
)
# 做好《A》和《B》的落实工作 / 《X》的贯彻执行 / 为做好《X》（…令第191号）的贯彻实施 (h138 广州) — X is what is carried out
# (检查《X》的实施情况 is no carrying out: the word must end the clause or be followed by 工作)
CARRIED_OUT_WORK_AFTER = re.compile(
    r"^[和、及与\s]{0,3}的(?:贯彻落实|贯彻执行|贯彻实施|落实|实施|执行)(?:工作|[，,。；;]|$)"
)
# 《X》已经国务院同意，请…认真贯彻落实 — a text the sentence tells its readers to carry out
AGREED_CARRY_OUT_AFTER = re.compile(
    r"^[^。；;]{0,6}已(?:经)?[^。；;，,]{0,20}(?:同意|批准)[，,]请[^。；;]{0,40}(?:贯彻落实|贯彻执行|认真执行|组织实施|抓好落实)"
)
# 不再执行《X》中关于…的规定 / 暂时调整实施《X》第三十六条的规定 — X stays, one provision goes or is suspended
# 删去《X》第十四条第二款 (an amending decision's item, 长春市政府令第77号, h37) — one provision of X goes
SUSPEND_BEFORE = re.compile(r"(?:不再执行|停止执行|暂停执行|暂时调整实施|调整实施|暂停实施|暂时停止实施|删去|删除)$")
PROVISION_AFTER = re.compile(
    r"^[^。；;，,]{0,4}?(?:中(?:关于|有关)[^。；;]{0,40}?规定|第[一二三四五六七八九十百\d]+[条款项章节]|(?:有关|相关|部分)(?:规定|条款))"
)
# 取消《X》（…）中的“…”的要求 / 取消《X》中关于…的规定 — one provision of X cancelled: X amended (not the whole text)
CANCEL_BEFORE = re.compile(r"取消$")
CANCELLED_PROVISION_AFTER = re.compile(
    r"^(?:\s?[（(][^（）()]{0,40}[）)])?中(?:的\s?[“「\"][^“”「」\"]{1,160}[”」\"]|(?:关于|有关)[^。；;“”「」]{1,60}?)的?(?:要求|规定|条款)"
)
# 对《X》的批示 / 对《X》的意见 — X is the object of the instruction, not of a trigger before it
INSTRUCTION_ON_AFTER = re.compile(r"^的(?:批示|指示|批复|答复|回复|复函|意见|建议)")
# （2010年12月1日废止） / （已失效） right after a mention — a note of X's own history, not this text's repeal
HISTORY_NOTE_AFTER = re.compile(
    r"^\s{0,2}[（(][^（）()]{0,40}?(?:废止|失效|撤销)(?:[^（）()]{0,6}|[，,；;]以下简称[^（）()]{1,12})[）)]"
)
# 《A》和《B》有效落实 … after 推动 / 确保 … before it; 持续抓好中办、国办印发的《X》落实，/ 为推动《X》（…1号）加快实施，
# (h146 通州)
CARRIED_OUT_AFTER = re.compile(
    r"^[^。；;，,]{0,40}?(?:有效落实|全面落实|贯彻落实|扎实落实|落实落细|落实落地|落地见效|落地落实)"
    r"|^(?:(?:加快|全面|深入|有效)(?:实施|落实)|落实|实施)(?=[，,。；;]|$)"
    r"|^[^。；;，,]{0,40}?落实(?=[，,。；;（(]|$)"  # 全面推动《A》《B》等政策落实。: 落实 closing the clause (h215 恩阳)
)
PUSH_BEFORE = re.compile(r"(?:推动|推进|确保|保障|促进|加快|抓好|抓实)[^。；;，,]{0,12}$")
# 《X》（沪府发〔2011〕3号）需继续实施，有效期延长至… / 《X》继续适用 / 经评估继续有效 / 批准《X》局部修订的条文 —
# a notice that extends X's validity or revises part of it (its periodic review, 规范性文件 有效期评估).  继续…
# must follow X (its number, 需, 经评估 between): a law's transitional clause (《X》，继续适用于… / 《A》和B的
# 有关规定继续有效) keeps X as it is
VALIDITY_AFTER = re.compile(
    r"^(?:[^。；;]{0,30}?(?:有效期延长|延长有效期|局部修订)"
    r"|\s?(?:[（(][^（）()]{0,30}[）)])?(?:需要?|经评估|[，,])*继续(?:实施|适用|有效)(?!于))"
)
# 关于修改《X》 — an amending title; 二、修改《X》 — the part of a decision that amends X (自然资源部令第5号, h36)
ABOUT_AMENDING = re.compile(
    r"(?:关于|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])(?:修改|修订)$"
)
# 根据…《关于修改X的决定》第一次修正 — the decision is named in an act's history: cited, not applied here
NTH_AMENDMENT_AFTER = re.compile(
    r"^\s?(?:[（(][^（）()]{0,30}[）)])?第[一二三四五六七八九十\d]{1,3}次(?:修正|修订|修改)"
)
# 根据2020年3月20日…第1次部务会议 — the date opening an act's history note, right before the decision it names
HISTORY_DATE_BEFORE = re.compile(r"根据\s?(?:19|20)\d\d\s?年[^《》，,。；;]{0,100}$")
# 修正 / 修订 right after the decision (no 第N次: the act amended once, h119 自然资源部, h43 哈尔滨); 修改 closing the
# note's clause (…通过的《X关于修改〈Y〉的决定》修改）, h287 兰州 — not 修改本办法, which the decision grounds)
AMENDED_BY_IT_AFTER = re.compile(
    r"^\s?(?:[（(][^（）()]{0,30}[）)])?(?:(?:修正|修订)(?![的后])|修改(?=[）)，,。；;]|$))"
)
# 《关于废止部分…文件的决定》 / 《国务院关于宣布失效一批国务院文件的决定》 — a title that names a repeal: what repeals
REPEALING_TITLE = re.compile(r"废止|失效|清理结果")
# ，变更后原多点执业注册同时失效 — the repeal word in a later clause than the mention
REPEAL_IN_LATER_CLAUSE = re.compile(r"^[^。；;，,]{0,40}[，,][^。；;]{0,60}?(?:废止|失效|停止执行|不再执行)")
# 印发《…关于公布第五批规范性文件清理结果的通知》（…），废止 — a repealing act reported as issued, then the repeal it made
REPEALED_BY_NAMED_ACT = re.compile(
    r"(?:印发|发布|出台)了?《[^《》]{0,80}(?:废止|失效|清理结果)[^《》]{0,40}》[^。；;《》]{0,40}?[，,](?:并|同时)?(?:废止|宣布失效)$"
)
# clause punctuation: a trigger reaches no further back than it
CLAUSE_BREAK = re.compile(r"[，,。；;：:]")
# Triggers before a mention, and the role each gives; the nearest one wins.
TRIGGERS = (
    (rx.BASED_ON_TRIGGER, Role.BASED_ON),
    (rx.IMPLEMENTS_TRIGGER, Role.IMPLEMENTS),
    (rx.SUPERSEDES_BEFORE, Role.SUPERSEDES),
)


def classify_role(sent: str, a: int, b: int, spans: list[tuple[int, int]]) -> Role:
    """The role of the mention at sent[a:b]: SUPERSEDES, AMENDS, IMPLEMENTS, BASED_ON or CITES.

    >>> classify_role("根据《X法》，制定本办法。", 2, 7, [(2, 7)])
    'BASED_ON'
    """
    after = _strip_mentions(sent[b:], b, spans)
    note = HISTORY_NOTE_AFTER.match(after)
    if note:  # 修订前的《X》（2010年12月1日废止）: the note is about X's past; read on after it
        after = after[note.end() :]
    if ATTACHMENT_AFTER.match(after):
        return Role.CITES  # 《A》附件《B》同时废止: only the attachment goes
    before = _strip_mentions(sent[:a], 0, spans)
    if SUSPEND_BEFORE.search(before) and PROVISION_AFTER.match(after):
        return Role.AMENDS  # 不再执行《X》中关于…的规定: one provision of X goes
    if CANCEL_BEFORE.search(before) and CANCELLED_PROVISION_AFTER.match(after):
        return Role.AMENDS  # 取消《X》中的“…”的要求: one provision of X cancelled
    # (按照《X》的规定办理，变更后原注册同时失效 / 根据《X》，下列文件予以废止: X is the ground, what goes is named after it)
    grounds = BASIS_WORD_BEFORE.search(before) or BASIS_BY_BODY_BEFORE.search(before)
    later_clause = grounds and REPEAL_IN_LATER_CLAUSE.match(after)
    repeal = None if note or later_clause or REPEALS_A_LATER_ONE.match(sent[b:]) else _repeal_role(after)
    if repeal == Role.SUPERSEDES and REPEALING_TITLE.search(sent, a, b):
        return (
            Role.CITES
        )  # X印发了《关于废止…的决定》，对310件…予以废止: the repealing act, not a repealed one (王益 h82)
    if repeal is not None:
        return repeal
    if before.endswith("对") and INSTRUCTION_ON_AFTER.match(after):
        return Role.CITES  # 为落实某领导对《X》的批示: what is carried out is the instruction
    role = _role_around(before, after) or _nearest_trigger(before, after) or _listed_role(sent[:a], spans) or Role.CITES
    if role == Role.SUPERSEDES and REPEALED_BY_NAMED_ACT.search(sent, max(0, a - 200), a):
        return Role.CITES  # 印发《…清理结果的通知》（…），废止《X》: the act named repeals X, not this text (h82 重庆)
    if role == Role.CITES:
        role = _framed_role(sent[:a], before, after) or role
    elif (
        (role == Role.BASED_ON and BASIS_WORD_BEFORE.search(before))
        or (role == Role.IMPLEMENTS and CARRIED_OUT_BY_WHOM_BEFORE.search(before))
    ) and WHO_IT_DEFINES_AFTER.match(after):
        role = (
            Role.CITES
        )  # 按照《X》享受…的老年人 / 适用于按照《X》规定应当填报…的建设项目: X defines a group, no basis
    issued = (
        (ISSUED_AFTER.match(after) or (before.endswith("现将") and PUBLISHED_AFTER.match(after)))
        if role == Role.CITES
        else None
    )
    draft = "草案" in sent[a:b] or "征求意见稿" in sent[a:b] or "征求" in after or "听取" in after
    if issued and not NOT_ISSUED_BETWEEN.search(issued.group(0)) and not draft:
        # 《X》已经…通过，现予公布 / 现将《X》印发你们 / 制定了《X》，现印发执行: the text issues X (printed or not),
        # it does not cite it (not a draft published for comment: 现将《X（草案）》予以公布，广泛听取意见)
        return Role.TRANSMITS
    if role == Role.CITES and not draft and _published_here(before, after):
        return Role.TRANSMITS  # 我部制定了《X》。 / 某署发布《X》等3项标准（标准目录见附件）: the text's own
    return role


# 我部制定了《X》 / 我局组织编制了 — the issuing body itself, speaking, says it made X (an announcement publishing X)
MADE_BY_US_BEFORE = re.compile(r"[我本][部局委署厅办会院府行](?:组织|研究)?(?:制定|制订|编制)了$")
# 。 / （…）。 — nothing after the title but the sentence's end (no 现印发: ISSUED_AFTER's form)
ENDS_HERE_AFTER = re.compile(r"^\s?(?:[（(][^（）()]{0,30}[）)])?\s?[。；;]?\s?$")
# 等3项海关行业标准（标准目录见附件） — the texts counted, their list attached to this text
COUNTED_ATTACHED_AFTER = re.compile(
    r"^等[0-9一二三四五六七八九十百]{1,4}[项个部件][^，,。；;《》（）()]{0,12}[（(][^（）()]{0,12}见附件"
)


def _published_here(before: str, after: str) -> bool:
    """A title the text publishes without 现予公布: the body speaking made it and the sentence ends there (我部制定了
    《X》。本目录共…, h159 工信部), or it publishes X and the others counted with it in its attachment (海关总署发布《X》等
    3项海关行业标准（标准目录见附件）, h159 海关总署)."""
    if MADE_BY_US_BEFORE.search(before) and ENDS_HERE_AFTER.match(after):
        return True
    return before.endswith(("发布", "公布")) and COUNTED_ATTACHED_AFTER.match(after) is not None


# 我们研究制定了 / 我局组织起草了 — the text's makers say they made X (the sentence ends right after it)
MADE_BEFORE = re.compile(r"(?:研究|组织)?(?:制定|制订|起草|编制)了$")
# 现印发给你们 / 现予印发 / 现将其印发 — the next sentence issues what the one before named
ISSUED_NEXT = re.compile(r"^\s{0,2}现(?:将其|予以?)?(?:印发|下发)")


# 制定了《A》（以下简称…）以及《B》 — the titles made, listed: one with its note, then a joiner (a few at most)
_MADE_ITEM = r"《[^《》]{1,120}》\s?(?:[（(][^（）()]{0,30}[）)])?"
_MADE_JOINER = r"\s?(?:、|以及|和|及|与)\s?"
MADE_LIST_BEFORE = re.compile(r"(?:制定|制订|起草|编制)了(?:\s?" + _MADE_ITEM + _MADE_JOINER + r"){1,4}$")
ENDS_LIST_AFTER = re.compile(
    r"^\s?(?:[（(][^（）()]{0,30}[）)])?(?:" + _MADE_JOINER + _MADE_ITEM + r"){1,4}\s?[。；;]?\s?$"
)


def _made_then_issued(before: str, after: str, next_sent: str) -> bool:
    """我们研究制定了《X》。现印发给你们 — the notice made X and issues it in the next sentence: X is the text it
    transmits, never a citation (h161 国家医保局); so is each of a list it made (制定了《A》（以下简称A）以及《B》。
    现印发给你们, h153 国家医保局)."""
    if not ISSUED_NEXT.match(next_sent):
        return False
    if MADE_BEFORE.search(before):
        return bool(ENDS_HERE_AFTER.match(after) or ENDS_LIST_AFTER.match(after))
    return bool(MADE_LIST_BEFORE.search(before) and (ENDS_HERE_AFTER.match(after) or ENDS_LIST_AFTER.match(after)))


# 对贯彻《X》首次获得认证证书的企业 — 对 (whom the article rewards), then the verb right before X: who carried X
# out is described, the text carries nothing out (h138 巫山)
CARRIED_OUT_BY_WHOM_BEFORE = re.compile(r"对(?:贯彻|执行|实施|落实)$")
# 按照《X》 right before the title (已按《X》, 是指根据《X》): the trigger of a BASED_ON the clause may undo
BASIS_WORD_BEFORE = re.compile(r"(?:根据|依据|依照|按照|按)$")
# 根据国务院《X》（国发〔2014〕5号），我部决定对…《Y》予以废止 — the basis word and the body issuing X before its title
# (h216 环境保护部): X is the ground of a repeal named in a later clause, no repealed text
BASIS_BY_BODY_BEFORE = re.compile(
    r"(?:根据|依据|依照|按照)[\u4e00-\u9fff]{0,12}?" + alternation((*STRONG_ENDINGS, *PASSING_ENDINGS)) + r"$"
)
# …享受国家定期抚恤补助金的孤寡老年人、 / …规定应当建立而未建立瓦斯抽采系统的； — the rest of the clause is a
# relative clause ending in the noun it defines (or in 的): X says who or what is meant, the text rests not on
# it (chongqing 两江 养老, h64 煤矿, cee 环评登记, h156 大鹏).  Not what follows the title for its rules (的规定,
# 第N条的规定, 要求做好…, (所)确定的原则, 关于…的相关规定), nor a list (和/及/等 before the 的: 根据《X》和省委的部署)
# 等级 (a grade) and 及以上 / 及以下 (and above) hold 等 and 及 but join no list: 按照《X》（JGJ…）鉴定危房等级为D级的住宅区,
# 按照《X》（GB/T…）被评估为中度失能及以上的老年人 (h156 大鹏, chongqing 两江).  The noun may be the first of two
# described (依照《X》宣告破产的企业职工和濒临破产的企业…被精减的职工, h31 陕西): 和, then another phrase with 的
_NO_JOINER = r"等级|及以[上下]"
WHO_IT_DEFINES_AFTER = re.compile(
    r"^(?:\s?[（(][^（）()]{0,40}[）)])?(?!的|有关|相关|中|第|等|文件|要求|精神|关于|所|确定|明确|提出|部署|规定(?!应当))"
    r"(?:[^，,。；;：:《》、（）()\n的和及与等对]|"
    + _NO_JOINER
    + r"){2,60}?的(?!(?:有关|相关)?(?:规定|要求|精神|部署))"
    r"(?:[^，,。；;：:《》、（）()\n的和及与等]|" + _NO_JOINER + r"){0,12}"
    r"(?:的(?:[^，,。；;：:《》、（）()\n的和及与等]|"
    + _NO_JOINER
    + r"){0,12})?(?:[，,。；;、]|和(?=[^《》，,。；;]{1,40}的)|$)"
)
# 1. / 二、 / （3） — an item's number opening a clause
ITEM_NUMBER = r"(?:[\d一二三四五六七八九十]{1,3}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)])"
# 以《A》《B》及其他相关法律法规为依据 / 以《X》为基准 — the clause names what the text stands on
# (以《A》和《B》的精神为依据: the spirit named as the ground is the ground, h68 永州)
GROUND_AFTER = re.compile(
    r"^[、和及与\s]{0,3}(?:其他|其它|等)?(?:有关|相关)?(?:法律|法规|规章|文件|政策|规定|标准|规范|[、和及与]){0,12}"
    r"(?:的?精神)?为(?:依据|基准|准绳)"
)
# 以 opening its clause (after numbering, or the text itself: 本办法以): not 《规划》以《X》为依据 (another text's
# ground, h129 运城)
GROUND_OPENS = re.compile(r"^\s*" + ITEM_NUMBER + r"?\s*(?:本[\u4e00-\u9fff]{1,4})?以")
# 国家标准 / 行业标准 after a 《title》 — a standard named with its scope
SCOPED_STANDARD_AFTER = re.compile(r"^\s?(?:国家|行业|地方|团体)标准")
# 省政府印发了《X》，为切实落实好…政策措施 — a text reported as just issued, then the purpose of carrying it out
JUST_ISSUED_BEFORE = re.compile(r"(?:印发|出台|发布|颁布)了?$")
CARRY_OUT_PURPOSE_AFTER = re.compile(r"^[，,]为了?[^，,。；;《》]{0,8}?(?:贯彻|落实|实施)")


# …，请你们结合实际，认真抓好贯彻落实 — the rest of the sentence tells its readers to carry out what was just issued
CARRY_OUT_REST = re.compile(r"^[^《》。；;]{0,200}?(?:抓好贯彻落实|认真贯彻落实|抓好落实|认真贯彻执行)")
# 为落实相关要求，… / 为贯彻落实上述部署 — the next sentence carries out what the sentence before reported
CARRY_OUT_THE_ABOVE = re.compile(
    r"^\s{0,2}为了?(?:进一步)?(?:深入)?(?:贯彻落实|落实|贯彻)(?:相关|上述|有关|文件|这一|以上)(?:要求|部署|精神|规定)"
)


# ,确定了我区…工作目标和任务。 — the rest of a sentence saying what tasks the text named before sets
TASKS_SET_REST = re.compile(
    r"^[^。；;《》]{0,4}?(?:确定|提出|部署)了?[^。；;《》]{0,60}?(?:任务|目标)[^。；;《》]{0,6}[。；;]?$"
)
# …区政府决定…,将工作任务逐项分解下达 / 分解落实到各部门 — the next sentence dividing those tasks among bodies
TASKS_DIVIDED_NEXT = re.compile(
    r"^[^。；;《》]{0,120}?(?:工作任务|目标任务|任务)[^。；;《》]{0,8}?(?:分解下达|分解落实|责任分解|分解到)"
)


def _report_tasks_then_divided(rest: str, next_sent: str) -> bool:
    """《政府工作报告》,确定了…工作目标和任务。…将工作任务逐项分解下达: a sentence naming the tasks a text sets, the next
    dividing them among bodies — the text's tasks are carried out, as 《X》确定的…任务…分解 in one sentence is
    (:data:`TASKS_DIVIDED_AFTER`; h205 三水, as h93 南京's 分解落实)."""
    return TASKS_SET_REST.match(rest) is not None and TASKS_DIVIDED_NEXT.match(next_sent) is not None


def _carried_out_around(sent: str, a: int, b: int, next_text: str) -> bool:
    """The mention at sent[a:b] carried out by what its sentence or the next says: a text just issued, then carried out
    (:func:`_issued_then_carried_out`), or a text whose tasks the next sentence divides among bodies
    (:func:`_report_tasks_then_divided`: 审议通过的《政府工作报告》,确定了…任务。…将工作任务逐项分解下达, h205 三水)."""
    return _issued_then_carried_out(sent, a, b, next_text[:60]) or _report_tasks_then_divided(sent[b:], next_text)


def _issued_then_carried_out(sent: str, a: int, b: int, next_sent: str) -> bool:
    """X印发了《Y》（…），…认真抓好贯彻落实 / X印发《Y》，提出…。为落实相关要求，… — a text reported as just issued, the
    sentence (or the next, by 相关要求) carrying it out: Y is implemented (h73 石家庄, gov.cn 2019 小区配套幼儿园).  No
    other mention may come after Y in its sentence."""
    if not JUST_ISSUED_BEFORE.search(sent[:a]) or "《" in sent[b:]:
        return False
    return bool(CARRY_OUT_REST.match(sent[b:]) or CARRY_OUT_THE_ABOVE.match(next_sent))


def _framed_role(raw_before: str, before: str, after: str) -> Role | None:
    """A role read from a frame around a mention no trigger names: 以《X》为依据 (BASED_ON, h110 湘西, h87 黄平),
    X印发了《Y》，为落实… (IMPLEMENTS, h117 山东)."""
    clause = CLAUSE_BREAK.split(raw_before)[-1]
    if GROUND_AFTER.match(after) and GROUND_OPENS.match(clause):
        return Role.BASED_ON
    if JUST_ISSUED_BEFORE.search(before) and CARRY_OUT_PURPOSE_AFTER.match(after):
        return Role.IMPLEMENTS
    if before.endswith("严格执行") and SCOPED_STANDARD_AFTER.match(after):
        return Role.IMPLEMENTS  # 严格执行《X》国家标准: the scope after X, as in 严格执行国家《X》 (h135 宁夏)
    if DEFERRED_TO_AFTER.match(after) or _by_issuers_rules(before, after):
        return Role.BASED_ON
    return None


# 《A》《B》等法律法规已有相关处罚规定的，依照有关法律法规执行 / 《X》有规定的，依照其规定执行 — the article applies the
# rules of the texts it lists: they are its basis (cee 突发环境事件, 尾矿)
DEFERRED_TO_AFTER = re.compile(
    r"^[^。；;《》]{0,24}?规定的[，,]\s{0,2}(?:依照|依据|按照)(?:其|该|有关|相关|上述)[^。；;，,《》]{0,12}?(?:执行|处罚|处理)"
)
# …辞退的职工 / …认定的企业 — a clause ending in the group it defines (not in 的规定 / 的要求)
DEFINED_GROUP_END = re.compile(r"的(?!规定|要求|精神|部署)[\u4e00-\u9fff]{1,6}$")
# 按广州市人民政府关于《X》 / 须按教育部、原卫生部印发的《X》 / 按市教育考试院印发《X》 — a bare 按, then only the issuers
# of X (with 印发(的) or the 关于 of a title printed around the marks)
BY_ISSUERS_BEFORE = re.compile(r"按(?P<who>[^，,。；;：:《》]{2,40}?)(?:印发的?|发布的?|制定的?|关于)?$")


def _by_issuers_rules(before: str, after: str) -> bool:
    """按广州市人民政府关于《X》（穗府〔2000〕54号）的规定，报…批准 / 须按教育部…印发的《X》（…）等有关要求 — a bare 按
    reaching over X's issuers: X is what the clause follows (增城 2002, h157 重庆).  Not where the clause ends in the
    group it defines (按国务院《X》…辞退的职工, h31 陕西)."""
    m = BY_ISSUERS_BEFORE.search(before[-50:])
    clause = re.split(r"[，,。；;]", after, maxsplit=1)[0]
    return bool(m and _issuers_only(m.group("who")) and not DEFINED_GROUP_END.search(clause))


# 已经…通过，现予公布 / ，现印发给你们 / 现予以发布 — the sentence issues the text just named
ISSUED_AFTER = re.compile(
    r"^(?:[（(][^（）()]{0,40}[）)])?(?:[^。；;《》，,]{0,50}[，,])?[^。；;《》，,]{0,30}?"
    # (现 — now, by this text: 可以对《清单》进行调整，并予以公布 is a duty for later, 核出口管制条例)
    r"(?:现予以?(?:公布|发布|印发|颁布|下发)|现(?:印发|下发)|(?:印发|下发|转发)(?:给|至)?你们)"
)
# 现将《X》予以公布 — the rest of the sentence after 现将《X》
PUBLISHED_AFTER = re.compile(r"^[^。；;《》]{0,30}?予以(?:公布|发布|印发)")
# …进行了修订，现印发 (X amended, its new text issued) / 以《X》的形式予以公布 (another's act) / 《X》…要求，现将… (the
# ground, then the issued text) — no text the sentence issues
NOT_ISSUED_BETWEEN = re.compile(r"修改|修订|修正|形式|要求|精神|部署|规定|决定")


def _repeal_role(after: str) -> Role | None:
    """ "《A》《B》同时废止" / "《A》（…）停止执行" — read to the end of the sentence, past other mentions."""
    stripped = LIST_JOINERS.sub("", after)
    m = rx.SUPERSEDES_AFTER.match(stripped)
    if not m or NOT_A_REPEAL.match(after) or PROPOSED_REPEAL.match(after) or QUOTED_PROVISION_AFTER.match(after):
        return None
    if KEPT_FIRST.match(stripped):
        return None  # 《A》等96件继续有效，《B》等25件予以废止: A's own clause keeps it, the repeal is B's
    if AMENDED_FIRST.search(stripped, 0, m.end()):
        return Role.AMENDS  # 对《A》等5件予以修改，对《B》等3件予以废止: A's own verb comes first
    if PART_REPEALED.match(after):
        return Role.AMENDS
    return None if AMENDED_NEAR.search(after[:12]) else Role.SUPERSEDES


# （粤府〔2019〕71号） — a number in brackets after a mention of the list
NUMBER_IN_BRACKETS = re.compile(r"[（(][^（）()]{0,40}[）)]")
# （十政办发〔2024〕21精神 / (国发20247、 — a number whose closing bracket (and 号, or its year's brackets) was lost
# in conversion: a prefix, a year and a serial, no closing bracket after it
DAMAGED_NUMBER_IN_BRACKETS = re.compile(
    r"[（(][\u4e00-\u9fff]{1,10}[〔\[［]?(?:19|20)\d\d[〕\]］]?\d{1,5}号?(?![\d号）)〕\]］])"
)
# 要求 / 部署 … before 精神: the list names what it requires, and only the last item's spirit
# (《X》等法律、法规规定及Y文件精神: X's rules, Y's spirit, h144 泉州; 根据《A》《B》等相关规定以及市政府相关会议精神: the
# texts' rules, the meeting's spirit)
NOT_ONLY_SPIRIT = re.compile(r"要求|部署|决定|规定(?:以及|[和及与、])|办法|条例|意见")


def _spirit_of_list(after_clause: str) -> bool:
    """《A》（…）、《B》（…）和《C》（…）等城市更新政策文件精神 / 《A》、南通市委市政府《B》精神 — the mention is an
    item of a list whose spirit the clause carries out: between it and 精神 only numbers, joiners, the issuers
    of later items and 等…文件 (the other mentions are already taken out of the clause)."""
    at = after_clause.find("精神")
    if at < 0 or re.match(r"[\u4e00-\u9fff]", after_clause[at + 2 : at + 3]):
        return False  # 精神 ends the clause: 违反《刑法》的精神病人 is no spirit
    between = DAMAGED_NUMBER_IN_BRACKETS.sub("", NUMBER_IN_BRACKETS.sub("", after_clause[:at]))
    if NOT_ONLY_SPIRIT.search(between):
        return False
    words = re.sub(r"[、和及与以\s]", "", between)
    # (an issuer of a later item may count its bodies, 陕西省财政厅等11部门《B》, h76; a later item may be named
    # without 《》 after its number, 国家林业和草原局（林草发〔2020〕40号）关于…的通知, h66)
    words = BARE_NOTICE_ITEM.sub("", words)
    return (
        len(words) <= 20
        and not NOT_ONLY_SPIRIT.search(words)
        and re.fullmatch(r"[\u4e00-\u9fff\d]*", words) is not None
    )


# 关于进一步加强草原禁牧休牧工作的通知 — an item of the list named without 《》 (its number before it)
BARE_NOTICE_ITEM = re.compile(r"关于[\u4e00-\u9fff]{2,40}?的(?:通知|意见|决定|批复)")


def _role_around(before: str, after: str) -> Role | None:
    """A role read from the words right after the mention (精神, 有效落实, 作如下修改) or 关于修改 before it."""
    after_clause = re.split(r"[，,；;。]", after, maxsplit=1)[0] if not after.startswith(("，", ",")) else ""
    if (SPIRIT_AFTER.match(after_clause or after) or _spirit_of_list(after_clause)) and not GROUND_AFTER.match(after):
        return Role.IMPLEMENTS  # 《X》精神: the spirit of X is carried out (not 以《X》的精神为依据: the ground)
    if CARRIED_OUT_AFTER.match(after) and PUSH_BEFORE.search(before):
        return Role.IMPLEMENTS  # 为推动《A》和《B》有效落实
    if CARRIED_OUT_WORK_AFTER.match(after) or AGREED_CARRY_OUT_AFTER.match(after):
        return Role.IMPLEMENTS  # 做好《A》和《B》的落实工作 / 《X》已经国务院同意，请…贯彻落实
    if TOGETHER_WITH_BEFORE.search(before) and TOGETHER_CARRIED_OUT_AFTER.match(after):
        return Role.IMPLEMENTS  # 现将《A》转发给你们，并结合《B》、《C》等文件要求一并执行: B and C carried out with A
    if COMBINED_WITH_BEFORE.search(before) and ITS_REQUIREMENTS_AFTER.match(after):
        return (
            Role.BASED_ON
        )  # …，结合《X》的部署，按照… / 结合《X》要求，特制定本方案: X's requirements, the ground (h206 安徽)
    if before.endswith("对") and CARRYING_OUT_CHECKED_AFTER.match(after):
        return Role.IMPLEMENTS  # 加强对《A》《B》等地方标准落实情况的督促检查: X's carrying out is overseen (h34 湖南)
    if TASKS_DIVIDED_AFTER.match(after):
        return (
            Role.IMPLEMENTS
        )  # 《政府工作报告》确定的重点工作…责任分解: the report's tasks are carried out (h107, h87, h90)
    if NTH_AMENDMENT_AFTER.match(after) or (
        HISTORY_DATE_BEFORE.search(before[-120:]) and AMENDED_BY_IT_AFTER.match(after)
    ):
        return Role.CITES  # …《关于修改X的决定》第一次修正 / 根据2020年…会议《X》修正: the history of X
    if _amended_in_its_clause(after) or ABOUT_AMENDING.search(before) or VALIDITY_AFTER.match(after):
        return Role.AMENDS
    if before.endswith("对") and DECIDED_BEFORE.search(before) and AMENDED_BY_VERB_AFTER.match(after):
        return Role.AMENDS  # 决定对《X》等23部规章进行修改: X is amended (正在对《X》进行修订 reports another's work)
    if before.endswith(("修订", "修改", "修正")) and DECIDED_TO_AMEND_BEFORE.search(before):
        return Role.AMENDS  # 卫生部决定修订《X》部分科目 / 决定修改《X》等42件规章 (h72, h71)
    if before.endswith("在") and ADDED_IN_AFTER.match(after):
        return Role.AMENDS  # 决定在《X》中增加“疼痛科”诊疗科目: X is changed (h72, h64)
    if before.endswith("将") and PROVISIONS_REWORDED_AFTER.match(after):
        return Role.AMENDS  # 将《X》第五条…中的“A”修改为“B” (h111 证监会)
    if REVISED_OBJECT_BEFORE.search(before) and REVISED_NOW_ISSUED_AFTER.match(after):
        return Role.AMENDS  # 我局对《X》（…）进行了修订，现印发给你们 (h111 湖南) / 对现行《X》进行了修订 (h273 泉州)
    return None


# ，结合 / 。请结合本地实际和 / ，结合某部 — 结合 opening the clause of a mention (a few words between, no title)
COMBINED_WITH_BEFORE = re.compile(r"(?:^|[，,。；;：:])\s?(?:并|要|请)?结合[^。；;，,：:《》]{0,20}$")
# 的部署 / 要求 / （某发〔2020〕8号）的有关要求 — right after the mention, the requirements it sets (not 等有关要求: a list's,
# h58 乌拉特中旗 CITES; nor 文件精神: IMPLEMENTS)
ITS_REQUIREMENTS_AFTER = re.compile(r"^(?:[（(][^（）()]{0,40}[）)])?的?(?:有关|相关|工作)?(?:部署|要求)")
# 并结合省某厅 / 结合 (the other items of a list taken out) — texts named to be carried out with the one forwarded
TOGETHER_WITH_BEFORE = re.compile(r"结合[^。；;，,：:]{0,40}$")
# （某建〔2020〕8号）、…等文件要求一并执行 / 一并贯彻执行 / 一并贯彻落实 — to the end of the sentence: carried out
# together with the text forwarded (h199 辽宁)
TOGETHER_CARRIED_OUT_AFTER = re.compile(r"^[^。；;，,]{0,60}?一并(?:贯彻执行|贯彻落实|遵照执行|认真执行|执行|落实)")
# 等地方标准落实情况的督促检查 / 执行情况的监督检查 — how the text named before is carried out, checked
CARRYING_OUT_CHECKED_AFTER = re.compile(
    r"^[^。；;，,《》]{0,16}?(?:贯彻落实|落实|执行|实施)情况的?(?:督促检查|监督检查|督查|检查|监督)"
)
# 《X》确定的重点工作（任务）…进行责任分解 / 提出部门分工意见 / 落到实处 — the tasks X sets, divided among bodies
TASKS_DIVIDED_AFTER = re.compile(
    r"^[^。；;]{0,12}?(?:确定|提出|部署)的[^。；;]{0,40}?(?:工作|任务|目标|事项)[^。；;]{0,40}?(?:责任分解|分解|分工|落到实处|落实)"
)
# 决定修订 / 现决定修改 — a decision to amend, right before the text it amends (not 正在修订, 修订后的)
# (决定,修改《X》(…)等42件规章: a comma right after 决定, h71 广西)
DECIDED_TO_AMEND_BEFORE = re.compile(r"决定[，,]?[^，,。；;：:《》]{0,8}(?:修订|修改|修正)$")
# 中增加 / 中删去 / 中调整 — what is changed inside the text named before (在《X》中增加…; 在《X》第七条中增加一项, h29 甘肃)
ADDED_IN_AFTER = re.compile(
    r"^(?:（[^（）]{0,40}）)?(?:第[一二三四五六七八九十百零〇\d]{1,6}[条款项章节目]){0,3}"
    r"中(?:增加|增设|增补|补充|删除|删去|调整|取消|修改)"
)
# 将《X》第五条、第六条…中的“A”修改为“B” — provisions of X reworded: X is amended (an amending decision's
# item, h111 证监会)
PROVISIONS_REWORDED_AFTER = re.compile(
    r"^(?:[（(][^（）()]{0,40}[）)])?第[一二三四五六七八九十百零〇\d]{1,6}[条款项章节目][^。；;《》]{0,200}?(?:修改为|调整为|修订为)"
)
# 对《X》（湘金监发〔2018〕11号）进行了修订，现印发给你们 / 对《X》进行了修改和完善，现将修改完善后的《Y》印发给你们 —
# the issuer revised X and issues the new text now
# (h111 湖南; 正在对《X》进行修订 reports work under way); 对《X》（明政文〔2022〕34号）进行修订，修订后具体措施如下： — the
# revised text follows (h175 明溪); 对《X》进行了修订（详见附件），并更名为“《Y》” — revised and renamed, the new text
# attached (h203 上交所)
# 对 / 对现行 / 对原 — right before the mention: the object of the revision the sentence goes on to name (对现行《X》进行了
# 修订，现印发《Y》: the version in force, revised, h273 泉州)
REVISED_OBJECT_BEFORE = re.compile(r"对(?:现行|原有?)?$")
REVISED_NOW_ISSUED_AFTER = re.compile(
    r"^(?:[（(][^（）()]{0,40}[）)])?[^。；;，,《》]{0,6}?进行(?:了(?:修订|修改|修正)(?:和完善)?(?:[（(][^（）()]{0,12}[）)])?"
    r"[，,]\s{0,2}(?:现"
    # (现将修改完善后的《Y》印发给你们: the revised text named anew, h27 阿拉善)
    r"(?:将(?:修改|修订)(?:完善)?后的)?(?:予以?)?(?:印发|发布|公布|下发)|并(?:更名为|将名称(?:修改|变更)为))"
    # (进行修订 without 了 only when the revised text follows: 修订后具体措施如下)
    r"|了?(?:修订|修改|修正)[，,]\s{0,2}(?:修订|修改)后的?[^。；;，,《》]{0,12}?如下)"
)


# （2019 年修正） / (2014年修订) / （2018年修正本） — the edition a law is cited in, after its title
EDITION_NOTE = re.compile(r"\s?[（(]\s?(?:19|20)\d\d\s?年\s?(?:修正|修订|修改)[版本]?\s?[）)]")


def _amended_in_its_clause(after: str) -> bool:
    """作如下修改 / 修改为 … after the mention, in its own clause: 为贯彻落实《A》，决定对《B》作如下修改 amends B
    only (a comma outside brackets between A and the words opens the clause they belong to).  An edition note
    after a mention (《X法》（2019年修正）, its own or the next item's) names the version cited, no amending (h214 北京)."""
    after = EDITION_NOTE.sub("", after[:200])
    m = rx.AMENDS_AFTER.match(after)
    return m is not None and not re.search(r"[，,]", NUMBER_IN_BRACKETS.sub("", after[: m.end()]))


# 《X》（见附件） / 《X》（附后） / 《X》（附件1） — the mention names the text's own attachment (h160 昆明)
# (but 根据省政府印发的《X》（附件二） — a body, not the text's own, issued X: X is another text, attached for reference,
# h165 江西)
OWN_ATTACHMENT_AFTER = ("（见附件", "(见附件", "（附后）", "(附后)", "（详见附件", "(详见附件", "（附件", "(附件")
# 《X》（以下简称《指导意见》，见附件） / 《X清单》（以下简称清单，详见附件1） — a note before the same remark: the
# attachment named with its short name (h111 外汇局, h34 四川, h34 中央); the short name may hold an aside of its own
# (以下简称《核查规则(2020年版)》,见附件1 — h203 外汇局)
OWN_ATTACHMENT_NOTED = re.compile(
    r"\s?[（(](?:[^（）()。；;]|[（(][^（）()。；;]{1,12}[）)]){1,30}?[，,、]\s?(?:详见|见|附)附件[\d一二三四五六七八九十]{0,2}\s?[）)]"
)

# 年初与各单位签订的《X责任书》 / 与甲公司签署的《X协议》 — an agreement the parties signed: a text of theirs, kept (weak)
# only where the clause rests on it or carries it out (根据…签订的《…目标管理责任书》内容, h205 鹿城)
SIGNED_BEFORE = re.compile(r"(?:签订|签署|签定)的$")

# 省政府印发的 / 国务院办公厅发布的 right before a title — a body (by its name's ending, not 我厅/本局) that issued it
ISSUED_BY_A_BODY_BEFORE = re.compile(
    r"(?<![我本该])" + rx.AGENCY_NAME_END.pattern[:-1] + r"(?:印发|发布|制定|出台|颁布)的$"
)


def _own_attachment(sent: str, mention: _Mention, role: Role) -> bool:
    """现将《X》（见附件）予以公布: X is the text's own attachment — unless a body issued it (根据省政府印发的《X》（附件二）)."""
    return sent.startswith(OWN_ATTACHMENT_AFTER, mention.end) and not (
        role in (Role.BASED_ON, Role.IMPLEMENTS, Role.CITES)
        and ISSUED_BY_A_BODY_BEFORE.search(sent, max(0, mention.start - 40), mention.start) is not None
    )


def _own_attachment_kept(sent: str, mention: _Mention, role: Role, attached: set[str]) -> bool:
    """:func:`_own_attachment`, its title kept in ``attached`` where it is: named further on by its short name
    (《X》(见附件1，以下简称《Y》) … 《Y》中新增…), it is still the text's own attachment."""
    if not _own_attachment(sent, mention, role):
        return False
    if mention.title:
        attached.add(mention_key(mention.title))
    return True


# 以及 / 及 / 和 opening a clause: the list of the clause before goes on (并 opens a new verb: 并报《X》备案)
LIST_GOES_ON = ("以及", "及", "和")


# 设定依据：（1）《A》（2）《B》 / 1.2 编制依据 《A》《B》 — a list of what the text rests on, under its heading (the
# mention is an item: between the heading and it only numbering, other mentions' places and joiners)
# (制定背景及依据 / 起草背景和依据: an interpretation's heading over the texts it rests on, h184 南平)
# (二、决策依据 / 1.《A》第七条；2.《B》: a consultation's basis for the decision it proposes, h209 环翠楼)
# (规划依据 / 法律法规依据: a plan's basis list, h214 北京)
_BASIS_HEADING = r"(?:设定|法律法规|法律|法规|政策|制定|编制|规划|执法|实施|审批|办理|主要|文件|决策|(?:制定|起草|出台)?背景[及和与])依据"
# 依据…有关法律法规，编制本预案：（1）《A》（2）《B》 — a lead sentence announcing the list (坪山 h68)
_BASIS_LEAD = r"依据[^。；;：:《》]{0,60}?(?:编制|制定|制订)本[\u4e00-\u9fff]{1,4}[：:]"
BASIS_LIST_BEFORE = re.compile(
    r"(?:" + _BASIS_HEADING + r"[：:]?|" + _BASIS_LEAD + ")"
    r"(?:[\s、，,；;和及（）()\d.．一二三四五六七八九十]|《》)*$"
)

# 省委、省政府批准的 / 国务院印发的 — a clause naming who approved or issued the text it qualifies, nothing more
APPROVED_BY_BEFORE = re.compile(
    r"^[^《》]{0,30}(?:批准|同意|印发|制定|颁布|发布|审议通过|通过)的(?:[和、及与][^《》，,]{0,20})?$"  # …的《A》和市委《B》
)
# 按照… / 根据… / 贯彻落实… — a trigger opening the clause before
OPENING_TRIGGER = re.compile(r"^(?:为了?)?(?:按照|根据|依据|依照|贯彻落实|落实|贯彻)")
# 第三节 / 第二章 — a chapter or section number opening a heading (第三节  规划依据, h214 北京)
_SECTION_NUMBER = r"第[一二三四五六七八九十\d]{1,3}[章节部分]{1,2}"
# 设定依据： — the heading of such a list, ending the text before the list's first sentence
# (二、文件依据 on a line of its own: a numbered heading needs no colon; （二）编制依据。 ends as a sentence, 卢龙 h63)
BASIS_HEADING_BEFORE = re.compile(
    r"(?:"
    + _BASIS_HEADING
    + r"[：:]|(?:^|[\n、.．）)]|"
    + _SECTION_NUMBER
    + r")[\d.． \t\u3000]{0,8}"
    + _BASIS_HEADING
    + r"[。.]?"
    r"|" + _BASIS_LEAD + r")\s*$"
)


ITEM_GAP = " \t\n\u3000；;。"
# what an item of a basis list holds besides its titles: numbering, the title's number in brackets, joiners
_BRACKETED = re.compile(r"[（(][^（）()]{0,40}[）)]")
_ITEM_REST = re.compile(r"[\s\d.．、，,；;。和及等一二三四五六七八九十（）()]*")
# 1.《A》第七条；/ 《B》第十二条第二款 — the article of an item's title it rests on (h209 环翠楼)
_ITEM_ARTICLE = re.compile(r"(?<=》)第[一二三四五六七八九十百零\d]{1,6}条(?:第[一二三四五六七八九十\d]{1,4}[款项])?")


def _only_items(sent: str) -> bool:
    """A sentence that is only list items: 《A》；/ （3）《B》（冀政办字〔2019〕81号）；— no words of its own.

    >>> [_only_items(s) for s in ("《A》；", "3.《B》（冀政办字〔2019〕81号）；", "《A》已经废止；", "1.《C》第七条；")]
    [True, True, False, True]
    """
    rest = _BRACKETED.sub("", re.sub(r"《[^《》]{0,200}》", "", _ITEM_ARTICLE.sub("", sent)))
    return "《" in sent and _ITEM_REST.fullmatch(rest) is not None


# 严格执行国家知识产权局印发的《X》 / 严格执行全国《X》 / 严格执行新修订的《X》 — 严格执行 with the text's issuer or
# scope between it and the title: X is carried out (h135 宁夏, 哈密; h79).  A bare 严格执行《X》 stays CITES (the set
# labels it both ways, the sample CITES)
STRICTLY_CARRIED_OUT_QUALIFIED = re.compile(r"严格执行(?:[^。；;，,：:《》]{1,30}?的|全国|全省|全区|全市|国家)$")
# 实施《X》，… — 实施 alone opening its clause (after numbering at most): X is carried out (h137 常州)
OPENS_WITH_IMPLEMENT = re.compile(r"^\s*" + ITEM_NUMBER + r"?\s*实施[、和及与\s]*$")
# 参照《X》 / 比照《X》 — modelled on X: CITES, and nearer than a 根据 further back (根据《A》、参照《B》, h98 德宏)
MODELLED_ON = re.compile(r"参照|比照")
# 工作安排 / 部署 / 要求 right after the mention — the noun that closes a 按照… list (按照A，B的工作部署及《X》工作安排)
# 第五十条、第五十一条 / 第二项 — a provision (article, paragraph, item) closing a clause
_PROVISION = r"第[一二三四五六七八九十百零〇\d]{1,6}[条款项目]"
PROVISION_END = re.compile(_PROVISION + r"$")
# a mention's provision right after it: 《B》第五十条第一款…
PROVISION_AFTER_MENTION = re.compile(r"^\s?" + _PROVISION)
# nothing between the trigger's clause and the mention but provisions of a text already named and joiners
# (第五十条第一款和)
PROVISIONS_ONLY = re.compile(
    r"\s?(?:" + _PROVISION + r"){0,3}(?:[、和及与]\s?(?:" + _PROVISION + r"){1,3}){0,6}[、和及与]?\s?"
)
CLOSING_NOUN_AFTER = re.compile(r"^[的等有关相]{0,3}(?:工作)?(?:安排|部署|要求)")
CLOSING_NOUN_END = re.compile(r"(?:安排|部署|要求|精神|规定|意见|通知|决定)$")
LIST_OPENING_TRIGGER = re.compile(r"^\s*(?:为了?)?(?:按照|根据|依据|遵照)")


# a clause of titles alone: nothing before the mention but joiners, nothing after it to the clause's end but the
# numbers' brackets and joiners
ONLY_JOINERS = re.compile(r"[、和及与\s（）()]{0,12}")
LIST_ONLY_AFTER = re.compile(r"^[、和及与\s（）()]{0,40}[，,]")
# （…）要求 / 的有关规定 — the noun closing a 根据… clause right after the mention
REQUIREMENT_AFTER = re.compile(
    r"^(?:\s?[（(][^（）()]{0,40}[）)])?(?:的|等|有关|相关|文件){0,3}(?:要求|规定)(?:[，,。；;]|$)"
)


# 《X》（某发〔2020〕1号） — a mention and its number's brackets, dropped to see what else a clause holds
MENTION_WITH_NUMBER = re.compile(r"《[^《》]{1,120}》(?:\s?[（(][^（）()]{0,40}[）)])?")
# …省政府《A》 / …《A》（某发〔2020〕1号） — a clause ending with a mention (its number's brackets after it)
ENDS_WITH_MENTION = re.compile(r"《[^《》]{1,120}》(?:\s?[（(][^（）()]{0,40}[）)])?\s?$")
# 省政府和省政府办公厅 — the joiners between issuers' names in a clause of issuers alone
ISSUER_JOINER = re.compile(r"[、和及与]")
MAX_ISSUER_IN_LIST = 24  # characters of one issuer's name in a list of issuers and titles (省政府办公厅)
MAX_LIST_ITEM = (
    200  # characters of one clause of such a list: its issuers' names and titles (省政府《B》和省政府办公厅)
)


def _issuer_list_head(before: str, clause: str) -> str | None:
    """``贯彻落实省委、省政府《A》，省政府《B》和省政府办公厅`` before 《C》 → ``贯彻落实省委、省政府``: where the
    mention's clause holds only issuers' names and titles (省政府《B》和省政府办公厅), the comma before it ending a
    clause that ends with a title, the list goes on from there — the text before that clause's last title, whose
    trigger governs the whole list.  None when the clause is not such a list item."""
    if not clause or len(before) <= len(clause) or len(clause) > MAX_LIST_ITEM:
        return None
    cut = len(before) - len(clause) - 1
    if before[cut] not in "，,":
        return None
    names = ISSUER_JOINER.split(MENTION_WITH_NUMBER.sub("", clause).strip())
    if not all(0 < len(n) <= MAX_ISSUER_IN_LIST and rx.AGENCY_NAME_END.search(n) for n in names):
        return None
    start = max(0, cut - MAX_LIST_ITEM)
    m = ENDS_WITH_MENTION.search(before, start, cut)
    return before[: m.start()] if m else None


def _listed_role(before: str, spans: list[tuple[int, int]]) -> Role | None:
    """贯彻落实省委、省政府《A》，省政府《B》和省政府办公厅《C》 — the role of B or C, items of a list of issuers and
    titles that one trigger opens (h265 天水): the trigger before the list's first title.  ``before`` is the
    sentence up to the mention, other mentions kept; None when the mention is no such item."""
    tail = before[-MAX_LIST_ITEM - 1 :]  # (a clause longer than an item is none: no split of a whole long sentence)
    cut = max(tail.rfind(c) for c in "，,。；;：:")
    if cut < 0:
        return None
    head = _issuer_list_head(before, tail[cut + 1 :])
    if head is None:
        return None
    return _nearest_trigger(_strip_mentions(head, 0, spans)) or _listed_role(head, spans)


def _nearest_trigger(before: str, after: str = "") -> Role | None:
    """The nearest trigger before the mention, within its clause: reach further while no clause
    punctuation intervenes ("根据2018年…会议修订通过的《…法》", "贯彻落实中共中央办公厅、国务院办公厅印发的《…》").
    None for 参照《X》 (modelled on X) and where no trigger stands."""
    if "依据" in before[-80:] and BASIS_LIST_BEFORE.search(before[-80:]):
        return Role.BASED_ON  # 设定依据：（1）《X》
    parts = CLAUSE_BREAK.split(before)
    clause = parts[-1] if not re.search(r"[，,]$", before) else ""
    if clause.startswith(LIST_GOES_ON) and len(parts) > 1:
        clause = parts[-2] + clause  # 根据《A》等法律法规，以及《B》等文件: the trigger reaches across 以及
    elif APPROVED_BY_BEFORE.search(clause) and len(parts) > 1 and OPENING_TRIGGER.match(parts[-2]):
        # 按照中央编委同意，省委、省政府批准的《X》: the trigger opens the clause before
        clause = parts[-2][:8] + clause
    elif (
        len(parts) > 1
        and CLOSING_NOUN_AFTER.match(after)
        and LIST_OPENING_TRIGGER.match(parts[-2])
        and not CLOSING_NOUN_END.search(parts[-2].strip())
        and len(parts[-2]) <= 40
    ):
        # 按照省委、市委经济工作会议，省、市…大会的工作部署及《X》工作安排: the list 按照 opens, its clause left
        # without its closing noun, goes on over the comma to the noun after X (h137 广州)
        clause = parts[-2][:8] + clause
    elif (
        len(parts) > 1
        and ONLY_JOINERS.fullmatch(clause)
        and LIST_ONLY_AFTER.match(after)
        and LIST_OPENING_TRIGGER.match(parts[-2])
    ):
        # 根据…重要讲话精神，《A》（…）、《B》（…），按照…: a clause of titles alone goes on the list the clause
        # before opened (上海静安)
        clause = parts[-2][:8] + clause
    elif (
        len(parts) > 1
        and PROVISIONS_ONLY.fullmatch(clause)
        and LIST_OPENING_TRIGGER.match(parts[-2])
        and PROVISION_END.search(parts[-2].strip())
        and PROVISION_AFTER_MENTION.match(after)
        and len(parts[-2]) <= 60
    ):
        # 按照《A》第五十条、第五十一条，《B》第五十条第一款和《C》第六十三条的规定: provisions of several texts after
        # one trigger, the comma between them no break (h177 丰泽)
        clause = parts[-2][:8] + clause
    if OPENS_WITH_IMPLEMENT.match(clause):
        return Role.IMPLEMENTS
    tail = clause[-(TRIGGER_REACH * 3) :]
    if len(clause) > len(tail) and LIST_OPENING_TRIGGER.match(clause) and REQUIREMENT_AFTER.match(after):
        # 根据…会议精神和公安部、…、国家能源局《X》（…）要求，: the trigger opening the clause governs its
        # 要求 however many issuers stand between (上海崇明)
        tail = clause[:8] + tail
    best: tuple[int, Role | None] | None = None
    for pat, role in (*TRIGGERS, (STRICTLY_CARRIED_OUT_QUALIFIED, Role.IMPLEMENTS), (MODELLED_ON, None)):
        for m in pat.finditer(tail):
            if best is None or m.start() > best[0]:
                best = (m.start(), role)
    return best[1] if best else None


def _trigger_role(before: str, after: str = "") -> Role:
    """The role the nearest trigger before the mention gives (:func:`_nearest_trigger`), else CITES."""
    return _nearest_trigger(before, after) or Role.CITES
