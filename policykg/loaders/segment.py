"""Finding documents in a publication: where each starts, its title block, where it ends.

A compilation or gazette holds many documents back to back.  A document is found from an
*anchor* — a line only a document header has: a doc number line (豫政办〔2023〕17号), an order
number (河南省人民政府令 / 第227号), an announcement number (2024年第4号), an addressee line
(各省辖市人民政府，…：), a promulgation note ((2024年4月8日…公布 自…起施行)), a Markdown title
heading, or the first article of a law (第一章 / 第一条).  From the anchor we walk back over the
title block (titles are broken over several lines by PDF conversion) and keep the part that reads as
a title.  Tables of contents, covers and section headings are never documents.  A transmitting
notice (关于印发《X》的通知) is split from the text it transmits when X's title is found below it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from policykg.keys import about_key, bracketless_key, loose_title_key, title_key
from policykg.loaders import regexes as rx
from policykg.loaders import transmit
from policykg.loaders.attachments import approves, attachment_list_lines, printed_attachments
from policykg.loaders.clean import compact, title_text, without_province_tag
from policykg.loaders.flat import unflatten
from policykg.loaders.glued import LEAD_LINES, reprinted_titles
from policykg.loaders.models import Line
from policykg.loaders.repeal_lists import list_lines
from policykg.ontology.agencies.patterns import ENDINGS, JOINT_COUNT, alternation, issuers_then
from policykg.vocab import AnchorKind

MAX_TITLE_LINES = 8
MAX_TITLE_LINE_LEN = 60  # a longer line is body text unless it is a whole title by itself
MAX_TITLE_LEN = 160
MAX_JOINT_TITLE_LINES = 16  # a joint title's issuer lines, one body a line, over its 关于 lines (eight bodies: 重庆)
MAX_TABLE_LINES = 20  # a portal's metadata cells between a page heading and the title printed again

# Agency names come from the registry (agencies.toml, see loaders/regexes.py); re-exported here
# because header parsing imports them from this module.
AGENCY_START = rx.AGENCY_START
NATIONAL_START = rx.NATIONAL_START


def _issuers_then_about(text: str) -> bool:
    """A run of agency names, then (《)关于: "河南省财政厅 河南省住房和城乡建设厅关于…".

    >>> _issuers_then_about("河南省财政厅河南省住房和城乡建设厅关于做好X工作的通知"), _issuers_then_about("关于X的通知")
    (True, False)
    """
    return issuers_then(text, lambda t, p: t.startswith(("关于", "《关于"), p))


def _national_then_about(text: str) -> bool:
    """A national body's name, then (《)关于: 自然资源部关于… / 市场监管总局关于印发… (the registry's national names
    are no run of local agency names, so :func:`_issuers_then_about` does not see them).

    >>> _national_then_about("自然资源部关于深化X改革的通知"), _national_then_about("自然资源部门要关于X")
    (True, False)
    """
    m = NATIONAL_START.match(text)
    return m is not None and text.startswith(("关于", "《关于"), m.end())


# 4. 某局关于印发 / 《X》 — a compilation's entry line that ends on its issuing verb, the title it issues below
ENTRY_ENDS_ISSUING = ("关于印发", "关于转发", "关于发布", "印发", "转发")


def _issues_quoted_below(entry: str, nb: Sequence[Line], block: list[int]) -> bool:
    """A numbered entry's line ends on 关于印发 / 印发 / 关于转发 and the title block under it starts with 《:
    one title broken after its verb (4. 市场监管总局关于印发 / 《X办法》 / 及 / 《Y细则》 / 的通知, h147)."""
    return bool(block) and entry.endswith(ENTRY_ENDS_ISSUING) and compact(nb[block[0]].text).startswith("《")


# 通  告 / 公告 — an announcement's head alone, its issuer on the line above
BARE_HEAD = re.compile(r"^(?:通告|公告)$")
# 国务院印发关于…的通知 / 某某办公厅印发《关于…》的通知 — a body issuing a text titled 关于…; 国家发展改革委等部门
# 关于… — a lead body and the others it names by their count
ISSUES_ABOUT = re.compile(r"^[\u4e00-\u9fff]{2,40}?(?:印发《?|等[\d一二三四五六七八九十]{0,3}个?部门(?:印发《?)?)关于")


@dataclass
class Span:
    """One document found in a file (positions are indexes into the file's non-blank lines)."""

    title: str
    start: int  # first line of the title block
    title_end: int  # last line of the title block
    anchor: int  # the anchor line
    anchor_kind: AnchorKind  # what the document was found from
    end: int = -1  # last line of the document (inclusive)
    transmitted_by: int | None = None  # index of the transmitting span
    raw_title: str = ""  # the title lines joined with spaces (the spaces separate joint issuers)
    header_start: int | None = None  # first header line when it lies above the title (文头, doc number)
    children: list[int] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.start if self.header_start is None else min(self.start, self.header_start)


def nonblank(lines: list[Line]) -> list[Line]:
    return [l for l in lines if l.text]


# ".（5）" / "·12" — the last of an entry's leader and its page number, wrapped onto a line of their own
PAGE_REFERENCE_ALONE = re.compile(r"^[.…·]{1,48}[（(]?\d{1,4}[）)]?$")


def _page_reference_alone(text: str) -> bool:
    """A contents entry's page reference wrapped alone onto the next line, behind one leader dot (a PDF
    conversion: ``title.........`` / ``.（5）``): the entry above ends on it, as with a longer leader."""
    return PAGE_REFERENCE_ALONE.match(compact(text)) is not None


def _markdown_title_ends_contents(line: Line) -> bool:
    """``# 隆化县乡村振兴战略规划`` under a ``## 目录`` list: a Markdown title (level 1) is the first document's
    title, never an entry of the list above it (its entries are list items ``- title``), even when the title is
    printed again right under it."""
    return line.heading == 1


# 第一条〖目的依据〗 为了… / 第三条 … — an article's opening line, its number first
ARTICLE_LINE = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,6}条")


def _chapter_over_article(nb: list[Line], j: int) -> bool:
    """``第一章 总 则`` over ``第一条〖目的依据〗 为了…``: a chapter heading with its first article right under it
    opens a law's body; a contents list names chapters, never articles (h112 遵义, h43 湘西)."""
    return (
        j + 1 < len(nb)
        and CHAPTER_ENTRY.match(compact(nb[j].text)) is not None
        and ARTICLE_LINE.match(compact(nb[j + 1].text)) is not None
    )


def _ends_contents(nb: list[Line], j: int, toc: set[int]) -> bool:
    """Where a contents list under its heading stops at the latest: a Markdown title (level 1) that is no entry
    of it, or the body's first chapter over its first article."""
    if _chapter_over_article(nb, j):
        return True
    return j not in toc and _markdown_title_ends_contents(nb[j])


def mark_toc(nb: list[Line]) -> set[int]:
    """Indexes of table-of-contents lines: entries with page numbers and what a TOC heading opens."""
    toc: set[int] = set()
    n = len(nb)
    text_after: dict[int, str] = {}

    def lines_after(j: int) -> set[str]:
        return {compact(l.text) for l in nb[j + 1 : j + 400]}

    def rest_of(j: int) -> str:
        if j not in text_after:
            text_after[j] = "".join(compact(l.text) for l in nb[j + 1 :])
        return text_after[j]

    leaders: set[int] = set()  # entries by their leader and page number alone (under a TOC heading)
    for i, l in enumerate(nb):
        if _is_toc_entry(l.text):
            toc.add(i)
        elif i > 0 and l.text.endswith(("）", ")")) and NUMBER_AND_PAGE.match(compact(l.text)):
            toc.update((i - 1, i))  # a gazette's contents: the title, then (国办发〔2015〕13号)(10)
        elif rx.TOC_LEADER_ENTRY.search(l.text, max(0, len(l.text) - rx.TOC_TAIL)) or _page_reference_alone(l.text):
            leaders.add(i)
    toc |= _section_labels_between(nb, toc)
    toc |= catalogue_tables(nb)
    i = 0
    while i < n:
        heading = _toc_heading_lines(nb, i)
        if heading:
            toc.update(range(i, i + heading))
            j = i + heading
            while j < n and not _ends_contents(nb, j, toc):
                t = nb[j].text
                if (
                    j in toc
                    or j in leaders
                    or rx.SECTION_HEADING.match(t)
                    or LEADER_ALONE.match(compact(t))
                    or CHAPTER_ENTRY.match(compact(t))  # 第一节 市人民代表大会立法程序: a law's contents (张掖 h94)
                    or glued_page_entry(t) is not None
                ):
                    toc.add(j)
                elif _wrapped_entry(nb, j, toc | leaders) or _entry_or_label_of_list(nb, j):
                    toc.add(j)  # an entry wrapped over lines (its first lines have no page), a pageless entry, a label
                elif (
                    looks_like_title(t)
                    and j + 1 < n
                    and strip_enumeration(compact(t)) in rest_of(j)
                    and (
                        (looks_like_title(nb[j + 1].text) and not _header_line(nb[j + 1].text))
                        or strip_enumeration(compact(t)) in lines_after(j)  # printed again as a line of its own
                        # the last entry, then the next document's number above its Markdown title
                        or ((j - 1) in toc and j + 2 < n and nb[j + 2].heading > 0)
                    )
                ):
                    toc.add(j)  # an entry without a page number: a title printed again below
                else:
                    break
                j += 1
            i = j
        else:
            i += 1
    return toc


# ——2020年1月9日在某市第十四届人民代表大会第六次会议上 — a speech's occasion, under its title in a contents list
OCCASION_LINE = re.compile(r"^——[^。；;！？!?]{4,60}上(?:的(?:讲话|报告|发言))?$")
# （2024年1月24日在某省第十四届人民代表大会第二次会议上） — a report's session, in brackets under its title, over the
# body that made it (h213 贵州): a line of the report's header between its title and its text
BRACKETED_SESSION_LINE = re.compile(
    r"^[（(][—－\-]{0,3}(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?在[^，,。；;：:、（）()]{2,40}?会议上[）)]$"
)
# 某市人民政府市长 姓名 — a speaker line: an office, a space, a name
SPEAKER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:长|主任|书记|主席) [\u4e00-\u9fff·]{2,6}$")
# 某市人民政府令第4号(《某市X办法》) — an order's entry in a gazette's contents: its number, then the rules it issues
ORDER_ENTRY = re.compile(r"^[\u4e00-\u9fff]{2,30}令第[\d一二三四五六七八九十百零〇]{1,5}号[（(]《[^《》]{2,80}》[）)]$")


def _title_and_number_entry(nb: list[Line], j: int) -> bool:
    """``某市人民政府关于X的通知(某府〔2019〕85号)`` — a contents entry's title with its number in brackets, cut into the
    title and the number (lines of one source line): either part (h125 湛江)."""
    here = nb[j]
    if j > 0 and nb[j - 1].no == here.no and rx.DOCNUM_LINE.match(compact(here.text)):
        return looks_like_title(nb[j - 1].text)
    return (
        j + 1 < len(nb)
        and nb[j + 1].no == here.no
        and rx.DOCNUM_LINE.match(compact(nb[j + 1].text)) is not None
        and looks_like_title(here.text)
    )


def _entry_or_label_of_list(nb: list[Line], j: int) -> bool:
    """A line a gazette's contents list holds besides page-numbered entries: a speech's occasion (——…会议上) and its
    speaker (某市人民政府市长 姓名) under its title, a section label (市政府文件), an order's entry (某市人民政府令第4号
    (《X》)) and a title with its number in brackets (h125 湛江).  The list goes on over them; it ends where they stop."""
    c = compact(nb[j].text)
    return (
        OCCASION_LINE.match(c) is not None
        or SPEAKER_LINE.match(nb[j].text) is not None
        or (SECTION_LABEL.match(c) is not None and _label_over_entry(nb, j))
        or ORDER_ENTRY.match(c) is not None
        or _title_and_number_entry(nb, j)
    )


def _label_over_entry(nb: list[Line], j: int) -> bool:
    """A section label (市政府文件) of a list has an entry under it (an order's entry, a title); an order's head
    (某省人民政府令) over its number (〔2011〕第10号) opens the order itself, after the list (h142 河北)."""
    if j + 1 >= len(nb):
        return False
    c = compact(nb[j + 1].text)
    return ORDER_ENTRY.match(c) is not None or _title_and_number_entry(nb, j + 1) or looks_like_title(nb[j + 1].text)


# 序号 / 名称 / 文号 / 有效期 — the column heads of a catalogue of documents printed one cell a line (a list of the
# texts in force, 深圳 h98; a cleanup proposal form, 序号 / 文件类别 / 名称及文号 / 清理建议 / 废止/修订理由, h197 宣城): its
# rows name documents, they print none
CATALOGUE_COLUMNS = frozenset(
    "序号 名称 文件名称 标题 文件标题 文号 发文字号 文件编号 有效期 备注 发布日期 成文日期 发文机关 制定机关 实施日期 状态 "
    "清理结果 处理意见 清理意见 有效性 名称及文号 文件名称及文号 文件类别 文件类型 清理建议 清理情况 清理进展 理由 "
    "废止/修订理由 废止理由 修订理由 责任单位".split()
)
CATALOGUE_NAME_COLUMNS = frozenset("名称 文件名称 标题 文件标题 名称及文号 文件名称及文号".split())  # (one is needed)
MIN_CATALOGUE_COLUMNS = 3


def catalogue_tables(nb: list[Line]) -> set[int]:
    """The lines of catalogues of documents printed one cell a line: from a run of column heads (序号 / 名称
    / 文号 / 有效期) to the first line of running text (a sentence, an article) after it."""
    out: set[int] = set()
    i, n = 0, len(nb)
    while i < n:
        j = i
        while j < n and compact(nb[j].text) in CATALOGUE_COLUMNS:
            j += 1
        if j - i < MIN_CATALOGUE_COLUMNS or not CATALOGUE_NAME_COLUMNS & {compact(nb[x].text) for x in range(i, j)}:
            i = max(j, i + 1)
            continue
        k = j
        while (
            k < n
            and not rx.SENTENCE_END.search(compact(nb[k].text))
            and not rx.FIRST_ARTICLE.match(compact(nb[k].text))
        ):
            k += 1
        out.update(range(i, k))
        i = k
    return out


# 第四章 立法程序 / 第一节 市人民代表大会立法程序 — a chapter or section of a law, as its contents list it
CHAPTER_ENTRY = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章节][\u4e00-\u9fff、（）()]{1,30}$")
# (国办发〔2015〕13号)(10) / (第659号)(3) — a contents entry's number and page, under its title
NUMBER_AND_PAGE = re.compile(r"^[（(][^（）()]{2,40}号[）)][（(]\d{1,4}[）)]$")
# 国务院令 / 国务院办公厅文件 / 省政府文件 / 州政府办公室文件 — a gazette's section label between contents entries
SECTION_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,16}(?:文件|令|公告|通告|批复|任免|人事任免)$")


# 3．关于X的通知12 / 4．某市物业管理办法（2011）5 — a numbered contents entry, its page number glued to its title
GLUED_PAGE_ENTRY = re.compile(r"^(?P<body>\d{1,3}[.．、](?!\d).{4,160}?)(?P<page>\d{1,4})$")


def glued_page_entry(text: str) -> str | None:
    """The title of a numbered contents entry printed ``3．关于X的通知 12`` whose page number cleaning glued to it (the
    space taken for a stray one before a digit, a compilation's 目录), else None: what is left must end as a title."""
    m = GLUED_PAGE_ENTRY.match(compact(text))
    if m is None:
        return None
    body = strip_enumeration(m.group("body"))
    ok = not FULL_STOP.search(body) and (rx.TITLE_END.search(body.rstrip("》")) or "关于" in body)
    return body if ok else None


def _section_labels_between(nb: list[Line], toc: set[int]) -> set[int]:
    """Section labels of a contents page: a short label with contents entries right above and below it (or
    below it, at the top of the contents)."""
    return {
        i
        for i in range(len(nb) - 1)
        if i not in toc
        and (i + 1) in toc
        and SECTION_LABEL.match(compact(nb[i].text))
        and ((i - 1) in toc or (i + 2) in toc)
    }


def _toc_heading_lines(nb: list[Line], i: int) -> int:
    """How many lines a contents heading at ``i`` takes: 目录 (1), 目 / 录 cut by a PDF extractor (2), else 0."""
    c = compact(nb[i].text)
    if rx.TOC_HEADING.match(c):
        return 1
    return 2 if c == "目" and i + 1 < len(nb) and compact(nb[i + 1].text) in ("录", "次") else 0


FULL_STOP = re.compile(r"[。；;！？!?]")  # what ends a sentence, never a title
# "............" — an entry's leader alone on a line, its page number lost
LEADER_ALONE = re.compile(r"^[.…·]{6,}$")
MAX_ENTRY_LINES = 8  # lines one contents entry may wrap over (a PDF extractor cuts at every quote mark)


def _wrapped_entry(nb: list[Line], j: int, entries: set[int]) -> bool:
    """Line ``j`` begins an entry that ends, page number and all, within the next lines (none a sentence)."""
    for k in range(j, min(j + MAX_ENTRY_LINES, len(nb) - 1)):
        t = nb[k].text
        if len(compact(t)) > MAX_TITLE_LINE_LEN or FULL_STOP.search(t):  # “双随机、 / 一公开”: a title's pieces
            return False
        if k + 1 in entries:
            return True
    return False


def _is_toc_entry(text: str) -> bool:
    # both patterns end at "$": searched on the line's tail only, so a line of dots stays linear
    cut = max(0, len(text) - rx.TOC_TAIL)
    if not rx.TOC_ENTRY.search(text, cut):
        return False
    m = rx.TOC_PAGE_REF.search(text, cut)
    body = (text[: m.start()] if m else text).rstrip(".…·－- \t\u3000")
    body = re.sub(r"^\d{1,3}\s*[.、．]\s*", "", body)
    return bool(rx.TITLE_END.search(compact(body).rstrip("》"))) or "关于" in body or "》" in body[-3:]


# "2.", "（二）", "二、", "(3)" — an enumerated item never starts or continues a title.
ENUMERATED = re.compile(
    r"^(?:\d{1,3}\s*[.．、)）]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)
# "2021年8月5日印发" — the printing note at the foot of an official document.
PRINTED_LINE = rx.PRINTED_LINE
# "平顶山市人民政府办公室文件" — the red header (文头) above a doc number; never holds 关于 (a title's first
# line may end with 文件: 国务院办公厅关于全面推行行政规范性文件 / 合法性审核机制的指导意见).
DOC_HEADER_LINE = re.compile(r"^(?!.{0,80}关于).{2,80}文件$")
# "省长　罗清泉" / "省长 王 凯" — a signature: an office and a name (maybe spaced out).
# (自治区主席 陈武 2016年12月6日: a reprint may print the date on the signer's line; 市长:董伟 a law database's
# copy, with a colon)
# 省长 签名 / 中国证券监督管理委员会主席:易会满 (the body's name before its head's title, h111 证监会令; the name's
# endings are the registry's)
SIGNATURE_LINE = re.compile(
    r"^(?:自治区)?(?:[\u4e00-\u9fff]{2,20}?"
    + alternation(ENDINGS)
    + r")?代?(?:省长|市长|区长|县长|州长|主席|主任|局长|厅长|部长|总理|署长|行长|书记)[:：]?"
    r"(?:\s*(?:[\u4e00-\u9fff]\s?){2,4})?(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?$"  # a law database may drop the name
)
# 《学生伤害事故处理办法》教育部令第12号 — a page's heading: a quoted title and the order that issued it (no
# title ends with a number: the title block starts below it)
QUOTED_TITLE_AND_NUMBER = re.compile(r"^《[^《》]{2,80}》.{0,20}?(?:令第\d{1,5}号|〔(?:19|20)\d\d〕\d{1,5}号)$")
# （本文有删减）/ （此件公开发布）/ （联系单位：…）/ （略） — an editor's note between documents
EDITORIAL_NOTE = re.compile(
    r"^[（(](?:本文有删减|有删减|本文有删节|删节|略|此件[^）)]{0,12}|联系单位[^）)]{0,30}|[^）)]{0,10}供稿)[）)]$"
)
# A line wholly in brackets that is longer than a title qualifier like （试行）.
BRACKETED = re.compile(r"^[（(][^）)]{13,}[）)]$")


def _opens_bracket(text: str) -> bool:
    c = compact(text)
    return c.count("（") + c.count("(") > c.count("）") + c.count(")")


# 二三年十月十五日 — 二〇〇三年… printed without its 〇 (a font that lacks it): a date line still, though no
# date can be read from it (二二年 may be 2002 or 2020)
LOST_ZEROS_DATE_LINE = re.compile(
    r"^二[一二三四五六七八九]{1,2}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$"
)


# 内容全文 / 办法全文 / 正文 / 通知全文如下 — a site's label over a text, or a news lead's last words (h67, h75, h76): no
# part of the title under it
FULL_TEXT_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:全文|正文|原文)[：:]?|.{0,80}全文如下[：:]?)$")
# " /> / '> — the tail of an HTML tag a page's text kept (a spam mirror's meta tag, 濮阳 h68)
HTML_RESIDUE = re.compile(r"[\"']\s*/?>")


MONTH_LINE = re.compile(r"^(?:19|20)\d\d年\d{1,2}月$")

# 详情 / 收藏 / 打印 / 正文 — a page's button or label alone on its line, above the title: a break, never the
# title's first words (h150 海东 详情 / 海东市…第十四个五年 / 规划…纲要)
# X / × — a share menu's close button alone on its line (分享到: / 微信 / X, h182 琼海): a break too
PAGE_CHROME_WORDS = frozenset("详情 查看详情 内容详情 文章详情 收藏 打印 正文 分享 X x × ✕ ✖".split())


# ……… / ———— / ────── / ══════ — a rule of dots, dashes or box-drawing strokes (U+2500–U+257F) alone on its line:
# page furniture under a number line or a heading, never a piece of a title (h205 广东 粤府 / ─────── / 关于…)
RULE_LINE = re.compile(r"[…．.·—\-－_=*~、，,\u2500-\u257f]+")


def _is_boundary(text: str, prev: str | None = None) -> bool:
    """A line that cannot be part of a title block above an anchor (``prev``: the line above it)."""
    c = compact(text)
    return bool(
        "\t" in text
        or c in PAGE_CHROME_WORDS
        # 202091: a date damaged in conversion, a page number (a year alone may be a title's, cut by a PDF's
        # line break: 关于印发天津市 / 2023 / 年优化营商环境责任清单的通知, h48)
        or (c.isdigit() and not (len(c) == 4 and c[:2] in ("19", "20")))
        or rx.TRANSMIT_BODY.search(c)  # 现将…印发给你们: the notice's sentence, even without its full stop
        or RULE_LINE.fullmatch(c) is not None
        # the tail of a bracket opened in body text above — unless the line above opens it in a title
        or (
            c.count("）") + c.count(")") > c.count("（") + c.count("(")
            and "》" not in c
            and rx.TITLE_END.search(c) is None
            and not (prev is not None and _opens_bracket(prev) and not rx.SENTENCE_END.search(compact(prev)))
        )
        or rx.SENTENCE_END.search(c)
        or ENUMERATED.match(c)
        or BRACKETED.match(c)
        or rx.DATE_LINE.match(c)
        or MONTH_LINE.match(c)  # 2025年6月: an archive's month over a post (湖州 h94)
        or LOST_ZEROS_DATE_LINE.match(c)
        or rx.PORTAL_HEADER_LINE.match(c)
        or rx.LATIN_WORDS_LINE.match(text.strip())
        or rx.BREADCRUMB.match(c)
        or rx.INDEX_NUMBER_LINE.match(c)
        or PRINTED_LINE.match(c)
        or SIGNATURE_LINE.match(c)  # 省 长 姜大明: spaced out
        or (DOC_HEADER_LINE.match(c) and not _title_line_ending_in_wenjian(c))
        or rx.DOCNUM_LINE.match(text)
        or ("《" in c and rx.NUMBER_BEFORE_QUOTED_TITLE.match(c) is not None)  # 法发〔2015〕13号《X》: a heading (h79)
        or (">" in text and HTML_RESIDUE.search(text) is not None)  # 关于…的通知" /> js66883: a tag's tail
        or (("全文" in c or "正文" in c) and FULL_TEXT_LABEL.match(c) is not None)  # 内容全文 / …通知全文如下
        or rx.SECTION_HEADING.match(c)
        or rx.TOC_HEADING.match(c)
        or rx.PUBLICITY_NOTE.match(c)
        or EDITORIAL_NOTE.match(c)
        or QUOTED_TITLE_AND_NUMBER.match(c)
        or rx.ATTACHMENT.match(c)
        or rx.CONTACT.match(c)
        or IMAGE_FILE_LINE.match(c)
    )


# 新文档2022-07-24_00.jpg — an image's file name where a page showed the image (h95 平顶山): page furniture
IMAGE_FILE_LINE = re.compile(r"^[^\s。；，,《》]{1,60}\.(?:jpe?g|png|gif|bmp|webp)$", re.I)


# 某县某局行政规范性文件 / 某市人民政府规范性文件 — a masthead's genre between the body's name and 文件
MASTHEAD_GENRE = re.compile(r"(?:行政)?规范性$")


def _title_line_ending_in_wenjian(c: str) -> bool:
    """市政府及市政府部门重大政策文件 / 解读制度 (h120 安顺): a title's first line ending in 文件, the words before it no
    body's name (a red header's are: 某某市人民政府办公室文件, 中共某某县委文件, and a masthead's 某县某局行政规范性文件
    over its stacked issuers, h229 丰都)."""
    return rx.AGENCY_NAME_END.search(MASTHEAD_GENRE.sub("", c[:-2])) is None


def strip_enumeration(t: str) -> str:
    """ "1. 河南省…的通知" → "河南省…的通知" (a compilation's numbering)."""
    return ENUMERATED.sub("", t, count=1).lstrip()


# 北京:关于印发《…》的通知 / 转载：关于… — a site's label before a title that starts with 关于 (not a link list's
# 相关链接：/ 附件：/ 上一篇：, which names another text)
LABEL_BEFORE_ABOUT = re.compile(
    r"^(?![^:：]{0,6}(?:链接|阅读|附件|相关|推荐|上一|下一|上篇|下篇|原文|文件))[\u4e00-\u9fff]{2,8}[:：](?=《?关于)"
)


# 范文资料:全县…工作实施方案 / 精选文章：… — a content site's label naming what kind of piece follows (资料, 范文,
# 文章), before a title that does not start with 关于 (h146 a template site)
LABEL_BEFORE_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:资料|范文|文章)[:：](?=[^:：]{4,150}$)")


# 梁政发〔2023〕7号关于印发…的通知 — a portal's heading that puts the number before the title (梁山 h63)
NUMBER_BEFORE_ABOUT = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{0,14}〔(?:19|20)\d\d〕第?\d{1,4}号[\s:：]?(?=《?(?:关于|印发|转发|批转)"
    # 清政告字〔2025〕1号清水县人民政府土地征收预公告: a body's title without 关于 (h66)
    r"|" + AGENCY_START.pattern[1:] + r"[^\s。，；：:]{2,80}?" + rx.TITLE_END.pattern + ")"
)


# 关于印发…的通知（2023年5月15日） — a compilation's note of the date after a title, no part of it
DATE_AFTER_TITLE = re.compile(r"(?<=[\u4e00-\u9fff》])[（(]{1,2}(?:19|20)\d\d年\d{1,2}月\d{1,2}日[）)]{1,2}$")

# …分工方案（共计121项） / …通报（7月2日） / …的决定（YYYY年MM月） — a note a page or a compilation prints after a title:
# the count of its items, a day without its year, a template's unfilled date; no part of the title (a version's
# year, 2018年修订, and a dated list's full date, 任免名单（1987年3月19日）, are the title's own)
NOTE_AFTER_TITLE = re.compile(
    r"(?<=[\u4e00-\u9fff》])[（(](?:共计?\d{1,4}(?:项|条|个|件|份)|\d{1,2}月\d{1,2}日|Y{2,4}年M{1,2}月(?:D{1,2}日)?)[）)]$"
)


def without_note_after_title(t: str) -> str:
    """``X分工方案（共计121项）`` → ``X分工方案`` (h146 大兴), ``X通报（7月2日）`` → ``X通报`` (h127 甘肃),
    ``关于修改X的决定（YYYY年MM月）`` → ``关于修改X的决定`` (h119 交通运输部).

    >>> without_note_after_title("某区重点工作分工方案（共计12项）"), without_note_after_title("X任免名单（1987年3月19日）")
    ('某区重点工作分工方案', 'X任免名单（1987年3月19日）')
    """
    return NOTE_AFTER_TITLE.sub("", t) if t.endswith(("）", ")")) else t


# …规划纲要（全文） — a site's note that the whole text follows, no part of the title
FULL_TEXT_NOTE = re.compile(r"[（(]全文[）)]$")
# 关于修改部分省政府规章的决定（陕西省人民政府令第148号） / …公告（第7号） / …办法(中国人民银行公告〔2022〕第1号) —
# a site's title carrying the text's own number in brackets (no qualifier of the title: 试行, 2023—2025年; no
# cited title with its number, 《X》(岳楼政办函〔2025〕11号), nor a repeal list's item with its date); 某镇某指挥部办公室
# 通告(2022年第6号) — an announcement's serial within its year (h209 古镇); 某市某指挥部通告（第一号） — its serial in
# Chinese numerals (h243 亳州, 合肥); 某区人民政府行政复议决定书（〔2024〕某政行复（决）字第8号） — a case number, its
# year first, with a bracketed section in its prefix (h267 亭湖)
OWN_NUMBER_AFTER_TITLE = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(](?![^（）()]*月\d{1,2}日)(?P<num>[^（）()]{0,24}?(?:令|公告|〔|\[|［)[^（）()]{0,14}?第?\d{1,5}号"
    r"|〔(?:19|20)\d\d〕[\u4e00-\u9fff]{1,10}[（(][\u4e00-\u9fff]{1,4}[）)][\u4e00-\u9fff]{0,4}第\d{1,5}号"
    r"|第\d{1,4}号|(?<=[告令][（(])(?:(?:19|20)\d\d年第\d{1,4}号|第[一二三四五六七八九十]{1,3}号))[）)]$"
)


# 国务院办公厅《关于X的指导意见》(国办发〔2019〕38号) — a page's heading: a body's name, its text's title from 关于 in
# book marks, then that text's own number in brackets (h124 a policy page); a cited title alone in marks keeps its number
NUMBER_AFTER_QUOTED_ABOUT = re.compile(
    r"^(?P<head>[^《》]{2,40}《关于[^《》]{2,150}》)[（(][\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕第?\d{1,5}号[）)]$"
)


# 保定市某委员会 关于《关于X的通知》（市某字〔2022〕2号） — a page's heading: the body's name, the page's own 关于, then
# its text's title in book marks and the text's number in brackets (h215 保定)
BODY_ABOUT_QUOTED_TITLE = re.compile(
    r"^(?P<head>[^《》]{2,40}?)关于《(?P<title>关于[^《》]{2,150})》"
    r"(?:[（(](?P<num>[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕第?\d{1,5}号)[）)])?$"
)


def quoted_title_of_body_heading(t: str) -> str:
    """``某委员会关于《关于X的通知》（某字〔2022〕2号）`` → ``关于X的通知``: the title in the marks (see
    BODY_ABOUT_QUOTED_TITLE), where a body's name opens the heading; else ``t``.

    >>> quoted_title_of_body_heading("某某市住房公积金管理委员会关于《关于调整贷款政策的通知》（市房金委字〔2022〕2号）")
    '关于调整贷款政策的通知'
    """
    m = BODY_ABOUT_QUOTED_TITLE.match(t)
    if m is None:
        return t
    head = m.group("head")
    return m.group("title") if AGENCY_START.fullmatch(head) or NATIONAL_START.fullmatch(head) else t


def without_number_after_quoted_about(t: str) -> str:
    """``国务院办公厅《关于X的意见》(国办发〔2019〕38号)`` → ``国务院办公厅《关于X的意见》`` (h124): the number after a
    body's title in book marks is no part of the title (``《关于X的意见》(某发〔2019〕3号)`` alone is left: a citation).

    >>> without_number_after_quoted_about("某某市人民政府《关于X的意见》(某发〔2019〕3号)")
    '某某市人民政府《关于X的意见》'
    """
    m = NUMBER_AFTER_QUOTED_ABOUT.match(t)
    if m is None:
        return t
    head = m.group("head")[: m.group("head").index("《")]
    return m.group("head") if AGENCY_START.fullmatch(head) or NATIONAL_START.fullmatch(head) else t


# （转载）某市人民政府办公厅关于…的通知 / 【转载】… — a site's mark that the page reprints another's text, no part of
# its title (广州 天园街道's reprint)
REPRINT_MARK = re.compile(r"^[（(【\[](?:转载|转)[）)】\]](?=\S)")


# [城市建设] 国务院办公厅关于… / 【政策法规】关于… — a forum's or a site's column tag in brackets before a title that
# starts at a body's name or at 关于 (h124 a forum); no part of the title
COLUMN_TAG_BEFORE_TITLE = re.compile(r"^[〔\[［【][\u4e00-\u9fff]{2,6}[〕\]］】]")
# 「通告」某县人民政府关于…的通告 — a reposting account's tag, a document type in corner brackets, before the title
# (h182 前郭); 「十四五」… is a quoted phrase, no tag
GENRE_TAG_BEFORE_TITLE = re.compile(r"^「(?:" + "|".join(rx.DOC_TYPES) + r")」")


def without_column_tag(t: str) -> str:
    """``〔城市建设〕国务院办公厅关于X的通知`` → ``国务院办公厅关于X的通知`` (h124): a bracketed tag of words (no year, no
    number) before a title that starts at 关于 or a body's name.

    >>> without_column_tag("〔城市建设〕国务院办公厅关于X的通知"), without_column_tag("【转载】某某规划")
    ('国务院办公厅关于X的通知', '【转载】某某规划')
    >>> without_column_tag("「通告」某某自治县人民政府关于X的通告")  # a genre tag, before any title (h182)
    '某某自治县人民政府关于X的通告'
    >>> without_column_tag("【行政复议】行政复议决定书")  # a column named as the title opens (h267)
    '行政复议决定书'
    """
    genre = GENRE_TAG_BEFORE_TITLE.match(t)  # (「通告」: the type alone, a tag before any title)
    m = genre or COLUMN_TAG_BEFORE_TITLE.match(t)
    if m is None:
        return t
    rest = t[m.end() :]
    echoed = rest.startswith(
        t[1 : m.end() - 1]
    )  # 【行政复议】行政复议决定书: the column's words open the title (h267 平罗)
    return rest if (genre or echoed or _starts_title(rest)) and looks_like_title_raw(rest) else t


# 财政部发布关于下达…的通知 — a news page's heading: a body, the verb that publishes, then the notice's own title
# from 关于 (h132 财政部)
PUBLISHED_BEFORE_ABOUT = re.compile(r"(?:发布|公布|下发)了?(?=《?关于)")


def without_publisher_before_about(t: str) -> str:
    """``财政部发布关于X的通知`` → ``关于X的通知`` (h132): a body's name and 发布 / 公布 / 下发 before 关于 — the
    heading of a page that reports the notice; its title is the part from 关于.

    >>> without_publisher_before_about("某某省财政厅发布关于X的通知"), without_publisher_before_about("关于发布X的通知")
    ('关于X的通知', '关于发布X的通知')
    """
    m = PUBLISHED_BEFORE_ABOUT.search(t, 2, 40)
    if m is None:
        return t
    head = t[: m.start()]
    named = AGENCY_START.fullmatch(head) or NATIONAL_START.fullmatch(head)
    return t[m.end() :] if named and NOT_A_NAME.search(head) is None else t


# 123广州市… / 22 中共上海市委… — a page number a PDF's text runs onto the title below it (not a year: 2024年…, 2022北京…)
GLUED_PAGE_NUMBER = re.compile(r"^(?!(?:19|20)\d\d(?!\d))\d{1,4}\s?(?=[\u4e00-\u9fff])")
# 中共 / 中国共产党 — a party committee's name before its place
PARTY_BEFORE_PLACE = re.compile(r"^(?:中共|中国共产党)")


def without_glued_page_number(t: str) -> str:
    """``t`` without a page number glued before it where a known place (or 中共 and a place) opens the rest: a
    title never opens with a number and a place's name (h214 广州, 上海, 北京).

    >>> without_glued_page_number("123广州市地下空间开发利用管理办法"), without_glued_page_number("12个城市试点方案")
    ('广州市地下空间开发利用管理办法', '12个城市试点方案')
    """
    from policykg.ontology.agencies import default_registry  # (the registry knows places; loaded once)

    m = GLUED_PAGE_NUMBER.match(t)
    if m is None:
        return t
    rest = t[m.end() :]
    party = PARTY_BEFORE_PLACE.match(rest)
    return rest if default_registry().place_at(rest, party.end() if party else 0) else t


# 关于X的通告： / 某局关于X的通知: — a 关于 title, no clause's comma in it, printed with a colon after it (a sentence
# ending 现提出以下意见： has its clauses' commas)
TITLE_BEFORE_COLON = re.compile(r"^[^，,。；;：:]{0,60}关于[^，,。；;：:]{2,120}[：:]$")
# 【通告】 — a bare document type in lenticular brackets, a news page's heading over the text it reprints (h225 深圳):
# the type is the title, the brackets dropped
BRACKETED_BARE_TYPE = re.compile(r"^【(通告|公告|通知|布告)】$")


def _without_heading_marks(t: str) -> str:
    """``t`` without a colon printed after a 关于 title (关于X的通告：, h226 始兴) or the lenticular brackets round a
    bare type (【通告】, h225 深圳).

    >>> _without_heading_marks("关于X的通告："), _without_heading_marks("【通告】"), _without_heading_marks("现提出以下意见：")
    ('关于X的通告', '通告', '现提出以下意见：')
    """
    if t[-1:] in "：:" and TITLE_BEFORE_COLON.match(t) and rx.TITLE_END.search(t[:-1]):
        return t[:-1]  # (as if a salutation followed the title)
    return BRACKETED_BARE_TYPE.sub(r"\1", t) if t[:1] == "【" else t


def clean_title(t: str) -> str:
    """Title as stored: no spaces, a wrapping 《》 removed (平顶山市人社局《关于…的通知》 → …关于…的通知)."""
    t = _without_heading_marks(without_province_tag(title_text(t).lstrip("…．.·、，,：:；;-—")))
    if t[:1].isdigit():
        t = without_glued_page_number(t)
    t = LABEL_BEFORE_ABOUT.sub("", t)
    if t[:1] in "（([【":
        t = without_reading_media_tag(t)
    if t[:1] in "〔[［【「":
        t = without_column_tag(t)
    if "转" in t[:3]:
        t = REPRINT_MARK.sub("", t)
    if "：" in t[:9] or ":" in t[:9]:
        t = LABEL_BEFORE_TITLE.sub("", t)
    if t[:2] in ("通知", "公告", "通告", "公示") and COLUMN_BEFORE_TITLE.match(t):
        t = COLUMN_BEFORE_TITLE.sub("", t, count=1)  # 通知公告 / 水利部关于…的意见: the site's column above the title
    if "〕" in t[:22]:
        t = NUMBER_BEFORE_ABOUT.sub("", t)
    t = DATE_AFTER_TITLE.sub("", t)
    t = without_note_after_title(t)
    if t.endswith(("全文）", "全文)")):
        t = FULL_TEXT_NOTE.sub("", t)
    if "关于《关于" in t[:50]:
        t = quoted_title_of_body_heading(t)
    if t.endswith(("号）", "号)")):
        t = without_number_after_quoted_about(OWN_NUMBER_AFTER_TITLE.sub("", t))
    if ENUMERATED.match(t) and looks_like_title_raw(strip_enumeration(t)):
        t = strip_enumeration(t)
    m = re.match(r"^(.*?)《(关于.*)》$", t)
    if m and "《" not in m.group(2):
        t = m.group(1) + m.group(2)
    elif t.startswith("《") and t.endswith("》") and t.count("《") == 1:
        t = t[1:-1]
    elif t.startswith("《") and t.count("《") == 1:
        t = QUOTED_THEN_QUALIFIER.sub(r"\1\2", t)
    return t


# 《某某自治州自治条例》（修正草案·二审稿） — a draft's title printed in book marks, its stage (草案, 征求意见稿) in
# brackets after them (h43 湘西): the title is the name and its stage, the marks dropped as for a title wholly in
# them (an edition's note, 《X》（中英对照版）, makes a page's heading, no title, h98 番禺)
QUOTED_THEN_QUALIFIER = re.compile(r"^《([^《》]{2,150})》((?:[（(][^（）()]{0,12}[草稿][^（）()]{0,12}[）)]){1,2})$")


def looks_like_title_raw(c: str) -> bool:
    return len(c) <= MAX_TITLE_LEN and bool(rx.TITLE.match(c))


# 特此公告 / 特此通知 — the closing formula of a text, never a title though it ends like one
CLOSING_FORMULA = re.compile(r"^特此(?:公告|通告|通知|批复|函复|函告|决定|通报)[。.]?$")


# 通知公告 / 公示公告 — a site's column named by document types alone, never a title (h117 江苏, h69 广东)
COLUMN_NAME = re.compile(r"^(?:(?:通知|公告|通告|公示|通报|文件)[、·]?){2,4}$")
COLUMN_BEFORE_TITLE = re.compile(r"^(?:(?:通知|公告|通告|公示|通报|文件)[、·]?){2,4}(?=.{6})")


# 工作报告 / 实施方案 / 通知 — a document type alone (工作 before it at most): a site's column or tag, no title (h146 静海)
GENRE_ONLY = re.compile(r"^(?:工作)?(?:" + "|".join(rx.DOC_TYPES) + r")$")
MIN_TAGS = 3  # titles ending with a document type, side by side on one line: a page's tag line


def _genre_word(c: str) -> bool:
    """``工作报告`` — a bare genre word, never a title by itself."""
    return len(c) <= 6 and GENRE_ONLY.match(c) is not None


def _tag_line(t: str) -> bool:
    """``实施方案 体检评估工作实施方案 住房抗震改造工作实施方案`` — genre nouns run together, space apart: three or more
    pieces each ending with a document type, or two of which one is a bare genre word (h146 a template site)."""
    pieces = t.split()
    if len(pieces) < 2 or not all(rx.TITLE_END.search(p) and not p.startswith("的") for p in pieces):
        return False
    return len(pieces) >= MIN_TAGS or any(_genre_word(p) for p in pieces)


MIN_KEYWORDS = 3  # words, space apart, on a page's keyword line
MAX_KEYWORD = 8  # characters of one keyword


def _keyword_line(t: str) -> bool:
    """``甲部 乙办 丙部 网络产品 安全 管理`` — a page's keyword line: three or more short words space apart, no title's
    word among them (关于 / 的 / 印发), no single character (a letterspaced name: 某 市 人 民 政 府), some word that
    ends like no body's name (bodies side by side head a joint title) and together no title (no document type)."""
    words = t.split()
    if len(words) < MIN_KEYWORDS or any(not 2 <= len(w) <= MAX_KEYWORD or NOT_A_NAME.search(w) for w in words):
        return False
    plain = any(rx.AGENCY_NAME_END.search(w) is None and not _body_name_alone(w) for w in words)
    return plain and rx.TITLE_END.search(words[-1]) is None


def _keywords_over_title(nb: Sequence[Line], j: int, block: list[int]) -> bool:
    """Line ``j`` is a keyword line (:func:`_keyword_line`) over a title block that is a whole title opening on its
    own (at a body's name or 关于) — not a title's first line broken inside a name (甲部 乙部 中国人民银 / 行 丙局关于…)."""
    if not block or not _keyword_line(nb[j].text) or not _starts_title(nb[block[0]].text):
        return False
    return looks_like_title("".join(compact(nb[x].text) for x in block))


# 我省发布关于禁止…的通告 / 我市出台…办法 — a reprinter's news headline about a text (我 and the speaker's place or body,
# then its verb): no official title speaks so (h144 江西; parse.py's news rule needs a 日电 dateline)
OUR_NEWS_HEADLINE = re.compile(r"^我[\u4e00-\u9fff][^，。,]{0,12}?(?:发布|印发|出台|公布|下发|颁布)")
# 某省教育厅发布了一份报告 — a news lead's sentence: a putting-out verb in the perfective (了), which no title uses
# (h202 四川, the lead over an untitled 公示)
NEWS_VERB_DONE = re.compile(r"(?:发布|印发|出台|公布|下发|颁布|公示)了")


# 《关于…的决定》政策解读 / 《X》解读 / 文字解读|《X》 — a titled interpretation of a text, a document of its own whose
# title is printed so (h46 岳阳楼, h82 苏州 重庆, h152 双牌)
INTERPRETATION_TITLE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}解读[|｜:：]?《[^《》]{4,100}》"
    r"|《[^《》]{4,100}》(?:[（(][^（）()]{1,30}[）)])?[\u4e00-\u9fff]{0,4}解读(?:之[一二三四五六七八九十])?)$"
)


# （音频、图文解读）《X》政策解读 / 【视频解读】《X》解读 / 【部门解读】关于《X》的解读 — a portal's tag of the reading's media or
# kind before its title (no part of it, h188 花都, h198 宣城)
READING_MEDIA_TAG = re.compile(r"^[（(【\[][\u4e00-\u9fff、，, ]{0,12}解读[）)】\]](?=《|关于《)")


def without_reading_media_tag(t: str) -> str:
    """``（音频、图文解读）《X》政策解读`` → ``《X》政策解读``.

    >>> without_reading_media_tag("（视频解读）《某某办法》政策解读"), without_reading_media_tag("（二）《某某办法》")
    ('《某某办法》政策解读', '（二）《某某办法》')
    """
    m = READING_MEDIA_TAG.match(t) if "解读" in t[:16] else None
    return t[m.end() :] if m else t


def is_interpretation_title(c: str) -> bool:
    """``《X》政策解读`` / ``文字解读|《X》`` — a titled 解读: X a text's title (a media tag before it dropped)."""
    c = without_reading_media_tag(c)
    if "解读" not in c or INTERPRETATION_TITLE.match(c) is None:
        return False
    quoted = c[c.index("《") + 1 : c.rindex("》")]
    return rx.TITLE_END.search(quoted) is not None


# 某县人民政府《关于X的通告》(征求意见稿)的反馈情况 / 《X》征求意见采纳情况 — the report on the comments a draft drew, a
# document of its own whose title names the draft so (h192 芷江)
CONSULTATION_FEEDBACK_TITLE = re.compile(
    r"^[^《》。；;，,]{0,40}《(?P<draft>[^《》]{4,100})》(?:[（(][^（）()]{1,12}[）)])?的?(?:公开)?(?:征求)?(?:意见)?"
    r"(?:反馈|采纳)情况(?:的?(?:说明|报告))?$"
)


def is_consultation_feedback_title(c: str) -> bool:
    """``某县人民政府《关于X的通告》(征求意见稿)的反馈情况`` — the report on a draft's comments: the draft a text's title."""
    m = CONSULTATION_FEEDBACK_TITLE.match(c) if "情况" in c else None
    return m is not None and rx.TITLE_END.search(m.group("draft")) is not None


# ,根据《X》等有关规定 — a line opening with a comma is the rest of a sentence broken at its commas (a reading page
# that breaks every clause onto a line of its own, h167 武汉), never a title
CLAUSE_START = frozenset(",，、；;")


def looks_like_title(t: str) -> bool:
    c = compact(t)
    if c[:1] in CLAUSE_START:
        return False
    if "解读" in c and len(c) <= MAX_TITLE_LEN and is_interpretation_title(c):
        return True
    if "情况" in c and len(c) <= MAX_TITLE_LEN and is_consultation_feedback_title(c):
        return True
    if "解读" in c and "《" not in c and c.count("》") == 1 and len(c) < MAX_TITLE_LEN:
        # X的通告》的政策解读 — an interpretation's title that lost its opening mark (h169 泉港): read as printed
        return is_interpretation_title("《" + c)
    return (
        len(c) <= MAX_TITLE_LEN
        and bool(rx.TITLE.match(clean_title(c)))
        and not CLOSING_FORMULA.match(c)
        and not COLUMN_NAME.match(c)
        and not _genre_word(c)
        and not (c[0] == "我" and OUR_NEWS_HEADLINE.match(c))
        and NEWS_VERB_DONE.search(c) is None
        and not (" " in t.strip() and _tag_line(t))
    )


def _starts_title(text: str) -> bool:
    c = compact(text)
    return c.startswith(("关于", "《关于")) or bool(AGENCY_START.match(c)) or bool(NATIONAL_START.match(c))


# 发表日期:2024-04-30编辑录入: / 来源：某某网 作者：… — a page's posting line: labels and short values only
# 2024-07-06 09:30| 来源: 网络整理| 查看: 265 — the same, opened by the posting time, its pieces set apart by bars (h152 洪湖);
# 文章来源: 区应急管理局浏览量:发表时间:2019-12-02 10:00 — a value may end with its time of day (h84 广丰)
# 2011-06-18 00:00:00 来源:本站原创 / 来自:某市政府门户网站 时间:2018-11-22 / 发布于:… 更新于:… / 时间:2019年06月17日
# 点击次数:28596 — the same, opened by the posting time without a bar, or with a portal's other labels
POSTING_LINE = re.compile(
    r"^(?:(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\d{1,2}:\d\d(?::\d\d)?)?(?=\||来源|来自|发布|作者|编辑))?"
    r"(?:\|?(?:发表日期|发布日期|发布时间|发表时间|更新时间|时间|来源|信息来源|文章来源|本文来源|来自|发布于|更新于|日期"
    r"|作者|编辑|编辑录入|录入|责任编辑|浏览次数|浏览量|点击数|点击次数|阅读次数|阅读人数|查看|访问量)"
    r"[:：][^:：|]{0,24}?(?:\d:\d\d)?){1,6}$"
)


# 字号:[ ] / 【字号: 大 中 小】 / 字号:默认 超大 | 打印 | — a page's font-size buttons under the title (h104 西山): as the
# posting line, no line of the title nor a break above the notice's addressees
FONT_SIZE_LINE = re.compile(r"^【?字号[:：][\[\]［］【】|大中小默认超打印分享到:：]{0,20}$")


# 我部研究起草了《X（征求意见稿）》 / 我局组织修订了 — a consultation's sentence: the body speaking of itself (我部, 我局 …)
# and the draft it wrote; the quoted title that goes on below it is body text, never a title
OWN_DRAFT_SENTENCE = re.compile(r"^我[\u4e00-\u9fff][^《》。；，,]{0,12}?(?:起草|拟定|拟订|修订|修改|制定|编制)了?《?")


# 县(市、区)人民政府、…管委会,人民政府有关部门 — bodies addressed, ending on a body's kind, no sentence's mark
# (…各街办事处、镇政府 — a list of bodies ending with a town's 政府, h105 浦东)
ADDRESSEES_UNCLOSED = re.compile(r"^[^。；;：:《》]{4,120}(?:部门|单位|政府|管委会|机构)$")
# 征求意见稿 / 送审稿 — a draft's mark alone on its line, without brackets
DRAFT_MARK_ALONE = re.compile(r"^(?:征求意见|送审|讨论|修订|修改)稿$")


def _addressees_without_colon(c: str) -> bool:
    """``县(市、区)人民政府、高新区管委会,人民政府有关部门``: bodies listed one after another, as addressees are, that
    lost their colon (a page's conversion) — no line of a title, which lists no bodies by 、 and comma."""
    return "、" in c and ("，" in c or "," in c) and ADDRESSEES_UNCLOSED.match(c) is not None


# - / —— / ---- / ─── — a page's rule between its heading block (title, posting line, share buttons) and the text
SEPARATOR_LINE = re.compile(r"^[-—－_=\u2500-\u257f]{1,40}$")


# 【编辑日期:2018-03-13】 【来源:】 【关闭】 — a mirror site's posting line, each item in brackets (h90 九寨沟)
BRACKETED_PAGE_ITEMS = re.compile(r"^(?:【[\u4e00-\u9fff]{2,6}(?:[:：][^【】]{0,24})?】){2,6}$")


def _page_line_under_title(c: str) -> bool:
    """A line a page prints between a title and its text: the posting line (its items maybe in brackets), the
    font-size buttons, or a rule of dashes left where the share buttons were (关于…的通告 / - / 为…, 广州 医保中心)."""
    return bool(
        POSTING_LINE.match(c)
        # (发布日期：2021年01月07日 / 文号：…) — the posting line in brackets, its rest on the next line (h85 上海)
        or (c[:1] in "(（" and POSTING_LINE.match(c[1:].rstrip(")）")))
        or FONT_SIZE_LINE.match(c)
        or SEPARATOR_LINE.match(c)
        or BRACKETED_PAGE_ITEMS.match(c)
        or PAGE_WIDGET_LINE.match(c)
    )


# 取消收藏成功! / 相关办事指南 — a page's widgets left as text between a title and its addressees: a bookmark button's
# message, the label of a box of links (h29 内蒙古)
PAGE_WIDGET_LINE = re.compile(
    r"^(?:相关(?:链接|文件|附件|解读|阅读|新闻|稿件|政策|办事指南)|[\u4e00-\u9fff]{0,4}(?:收藏|分享|订阅|复制)成功[!！]?)$"
)


def _last_line_of_title(nb: list[Line], j: int, floor: int) -> int:
    """Above line ``j`` (the first line under a title), past what a page prints between a title and its text:
    the document type printed again, the first chapter's heading, the page's posting line or font-size control."""
    if j - 1 >= floor and _doc_type_heading(nb[j].text, nb[j - 1].text):
        j -= 1  # 关于…的通知 / 通  知: the heading under the title is its document type printed again
    if j - 1 >= floor and _addressees_without_colon(compact(nb[j].text)):
        j -= 1  # 关于…的实施意见 / 县(市、区)人民政府、…,人民政府有关部门 / 为贯彻落实…: the addressees (h95 平顶山)
    if j - 1 >= floor and DRAFT_MARK_ALONE.match(compact(nb[j].text)):
        j -= 1  # 关于…的实施意见 / 征求意见稿: a draft's mark on its own line, unbracketed, is no part of its title
    if j - 1 >= floor and compact(nb[j].text) == "总则":
        j -= 1  # 沈阳市社会信用条例（草案） / 总 则 / 第一条: the first chapter's heading without its number (h112)
    if j - 1 >= floor and _link_to_series_neighbour(nb, j, floor):
        j -= 1  # 某指挥部5号令 / … / 某指挥部6号令 / 各县…: a wiki's link to the next text of the series (h172 荆门)
    skipped = 0
    while j - 1 >= floor and skipped < 2 and _page_line_under_title(compact(nb[j].text)):
        j -= 1  # 关于…的通知 / 发表日期:2024-04-30编辑录入: / 各乡镇…: the page's posting line under the title (隆德 h116)
        skipped += 1
    return j


# the digits of a line: a series' serial (某指挥部5号令, 某通告(第11号))
_DIGITS = re.compile(r"\d{1,4}")
SERIES_LINK_REACH = 8  # lines above a link to a neighbour of a series where the page's own title stands
MIN_SERIES_NAME = 8  # characters of a series' name before its serial


def _link_to_series_neighbour(nb: list[Line], j: int, floor: int) -> bool:
    """Line ``j`` names another text of the series a line above it names — the same words, another serial
    (某市防控指挥部5号令 / 2020年1月25日 / 某市防控指挥部6号令): a page's link to the next text, no title of its own
    (维基文库's header, h172 荆门)."""
    c = compact(nb[j].text)
    if len(c) < MIN_SERIES_NAME or len(c) > MAX_TITLE_LINE_LEN or "号" not in c or not _DIGITS.search(c):
        return False
    name = _DIGITS.sub("#", c)
    for k in range(j - 1, max(floor, j - SERIES_LINK_REACH) - 1, -1):
        other = compact(nb[k].text)
        if other != c and _DIGITS.sub("#", other) == name:
            return True
    return False


def _more_joint_issuers(nb: list[Line], j: int, block: list[int]) -> bool:
    """Line ``j`` names one more body over a full title block whose top lines are bodies named alone, one a line
    (重庆市经济和信息化委员会 / 中共重庆市委网信办 / … eight bodies / 关于宣布《X》 / 失效的通知): the block goes on
    up to MAX_JOINT_TITLE_LINES."""
    return (
        len(block) < MAX_JOINT_TITLE_LINES
        and _body_name_alone(compact(nb[j].text))
        and _body_name_alone(compact(nb[block[0]].text))
    )


def title_block_above(nb: list[Line], pos: int, *, floor: int, toc: set[int]) -> tuple[int, int] | None:
    """The title block ending just above ``pos`` (exclusive): (start, end) indexes, or None."""
    block: list[int] = []
    j = _last_line_of_title(nb, pos - 1, floor)
    while j >= floor and (len(block) < MAX_TITLE_LINES or _more_joint_issuers(nb, j, block)):
        t = nb[j].text
        joined_enum = strip_enumeration(compact(t)) + "".join(compact(nb[x].text) for x in block)
        if (
            j not in toc
            and ENUMERATED.match(compact(t))
            and not rx.SECTION_HEADING.match(compact(t))
            # 2．私募投资基金监督管理条例 right above its number: a numbered title need not start like a notice's
            and (
                _starts_title(strip_enumeration(compact(t)))
                or (not block and j == pos - 1)
                or _dated_entry_start(nb, j, block)
            )
            and looks_like_title(joined_enum)
            and (
                _dated_entry_start(nb, j, block)
                or "关于" not in joined_enum
                or joined_enum.startswith(("关于", "《关于"))
                or _issuers_then_about(joined_enum)
                or ISSUES_ABOUT.match(joined_enum) is not None  # 1. 国务院印发关于…的通知
                or _national_then_about(joined_enum)  # 8. 自然资源部关于深化…“多审合一、多证合一”改革 (h147)
                or _issues_quoted_below(strip_enumeration(compact(t)), nb, block)
            )
        ):
            block.insert(0, j)  # "1. 河南省人民政府关于…": a compilation's numbering before a title
            j -= 1
            break
        if j in toc or _ends_title_block(nb, j, floor, block) or POSTED_AT.search(t):
            break  # (… | 来源:… 更新时间:2025/1/23 9:31 |: a page's posting line, no title's)
        if OWN_DRAFT_SENTENCE.match(compact(t)):
            return (
                None  # 我部研究起草了 / 《关于X的通知（征求意见稿）》。: a sentence naming its draft, no title (h147)
            )
        if len(compact(t)) > MAX_TITLE_LINE_LEN and not looks_like_title(t):
            break
        if block and _gazette_section_label(compact(t)) and not _title_piece_in_wenjian(nb, j, floor):
            break  # 部门文件 / 数据公报 / 县政府办文件: a gazette's section label, no line of the title under it (h152 歙县)
        if block and _number_between_copies(compact(t)):
            break  # 某县人民政府关于…的通知 / 某政字202154 / 某县人民政府 / 关于…的通知: the red head's copy ends above its number
        if (
            block
            and _set_apart(nb, j, block[0])
            and _body_name_alone(compact(t))
            and not _spaced_head_over_about(t, nb[block[0]].text)
            and not _joint_issuers_over_about(t, nb[block[0]].text)
        ):
            break  # 广东省梅州市人民政府 / (two blank lines) / 印发…的通知: the page's issuer line, not the title's start
        if _keywords_over_title(nb, j, block) or _caption_over_issuers(nb, j, block):
            break  # 甲部 乙办 丙部 网络产品 安全 / 甲部 乙办 丙部关于印发…的通知: a page's keywords over the title (h189)
        block.insert(0, j)
        if nb[j].heading == 1:
            break
        j -= 1
    if not block:
        return None
    strong_top = j < floor or j in toc or _is_boundary(nb[j].text) or nb[block[0]].heading > 0
    return _best_title_start(nb, block, strong_top=strong_top)


# 中国共产党某市委员会关于制定“十五五”…规划的建议 — a party committee's (or a body's) proposal, adopted by a plenum:
# 建议 is no document type of a publication's own, but this title over its passage note is one
PROPOSAL_TITLE = re.compile(r"^(?P<body>[^《》，,。；;：:]{4,40}?)关于[^。；;！？!?：:]{2,100}的建议$")
# (2025年11月28日中国共产党某市第十届委员会第十次全体会议通过) — the passage note of a plenum's or a congress's text
PASSED_BY_MEETING = re.compile(r"(?:全体会议|全会|代表大会[^（）()]{0,20}会议|常务委员会[^（）()]{0,20}会议)通过")


def _dated_entry(nb: Sequence[Line], block: list[int]) -> bool:
    """5. 哈密市落实…工作 / 方案的通知（2023年3月29日）: the lines under a numbered line end on the date a compilation
    notes after each entry's title — the numbered line starts that title, whatever its first words (h135)."""
    return bool(block) and DATE_AFTER_TITLE.search(compact(nb[block[-1]].text)) is not None


def _dated_entry_start(nb: Sequence[Line], j: int, block: list[int]) -> bool:
    """Line ``j`` numbers and starts a dated entry's title (:func:`_dated_entry`) — a number alone (15.) starts none."""
    return bool(strip_enumeration(compact(nb[j].text))) and _dated_entry(nb, block)


def _ends_title_block(nb: list[Line], j: int, floor: int, block: list[int]) -> bool:
    """Line ``j`` is a boundary above the title block ``block`` (:func:`_is_boundary`), unless it is a piece of a
    title broken after an enumeration comma (:func:`_title_cut_at_comma`)."""
    t = nb[j].text
    return _is_boundary(t, nb[j - 1].text if j > floor else None) and not _title_cut_at_comma(nb, j, block)


# a sentence's punctuation anywhere on a line
_SENTENCE_MARK = re.compile(r"[。；;！!？?：:]")


def _title_cut_at_comma(nb: list[Line], j: int, block: list[int]) -> bool:
    """甲市人民政府关于土地招标、 / 拍卖工作的通知: a title set in large type (centred, narrower than the text's
    column) broken after an enumeration comma — line ``j`` starts a title at its issuer or 关于, holds no sentence's
    punctuation and ends with 、, and with the lines under it reads as a title (a title without 关于 broken so is
    left alone: 某市人民政府公文形式、适用范围、 / …有关规定 / （2013年2月修订） keeps its revision note apart)."""
    c = compact(nb[j].text)
    if not block or not c.endswith("、") or len(c) > MAX_TITLE_LINE_LEN or _SENTENCE_MARK.search(c):
        return False
    joined = c + "".join(compact(nb[x].text) for x in block)
    return (
        ("关于" in c and _starts_title(c) or _title_without_about_at_comma(c, joined))
        and not _is_boundary(c[:-1])
        and looks_like_title(joined)
    )


def _title_without_about_at_comma(c: str, joined: str) -> bool:
    """环境保护主管部门实施限制生产、 / 停产整治办法: a title without 关于 set in large type broken after an enumeration
    comma, the piece under it ending the title with its document type itself (pdf-titles layout; a note in brackets
    under it is left alone: 某市人民政府公文形式、适用范围、 / …有关规定 / （2013年2月修订））."""
    return rx.TITLE_END.search(joined) is not None and joined[-1] not in "）)" and len(c) >= 8


def _title_piece_in_wenjian(nb: list[Line], j: int, floor: int) -> bool:
    """国务院办公厅关于全面推行行政规 / 范性文件 / 合法性审核机制的指导意见: a title set in large type broken inside
    规范性文件, its piece ending in 文件 (no gazette's section label): the line above starts the title (关于, no
    document type at its end, no sentence's punctuation) and runs on into it."""
    if j - 1 < floor:
        return False
    upper = compact(nb[j - 1].text)
    return (
        "关于" in upper
        and _starts_title(upper)
        and rx.TITLE_END.search(upper) is None
        and _SENTENCE_MARK.search(upper) is None
        and not _is_boundary(nb[j - 1].text)
    )


def _proposal_title_above(nb: list[Line], pos: int, *, floor: int) -> tuple[int, int] | None:
    """The title of a body's 关于…的建议 right above the passage note at ``pos`` (…全体会议通过): one line or two
    (h145 拉萨 中国共产党拉萨市委员会关于制定“十五五”时期…规划的建议 / (2025年11月28日…全体会议通过))."""
    note = ""
    for k in range(pos, min(pos + 3, len(nb))):
        note += compact(nb[k].text)
        if note.endswith(("）", ")")):
            break
    if PASSED_BY_MEETING.search(note) is None:
        return None
    joined = ""
    for start in range(pos - 1, max(floor, pos - 3) - 1, -1):
        if _is_boundary(nb[start].text):
            return None
        joined = compact(nb[start].text) + joined
        m = PROPOSAL_TITLE.match(joined)
        if m and (AGENCY_START.fullmatch(m.group("body")) or NATIONAL_START.fullmatch(m.group("body"))):
            return start, pos - 1
    return None


def _title_under_announcement_number(nb: list[Line], pos: int) -> int | None:
    """The index of a 关于…的公告 title right under a bare 公告 head's number line (国家药品监督管理局 / 公告 /
    2021年第8号 / 国家药监局关于发布《X》的公告, h91), else None."""
    if pos + 2 >= len(nb) or not rx.ANNOUNCEMENT_LINE.match(compact(nb[pos + 1].text)):
        return None
    c = compact(nb[pos + 2].text)
    head = compact(nb[pos].text)
    return pos + 2 if "关于" in c and c.endswith(head) and looks_like_title(c) else None


def _doc_type_heading(text: str, above: str) -> bool:
    """``通  知`` under ``…关于…的通知``: a line that is only the document type the line above ends with."""
    c = compact(text)
    return 2 <= len(c) <= 4 and rx.TITLE_END.fullmatch(c) is not None and compact(above).endswith(c)


# 省人大颁布的地方法规 / 市政府发布的规章 / 国务院公布的行政法规 — a site's column of texts of one kind, over
# the title of one of them: no part of its title
COLUMN_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{1,12}(?:颁布|发布|公布|制定|出台|印发)的(?:地方性?法规|行政法规|政府规章|部门规章|规章|规范性文件|政策文件|文件)$"
)


def _column_label_over_title(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """The line a title would start on is a site's column label, and the title starts below it."""
    if k + 1 >= len(block):
        return False
    c = compact(nb[block[k]].text)
    label = COLUMN_LABEL.match(c) is not None or _body_kind_label(c) or _breadcrumb_tail(nb, block[k])
    return label and _starts_title(nb[block[k + 1]].text)


# 当前位置:首页>>政府信息公开>>国家经济管理、国有资产监督 — a page's breadcrumb: its last step after >, >>, » or /
BREADCRUMB_TAIL = re.compile(
    r"(?:当前位置|您的位置|您现在的位置|所在位置)[:：]?.{0,80}?(?:>>?|»|›|/)\s{0,3}(?P<tail>[^>»›/]{2,30})$"
)
MAX_BREADCRUMB_ABOVE = 3  # lines from a breadcrumb down to its column's name printed alone


def _breadcrumb_tail(nb: Sequence[Line], i: int) -> bool:
    """Line ``i`` repeats the last step of a breadcrumb just above it (当前位置:首页>>…>>国家经济管理、国有资产监督 /
    国家经济管理、国有资产监督, h73 内蒙古): the column's name printed over its pages, no piece of a title."""
    c = compact(nb[i].text).lstrip("•·")
    for j in range(max(0, i - MAX_BREADCRUMB_ABOVE), i):
        m = BREADCRUMB_TAIL.search(compact(nb[j].text))
        if m and m.group("tail") == c:
            return True
    return False


# 湖南省人民政府规章 / 某市人大常委会地方性法规 — a law site's column: a body's name and the kind of text it makes
BODY_KIND_LABEL_END = ("规章", "地方性法规", "规范性文件")


def _body_kind_label(c: str) -> bool:
    """``湖南省人民政府规章`` over ``湖南省规范性文件管理办法`` (h108 湖南, a law site): a body's name and a kind of
    text alone, a column label (a title cut after the same words, 某省人民政府规章 / 制定程序规定, goes on in a line
    that starts no title, so :func:`_column_label_over_title` leaves it whole).

    >>> _body_kind_label("某某省人民政府规章"), _body_kind_label("某某省人民政府规章制定程序规定")
    (True, False)
    """
    end = next((e for e in BODY_KIND_LABEL_END if c.endswith(e)), None)
    return end is not None and _body_name_alone(c[: -len(end)])


# a line over a title that may yet be a piece of it: ends like a body's name or a conjunction, or with a year, or
# with 关于 (某某关于 / 印发X的通知: the issuer's name a spam mirror replaced, h212 辽宁)
_TITLE_PIECE_END = re.compile(r"(?:[、，,和及与的年度]|印发|转发|批转|关于)$")


def _stray_line_over_title(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """``邹城外宣网今天是`` / ``精神文明`` / ``关于转发…的通知`` (h69 邹城), ``蜂蜜`` / ``山野菜`` / ``吉林省…暂行办法``
    (a table's last rows, h2002 吉林), ``九寨沟县人民政府办公室`` / ``2018年3月13`` / ``九寨沟县…应急预案`` (h90): a
    line under ``k`` starts a title by itself (关于, a body's or a place's name) and no line from ``k`` down to it
    starts one, the line right over it no piece of one either — no body's name at its end, no 《》, no conjunction,
    印发 or year at its end: a page's or a table's lines the title is set under, so no title starts at ``k``."""
    for m in range(k + 1, len(block)):
        if _starts_title(strip_enumeration(compact(nb[block[m - 1]].text))):
            return (
                False  # 国务院关于同意X、 / 高新技术产业开发区建设 / 国家自主创新示范区的批复: the title starts above
            )
        c = compact(nb[block[m]].text)
        if not (_starts_title(c) or rx.ISSUER_PLACE.match(c)):
            continue
        u = compact(nb[block[m - 1]].text)
        if (
            len(u) >= 2
            and not _starts_title(u)
            and rx.AGENCY_NAME_END.search(u) is None
            and _TITLE_PIECE_END.search(u) is None
            and "《" not in u
            and "》" not in u
            and looks_like_title("".join(compact(nb[x].text) for x in block[m:]))
        ):
            return True
    return False


def _best_title_start(nb: list[Line], block: list[int], *, strong_top: bool) -> tuple[int, int] | None:
    """Of the lines of a title block, the one the title starts on: the joined rest must read as a
    title; a start after a clear boundary, on a heading, at 关于 or at its issuers scores higher."""
    end = block[-1]
    best, best_score = None, -1
    last_copy = max(_last_copy(nb, block), _after_listed_titles(nb, block))
    for k, s in enumerate(block):
        joined = "".join(compact(nb[x].text) for x in block[k:])
        if (
            k < last_copy
            or not (looks_like_title(joined) or _issues_quoted_title(joined))
            or (joined[:1].isascii() and joined[:1].isalpha() and "关于" in joined[1:])  # js66883金沙…关于…: spam
            or _printed_twice(nb, block[k:])
            or _cut_copy_over_title(nb, block, k)
            or _holds_lower_title(nb, block[k:])
            or any(SITE_FURNITURE.search(compact(nb[x].text)) for x in block[k:-1])
            or _names_again(nb, block, k)
            or _masthead_over_own_name(nb, block, k)
            or _signers_over_title(nb, block, k)
            or _column_label_over_title(nb, block, k)
            or _stray_line_over_title(nb, block, k)
            or _opens_quote_left_open(nb, block, k)
            or _starts_inside_quote(nb, block, k, joined)
        ):
            continue
        score = 0
        if k == 0 and strong_top:
            score += 2
        if nb[s].heading:
            score += 2
        if joined.startswith(("关于", "《关于")):
            score += 2
        elif _issuers_then_about(joined) and AGENCY_START.match(compact(nb[s].text)):
            score += 4
        elif _starts_title(joined) and not _about_left_open(nb, block, k):
            score += 1
        if score > best_score:  # ties keep the longer (upper) title
            best, best_score = (s, end), score
    return best


def _about_left_open(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """The title line above ``block[k]`` ends with 关于 (某某关于 / 印发X规定的通知, its issuer's name a page's spam
    put in, h212 辽宁): the title starts above, its 关于 waiting for what the lines from ``block[k]`` say."""
    return k > 0 and compact(nb[block[k - 1]].text).endswith("关于")


def _starts_inside_quote(nb: Sequence[Line], block: list[int], k: int, joined: str) -> bool:
    """Line ``block[k]`` goes on inside a quotation the line above it opens (关于印发《中共某新区区委、某 / 新区人民政府
    关于促进X的 / 指导意见》等6个文件的通知, a title set narrow, pdf-titles layout): the lines from it close a 《 they never
    open — a title's middle, never its start, though it opens with a body's name and 关于."""
    if k == 0 or joined.count("》") <= joined.count("《"):
        return False
    return compact(nb[block[k - 1]].text).count("《") > compact(nb[block[k - 1]].text).count("》")


def _quote_left_open(s: str) -> bool:
    """``s`` opens a quotation (“ or 《) it never closes."""
    return s.count("“") > s.count("”") or s.count("《") > s.count("》")


def _opens_quote_left_open(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """Line ``block[k]`` opens a quotation the title block's lines under it never close, though they close their own
    (…韩宝音额木和、吴旺胜9人“乌力格 / 增加“某科”诊疗科目的通知: a text cut short mid-sentence right above a title,
    pdf layout): a sentence's last piece, never the title's first line."""
    if k + 1 >= len(block):
        return False
    rest = "".join(compact(nb[x].text) for x in block[k + 1 :])
    return _quote_left_open(compact(nb[block[k]].text) + rest) and not _quote_left_open(rest)


# 国务院促进中小企业发展工作领导小组办公室印发《X若干措施》 — a body issuing a text, titled by its name, 印发 and the
# quoted title alone (no 关于, no 的通知): the notice's own full title
ISSUES_QUOTED = re.compile(r"^(?P<body>[^《》，,。；：:]{4,40}?)印发《(?P<what>[^《》]{2,80})》$")


def _issues_quoted_title(joined: str) -> bool:
    """``joined`` is a body's name, 印发 and one quoted title (h147 国务院促进中小企业发展工作领导小组办公室印发《…》).

    >>> _issues_quoted_title("国务院促进中小企业发展工作领导小组办公室印发《助力X若干措施》")
    True
    >>> _issues_quoted_title("关于印发《X办法》"), _issues_quoted_title("请各地认真学习印发《X办法》")
    (False, False)
    """
    m = ISSUES_QUOTED.match(joined)
    return (
        m is not None
        and "关于" not in joined
        and (
            AGENCY_START.fullmatch(m.group("body")) is not None or NATIONAL_START.fullmatch(m.group("body")) is not None
        )
        and looks_like_title(m.group("what"))
    )


def _signers_over_title(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """``沧州市邮政局`` / … / ``支持农村邮政物流发展实施办法``: the line at ``k`` and those under it down to the
    title are bodies' names alone, and the title does not go on from them (关于…, 印发…): the bodies
    issued it, they are no part of it."""
    j = k
    while j < len(block) - 1 and _body_name_alone(compact(nb[block[j]].text)):
        j += 1
    if j == k:
        return False
    name, rest = compact(nb[block[j - 1]].text), compact(nb[block[j]].text)
    if _name_goes_on(name, rest) or _word_cut_after_name(name, rest):
        return False
    if _one_name_over_title_tail(nb, block, k, j, rest):
        return False
    if _name_rest_over_about(nb, block, j):
        return False
    # (河南省财政厅 / 河南省人社厅关于…: joint issuers over two lines go on into the title; 河南省郑州市人民政府 /
    # 郑州市X实施办法, a rules' title without 关于 under its body's name, does not: h54 郑州)
    return not rest.startswith(TITLE_GOES_ON) and (not AGENCY_START.match(rest) or "关于" not in rest)


def _name_rest_over_about(nb: Sequence[Line], block: list[int], j: int) -> bool:
    """Line ``block[j]`` is the rest of the name above it, cut at the column, and 关于 opens the line under it
    (中共某市委办公室 某市人民政府 / 办公室 / 关于印发《X》的通知, pdf-titles layout): the names head the title."""
    if j + 1 >= len(block):
        return False
    name, rest = compact(nb[block[j - 1]].text), compact(nb[block[j]].text)
    return (
        _body_name_alone(name + rest)
        and not _body_name_alone(rest)
        and compact(nb[block[j + 1]].text).startswith(("关于", "《关于"))
    )


# 社会 — a word a narrow title's line may be cut inside right after what reads as a body's name ending in 社 (某市国民
# 经济和社 / 会发展第十四个五年规划…): the two lines are one title, no body's name over it
WORDS_CUT_AFTER_NAME = ("社会",)


def _word_cut_after_name(name: str, below: str) -> bool:
    """``name`` ends inside a word the line ``below`` goes on with (某市国民经济和社 / 会发展…纲要): no name alone.

    >>> _word_cut_after_name("某市国民经济和社", "会发展第十四个五年规划纲要"), _word_cut_after_name("某市日报社", "X办法")
    (True, False)
    """
    return bool(name) and bool(below) and name[-1] + below[0] in WORDS_CUT_AFTER_NAME


def _one_name_over_title_tail(nb: Sequence[Line], block: list[int], k: int, j: int, rest: str) -> bool:
    """``某某县人民政府`` / ``土地征收预公告`` (h66 峨边): one body's name alone at the top of the block, right above
    the last line, a title's tail (:func:`_title_tail`): the name is the title's head, printed on a line of its own
    — not a signer over the title (several signers, 沧州市财政局 / 沧州市农业局 / … / X实施办法, stay signers)."""
    if k != 0 or j != 1 or not _next_line_apart(nb, block[k], block[j]):
        return False
    if len(block) == 3 and DRAFT_STAGE_LINE.match(compact(nb[block[2]].text)):
        rest += compact(nb[block[2]].text)  # 某市人民代表大会及其常务委员会 / 立 法 条 例 / （修正草案）(h286 广元)
    elif len(block) != 2:
        return False
    return _title_tail(rest)


# （修正草案） / (征求意见稿) — a draft's stage printed on a line of its own under its title's last line
DRAFT_STAGE_LINE = re.compile("^" + rx.BRACKETED_STAGE_MARK + "$")


def _next_line_apart(nb: Sequence[Line], upper: int, lower: int) -> bool:
    """Non-blank line ``lower`` is the line printed next under ``upper``: right under it, or as far under it as the
    line after ``lower`` is under ``lower`` (a text that sets a blank line after each line, as PDF conversion gives
    it: ``某某县人民政府`` / (blank) / ``土地征收预公告`` / (blank) / ``(某征预公告〔2023〕 2 号)``, pdf layout)."""
    gap = nb[lower].no - nb[upper].no
    return gap == 1 or (lower + 1 < len(nb) and gap <= nb[lower + 1].no - nb[lower].no)


MAX_TAIL_LEN = 12  # a title's tail under its body's name: 土地征收预公告, 自然灾害救助应急预案


def _title_tail(c: str) -> bool:
    """``土地征收预公告`` / ``自然灾害救助应急预案``: the rest of a short title naming no place or body of its own
    (its subject and its type only), as printed under the body's name.

    >>> _title_tail("土地征收预公告"), _title_tail("某某市物业管理办法"), _title_tail("关于X的通知"), _title_tail("常务委员会公告")
    (True, False, False, False)
    """
    end = rx.TITLE_END.search(c)
    return (
        len(c) <= MAX_TAIL_LEN
        and end is not None
        # (常务委员会 / 公告: the rest of the body's name, then a bare type, h94 昌吉)
        and rx.AGENCY_NAME_END.search(c[: end.start()]) is None
        and not c.startswith(TITLE_GOES_ON)
        and AGENCY_START.match(c) is None
        and rx.PLACE_AT_START.match(c) is None
    )


def _name_goes_on(name: str, below: str) -> bool:
    """A body's name cut inside itself: the line below goes on with the rest of the name, then 关于
    (玉林市应对气候变化及节能减排工作领导小组 / 办公室关于印发…的通知, h148 玉林): the name and its rest are one name.

    >>> _name_goes_on("某某市应对气候变化工作领导小组", "办公室关于印发X方案的通知")
    True
    >>> _name_goes_on("某某市邮政局", "支持农村邮政物流发展实施办法")
    False
    """
    cut = below.find("关于", 1, 30)
    return cut > 0 and AGENCY_START.fullmatch(name + below[:cut]) is not None


def _set_apart(nb: Sequence[Line], upper: int, lower: int) -> bool:
    """Two or more blank lines between non-blank lines ``upper`` and ``lower``, and fewer between two of the
    five lines under ``lower``: a page that spaces its lines keeps a title's lines one blank apart, a break
    of its own is wider (法律资料网, h65: the issuer, two blank lines, 印发…的通知)."""
    gap = nb[lower].no - nb[upper].no
    if gap < 3:
        return False
    # (each line a blank apart: a wider gap over 关于 holds the lines the column joiner took, pdf layout)
    if (
        gap % 2 == 0
        and compact(nb[lower].text).startswith(("关于", "《关于"))
        and _blank_after_each_line(nb, upper, lower)
    ):
        return False
    return any(nb[x + 1].no - nb[x].no < gap for x in range(lower, min(lower + 5, len(nb) - 1)))


BLANK_AFTER_EACH_REACH = 5  # lines above and below two lines where a page is seen to set a blank line after each


def _blank_after_each_line(nb: Sequence[Line], upper: int, lower: int) -> bool:
    """Around lines ``upper`` and ``lower`` every line stands an even number of lines under the one above it, one
    blank apart or more (a text hard-wrapped at a column, as PDF conversion gives it with a blank line after each
    printed line: 某某街道办 / 事处 / 关于印发…, the issuer's two pieces joined into one line and the blank lines
    they took left between it and 关于): its gaps tell no break the page set."""
    lo, hi = max(0, upper - BLANK_AFTER_EACH_REACH), min(len(nb) - 1, lower + BLANK_AFTER_EACH_REACH)
    gaps = [nb[x + 1].no - nb[x].no for x in range(lo, hi)]
    return len(gaps) >= BLANK_AFTER_EACH_REACH and all(g % 2 == 0 for g in gaps)


# 部门文件 / 数据公报 / 县政府办文件 — a gazette's section label, between its contents' entries or over its texts
GAZETTE_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:文件|公报)$")


def _gazette_section_label(c: str) -> bool:
    """A gazette's section label (not a body's 文头: 某县人民政府文件 names a body).

    >>> _gazette_section_label("数据公报"), _gazette_section_label("部门文件"), _gazette_section_label("某某县人民政府文件")
    (True, True, False)
    """
    return GAZETTE_SECTION.match(c) is not None and AGENCY_START.match(c) is None


def _number_between_copies(c: str) -> bool:
    """A doc number line, whole or damaged (魏政字202154), inside a title block: a page printed the title, then
    the red head's number and the title again (h146 魏县); the title is the copy under the number.

    >>> _number_between_copies("某政字202154"), _number_between_copies("某府发〔2021〕5号"), _number_between_copies("关于X的通知")
    (True, True, False)
    """
    m = rx.DOCNUM_LINE.match(c)
    return rx.DAMAGED_NUMBER.match(c) is not None or (m is not None and not m.group("rest"))


# 大 同 市 人 民 政 府 办 公 室 — a body's name printed with a space between its characters (a gazette's 文头 style)
LETTERSPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){3,30}$")


def _spaced_head_over_about(upper: str, lower: str) -> bool:
    """``大 同 市 人 民 政 府 办 公 室`` over ``关于印发…``: a body's name letterspaced right above a 关于 line is the
    title's head, however wide the gap (h151 大同, a gazette page) — unlike a plain issuer line set apart."""
    return LETTERSPACED.match(upper.strip()) is not None and compact(lower).startswith(("关于", "《关于"))


def _joint_issuers_over_about(upper: str, lower: str) -> bool:
    """``青海省人民政府办公厅 甘肃省人民政府办公厅`` over ``关于印发…的通知``: two or more bodies' names side by side right
    above a 关于 line are a joint title's head, however wide the gap (a pdf conversion blanks the lines its column
    joiner took, pdf layout) — unlike one issuer line set apart (a page's own name)."""
    names = upper.split()
    return len(names) >= 2 and all(_body_name_alone(n) for n in names) and compact(lower).startswith(("关于", "《关于"))


def _caption_over_issuers(nb: Sequence[Line], j: int, block: list[int]) -> bool:
    """甲市国土局 / 甲市国土资源管理局 / 甲市财政局 / 关于…的通知: line ``j`` is a letterhead's caption naming the
    title block's first body short (:func:`_short_name_over_full`), no line of the title."""
    return bool(block) and _short_name_over_full(compact(nb[j].text), compact(nb[block[0]].text))


def _short_name_over_full(c: str, below: str) -> bool:
    """Line ``c`` names the body the line under it names in full, short: its characters those of ``below`` in
    order, the same first and last, and no part of it cut off (甲市国土局 over 甲市国土资源与房产管理局, h211 厦门) —
    a letterhead's caption over joint issuers, not one more of them (a unit under a body names it whole first)."""
    if not (3 <= len(c) < len(below)) or below.startswith(c) or c[0] != below[0] or c[-1] != below[-1]:
        return False
    if not (_body_name_alone(c) and _body_name_alone(below)):
        return False
    rest = iter(below)
    return all(ch in rest for ch in c)


def _lead_body_counted(c: str) -> bool:
    """A line naming a joint text's lead body, the others counted (甲省发展和改革委员会等10部门, h212 甘肃)."""
    m = next((m for m in JOINT_COUNT.finditer(c) if m.end() == len(c)), None)
    return m is not None and m.start() > 0 and _body_name_alone(c[: m.start()])


def _body_name_alone(c: str) -> bool:
    """A line that is only a body's name (no 关于, no verb of a title, no 的: 关于印发某某实施办 is a title's
    first line, though it ends like a name)."""
    return AGENCY_START.fullmatch(c) is not None and NOT_A_NAME.search(c) is None


NOT_A_NAME = re.compile(r"关于|印发|转发|批转|通知|的|、")
body_name_alone = _body_name_alone  # (columns: an issuer line over a page number, pdf layout)


# 关于… / 印发… / 转发… after a body's name on the line above: one title over two lines
TITLE_GOES_ON = ("关于", "《关于", "印发", "转发", "批转", "《")


def _names_again(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """``浠水县人民政府`` over ``县人民政府关于印发…``: the line at ``k`` is a body's name (a 文头) that the next
    line names again without its place — the title starts below it."""
    if k + 1 >= len(block):
        return False
    here, below = compact(nb[block[k]].text), compact(nb[block[k + 1]].text)
    cut = below.find("关于")
    own = below[:cut] if cut > 0 else ""
    return (
        bool(own)
        and own[0] in "省市县区州旗"
        and here != own
        and here.endswith(own)
        and AGENCY_START.fullmatch(here) is not None
    )


def _masthead_over_own_name(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """The line at ``k`` is a masthead over a title naming its body again (see :func:`masthead_then_own_name`):
    the title starts below it."""
    return k + 1 < len(block) and masthead_then_own_name(compact(nb[block[k]].text), compact(nb[block[k + 1]].text))


def masthead_then_own_name(here: str, below: str) -> bool:
    """``江苏省宿迁市人民政府`` over ``宿迁市人民政府关于印发…`` (or ``某县人民政府`` over ``某县人民政府办公室关于…``):
    ``here`` is a body's name alone (a 文头 or a page's masthead) and ``below`` opens with a body's whole name that
    the masthead ends with or that starts with the masthead, then 关于: a title never names its issuer twice, so the
    title starts below (a title wrapped under a masthead, pdf layout).

    >>> masthead_then_own_name("江苏省某某市人民政府", "某某市人民政府关于印发X办法的通知")
    True
    >>> masthead_then_own_name("某某市财政局", "某某市教育局关于X的通知")
    False
    """
    cut = below.find("关于", 2, 40)
    own = below[:cut] if cut > 0 else ""
    return (
        len(own) >= 4
        and here != own
        and (here.endswith(own) or own.startswith(here))
        and _body_name_alone(here)
        and _body_name_alone(own)
    )


def _after_listed_titles(nb: Sequence[Line], block: list[int]) -> int:
    """Where the title starts when the lines above it are other titles, one a line (a gazette's
    contents: 市人民政府办公室关于印发…的通知 / 市人民政府关于印发…的通知): after the last line that is a
    whole title followed by a line that starts one (0 when there is none)."""
    start = 0
    for k in range(len(block) - 1):
        here, below = compact(nb[block[k]].text), compact(nb[block[k + 1]].text)
        if (rx.TITLE_END.search(here) and looks_like_title(here) and _starts_title(below)) or (
            _about_title_over_about_title(here, below)
        ):
            start = k + 1
    return start


MIN_SUBJECT_AFTER_ABOUT = 6  # characters after 关于 of a whole title on its line (关于对 / … goes on below)
# a line that goes on below: it ends on a joining word, an issuing verb, an enumeration comma or an open bracket
LINE_GOES_ON = re.compile(r"(?:的|和|及|与|对|在|关于|印发|转发|批转|发布|公布|同意|、|《|“|（|\()$")


def _about_title_over_about_title(here: str, below: str) -> bool:
    """Line ``here`` is a body's title — its issuers, 关于 and a subject — and the line ``below`` opens another
    one with its own issuers and 关于 (附件 / 某市某局关于违法行为行政处罚裁量标准参照表 / 某省某厅关于公布…的通知:
    an attachment's title, then the next text's, each a line, pdf layout): the lower title starts there, unless
    ``here`` ends on a word that goes on (关于转发 / 某省…关于…, …关于批转市某局 / 某局关于…)."""
    if not (_issuers_then_about(below) or _national_then_about(below)):
        return False
    if not (_issuers_then_about(here) or _national_then_about(here)):
        return False
    if _quote_left_open(here) or LINE_GOES_ON.search(here) or rx.AGENCY_NAME_END.search(here):
        return False
    return len(here) - here.find("关于") - 2 >= MIN_SUBJECT_AFTER_ABOUT


def _last_copy(nb: Sequence[Line], block: list[int]) -> int:
    """Where the last copy of a line printed again in ``block`` stands (0 when none is): a database
    page repeats the title two to four times, its body's name between, and the title is the last copy:
    no title start is taken above it."""
    texts = [compact(nb[x].text) for x in block]
    last = max((j for j in range(1, len(texts)) if texts[j] in texts[:j]), default=0)
    # (a copy over lines: 某市人民政府办公室 / 关于印发《X / Y》的通知 printed twice — the last copy starts at its
    # issuer's line, not at its last line, h164 呼和浩特)
    top = last
    while top > 1 and texts[top - 1] in texts[: top - 1] and texts[top - 1] not in texts[top:]:
        top -= 1
    if top < last and _body_name_alone(texts[top]):
        return top
    if last >= 2 and _copy_under_prefixed_copy(texts, last):
        return last - 1
    if last >= 2 and _issuer_over_last_copy(texts, last) and not _byline_apart(nb, block, last):
        return last - 1
    if last >= 2 and _title_head_over_last_copy(texts, last):
        return last - 1
    return last


def _title_head_over_last_copy(texts: list[str], last: int) -> bool:
    """The line right over the last copy of a title is that title's head — issuers, 关于 and a verb that goes on
    (某市人民政府办公室关于印发 / X的通知 under X的通知 printed twice without its issuer, a page's title and its copy, h245
    虎林), printed nowhere above it: the last copy is the title's tail and the title starts at its head."""
    head = texts[last - 1]
    return (
        head not in texts[: last - 1]
        and LINE_GOES_ON.search(head) is not None
        and not _quote_left_open(head)
        and (_issuers_then_about(head) or _national_then_about(head))
    )


def _issuer_over_last_copy(texts: list[str], last: int) -> bool:
    """The line right over the last copy of a 关于 title is a body's name alone, printed nowhere above it (关于X的通报 /
    某区人民政府办公室 / 关于X的通报: a page's title without its body, then the text's issuer line over its own title,
    h241 杨陵): the last copy starts at the issuer's line."""
    name = texts[last - 1]
    return (
        texts[last].startswith("关于")
        and texts[last - 2] == texts[last]
        and _body_name_alone(name)
        and name not in texts[: last - 1]
    )


def _byline_apart(nb: Sequence[Line], block: list[int], last: int) -> bool:
    """The names over the last copy are several bodies spaced apart on a line set off by a blank line from that copy
    (关于X的通知 / 财政部 国家发展和改革委员会 工业和信息化部 / (blank) / 关于X的通知, a law database's byline between
    two copies, h29): the bodies are the record's, the title the bare copy (one body, h241 杨陵, or bodies right over
    the copy, h42 财政部 税务总局, head it)."""
    names = nb[block[last - 1]]
    return len(names.text.split()) > 1 and nb[block[last]].no - names.no > 1


def _copy_under_prefixed_copy(texts: list[str], last: int) -> bool:
    """The line right over the last copied line ``texts[last]`` starts a title and is the end of an earlier line —
    the same title's first line printed again without the words a page set before its first copy (某市某国家局关于
    印发《关于加强 / X指导意见》的通知 / 国家局关于印发《关于加强 / X指导意见》的通知, pdf layout): the last copy starts
    there."""
    top = texts[last - 1]
    return (
        len(top) >= MIN_CUT_COPY
        and _starts_title(top)
        and top not in texts[: last - 1]
        and any(t != top and t.endswith(top) for t in texts[: last - 1])
    )


# 关于转发《X关于印发〈Y〉的通知》的通知_能源 — a page's own title, the column's name after an underscore (h85 上海)
PAGE_TITLE_COLUMN = re.compile(r"(?<=[知见法定告案则例划要单函复示报录])_[^_《》。，]{1,20}$")
# 印发 / < / Y> 的通知 — a title's angle brackets kept as printed where a page cut the title at one (h85 上海)
_ANGLES = str.maketrans("", "", "<>〈〉")


def _copy_key(title: str) -> str:
    """The key two copies of a title share: from 关于 on, the column's name after a page's title and the angle
    brackets (< >, 〈 〉) left out (see PAGE_TITLE_COLUMN)."""
    return about_key(PAGE_TITLE_COLUMN.sub("", title).translate(_ANGLES))


def _printed_twice(nb: Sequence[Line], lines: list[int]) -> bool:
    """The lines hold one title printed twice (a database export repeats it above the header):
    关于X的通知 / 某局关于X的通知 — two titles of the same subject one under the other (a page's own title
    X_栏目 over its heading X cut at an angle bracket too, h85 上海)."""
    for m in range(1, len(lines)):
        upper = "".join(compact(nb[x].text) for x in lines[:m])
        lower = "".join(compact(nb[x].text) for x in lines[m:])
        if _copy_key(upper) == _copy_key(lower) and looks_like_title(PAGE_TITLE_COLUMN.sub("", upper)):
            if looks_like_title(lower):
                return True
    return False


MIN_CUT_COPY = 6  # characters of a page title cut short that show it copies the title under it


def _cut_copy_over_title(nb: Sequence[Line], block: list[int], k: int) -> bool:
    """``关于印发某市落实某某城市群`` / ``某市人民政府办公室`` / ``关于印发`` / ``《某市落实〈某某城市群发展规划〉实施方案》`` /
    ``的通知`` (h164 呼和浩特): the line at ``k`` is a page's own title cut short — the start of the title printed under
    it from its issuer's line down (book marks aside), which begins on the next line with a body's name alone."""
    if k + 2 > len(block) - 1 or not _body_name_alone(compact(nb[block[k + 1]].text)):
        return False
    cut = _copy_key(compact(nb[block[k]].text))  # (title keys leave book marks out)
    lower = "".join(compact(nb[x].text) for x in block[k + 1 :])
    whole = _copy_key(lower)
    return len(cut) >= MIN_CUT_COPY and len(cut) < len(whole) and whole.startswith(cut) and looks_like_title(lower)


# 中央政府|中国福建|市委|… / 政府信息公开规章库 / …政府信息公开 / 购物车 / 立即下载 — a site's menu, column or shop line
# above a title: never a line of the title (宁德 h125, 肇庆 h125, 中山 h128, 滇中 h124)
SITE_FURNITURE = re.compile(r"\||政府信息公开(?:规章库)?$|购物车|我的足迹|立即下载|免费下载|设为首页|加入收藏")


def _holds_lower_title(nb: Sequence[Line], lines: list[int]) -> bool:
    """The upper lines already hold the whole title the lower ones print (a wiki's heading 国务院关于X的批复
    (2015年) / 維基文庫… / 国务院关于X的批复, h132; a portal's 【栏目】《X》 / X, h127): the title is the lower copy."""
    for m in range(1, len(lines)):
        lower = "".join(compact(nb[x].text) for x in lines[m:])
        if len(lower) >= 6 and looks_like_title(lower):
            upper = "".join(compact(nb[x].text) for x in lines[:m]).replace("《", "").replace("》", "")
            at = upper.find(lower.replace("《", "").replace("》", ""))
            # (关于印发X的通知 / X: a notice's title over the text it issues holds X as its object, 山西 h73; a news
            # headline without 关于 — 某委印发《X》(…的通知) / X, h180 国资委 — is the site's, not a notice's title)
            if at >= 0 and not (upper[:at].endswith(ISSUING_VERBS) and "关于" in upper[:at]):
                return True
    return False


ISSUING_VERBS = ("印发", "转发", "发布", "颁布", "公布", "下发", "批转")


def title_printed_above(nb: Sequence[Line], s: int, e: int, *, floor: int) -> int | None:
    """The first line of the same title printed again right above lines [s, e] (an export's copy of
    it, maybe without its issuers), else None."""
    key = about_key("".join(compact(nb[x].text) for x in range(s, e + 1)))
    joined = ""
    for top in range(s - 1, max(floor, s - MAX_TITLE_LINES) - 1, -1):
        joined = compact(nb[top].text) + joined
        if about_key(joined) == key and looks_like_title(joined):
            return top
    return None


# 事关森林防火!某市最新通告→ | 来源:某某发布 点击数:818次 更新时间:2025/1/23 9:31:01 | — a page's line of its
# headline and posting fields (a posting time after its label): no line of a title, a boundary above one (h196 瓦房店)
POSTED_AT = re.compile(r"(?:更新时间|发布时间|发表时间|发布日期)\s{0,2}[:：]\s{0,2}(?:19|20)\d\d[-/.年]")


def _strong_title_start(nb: list[Line], s: int, toc: set[int]) -> bool:
    """A title found only from a purpose clause must stand after the end of a text and read as a
    document's title (关于…, an issuer, or 《…》), since nothing else in its header vouches for it."""
    prev_ok = (
        s == 0
        or s - 1 in toc
        or _is_boundary(nb[s - 1].text)
        or POSTED_AT.search(nb[s - 1].text) is not None
        or _prose_cut_short(compact(nb[s - 1].text))
    )
    c = strip_enumeration(compact(nb[s].text))  # 5. 宁夏…厅关于…: a compilation's entry number (h135)
    after_end = s > 0 and (
        rx.DATE_LINE.match(compact(nb[s - 1].text)) is not None
        or PRINTED_LINE.match(compact(nb[s - 1].text)) is not None
        or rx.PUBLICITY_NOTE.match(compact(nb[s - 1].text)) is not None
    )
    if _dated_entry_over_title(nb, s) or (s > 0 and _headline_over_title(compact(nb[s - 1].text), c)):
        return True
    if c.startswith("关于") and rx.TITLE_END.search(c) and _only_poster_lines_above(nb, s):
        return True
    return prev_ok and (after_end or c.startswith(("关于", "《")) or bool(AGENCY_START.match(c)) or nb[s].heading > 0)


MAX_POSTER_LINES = 6  # short lines a news page's poster prints above the title it reports
MAX_POSTER_LINE_LEN = 16  # characters of one such line (近日 / 某县水利局 / 发出最新公告 / 禁止采砂活动)


def _only_poster_lines_above(nb: Sequence[Line], s: int) -> bool:
    """The lines above a 关于 title at ``s`` are all a news page's poster: a few short lines from the file's top, no
    sentence or title of their own beyond a word naming the notice (近日 / 某县水利局 / 发出最新公告 / 禁止采砂活动,
    h228 封开): the title under them starts the text.

    >>> _only_poster_lines_above([Line(1, "近日"), Line(2, "某县水利局"), Line(3, "发出最新公告"), Line(4, "关于X的公告")], 3)
    True
    >>> _only_poster_lines_above([Line(1, "某县水利局关于Y的通知"), Line(2, "关于X的公告")], 1)
    False
    """
    return 1 <= s <= MAX_POSTER_LINES and all(
        len(compact(nb[k].text)) <= MAX_POSTER_LINE_LEN
        and "关于" not in nb[k].text
        and not _SENTENCE_MARK.search(nb[k].text)
        and not rx.DATE_LINE.match(compact(nb[k].text))
        for k in range(s)
    )


# a clause's comma: what a paragraph holds and no title does
PROSE_COMMA = re.compile(r"[，,]")


def _prose_cut_short(c: str) -> bool:
    """``…已将X作为主要任务内容之一,主要从改革完善疾病`` over ``某县公安局交通警察大队`` / ``关于…的通告`` / ``为确保…``: a
    paragraph's line, longer than any title's line and holding a comma, that ends mid-sentence — the last line of
    a text cut short (an excerpt, a gazette's page set from a text's first part, pdf layout): the text ends there,
    and a title under it may start a text of its own as it would under a sentence's end."""
    return len(c) > MAX_TITLE_LINE_LEN and PROSE_COMMA.search(c) is not None and not looks_like_title(c)


def _headline_over_title(above: str, c: str) -> bool:
    """``2022某市机动车限行措施通告`` over ``某市公安局关于继续实施机动车限行措施的通告`` — a site's headline, a title of
    its own with no 关于 (its type and subject only), right over a title that opens with its issuer's name and 关于
    (a mirror's list headline repeated over the text, h196 天津): the lower line starts the document's title.

    >>> _headline_over_title("2022某市限行措施通告", "某市公安局关于继续实施限行措施的通告")
    True
    >>> _headline_over_title("某市公安局关于继续实施限行", "措施的通告")
    False
    """
    return (
        "关于" not in above
        and len(above) <= MAX_HEADLINE_LEN
        and rx.TITLE_END.search(above) is not None
        and not rx.SENTENCE_END.search(above)
        and _issuers_then_about(c)
        and rx.TITLE_END.search(c) is not None
    )


MAX_HEADLINE_LEN = 40  # characters of a site's headline over a document's title


def _dated_entry_over_title(nb: Sequence[Line], s: int) -> bool:
    """``4. X（2023 / 年4月12日）`` / ``X`` / ``为…`` — a compilation's numbered, dated entry right above the same title
    printed again: the entry vouches for the title under it (h62 昆山)."""
    return date_of_entry_over_title(nb, s) is not None


def date_of_entry_over_title(nb: Sequence[Line], s: int) -> str | None:
    """The date note (2023年4月12日) of a compilation's entry right above the title at ``s`` that it names (see
    :func:`_dated_entry_over_title`), else None."""
    title = compact(nb[s].text) if 0 <= s < len(nb) else ""
    for k in range(s - 1, max(s - 3, -1), -1):
        entry = strip_enumeration("".join(compact(nb[x].text) for x in range(k, s)))
        m = DATE_AFTER_TITLE.search(entry)
        if m and entry[: m.start()] == title:
            return m.group(0).strip("（()）")
    return None


def _issuing_title_below(nb: list[Line], pos: int, above: tuple[int, int], toc: set[int]) -> bool:
    """乌兰浩特市公文…格式细则 (a site's heading) / 乌政办发〔2013〕11号 / 乌兰浩特市人民政府办公室关于 / 印发《X》的通知
    (h44): the lines under the number read as a body's title (its name, then 关于…), the line above does not."""
    upper = "".join(compact(nb[x].text) for x in range(above[0], above[1] + 1))
    if "关于" in upper:
        return False
    below = title_block_below(nb, pos, toc=toc)
    if below is None:
        return False
    first = compact(nb[below[0]].text)
    if BOOK_MARKED_PAGE_TITLE.fullmatch(upper) and ISSUING_ABOUT.match(first):
        return True  # 《某县X实施方案》 / 某政办发〔2022〕31号 / 关于印发《某县X实施方案》的通知 (h164 若羌): the page's heading
    return "关于" in first and AGENCY_START.match(first) is not None


# 《某县加快发展某某的实施方案》 — a line wholly in book marks: a page's heading naming a text, never a notice's own title
BOOK_MARKED_PAGE_TITLE = re.compile(r"《[^《》]{4,80}》")
# 关于印发《 / 关于转发《 — a title that opens by issuing or forwarding a named text
ISSUING_ABOUT = re.compile(r"关于(?:印发|转发|批转|下发|公布)《")


MAX_HEAD_LINES = 2  # lines above a lone title line that may print the title's first part
# 暨 / 及 / 以及 — a conjunction opening a title's line: the title goes on from the line above
# (2024某市半程马拉松 / 暨“某某”某站活动 / 临时交通管制的通告)
CONJUNCTION_START = ("暨", "以及", "及")


def _stacked_bodies_over_about(nb: Sequence[Line], j: int, start: int) -> bool:
    """Line ``j`` is one more body's name alone over the bodies already taken as a title's head, one a line, down to
    its 关于 line (甲县人民法院 / 甲县人民检察院 / 甲县公安局 / 关于…的 / 通告): a joint title's issuers, however many."""
    return start == j + 1 and _body_name_alone(compact(nb[j].text)) and _body_name_alone(compact(nb[j + 1].text))


MIN_SUBJECT_HEAD = 8  # characters of a file's first line that prints a title's subject over its tail


def _subject_opening_file(text: str) -> bool:
    """The file's first line reads as a title's subject cut before its tail (某乡巩固某某推进某某工作 / 政策学习提纲,
    h218 羊拉乡): long enough to be no page's label, one run of words (no spaces, no digits: no page's bar of links or
    date), no title and no body's name by itself."""
    c = compact(text)
    return (
        len(c) >= MIN_SUBJECT_HEAD
        and " " not in text.strip()
        and not any(ch.isdigit() for ch in c)
        and rx.TITLE_END.search(c) is None
        and not _body_name_alone(c)
    )


def title_head_above(nb: Sequence[Line], i: int, tail: str = "") -> int:
    """Where the title read at line ``i`` starts when no anchor vouches for it (a page found by its first
    title-like line): the lines above it that are no title alone but begin this one — the issuer's name
    over 关于… (长治市…领导组办公室 / 关于…的通知, h144 长治), or a title broken where its last line does not start
    one (昌吉回族自治州国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要, h148 昌吉).  ``i`` when none does.

    >>> from policykg.loaders.models import Line
    >>> nb = [Line(1, "某某市国民经济和社会发展"), Line(2, "第十四个五年规划和2035年"), Line(3, "远景目标纲要")]
    >>> title_head_above(nb, 2), title_head_above([Line(1, "首页"), Line(2, "关于X的通知")], 1)
    (0, 1)
    """
    here = compact(nb[i].text)
    start, joined = i, here + tail
    for j in range(i - 1, max(0, i - MAX_JOINT_TITLE_LINES) - 1, -1):
        c = compact(nb[j].text)
        if i - j > MAX_HEAD_LINES and not _stacked_bodies_over_about(nb, j, start):
            break
        if (
            _is_boundary(nb[j].text)
            or len(c) > MAX_TITLE_LINE_LEN
            or FULL_STOP.search(c)
            or looks_like_title(c)
            or not looks_like_title(c + joined)
        ):
            break
        joined = c + joined
        below = compact(nb[j + 1].text)
        if (
            ((_body_name_alone(c) or _lead_body_counted(c)) and below.startswith(("关于", "《关于")))
            or (AGENCY_START.match(c) and not _body_name_alone(c) and not _starts_title(here))
            or (j == i - 1 and _body_name_alone(c) and _title_tail(here) and _addressed_below(nb, i))
            or (j == i - 1 and _session_of_body_below(c, here))
            or (_body_name_alone(c) and start == j + 1 < i and _body_name_alone(below))
            or _name_split_over_about(c, below, here, j, i)
            or below.startswith(CONJUNCTION_START)
            or (j == i - 1 == 0 and _title_tail(here) and _subject_opening_file(nb[j].text))
        ):
            start = j
    return start


def _name_split_over_about(c: str, below: str, here: str, j: int, i: int) -> bool:
    """``甲市新型冠状病毒肺炎`` / ``疫情防控工作指挥部`` / ``关于…的通告``: a body's long name broken over the two lines
    right above the 关于 line — neither piece a name alone, the two joined one (h239 三亚)."""
    return j == i - 2 and here.startswith(("关于", "《关于")) and _body_name_alone(c + below)


# 第三次会议公告 / 第二次全体会议决议 — a title's tail naming a session of the body named on the line above it
# (某镇第十届人民代表大会 / 第三次会议公告, h172 牛村): the body's name is the title's head
SESSION_OF_BODY = re.compile(r"^第[一二三四五六七八九十\d]{1,4}次(?:全体|主任)?会议")
# 某镇第十届人民代表大会 / 某县第五届委员会 — a body that meets in sessions, its term's ordinal maybe in its name
CONVENED_BODY = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:代表大会|委员会)$")


def _session_of_body_below(c: str, here: str) -> bool:
    """``某镇第十届人民代表大会`` over ``第三次会议公告``: a body that meets in sessions over a title's tail naming one."""
    return SESSION_OF_BODY.match(here) is not None and CONVENED_BODY.match(c) is not None and not NOT_A_NAME.search(c)


def _addressed_below(nb: Sequence[Line], i: int) -> bool:
    """``固安县人民政府`` / ``征收土地预公告`` / ``某镇某村及有关农户：`` (h87 固安): the title is followed by its
    addressees, so the text is signed at its end and the body's name over the title's tail is the title's head (an
    unaddressed plan under a page's issuer line keeps that line as its issuer's, h68 碧山镇)."""
    if i + 1 >= len(nb):
        return False
    c = compact(nb[i + 1].text)
    return rx.ADDRESSEE.match(c) is not None or ADDRESSED_TO.match(c) is not None


# 某镇某村及有关农户： — a line naming whom the text speaks to (no sentence, no comma), ending in a colon
ADDRESSED_TO = re.compile(r"^[^。；;，,：:]{2,40}[：:]$")


def last_title_line(nb: Sequence[Line], start: int, title: str) -> int:
    """The last line of a title read from line ``start`` over up to MAX_JOINT_TITLE_LINES + 1 lines (see
    :func:`title_head_above`): the number printed under it is the header's, no citation (h148 乌兰察布)."""
    joined = ""
    for k in range(start, min(start + MAX_JOINT_TITLE_LINES + 1, len(nb))):  # (stacked issuers: h219 莒县)
        joined += compact(nb[k].text)
        if len(joined) >= len(title):
            return k
    return start


def title_block_below(nb: list[Line], pos: int, *, toc: set[int]) -> tuple[int, int] | None:
    """A title printed below its doc number (文头 / 豫人社〔2023〕5号 / 关于…的通知 / addressee)."""
    joined = ""
    start = pos + 1
    if start < len(nb) and SEPARATOR_LINE.match(compact(nb[start].text)):
        start += 1  # 粤府〔1999〕25号 / ──────── / 关于…: a rule under the number line, the title under it
    for e in range(start, min(start + MAX_TITLE_LINES, len(nb))):
        t = nb[e].text
        if e in toc or _is_boundary(t) or rx.ADDRESSEE.match(compact(t)):
            break
        if e > start and nb[e].heading == 1:
            break  # 高政发〔2021〕1号 / 索引号… / 有效 / # X的通知: a heading opens a title, no line above it is the title's
        joined += compact(t)
        if looks_like_title(joined) and (e + 1 >= len(nb) or not looks_like_title(joined + compact(nb[e + 1].text))):
            return start, e
    return None


@dataclass(frozen=True)
class DecreeBlock:
    """The block a decree (令) prints under its number: the promulgation sentence, the signature and
    the date (indexes into the non-blank lines), and the titles the sentence names."""

    end: int  # its last line (the date, else the signature, else the sentence)
    date: int | None  # the date line
    named: tuple[str, ...]  # 《X》 in the promulgation sentence


def decree_block(nb: Sequence[Line], pos: int) -> DecreeBlock | None:
    """The decree block under the order lines at ``pos`` (某某省人民政府令 / （第N号）), or None.

    Serves both layouts of a 令: the national one (令 / 第N号 / 现公布《X》 / 总理 签名 / date / X /
    articles) and the provincial one (X / 某某省人民政府令 / （第N号） / 《X》已经…通过，现予公布 / 省长 签名 /
    date / X again / articles).
    """
    i = pos + 1 if rx.ORDER_HEAD_LINE.match(compact(nb[pos].text)) and pos + 1 < len(nb) else pos
    if not _order_number_line(compact(nb[i].text)):
        return None
    joined, k = "", i
    while k + 1 < min(i + 9, len(nb)) and not joined.endswith("。") and not (joined and _signed_below(nb, k)):
        k += 1
        joined += compact(nb[k].text)
    whole = joined.endswith("。") and rx.DECREE_SENTENCE.search(joined)
    cut_short = _signed_below(nb, k) and rx.DECREE_OPENING.match(joined)  # the sentence cut short, then signed
    if not (whole or cut_short):
        return None
    date = None
    while _signed_below(nb, k):
        k += 1
        c = compact(nb[k].text)
        date = k if rx.DATE_LINE.match(c) or (SIGNATURE_LINE.match(c) and c.endswith("日")) else date
    if date is not None and k + 1 < len(nb) and rx.PUBLICITY_NOTE.match(compact(nb[k + 1].text)):
        k += 1  # …现予公布。/ 2023年9月20日 / （此件公开发布）: the note closes the order's page
    return DecreeBlock(k, date, tuple(rx.BOOK_TITLE.findall(joined)))


def _signed_below(nb: Sequence[Line], k: int) -> bool:
    """Whether the line under ``k`` is a signature (省长 签名) or a date line."""
    if k + 1 >= len(nb):
        return False
    c = compact(nb[k + 1].text)
    return bool(SIGNATURE_LINE.match(c) or rx.DATE_LINE.match(c))


MAX_DECREE_LINES = 4  # a decree's sentence, its signer and its date over the title of what it promulgates


def decree_above(nb: Sequence[Line], index: int, *, floor: int = 0) -> int | None:
    """The first line of a decree printed right above the title at ``index`` (《X》已经…通过，现予公布 /
    省长 某某 / 2016年4月15日, the order's head lost): the text takes its date.  None when there is none."""
    for k in range(max(floor, index - MAX_DECREE_LINES), index):
        c = compact(nb[k].text)
        if rx.DECREE_OPENING.match(c) and rx.DECREE_SENTENCE.search(c):
            return k
    return None


def _decree_title_below(nb: list[Line], pos: int, *, toc: set[int]) -> tuple[int, int] | None:
    """A decree printed before its rules: 令第282号 / 《X》已经…通过，现予公布 / signature / date / X / 第一条."""
    block = decree_block(nb, pos)
    if block is not None:
        found = title_block_below(nb, block.end, toc=toc)
        if found:
            return found
    for i in range(pos + 1, min(pos + 14, len(nb) - 1)):
        if rx.FIRST_ARTICLE.match(compact(nb[i].text)):
            return title_block_above(nb, i, floor=pos + 1, toc=toc)
    return None


def _title_printed_again(nb: Sequence[Line], block: DecreeBlock, title: str) -> int:
    """The last line of the decree's title printed again right under its block (else the block's end):
    the provincial 令 prints the rule's title above the order and again above the articles."""
    key = loose_title_key(title)
    joined = ""
    for e in range(block.end + 1, min(block.end + 1 + MAX_TITLE_LINES, len(nb))):
        joined += loose_title_key(nb[e].text)
        if joined == key:
            return e
        if not key.startswith(joined):
            break
    return block.end


def _joined_title(nb: list[Line], start: int, end: int) -> str:
    """The title lines joined: a line break inside a title is no space, except between Latin words."""
    out = ""
    for x in range(start, end + 1):
        t = nb[x].text.strip()
        if out and t and out[-1].isascii() and out[-1].isalpha() and t[0].isascii() and t[0].isalpha():
            out += " "
        out += t
    return clean_title(out)


# ---------------------------------------------------------------- anchors
# An anchor rule looks at line i (``c``: its compact text).  It returns None when the line is not
# of its kind, else the anchors it finds there: [] when the line is of its kind but no anchor
# (an addressee begun but never closed), which ends the search for this line.
Anchor = tuple[int, AnchorKind]
AnchorRule = Callable[[list[Line], int, str], list[Anchor] | None]


def _docnum_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """豫政办〔2023〕17号, maybe followed by its date."""
    m = rx.DOCNUM_LINE.match(c)
    rest = m.group("rest") if m else ""
    if m and (not rest or rx.DATE.fullmatch(rest) or rx.DATE_LINE.match(rest) or rx.SIGNER_NOTE.fullmatch(rest)):
        return [(i, AnchorKind.DOCNUM)]  # (签发人:某某 after the number: the red head's signer note, h235 长春)
    d = rx.DAMAGED_NUMBER.match(c) if len(c) <= MAX_DAMAGED_NUMBER else None
    if d and d.group("open") and not d.group("close") and i > 0 and DOC_HEADER_LINE.match(compact(nb[i - 1].text)):
        # 某市X联合会文件 / 某社科联发〔20223: a number whose 〕 and 号 a page lost, right under its red head (h280 抚顺)
        return [(i, AnchorKind.DOCNUM)]
    return None


MAX_DAMAGED_NUMBER = 22  # characters of a damaged number line (a prefix, its bracket, the year and serial run together)


def titled_order_head(c: str) -> bool:
    """``某县人民政府森林防火禁火令`` — a line ending in 令 that is a title: a body's name, then the order's subject
    (森林防火禁火, 封山), no body's name of its own (某某省人民政府令 / 某某指挥部令 head a body's numbered orders).

    >>> titled_order_head("某某县人民政府森林防火禁火令"), titled_order_head("河南省人民政府令"), titled_order_head("商务部令")
    (True, False, False)
    """
    m = rx.ORDER_HEAD_LINE.match(c)
    issuer = m.group("issuer") if m else ""
    body = AGENCY_START.match(issuer)
    return body is not None and body.end() < len(issuer) and rx.AGENCY_NAME_END.search(issuer) is None


def _order_number_line(c: str) -> bool:
    """第227号 / （第412号） / 2024年第5号 — the number line under a 令 head; 政府令〔2011〕3号, a decree
    numbered like a notice (唐山, h43)."""
    return bool(rx.ORDER_LINE.match(c) or rx.ORDER_YEAR_LINE.match(c) or _decree_numbered_like_a_notice(c))


def _decree_numbered_like_a_notice(c: str) -> bool:
    m = rx.DOCNUM_LINE.match(c) if "令〔" in c else None
    return m is not None and not m.group("rest")


def _order_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """河南省人民政府令 / 第227号 (on two lines or one)."""
    if rx.ORDER_HEAD_LINE.match(c) and i + 1 < len(nb) and _order_number_line(compact(nb[i + 1].text)):
        return [(i, AnchorKind.ORDER)]
    m = rx.ORDER_LINE.match(c) or rx.ORDER_YEAR_LINE.match(c)  # 商务部令第1号 / 商务部令2024年第1号
    if m and not m.group("issuer") and i + 1 < len(nb) and _decree_sentence(compact(nb[i + 1].text)):
        return [(i, AnchorKind.ORDER)]  # 第232号 / 《X》已经…审议通过，现予公布: an order that lost its head (h71 江西)
    return [(i, AnchorKind.ORDER)] if m and m.group("issuer") else None


def _number_alone(text: str) -> bool:
    """第232号 / 2006 年第 8 号 — an order's number with no head before it on its line."""
    m = rx.ORDER_LINE.match(compact(text)) or rx.ORDER_YEAR_LINE.match(compact(text))
    return m is not None and not m.group("issuer")


def _decree_sentence(c: str) -> re.Match[str] | None:
    """《X》已于…通过，现予公布 — the opening of the sentence of an order promulgating X, else None."""
    return rx.DECREE_OPENING.match(c) if rx.DECREE_SENTENCE.search(c) else None


def _announcement_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """2024年第4号, from the XX公告 line above it when there is one."""
    if rx.SERIAL_ANNOUNCEMENT_LINE.match(c):
        return [(i, AnchorKind.ANNOUNCEMENT)]  # 中华人民共和国农业部公告 第2567号: head and number on one line
    if not rx.ANNOUNCEMENT_LINE.match(c):
        return None
    above = compact(nb[i - 1].text) if i > 0 else ""
    # (…关于…的公告 above the number is the title, not the 公告 head of an issuer)
    head = i - 1 if rx.ANNOUNCEMENT_HEAD_LINE.match(above) and "关于" not in above else i
    return [(head, AnchorKind.ANNOUNCEMENT)]


def _announcement_head_and_number(nb: list[Line], pos: int) -> bool:
    """中华人民共和国农业部公告 第2567号 on one line, or 国家林业和草原局公告 over 2021年第13号."""
    c = compact(nb[pos].text)
    if rx.SERIAL_ANNOUNCEMENT_LINE.match(c):
        return True
    below = compact(nb[pos + 1].text) if pos + 1 < len(nb) else ""
    return bool(rx.ANNOUNCEMENT_HEAD_LINE.match(c) and "关于" not in c and rx.ANNOUNCEMENT_LINE.match(below))


MAX_ADDRESSEE_LINES = 8  # lines an addressee begun with 各… may take until its colon


def _long_addressees_over_issuing(nb: list[Line], i: int, c: str) -> bool:
    """南京、无锡、…、黄山市人民政府，中国石油…有限公司： — a list of addressees too long for ADDRESSEE's bound (a
    notice of many bodies to forty cities), read as one between a title above and the issuing sentence below
    (现将《X》印发给你们, h50 长三角)."""
    if not (160 < len(c) <= 400 and c.endswith(("：", ":")) and "。" not in c and 0 < i < len(nb) - 1):
        return False
    if not rx.TRANSMIT_BODY.search(compact(nb[i + 1].text)) or not looks_like_title(nb[i - 1].text):
        return False
    return rx.ADDRESSEE.match(c[-150:]) is not None  # (its last 150 characters end as addressees do)


def _addressee_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """各省辖市人民政府，…： on one line, or begun with 各… and closed by ： within MAX_ADDRESSEE_LINES lines."""
    if (rx.ADDRESSEE.match(c) and len(c) <= 160) or _long_addressees_over_issuing(nb, i, c):
        return [(i, AnchorKind.ADDRESSEE)]
    if (c.startswith("各") or _addressees_without_colon(c)) and len(c) <= 150 and "。" not in c and i + 1 < len(nb):
        if rx.TRANSMIT_BODY.search(compact(nb[i + 1].text)):
            return [(i, AnchorKind.ADDRESSEE)]  # its colon lost, the notice's sentence under it (现将《X》印发给你们)
    if not (c.startswith("各") and (not rx.SENTENCE_END.search(c[-1]) or c.endswith(("，", "、", ",")))):
        return None
    joined = c
    for k in range(i + 1, min(i + MAX_ADDRESSEE_LINES, len(nb))):  # a PDF extractor's span a line: 各县（市、/ 区）/ …
        joined += compact(nb[k].text)
        if joined.endswith(("：", ":")):
            return [(i, AnchorKind.ADDRESSEE)] if rx.ADDRESSEE.match(joined) and len(joined) <= 200 else []
        if rx.SENTENCE_END.search(joined[-1]) and not joined.endswith(("，", "、", ",")):
            break
    return []


def _promulgation_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """(2024年4月8日河南省人民政府令第225号公布 自2024年5月1日起施行), over up to twelve lines."""
    if not c.startswith(("（", "(")) or _bracket_closed_mid_line(c):
        return None
    joined = ""
    for k in range(i, min(i + 12, len(nb))):
        joined += compact(nb[k].text)
        if joined.endswith(("）", ")")):
            if not rx.PROMULGATION_NOTE.match(joined) or _amended_item(nb, i):
                return None
            return [(i, AnchorKind.PROMULGATION)]
    return None


# 决定对《X》等26项规章的部分条款作如下修改 / 修改如下 / 作如下修正 — a decision's sentence that lists what it amends
AMENDING_SENTENCE = re.compile(r"(?:作|做)如下(?:修改|修正|修订)|修改如下")
MAX_ITEMS_TO_AMENDING = 400  # lines from a decision's 作如下修改 down to the last item it amends


def _amended_item(nb: list[Line], i: int) -> bool:
    """``一、某某市某某办法`` / ``(1986年…发布,根据…第一次修改)`` under a decision's ``…作如下修改:`` — an item
    naming a rule the decision amends, its history in brackets (h162 北京 令第277号): no document of its own."""
    if i == 0 or not ENUMERATED.match(compact(nb[i - 1].text)):
        return False
    return any(AMENDING_SENTENCE.search(l.text) for l in nb[max(0, i - MAX_ITEMS_TO_AMENDING) : i - 1])


def _bracket_closed_mid_line(c: str) -> bool:
    """``(修订草案)》意见的公告``: the line's opening bracket closes and the line goes on — a title's piece cut at
    its bracket (h112 遵义), never a note, which stands on its lines alone."""
    depth = 0
    for k, ch in enumerate(c):
        depth += (ch in "（(") - (ch in "）)")
        if depth == 0:
            return k < len(c) - 1
    return False


def _articles_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """第一章 / 第一条: a law's text starts."""
    return [(i, AnchorKind.ARTICLES)] if rx.FIRST_ARTICLE.match(c) else None


def _dated_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """关于…的实施意见 / （2024年5月6日）: a date in brackets under a title, maybe cut in two by a PDF's spans
    (（2023年6月25 / 日）, h160 荆州)."""
    if not c.startswith(("（", "(")):
        return None
    if rx.ISSUER_DATE_NOTE.match(c) and i > 0 and looks_like_title(nb[i - 1].text):
        return [(i, AnchorKind.DATED)]  # 关于X的通报 / （某某办公室 2010年12月21日）: who made it and when (h206 山西)
    if not rx.DATE_LINE.match(c) and not (i + 1 < len(nb) and _date_cut_in_two(c, compact(nb[i + 1].text))):
        return None
    return [(i, AnchorKind.DATED)]


DAY_CLOSED = re.compile(r"^\d{0,2}日[）)]$")  # 日） / 5日） — the end of a date note cut in its day


def _date_cut_in_two(upper: str, lower: str) -> bool:
    """（2023年6月25 / 日）: a bracketed date whose line ends inside its day, the next line only closing it (a date
    cut before its month, （2023 / 年3月29日）, is left alone: a contents page's entries print it so, h34)."""
    return DAY_CLOSED.match(lower) is not None and "月" in upper and bool(rx.DATE_LINE.match(upper + lower))


def _purpose_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """A title block, then the purpose clause: 为贯彻落实…"""
    if c.startswith("为") and i > 0 and not rx.SENTENCE_END.search(compact(nb[i - 1].text)):
        return [(i, AnchorKind.PURPOSE)]
    return None


def _heading_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """# 关于…的通知: a Markdown title; the document's text starts on the next line."""
    if nb[i].heading != 1:
        return None
    return [(i + 1, AnchorKind.HEADING)] if looks_like_title(nb[i].text) or _publicity_title(c) else None


# 某市食品安全委员会办公室关于X自评结果的公示 — a publicity notice's title: 关于…的公示, no sentence in it
PUBLICITY_TITLE = re.compile(r"^[^。；;：:！？]{0,60}关于[^。；;：:！？]{2,120}的公示(?:[（(][^（）()]{1,20}[）)])?$")


def _publicity_title(c: str) -> bool:
    """``# 关于X名单的公示`` — a Markdown title (or the title over a law database's record) of a publicity notice
    (公示), a genre the document types leave out."""
    return len(c) <= MAX_TITLE_LEN and PUBLICITY_TITLE.match(c) is not None


# 通告 / 公告 / 通知 / 布告 / 【通告】 — a document's type alone as its whole title (in lenticular brackets on a
# news page), the text's first line
BARE_TITLE = re.compile(r"^(?:通告|公告|通知|布告|【(?:通告|公告|通知|布告)】)$")


def _bare_title_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """通告 / 为了减少环境污染，…，现将…通告如下： — the file's first line is a bare document type and its text's
    first sentence follows: that word is the title (h150 中宁 通告), the text starts under it."""
    after_lead = i > 0 and FULL_TEXT_FOLLOWS.search(compact(nb[i - 1].text)) is not None
    if (i != 0 and nb[i].heading != 1 and not after_lead) or not BARE_TITLE.match(c) or len(nb) < i + 2:
        return None  # (or a bare type set as a title over a law database's record, # 通告)
    below = compact(nb[i + 1].text)
    if rx.SENTENCE_END.search(below) is None and "，" not in below and "," not in below:
        return None
    return None if rx.ADDRESSEE.match(below) else [(i + 1, AnchorKind.HEADING)]


def _reprinted_title_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """…发布《X原则——副标题》（以下简称《原则》）…《原则》全文如下： / X原则——副标题 / 全球…: the title a news lead names
    as the text printed below, alone on the next line — the text's title however it ends (h170 科技部), its text
    under it."""
    if i == 0 or i + 1 >= len(nb) or "如下" not in nb[i - 1].text:
        return None
    lead = "\n".join(compact(nb[k].text) for k in range(max(0, i - LEAD_LINES), i))
    return [(i + 1, AnchorKind.HEADING)] if c in reprinted_titles(lead) else None


# In order: the first rule that recognises a line decides it.
def _issuing_sentence_anchor(nb: list[Line], i: int, c: str) -> list[Anchor] | None:
    """关于印发《X》等九项制度的通知 / 现将《X》…印发给你们: a notice without addressees, its issuing sentence right
    under its title (青阳, 乐山, h58): it anchors the notice, whose text starts at the sentence."""
    if "现将" in c and i > 0 and rx.TRANSMIT_BODY.search(c) and looks_like_title(nb[i - 1].text):
        return [(i, AnchorKind.ISSUING)]
    return None


ANCHOR_RULES: tuple[AnchorRule, ...] = (
    _docnum_anchor,
    _order_anchor,
    _announcement_anchor,
    _addressee_anchor,
    _issuing_sentence_anchor,
    _promulgation_anchor,
    _articles_anchor,
    _dated_anchor,
    _purpose_anchor,
    _reprinted_title_anchor,
    _heading_anchor,
    _bare_title_anchor,
)


def find_anchors(nb: list[Line], toc: set[int]) -> list[Anchor]:
    """(index, kind) of every line that only a document header has."""
    anchors: list[Anchor] = []
    for i, l in enumerate(nb):
        if i in toc:
            continue
        c = compact(l.text)
        for rule in ANCHOR_RULES:
            found = rule(nb, i, c)
            if found is not None:
                anchors += found
                break
    return anchors


# Lines that may sit between a title and its anchor: 河南省人民政府令 / 第227号 / XX公告 / a doc number.
def _title_tail_of_order(c: str) -> bool:
    """工作的令 — the last line of a title broken over two (大柴旦行委关于全面做好草原禁牧 / 工作的令, h116 青海): 的令
    ends a title (关于…的令), never an order's head (某某人民政府令)."""
    return c.endswith("的令")


def _header_line(text: str) -> bool:
    """A line of a header between a title and the anchor under it: a number, a date, or a portal's
    metadata printed one item a line (the issuing body alone, 2024-03-01, 主动公开)."""
    c = compact(text)
    return bool(
        (rx.ORDER_HEAD_LINE.match(c) and not _title_tail_of_order(c))
        or rx.ORDER_LINE.match(c)
        or rx.ANNOUNCEMENT_LINE.match(c)
        or rx.SERIAL_ANNOUNCEMENT_LINE.match(c)
        or rx.DOCNUM_LINE.match(c)
        or rx.DATE_LINE.match(c)
        or rx.PORTAL_HEADER_LINE.match(c)
        or rx.NUMBER_NOTE_LINE.match(c)
        or NUMBER_PIECE.match(c) is not None
        or rx.DAMAGED_NUMBER.match(c) is not None
        or ("《" in c and rx.NUMBER_BEFORE_QUOTED_TITLE.match(c) is not None)
        or (AGENCY_START.fullmatch(c) and not _is_boundary(text))
        or BRACKETED_SESSION_LINE.match(c) is not None
    )


# 颁布部门:山西省人民政府 / 法律效力:地方规范性文件 / 应用分类:事故与应急类 (h103 山西) — a law site's record rows;
# 索 引 号 0106…/2023-00071 发布机构 某区政府办公室 公开日 2023-07-04 / 体裁分类 服务对象 各乡镇 有效性 有效 /
# 著录日期 生效日期 (h86 高昌) — a portal's table printed as rows, a value maybe empty: a line that opens with a
# metadata label, between a title and its addressees, is no part of either
METADATA_ROW = re.compile(
    r"^(?:索引号|信息索引号|发布机构|发文机构|发文机关|颁布部门|颁布机关|发布部门|公开日期|公开日|文号|发文字号|主题分类|组配分类"
    r"|体裁分类|服务对象|有效性|时效性|法律效力|效力级别|效力等级|应用分类|公开范围|公开方式|主题词|著录日期|生效日期|失效日期"
    r"|颁布日期|成文日期|发文日期|施行日期|实施日期"
    # 机构分类 / 行业分类 / 公文类型 — a ministry portal's classes (h189 交通运输部)
    r"|机构分类|行业分类|公文类型"
    # 状态:失效 发布日期:1988-03-11 / 发布文号: — a law database's record fields under its title (h142 黑龙江)
    r"|状态[:：]|发布日期|发布文号)[:：]?"
)


TWO_HAN = re.compile(r"^[\u3400-\u9fff]{2}$")
SELF_NAMED_LOOKAHEAD = 3  # lines from a text's first (第一章 / 第一条 / 为…) that may name the text itself


def _self_named_title(nb: list[Line], top: int, pos: int, *, floor: int, toc: set[int]) -> tuple[int, int] | None:
    """``…制定的地方性法规的程序`` over ``第一条 本程序依据…制定``: the line right above a text whose last word the text
    names itself by (本程序 / 本守则 / 本须知) is its title, though that word is no document type a title is read by
    (h142 黑龙江 law database)."""
    j = top - 1
    if j < floor or j in toc:
        return None
    c = compact(nb[j].text)
    if not 6 <= len(c) <= MAX_TITLE_LEN or re.search(r"[。；;！!？?：:，,]", c) or not TWO_HAN.match(c[-2:]):
        return None
    opening = "".join(compact(l.text) for l in nb[pos : pos + SELF_NAMED_LOOKAHEAD])
    return (j, j) if "本" + c[-2:] in opening and not _is_boundary(nb[j].text) else None


def _metadata_row(text: str) -> bool:
    """A row of a page's metadata table (labels and short values, no sentence; a label with no value, 发布文号:):
    see METADATA_ROW."""
    c = compact(text)
    m = METADATA_ROW.match(c) if len(c) <= 100 else None
    return m is not None and (m.end() == len(c) or not rx.SENTENCE_END.search(c))


# 国发〔 / 〕 / 号 — a number a PDF extractor cut at its brackets and whose digits it lost, a piece a line
NUMBER_PIECE = re.compile(r"^(?:[\u4e00-\u9fff]{1,10}〔\d{0,4}|\d{0,4}〕\d{0,4}|\d{0,4}号)$")


# Anchors that are the first line of a document's text (第一条, the line under a Markdown title, a
# purpose clause 为…): the header ends with the title above them.
BODY_ANCHORS = (AnchorKind.ARTICLES, AnchorKind.HEADING, AnchorKind.PURPOSE, AnchorKind.ISSUING)
# Anchors that belong to the header of a Markdown title just above them.
_UNDER_HEADING = (
    AnchorKind.DOCNUM,
    AnchorKind.ADDRESSEE,
    AnchorKind.ORDER,
    AnchorKind.ANNOUNCEMENT,
    AnchorKind.PROMULGATION,
    AnchorKind.DATED,
)
# Anchors that may be reached again from the same header (an addressee or 第一条 below a doc number).
_LATE_ANCHORS = (AnchorKind.ADDRESSEE, AnchorKind.ARTICLES, AnchorKind.PROMULGATION)


# ---------------------------------------------------------------- spans
MAX_COPY_GAP = 4  # lines between a title's first complete print and its copy: copies, a date, a label's field
# 制定机关:某市人民政府 / 发布日期:2018年1月20日 — a page's short field line between two prints of one title
COPY_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：][^。，,；;]{1,24}$")


def _first_complete_print(nb: Sequence[Line], s: int, e: int, floor: int) -> int | None:
    """The line of the first complete print of the one-line title at ``s`` (== ``e``) above it: the same title with
    its issuer (某市人民政府关于X的批复 / 某市人民政府关于X的批复 / 制定机关:某市人民政府 / 2018年1月20日 / 关于X的批复 /
    某府〔2018〕8号, a wiki page's heading, its copy and fields over the text's own print without its issuer, h231
    虹口), with only copies, date lines and short field lines between; else None."""
    if s != e:
        return None
    own = compact(nb[s].text)
    key = about_key(own)
    if not own.startswith("关于") or not rx.TITLE_END.search(own):  # (a print with its issuer is complete itself)
        return None
    best = None
    for k in range(s - 1, max(floor, s - MAX_COPY_GAP - 1) - 1, -1):
        c = compact(nb[k].text)
        if about_key(c) == key and looks_like_title(c):
            best = k if c.find("关于") > 0 else best  # (the topmost print with its issuer before 关于)
            continue
        if not (rx.DATE_LINE.match(c) or COPY_FIELD_LINE.match(c)):
            break
    return best


# 〔2024〕4号 — a short number (no prefix) a page glued after its title (某区人民政府行政复议决定书〔2024〕4号, h267 朝天)
SHORT_NUMBER_GLUED = re.compile(r"〔(?:19|20)\d\d〕第?\d{1,4}号$")
MAX_TYPE_ALONE = 12  # characters of a title that is its type alone (行政复议决定书, 行政处罚决定书)


def _complete_print_over_red_head(nb: Sequence[Line], s: int, e: int, floor: int) -> int | None:
    """The line of a page's title printed complete above a red head that splits it: 某区人民政府行政复议决定书 /
    发文日期:… / 某区人民政府 / 行政复议决定书 / 某府复决字〔2024〕4号 — the body's name alone over a title that is its
    type alone (no 关于), the two joined the page's title (a short number glued after it), only date lines and short
    field lines between (h267 朝天); else None."""
    if s != e or s < 2:
        return None
    own, name = compact(nb[s].text), compact(nb[s - 1].text)
    if len(own) > MAX_TYPE_ALONE or "关于" in own or not rx.TITLE_END.search(own) or not _body_name_alone(name):
        return None
    for k in range(s - 2, max(floor, s - MAX_COPY_GAP - 2) - 1, -1):
        c = compact(nb[k].text)
        if SHORT_NUMBER_GLUED.sub("", c) == name + own:
            return k
        if not (rx.DATE_LINE.match(c) or COPY_FIELD_LINE.match(c)):
            return None
    return None


def _at_first_complete_print(nb: Sequence[Line], spans: list[Span]) -> list[Span]:
    """Spans whose one-line title is printed complete a few lines above (see ``_first_complete_print`` and
    ``_complete_print_over_red_head``) start at that first complete print: one document, its title as printed
    there with its issuer."""
    floor = 0
    for sp in spans:
        if sp.header_start is None and sp.anchor > sp.title_end:
            top = _first_complete_print(nb, sp.start, sp.title_end, floor)
            split = None
            if top is None:
                split = top = _complete_print_over_red_head(nb, sp.start, sp.title_end, floor)
            if top is not None:
                sp.start = sp.title_end = top
                sp.title, sp.raw_title = _joined_title(nb, top, top), nb[top].text
                if split is not None:  # (the short number glued after the page's title is no part of it)
                    sp.title = SHORT_NUMBER_GLUED.sub("", sp.title)
        floor = max(floor, sp.anchor, sp.title_end) + 1
    return spans


def find_spans(lines: list[Line]) -> tuple[list[Line], list[Span]]:
    """Non-blank lines and the documents found among them, in order, with ends set."""
    nb = cut_signed_run_on(unflatten(nonblank(lines)))  # a document stored as one line is cut into its parts
    nb = headings_in_one_line(nb)
    toc = mark_toc(nb)
    spans = _SpanFinder(nb, toc, skip=toc | list_lines(nb) | attachment_list_lines(nb)).run()
    spans = with_run_on_notices(nb, _at_first_complete_print(nb, spans))
    spans = with_contents_titles(nb, spans, toc)
    spans = _with_signed_text_above(nb, spans)
    spans = _with_consultation_notice_above(nb, spans)
    spans = _notices_under_their_texts_title(nb, _split_transmitted(nb, _with_notice_titles_cut_off(nb, spans), toc))
    spans = _with_interpretations_below(nb, _with_texts_after_imprint(nb, _split_attachments(nb, spans, toc)))
    _set_ends(nb, spans, toc)
    return nb, spans


# 某局关于取消X事项公告的解读 — an interpretation titled without book marks: 关于, the explained text's name, 的解读
UNQUOTED_INTERPRETATION = re.compile(r"^[^《》。；;，,：:]{0,40}关于[^《》。；;：:]{2,100}的解读$")
MIN_INTERPRETATION_OPENING = 20  # characters of the sentence that opens an interpretation under its title


def _with_interpretations_below(nb: list[Line], spans: list[Span]) -> list[Span]:
    """``spans`` with a titled interpretation printed under a text's date (…特此公告。/ 某局 / 2016年3月4日 / 某局关于X
    公告的解读 / 某局决定…，制定了《X》。) as a document of its own (h76 内蒙古; the h46 convention); or right under the
    last sentence of an unsigned notice, the interpretation opening with its first section (…三、停止受理X。/ 关于调整X
    规定的解读 / 一、关于调整Y, h175 东莞)."""
    texts: list[Span] = []
    for k, sp in enumerate(spans):
        hi = spans[k + 1].first_line if k + 1 < len(spans) else len(nb)
        for i in range(max(sp.anchor, sp.title_end) + 2, hi - 1):
            c, above, below = compact(nb[i].text), compact(nb[i - 1].text), compact(nb[i + 1].text)
            if not UNQUOTED_INTERPRETATION.match(c):
                continue
            dated = rx.DATE_LINE.match(above) is not None
            if not dated and not (above.endswith("。") and ENUMERATED.match(below)):
                continue
            if not dated or (len(below) >= MIN_INTERPRETATION_OPENING and rx.SENTENCE_END.search(below)):
                texts.append(Span(title=c, start=i, title_end=i, anchor=i, anchor_kind=AnchorKind.HEADING))
                break
    if not texts:
        return spans
    parent_of = {id(x): spans[x.transmitted_by] for x in spans if x.transmitted_by is not None}
    return _with_texts(spans, texts, parent_of)


def _opens_text(c: str) -> bool:
    """A text's first line under its title: a numbered part (一、…), its first chapter or article, or a sentence."""
    return bool(
        ENUMERATED.match(c)
        or rx.FIRST_ARTICLE.match(c)
        or (len(c) >= MIN_INTERPRETATION_OPENING and RUN_ON_TEXT.search(c))
    )


def _with_texts_after_imprint(nb: list[Line], spans: list[Span]) -> list[Span]:
    """``spans`` with a titled text printed under a notice's imprint line (…请认真执行。/ 某局 / 2017年5月3日 / 某局办公室
    2017年5月3日印发 / X实施意见 / 一、…, h175 南京) as a document of its own: the imprint ends the notice's print, so a
    title under it opens another text.  The notice issues it when its sentence does (现将…印发给你们) and its body names
    the title, with or without book marks (我局…制定了X实施意见)."""
    texts: list[Span] = []
    parent_of = {id(x): spans[x.transmitted_by] for x in spans if x.transmitted_by is not None}
    for k, sp in enumerate(spans):
        hi = spans[k + 1].first_line if k + 1 < len(spans) else len(nb)
        lo = max(sp.anchor, sp.title_end) + 1
        for i in range(lo, hi - 2):
            if not PRINTED_LINE.match(compact(nb[i].text)):
                continue
            block = title_block_below(nb, i, toc=set())
            if block is None or block[1] + 1 >= hi:
                break
            title = "".join(compact(nb[x].text) for x in range(block[0], block[1] + 1))
            if UNQUOTED_INTERPRETATION.match(title) or ENUMERATED.match(title) or rx.ATTACHMENT.match(title):
                break  # (an interpretation: read by _with_interpretations_below)
            if not _opens_text(compact(nb[block[1] + 1].text)):
                break  # (a page's foot under the imprint: 扫一扫… / the page's title again / its posting date)
            text = Span(
                title=title, start=block[0], title_end=block[1], anchor=block[1], anchor_kind=AnchorKind.HEADING
            )
            body = "".join(compact(nb[x].text) for x in range(lo, i))
            if rx.TRANSMIT_BODY.search(body) and title_key(title) in title_key(body):
                parent_of[id(text)] = sp
            texts.append(text)
            break
    return _with_texts(spans, texts, parent_of) if texts else spans


def _notices_under_their_texts_title(nb: list[Line], spans: list[Span]) -> list[Span]:
    """``spans`` with a notice headed by the title of the one text it issues untitled: a page that printed the
    text's title as its heading over the notice (楚雄州地震应急预案 / 各县市人民政府…： / 《楚雄州地震应急预案》已经…
    同意，现印发给你们 / signer / date / 1 总则, h90 楚雄) — the notice's own title is lost, the text keeps its title."""
    for sp in spans:
        if len(sp.children) != 1 or not sp.title or sp.anchor != sp.title_end + 1:
            continue
        if sp.anchor_kind != AnchorKind.ADDRESSEE:
            continue  # (the addressees right under the heading: no number line of the notice's between)
        if ENUMERATED.match(compact(nb[sp.start].text)) or DATE_AFTER_TITLE.search(compact(nb[sp.title_end].text)):
            continue  # 3. X（2023年4月10日） / 鲁政字〔2023〕11号: a compilation's entry, titled by the text it prints
        if title_key(spans[sp.children[0]].title) == title_key(sp.title):
            sp.title, sp.raw_title = "", ""
            sp.start, sp.title_end, sp.header_start = sp.title_end + 1, sp.title_end, None
            sp.anchor_kind = AnchorKind.UNTITLED
    return spans


def _notice_lines_over_text_title(nb: list[Line], sp: Span) -> tuple[int, int] | None:
    """The lines (first, last) of ``sp``'s title block that hold a whole notice's title (某某关于印发X的通知) when the
    lines under them print X itself: the notice's title over the title of the text it issues, its own text lost (a
    company's page: 山西省人民政府 关于印发山西省X三年行动计划的通知 / 山西省X三年行动计划 / 为认真贯彻落实…, h73
    山西) — the notice's title maybe wrapped over its lines (某省人民政府 关于印发某省X / 三年行动计划的通知 / 某省X
    三年行动计划, pdf layout)."""
    for k in range(sp.start, sp.title_end):
        for m in range(k, min(sp.title_end, k + MAX_NOTICE_LINES)):
            if m > k and _starts_title(compact(nb[m].text)):
                break  # (某某煤业有限公司 / 某省人民政府 关于印发X的通知: the notice's title starts on the lower line)
            c = _joined_title(nb, k, m) if m > k else compact(nb[k].text)
            if not (c.endswith("的通知") and "关于" in c and _starts_title(compact(nb[k].text))):
                continue
            below = loose_title_key(_joined_title(nb, m + 1, sp.title_end))
            if below and any(loose_title_key(clean_title(w)) == below for w in transmit.named_texts(c, [])):
                return k, m
    return None


MAX_NOTICE_LINES = 4  # printed lines a notice's title over the title of the text it issues may take


def _with_notice_titles_cut_off(nb: list[Line], spans: list[Span]) -> list[Span]:
    """``spans`` with each notice's title printed over the title of the text it issues (see
    :func:`_notice_lines_over_text_title`) a span of its own, above the text's."""
    out: list[Span] = []
    for sp in spans:
        lines = _notice_lines_over_text_title(nb, sp) if sp.title_end > sp.start else None
        if lines is not None:
            k, m = lines
            notice = Span(title=_joined_title(nb, k, m), start=k, title_end=m, anchor=k, anchor_kind=sp.anchor_kind)
            notice.raw_title = " ".join(nb[x].text for x in range(k, m + 1))
            out.append(notice)
            sp.start, sp.header_start = m + 1, None
            sp.title = _joined_title(nb, sp.start, sp.title_end)
            sp.raw_title = " ".join(nb[x].text for x in range(sp.start, sp.title_end + 1))
        out.append(sp)
    return out


# 2010.10.13《某某部办公厅关于X的通知》某办发〔2010〕309号 — a heading printed on one line (a site's index of pieces,
# h159 银监会): the date, the title in book marks, the number
ONE_LINE_HEADING = re.compile(
    r"^(?P<date>(?:19|20)\d\d(?:[-.]\d{1,2}[-.]\d{1,2}|年\d{1,2}月\d{1,2}日))\s{0,3}"
    r"《(?P<title>[^《》]{4,150})》\s{0,3}(?P<num>[\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,5}号)$"
)


def headings_in_one_line(nb: list[Line]) -> list[Line]:
    """``nb`` with a heading printed on one line (see ONE_LINE_HEADING) over addressees (各银监局，…：) cut into the
    title (no book marks) and the number with its date, as a header prints them: the document's own heading, not
    three citations."""
    out: list[Line] = []
    for i, l in enumerate(nb):
        c = compact(l.text)
        m = ONE_LINE_HEADING.match(c) if c[:2] in ("19", "20") and c.endswith("号") else None
        below = compact(nb[i + 1].text) if m and i + 1 < len(nb) else ""
        if m and rx.TITLE.match(m.group("title")) and rx.ADDRESSEE.match(below):
            out += [Line(l.no, m.group("title"), l.heading), Line(l.no, f"{m.group('num')} {m.group('date')}")]
        else:
            out.append(l)
    return out


MAX_SIGNERS = 3  # bodies signing a text, one a line


# （国家知识产权局代章） — the body whose seal a signer without one of its own (a joint meeting's office) borrows: a
# note under the signature, no signer (h162 知识产权战略实施工作部际联席会议办公室)
SEAL_NOTE = re.compile(r"^[（(][^（）()]{2,40}代[章印][）)]$")


def _signer_line(c: str) -> bool:
    """湖北省司法厅: a short line ending like a body's name, no sentence; a ministry's three characters (水利部) when
    the whole line is a national body's name."""
    if len(c) == 3:
        m = rx.NATIONAL_START.match(c)
        return m is not None and m.end() == 3 and rx.AGENCY_NAME_END.search(c) is not None
    return 4 <= len(c) <= 40 and rx.AGENCY_NAME_END.search(c) is not None and not rx.SENTENCE_END.search(c)


# 征求意见 / 征求社会各界的意见 — a text asks for comments on the draft it publishes
CONSULTATION = re.compile(r"征求[^。；]{0,12}?意见")


# 市政府各工作部门、各直属事业单位: — an addressee line naming "each" of some bodies (各…), closed by its colon
ADDRESSED_TO_EACH = re.compile(r"^[^。；：:，,]{0,20}各[^。；：:]{1,80}[：:]$")


def _addressed_and_dated(nb: list[Line], date: int, top: int) -> bool:
    """``市政府各工作部门…：`` on the file's first line, a date right above the first title (a publicity note between at
    most): a notice addressed and dated, its title lost, whatever its sentences kept (h120 安顺: ``,,,,。``, no signer)."""
    between = [compact(nb[k].text) for k in range(date + 1, top)]
    return (
        bool(rx.ADDRESSEE.match(compact(nb[0].text)) or ADDRESSED_TO_EACH.match(compact(nb[0].text)))
        and len(between) <= 1
        and all(rx.PUBLICITY_NOTE.match(c) for c in between)
    )


def _names_attachment_below(text: list[str], title: str) -> bool:
    """A text above a signature that names the title below as its attachment (现将…目录予以公布 / 附件：X, then
    X printed under the signature, h49 湖北): a notice publishing X, not a decree whose header X's is."""
    key = loose_title_key(clean_title(title)) if title else ""
    for c in text:
        m = rx.ATTACHMENT_LABEL.match(c) if c.startswith("附") else None
        if m and key and loose_title_key(clean_title(c[m.end() :].strip("《》"))) == key:
            return True
    return False


def _with_signed_text_above(nb: list[Line], spans: list[Span]) -> list[Span]:
    """``spans``, with an untitled document first when the lines above the first one are a whole text of
    their own: sentences, then its signers and date (根据《X》…特此通告。/ 湖北省司法厅 / 2024年3月4日, then
    附件: and the attachment's title, h49) — a page that gave the text's title only in its heading."""
    top = spans[0].first_line if spans else 0
    if top < 3:
        return spans
    date = next((k for k in range(top - 1, 0, -1) if rx.DATE_LINE.match(compact(nb[k].text))), None)
    if date is None:
        return spans
    sealed = date - 1 if date >= 1 and SEAL_NOTE.match(compact(nb[date - 1].text)) else date  # （X代章） over the date
    signers = 0
    while signers < MAX_SIGNERS and sealed - signers - 1 >= 0 and _signer_line(compact(nb[sealed - signers - 1].text)):
        signers += 1
    text = [compact(nb[k].text) for k in range(0, sealed - signers)]
    signed = signers and any(rx.SENTENCE_END.search(c) and len(c) >= 20 for c in text)
    if not signed and not _addressed_and_dated(nb, date, top):
        return spans
    if (
        any(rx.DECREE_SENTENCE.search(c) for c in text)
        and not any(CONSULTATION.search(c) for c in text)
        and not _names_attachment_below(text, spans[0].title if spans else "")
    ):
        # a decree or an announcement promulgating the text below: its header, no text of its own (not one that
        # publishes a draft for comment: 现将《条例（草案）》全文公布，广泛征求意见 is a text of its own, 沈阳 h112)
        return spans
    # its text starts at its first sentence (a database's field lines above it are no part of it); a title
    # printed above that, if any, is its own
    first = next(k for k, c in enumerate(text) if rx.SENTENCE_END.search(c) or rx.ADDRESSEE.match(c))
    titled = next((k for k in range(first - 1, -1, -1) if looks_like_title(nb[k].text)), None)
    if titled is not None:
        start = min(_book_title_opened_above(nb, titled), _about_line_above(nb, titled))
        title = _joined_title(nb, start, titled)
        found = Span(title=title, start=start, title_end=titled, anchor=first - 1, anchor_kind=AnchorKind.ADDRESSEE)
        return _issuing_the_first(nb, found, spans)
    # (a text that opens with its first sentence has no header line: its body starts at the top, 常州 h112)
    untitled = Span(title="", start=0, title_end=-1, anchor=first - 1, anchor_kind=AnchorKind.UNTITLED)
    return _issuing_the_first(nb, untitled, spans)


def _issuing_the_first(nb: list[Line], notice: Span, spans: list[Span]) -> list[Span]:
    """``notice`` (the signed text found above the first span) and ``spans``; the first span transmitted by it when
    the notice's transmitting sentence names it (各有关单位： / 《X》业经区政府同意，现印发实施 / 某局 / date / X, the page
    titled by X: h98 番禺)."""
    if not spans or spans[0].transmitted_by is not None:
        return [notice, *spans]
    body = [nb[x].text for x in range(notice.anchor + 1, min(spans[0].first_line, notice.anchor + 9))]
    keys = {loose_title_key(w) for w in transmitted_titles(notice.title, body)}
    if not keys or not {transmit.unadorned(k) for k in keys} & _title_keys(spans[0].title, keys):
        return [notice, *spans]
    parent_of = {id(x): spans[x.transmitted_by] for x in spans if x.transmitted_by is not None}
    parent_of[id(spans[0])] = notice
    return _with_texts([notice, *spans], [], parent_of)


def _book_title_opened_above(nb: list[Line], i: int) -> int:
    """``某某办公室关于公开征求《某某条例`` / ``（修订草案）》意见的公告``: a title line closing a book title opened on
    the line above is that line's tail (h112 遵义); the first line of the title so joined."""
    start, joined = i, compact(nb[i].text)
    while start > 0 and i - start < MAX_HEAD_LINES and joined.count("》") > joined.count("《"):
        start -= 1
        joined = compact(nb[start].text) + joined
    return start if joined.count("》") == joined.count("《") else i


def _about_line_above(nb: list[Line], i: int) -> int:
    """``关于《某某条例》（修正草案·二审稿）`` / ``公开征求意见的通知``: a title line that does not start as a title under
    a line opening at 关于 that is no title by itself is that line's tail (h43 湘西); the title's first line."""
    if i == 0:
        return i
    upper, here = compact(nb[i - 1].text), compact(nb[i].text)
    head = upper.startswith(("关于", "《关于")) and not FULL_STOP.search(upper) and not looks_like_title(upper)
    if head and not _starts_title(here) and looks_like_title(upper + here):
        return i - 1
    return i - 2 if _about_over_book_title_above(nb, i) else i


# 《某市X条例（修正草案）》 — a whole book title alone on its line, a piece of a title set over three lines
BOOK_TITLE_LINE = re.compile(r"^《[^《》]{2,80}》$")
MAX_TITLE_PIECES_GAP = 4  # line numbers from a title's first piece to its third (one blank line between each)


def _about_over_book_title_above(nb: list[Line], i: int) -> bool:
    """``关于公开征求`` / (blank) / ``《某市X条例（修正草案）》`` / (blank) / ``修改意见的公告``: a title line that does not start
    as a title, under a whole book title under a line opening at 关于 that is no title by itself — one title set over
    three short lines, single blank lines between them (h286 广元); the title's first line is two lines up."""
    if i < 2 or nb[i].no - nb[i - 2].no > MAX_TITLE_PIECES_GAP:
        return False
    top, mid, here = (compact(nb[k].text) for k in (i - 2, i - 1, i))
    return (
        top.startswith(("关于", "《关于"))
        and len(top) + len(here) <= MAX_TITLE_LINE_LEN
        and not FULL_STOP.search(top + mid + here)
        and not looks_like_title(top)
        and BOOK_TITLE_LINE.match(mid) is not None
        and not _starts_title(here)
        and looks_like_title(top + mid + here)
    )


# 中国人民银行起草了《X（征求意见稿）》，现向社会公开征求意见 — a notice's sentence putting the draft it names out for
# comment (its drafter, a drafting verb, the draft's title, then 征求…意见 in the same sentence)
DRAFTED_FOR_COMMENT = re.compile(
    r"(?:起草|拟定|拟订|修订|修改|制定|编制)了?《(?P<title>[^《》]{4,120})》[^。；《》]{0,30}?征求[^。；]{0,12}?意见"
)
MAX_LEAD_LINES = 3  # lines above a consultation notice's sentence: a news site's lead repeating it


def _with_consultation_notice_above(nb: list[Line], spans: list[Span]) -> list[Span]:
    """``spans``, with an untitled notice first when the text above the first document opens with a sentence putting
    that very document out for comment (X起草了《Y（征求意见稿）》，现向社会公开征求意见 / its channels and deadline /
    then Y printed, h159 人民银行 behind a news site's lead): the notice is a text of its own, the draft another."""
    if not spans or spans[0].first_line < 2 or spans[0].anchor_kind == AnchorKind.UNTITLED:
        return spans
    draft = loose_title_key(spans[0].title)
    for k in range(min(MAX_LEAD_LINES, spans[0].first_line)):
        m = DRAFTED_FOR_COMMENT.search(compact(nb[k].text))
        if m and draft and loose_title_key(m.group("title")).endswith(draft):
            untitled = Span(title="", start=0, title_end=-1, anchor=k, anchor_kind=AnchorKind.UNTITLED)
            return [untitled, *spans]
    return _consultation_title_above(nb, spans, draft)


# 关于征求《X》意见和建议的通知 — a consultation notice's title naming the draft it puts out for comment
CONSULTATION_TITLE = re.compile(
    r"^关于(?:公开)?征求《(?P<title>[^《》]{4,120})》[^。；《》]{0,12}?意见[^。；《》]{0,8}的(?:通知|公告)$"
)


def _consultation_title_above(nb: list[Line], spans: list[Span], draft: str) -> list[Span]:
    """``spans``, with a notice first when the first line of the page is a consultation notice's title naming the
    first document, a draft (关于征求《X》意见和建议的通知 / an image / X / 征求意见稿, h95 平顶山): the notice is a text of
    its own, though the page prints nothing of it but its title."""
    m = CONSULTATION_TITLE.match(compact(nb[0].text))
    if not m or not draft or not loose_title_key(m.group("title")).endswith(draft):
        return spans
    notice = Span(title=clean_title(nb[0].text), start=0, title_end=0, anchor=0, anchor_kind=AnchorKind.ADDRESSEE)
    return [notice, *spans]


def _same_header_kinds(above: AnchorKind, below: AnchorKind) -> bool:
    """Whether a title anchored as ``above`` may be the page's header of the same title anchored as ``below`` right
    under it: a page heading over the title; a table's title and number over the title and number printed again;
    a table's title and number (国务院办公厅关于X的意见 / 国办发〔2019〕4号 / 2019年01月30日) over the same title as
    a Markdown title (``# 国务院办公厅关于X的意见``, a portal page laid out as Markdown)."""
    return (
        above == AnchorKind.HEADING
        or above == below == AnchorKind.DOCNUM
        or (above == AnchorKind.DOCNUM and below == AnchorKind.HEADING)
    )


def _sentence_between(nb: Sequence[Line], lo: int, hi: int) -> bool:
    """A whole sentence of text (…决定予以批准。) between a passing note and a title: the first text's body, one
    line long, lies between them (h94 广州, h139 杭州: the approval's passing note, its one-sentence body, then the
    approved rule's title and its own passing note), so the title is a new document's, not its header again."""
    return any(len(c) >= 20 and c.endswith("。") for c in (compact(nb[x].text) for x in range(lo + 1, hi)))


def _over_contents(nb: list[Line], top: int, toc: set[int], *, floor: int) -> int:
    """A law's title / 目 录 / 第一章 总则 … / its body's 第一章 over 第一条: the title stands over the contents list
    right above the body (a draft printed after its consultation notice, h112 遵义): its heading's index, else
    ``top``."""
    k = top
    while k - 1 >= floor and k - 1 in toc:
        k -= 1
    return k if k < top and _toc_heading_lines(nb, k) else top


# …全文如下： / 原文如下： — a lead's last words, the text it reprints below
FULL_TEXT_FOLLOWS = re.compile(r"(?:全文|原文)如下[：:]?$")


class _SpanFinder:
    """Walks the anchors in order; each new anchor adds a span unless its header was seen."""

    def __init__(self, nb: list[Line], toc: set[int], *, skip: set[int] | None = None) -> None:
        self.nb = nb
        self.toc = toc
        self.skip = toc if skip is None else skip  # lines no anchor stands on (a TOC, a repeal list's items)
        self.spans: list[Span] = []
        self.last_header_end = -1  # no title block may reach above the last accepted header

    def run(self) -> list[Span]:
        for pos, kind in find_anchors(self.nb, self.skip):
            self._add(pos, kind)
        return self.spans

    def _add(self, pos: int, kind: AnchorKind) -> None:
        if pos <= self.last_header_end or (kind == AnchorKind.HEADING and pos - 1 <= self.last_header_end):
            return
        last = self.spans[-1] if self.spans else None
        if (
            last
            and last.anchor_kind in (AnchorKind.HEADING, AnchorKind.DATED)
            and pos - last.title_end <= 3
            and kind in _UNDER_HEADING
        ):
            # the doc number or addressee under a Markdown title, or under a compilation's date note
            # (title / （2023 年5 月19 日） / 渝府办发〔2023〕43 号): same header
            last.anchor = pos
            self.last_header_end = self._decree_under_heading_end(pos, kind)
            return
        found, below = self._title_block(pos, kind)
        if not found:
            if not (kind == AnchorKind.ARTICLES and self._add_reprinted_text(pos)):
                self._add_untitled(pos, kind)
            return
        s, e = found
        if self._seen_header(s, kind):
            return
        if below:
            self._append_docnum_above(pos, s, e)
        else:
            anchor = e if kind in BODY_ANCHORS else pos
            twice = title_printed_above(self.nb, s, e, floor=self.last_header_end + 1)
            if twice is None:
                twice = decree_above(self.nb, s, floor=self.last_header_end + 1)
            if twice is None and s - 1 > self.last_header_end and _number_between_copies(compact(self.nb[s - 1].text)):
                twice = (
                    s - 1
                )  # 济文明办〔201314 / 关于…的通知: the number right above the title is its header's (h69 邹城)
            self._append(Span(title="", start=s, title_end=e, anchor=anchor, anchor_kind=kind, header_start=twice))
        self.last_header_end = e if kind in BODY_ANCHORS else max(pos, e)
        decree = kind == AnchorKind.ORDER or (
            kind == AnchorKind.DOCNUM and _decree_numbered_like_a_notice(compact(self.nb[pos].text))
        )
        if decree and not below:
            self.last_header_end = max(self.last_header_end, self._decree_end(pos))

    def _decree_under_heading_end(self, pos: int, kind: AnchorKind) -> int:
        """The end of the header under a Markdown title whose anchor ``pos`` stands under it: the anchor, or for an
        order (``# 某某办法`` / 某某省人民政府 / 某某省人民政府令第93号 / 《某某办法》已经…通过，现予公布 / 省长 签名 / date /
        某某办法 again / 第一条) the decree's block and the title printed again under it."""
        if kind != AnchorKind.ORDER:
            return pos
        return max(pos, self._decree_end(pos))

    def _decree_end(self, pos: int) -> int:
        """The end of a decree's block under its title and order number, the title printed again included."""
        block = decree_block(self.nb, pos)
        return -1 if block is None else _title_printed_again(self.nb, block, self.spans[-1].title)

    def _title_block(self, pos: int, kind: AnchorKind) -> tuple[tuple[int, int] | None, bool]:
        """The anchor's title block and whether it lies below the anchor (a number above its title)."""
        nb, toc = self.nb, self.toc
        if kind == AnchorKind.HEADING:
            return (pos - 1, pos - 1), False
        if kind == AnchorKind.ANNOUNCEMENT and BARE_HEAD.match(compact(nb[pos].text)):
            # 国家药品监督管理局 / 公告 / 2021年第8号 / 国家药监局关于发布《X》的公告: the title under the number
            below = _title_under_announcement_number(nb, pos)
            if below is not None:
                return (below, below), True
            # 昆明市公安局交通管理局 / 通  告 / 〔2024〕第3号: the issuer's line and the head are the title
            above = pos - 1
            if above > self.last_header_end and not _is_boundary(nb[above].text):
                return (above, pos), False
        top = pos
        while top - 1 > self.last_header_end and (_header_line(nb[top - 1].text) or _metadata_row(nb[top - 1].text)):
            top -= 1
        if kind == AnchorKind.ARTICLES:
            top = _over_contents(nb, top, toc, floor=self.last_header_end + 1)
        found = title_block_above(nb, top, floor=self.last_header_end + 1, toc=toc)
        if not found and kind in (AnchorKind.ARTICLES, AnchorKind.PURPOSE):
            found = _self_named_title(nb, top, pos, floor=self.last_header_end + 1, toc=toc)
        if found and kind == AnchorKind.DOCNUM and _issuing_title_below(nb, pos, found, toc):
            return title_block_below(nb, pos, toc=toc), True  # a page's heading above, the notice's title below
        if found:
            return found, False
        if kind == AnchorKind.PROMULGATION:
            found = _proposal_title_above(nb, top, floor=self.last_header_end + 1)
            return found, False
        if kind == AnchorKind.DOCNUM:
            found = title_block_below(nb, pos, toc=toc)
        elif kind == AnchorKind.ORDER:
            found = _decree_title_below(nb, pos, toc=toc)
        return found, found is not None

    def _add_under_genre_heading(self, pos: int) -> bool:
        """通  知 / (the page's time and views) / 各村（社区）： — a page's only heading, the notice's document type
        spaced out, over the addressees at ``pos``: the title it prints (h172 安华镇).  Whether it was added."""
        genre = _genre_heading_above(self.nb, pos)
        if genre is not None:
            self._append(Span(title="", start=genre, title_end=genre, anchor=pos, anchor_kind=AnchorKind.ADDRESSEE))
        return genre is not None

    def _add_column_entry(self, pos: int) -> None:
        """…2025年3月6日（此件公开发布） / 2025-03-10 / 某市人民政府： — a column page's next entry, untitled, from its
        addressee down (the posting date is the page's); the first entry, if no span stands on it, from its addressee
        (a page's widgets above it are none of its text)."""
        nb = self.nb
        if not self.spans and pos >= 3:
            first = next((k for k in range(pos - 2) if rx.ADDRESSEE.match(compact(nb[k].text))), 0)
            self.spans.append(
                Span(title="", start=first, title_end=first - 1, anchor=first, anchor_kind=AnchorKind.UNTITLED)
            )
        self.spans.append(Span(title="", start=pos, title_end=pos - 1, anchor=pos, anchor_kind=AnchorKind.UNTITLED))
        self.last_header_end = pos

    def _add_under_text_label(self, pos: int) -> bool:
        """全文 / 为贯彻落实《X》精神，… opening the file under a site's label saying the text follows: a text whose title
        the page left out (an encyclopedia's excerpt, h251 普洱), untitled, from the top.  Whether it was added."""
        nb = self.nb
        if self.spans or not _only_page_labels_above(nb, pos):
            return False
        if not any(TEXT_FOLLOWS_LABEL.search(compact(nb[k].text)) for k in range(pos)):
            return False
        self.spans.append(Span(title="", start=0, title_end=-1, anchor=0, anchor_kind=AnchorKind.UNTITLED))
        self.last_header_end = pos
        return True

    def _add_untitled(self, pos: int, kind: AnchorKind) -> None:
        """A doc number and an addressee with no title anywhere (a scraper or a cover dropped it):
        still a document, titled by its number and reported."""
        nb = self.nb
        last = self.spans[-1] if self.spans else None
        if kind == AnchorKind.ADDRESSEE and _entry_after_posting_date(nb, pos):
            self._add_column_entry(pos)
            return
        if kind == AnchorKind.ADDRESSEE and not self.spans and _only_page_labels_above(nb, pos):
            # 各省…人民政府，…： opening the file (under a site's column labels at most): a reprint that lost the notice's
            # title (named in document.py), the text from the addressees down — unless 通  知 alone heads the page
            if not self._add_under_genre_heading(pos):
                self.spans.append(Span(title="", start=0, title_end=-1, anchor=0, anchor_kind=AnchorKind.UNTITLED))
            self.last_header_end = pos
            return
        if kind == AnchorKind.PURPOSE and self._add_under_text_label(pos):
            return
        if kind == AnchorKind.ANNOUNCEMENT and _announcement_head_and_number(nb, pos):
            # 中华人民共和国农业部公告 第2567号 (or 国家林业和草原局公告 / 2021年第13号) over its text, no title: the
            # announcement, titled by its head and number
            num = compact(nb[pos].text) + (compact(nb[pos + 1].text) if pos + 1 < len(nb) else "")
            num = num if not rx.SERIAL_ANNOUNCEMENT_LINE.match(compact(nb[pos].text)) else compact(nb[pos].text)
            self.spans.append(Span(title=num, start=pos, title_end=pos, anchor=pos, anchor_kind=AnchorKind.UNTITLED))
            self.last_header_end = pos
            return
        if kind == AnchorKind.ORDER and (
            rx.ORDER_HEAD_LINE.match(compact(nb[pos].text)) or _number_alone(nb[pos].text)
        ):
            # 河北省人民政府令 / 〔2011〕第10号 over the order's text, no title (a gazette prints the decision it
            # publishes under the order's head, h142 河北): the order, titled by its head and number — or by the rule
            # its sentence promulgates (《老旧运输船舶管理规定》已于…通过，现予公布, 交通部令 h29; 第232号 / 《X》已经…
            # 审议通过，现予公布 with no head, h71 江西)
            head = 2 if rx.ORDER_HEAD_LINE.match(compact(nb[pos].text)) else 1
            if head == 2 and (self._add_titled_order(pos) or self._add_order_under_issuer(pos)):
                return
            num = "".join(compact(nb[k].text) for k in range(pos, min(pos + head, len(nb))))
            opening = _decree_sentence(compact(nb[pos + head].text)) if pos + head < len(nb) else None
            title = opening.group()[1 : opening.group().index("》")] if opening else num
            kind = AnchorKind.ORDER if opening else AnchorKind.UNTITLED
            self.spans.append(Span(title=title, start=pos, title_end=pos, anchor=pos, anchor_kind=kind))
            self.last_header_end = pos + head - 1
            return
        if (
            kind == AnchorKind.DOCNUM
            and last
            and last.anchor == pos - 1
            and compact(nb[pos - 1].text) == compact(nb[pos].text)
        ):
            last.anchor = self.last_header_end = pos  # the number printed twice (a page's heading, then the text)
            return
        if kind == AnchorKind.DOCNUM and _text_under_number(nb, pos, first=not self.spans):
            num = rx.DOCNUM_LINE.match(compact(nb[pos].text)).group("num")
            num = rx.NUMBER_LABEL_BEFORE.sub("", num) or num  # (发文字号某财发〔2021〕63号: a record's label)
            heading = self._cut_heading_above(pos)
            if heading is not None:  # the page's heading, its title cut short (…印发《X》的): the best title there is
                self._append(
                    Span(title="", start=heading, title_end=heading, anchor=pos, anchor_kind=AnchorKind.DOCNUM)
                )
            else:
                self.spans.append(
                    Span(title=num, start=pos, title_end=pos, anchor=pos, anchor_kind=AnchorKind.UNTITLED)
                )
            self.last_header_end = pos

    def _add_titled_order(self, pos: int) -> bool:
        """某县人民政府森林防火禁火令 / (2026年第1号) at ``pos``: a body's order titled by its subject, numbered within
        the year (a county's fire season) — the head line is the title, the serial under it its number.  Whether
        it was added."""
        title = compact(self.nb[pos].text)
        if not titled_order_head(title):
            return False
        self.spans.append(Span(title=title, start=pos, title_end=pos, anchor=pos, anchor_kind=AnchorKind.ORDER))
        self.last_header_end = pos + 1
        return True

    def _add_order_under_issuer(self, pos: int) -> bool:
        """某县人民政府 / 封 山 令 / 某政令〔2023〕1号 at ``pos - 1``: a body's name alone over an order word that names
        a subject, no body (封山, 禁火; h204 宁武) — one title over two lines, the body's name and the order word
        (某县人民政府封山令), the number under them its number.  Whether it was added."""
        nb = self.nb
        c = compact(nb[pos].text)
        m = rx.ORDER_HEAD_LINE.match(c)
        if m is None or rx.AGENCY_NAME_END.search(m.group("issuer")) or AGENCY_START.match(m.group("issuer")):
            return False  # (某某省人民政府令 / 商务部令: a body's numbered orders, their head no title)
        if pos - 1 <= self.last_header_end or not _body_name_alone(compact(nb[pos - 1].text)):
            return False
        above = compact(nb[pos - 1].text)
        if rx.AGENCY_NAME_END.search(above) is None:
            return False
        self.spans.append(Span(title=above + c, start=pos - 1, title_end=pos, anchor=pos, anchor_kind=AnchorKind.ORDER))
        self.last_header_end = pos + 1
        return True

    def _add_reprinted_text(self, pos: int) -> bool:
        """…审议通过《X》…全文如下： / 目录 / 第一章 总则 … / 第一章 总则 / 第一条 …: a news site's lead over the text it
        reprints without its title (h52 北京) — the text, untitled, from its contents down; whether it was added."""
        nb = self.nb
        contents = _over_contents(nb, pos, self.toc, floor=self.last_header_end + 1)
        if not 0 < contents < pos or not FULL_TEXT_FOLLOWS.search(compact(nb[contents - 1].text)):
            return False
        self.spans.append(
            Span(title="", start=contents, title_end=contents - 1, anchor=contents, anchor_kind=AnchorKind.UNTITLED)
        )
        self.last_header_end = pos
        return True

    def _cut_heading_above(self, pos: int) -> int | None:
        """A heading a few lines above a doc number that starts like a title (某某关于印发…) but was cut
        before its document type, with only page metadata between."""
        for j in range(pos - 1, max(self.last_header_end, pos - 4), -1):
            c = compact(self.nb[j].text)
            if "关于" in c and _starts_title(c) and len(c) <= MAX_TITLE_LEN and not rx.SENTENCE_END.search(c):
                return j
        return None

    def _seen_header(self, s: int, kind: AnchorKind) -> bool:
        """The title at ``s`` is the last span's header reached again, or a heading inside a text."""
        last = self.spans[-1] if self.spans else None
        if (
            last
            and s <= last.anchor + 2
            and s <= last.start + 8
            and kind in _LATE_ANCHORS
            and not (last.anchor_kind == AnchorKind.PROMULGATION and _sentence_between(self.nb, last.anchor, s))
        ):
            return True  # the same header, reached again from a later anchor
        if kind == AnchorKind.ARTICLES and last and last.anchor_kind != AnchorKind.ARTICLES and s - last.anchor < 3:
            return True
        return kind == AnchorKind.PURPOSE and not _strong_title_start(self.nb, s, self.toc)

    def _append(self, span: Span) -> None:
        """Add a span, its title and raw title read from its title lines.  A page heading printed above
        the same title with only a metadata table between (索取号 / 发布机构 / 文件编号 … cells, no sentence)
        is that document's header, not a document of its own; so is a site's heading of title and number
        (晋政办发〔2017〕55号 山西省人民政府办公厅关于…) printed above the same title and number."""
        nb = self.nb
        span.start = _past_cut_heading(nb, span.start, span.title_end)
        span.title = _joined_title(nb, span.start, span.title_end)
        span.raw_title = " ".join(nb[x].text for x in range(span.start, span.title_end + 1))
        last = self.spans[-1] if self.spans else None
        if (
            last is not None
            and _same_header_kinds(last.anchor_kind, span.anchor_kind)
            and about_key(last.title) == about_key(span.title)
            and span.start - last.title_end <= MAX_TABLE_LINES
            and not any(rx.SENTENCE_END.search(nb[x].text) for x in range(last.title_end + 1, span.start))
        ):
            self.spans.pop()
            span.header_start = last.start
        self.spans.append(span)

    def _append_docnum_above(self, pos: int, s: int, e: int) -> None:
        """文头 / doc number / title: the document starts at its header, above the number."""
        nb = self.nb
        head = pos
        while (
            head - 1 > self.last_header_end
            and head - 1 not in self.toc
            and (
                DOC_HEADER_LINE.match(compact(nb[head - 1].text))
                or compact(nb[head - 1].text) == "文件"  # 新疆维吾尔自治区人民政府 / 文件: a 文头 over two lines
                or (AGENCY_START.fullmatch(compact(nb[head - 1].text)) and not _is_boundary(nb[head - 1].text))
            )
        ):
            head -= 1
        self._append(
            Span(title="", start=s, title_end=e, anchor=e, anchor_kind=AnchorKind.DOCNUM_ABOVE, header_start=head)
        )


MIN_CUT_HEADING = 8  # characters of a heading cut short that the title line under it must open with


def _past_cut_heading(nb: list[Line], s: int, e: int) -> int:
    """The first line of a title block [s, e] past a site's heading cut short that the next line prints again in
    full (关于印发《中共某某区委、某某区人民 / 关于印发《中共某某区委、某某区人民政府关于…的 / 指导意见》等6个文件的通知,
    h83 滨海): the cut copy is no part of the title."""
    while s < e:
        here, below = compact(nb[s].text), compact(nb[s + 1].text)
        if len(here) < MIN_CUT_HEADING or len(below) <= len(here) or not below.startswith(here):
            break
        s += 1
    return s


def _set_ends(nb: list[Line], spans: list[Span], toc: set[int]) -> None:
    for k, sp in enumerate(spans):
        nxt = spans[k + 1].first_line if k + 1 < len(spans) else len(nb)
        end = nxt - 1
        end = min(end, _before_section_label(nb, sp.anchor + 1, end))
        if k + 1 < len(spans) and spans[k + 1].transmitted_by is None:
            end = min(end, _before_heading_of_next(nb, sp.anchor + 1, end, spans[k + 1].title))
        while end > sp.anchor and (end in toc or rx.SECTION_HEADING.match(compact(nb[end].text))):
            end -= 1
        sp.end = max(end, sp.title_end)


# 【政府文件】 / 【部门文件】 — a gazette's section label, alone on its line between two documents
GAZETTE_LABEL = re.compile(r"^【[\u4e00-\u9fff]{2,12}】$")


MAX_HEADING_LINES = 6  # lines a page's heading of a text and the furniture under it may take above its title


def _page_heading_of(c: str, key: str) -> bool:
    """A page's heading naming the text printed below it: its number and title in book marks, or its title in
    brackets (应急〔2023〕135号《应急管理部关于印发…的通知》 / 【关于…的通知(发改能源规〔2020〕816号)】-site)."""
    if FULL_STOP.search(c) or key not in about_key(c):
        return False
    return c[0] in "【《" or rx.DOCNUM.match(c) is not None


def _before_heading_of_next(nb: list[Line], lo: int, hi: int, title: str) -> int:
    """The last line of a body that runs from ``lo`` to ``hi`` at most: the line before the next text's page
    heading (see :func:`_page_heading_of`) when only short lines (a breadcrumb, a site's name) lie between it and
    that text's title — the heading, and what cites the text in it, belong to the text below; a signature's date
    ends the scan (a notice naming the text it issues keeps its lines)."""
    key = about_key(title)[:12]
    if len(key) < 8:
        return hi
    for k in range(hi, max(lo, hi - MAX_HEADING_LINES) - 1, -1):
        c = compact(nb[k].text)
        if _page_heading_of(c, key):
            return k - 1
        if not c or rx.DATE_LINE.match(c) or FULL_STOP.search(c) or len(c) > 40:
            return hi
    return hi


def _before_section_label(nb: list[Line], lo: int, hi: int) -> int:
    """The last line of a body that runs from ``lo`` to ``hi`` at most: the line before a gazette's section label
    (【政府文件】 alone on its line, gazette layout) — what the gazette prints after it (a lead paragraph, a text whose
    title was not found) belongs to the next section, never to the document above."""
    return next((k - 1 for k in range(lo, hi + 1) if GAZETTE_LABEL.match(compact(nb[k].text))), hi)


# ---------------------------------------------------------------- transmitted texts
def transmitted_titles(title: str, body_lines: list[str]) -> list[str]:
    """Titles a transmitting notice passes on: from 《X》 in its title, else 印发X的通知, else its first
    sentences (现将《X》印发给你们 / 《A》《B》已经…同意，现印发给你们).

    >>> transmitted_titles("河南省财政厅关于印发《河南省X管理办法》的通知", [])
    ['河南省X管理办法']
    >>> transmitted_titles("郑州市人民政府关于印发郑州市Y工作规则的通知", [])
    ['郑州市Y工作规则']
    """
    return [clean_title(t) for t in transmit.named_texts(title, body_lines)]


def _split_transmitted(nb: list[Line], spans: list[Span], toc: set[int]) -> list[Span]:
    """The spans with, after each transmitting notice, the texts it transmits that are printed below it
    (in the order they are printed; a notice may issue several: 关于印发《A》和《B》的通知)."""
    parent_of: dict[int, Span] = {}  # id(text) → the notice that transmits it
    texts: list[Span] = []
    for k, sp in enumerate(spans):
        # (a text transmitted under a number of its own is a notice with its own header, and may transmit a text in
        # turn: 甲省办公厅转发国务院办公厅转发某部…的通知 / … / 国务院办公厅转发某部…的通知 / 国办函〔2023〕7号 / … / X若干措施, h208)
        if id(sp) in parent_of and sp.anchor_kind != AnchorKind.DOCNUM:
            continue
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(nb)
        body_start = sp.anchor + 1
        body = [nb[x].text for x in range(body_start, min(nxt, body_start + 8))]
        wanted = transmitted_titles(sp.title, body)
        children = _transmitted_spans(nb, spans, k, wanted, toc) if wanted else []
        if wanted and not children:  # the title misnames the text: the sentence's names, if they differ
            again = [
                clean_title(t) for t in _sentence_texts(nb, sp.title, body_start, nxt) if clean_title(t) not in wanted
            ]
            children = _transmitted_spans(nb, spans, k, again, toc) if again else []
        if len(wanted) == 1 and not children:
            children = _untitled_text_below(nb, sp, wanted[0], nxt) or _articles_under_title(nb, sp, wanted[0], nxt)
            children = children or _articles_under_sentence(nb, sp, wanted[0], nxt)
            children = children or _counted_below(spans, k, wanted[0])
            children = children or _own_text_right_below(nb, spans, k)
        if not wanted and k == 0 and k + 1 < len(spans) and _dated_right_above(nb, sp, spans[k + 1]):
            children = [spans[k + 1]]  # an untitled notice, its date right above the text's title: it issues it
        if not wanted:  # a consultation notice: the draft printed below it is a text of its own (长沙县 h87)
            drafts = [clean_title(t) for t in transmit.consulted_texts(sp.title)]
            texts += _transmitted_spans(nb, spans, k, drafts, toc) if drafts else []
        for child in children:
            if id(child) in parent_of or child is sp:
                continue  # (a text its notice's notice transmits already)
            parent_of[id(child)] = sp
            texts.append(child)
    return _with_texts(spans, texts, parent_of)


def texts_below_whole_file(nb: list[Line], sp: Span) -> list[Span]:
    """A file the segmenter found no header in, read as one text ``sp`` (its title the first title-like line, a
    damaged page: 某某关于印发X的通知 / 现将《X》印发给你们 / 某某 / 2021年8月20日 / X / 目录, h103 山西): the texts it
    issues or prints as attachments below its signature, found as under any notice, each a span of its own."""
    toc = mark_toc(nb)
    spans = _with_signed_text_above(nb, _split_attachments(nb, _split_transmitted(nb, [sp], toc), toc))
    if len(spans) == 2 and spans[1] is sp and not _printed_below_title(nb, sp, []):
        # a signed text above, the file's title below it with nothing printed under it (某委 / 2023年2月21日 / 某市X
        # 工作方案 / （征求意见稿） / 责编：…, h282 永州): the signed text is the page's only one
        spans = spans[:1]
    if len(spans) > 1 or spans[0] is not sp:
        _set_ends(nb, spans, toc)
    return spans


MAX_SENTENCE_LINES = 3  # lines an untitled notice's transmitting sentence may run over
MAX_SENTENCE_TO_DATE = 12  # lines from that sentence down to the notice's date
MAX_DATE_TO_TEXT = (
    12  # lines from the date down to the title of the text it issues (a translation, a seal note between)
)


def texts_below_untitled_notice(nb: list[Line], sp: Span) -> list[Span]:
    """A file read as one untitled text ``sp`` (a page that prints no title line over its notice: 各有关单位： /
    《X》业经区政府同意，现印发实施… / 某局 / 2023年6月14日 / X / 第一章 …, h98 番禺, h106 山东): the text its first
    transmitting sentence names, printed under the notice's date with that title, is a text of its own the notice
    transmits — as under a titled notice (:func:`texts_below_whole_file`).  Not a titled text (an interpretation)."""
    if sp.anchor_kind != AnchorKind.FILE or sp.title_end >= sp.start:
        return [sp]
    toc = mark_toc(nb)
    for i in range(sp.anchor + 1, len(nb)):
        window = [nb[x].text for x in range(i, min(i + MAX_SENTENCE_LINES, len(nb)))]
        wanted = [clean_title(t) for t in transmit.sentence_texts("", window)]
        if wanted:
            break
    else:
        return [sp]
    stop = min(i + MAX_SENTENCE_TO_DATE, len(nb))
    dated = next((x for x in range(i + 1, stop) if _date_line(compact(nb[x].text))), None)
    if dated is None:
        return [sp]
    probe = Span(title=sp.title, start=i, title_end=i - 1, anchor=dated, anchor_kind=AnchorKind.UNTITLED)
    children = [
        c
        for c in _transmitted_spans(nb, [probe], 0, wanted, toc)
        if dated < c.start <= dated + MAX_DATE_TO_TEXT and c.anchor_kind == AnchorKind.TRANSMITTED
    ]
    children = [c for k, c in enumerate(children) if _printed_below_title(nb, c, children[k + 1 :])]
    if not children:
        return [sp]
    spans = _with_texts([sp], children, {id(c): sp for c in children})
    _set_ends(nb, spans, toc)
    return spans


MIN_PRINTED_LINE = 20  # characters of a line of text (a sentence's worth), not a page's short row (责编：… / 来源：…)


def _printed_below_title(nb: list[Line], c: Span, later: list[Span]) -> bool:
    """Whether any text is printed under the title of ``c``, a text an untitled notice names: a line ending a sentence
    or a sentence's length, before the next such text.  A draft's title alone under the consultation notice's date
    (某市X工作方案 / （征求意见稿） / 责编：… / 来源：…, h282 永州) is no text of the page."""
    stop = later[0].start if later else len(nb)
    for x in range(c.title_end + 1, stop):
        t = compact(nb[x].text)
        if len(t) >= MIN_PRINTED_LINE or rx.SENTENCE_END.search(t):
            return True
    return False


def _counted_below(spans: list[Span], k: int, name: str) -> list[Span]:
    """The texts printed one after another under the notice spans[k] that issues them by a counted name (现将
    《X六项制度》印发给你们 over X帮办代办制度 / 第一条 … X限时办结制度 / 第一条 …, h160 绍兴): the texts found from their
    own body, no header of their own, that :func:`transmit.counted_members` takes as its members."""
    below = []
    for x in spans[k + 1 :]:
        if x.anchor_kind not in (AnchorKind.ARTICLES, AnchorKind.PURPOSE):
            break
        below.append(x)
    return below[: transmit.counted_members(name, [x.title for x in below])]


def _own_text_right_below(nb: list[Line], spans: list[Span], k: int) -> list[Span]:
    """The one text the notice spans[k] issues, printed right under its date (a publicity note between at most),
    titled by the notice's own issuer and a name the notice gives otherwise (naming nothing in 《》), no 关于 in it,
    found from its body (某某局关于印发政务公开相关制度的通知 … 2017年11月8日 / （此件主动公开） / 某某局 / 政务公制度 /
    为进一步…, h58 呼伦贝尔): the notice issues it."""
    if k + 1 >= len(spans):
        return []
    notice, text = spans[k], spans[k + 1]
    name = AGENCY_START.match(text.title)
    if name is None or "关于" in text.title or not notice.title.startswith(name.group(0)):
        return []
    if text.anchor_kind not in (AnchorKind.ARTICLES, AnchorKind.PURPOSE):
        return []
    if "《" in notice.title or any("《" in nb[x].text for x in range(notice.anchor, text.first_line)):
        return []  # (a notice that names what it issues in 《》 says which text it is: a name further apart is not it)
    j = text.first_line - 1
    while j > notice.anchor and rx.PUBLICITY_NOTE.match(compact(nb[j].text)):
        j -= 1
    return [text] if j > notice.anchor and _date_line(compact(nb[j].text)) else []


def _dated_right_above(nb: list[Line], notice: Span, text: Span) -> bool:
    """An untitled notice at the file's top (its title lost) that ends with its date right above the next text's
    title, a publicity note between at most: ``…： / ,,,,。 / 2020年9月10日 / （此件公开发布） / 某某制度 / 第一条`` —
    the notice, naming no text (its sentences lost), issues the text (h120 安顺)."""
    if notice.anchor_kind != AnchorKind.UNTITLED or notice.title or notice.start != 0:
        return False
    if any("《" in nb[i].text for i in range(0, min(text.first_line, len(nb)))):
        return False  # a notice that names texts says which it issues (transmitted_titles), or asks for comments on
        # a draft (a text of its own, h112 常州) or keeps an earlier text in force
    k = text.first_line - 1
    if k >= 1 and rx.PUBLICITY_NOTE.match(compact(nb[k].text)):
        k -= 1
    return k >= 1 and rx.DATE_LINE.match(compact(nb[k].text)) is not None


MAX_SENTENCE_LINES = 16  # lines a notice's first sentence may run over when a PDF extractor cuts it at every comma


def _sentence_texts(nb: list[Line], title: str, lo: int, hi: int) -> list[str]:
    """The titles the notice's transmitting sentence quotes, read from its first lines; else from up to
    MAX_SENTENCE_LINES lines joined (为…，经省政府同意，现将《A》 / 《B》 / 《C》…印发给你们 cut at each comma and
    quote, the sentence starting on its seventh line: h141 吉林)."""
    body = [nb[x].text for x in range(lo, min(hi, lo + 8))]
    return transmit.sentence_texts(title, body) or transmit.sentence_texts(
        title, ["".join(compact(nb[x].text) for x in range(lo, min(hi, lo + MAX_SENTENCE_LINES)))]
    )


MAX_PAGE_LABELS = 3  # lines of a site's column labels (政策法规 / Policies and regulations) above a text
# 全文 / 正文 / 原文 / 文件全文 — a site's label saying the text follows (not a text's own heading, 序言 / 前言)
TEXT_FOLLOWS_LABEL = re.compile(r"(?:全文|正文|原文)$")


# 通知 / 通  告 / 公 告 — a notice's document type alone, the heading of a page that prints no other title
NOTICE_GENRE_HEADING = re.compile(r"^(?:通知|通告|公告|布告|公示|通报|命令)$")


def _genre_heading_above(nb: list[Line], pos: int) -> int | None:
    """The line above the addressees at ``pos`` that is a notice's document type alone (maybe spaced out), when only
    page labels stand above them (see :func:`_only_page_labels_above`): the page's one heading, else None."""
    found = [i for i in range(pos) if NOTICE_GENRE_HEADING.match(compact(nb[i].text))]
    return found[0] if len(found) == 1 else None


# 2025-03-10 — a column page's posting date, a line of its own (cut from the entry it was glued to)
POSTING_DATE_LINE = re.compile(r"^(?:19|20)\d\d-\d{1,2}-\d{1,2}$")
# …2025年3月6日 / …2025年3月6日（此件公开发布） — the end of a signed text: its date, a publicity note after it at most
SIGNED_END = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s?(?:[（(]此件.{0,10}[）)])?$")


def _entry_after_posting_date(nb: list[Line], pos: int) -> bool:
    """The addressee at ``pos`` opens the next entry of a column page: a posting date right above it, and above that
    the end of the entry before (its date, a publicity note after it at most)."""
    return (
        pos >= 2
        and POSTING_DATE_LINE.match(compact(nb[pos - 1].text)) is not None
        and SIGNED_END.search(compact(nb[pos - 2].text)[-40:]) is not None
    )


def _only_page_labels_above(nb: list[Line], pos: int) -> bool:
    """Whether the lines above ``pos`` are no more than a site's column labels: a few short lines of
    no sentence (政策法规, 通知公告, an English label), or none."""
    return pos <= MAX_PAGE_LABELS and all(
        (len(compact(nb[i].text)) <= 8 or nb[i].text.isascii()) and not rx.SENTENCE_END.search(nb[i].text)
        for i in range(pos)
    )


def _text_under_number(nb: list[Line], pos: int, *, first: bool) -> bool:
    """The number line at ``pos`` stands over an untitled text's opening: its addressee, or (opening the file) an
    addressee over an issuing sentence, or a reply's acknowledgement (…的建议收悉)."""
    if pos + 1 >= len(nb):
        return False
    if _addressee_anchor(nb, pos + 1, compact(nb[pos + 1].text)):
        return True
    reply = pos <= 1 and REPLY_OPENING.match(compact(nb[pos + 1].text)) is not None
    return first and (_addressed_issuing(nb, pos + 1) or reply)


# 您提出的关于X的建议收悉 / 你局《关于X的请示》收悉 — a reply's first sentence acknowledging what it answers (a
# reply printed from its number line, the addressee and title left out, h180 人社部)
REPLY_OPENING = re.compile(r"^[^。；;]{0,80}?收悉")


def _addressed_issuing(nb: list[Line], i: int) -> bool:
    """某某办公室各成员单位,各省…纲要办(科协): / 现将《X》印发给你们: an addressee line that does not open with 各
    but ends with its colon, the notice's issuing sentence under it (h69 纲要办)."""
    c = compact(nb[i].text)
    return (
        len(c) <= 160
        and c.endswith(("：", ":"))
        and "。" not in c
        and i + 1 < len(nb)
        and rx.TRANSMIT_BODY.search(compact(nb[i + 1].text)) is not None
    )


MIN_UNTITLED_TEXT_LINES = 8  # lines of text under a notice's signature that make the text it issues
MIN_UNTITLED_TEXT_CHARS = 300  # and the characters they hold
MIN_PROSE_LINE = 60  # a paragraph's length: an excerpt cut short still holds the text when it opens with one


def _prose_opening(lines: list[str]) -> bool:
    """Whether a text opens with a paragraph (its first or second line, under a heading such as 目录 or 前言,
    a long line of sentences): an excerpt cut after a few paragraphs (h27 北京, h124 国务院, h146 宝坻)."""
    return any(len(c) >= MIN_PROSE_LINE and RUN_ON_TEXT.search(c) is not None for c in lines[:2])


# 2021年920 / 2021716 — a signature's date whose 月 and 日 a page lost (大张庄 and 濮阳, h68)
DAMAGED_DATE_LINE = re.compile(r"^(?:19|20)\d\d年?[01]?\d[0-3]?\d日?$")


def _date_line(c: str) -> bool:
    return bool(rx.DATE_LINE.match(c) or DAMAGED_DATE_LINE.match(c))


def _untitled_text_below(nb: list[Line], sp: Span, title: str, nxt: int) -> list[Span]:
    """The one text a notice issues, printed under its signature without its title (a portal that gives
    the title only in the notice: 省政府办公厅 / 2022年4月14日 / （此件公开发布） / 前 言 / …): titled as the
    notice names it, from its first line.  Only a long text counts (not a notice's 抄送 lines)."""
    dated = next((x for x in range(sp.anchor + 1, min(sp.anchor + 16, nxt)) if _date_line(compact(nb[x].text))), None)
    if dated is None:
        return []
    s = dated + 1
    while s < nxt and (rx.PUBLICITY_NOTE.match(compact(nb[s].text)) or SIGNATURE_LINE.match(compact(nb[s].text))):
        s += 1
    lines = [compact(nb[x].text) for x in range(s, nxt)]
    # (第一章 总则 / 第一条 right under the date: the text's articles, however short the excerpt, 天津 h111)
    articles = len(lines) >= 2 and rx.FIRST_ARTICLE.match(lines[0]) is not None
    if not articles and sum(map(len, lines)) < MIN_UNTITLED_TEXT_CHARS:
        return []
    if not articles and len(lines) < MIN_UNTITLED_TEXT_LINES and not _prose_opening(lines):
        return []
    if rx.ATTACHMENT.match(lines[0]):
        return []
    if lines[0].startswith(("抄送", "主题词", "主题词：")) or PRINTED_LINE.match(lines[0]):
        return []  # the notice's foot (抄送：… / …印发), its attachments after it
    if transmit.GENERIC_ISSUED_NAME.match(title) and _heading_of_type(lines[0], title):
        # 现将具体意见印发给你们 / 某局 / 2017年5月3日 / 甲市住房政策的实施意见 / 一、…: the notice names the text by its
        # type alone, the line under the date is its printed title
        return [Span(title=lines[0], start=s, title_end=s, anchor=s, anchor_kind=AnchorKind.TRANSMITTED, end=nxt - 1)]
    return [Span(title=title, start=s, title_end=s - 1, anchor=s - 1, anchor_kind=AnchorKind.TRANSMITTED, end=nxt - 1)]


def _heading_of_type(line: str, name: str) -> bool:
    """Whether ``line`` is a text's title line (short, no sentence stop) ending with the document type that ends
    ``name`` (具体意见 → …的实施意见)."""
    m = rx.TITLE_END.search(line)
    return (
        m is not None
        and len(line) <= MAX_TYPE_HEADING_CHARS
        and not FULL_STOP.search(line)
        and (name.endswith(m.group(0)) or m.group(0).endswith(name[-2:]))
    )


MAX_TYPE_HEADING_CHARS = 60  # characters of a text's printed title line


def _articles_under_title(nb: list[Line], sp: Span, title: str, nxt: int) -> list[Span]:
    """关于印发X的通知 over 第一章 总则 / 第一条 with no notice text between (a page that prints the notice's
    title over the text it issues, 城关镇 h68): the articles are X's, titled as the notice names it."""
    start = sp.title_end + 1
    if sp.anchor_kind != AnchorKind.ARTICLES or not start < nxt or not rx.FIRST_ARTICLE.match(compact(nb[start].text)):
        return []
    return [
        Span(
            title=title,
            start=start,
            title_end=start - 1,
            anchor=start - 1,
            anchor_kind=AnchorKind.TRANSMITTED,
            end=nxt - 1,
        )
    ]


MAX_SENTENCE_TO_ARTICLES = 2  # lines of a notice's text between its title and the articles of the text it issues


def _articles_under_sentence(nb: list[Line], sp: Span, title: str, nxt: int) -> list[Span]:
    """关于印发《X》通知 / …我们制定了《甲市X》，现印发给你们… / 第一条 … — a notice of one sentence, the articles of the
    text it issues right under it, no signature between (h47 江门): they are that text's, titled as the sentence
    names it (else as the title does)."""
    lo = sp.anchor + 1
    for k in range(lo + 1, min(lo + 1 + MAX_SENTENCE_TO_ARTICLES, nxt)):
        if not rx.FIRST_ARTICLE.match(compact(nb[k].text)):
            continue
        if not any(rx.TRANSMIT_BODY.search(compact(nb[x].text)) for x in range(lo, k)):
            return []
        said = [clean_title(t) for t in transmit.sentence_texts(sp.title, [nb[x].text for x in range(lo, k)])]
        name = said[0] if len(said) == 1 else title
        return [
            Span(title=name, start=k, title_end=k - 1, anchor=k - 1, anchor_kind=AnchorKind.TRANSMITTED, end=nxt - 1)
        ]
    return []


def _with_texts(spans: list[Span], texts: list[Span], parent_of: dict[int, Span]) -> list[Span]:
    """``spans`` and the new ``texts`` in the order they are printed; a text with a parent (by id) is
    marked as transmitted by it, and the indexes of parents and children set."""
    out = sorted({id(x): x for x in [*spans, *texts]}.values(), key=lambda x: (x.first_line, x.title_end))
    index = {id(x): i for i, x in enumerate(out)}
    for x in out:
        x.children = []
        x.transmitted_by = None
    for x in out:
        parent = parent_of.get(id(x))
        if parent is not None:
            x.transmitted_by = index[id(parent)]
            # a forwarded text under its own doc number (转发 another body's numbered notice) keeps it
            if not (x.anchor_kind == AnchorKind.DOCNUM and transmit.forwards(parent.title)):
                x.anchor_kind = AnchorKind.TRANSMITTED
            parent.children.append(index[id(x)])
    return out


def _split_attachments(nb: list[Line], spans: list[Span], toc: set[int]) -> list[Span]:
    """The spans with the attachments each prints in full that are documents (see
    :mod:`policykg.loaders.attachments`): an approval's approved text is transmitted by it, a signed
    report is a document of its own, and a rule or a plan printed as an attachment is transmitted by the
    notice that issues the text printing it (the annex of an issued text, h135 白银), else by that text."""
    parent_of = {id(x): spans[x.transmitted_by] for x in spans if x.transmitted_by is not None}
    texts: list[Span] = []
    adopted = False
    listed = attachment_list_lines(nb)
    for k, sp in enumerate(spans):
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if nxt is not None and id(nxt) not in parent_of and _approved_below(nb, sp, nxt):
            parent_of[id(nxt)] = sp  # the approved text, found by the segmenter already (…制度 reads as a title)
            adopted = True
            continue
        hi = spans[k + 1].first_line if k + 1 < len(spans) else len(nb)
        for p in printed_attachments(nb, sp.title, sp.anchor + 1, hi, looks_like_title=looks_like_title, toc=toc):
            if p.start in listed:  # (an item of the notice's list of attachments names one, prints none)
                continue
            child = Span(
                title=_joined_title(nb, p.start, p.end),
                start=p.start,
                title_end=p.end,
                anchor=p.end,
                anchor_kind=AnchorKind.TRANSMITTED if p.approved else AnchorKind.ATTACHMENT,
            )
            texts.append(child)
            if p.approved:
                parent_of[id(child)] = sp
            elif p.issued:
                child.anchor_kind = AnchorKind.TRANSMITTED
                parent_of[id(child)] = parent_of.get(id(sp), sp)
    return _with_texts(spans, texts, parent_of) if texts or adopted else spans


def _approved_below(nb: list[Line], sp: Span, nxt: Span) -> bool:
    """Whether ``nxt`` is the text the approval ``sp`` approves, printed under a 附件 mark right above it."""
    above = nxt.first_line - 1
    return (
        above > sp.anchor
        and rx.ATTACHMENT_ALONE.match(compact(nb[above].text)) is not None
        and approves(sp.title, nxt.title)
    )


def _title_keys(title: str, wanted: set[str] = frozenset()) -> set[str]:
    """A text's title key, and the key without the issuer it prints before 关于 (a forwarding notice
    names 工业和信息化部办公厅关于X的通知 as 《关于X的通知》) or before the name a notice ``wanted`` it by
    (安徽省地方税务局〈X〉实施办法, issued as 〈X〉实施办法)."""
    key = loose_title_key(title)
    keys = {key, key[transmit.issuer_before(key) :]}
    keys.update(key[transmit.body_before(key, w) :] for w in wanted if key.endswith(w))
    return {transmit.unadorned(k) for k in keys}  # (a year before it, a qualifier after it: h68 东湖, h151 赣州)


# 印 / 发给你们 / 印发给你们 / 已经市政府同意 — the notice's sentence going on under the line that quotes 《X》
SENTENCE_GOES_ON = re.compile(r"^(?:印发?|发给|现印发|现予|予以|已经|已报经)")


def _printed_title(nb: list[Line], title: str, lo: int, hi: int, toc: set[int]) -> tuple[int, int] | None:
    """The first lines [s, e] within [lo, hi) that print ``title`` as a text's heading: not the 《X》 of the notice's
    sentence broken over lines (现将 / 《X》 / 印 / 发给你们, h135 北京), nor a title the 附件 line only names."""
    while lo < hi:
        hit = transmit.find_title_lines(nb, title, lo, hi, toc, max_lines=MAX_TITLE_LINES)
        if hit is None:
            return None
        s, e = hit
        if not _quoted_in_sentence(nb, s, e) and not _only_listed(nb, s, e, hi):
            return hit
        lo = e + 1
    return None


def _only_listed(nb: list[Line], s: int, e: int, hi: int) -> bool:
    """附件：X / X, then the next document: the title under the 附件 line that names it, with no text of its own (a
    table the extractor lost, h135 北京) — the attachment is named, not printed."""
    return e + 1 >= hi and s > 0 and rx.ATTACHMENT.match(compact(nb[s - 1].text)) is not None


def _quoted_in_sentence(nb: list[Line], s: int, e: int) -> bool:
    """Lines [s, e] are a 《X》 inside a sentence: the line above ends with 现将, or the line below goes on with the
    verb (印发给你们, 已经…同意)."""
    if not (nb[s].text.lstrip().startswith("《") and nb[e].text.rstrip().endswith("》")):
        return False
    above = compact(nb[s - 1].text) if s > 0 else ""
    below = compact(nb[e + 1].text) if e + 1 < len(nb) else ""
    return above.endswith("现将") or SENTENCE_GOES_ON.match(below) is not None


def _transmitted_spans(nb: list[Line], spans: list[Span], k: int, wanted: list[str], toc: set[int]) -> list[Span]:
    """The texts ``wanted`` that spans[k] transmits, in order: a span found below it already (a law-like
    text with articles right below the notice, found from its 第一条) is adopted; else its title is looked
    for below the notice, up to the first later span that is none of them."""
    keys = {loose_title_key(w) for w in wanted}
    later: dict[str, Span] = {}
    for x in range(k + 1, min(k + 1 + len(wanted), len(spans))):
        for key in _title_keys(spans[x].title, keys):
            later.setdefault(key, spans[x])
    # (a span printing the title without the brackets the notice names it with, 中国(某地) / 中国某地: h251 綦江)
    bare = {bracketless_key(key): x for key, x in reversed(list(later.items()))}
    plain = {transmit.unadorned(key) for key in keys}
    hi = next((x.start for x in spans[k + 1 :] if not plain & _title_keys(x.title, keys)), len(nb))
    cursor, found = spans[k].anchor + 1, []
    for w in wanted:
        # (a span printing the title without the qualifier or the year the notice names it with, （2021—2025年）: h151 赣州)
        key = loose_title_key(w)
        # (or without its issuers, which the notice and the text list otherwise: 《A、B关于X的意见》 over A B关于X的意见, h123 福建)
        adopted = (
            later.get(key)
            or later.get(transmit.unadorned(key))
            or later.get(key[transmit.issuer_before(key) :])
            or bare.get(bracketless_key(key))
        )
        if (
            adopted is None
        ):  # (or a word apart from the name: 《X筹资筹劳暂行办法》 over X筹资筹劳管理暂行办法, a 2002 吉林 text)
            adopted = _nearly_named_span(spans[k + 1 : k + 1 + len(wanted)], key, plain, keys, cursor)
        if adopted is not None and all(adopted is not f for f in found):
            found.append(adopted)
            cursor = max(cursor, adopted.title_end + 1)
            continue
        hit = _printed_title(nb, w, cursor, hi, toc)
        if hit is None:
            continue
        s, e = hit
        child = Span(title=_joined_title(nb, s, e), start=s, title_end=e, anchor=e, anchor_kind=AnchorKind.TRANSMITTED)
        if loose_title_key(child.title) != loose_title_key(w):
            child.title = w if len(w) >= len(child.title) else child.title
        found.append(child)
        cursor = e + 1
    if not found and k + 1 < len(spans) and names_nearly(spans[k + 1].title, keys):
        found.append(spans[k + 1])  # the text right below, printed under a name a word longer or shorter (h77 石泉)
    elif not found and k + 1 < len(spans) and (whole := _first_character_lost(spans[k + 1].title, keys)):
        spans[k + 1].title = whole[0] + spans[k + 1].title  # (its title's first character lost, h283 大连)
        found.append(spans[k + 1])
    elif not found:
        found = _nearly_named_below_date(nb, spans[k], keys, hi)
    return found


def _nearly_named_span(window: list[Span], key: str, plain: set[str], keys: set[str], cursor: int) -> Span | None:
    """Of the spans right below a notice, the first under ``cursor`` whose title is the name ``key`` with a word put in
    or left out (:func:`names_nearly`) and names no other text the notice issues as it is."""
    return next(
        (
            x
            for x in window
            if x.start >= cursor and not plain & _title_keys(x.title, keys) and names_nearly(x.title, {key})
        ),
        None,
    )


def _nearly_named_below_date(nb: list[Line], sp: Span, keys: set[str], hi: int) -> list[Span]:
    """The title printed first under the notice's date, over up to MAX_TITLE_LINES lines, when it is a name in
    ``keys`` with a word put in or left out (《实施某某纲要2014年重点工作任务安排》 over 实施某某纲要2014 / 重点工作任务安排,
    h125 肇庆)."""
    dated = next((x for x in range(sp.anchor + 1, min(sp.anchor + 16, hi)) if _date_line(compact(nb[x].text))), None)
    if dated is None:
        return []
    s = dated + 1
    while s < hi and rx.PUBLICITY_NOTE.match(compact(nb[s].text)):
        s += 1
    plain = {transmit.unadorned(key) for key in keys}
    for e in range(s, min(s + MAX_TITLE_LINES, hi)):
        if rx.SENTENCE_END.search(nb[e].text) or rx.ATTACHMENT.match(compact(nb[s].text)):
            return []  # (not 附：《X》, the notice's attachment line)
        title = _joined_title(nb, s, e)
        if plain & _title_keys(title, keys):
            return []  # the name itself (X over 目录: the rules for a title printed as named, h55 益阳)
        whole = _first_character_lost(title, keys)
        if names_nearly(title, keys) or whole:
            whole = whole and whole[0] + title  # (the lost character put back before the title as printed)
            return [Span(title=whole or title, start=s, title_end=e, anchor=e, anchor_kind=AnchorKind.TRANSMITTED)]
    return []


MIN_CUT_NAME = 8  # characters a title that lost its first one keeps, to be taken for the name


def _first_character_lost(title: str, keys: set[str]) -> str | None:
    """The name in ``keys`` that ``title``, printed first under the notice's date, is without its first character,
    lost in a page's conversion (《大连市X方案》 over 连市X方案, h283 大连): the text's title; else None."""
    have = loose_title_key(title)
    if len(have) < MIN_CUT_NAME:
        return None
    return next((w for w in sorted(keys) if len(w) == len(have) + 1 and w[1:] == have), None)


MAX_WORD_APART = 3  # characters a text's printed title may add to or drop from the name its notice gives it
MIN_NEAR_NAME = 6  # and the characters the shorter of the two keeps


def names_nearly(title: str, keys: set[str]) -> bool:
    """Whether ``title`` (without the issuer it prints before the name) is a name in ``keys`` with a word of at
    most MAX_WORD_APART characters put in or left out anywhere: the notice issues 《行政执法公示制度(试行)》, the text
    below it prints 某县某局行政执法信息公示制度(试行) (h77 石泉)."""
    for have in _title_keys(title, keys):
        for want in map(transmit.unadorned, keys):
            short, long_ = sorted((have[transmit.body_before(have, want) :], want), key=len)
            if len(short) >= MIN_NEAR_NAME and 0 < len(long_) - len(short) <= MAX_WORD_APART and _within(short, long_):
                return True
    return False


def _within(short: str, long_: str) -> bool:
    """Whether ``short`` is ``long_`` with one run of characters taken out inside it (a word put in or left out
    once; not before or after the name, where 附 or 目录 / 解读 make another line or another text)."""
    head = next((i for i, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short))
    return 0 < head < len(short) and long_[head + len(long_) - len(short) :] == short[head:]


# ---------------------------------------------------------------- several short notices on one page
# …开放。 特此公告 宿松县人民政府 2022年1月25日 通告 — a text's last sentence, its closing formula, signature and date,
# and the next text's head, run on in one line (a reprint of several short notices, h144 宿松)
SIGNED_RUN_ON = re.compile(
    r"(?P<close>[。！!]|特此(?:公告|通告|通知)[。.]?)\s?(?!特此)(?P<signer>[\u4e00-\u9fff（）()]{4,40})"
    r"\s?(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:\s?(?P<head>[^\s。；;！？!?：:]{2,80}))?$"
)
# 202*年*月10日 — a date line whose digits a copy masked (h144 抚顺)
MASKED_DATE_LINE = re.compile(r"^[\d*＊]{4}年[\d*＊]{1,2}月[\d*＊]{1,2}日$")
RUN_ON_TEXT = re.compile(r"[。；;，,]")  # a text's first line: a sentence, cut or not
MAX_RUN_ON_HEAD_LINES = 3  # 本溪市…办公室 / 关于森林防火紧要期内 / 严禁野外用火的通告


def cut_signed_run_on(nb: list[Line]) -> list[Line]:
    """``nb`` with every line that runs a text's signature and date on into the next text's head cut into
    pieces of the same line number: the text, 特此公告, the signer, the date, the head (h144 宿松)."""
    out: list[Line] = []
    for l in nb:
        m = SIGNED_RUN_ON.search(l.text) if "日" in l.text[-60:] or "告" in l.text[-10:] else None
        head = m.group("head") if m else None
        if (
            m is None
            or (head is not None and not (BARE_HEAD.match(head) or looks_like_title(head)))
            or (head is None and not _signer_line(m.group("signer")))
        ):
            out.append(l)
            continue
        body, close = l.text[: m.start("close")].rstrip(), m.group("close")
        if close.startswith("特此"):
            parts = [body, close]
        else:
            parts = [body + close]
        parts += [m.group("signer"), m.group("date")] + ([head] if head else [])
        out.extend(Line(l.no, p, l.heading) for p in parts if p)
    return out


def _signed_off_head(nb: Sequence[Line], i: int) -> int | None:
    """The first line of a text's head right above line ``i`` (its first sentence) when a signer and a date
    stand right above that head: the next of several notices printed one after another (a bare 通告, or
    本溪市…办公室 / 关于… / …的通告, h144 宿松, 抚顺/本溪), else None."""
    c = compact(nb[i].text)
    opens = _opens_basis_clause(c)
    if len(c) < 10 or not (RUN_ON_TEXT.search(c) or opens) or (looks_like_title(c) and not opens):
        return None
    if _opens_basis_clause(compact(nb[i - 1].text)):
        return None  # (the text begins a line higher: its head ends above that line)
    for k in range(i - 1, max(i - 1 - MAX_RUN_ON_HEAD_LINES, 1), -1):
        if rx.SECTION_HEADING.match(compact(nb[k].text)):
            return None  # 第二部分 省级政策 over the head: a compilation's part, the text's title starts under it
        head = "".join(compact(nb[x].text) for x in range(k, i))
        date = compact(nb[k - 1].text)
        if not (rx.DATE_LINE.match(date) or MASKED_DATE_LINE.match(date)):
            if rx.SENTENCE_END.search(compact(nb[k].text)):
                return None
            continue
        signer = compact(nb[k - 2].text) if k >= 2 else ""
        signed = 4 <= len(signer) <= 40 and not RUN_ON_TEXT.search(signer) and not looks_like_title(signer)
        if signed and (BARE_HEAD.match(head) or (looks_like_title(head) and _starts_title(head))):
            return k
        return None
    return None


BASIS_CLAUSE_START = re.compile(r"^(?:依据|依照|根据|按照)《")  # 依照《中华人民共和国行政许可法》等有关法


def _opens_basis_clause(c: str) -> bool:
    """A text's first line opening on the act it rests on (依照《X法》等有关法 / 依据《X法》 《Y条例》), cut at a
    column's width before any punctuation (a PDF's wrapped lines): the text's first sentence, never a line of the
    title above it (a title's line runs on from 关于, it does not open on 依照《…》)."""
    return BASIS_CLAUSE_START.match(c) is not None


def _contents_entry_keys(nb: list[Line], toc: set[int]) -> set[str]:
    """The titles a publication's 目录 lists, keyed (``title ……（12）`` / ``3. title..... 12``, an entry wrapped
    over two lines joined; section labels and the 目录 heading are no entries)."""
    keys: set[str] = set()
    head = ""  # the first line of an entry wrapped over two lines (no page number on it)
    for i in sorted(toc):
        t = nb[i].text.strip()
        cut = max(0, len(t) - rx.TOC_TAIL)
        paged = rx.TOC_ENTRY.search(t, cut) is not None
        m = rx.TOC_PAGE_REF.search(t, cut) if paged else None
        body = strip_enumeration(compact(t[: m.start()] if m else t).rstrip(".…·－-"))
        if not paged and (glued := glued_page_entry(t)) is not None:
            body, paged = glued, True
        # (a section label carries no page number: 巴宜区交通管制公告 ……（7） is a short announcement's entry, h66)
        if rx.SECTION_HEADING.match(body) or (SECTION_LABEL.match(body) and not paged) or rx.TOC_HEADING.match(body):
            head = ""
            continue
        whole = head + body if head and (i - 1) in toc and len(head) < MAX_TITLE_LEN else body
        if paged or looks_like_title(body):
            keys.add(title_key(clean_title(whole if paged else body)))
        head = "" if paged else whole
    return {k for k in keys if len(k) >= MIN_ENTRY_KEY}


MIN_ENTRY_KEY = 6  # characters of the shortest title a contents entry is matched by
MAX_ENTRY_TITLE_LINES = 4  # lines a title listed in the 目录 may take in the body


def _listed_title_at(nb: list[Line], i: int, keys: set[str]) -> int | None:
    """The last line of a title a 目录 lists, printed from line ``i`` on (over a few lines, none a sentence)."""
    joined = ""
    for e in range(i, min(i + MAX_ENTRY_TITLE_LINES, len(nb))):
        c = compact(nb[e].text) if e > i else strip_enumeration(compact(nb[e].text))  # (2. 关于…: a numbered entry)
        if FULL_STOP.search(c) or len(c) > MAX_TITLE_LEN:
            return None
        joined += c
        if title_key(clean_title(joined)) in keys:
            return e
    return None


def _title_again(spans: list[Span], i: int, title: str) -> bool:
    """The title at ``i`` is printed again by the nearest document above or below (a decree's sentence, signer
    and date between the rule's title and the same title over its articles; a page's heading over its metadata
    table, then the title over the text)."""
    above = [s for s in spans if s.start < i]
    below = [s for s in spans if s.start > i]
    key = about_key(title)
    return bool(
        (above and about_key(above[-1].title) == key)
        or (below and below[0].start - i <= MAX_TABLE_LINES and about_key(below[0].title) == key)
    )


# 一、中央政策规定 — a part of a compilation, numbered as its 目录 lists it (no title of a text starts so)
PART_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}、")


def _stands_on(s: Span, i: int, e: int, title: str) -> bool:
    """Span ``s`` stands on the listed title printed at lines ``i``-``e``: its header takes one of those lines, or
    it is a few lines off and holds the same title (the title printed twice), or the title is the first line of a
    longer one it holds (a listed title that is the head of the body's; no ``title``: a part's heading).  A span that starts a few lines below
    under another title is the next text (a text of a line or two, a compilation printing texts back to back)."""
    near = MAX_ENTRY_TITLE_LINES
    if s.first_line <= e and i <= max(s.anchor, s.title_end):
        return True
    if not (s.first_line <= e + near and i <= max(s.anchor, s.title_end) + near):
        return False
    key, other = title_key(title), title_key(s.title)
    return not key or not other or key in other or other in key


def with_contents_titles(nb: list[Line], spans: list[Span], toc: set[int]) -> list[Span]:
    """``spans`` with a span for every title the publication's 目录 lists that no span stands on yet (a gazette
    or compilation prints its texts back to back: a plan or rule with no number or addressee under its title,
    right after the last text's signature and date or a section label 【部门文件】, starts a document)."""
    keys = _contents_entry_keys(nb, toc) if toc else set()
    if not keys:
        return spans
    added: list[Span] = []
    i = 0
    while i < len(nb):
        e = None if i in toc else _listed_title_at(nb, i, keys)
        near = MAX_ENTRY_TITLE_LINES  # (the title printed twice: one copy is found already)
        title = strip_enumeration(_joined_title(nb, i, e)) if e is not None else ""
        part = e is not None and PART_NUMBER.match(compact(nb[i].text)) is not None
        taken = e is not None and any(_stands_on(s, i, e, "" if part else title) for s in spans)
        if e is None or taken or _title_again(spans, i, title):
            i += 1
            continue
        sp = Span(title, i, e, e, AnchorKind.PURPOSE)
        sp.raw_title = " ".join(nb[x].text for x in range(i, e + 1))
        added.append(sp)
        i = e + 1 + near
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def with_run_on_notices(nb: list[Line], spans: list[Span]) -> list[Span]:
    """``spans`` with a span for every signed-off head (see _signed_off_head) no span stands on yet."""
    added = []
    for i in range(2, len(nb)):
        k = _signed_off_head(nb, i)
        if k is None or any(s.first_line <= k <= max(s.anchor, s.title_end) for s in spans):
            continue
        if _issued_by_text_above(nb, spans, k, i):
            continue
        sp = Span(_joined_title(nb, k, i - 1), k, i - 1, i - 1, AnchorKind.PURPOSE)
        sp.raw_title = " ".join(nb[x].text for x in range(k, i))
        added.append(sp)
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _issued_by_text_above(nb: list[Line], spans: list[Span], k: int, i: int) -> bool:
    """The head at ``k`` is that of a text the signed text above issues, not of a notice of its own: the text
    above is a decree or a transmitting notice (令 / 印发 / 转发 / 发布… in its title), or names the head."""
    above = next((s for s in reversed(spans) if s.first_line < k), None)
    if above is not None and (
        above.anchor_kind == AnchorKind.ORDER or any(v in above.title for v in (*ISSUING_VERBS, "令"))
    ):
        return True
    head = NAME_MARKS.sub("", strip_enumeration("".join(compact(nb[x].text) for x in range(k, i))))
    lo = above.first_line if above is not None else 0
    return decree_above(nb, k) is not None or head in NAME_MARKS.sub("", "".join(nb[x].text for x in range(lo, k)))


NAME_MARKS = re.compile(r"[\s、，,《》〈〉“”\"]")  # what a text's name for a title may add or drop
