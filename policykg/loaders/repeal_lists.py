"""Lists of the documents a decision repeals (or a cleanup announcement keeps in force), one title an item.

A cleanup decision (关于废止和修改部分规章的决定, 关于宣布失效一批规范性文件的决定) names what it repeals in a
list under a heading (附件1 河北省人民政府决定废止的省政府规章), each item a title without 《》, maybe with
its number or the history note of the repealed text under it:

    一、河北省耕地占用税实施办法
    (1987年10月27日河北省人民政府发布 根据…令〔2011〕第10号修正)
    1.某某市城市绿化管理办法（某政〔2008〕12号）

The items are none of the publication's documents (their notes would read as headers): the segmenter
skips the list (:func:`list_lines`), and the decision's references take each item as SUPERSEDES
(:func:`listed_repeals`) — or as CITES under a heading of texts kept in force (一、现行有效规章(52件)). A part of a
decision headed by its repeal (一、废止9部省政府规章) lists its items the same way, up to the heading of the next part
(二、对22部省政府规章的部分条款予以修改); under a part headed by its amendment, the items printed as a title alone are
AMENDS.

>>> from policykg.loaders.models import Line
>>> lines = [Line(1, "附件1"), Line(2, "某某省人民政府决定废止的省政府规章"), Line(3, "一、某某省耕地占用税实施办法"),
...          Line(4, "（1992年8月24日某某省人民政府令第75号公布）"), Line(5, "二、某某省航道管理实施办法"), Line(6, "附件2")]
>>> sorted(list_lines(lines))
[1, 2, 3, 4]
>>> [(r.title, str(r.doc_number), r.evidence.line) for r in listed_repeals(lines, file="f")]
[('某某省耕地占用税实施办法', '某某省人民政府令第75号', 3), ('某某省航道管理实施办法', 'None', 5)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact
from policykg.loaders.metadata import parse_doc_number
from policykg.loaders.models import Evidence, Line, Reference
from policykg.vocab import Role

__all__ = ["list_lines", "listed_repeals"]

# 河北省人民政府决定废止的省政府规章 / 宣布失效的规范性文件目录 / 废止的政策性文件清单 — a repeal list's heading
REPEAL_LIST_HEADING = re.compile(
    r"^(?:附件\d{0,2}[:：]?)?[\u4e00-\u9fff]{0,30}?(?:废止|失效|停止执行)的[\u4e00-\u9fff]{0,16}?"
    # (附件1:某市人民政府决定废止的政策性文件目录(28件): its count after it, h176 达州)
    r"(?:规章|规范性文件|政策性文件|文件)(?:目录|清单|名录)?(?:[（(]\d{1,4}件[）)])?$"
)
# 序号 文件名称 发布机关及文号 说明 — a catalogue's column heads on one line, cells apart by spaces
TABLE_HEAD = re.compile(r"^序号\s{1,8}(?:文件|规章|规范性文件)?(?:名称|标题)(?:\s{1,8}\S{1,12}){0,6}$")
# 1 关于X的通知 某市府发〔2000〕65号 1、制定依据… — a catalogue's row, cells apart by spaces: its ordinal, the title
# cell, maybe the number cell (cut or absent: the title alone), the rest (a reason)
# (cleaning may glue the ordinal to the title, 1关于X的通知, and the reason's ordinal to the number, 65号1、制定)
TABLE_ROW = re.compile(
    r"^\d{1,3}\s{0,8}(?P<title>[\u4e00-\u9fff][^\s《》（）()]{3,79})"
    r"(?:\s{1,8}(?P<num>[\u4e00-\u9fff]{1,12}〔(?:19|20)\d\d〕\d{1,5}号)|(?=\s|$))"
)
# …国务院决定废止以下行政法规和文件： / 现决定废止下列规范性文件： — a decision's sentence opening its list
REPEAL_LIST_INTRO = re.compile(
    r"(?:废止|宣布失效|停止执行)(?:以下|下列)[\u4e00-\u9fff、和及]{0,20}[：:]$"
    # 决定对以下2件市政府规章予以废止： (常州, h55) — the list named before the verb
    r"|(?:以下|下列)[\u4e00-\u9fff\d、和及]{0,20}(?:予以)?(?:废止|宣布失效)[：:]$"
)
# 一、废止下列规章 / 废止以下规范性文件 — a part of a decision headed by its repeal, no colon (自然资源部令第5号, h36)
# 一、废止4件省政府规章 (江西省人民政府令第273号, h38) / 一、废止9部省政府规章 (黑龙江, h142) the same way, and
# 二、对下列7件省政府规章予以废止。 (陕西, h108) with the verb after the list
_COUNT = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[件部项个]"
REPEAL_PART_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?(?:决定)?(?:废止|宣布失效|停止执行)"
    r"(?:以下|下列|" + _COUNT + r")[\u4e00-\u9fff、和及]{0,12}$"
    r"|^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?(?:决定)?对(?:以下|下列)?(?:"
    + _COUNT
    + r")?"
    r"[\u4e00-\u9fff、和及]{0,16}予以(?:废止|宣布失效)[。：:]?$"
)
# 二、修改下列规章 / 二、对5件省政府规章予以修改 — a part of a decision headed by what it amends: its items that are a
# title alone (1.《X》（…令第N号）) are amended; an item that says the change (（一）将《X》第十五条修改为…) is read as
# a sentence
AMEND_PART_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?(?:决定)?(?:修改|修订)"
    r"(?:以下|下列|" + _COUNT + r")[\u4e00-\u9fff、和及]{0,12}[：:]?$"
    r"|^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?(?:决定)?对(?:以下|下列)?(?:"
    + _COUNT
    + r")?"
    r"[\u4e00-\u9fff、和及]{0,16}予以(?:修改|修订)[。：:]?$"
)
# …的比例分担”。二、对下列7件省政府规章予以废止。 — a part's heading glued to the end of the last line of the part
# before (a page that lost the break, 陕西 h108)
GLUED_PART_HEADING = re.compile(r"[。；;”](?P<heading>[一二三四五六七八九十]{1,3}、[^。；;]{2,40}[。：:]?)$")
# 7.《X》(…令第75号发布)三、本决定自公布之日起施行。… — the decision's next part glued to the list's last item
GLUED_NEXT_PART = re.compile(r"(?<=[）)])[一二三四五六七八九十]{1,3}、")
# 一、 / （一） / 1. — the kind of a heading's ordinal: a line with an ordinal of the same kind is the next heading
ORDINAL_KINDS = (
    re.compile(r"^[一二三四五六七八九十百]{1,4}、"),
    re.compile(r"^[（(][一二三四五六七八九十百]{1,4}[）)]"),
    re.compile(r"^\d{1,3}[.．、](?!\d)"),
)
# 一、现行有效规章(52件) / 继续有效的规范性文件目录 — a cleanup's list of the texts it keeps: each item cited
IN_FORCE_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、)?(?:现行有效|继续有效|继续执行|保留)的?[\u4e00-\u9fff]{0,16}?"
    r"(?:规章|规范性文件|政策性文件|文件)(?:目录|清单|名录)?(?:[（(]\d{1,4}件[）)])?$"
)
# 附件2需适时修改的规范性文件目录 / 拟修订的文件清单 — a cleanup's list of the texts to be revised later by the bodies
# responsible (none amended by the list itself): each item cited
REVISE_LIST_HEADING = re.compile(
    r"^(?:附件\d{0,2}[:：]?)?[\u4e00-\u9fff]{0,30}?(?:需|须|需要|拟|应|宜)(?:适时|及时|尽快|适当)?(?:修改|修订)(?:完善)?的"
    r"[\u4e00-\u9fff]{0,16}?(?:规章|规范性文件|政策性文件|文件)(?:目录|清单|名录)?(?:[（(]\d{1,4}件[）)])?$"
)
# 二、修改《X》 / 三、修订下列规章 — the decision's next part: what it amends is no item of the repeal list
AMEND_PART = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.．、])?(?:决定)?(?:修改|修订|修正)"
)
# 一、X / 1.X / （一）X — an item of the list
ITEM = re.compile(
    r"^(?:[一二三四五六七八九十百]{1,4}、|\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*(?P<rest>.+)$"
)
# the item's title, then maybe its number in brackets (or the start of its history note, closed on the next line)
# (a title may quote the law it carries out: 江西省实施《退役士兵安置条例》办法, or carry its qualifier inside: 关于印发
# 某某办法（试行）的通知; a history note may be whole and long)
ITEM_TITLE = re.compile(
    r"^《?(?P<title>(?:[^（()《》]|(?<=[\u4e00-\u9fff])《[^《》]{1,40}》(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])[（(](?:试行|暂行)[）)](?=[\u4e00-\u9fff])){4,80}?)》?\s*"
    r"(?:[（(](?P<num>[^（）()]{2,40})[）)]|[（(](?P<note>[^（）()]{0,300})[）)]?)?[。；;，,]?$"
)
# （…某某省人民政府令第75号公布…） / （…水利部水政〔1990〕17号发布） — the order or notice that published the
# listed text, in its history note
PUBLISHED_BY = re.compile(
    r"(?P<num>[\u4e00-\u9fff]{2,30}令(?:〔\d{4}〕)?第\d{1,5}号|[\u4e00-\u9fff]{1,12}〔(?:19|20)\d\d〕\d{1,5}号)(?:公布|发布|印发)"
)
MAX_ITEMS = 500  # items of one list (a list is never longer; a runaway heading stops there)


def _regions(lines: Sequence[Line]) -> Iterator[tuple[int, int, Role]]:
    """(heading index, end index exclusive, the items' role) of each list among ``lines``."""
    i, n = 0, len(lines)
    while i < n:
        c = compact(lines[i].text)
        role = _list_role(c) or (Role.AMENDS if AMEND_PART_HEADING.match(c) else None)
        glued = _glued_repeal_heading(c) if role is None else None
        if glued:
            c, role = glued, Role.SUPERSEDES
        if role is not None:
            kind = _ordinal_kind(c)
            j = i + 1
            while j < n and j - i <= 2 * MAX_ITEMS and _in_list(cj := compact(lines[j].text), lines[j].text.strip()):
                if kind is not None and (_ordinal_kind(cj) == kind or _glued_repeal_heading(cj)):
                    break  # 二、对22部省政府规章的部分条款予以修改: the heading of the next part ends the list
                j += 1
            if j > i + 1:
                yield i, j, role
            i = j
        else:
            i += 1


def _list_role(c: str) -> Role | None:
    """SUPERSEDES under a repeal list's heading, CITES under a list of texts kept in force or to be revised, else
    None."""
    if REPEAL_LIST_HEADING.match(c) or (
        ("废止" in c or "失效" in c or "停止执行" in c)
        and (REPEAL_LIST_INTRO.search(c) or REPEAL_PART_HEADING.match(c))
    ):
        return Role.SUPERSEDES
    if ("有效" in c or "保留" in c or "继续执行" in c) and IN_FORCE_HEADING.match(c):
        return Role.CITES
    return Role.CITES if ("修改" in c or "修订" in c) and REVISE_LIST_HEADING.match(c) else None


def _glued_repeal_heading(c: str) -> str | None:
    """The repeal part's heading glued to the end of ``c`` (…的比例分担”。二、对下列7件省政府规章予以废止。), else None."""
    glued = GLUED_PART_HEADING.search(c) if "废止" in c else None
    return glued.group("heading") if glued and REPEAL_PART_HEADING.match(glued.group("heading")) else None


def _ordinal_kind(c: str) -> int | None:
    """Which kind of ordinal (一、 / （一） / 1.) opens ``c``, None without one."""
    return next((k for k, pattern in enumerate(ORDINAL_KINDS) if pattern.match(c)), None)


def _in_list(c: str, raw: str = "") -> bool:
    """An item, a note under one, or a blank line — not the next attachment or another heading; a catalogue's column
    heads and rows (``raw``, its cells apart by spaces) too."""
    if not c or TABLE_HEAD.match(raw) or TABLE_ROW.match(raw):
        return True
    if rx.ATTACHMENT.match(c) or REPEAL_LIST_HEADING.match(c) or AMEND_PART.match(c):
        return False
    if c[0] == "《":
        return True  # 《X》（国土资源部令第6号）: an item printed without its ordinal
    if c.endswith(("）", ")")) and "（" not in c and "(" not in c:
        return True  # 人民共和国国务院令第160号发布）: the end of a note an item opened
    return bool(ITEM.match(c)) or c[0] in "（(" or rx.DOCNUM_LINE.match(c) is not None  # an item's number, split off


# 1990年6月20日水利部、财政部、国家物价局水财〔1990〕16号发布 — a note names the issuers before a standard
# number: its prefix starts after the date, the last 、 and the last body's name (…部 / 局 / 委 / 厅 …)
_BEFORE_PREFIX = re.compile(
    r"^[^〔]{0,60}[日、]|^[\u4e00-\u9fff]{0,30}?(?:部|局|委|厅|署|院|办公室)(?=[\u4e00-\u9fff]{2,12}〔)"
)


def _without_issuers(num: str) -> str:
    """A standard number of a history note without the date and bodies glued before its prefix.

    >>> _without_issuers("日水利部水政〔1990〕17号"), _without_issuers("国家物价局水财〔1990〕16号")
    ('水政〔1990〕17号', '水财〔1990〕16号')
    >>> _without_issuers("某某省人民政府令第12号")
    '某某省人民政府令第12号'
    """
    if "〔" not in num:
        return num
    for _ in range(2):  # the date and a list first, then a body's name
        num = _BEFORE_PREFIX.sub("", num, count=1)
    return num


def list_lines(lines: Sequence[Line]) -> set[int]:
    """Indexes of the lines of every repeal list (its heading included): no document starts there."""
    return {k for start, end, role in _regions(lines) for k in range(start, end) if role != Role.AMENDS} | {
        k for k, r in _listed(lines, file="") if r.role == Role.AMENDS
    }


def list_items(lines: Sequence[Line]) -> set[int]:
    """Indexes of the items of every repeal list, its heading left out (依照《X》…，决定废止以下规章： rests on X);
    of a list of amended texts, only the items read as titles."""
    return {
        k
        for start, end, role in _regions(lines)
        for k in range(start + 1, end)
        if role != Role.AMENDS and not _row_quoting(lines[k].text)
    } | {k for k, r in _listed(lines, file="") if r.role == Role.AMENDS}


def _row_quoting(text: str) -> bool:
    """A catalogue's row whose other cells quote texts (说明: 原《X法》已废止): read as a sentence too, for them."""
    return "《" in text and TABLE_ROW.match(text.strip()) is not None


def listed_repeals(lines: Sequence[Line], *, file: str) -> list[Reference]:
    """The documents the lists among ``lines`` name: SUPERSEDES what a decision repeals, CITES what a cleanup
    keeps in force, AMENDS what a part headed by its amendment lists as titles alone."""
    return [r for _, r in _listed(lines, file=file)]


def _listed(lines: Sequence[Line], *, file: str) -> Iterator[tuple[int, Reference]]:
    """(index, reference) of each item of the lists among ``lines`` that names a document."""
    for start, end, role in _regions(lines):
        table = False  # (under a catalogue's column heads, its rows are the items: a reason cell's line is none)
        for k in range(start + 1, end):
            c = compact(lines[k].text)
            table = table or TABLE_HEAD.match(lines[k].text.strip()) is not None
            glued = GLUED_NEXT_PART.search(c) if k + 1 == end else None
            c = c[: glued.start()] if glued else c
            row = TABLE_ROW.match(lines[k].text.strip())
            if row and rx.CITED_TITLE_END.search(row.group("title")):
                number = parse_doc_number(row.group("num")) if row.group("num") else None
                evidence = Evidence(file, lines[k].no, lines[start].text.strip() + " " + lines[k].text.strip())
                yield k, Reference(role, row.group("title"), number, evidence)
                continue
            if table:
                continue
            item = ITEM.match(c)
            m = ITEM_TITLE.match(item.group("rest") if item else c) if item or c[:1] == "《" else None
            if m is None or not rx.CITED_TITLE_END.search(m.group("title")):
                continue
            number = parse_doc_number(m.group("num")) if m.group("num") else None
            note = compact(lines[k + 1].text) if k + 1 < end else ""
            if m.group("note") is not None and c.endswith(("）", ")")):
                note = "（" + m.group("note") + "）"  # the item's whole note on its line
            elif m.group("note") is not None:  # （1994年8月4日中 / 人民共和国国务院令第160号发布）: the note goes on
                note = "（" + m.group("note") + note
            published = PUBLISHED_BY.search(note) if note[:1] in "（(" else None
            if number is None and published:
                number = parse_doc_number(_without_issuers(published.group("num")))
            elif number is None and rx.DOCNUM_LINE.match(note):  # 1.某某办法（某政〔2008〕12号）, cleaned apart
                number = parse_doc_number(note)
            evidence = Evidence(file, lines[k].no, lines[start].text.strip() + " " + lines[k].text.strip())
            yield k, Reference(role, m.group("title"), number, evidence)
