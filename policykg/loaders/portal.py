r"""The metadata table of a government portal page (标题：… 发文字号：… 成文日期：…).

Scraped policy pages often open with such a table; some carry the text itself only as an image, so
the table is all there is.  Its fields fill what the text leaves open, or make the document alone.

>>> m = read_portal_fields("标　　题：国务院办公厅关于X的通知\n发文字号：国办发〔2024〕25号\n成文日期：2024年05月20日")
>>> (m.title, m.number, m.date, m.title_line)
('国务院办公厅关于X的通知', '国办发〔2024〕25号', '2024-05-20', 1)
>>> m = read_portal_fields("成文日期：\n2018年12月07日\n标　　题：\n国务院办公厅关于X的意见\n发布日期：\n2018年12月27日")
>>> (m.title, m.date, m.title_line)
('国务院办公厅关于X的意见', '2018-12-07', 4)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from policykg.loaders import regexes as rx
from policykg.loaders.clean import clean_line, title_text
from policykg.loaders.metadata import parse_date, parse_doc_number

# "标　　题：…" — a field label, its spaces folded, and its value up to the next label on the line (an empty
# value too: 著录日期: 发文字号: 主  题  词: …, h126 南华 — the spaces after a colon are no part of the value);
# no label opens with 号: 文 号:甲防指〔2021〕2 号 发布日期:… — a number's 号 after a space stays in its value
FIELD = re.compile(
    r"(?P<label>(?:[\u4e00-\u9fff][\s\u3000]*){2,5}?)\s*[:：]\s*?(?P<value>.*?)"
    r"(?=\s+(?!号)(?:[\u4e00-\u9fff][\s\u3000]*){2,5}?[:：]|$)"
)
# (a law database's record: 发文标题 / 发文文号 / 发文部门 / 发文时间)
TITLE_LABELS = ("标题", "名称", "文件名称", "发文标题", "文件标题", "法规标题", "信息名称")
# (编号, last: • 编  号:青政字[2019]3号 in a portal's bulleted list, h165 青岛 — read only when its value is a doc number,
# as a form's or a case's serial may fill the field)
# (文件字号: 胶政办发【2021】10号 in a bulleted list, h282 胶州)
NUMBER_LABELS = (
    "发文字号",
    "文号",
    "发文编号",
    "发文文号",
    "发布文号",
    "发文号",
    "文件编号",
    "文件字号",
    "发文序号",
    "编号",
)
# labels whose value is the text's number only when it reads as one
NUMBER_IF_PARSED = frozenset({"编号"})
# 发布单位 (a crawl's front matter: 发布单位: 上海市虹口区应急管理局) and 发布机关 (h126 南华) name the issuer; 发布机构 a site
ISSUER_LABELS = (
    "发文机关",
    "发布机关",
    "制定机关",
    "发文机构",
    "发文部门",
    "颁布单位",
    "发布机构",
    "发文单位",
    "发布单位",
    "发布部门",
    "公开责任部门",  # last: the body answering for the page's disclosure — a text's issuer where nothing else names one
)
# 成文日期 (or 发文时间, 发文日期) first; a 发布日期 only where the table has none (a crawl's front matter):
# the text's own date, when it prints one, wins in any case (apply_portal fills only what the text leaves open)
# 生成日期: 2023-12-21 — a portal's record of the text's date, read only when the table's posting day (公开日期 /
# 发布日期) is another day: the same day (or a clock time) is the page's creation (h105 海淀, h198 绩溪, h46 阜阳)
DATE_LABELS = ("成文日期", "发文日期", "发文时间", "颁布时间", "颁布日期", "生成日期", "发布日期")
POSTED_LABELS = ("公开日期", "发布日期", "公开日")
# 发文日期: 2024年04月06日 16:40 — a date with its clock time is when the page was posted, not the text's
# (成文日期 is the text's in any case)
TIMED_DATE_LABELS = ("发文日期", "发文时间", "发布日期", "生成日期")
CLOCK = re.compile(r"\d{1,2}:\d\d")
# 成文日期: | 2022-06-23 00:00 | — a date field's value with a midnight clock after it: a day stored without its
# hour (read as the date alone; another hour is a posting time, its field left unread as before)
MIDNIGHT_TAIL = re.compile(r"[\s\u3000]{1,3}00:00(?::00)?$")


# "文  号  西政办〔2020〕91号  公开日期  2020-10-30" — a table printed as rows of labels and values without
# colons (a label's characters maybe spaced out): the labels read with a colon put after each
# (公开方式 / 责任部门 / 生成日期 / 公开日: a row's other labels, read so that no value runs on over them — 公开方式
# 主动公开 发布机构 盐池县水务局 责任部门 …, h57 盐池; 发布机构 高昌区政府办公室 公开日 2023-07-04, h86 高昌;
# 发布机构 洪山区人民政府办公室 有 效 性 有效, h105 洪山; 文        号 邹文旅字〔2022〕1号 废止日期, a label spaced out
# to the width of four characters, h86 邹城; 产生日期 2023-06-03 文  号 某政发〔2023〕8号, a portal's creation day before
# the number, h288 鞍山)
ROW_LABELS = frozenset(
    {*TITLE_LABELS, *NUMBER_LABELS, *ISSUER_LABELS, *DATE_LABELS, "索引号", "索取号", "公开日期", "主题分类"}
    | {"公开方式", "责任部门", "生成日期", "产生日期", "公开日", "有效性"}
)
ROW_LABEL = re.compile(
    r"(?:^|(?<=\s))("
    + "|".join(r"\s{0,10}".join(label) for label in sorted(ROW_LABELS, key=len, reverse=True))
    + r")(?=\s)"
)
# 【发布文号】 / 【颁布单位】 — a law site's field label in brackets, its value after it (a portal's
# [ 发文字号 ] 曲水府发〔2023〕21号 too, h49)
BRACKET_LABEL = re.compile(r"【([\u4e00-\u9fff]{2,5})】|\[\s*([\u4e00-\u9fff]{2,5})\s*\]")
# 名  称: 【已失效】X关于…的通知 — a site's note of the text's status before the value, no label (h156 惠州)
STATUS_TAGS = frozenset({"有效", "现行有效", "失效", "已失效", "部分失效", "废止", "已废止", "已修改", "已修订"})
# the labels of a portal's metadata table (not a body's 主题词: / 抄送: lines)
TABLE_LABELS = frozenset(
    (*TITLE_LABELS, *NUMBER_LABELS, *ISSUER_LABELS, *DATE_LABELS)
    + (
        "索引号",
        "信息索引号",
        "统一编号",
        "有效性",
        "公开方式",
        "公开范围",
        "主题分类",
        "组配分类",
        "文件编号",
        "时效性",
    )
)
# | 文号 | 宜政发〔2023〕215号 | — a Markdown table's row of label and value: the bar between them (h49 宜兴)
MARKDOWN_CELLS = re.compile(r"\s*\|\s*")
# 发文字号中国证券监督管理委员会令第177号 — a number label glued to an order's number, no separator between (a
# law site's record, h111 证监会; rx.GLUED_FIELD reads the 〔〕 form)
GLUED_ORDER_NUMBER = re.compile(r"^(?P<label>发文字号|文号)(?P<value>[\u4e00-\u9fff]{2,30}令第\d{1,5}号)$")
# "• 发文字号:" — a list's bullet before a label (a portal printing its metadata as a list)
BULLET = re.compile(r"^[•·▪◦●\-*]\s*")
# 标??题 / 有 效 性: — a label cell of a pipe table: its characters maybe spaced out (a full-width space lost
# to "?" by a reprint's encoding), a colon maybe after it
CELL_LABEL = re.compile(r"((?:[\u4e00-\u9fff][\s\u3000?？]{0,6}){1,7}[\u4e00-\u9fff])\s{0,3}[:：]?")
CELL_LABEL_SPACE = re.compile(r"[\s\u3000?？]")


# 文      号 洪政办〔2025〕1号 信息分类: 综合政务 — a row opening with a label printed without its colon, a later
# label on the line with one (h105 洪山)
_ROW_HEAD_VALUE = re.compile(r"\s+(?=[^\s:：])")


def _colonless_row_head(raw: str) -> str:
    """``文 号 X 信息分类: Y`` → ``文号：X 信息分类: Y``: the row's first label given the colon its later ones have,
    when a value (no colon of its own) follows it (see :data:`_ROW_HEAD_VALUE`)."""
    m = ROW_LABEL.match(raw)
    if m is None or not _ROW_HEAD_VALUE.match(raw, m.end()):
        return raw
    head = re.sub(r"\s", "", m.group(1))
    rest = raw[m.end() :].lstrip()
    return raw if rest[:1] in ":：" else head + "：" + rest


def _row_with_colons(raw: str) -> str:
    """A row of labels and values printed without colons given one after each label (文  号 X 公开日期 Y), or its
    first label given the colon its later ones have (see :func:`_colonless_row_head`)."""
    if "：" in raw or ":" in raw:
        return _colonless_row_head(raw.strip())
    if ROW_LABEL.match(raw.strip()):
        return ROW_LABEL.sub(lambda m: re.sub(r"\s", "", m.group(1)) + "：", raw.strip())
    return raw


def _cell_label(cell: str) -> str | None:
    """The label a pipe table's cell holds alone (``文 号``, ``标??题``, ``政策咨询机关:``), else None: a
    table's known label, or any short run of characters closed by a colon."""
    m = CELL_LABEL.fullmatch(cell.strip("[]【】 "))  # ([ 成文日期 ] | 2024-12-06 |: a label in brackets, h68 垫江)
    if not m:
        return None
    label = CELL_LABEL_SPACE.sub("", m.group(1))
    return label if label in ROW_LABELS or label in TABLE_LABELS or cell[-1:] in ":：" else None


def _cell_fields(raw: str) -> list[tuple[str, str]]:
    """The fields of a pipe table's row: each label cell and the cell after it, when that is no label
    (an empty field).  ``文 号 | 江政办〔2022〕1号 | 发文日期 | 2022-01-30 16:20 |`` (h110 江汉),
    ``成文日期: | 发布日期: | 2020-04-09 08:44 | |`` (h110 谯城: 成文日期 empty), ``標??題 | X |`` (h114 铜陵)."""
    cells = [c.strip() for c in raw.strip().strip("|").split("|")]
    fields, i = [], 0
    while i < len(cells):
        label = _cell_label(cells[i])
        if label is None:
            i += 1
            continue
        value = cells[i + 1] if i + 1 < len(cells) and _cell_label(cells[i + 1]) is None else ""
        fields.append((label, value))
        i += 2 if value else 1
    return fields


# 发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号 / 发布日期2020年01月23日有效性有效 — a mirror's table row of
# two fields or more, each label glued to its value and to the value before it (no colon, no space: h167 武汉)
GLUED_ROW_LABEL = re.compile(
    "(" + "|".join(sorted(ROW_LABELS | TABLE_LABELS, key=len, reverse=True)) + r")(?=[^\s:：])"
)


def _unglued_row(raw: str) -> str:
    """``发文机构X发文字号Y`` → ``发文机构：X 发文字号：Y``: a row of glued fields given a colon after each label,
    when it opens with a label and holds two at least (else the line as it is)."""
    text = raw.strip()
    if "：" in text or ":" in text or " " in text or len(text) > 120:
        return raw
    labels = list(GLUED_ROW_LABEL.finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return raw
    return GLUED_ROW_LABEL.sub(lambda m: " " + m.group(1) + "：", text).strip()


def _glued_field(text: str) -> tuple[str, str] | None:
    """A label glued to its value, no separator between: ``发文机关国务院办公厅``, ``发文日期2021年3月5日``,
    ``发文字号中国证券监督管理委员会令第177号`` (h111 证监会)."""
    glued = rx.GLUED_FIELD.match(text)
    if glued and glued.lastgroup in ("value", "dvalue", "nvalue"):
        return glued.group("label") or glued.group("dlabel") or glued.group("nlabel"), glued.group(glued.lastgroup)
    glued = GLUED_ORDER_NUMBER.match(text) if "令第" in text else None
    return (glued.group("label"), glued.group("value")) if glued else None


def _value_below(raws: list[str], no: int) -> tuple[str, int]:
    """The value of a label printed alone on line ``no``: the next line with text (one blank line may
    stand between), unless that line is a label of its own (the field is empty)."""
    for below in range(no, min(no + 2, len(raws))):
        text = BULLET.sub("", raws[below].strip())
        if text:
            return ("", no) if FIELD.match(text) else (text, below + 1)
    return "", no


@dataclass(frozen=True)
class PortalFields:
    title: str | None = None
    title_line: int | None = None
    number: str | None = None
    issuer: str | None = None
    issuer_is_publisher: bool = False
    date: str | None = None
    first_line: int | None = None  # the table's first field line
    field_lines: tuple[int, ...] = ()  # the lines of all its fields, in order
    byline: str | None = None  # 来源:苏州市司法局 / 作者:云县应急局 — a page's byline naming its source
    byline_line: int | None = None

    def __bool__(self) -> bool:  # (a table of three fields or more is one without its title or number: 垫江 h68)
        return bool(self.title or self.number or len(self.field_lines) >= 3)


# 来源:苏州市司法局   发布日期:… / 来源: 作者:云县应急局  时间:… / 发布于:2022-03-14 来自:安徽省农业农村厅 — a
# page's byline: its source's name, the bodies (、 between) up to the next space or label (h82 苏州, h126 云县,
# h131 安徽, h95 合肥); a county's name of three characters alone too (来源:永泰县 over its 政府工作报告, h152 永泰)
# (文章发布日期: 2023-11-02来源:某区人民政府 — the label glued to the posting date before it, h188 花都)
BYLINE = re.compile(
    r"(?:^|(?<=\s)|(?<=\d))(?:来\s{0,3}源|信息来源|文章来源|作\s{0,3}者|来自)\s{0,3}[:：]\s{0,40}"
    r"(?P<value>[\u4e00-\u9fff]{2}[县旗区市](?![\u4e00-\u9fff（）()、，,])"
    r"|[\u4e00-\u9fff（）()]{4,30}(?:[、，,][\u4e00-\u9fff（）()]{4,30}){0,5})(?![\u4e00-\u9fff])"
)
# 信息来源:某省自然资源厅字号:[ ] / 来源:某市司法局发布时间:2022-01-05 — a byline whose value runs into the
# page's next label with no space between (h255 龙泉): the value ends where that label and its colon begin
BYLINE_GLUED_LABEL = re.compile(
    r"(?:^|(?<=\s)|(?<=\d))(?:来\s{0,3}源|信息来源|文章来源)\s{0,3}[:：]\s{0,40}"
    r"(?P<value>[\u4e00-\u9fff（）()]{4,30}?)"
    r"(?=(?:字号|发布日期|发布时间|浏览次数|访问次数|点击数|阅读次数|作者|编辑|责任编辑)\s{0,3}[:：])"
)
# 来源:某市人民政府- 某县人力资源和社会保障局 2023-04-27 — a byline naming the site (a city's portal), a dash, then the
# unit that posted the page on it (h248 徐闻): that unit is the byline's value
BYLINE_SITE_THEN_UNIT = re.compile(
    r"(?:^|(?<=\s))(?:来\s{0,3}源|信息来源|文章来源)\s{0,3}[:：]\s{0,40}[\u4e00-\u9fff]{4,30}\s{0,3}[-－—]{1,2}\s{0,3}"
    r"(?P<value>[\u4e00-\u9fff（）()]{4,30})(?![\u4e00-\u9fff])"
)
MAX_BYLINE_LINES = 100  # lines from a page's top to its byline (a portal's menus may come first: 广州 增城)
# 发布 — a repost's lead printing the publishing body's name on a line and 发布 alone under it, over the title
# (6月24日 / 某市人民政府办公室 / 发布 / 某市…若干措施, h184 咸宁): that name is the page's byline
PUBLISHED_MARK = re.compile(r"[ \t\u3000]{0,8}发布[ \t\u3000]{0,8}")


def _byline(raws: list[str]) -> tuple[str, int] | None:
    """The first byline among a page's lines, its value and line number."""
    for no, raw in enumerate(raws[:MAX_BYLINE_LINES], 1):
        if len(raw) <= 200 and ("源" in raw or "者" in raw or "来自" in raw):
            m = BYLINE_SITE_THEN_UNIT.search(raw) if "-" in raw or "－" in raw or "—" in raw else None
            m = m or BYLINE_GLUED_LABEL.search(raw) or BYLINE.search(raw)
            if m:
                return m.group("value"), no
        if no > 1 and "发布" in raw and PUBLISHED_MARK.fullmatch(raw) and NAME_ITEM.fullmatch(raws[no - 2].strip()):
            return raws[no - 2].strip(), no - 1
    return None


def _known_label(label: str) -> str:
    """The field's label, or the known label after its last space when a word before it ran on (``…沿革和最新版
    制定机关:X``, a Wikisource page's header row, h143 青岛: 版 is no part of 制定机关; 原标题 stays 原标题)."""
    folded = re.sub(r"[\s\u3000]", "", label)
    last = label.split()[-1] if label.split() else ""
    return last if folded not in TABLE_LABELS and last in TABLE_LABELS else folded


# 005299478/2022-00137 / 11500000009276281J/2024-00857 — a portal's 索引号 (its site code, the year, a serial)
INDEX_NUMBER = re.compile(r"[0-9A-Z]{6,20}/(?:19|20)\d\d-\d{3,8}")
# 新郑市卫生健康委员会 — a list item that is a name alone (no label, no digit, no punctuation)
NAME_ITEM = re.compile(r"[\u4e00-\u9fff（）()]{4,30}")
MAX_INDEX_LIST_LINE = 8  # lines from a page's top to its unlabelled list's index number


def _unlabelled_index_list(raws: list[str]) -> dict[str, tuple[str, int]]:
    """``• 005299478/2022-00137`` / ``• 新郑市卫生健康委员会`` / ``• 应急`` / ``• 2022-08-10`` over the title — a
    portal's metadata printed as bullets without their labels (h27 新郑): the index number first, the
    publishing body the item right under it (read as the table's 发布机构)."""
    items = [(no, BULLET.sub("", r.strip())) for no, r in enumerate(raws[:MAX_INDEX_LIST_LINE], 1) if r.strip()]
    for (no, text), (below, value) in zip(items, items[1:]):
        if not BULLET.match(raws[no - 1].strip()) or not INDEX_NUMBER.fullmatch(text):
            continue
        if BULLET.match(raws[below - 1].strip()) and NAME_ITEM.fullmatch(value):
            return {"索引号": (text, no), "发布机构": (value, below)}
        return {}
    return {}


# 名称: 【应急预案】某镇某镇防汛抗旱应急预案 — a portal's column tag before the title value: words ending in a kind
# of text (预案, 通知, 公告 …), the column the page is filed in (h209 葛公)
COLUMN_TAG = re.compile(r"^【[\u4e00-\u9fff]{0,6}(?:" + "|".join(rx.DOC_TYPES) + r")】(?=[\u4e00-\u9fff]{4})")
# 某镇某镇防汛抗旱应急预案 — the body's place printed twice at the head of a title value (the portal's place field
# glued before the title that names it again): a town, township, street, county, district or city
DOUBLED_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道|县|区|市))(?P=place)(?=[\u4e00-\u9fff]{4})")


def _without_status_tag(title: str) -> str:
    """``【已失效】X关于…的通知`` → ``X关于…的通知``: a title value without the site's status tag before it (h156);
    ``【应急预案】某镇某镇X预案`` → ``某镇X预案``: nor its column tag, nor the place the portal printed twice (h209).

    >>> _without_status_tag("【应急预案】甲镇甲镇防汛抗旱应急预案"), _without_status_tag("甲镇甲镇村规划")
    ('甲镇防汛抗旱应急预案', '甲镇甲镇村规划')
    """
    m = BRACKET_LABEL.match(title)
    if m and m.group(1) in STATUS_TAGS and m.end() < len(title):
        return title[m.end() :]
    tag = COLUMN_TAG.match(title)
    if tag is None:
        return title
    rest = title[tag.end() :]
    return DOUBLED_PLACE.sub(r"\g<place>", rest, count=1)


def _bracket_label(m: re.Match[str]) -> str:
    """``【发布文号】`` → `` 发布文号：``: a label in brackets read as one with a colon; a status tag (see
    :data:`STATUS_TAGS`) or a word inside a cited title's 《》 (发文标题：…印发《X[试行]》的通知) left as printed."""
    word = m.group(1) or m.group(2)
    before = m.string[: m.start()]
    if before.count("《") > before.count("》"):  # 《各市…方案[试行]》: a cited title's qualifier (h106 山东)
        return m.group(0)
    return m.group(0) if word in STATUS_TAGS else " " + word + "："


def read_portal_fields(text: str, *, max_lines: int = 40) -> PortalFields:
    """The fields of a metadata table among the first lines of ``text`` (empty when there is none)."""
    found: dict[str, tuple[str, int]] = {}
    present: set[str] = set()  # the labels printed, their values given or empty
    head = text.splitlines()[: max(MAX_BYLINE_LINES, max_lines + 1)]  # (split once: every file comes here)
    byline = _byline(head)
    raws = head[: max_lines + 1]
    for no, raw in enumerate(raws[:max_lines], 1):
        glued = _glued_field(raw.strip()) if "：" not in raw and ":" not in raw else None
        if glued:
            found.setdefault(glued[0], (glued[1], no))
            continue
        raw = _unglued_row(raw)
        cells = _cell_fields(raw) if raw.count("|") >= 2 else []
        for label, value in cells:  # 文 号 | 江政办〔2022〕1号 | 发文日期 | …: a pipe table's row of cells
            present.add(label)
            if value and label not in found and not (label in TIMED_DATE_LABELS and CLOCK.search(value)):
                found[label] = (value, no)
        if cells:
            continue
        if raw.lstrip().startswith("|") and raw.count("|") >= 3:  # | 文号 | 宜政发〔2023〕215号 |: a Markdown row
            raw = MARKDOWN_CELLS.sub("：", raw.strip().strip("|").strip(), count=1)
        if "【" in raw or "[" in raw:  # 【发布文号】商务部公告2023年第4号 / [ 发文字号 ] …: labels in brackets
            raw = BRACKET_LABEL.sub(_bracket_label, raw)
        alone = re.sub(r"[\s\u3000]", "", BULLET.sub("", raw.strip())) if len(raw) <= 20 else ""
        if alone in ROW_LABELS and alone not in found:  # 发布单位 alone, its value on the next line (h122 晋城)
            value, line = _value_below(raws, no)
            timed = alone in TIMED_DATE_LABELS and CLOCK.search(value)
            if alone == "有效性" and len(value) > 4 and value not in STATUS_TAGS:
                continue  # (有效性 left empty, the body title's issuer line under it: h164 呼和浩特)
            if value and not timed and not ROW_LABEL.match(value + " "):  # (not the next field's label)
                found[alone] = (value, line)
            continue
        raw = _row_with_colons(raw)
        if "：" not in raw and ":" not in raw:
            continue
        for m in FIELD.finditer(BULLET.sub("", raw.strip())):
            label = _known_label(m.group("label"))
            value, line = m.group("value").strip(), no
            if not value and m.start() == 0:
                value, line = _value_below(raws, no)  # "成文日期：" alone, its value on the next line
            if value and label not in found and not (label in TIMED_DATE_LABELS and CLOCK.search(value)):
                found[label] = (value, line)
    fields = _fields_of(found or _unlabelled_index_list(raws), present)  # (no label at all: h27 新郑)
    return replace(fields, byline=byline[0], byline_line=byline[1]) if byline else fields


# …第1号 / …〔7届〕第1号 — a number printed in the table's number field, however it reads (not a counter's label
# a row put there: 文号 | 浏览量 |, h84 龙陵)
NUMBERED = re.compile(r"\d\s{0,2}号$")


def _posted_another_day(found: dict[str, tuple[str, int]]) -> bool:
    """Whether the table's posting day (see :data:`POSTED_LABELS`) is given and is not its 生成日期's day."""
    made = parse_date(clean_line(found["生成日期"][0])[0])
    posted = {parse_date(clean_line(found[k][0])[0]) for k in POSTED_LABELS if k in found}
    return made is not None and bool(posted - {None}) and made not in posted


def _fields_of(found: dict[str, tuple[str, int]], present: set[str]) -> PortalFields:
    """A table's fields from its labels' values (and lines), ``present`` the labels printed with or without a value."""
    title = next((found[k] for k in TITLE_LABELS if k in found and found[k][0].strip("|｜ ")), None)
    number = next(
        (
            found[k][0]
            for k in NUMBER_LABELS
            if k in found and (k not in NUMBER_IF_PARSED or parse_doc_number(clean_line(found[k][0])[0]))
        ),
        None,
    )
    issuer_key = next((k for k in ISSUER_LABELS if k in found), None)
    # 成文日期: | 发布日期: | 2020-04-09 | — the table's 成文日期 empty: its 发布日期 is the posting day still (h110 谯城)
    posted_only = {"发布日期"} if "成文日期" in present else set()
    if "生成日期" in found and not _posted_another_day(found):
        posted_only.add("生成日期")
    n = parse_doc_number(clean_line(number)[0]) if number else None
    field_lines = tuple(sorted({line for k, (_, line) in found.items() if k in TABLE_LABELS}))
    if (
        not title and not n and not (number and NUMBERED.search(number)) and len(field_lines) >= 3
    ):  # a table naming no text (see PortalFields.__bool__): a
        posted_only.add("发布日期")  # 发布日期 is the page's day only (h104 渝北, h84 龙陵); a number printed, however
        # it reads (晋城市人民代表大会常务委员会公告〔7届〕第1号, h122 晋城), names the text the table records
    date = next((found[k][0] for k in DATE_LABELS if k in found and k not in posted_only), None)
    return PortalFields(
        title=_without_status_tag(title_text(title[0])) if title else None,
        title_line=title[1] if title else None,
        number=str(n) if n else None,
        issuer=found[issuer_key][0] if issuer_key else None,
        issuer_is_publisher=issuer_key == "发布机构",
        date=parse_date(clean_line(MIDNIGHT_TAIL.sub("", date.strip()))[0]) if date else None,
        first_line=min(
            (found[k][1] for k in (*TITLE_LABELS, *NUMBER_LABELS, *DATE_LABELS) if k in found), default=None
        ),
        field_lines=field_lines,
    )
