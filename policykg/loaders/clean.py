"""Normalise what PDF conversion and scraping break, line by line, keeping line numbers.

>>> [l.text for l in clean_lines("豫政办〔2024〕 46 号\\n2024 年 10 月 10 日\\n- 12 -")]
['豫政办〔2024〕46号', '2024年10月10日', '']
>>> clean_lines("### 一、总体要求")[0].heading
3
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from policykg.loaders import regexes as rx
from policykg.loaders.models import Line

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TRANSLATE = {**_INVISIBLE, **_FULLWIDTH}
# ２０２４ / ＡＢ / a zero-width space: a run of the characters _TRANSLATE rewrites (most texts have none)
_TO_TRANSLATE = re.compile("[" + "".join(map(chr, _TRANSLATE)) + "]+")
# １ / Ｂ / a soft hyphen: one character _TRANSLATE rewrites, as ranges — whether a text has any (a single
# class without the repeat is what the engine scans fastest: a third of the time of _TO_TRANSLATE)
_TRANSLATE_ANY = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u200b-\u200d\u2060\ufeff\u00ad]")
# <span style="…"> — an HTML tag left by a scraper, within one line (the characters str.splitlines
# breaks at cannot stand inside), so that the whole text is cleaned of tags in one pass
# (a tag's name starts with a letter, / or !: 《关于修改<某某规定>的决定》 holds a title, not a tag)
_HTML_TAG_IN_LINE = re.compile(r"<[A-Za-z/!?][^>\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]{0,199}>")
# 《公安部关于修改<机动车驾驶证申领和使用规定>的决定》 — a title inside a title in ASCII angle brackets
_ANGLED_TITLE = re.compile(r"<([\u4e00-\u9fff][^<>\n]{0,80})>")
# 二○○五年 / 二ＯＯ七年 / 二OO七年: letter O and white circles written for 〇 in Chinese-numeral dates
# (the lookalike first, so that the engine looks for it rather than trying every place)
_ZERO_LOOKALIKE = re.compile(
    r"[○ＯOО０](?:(?<=[一二三四五六七八九〇零○ＯOО０][○ＯOО０])(?=[一二三四五六七八九〇零○ＯOО０年])"
    r"|(?<=[一二][○ＯOО０])(?=[一二三四五六七八九〇零○ＯOО０]))"
)
# 二0一0年 / 二00七年: the digit 0 (full-width ０ is ASCII by now) for 〇 in a Chinese-numeral year — only
# a four-character year that starts with 一 or 二, so that 2000年 and 第10号 keep their zeros
_ZERO_DIGIT_YEAR = re.compile(r"[一二][0〇一二三四五六七八九]{3}(?=年)")
# "索引号：… 主题分类：…", "标题：…", "发文字号：…", "日期：2016-12-28 12:18", "浏览次数：2096" — the
# metadata table of a portal page.  Cleaned away here (it would read as a header); the loaders read
# its fields from the raw line (see policykg.loaders.portal).  A byline may open with the page's time
# ("2024-10-21 16:08 来源：…").  A crawler's "Original URL: http://…" line is one too.
PAGE_FIELD = re.compile(
    r"^\s*(?:(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*)?(?:索\s*引\s*号|主题分类|主\s*题\s*词|发布机构|发文机关|成文日期|发布日期|生成日期|日\s*期|来\s*源|"
    r"信息来源|浏览次数|点击数|访问量|发布单位|信息索引号|统一编号|有\s*效\s*性|文件登记号|作\s*者|编\s*辑|责任编辑|发布时间|更新时间|"
    r"所属机构|公开方式|公开范围|标\s*题|名\s*称|文\s*号|发文字号|发文编号|签\s*发\s*人|核心提示|内容提要|"
    r"原文链接|原文地址|Original URL|Source URL|"
    r"时\s*间(?=\s*[:：]\s*(?:19|20)\d\d[-./]\d))\s*[:：]"  # 时间:2021-07-16 来源: 点击量: (a byline, 濮阳 h68)
)
# "成文日期：" / "标　　题：" alone on a line — the table printed one cell per line (a crawl that breaks at
# every cell): its value stands on the next line and goes with it, since 发布日期 or the 标题 cell would
# read as a date or a title of the text.  "主 题 词：" is followed by keywords only sometimes.
PAGE_FIELD_ALONE = re.compile(PAGE_FIELD.pattern + r"\s*$")
# 索取号 / 载体类型 / 公开类别 / 主动公开 … each alone on a line: a portal's metadata table turned into
# text cell by cell, without colons (the values stand on their own lines; a doc number among them is
# read as one)
BARE_FIELD_LABELS = frozenset(
    "索取号 索引号 载体类型 发布机构 文件编号 记录形式 公开类别 公开方式 公开范围 关键词 内容描述 主题分类 "
    "成文日期 发布日期 生效日期 废止日期 有效性 信息来源 主动公开 依申请公开 文号 主题词 时效 附加码 "
    "公开形式 责任部门 生成日期 产生日期 是否有效 "
    # 机构分类 / 行业分类 / 公文类型 — a ministry portal's classification cells (交通运输部, h277)
    "机构分类 行业分类 公文类型 公开日期 "
    # 文章正文 / 正文 / 详细信息 / 公开具体内容 — the label over the text itself (宁波 江北, 南县, h47)
    "文章正文 正文 正文内容 详细信息 信息详情 公开具体内容 公开内容".split()
)
# "索引号 000014349/2020-3761045 成文日期 2020-10-15" / "文号 发布时间 2020-10-15" / "发布机构 文件有效性" — a
# portal's table turned into rows of label and value without colons (六盘水, h38): a row opens with a label
# and a space or a digit; "名称 X" / "标题 X" keeps X, the page's title
_ROW_LABELS = (
    (
        "文件有效性 有效性状态 索取号 索引号 载体类型 发布机构 发布单位 发布文号 文件编号 公开类别 公开方式 公开日期 主题分类 "
        "成文日期 发布日期 发布时间 生效日期 废止日期 专业属性 属性 备注 有效性 信息来源 发文字号 文号 名称 标题 "
        "分类 组配分类 "  # 分 类 政务公开 有 效 性 有效 (蔡甸, h47)
        "关键词 公开形式 责任部门 生成日期 是否有效 "  # 关键词 发布机构 民乐县政府办 / 公开形式 主动公开 责任部门 政府办 (民乐, h84)
        "发文机关 "  # 发文机关 某镇 关键词 — the issuer's row, its last field empty (台儿庄 马兰屯镇, h172)
        "词条 "  # 词条 安徽省教育厅关于…的通知 — an encyclopedia's entry label before the title it holds (h52)
        "产生日期"  # 产生日期 2023-06-03 文  号 某政发〔2023〕8号 — a portal's creation-date cell, a row of two fields (h288)
    ).split()
)
_BARE_FIELD_ROW = re.compile(  # a label's characters may be spaced out: 索 引 号 / 文  号
    r"^(?P<label>" + "|".join(r"\s?".join(label) for label in _ROW_LABELS) + r")(?:\s+|(?=\d))(?P<value>.*)$"
)
_FIELD_ROW_START = frozenset(label[0] for label in _ROW_LABELS)
# 公开目录重要文件公开形式主动公开 / 公开日期2020年07月30日成文日期2020年07月09日 — a row of two fields or more,
# each label glued to its value (no space, no colon)
_GLUED_LABELS = (
    "公开目录",
    "公开形式",
    "公开方式",
    "公开范围",
    "公开日期",
    "成文日期",
    "发布日期",
    "发布机构",
    "主题分类",
    "索引号",
)
_GLUED_FIELD_ROW = re.compile(
    r"^(?:" + "|".join(_GLUED_LABELS) + r")[^。；，,：:]{1,40}?(?:" + "|".join(_GLUED_LABELS) + r")[^。；，,：:]{0,40}$"
)
_GLUED_ROW_START = frozenset(label[0] for label in _GLUED_LABELS)
# [ 主题分类 ] 应急管理 [ 体裁分类 ] 预案 — the table's labels in brackets (曲水镇, h49): a row of fields
_BRACKETED_FIELD_ROW = re.compile(r"^[\[〔]\s*(?:" + "|".join(_ROW_LABELS) + r"|体裁分类|主题词|发文机关)\s*[\]〕】]")
# http://www.某.gov.cn/zwgk/601f495e.html发文字号 某政发〔2021〕1号 发布日期 … — a page's address glued before its
# table's row (a copy that ran the address bar into the page, h231 鄠邑): the address, no part of the row
URL_BEFORE_FIELD_ROW = re.compile(
    r"^[ \t]{0,8}https?://[!-~]{1,300}?(?=(?:" + "|".join(_ROW_LABELS) + r")[ \t\u3000:：]{0,4}[^\s:：])",
    re.M,
)


def without_url_before_field_row(text: str) -> str:
    """``text`` with a page's address taken off the start of a table row glued to it (see URL_BEFORE_FIELD_ROW)."""
    return URL_BEFORE_FIELD_ROW.sub("", text) if "://" in text else text


KEYWORDS_LABEL = re.compile(r"^\s*主\s*题\s*词\s*[:：]\s*$")
# "经济管理　考察　措施　函" / "农业　粮食　应急预案△　函" — the keywords under 主题词: words (a mark like △
# allowed) separated by spaces, most of two or more characters (a title printed with spaces is single ones)
KEYWORD_LINE = re.compile(r"^[\u4e00-\u9fff△▲]{1,10}(?:[ \u3000]+[\u4e00-\u9fff△▲]{1,10}){1,12}$")
# （豫政〔2024〕5号） alone on a line, under a title; a compilation's （财政部 税务总局公告2023年第12号） or
# （国务院令第758号） the same way; [甲资交矿公告〔2022〕13号] in square brackets, (公告文号:甲矿挂〔2025〕02号) labelled
_BRACKETED_NUMBER = re.compile(
    r"^[（(\[［]\s*(?:(?:公告)?文号\s?[:：]\s?)?([\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号"
    r"|[\u4e00-\u9fff ]{2,40}?公告(?:19|20)\d\d年第\d{1,4}号|[\u4e00-\u9fff]{2,30}?令第\d{1,5}号)\s*[）)\]］]$"
)
_NOT_A_VALUE = re.compile(r"^第[一二三四五六七八九十百\d]+[章节条]|关于|通知|决定|意见|办法|方案|[。；：:]")
_SEAL_FOR = re.compile(r"\s*[（(]代章[）)]$")
_SPACES = re.compile(r"[ \u00a0\u3000\u2002\u2003\u2009\u202f]+")
# "　" / "a  b": where _SPACES would change something (a space other than " ", or " " before another) —
# most lines' spaces are single " " already, which the fold leaves as they are
_SPACES_TO_FOLD = re.compile(r"[\u00a0\u3000\u2002\u2003\u2009\u202f]| [ \u00a0\u3000\u2002\u2003\u2009\u202f]")
_CJK_OR_PUNCT = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〈〉]"
# "2024年 5月" / "第 3" — a space between a CJK char (or full-width punctuation) and a digit, either
# way round (the space first, so that the engine looks for spaces rather than trying every place)
_SPACE_CJK_DIGIT = re.compile(r" (?:(?<=" + _CJK_OR_PUNCT + r" )(?=\d)|(?<=\d )(?=" + _CJK_OR_PUNCT + r"))")
# "通知 ，" / "《 办法》" — a space between two full-width punctuation marks or punctuation and CJK
_SPACE_PUNCT = re.compile(r"\s(?:(?<=[，。；：、“”《》（）〔〕]\s)|(?=[，。；：、“”《》（）〔〕]))")
# Whether _close_spaces has anything to do: a space next to a digit (dates, CJK-digit) or to punctuation.
# Spaces are single " " after fold_text; a text with other whitespace inside its lines (a tab, U+2005 …)
# takes the second pattern, which also stops at those.
_SPACE_TO_CLOSE = re.compile(r" (?:(?<=[\d，。；：、“”《》（）〔〕] )|(?=[\d，。；：、“”《》（）〔〕]))")
_SPACE_TO_CLOSE_ANY = re.compile(_SPACE_TO_CLOSE.pattern + r"|[^\S ]")
# "\t" / "\u2005": whitespace other than " " that stays inside a line — every character str.isspace (and
# the engine's \s) knows, less " " and those str.splitlines breaks at; listed, since a negated \S class
# costs the engine a Unicode look-up per character of the text
_ODD_SPACE = re.compile("[\t\x1f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_TABS = re.compile(r"\s*\t\s*")
_CLUTTER_START = ("---", "***", "<!-- INFO END -->")


# ꎬ / ꎮ — a PDF's GB2312 code read as a code point (A3AC is "，" in GB2312, U+A3AC a Yi syllable): a GB
# punctuation row's code standing alone (a Yi text's syllables come in runs)
_GB_AS_CODE_POINT = re.compile(r"(?<![\ua000-\ua4cf])[\ua1a1-\ua1fe\ua3a1-\ua3fe](?![\ua000-\ua4cf])")
# «X» — guillemets a converter wrote for 《X》 (a pair: » alone separates a breadcrumb's steps); the pair may hold
# one line break, a title printed over two lines (关于印发«X的 / 若干措施»的通知, h266 四川)
_GUILLEMETS = re.compile(r"«([^«»\n]{1,100}(?:\n[^«»\n]{1,100})?)»")
# "省 政 府 文 件 青 海 省" — a line letter-spaced by a PDF converter: eight spaced CJK characters in a row …
# (the space first, so that the engine looks for spaces rather than trying every character)
_LETTER_SPACED = re.compile(r" (?:[\u3400-\u9fff\uff0c\u3002\u3001\uff1a\uff1b] ){8,}")
# … whose single spaces between two CJK characters or marks go (spaces by Latin letters or digits stay)
_SPACE_IN_SPACED = re.compile(
    r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef《》“”]) (?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef《》“”])"
)


def _from_gb_code(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if code == 0xA3AE:
        return "。"  # the converter's full stop (GB2312 A3AE is the full-width dot ．)
    return bytes((code >> 8, code & 0xFF)).decode("gb2312", errors="replace")


def _unspace_letter_spaced(text: str) -> str:
    """``text`` with the lines a converter letter-spaced (most of the line spaced CJK) closed up."""
    out = []
    for line in text.split("\n"):
        spaced = sum(len(m.group(0)) for m in _LETTER_SPACED.finditer(line))
        out.append(_SPACE_IN_SPACED.sub("", line) if spaced * 2 > len(line) else line)
    return "\n".join(out)


def repair_conversion(text: str) -> str:
    """What some PDF converters break in a whole text: GB2312 codes read as code points (ꎬ for ，),
    guillemets for book-title marks, lines letter-spaced.  Most texts have none of them.

    >>> repair_conversion("省 政 府 文 件 青 海 省 人 民 政 府 关 于 印 发 «X» 的 通 知 ꎬ 2024 年")
    '省政府文件青海省人民政府关于印发《X》的通知， 2024 年'
    """
    # ， and 。 misread: any text so broken has them (a substring test, where the pattern would scan every text)
    if ("ꎬ" in text or "ꎮ" in text) and _GB_AS_CODE_POINT.search(text):
        text = _GB_AS_CODE_POINT.sub(_from_gb_code, text)
    if "«" in text:
        text = _GUILLEMETS.sub(r"《\1》", text)
    if _LETTER_SPACED.search(text):
        text = _unspace_letter_spaced(text)
    return text


# 北京市人民政府令[编辑] — a wiki's link to edit the section under a heading (维基文库, h37)
_WIKI_EDIT_LINK = re.compile(r"\[(?:编辑|編輯)(?:源代码|原始碼)?\]")


# 《贵州省省级预算审查监督条例》【已废止,最新为:《贵州省预算审查监督条例》】 — a law site's note of a cited text's
# status, in the middle of the sentence: the site's word, not the text's (its 废止 repeals nothing)
_STATUS_NOTE = re.compile(r"【(?:已|现已|已被)?(?:废止|失效|修改|修订|修正|部分失效|被修改|被修订)[^【】\n]{0,100}】")


# 财建„2009‟165号 — a doc number's 〔〕 turned into „‟ by a PDF's conversion (a font mapping the brackets there)
_GARBLED_YEAR_BRACKETS = re.compile(r"„((?:19|20)\d\d)‟")


# x* {3 N# y1 D9 w — a forum's anti-copy "jammer": pairs of ASCII characters, letters, digits and signs, that a
# Discuz board hides in a post's lines and a copy keeps (国卫办 on a forum, h50).  The hint finds a text that may
# hold one; each line's ASCII tail is then tested whole (a linear test, no search over the line).
_JAMMER_HINT = re.compile(r"[!-~][#$%&*^`~@][ \t][!-~]")
_JAMMER_TAIL = re.compile(r"[ \t]?(?:[!-~]{1,2}[ \t]){3,}[!-~]{0,2}[ \t]*")
# …v2020 — a year's digits closing a run of ASCII, glued to the 年 after them
_JAMMER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_JAMMER_SIGNS = frozenset("#$%&*^`~@{}[]|\\/;:'\"!+=<>_(),.?-")


def _without_jammer(line: str) -> str:
    """The line without a forum's jammer at its end or its start (or '' if it is all jammer).

    >>> _without_jammer("关于印发名单的通知( _8 M1 x* {3 N# y1 D9 w")
    '关于印发名单的通知'
    >>> _without_jammer(") m9 s. G4 T3 T3 H国家疾控局综合司* j- l, J: F+ X: x& u c' e( h j( c")
    '国家疾控局综合司'
    >>> _without_jammer("等级分为 A B C D 四级"), _without_jammer("见附件 1. 2. 3.")
    ('等级分为 A B C D 四级', '见附件 1. 2. 3.')
    >>> _without_jammer("7 F- V* `% O3 v2020年3月25日")
    '2020年3月25日'
    >>> _without_jammer("某某委员会(公章) - a& v: M* E2 D")
    '某某委员会(公章)'
    """
    at = len(line)
    while at and " " <= line[at - 1] <= "~":
        at -= 1
    if _is_jammer(line[at:]):
        # (a bracket the line opened closing before the jammer stays: …委员会(公章) - a& v: M* E2 D, h289 玉龙)
        closes = line[at : at + 1] == ")" and line.count("(", 0, at) > line.count(")", 0, at)
        line = line[: at + 1 if closes else at]
    at = 0
    while at < len(line) and " " <= line[at] <= "~":
        at += 1
    if _is_jammer(line[:at]):
        return line[at:]
    # (a signature date's year glued to the jammer's last pair: 7 F- V* `% O3 v2020年3月25日, h226 随州)
    if line[at : at + 1] == "年" and _JAMMER_YEAR.search(line[:at]) and _is_jammer(line[: at - 4]):
        return line[at - 4 :]
    return line


def _is_jammer(run: str) -> bool:
    """A run of ASCII is a jammer: pairs of characters, spaced, with signs, digits and letters among them."""
    if len(run) < 8 or not _JAMMER_TAIL.fullmatch(run):
        return False
    signed = sum(1 for tok in run.split() if any(ch in _JAMMER_SIGNS for ch in tok))
    if signed < 2 or sum(ch.isalpha() for ch in run) < 2:
        return False
    return signed >= 4 or any(ch.isdigit() for ch in run)


# Aa / 字体： / 小 / | / 中 / | / 大 — a page's font-size buttons, one a line (国家能源局 派出机构 sites, h85): the lines
# blanked together (a lone 中 or 大 on its line is no button)
_FONT_BUTTONS = re.compile(
    r"^(?:(?:A[a+\-]?|Ａａ)[ \t]*\n)?(?:(?:字体|字号)[:：]?[ \t]*\n)?(?:[|｜]?[ \t]*\n)*"
    r"小[ \t]*\n(?:[|｜][ \t]*\n)?中[ \t]*\n(?:[|｜][ \t]*\n)?大[ \t]*$",
    re.M,
)


# 首页 / 机构概览 / 动态要闻 / 信息公开 / … one a line — a site's menu as a crawl keeps it (h85): a run of short
# lines of words only, one of them the home page's link, none a body's name (joint signers one a line stay)
_MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}")
_MENU_HOME = frozenset(("首页", "网站首页", "设为首页", "返回首页", "主页"))
_NOT_A_MENU_ITEM = re.compile(r"(?:部|局|委|厅|办|会|院|府|室|署|行|处|所|中心|政府|镇|乡|街道|县|区|市|省)$")
MIN_MENU_RUN = 2  # (with the home page's link among them)


def _without_menus(text: str) -> str:
    """The text with a site's menu, one item a line, blanked (line breaks kept).

    >>> _without_menus("设为首页\\n搜索\\n首页\\n机构概览\\n动态要闻\\n关于做好X工作的通知").splitlines()
    ['', '', '', '', '', '关于做好X工作的通知']
    >>> _without_menus("首页\\n财政部\\n民政部\\n教育部\\n2020年1月1日").splitlines()[1:4]
    ['财政部', '民政部', '教育部']
    """
    lines = text.split("\n")
    run: list[int] = []
    for i, raw in enumerate([*lines, "。"]):
        s = raw.strip()
        if run and (not s or _BREADCRUMB_PIECE.match(s)):
            continue  # (当前位置： between the items)
        if _MENU_ITEM.fullmatch(s) and not _NOT_A_MENU_ITEM.search(s):
            run.append(i)
            continue
        if len(run) >= MIN_MENU_RUN and any(lines[x].strip() in _MENU_HOME for x in run):
            for x in run:
                lines[x] = ""
        run = []
    return "\n".join(lines)


# 关于印发《X》的通知_能源 — a crawl's first line: the page's own title, the site's or column's name after it
_PAGE_TITLE_LINE = re.compile(r"(?P<title>[^\n_|｜]{6,150}?)[_|｜][^\n_|｜]{1,40}(?:[_|｜][^\n_|｜]{1,40}){0,2}")
MAX_PAGE_TITLE_TO_HEADING = 2000  # characters from a page's own title to the heading that repeats it


def _without_page_title(text: str) -> str:
    """The text without its first line when that is the page's own title with the site's name after it
    (X_能源 / X_国家能源局四川监管办公室) and the page prints X again below as its heading.

    >>> _without_page_title("关于印发《某某办法》的通知_能源\\n首页\\n关于印发《某某办法》的通知\\n各有关单位：").splitlines()[0]
    ''
    """
    first_end = text.find("\n")
    if first_end < 0:
        return text
    m = _PAGE_TITLE_LINE.fullmatch(text[:first_end].strip())
    if m is None or "\n" + m.group("title").strip() not in text[first_end : first_end + MAX_PAGE_TITLE_TO_HEADING]:
        return text
    return text[first_end:]


def _blanked(m: re.Match[str]) -> str:
    return "\n" * m.group(0).count("\n")


_LINE_END = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks at
_PAGE_EDGE = 2  # non-blank lines at the top and at the foot of a page where a running head or foot stands
_NOT_RUNNING = re.compile(r".{0,40}(?:文件|月#日|月#號)")  # a red head, a date line: a document's, not the page's


def _running_key(line: str) -> str:
    """A line as a running head compares over pages: without spaces, every number as #."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def _page_edges(page: list[str]) -> list[int]:
    """The indexes of the first and last :data:`_PAGE_EDGE` non-blank lines of a page's lines."""
    full = [i for i, line in enumerate(page) if line.strip()]
    return sorted(set(full[:_PAGE_EDGE] + full[-_PAGE_EDGE:]))


def _without_running_lines(text: str) -> str:
    r"""A converted PDF's text whose pages are cut by form feeds (pdfminer, pdftotext, PDFium's plain text all
    write one) without the running heads and feet it kept: a line standing at the top or foot of at least three
    pages and a third of them (the gazette's name, ``XX公报 2024年第3期``), blanked where it stands on an edge
    after the first page (the cover keeps its name), so a title cut by a page break is whole again.  A red head
    (``XX文件``) or a date line repeats so on purpose and stays; line breaks stay, so line numbers do.

    >>> t = "某市公报\n第1期\f某市公报\n关于做好\f某市公报\n甲\f某市公报\n乙\f某市公报\n丙"
    >>> _without_running_lines(t).split("\f")[:3]
    ['某市公报\n第1期', '\n关于做好', '\n甲']
    """
    pages = [page.splitlines(keepends=True) for page in text.split("\f")]
    if len(pages) < 4:
        return text
    seen: dict[str, int] = {}
    for page in pages[1:]:
        for key in {_running_key(page[i].rstrip(_LINE_END)) for i in _page_edges(page)}:
            seen[key] = seen.get(key, 0) + 1
    least = max(3, (len(pages) - 1 + 2) // 3)
    running = {k for k, n in seen.items() if n >= least and k.strip("#") and not _NOT_RUNNING.fullmatch(k)}
    if not running:
        return text
    for page in pages[1:]:
        for i in _page_edges(page):
            body = page[i].rstrip(_LINE_END)
            if _running_key(body) in running:
                page[i] = page[i][len(body) :]
    return "\f".join("".join(page) for page in pages)


WATERMARK_TAIL = 12  # characters compared at the lines' ends
WATERMARK_LINE = 16  # lines this long or longer are compared
MIN_WATERMARK_LINES = 6  # lines a watermark must end, at least…
WATERMARK_SHARE = 0.7  # …and this share of the lines compared
MAX_WATERMARK = 80  # characters of a watermark, at most
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_CLAUSE_ENDS = (
    "。；;，,、：:！？!?"  # a watermark ends with none of them (a shared ending of the text's own items does)
)
_KEPT_PUNCT = "。，；：！？、,.;:!?）)》”’ "  # the lines' own ends, which every line may share with the mark


def _without_line_watermark(text: str) -> str:
    """A reposting site's watermark glued to the end of (nearly) every line (…现印发给你们。某某网-专业网站, h177
    防城港): the longest tail of at least 12 characters, holding a letter or a CJK character, that 70 % of the lines
    of 16 characters or more end with (six at least) is cut from every line.  The first lines tell whether a text
    has one at all.

    >>> lines = [f"要做好第{i}项工作{i}。某某网-专业网站欢迎访问" for i in range(1, 9)]
    >>> _without_line_watermark("\\n".join(lines)).splitlines()[0]
    '要做好第1项工作1。'
    """
    head = [s.rstrip() for s in text.split("\n", 60)[:60] if len(s) >= WATERMARK_LINE]
    sample = [s for s in head if len(s) >= WATERMARK_LINE][:12]
    if len(sample) < MIN_WATERMARK_LINES:
        return text
    tail, n = Counter(s[-WATERMARK_TAIL:] for s in sample).most_common(1)[0]
    if n < WATERMARK_SHARE * len(sample) or not _WORDLIKE.search(tail) or "。" in tail or tail[-1] in _CLAUSE_ENDS:
        return text  # (…确保各项措施落到实处并取得实效。 closing list items: the text's own words)
    lines = text.split("\n")
    compared = [s.rstrip() for s in lines if len(s) >= WATERMARK_LINE]
    ending = [s for s in compared if s.endswith(tail)]
    if len(ending) < max(MIN_WATERMARK_LINES, WATERMARK_SHARE * len(compared)):
        return text
    mark = os.path.commonprefix([s[::-1][:MAX_WATERMARK] for s in ending])[::-1].lstrip(_KEPT_PUNCT)
    if len({s[: -len(mark)] for s in ending if len(s) > len(mark)}) < MIN_WATERMARK_LINES:
        return text  # (one line printed again and again: no mark on different lines)
    return "\n".join(s.rstrip()[: -len(mark)] if s.rstrip().endswith(mark) else s for s in lines)


def fold_text(text: str) -> str:
    """The steps of cleaning that need no line of their own, over the whole text at once: full-width
    letters and digits to ASCII, invisible marks and HTML tags out, runs of spaces to one.  None
    adds or removes a line break, so line numbers stay.

    >>> fold_text("国办发〔２０２４〕\\u200b１５号\\n<b>第 一\\u3000\\u3000条</b>")
    '国办发〔2024〕15号\\n 第 一 条 '
    """
    if "\f" in text:
        text = _without_running_lines(text)
    if "首页\n" in text:
        text = _without_menus(text)
    text = _without_page_title(text)
    text = _without_line_watermark(text)
    if "\n中" in text and "\n小" in text:
        text = _FONT_BUTTONS.sub(_blanked, text)
    if _JAMMER_HINT.search(text):
        text = "\n".join(map(_without_jammer, text.split("\n")))
    if "编辑]" in text or "編輯]" in text:
        text = _WIKI_EDIT_LINK.sub("", text)
    if "【" in text:
        text = _STATUS_NOTE.sub("", text)
    if "„" in text:
        text = _GARBLED_YEAR_BRACKETS.sub(r"〔\1〕", text)
    m = _TRANSLATE_ANY.search(text)
    if m:  # the text before the first such character has nothing to translate
        at = m.start()
        text = text[:at] + _TO_TRANSLATE.sub(lambda m: m.group(0).translate(_TRANSLATE), text[at:])
    if "<" in text:
        text = _ANGLED_TITLE.sub(r"〈\1〉", _HTML_TAG_IN_LINE.sub(" ", text))
    m = _SPACES_TO_FOLD.search(text)
    if m:  # nor the text before the first run of spaces to fold (the run starts there: see the pattern)
        at = m.start()
        text = text[:at] + _SPACES.sub(" ", text[at:])
    return text


def clean_line(raw: str) -> tuple[str, int]:
    """Clean one raw line; returns (text, markdown heading level).

    >>> clean_line("## 豫政办〔2024〕 46 号")
    ('豫政办〔2024〕46号', 2)
    """
    return _clean_folded(fold_text(raw), _SPACE_TO_CLOSE_ANY)


def _clean_folded(s: str, space_gate: re.Pattern[str]) -> tuple[str, int]:
    """Clean one line of a :func:`fold_text` text: each step runs only where its trigger occurs."""
    t = s.strip()
    if _is_plain(t) and (" " not in t or not space_gate.search(t)):
        return t, 0  # (two lines in three of a law): no step has anything to do, see _is_plain
    return _cleaned_by_steps(s, space_gate)


def _cleaned_by_steps(s: str, space_gate: re.Pattern[str]) -> tuple[str, int]:
    if "\t" in s:  # tabs separate table cells: keep one as a marker (a title never holds one)
        s = _TABS.sub("\t", s)
    s = s.strip()
    if s and (s[0] == "|" or s[-1] == "|") and "|" not in s.strip("| "):
        s = s.strip("| ")  # …的意见 | / |||| — one cell of a page's table, or none (济宁, h53); a row of cells stays
    if not s or _is_page_artefact(s):
        return "", 0
    if s[0] in "#-*+>•" or "**" in s or "__" in s:
        s, heading = _strip_markdown(s)
        if not s or s in _CLUTTER_START or _is_page_artefact(s):
            return "", 0
    else:
        heading = 0
    if "?" in s:
        s = _without_question_marks(s)
        if not s:
            return "", 0
    s = _without_furniture(s)
    if not s:
        return "", 0
    if s[-1] in "）)" and "代章" in s:
        s = _SEAL_FOR.sub("", s)  # X安全生产委员会（代章）: signed with another body's seal, still X's signature (h68)
        if not s:
            return "", 0  # （代章） alone on its line, under the signer (重庆 h138)
    if "年" in s:
        s = _ZERO_LOOKALIKE.sub("〇", s)
        if "0" in s:
            s = _ZERO_DIGIT_YEAR.sub(lambda m: m.group(0).replace("0", "〇"), s)
    if "号" in s:
        s = _normalise_numbers(s)
    if (" " in s or "\t" in s) and space_gate.search(s):
        s = _close_spaces(s)
    return _heading_without_its_tags(s), heading


_SPACED_QUESTION_RUN = re.compile(r"(?:[?？] ?){3,}")


def _without_question_marks(s: str) -> str:
    """The line without the question marks a copy printed for spaces it could not encode: between two signers
    (内蒙古自治区财政厅? ? ? ? ?内蒙古自治区住房和城乡建设厅, h98) and as indents (????山东省卫生健康委员会 /
    2025年7月8日 ?????, h82, h84, h87)."""
    if "? ?" in s:
        s = _SPACED_QUESTION_RUN.sub(" ", s)
    return _without_question_padding(s) if "??" in s else s


def _heading_without_its_tags(s: str) -> str:
    """A heading without what a site puts around it: a category tag (【规范性文件】长沙市人民政府办公厅关于…, h95,
    h98), a posting date after it (关于印发《X》的通知2022-06-08, 杨浦 h95); a number after a dash set apart
    (…的通知-闽卫规〔2022〕4号 → …的通知 闽卫规〔2022〕4号, 福建 h86); a number alone in brackets under a title
    (（豫政〔2024〕5号）) without them."""
    if not s:
        return s
    if s[0] == "【" and "】" in s[:10]:
        s = _CATEGORY_TAG.sub("", s, count=1)
    elif s[0] in "（(" and ("）关于" in s[:10] or ")关于" in s[:10]):
        s = _ROUND_TAG_BEFORE_ABOUT.sub("", s, count=1)
    if s[-1:].isdigit() and "-" in s[-10:]:
        s = _POSTED_AFTER_TITLE.sub("", s)
    if s[-1:] in "）)" and s[-3:-1] in _STATUS_ENDS:
        s = _STATUS_AFTER_TITLE.sub("", s)
    if s[-1:] == "号" and ("-" in s or "—" in s or "–" in s):
        s = _DASH_BEFORE_NUMBER.sub(" ", s)
    if "号" in s and s[0] in "（([［":
        # （豫政〔2024〕5号） alone on a line, under a title: the doc number
        m = _BRACKETED_NUMBER.match(s)
        if m:
            s = m.group(1)
    return s


def _without_question_padding(s: str) -> str:
    """The line without runs of question marks (two or more) at its start or end: the spaces and indents of a
    page a copy could not encode.

    >>> _without_question_padding("????山东省卫生健康委员会"), _without_question_padding("2025年7月8日 ???")
    ('山东省卫生健康委员会', '2025年7月8日')
    """
    head = s.lstrip("?？")
    if len(s) - len(head) >= 2:
        s = head.lstrip()
    tail = s.rstrip("?？")
    if len(s) - len(tail) >= 2:
        s = tail.rstrip()
    return s


# a site's footer or header band: who runs it (主办: / 承办: / 技术支持:), its licence (京ICP备… / 公网安备),
# its code (网站标识码), its copyright, a hint about browsers — above or below the text of a page
_SITE_FOOTER = re.compile(
    r"(?:主办|承办|主办单位|承办单位|协办|技术支持|维护单位|运维单位|网站标识码|版权所有|Copyright|©)\s*[:：]?.{0,100}$"
    r"|.{0,40}(?:ICP备|ICP证|公网安备).{0,80}$"
    r"|.{0,60}浏览器.{0,60}(?:浏览效果|分辨率|浏览本站).{0,40}$|.{0,60}分辨率.{0,60}浏览器.{0,40}$"
    # 关于我们丨联系我们丨广告合作丨网站地图 — the site's links (拉萨 h88)
    r"|(?:[^丨|｜\n]{1,10}[丨|｜]){0,8}\s*(?:关于我们|联系我们|网站地图|网站声明|隐私声明)\s*(?:[丨|｜][^丨|｜\n]{1,10}){0,8}$"
)
_FOOTER_FIRST = frozenset("主承协技维运网版C©关联隐广诚")
_BREADCRUMB_PIECE = re.compile(
    r"(?:[/／>»›]\s*[\u4e00-\u9fff]{1,10}|(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]?)$"
)
_CRUMB_FIRST = frozenset("/／>»›当您所")
_READ_ALOUD = frozenset(("语音播报", "进入播报模式", "退出播报模式", "播报", "停止播报", "开始播报"))


# 关于加强X工作的通知 (to the line's end) — 关于, then a document type ending it: a title's tail, the pattern source
# of _ROUND_TAG_BEFORE_ABOUT's lookahead and of _TITLE_ABOUT
ABOUT_TO_GENRE = r"关于[^。；：:]{2,120}(?:" + "|".join(rx.DOC_TYPES) + r")$"

# (安全预警)关于加强…的通知 — a site's tag in round brackets before a title that opens with 关于 and ends with a
# document type (h256 上虞); no (一) / （十二） item number, no (试行)
_ROUND_TAG_BEFORE_ABOUT = re.compile(
    r"^[（(](?![一二三四五六七八九十]{1,3}[）)])[\u4e00-\u9fff]{2,6}[）)](?=" + ABOUT_TO_GENRE + ")"
)
# 【规范性文件】X关于…的通知 / 【政策】X关于… — a site's category tag before a title (a title follows: a body's
# name, 关于 or a document type at its end)
_CATEGORY_TAG = re.compile(  # (【有效】汉中市…, h104; 【地方】(2016)河北省…, h103)
    r"^【(?:规范性文件|政策|政策文件|通知|公告|通告|文件|政府文件|部门文件|最新政策|政策法规|地方|中央|"
    r"有效|现行有效|失效|已失效|废止|已废止)】(?:[（(](?:19|20)\d\d[）)])?(?=\S)"
)
# 关于印发《X》的通知2022-06-08 — a posting date glued after a title's document type
_POSTED_AFTER_TITLE = re.compile(r"(?<=[知见法定告案则例划要单函复示报录])\s?(?:19|20)\d\d-\d{1,2}-\d{1,2}$")
# 关于印发X的通知(有效) / …的通知（已废止） — a portal's validity status in brackets after a title's document type
# (h282 尚志); no (试行) / (暂行), which are the title's own
_STATUS_AFTER_TITLE = re.compile(
    r"(?<=[知见法定告案则例划要单函复示报录])\s?[（(](?:有效|现行有效|全文有效|失效|已失效|部分失效|废止|已废止)[）)]$"
)
_STATUS_ENDS = frozenset(("有效", "失效", "废止"))  # the last two characters of those statuses
# 关于印发《X》的通知-闽卫规〔2022〕4号 — a title and its number joined by a dash (a portal's heading)
_DASH_BEFORE_NUMBER = re.compile(
    r"(?<=[知见法定告案则例划要单函复示报录])\s?[-—–]{1,2}\s?(?=[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号$)"
)


def _without_furniture(s: str) -> str:
    """The line without what a page prints around a text: '' for a button, a share bar or a field of its
    table; the line without an edition label or a news agency's dateline."""
    if s.endswith("版") and ("|" in s or "｜" in s):
        s = _EDITION_AFTER_BAR.sub("", s)  # 哈尔滨市…立法条例|2025年修正版: a site's edition label
    if _is_clutter(s):
        return ""  # a scraper's button: 字号：大 中 小, 打印本页, 关闭窗口, 朗读
    if s in _READ_ALOUD or s.startswith("语音合成中"):
        return ""  # 语音播报 / 进入播报模式 / 语音合成中,请耐心等待...: a page's read-aloud widget (江北 h104)
    if s[0] in _CRUMB_FIRST and _BREADCRUMB_PIECE.match(s):
        return ""  # 当前位置： / "/ 政务公开" / "/ 能源" — a breadcrumb one step a line (上海 发改委, h85)
    if (s[0] in _FOOTER_FIRST or "ICP" in s or "浏览器" in s) and _SITE_FOOTER.match(s):
        return ""  # a site's footer: 主办:…人民政府 / 晋ICP备19003694号 / 网站标识码 / a browser hint (浮山 h84)
    if "_" in s and _keyword_line(s):
        return ""  # 菠萝视频在线_在线免费…_成人一区…: a spam site's keywords, run together by underscores (h69, h108)
    if s.startswith("本作品") and ("著作权" in s or "公有领域" in s):
        return ""  # a wiki's licence note under the text (本作品是中华人民共和国的法律法规…根据《著作权法》…, h50)
    if "日电" in s:
        s = _NEWS_DATELINE.sub("", s, count=1)  # (the dateline alone on its line leaves nothing)
    if " " in s and "号" in s:
        s = _without_previous_link(s)
    return _without_field(s) if s else s


# 3号令 / 第3号 / (第3号) / 令第3号 — the serial a wiki's link to the previous text of a series adds to the series' name
_SERIAL_OF_LINK = re.compile(r"[（(]?第?\d{1,4}号[）)]?|\d{1,4}号令|令第\d{1,4}号")


def _without_previous_link(s: str) -> str:
    """``甲市防控指挥部3号令 甲市防控指挥部`` (then ``5号令`` on the next line): a wiki's header, the link to the
    previous text of a series (its name and serial) before the name of this one, whose serial follows below
    (维基文库, h172 荆门) — the name alone, so that the link runs into no title."""
    link, _, name = s.partition(" ")
    if len(name) < 4 or " " in name or not link.startswith(name):
        return s
    return name if _SERIAL_OF_LINK.fullmatch(link[len(name) :]) else s


def _keyword_line(s: str) -> bool:
    """Four or more short pieces joined by underscores, none of them a title, a number or a date: the keyword
    line a spam mirror puts over a text (a page's own title, 关于X的通知_政策文件_某市人民政府, keeps its title).

    >>> _keyword_line("视频在线3_在线免费看_亚洲一区二区_中文字幕一区"), _keyword_line("关于甲的通知_政策_乙市_首页")
    (True, False)
    """
    pieces = s.split("_")
    if len(pieces) < 4 or any(len(p) > 24 for p in pieces):
        return False
    return not any("关于" in p or "号" in p or rx.TITLE_END.search(p.strip()) or _YEAR.search(p) for p in pieces)


_YEAR = re.compile(r"(?:19|20)\d\d\s{0,2}[年\-./]")


# 访问次数: / 字体大小: — a page's counter or tool with its value lost (a script fills it): alone on its line,
# and the line under it (the notice's addressees, 常山 h49) is no value of it
_EMPTY_LABELS = frozenset(("访问次数", "阅读次数", "字体大小"))


# 时间:2025-12-26 16:00 — when a page was posted, under its heading (泉州, h53)
_POSTED_AT = re.compile(r"^时间\s*[:：]\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?$")


# 关于X的通知 时间:2023-09-26 来源:某交易所 / X的通知 来源:某局 发布日期:2023-09-26 — a page's title with its posting
# line run on after a space (h203 上交所 on an economic portal): the title, its last word a document type
_TITLE_THEN_POSTING = re.compile(
    r"^(?P<title>[^\s:：。，]{4,120}?(?:" + "|".join(rx.DOC_TYPES) + r")" + rx.TITLE_QUALIFIER + r")"
    r"[ \t\u3000]{1,8}(?:(?:来源|信息来源|文章来源)[:：][^\s:：]{1,30}[ \t\u3000]{1,4})?"
    r"(?:发布时间|发布日期|时间|日期)[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}[^。，]{0,60}$"
)


def _without_field(s: str) -> str:
    """The line without a portal's field: '' for a field or a row of fields, the title a 名称 / 标题 row holds."""
    if len(s) >= PAGE_RUN_CHARS and _page_run_on(s):
        return s  # (a whole page run together on one line, opening with its table: cut by unflatten, not dropped)
    if " " in s and (m := _TITLE_THEN_POSTING.match(s)) is not None:
        return m.group("title")
    if s[0] == "时" and _POSTED_AT.match(s):
        return ""
    if s.endswith(("：", ":")) and s[:-1].strip() in _EMPTY_LABELS:
        return ""
    if ("：" in s or ":" in s) and PAGE_FIELD.match(s) or (len(s) <= 9 and s.replace(" ", "") in BARE_FIELD_LABELS):
        return ""
    if s[0] in "[〔" and _BRACKETED_FIELD_ROW.match(s):  # (a law site's 【发布文号】 lines are read, h27)
        return ""
    m = _BARE_FIELD_ROW.match(s) if s[:1] in _FIELD_ROW_START else None
    if m:
        keep = compact(m.group("label")) in ("名称", "标题", "词条") and m.group("value").strip("|｜ ")
        return m.group("value") if keep else ""  # (名称 | — a table's column head, no value: 深圳 h98)
    if s[:1] in _GLUED_ROW_START and _GLUED_FIELD_ROW.match(s):
        return ""  # 公开目录重要文件公开形式主动公开: two fields glued to their values (恒口 h68)
    if s.startswith("标题") and len(s) > 8 and s[2] not in "：:，,。":
        return s[2:]  # 标题安康市…的通知: the row of the page's title, its label glued on
    return s


def _page_run_on(s: str) -> bool:
    """A line opening with a portal's field that holds a whole page run together (名称:X的通知发文日期:2020-07-01X的通知
    各区…:现将…。…。, a crawl that stores each page as one line, flat layout): the page's sentences follow its table,
    which no row of fields holds."""
    return s.count("。") >= PAGE_RUN_SENTENCES


PAGE_RUN_CHARS = 300  # a line holding a page run together, far longer than a row of a portal's table
PAGE_RUN_SENTENCES = 1

_NEWS_DATELINE = rx.NEWS_DATELINE

# |2025年修正版 / ｜2017版 — a law site's edition label after a title
_EDITION_AFTER_BAR = re.compile(r"\s*[|｜]\s*(?:19|20)\d\d年?[\u4e00-\u9fff]{0,4}版$")

# the words one of PAGE_CLUTTER's lines holds: one search in C gates the pattern (most lines hold none)
_CLUTTER_WORDS = re.compile(r"字|打印|关闭|分享|扫一扫|朗读|微|头条|解读|收藏|放大|[|｜]")
# the characters a (stripped) PAGE_CLUTTER line can start with, but for a navigation bar (which holds a bar):
# a set test before any search, since a law's lines start with 第, 一 or a name
_CLUTTER_FIRST = frozenset("【】[字打关朗分扫微头Qq空朋收纠默超放缩:：|｜大中小政相文图视解")


def _is_clutter(s: str) -> bool:
    """A scraper's button or share bar (字号：大 中 小, 打印本页, 分享 微信, 政策解读 …): its first character
    and its words tested first.

    >>> _is_clutter("打印本页"), _is_clutter("首页 | 版面导航 | 标题导航"), _is_clutter("第一条 为了规范管理")
    (True, True, False)
    """
    if s[0] not in _CLUTTER_FIRST and "|" not in s and "｜" not in s:
        return False
    return _CLUTTER_WORDS.search(s) is not None and rx.PAGE_CLUTTER.match(s) is not None


# What makes _cleaned_by_steps look at a line (besides its first character): a tab, a bar, a question mark,
# Markdown's * and _, a colon (fields), 年 and 号 (dates, numbers), dashes, 页 / 版 (page marks, editions), and a
# character of ICP, 浏览器, 日电 and 代章 (footers, datelines, seals).  One class: the engine scans it in C.
_STEP_TRIGGER = re.compile("[\t|｜?？*_：:年号\\-—–－页版I浏电章]")
# the first characters a step tests for (clutter, breadcrumbs, footers, field rows, 时间, 语音合成中)
_STEP_FIRST = frozenset(
    _CLUTTER_FIRST | _CRUMB_FIRST | _FOOTER_FIRST | _FIELD_ROW_START | _GLUED_ROW_START | set("时语")
)


def _is_plain(t: str) -> bool:
    """The stripped line is one that no step of _cleaned_by_steps changes (but for its spaces: _clean_folded): it starts
    with a CJK character (no digit, mark or Markdown) or （ that starts no step's pattern, it is longer than a
    bare field label (9) and holds none of the steps' triggers.  A test in a few C calls for the common line."""
    first = t[:1]
    return (
        ("\u3400" <= first <= "\u9fff" or first == "（")
        and first not in _STEP_FIRST
        and len(t) > 9
        and not t.startswith("本作品")
        and _STEP_TRIGGER.search(t) is None
        and not (t[-1] in "）)" and t[-3:-1] in _STATUS_ENDS)  # …的通知(有效): _STATUS_AFTER_TITLE
    )


_PLAIN_TRIGGER = re.compile(_STEP_TRIGGER.pattern[:-1] + "&]")  # and &, which an entity starts


def _is_plain_to_keep(t: str, space_gate: re.Pattern[str]) -> bool:
    """The stripped line is kept as it is by every step of clean_lines, under no field label: _is_plain (and no space
    to close: _clean_folded), no & (entities), no colon (no label: the triggers hold ： and :), longer than 4, no glued
    line (号 and - are triggers, a CJK first character is no ASCII one; 各 is a step's first character).  One call in a
    few C tests for two lines in three of a law, in place of _clean_folded and the tests after it (issue 15)."""
    first = t[:1]
    return (
        ("\u3400" <= first <= "\u9fff" or first == "（")
        and first not in _STEP_FIRST
        and len(t) > 9
        and t[-1] != "日"
        and _PLAIN_TRIGGER.search(t) is None
        and not t.startswith(("本作品", "各"))
        and (" " not in t or not space_gate.search(t))
        and not ("此件" in t or "二）" in t or "二)" in t)
        and not (t[-1] in "）)" and t[-3:-1] in _STATUS_ENDS)  # …的通知(有效): _STATUS_AFTER_TITLE
    )


def _is_page_artefact(s: str) -> bool:
    """A page number or page furniture ("12", "- 12 -", "第 3 页"); 第/共 lines need a 页 to be one; a line
    of question marks alone (what a copy that lost its indents and odd spaces prints, 治多 h78).

    >>> _is_page_artefact("?"), _is_page_artefact("? ？"), _is_page_artefact("?州市")
    (True, True, False)
    """
    first = s[0]
    if first in "?？":
        return not s.strip("?？ \u3000")
    gate = first.isdigit() or first in "-—–－Pp" or (first in "第共" and ("页" in s or "版" in s))
    return gate and rx.PAGE_ARTEFACT.match(s) is not None


def _strip_markdown(s: str) -> tuple[str, int]:
    """The line without Markdown heading marks, list bullet, bold and quote; and its heading level."""
    heading = 0
    first = s[0]
    if first == "#":
        m = rx.MARKDOWN_HEADING.match(s)
        if m:
            heading = len(m.group(1))
            s = s[m.end() :]
    elif first in "-*+•":
        s = rx.MARKDOWN_LIST.sub("", s)
    if "**" in s or "__" in s:  # Markdown bold
        s = s.replace("**", "").replace("__", "").strip()
    if s.startswith(">"):  # Markdown quote
        s = s.lstrip("> ")
    return s, heading


# 【2022】第5号 / [2022]第5号 — a 布告's or 通告's serial alone on its line, its year in other brackets: the
# announcement number 〔2022〕第5号 (h150 拉萨, as h89 闽清 prints it)
_BRACKETED_YEAR_SERIAL = re.compile(
    r"^[【\[［﹝〖]\s{0,2}((?:19|20)\d\d)\s{0,2}[】\]］﹞〗]\s{0,2}第\s{0,2}(\d{1,4})\s{0,2}号$"
)


def _normalise_numbers(s: str) -> str:
    """Doc, order, announcement and serial numbers in their one form (豫政办〔2024〕46号, 第227号)."""
    if s[0] in "【[［﹝〖":
        s = _BRACKETED_YEAR_SERIAL.sub(lambda m: f"〔{m.group(1)}〕第{m.group(2)}号", s)
    if "号令" in s:
        s = rx.RAW_ORDER_LAST.sub(lambda m: f"令第{m.group(1)}号", s)
    if "令" in s:
        s = rx.RAW_ORDER_YEAR.sub(lambda m: f"〔{m.group(1)}〕第{m.group(2)}号", s)
    s = rx.RAW_DOCNUM_YEAR.sub(lambda m: f"〔{m.group(1)}〕{m.group(2)}号", s)
    if " " in s:
        s = rx.RAW_SPACED_NUMBER_LINE.sub(lambda m: f"{m['prefix']}〔{m['year']}〕{m['serial']}号", s)
    if "第" in s:
        s = rx.RAW_ANNOUNCEMENT.sub(lambda m: f"{m.group(1)}年第{m.group(2)}号", s)
        s = rx.RAW_SERIAL.sub(lambda m: f"第{m.group(1) or m.group(2)}号", s)
    return s


def _close_spaces(s: str) -> str:
    """Spaces PDF conversion puts into dates, between CJK and digits, and around punctuation."""
    if "年" in s:
        s = rx.RAW_DATE.sub(lambda m: f"{m.group(1)}年{m.group(2)}月{m.group(3)}日", s)
    s = _SPACE_CJK_DIGIT.sub("", s)
    return _SPACE_PUNCT.sub("", s)


# "…若干措施的通知禹政办〔2024〕12号" — a scraped title with its doc number glued on; "…的通知
# （大署办〔2010〕32号 甲行署办公室、乙公司办公室）" — a listing page's title with its number and
# issuers in brackets behind it; "乙镇人民政府行政处罚决定书-乙政罚字〔2024〕第36号" — a page's title line, a dash
# between the title and its number (the serial with its 第); no 书 opens a number: 某区人民政府行政复议决定书〔2024〕4号 is
# a title ending in 决定书 and a short number without its prefix (h267 朝天), not 决定 and 书〔2024〕4号
_GLUED_NUMBER = re.compile(
    r"^(?P<title>.{4,}(?:" + "|".join(rx.DOC_TYPES) + r")(?:（[^（）〔〕]{1,20}）)?)(?:\s*|[-－—]{1,2})"
    r"(?:[（(]?(?P<num>(?!书)[\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕第?\d{1,4}号)[）)]?"
    r"|[（(](?P<bnum>[\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕第?\d{1,4}号)\s+(?P<issuers>[\u3400-\u9fff、]{4,100})[）)])$"
)

# "晋政办发〔2017〕55号 山西省人民政府办公厅关于印发…的通知" / "国家税务总局公告2018年第58号 国家税务总局关于…的
# 公告" / "商务部令2007年第15号 商业特许经营备案管理办法" — a policy site's heading: the number, a space, then the
# title (a site's label may stand before it); "甲部 乙总署公告2023年第23号 关于…的公告" — a joint announcement's
# bodies, a space between them, in its number's head
_NUMBER_THEN_TITLE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}?)(?P<num>[\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号"
    r"|(?:[\u4e00-\u9fff]{2,30} ){0,5}[\u4e00-\u9fff]{2,30}?(?:公告|令)(?:19|20)\d\d年第\d{1,4}号)"
    r" (?P<title>[^ 。；]{4,}?(?:" + "|".join(rx.DOC_TYPES) + r"))$"
)
# "<正>津政办发〔2021〕42号各区人民政府,市政府各委、办、局:为…" / "汕府办〔2015〕29号各县(市、区)人民政府,…:现将…"
# — an abstract site's copy (a journal index's <正> mark before it): the number glued to the addressees
_NUMBER_THEN_ADDRESSEES = re.compile(
    r"^(?:<正>|〈正〉)?(?:(?P<num>[\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号)(?=各|有关)"
    # (新政发〔1994〕103号)伊犁哈萨克自治州,各州、市、县(市)人民政府,…: — in brackets, any addressee
    r"|[（(](?P<bnum>[\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号)[）)])"
    r"(?P<addressees>[^。：:]{2,150}[：:])(?P<body>.*)$"
)

# "各区、县(市)人民政府,市政府各委、办、局: 经市政府同意,现将…" — a law database's record of a notice: the
# addressees and the body on one line
# the space before (二) / （三） / 二、, or the bracket closing an item's note before 2. — where a numbered list run
# into one line is cut back into its items
_RUN_ON_ITEM = re.compile(
    # ((?<!\s): a run of spaces is tried from its first space only — from each of them, a long run cost its square)
    r"(?<!\s)\s+(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)|(?<=[）)])(?=\d{1,3}[.．][\u4e00-\u9fff《])"
)
# 海关总署公告2020年第108号(关于公布2020年商品归类决定的公告) — an announcement's number, its title in brackets
_NUMBER_THEN_BRACKETED_TITLE = re.compile(
    r"^(?P<num>[\u4e00-\u9fff ]{2,40}?公告(?:19|20)\d\d年第\d{1,4}号)[（(](?P<title>[^（）()]{4,120}?(?:公告|通知|决定))[）)]$"
)
# 水利部关于现行有效规章和规范性文件目录的公告2010年第50号根据《…》，现将… — a title, its number and its text
# (某市气象局关于…的公告2019年05号经市人民政府同意，…: a serial printed without 第, an approval opening, h200 扬州)
# (甲市乙矿区采矿权网上挂牌出让公告(公告文号:甲矿网挂〔2025〕02号) 为促进…: a mirror's one-line text, the
# announcement's own number in brackets after its title, labelled 公告文号 or not, h255 恩施)
_TITLE_NUMBER_BODY = re.compile(
    r"^(?P<title>[^。，；]{6,80}?(?:公告|通知|决定))"
    r"(?:(?P<num>(?:19|20)\d\d年第?\d{1,4}号|[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,5}号)"
    r"|[（(](?:(?:公告)?文号\s?[:：]\s?)?(?P<bnum>[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,5}号)[）)] ?)"
    r"(?P<body>(?:根据|为|按照|经).+)$"
)
_ADDRESSEE_END = re.compile(  # … whose addressees end with bodies (各地要高度重视：… is a sentence)
    r"(?:政府|管委会|委员会|部门|单位|机构|办事处|局|厅|委|办|部队|学校|企业|公司|中心|村|社区|街道|镇|乡)[：:]$"
)
# Policies and regulations各区人民政府,市政府各委、办、局: — a bilingual site's English label glued before the
# addressees of a notice (its Chinese label stands on the line above)
_LATIN_LABEL_THEN_ADDRESSEES = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z&' -]{2,60}?)\s*(?P<addressees>各[^。；;]{1,150}[：:])$"
)
_ADDRESSEES_THEN_BODY = re.compile(r"^(?P<addressees>各[^。；;：:]{1,150}[：:])\s*(?P<body>[^\s].{8,})$")

# <br/> </p> <p align="center"> <div> <tr> <li> <h2> — where an HTML page stored as one line of text
# (a crawl that kept the markup) breaks its lines
_BLOCK_TAG = re.compile(r"<(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|/?table|/?center)\b[^<>\n]{0,200}>", re.I)
_BREAK = "\ue000"  # a private-use character standing for a block tag until the lines are cut


def _raw_lines(text: str) -> Iterable[tuple[int, str]]:
    r"""``text``'s lines with their numbers; a line holding a block tag (:data:`_BREAK` by now) is cut
    there into several lines of the same number, so a page stored as one line reads as it shows.

    >>> list(_raw_lines(mark_blocks('<p align="center">甲<br/>乙</p>\n丙')))
    [(1, ''), (1, '甲'), (1, '乙'), (1, ''), (2, '丙')]
    """
    if _BREAK not in text:  # nearly every text: no line to cut
        return enumerate(text.splitlines(), 1)
    return _cut_lines(text)


def _cut_lines(text: str) -> Iterator[tuple[int, str]]:
    for no, raw in enumerate(text.splitlines(), 1):
        if _BREAK in raw:
            for piece in raw.split(_BREAK):
                yield no, piece
        else:
            yield no, raw


def mark_blocks(text: str) -> str:
    """``text`` with its HTML block tags (if any) marked as breaks, before the tags are cleaned away."""
    return _BLOCK_TAG.sub(_BREAK, text) if "<" in text and _BLOCK_TAG.search(text) else text


def clean_lines(text: str) -> list[Line]:
    """All lines of ``text`` cleaned; blank lines stay (as empty text) so numbers keep their place.

    A title with its doc number glued on becomes two lines of the same number.
    """
    out: list[Line] = []
    append = out.append
    text = fold_text(mark_blocks(repair_conversion(text)))
    space_gate = _SPACE_TO_CLOSE_ANY if _ODD_SPACE.search(text) else _SPACE_TO_CLOSE
    label = None  # the raw line of a field label standing alone on the line above, if any
    head = True  # the text's first line of print not read yet
    for no, raw in _raw_lines(text):
        if not raw or raw == " ":  # half the lines of most texts: no step has anything to do
            append(Line(no, "", 0))
            continue
        t = raw.strip()
        if head and t:
            head = False
            parts = (
                _head_field_then_title(t, space_gate) or _head_title_then_slogan(t)
                if ("\t" in t or " " in t or "\u3000" in t)
                else None
            )
            if parts is not None:
                out.extend(Line(no, text, 0) for text, _ in parts)
                continue
        if label is None and _is_plain_to_keep(t, space_gate):  # (most of the rest, see there)
            append(Line(no, t, 0))
            continue
        if "&" in raw:  # &nbsp; / &emsp; / &zwj; left in a text cut from a page's HTML (h64's mock data)
            raw = TEXT_ENTITY.sub(_text_entity, SPACE_ENTITY.sub(_space_entity, raw))
        s, h = _clean_folded(raw, space_gate)
        if (
            label is not None
            or "：" in raw
            or ":" in raw
            or (len(s) <= 4 and raw.strip() in LABELS_OF_A_VALUE)
            or (not s and raw.rstrip()[-1:] in "]】〕")
        ):
            s, h, label = _under_label(label, raw, s, h)
        glued = (
            "号" in s
            or s.endswith(("日", "日。"))
            or s.startswith("各")
            or "此件" in s
            or "二）" in s
            or "二)" in s
            or (s[:1].isascii() and ("各" in s or "日 " in s or "记者" in s))
            or "日 ---" in s
            or ("日" in s and rx.FILE_EXTENSION.search(s) is not None)
        )
        parts = _glued_parts(s) if glued else None
        if not s:  # the whole line page furniture: its raw text kept on the blank line (see Line.furniture)
            line = Line(no, "", h)
            line.__dict__["furniture"] = t
            append(line)
        elif parts is None:
            line = Line(no, s, h)
            if s[-1] not in "|｜" and raw.rstrip()[-1:] in "|｜":  # (the bar gone: see Line.bar_dropped)
                line.__dict__["bar_dropped"] = True
            append(line)
        else:  # one line printed as several (a title and its number, addressees and the body …)
            out.extend(Line(no, text, h if is_title else 0) for text, is_title in parts if text)
    return out


# the HTML character references of blanks and joiners, which a text cut from a page's source keeps
SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|zwj|zwnj|#160|#8194|#8195|#12288|#x3000|#xa0);", re.I)


# &lt; &gt; &quot; &amp; &#12298; &#x300A; — the HTML character references of printed characters (《…印发&lt;X&gt;的
# 通知》 in a text cut from a page's source or a search answer), and those of typographic marks an editor writes
# (&ldquo;十四五&rdquo; / &mdash;&mdash; / &hellip; / &middot;): read as the characters they stand for
TEXT_ENTITY = re.compile(
    r"&(?:lt|gt|quot|amp|apos|[lr][ds]quo|[mn]dash|hellip|middot|bull|times|#\d{2,7}|#x[0-9a-fA-F]{2,6});", re.I
)


def _text_entity(m: re.Match[str]) -> str:
    return html.unescape(m.group(0))


def _space_entity(m: re.Match[str]) -> str:
    """&nbsp; → a space; &zwj; / &zwnj; (joiners, no width) → nothing."""
    return "" if m.group(0).lower().startswith("&zw") else " "


Parts = list[tuple[str, bool]]  # the texts a glued line is cut into, each with whether it is the title


def _glued_parts(s: str) -> Parts | None:
    """The parts of a line that glues several lines of a header together, in print order, each with
    whether it is the title; None for any other line."""
    for split in _SPLITS:
        parts = split(s)
        if parts is not None:
            return parts
    return None


# 2022年12月5日<TAB>X暂行办法 / 京政农发〔2023〕49号<TAB>X指导意见 / 2023年10月26日   市X委关于…的通知 — a corpus's or
# a crawl dump's head line: a date or a doc number as a field, a tab (or spaces) and the title as another
HEAD_FIELD_GAP_TITLE = re.compile(
    r"^(?P<field>[^\t \u3000]{6,30}?)[\t \u3000][\t \u3000]{0,8}(?P<title>[^\t]{4,200}?)$"
)


def _head_field_then_title(t: str, space_gate: re.Pattern[str]) -> Parts | None:
    """A text's first line of print holding a date or a doc number, then after a tab or a gap the title: the two
    read as the lines a header prints them on (the number under its title, the date above it); None otherwise."""
    m = HEAD_FIELD_GAP_TITLE.match(t)
    if m is None:
        return None
    field = _clean_folded(m.group("field"), space_gate)[0]
    title = _clean_folded(m.group("title"), space_gate)[0]
    if not rx.TITLE.match(title) or rx.DATE.search(title) and title.startswith(rx.DATE.search(title).group(0)):
        return None
    if rx.DATE_LINE.match(field) or rx.ISO_DATE.fullmatch(field):
        return [(field, False), (title, True)]
    num = rx.DOCNUM_LINE.match(field)
    if num is not None and not num.group("rest"):
        return [(title, True), (field, False)]
    return None


# 某市2021年禁渔期通告 进一步保护渔业资源、维护渔业生态平衡 — a news page's headline: the text's title, a gap, then the
# site's slogan for it, clauses of words between commas (h228 金华; a name after the gap, 2024某某计划通知 某市某热力,
# is a site's, h224 新源, and is left alone)
HEAD_TITLE_GAP_SLOGAN = re.compile(
    r"^(?P<title>\S{6,80}?)[\t \u3000]{1,8}(?P<slogan>[\u4e00-\u9fff]{2,20}[、，,][\u4e00-\u9fff、，,]{2,30})$"
)


def _head_title_then_slogan(t: str) -> Parts | None:
    """A text's first line of print holding a whole title, then after a gap a phrase of words and commas that is no
    title's piece (clauses between commas, no document type at its end, no body's name): the title's line, then the
    slogan's; None otherwise.

    >>> _head_title_then_slogan("某市2021年禁渔期通告 进一步保护渔业资源、维护生态平衡")
    [('某市2021年禁渔期通告', True), ('进一步保护渔业资源、维护生态平衡', False)]
    >>> _head_title_then_slogan("某市人民政府 关于加强河道管理的通告") is None
    True
    """
    m = HEAD_TITLE_GAP_SLOGAN.match(t)
    if m is None:
        return None
    title, slogan = m.group("title"), m.group("slogan")  # (the words before a comma bounded: no backtracking)
    if not rx.TITLE.match(title) or rx.TITLE_END.search(slogan) or "关于" in slogan:
        return None
    from policykg.ontology.agencies import default_registry  # (the registry knows bodies' names; loaded once)

    return None if default_registry().looks_like_agency(slogan) else [(title, True), (slogan, False)]


def _number_then_addressees(s: str) -> Parts | None:
    m = _NUMBER_THEN_ADDRESSEES.match(s) if "号各" in s or "号有关" in s or "号）" in s or "号)" in s else None
    return (
        [(m.group("num") or m.group("bnum"), False), (m.group("addressees"), False), (m.group("body"), False)]
        if m
        else None
    )


def _number_then_title(s: str) -> Parts | None:
    m = _NUMBER_THEN_TITLE.match(s) if " " in s and "号 " in s else None
    if m and "令" in m.group("num"):  # a decree's head: its number, then the title of its rules
        return [(m.group("num"), False), (m.group("title"), True)]
    return [(m.group("title"), True), (m.group("num"), False)] if m else None  # as a title and its number print


def _title_then_number(s: str) -> Parts | None:
    if not (s.endswith(("号", "）", ")")) and "〔" in s and "。" not in s and "，" not in s):
        return None
    m = _GLUED_NUMBER.match(s)
    if m is None or m.group("title").endswith(("《", "（")) or "》（" in s:
        return None
    if rx.DOCNUM_LINE.match(s):
        return None  # 工信厅政法函〔2022〕338号: a number alone, its prefix ending in a 文种 (函)
    title, num = m.group("title"), m.group("num") or m.group("bnum")
    opened = max(title.rfind("（"), title.rfind("("))
    if m.group("num") and opened > max(title.rfind("）"), title.rfind(")")):
        # …的通知（甲建函质〔2019〕76号）: a 函 inside the bracketed number's prefix is no title's end — the
        # number reaches back to the bracket left open
        title, num = title[:opened], title[opened + 1 :] + num
        if not title.endswith(rx.DOC_TYPES) or rx.DOCNUM_LINE.match(num) is None:
            return None
    return [(title, True), (num, False), (m.group("issuers"), False)]


def _run_on_list(s: str) -> Parts | None:
    """一、废止4件省政府规章 (一)X(…) (二)Y(…) / 1.X(…)2.Y(…): a numbered list run into one line."""
    if not (" (二)" in s or " （二）" in s or ")2." in s or "）2." in s):
        return None
    items = _RUN_ON_ITEM.split(s)
    ok = len(items) >= 3 and items[1].startswith(("(一)", "（一）", "1.", "1．"))
    return [(item, False) for item in items] if ok else None


def _number_then_bracketed_title(s: str) -> Parts | None:
    """海关总署公告2020年第108号(关于公布…的公告): a site's heading."""
    m = _NUMBER_THEN_BRACKETED_TITLE.match(s) if "公告" in s and ("号(" in s or "号（" in s) else None
    return [(m.group("title"), True), (m.group("num"), False)] if m else None


def _title_number_body(s: str) -> Parts | None:
    """…目录的公告2010年第50号根据《X》，现将…: a record run into one line."""
    gate = ("公告" in s or "通知" in s or "决定" in s) and (
        "号根据" in s or "号为" in s or "号按照" in s or "号经" in s or "号)" in s or "号）" in s
    )
    m = _TITLE_NUMBER_BODY.match(s) if gate else None
    if m is None:
        return None
    return [(m.group("title"), True), (m.group("num") or m.group("bnum"), False), (m.group("body"), False)]


def _addressees_then_body(s: str) -> Parts | None:
    """各区人民政府…: 经市政府同意，… (a flat text's line is flat.py's)."""
    if not (s.startswith("各") and ("：" in s or ":" in s) and len(s) < rx.FLAT_MIN_CHARS):
        return None
    m = _ADDRESSEES_THEN_BODY.match(s)
    if (
        m is None
        or not rx.ADDRESSEE.match(compact(m.group("addressees")))
        or not _ADDRESSEE_END.search(m.group("addressees"))
    ):
        return None
    return [(m.group("addressees"), False), (m.group("body"), False)]


# 2002年1月28日 财会〔2002〕1009号 — a law site's line of a notice's date, then its number (h56 财政部)
_DATE_THEN_NUMBER = re.compile(
    r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*(?P<num>[\u3400-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,5}号)$"
)


# 2020年10月9日 乐山市政府信息主动公开办法 — a notice's date glued before the title of the text it issues (h58)
_DATE_THEN_TITLE = re.compile(
    r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s+(?P<title>[^\s。，；：:]{4,80}?(?:"
    + "|".join(rx.DOC_TYPES)
    + r"))$"
)


# 2022年9月30日   (某日报记者 张某 ) — a signature's date with a news site's credit run on after it (h199 城阳)
_DATE_THEN_CREDIT = re.compile(
    r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*"
    r"(?P<credit>[（(][^（）()]{0,30}?(?:记者|通讯员|编辑|供稿|摄影)[^（）()]{0,20}[）)])$"
)


def _date_then_credit(s: str) -> Parts | None:
    """2022年9月30日 (某报记者 张某): the date's line, then the credit's."""
    m = _DATE_THEN_CREDIT.match(s) if s[:2] in ("19", "20") and s.endswith((")", "）")) else None
    return [(m.group("date"), False), (m.group("credit"), False)] if m else None


def _date_then_title(s: str) -> Parts | None:
    """2020年10月9日 乐山市X办法: the date's line, then the title's."""
    m = _DATE_THEN_TITLE.match(s) if s[:1].isdigit() and " " in s else None
    return [(m.group("date"), False), (m.group("title"), True)] if m else None


# 国家药监局关于…的公告（2023年第132号） — an announcement's title with its number in brackets after it (h64; not
# 国家林业和草原局公告（2021年第13号）, a head and its number, h50)
_TITLE_THEN_ANNOUNCEMENT_NUMBER = re.compile(
    r"^(?P<title>[^（）()。，]{6,120}?的(?:公告|通告))[（(](?P<num>(?:19|20)\d\d年第\d{1,4}号)[）)]$"
)
# 2012-12-06 国家税务总局公告2012年第54号 — a bulletin's line of the date, then the announcement's number (h64)
_ISO_DATE_THEN_NUMBER = re.compile(
    r"^(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2})\s*(?P<num>[\u4e00-\u9fff]{2,40}?(?:公告|通告)(?:19|20)\d\d年第\d{1,4}号)$"
)


def _title_then_announcement_number(s: str) -> Parts | None:
    """国家药监局关于X的公告（2023年第132号）: the title's line, then the number's."""
    m = _TITLE_THEN_ANNOUNCEMENT_NUMBER.match(s) if s.endswith(("号）", "号)")) and "年第" in s else None
    return [(m.group("title"), True), (m.group("num"), False)] if m else None


def _iso_date_then_number(s: str) -> Parts | None:
    """2012-12-06 国家税务总局公告2012年第54号: the number's line, then the date's."""
    m = _ISO_DATE_THEN_NUMBER.match(s) if s[:2] in ("19", "20") and s.endswith("号") else None
    return [(m.group("num"), False), (m.group("date"), False)] if m else None


# (此件发至乡)            2017年6月13日 — a distribution note and the signature's date on one line (珲春 h61), either
# order (2018年5月17日 ( 此件主动公开 ): a converter's blanks inside the brackets, h190 住建部)
_NOTE_AND_DATE = re.compile(
    r"^(?:(?P<note>[（(] ?此件[^（）()]{0,10}[）)])\s*(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
    r"|(?P<date2>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*(?P<note2>[（(] ?此件[^（）()]{0,10}[）)]))$"
)


def _note_and_date(s: str) -> Parts | None:
    """(此件发至乡) 2017年6月13日: the date's line and the note's, in print order."""
    m = _NOTE_AND_DATE.match(s) if "此件" in s else None
    if m is None:
        return None
    return (
        [(m.group("note"), False), (m.group("date"), False)]
        if m.group("note")
        else [(m.group("date2"), False), (m.group("note2"), False)]
    )


# 国家医保局 财政部 2021年4月12日 / 卫生部 一九九四年九月五日 — a signature and its date on one line (a PDF's
# conversion, h72)
# (a publication note after the date, 文山州人民政府 2022年8月1日 (此件公开发布), or a rule and the next text's
# title, 迪庆州人民政府法制办公室 2016年12月1日 ------ 迪庆藏族自治州…条例(草案), h90)
_SIGNERS_THEN_DATE = re.compile(
    r"^(?P<names>[\u4e00-\u9fff（）()、 ]{2,80}?)\s*(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"(?:\s*(?P<note>[（(] ?此件[^（）()]{0,10}[）)])|\s*[-—_=]{3,}\s*(?P<rest>[^-—_=\s].*)"
    r"|\s*(?P<file>[^\s。][^。]{0,80}?" + rx.FILE_SUFFIX + r"))?$",
    re.I,
)
# (某县市场监督管理局 2021年07月02日 2021年第9期 食品 合格39批次.xlsx — a signature and its date, then an attachment's
# file name a portal printed on the same line, h227 宿松: the line ends in a file's extension, rx.FILE_EXTENSION)


def _signers_then_date(s: str) -> Parts | None:
    """国家医保局 财政部 2021年4月12日: the signers' line, then the date's (then a note's, or the next text's)."""
    if (
        not (s.endswith(("日", "）", ")")) or "---" in s or "———" in s or rx.FILE_EXTENSION.search(s))
        or s[:1].isdigit()
    ):
        return None
    m = _SIGNERS_THEN_DATE.match(s)
    if m is None:
        return None
    from policykg.ontology.agencies import default_registry  # (the registry knows bodies' names; loaded once)

    if not default_registry().looks_like_agency(m.group("names")):
        return None
    tail = m.group("note") or m.group("rest") or m.group("file")
    return [(m.group("names"), False), (m.group("date"), False), *([(tail, False)] if tail else [])]


# 2015年3月10日 at a line's end (2020年10月30日 (此件公开发布): a distribution note after it; 2023年8月16日。: a
# stray full stop, h199 常州 阳春)
_DATE_AT_END = re.compile(
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:\s*(?P<note>[（(] ?此件[^（）()]{0,10}[）)])|。)?$"
)
MAX_SIGNERS_AT_END = 4
# 附件:某市统计表.xls某市农业农村局 — an attachment's file name, the signer glued on after its extension
_FILE_NAME_END = re.compile(rx.FILE_SUFFIX + r"(?=[\u4e00-\u9fff])", re.I)


def _body_then_signature(s: str) -> Parts | None:
    """…请认真贯彻落实。 附件:… 吉林省教育厅 2015年3月10日 — a body's last sentence, then (after a space) its
    signers and date on the same line (吉林 h103, 仙桃 h89): the body's line, the signers', the date's."""
    m = _DATE_AT_END.search(s) if " " in s or "。" in s else None
    if m is None:
        return None
    head = s[: m.start()].rstrip()
    chunks, ext = head.split(" "), []
    if len(chunks) < 2:  # …贯彻落实。某某省教育厅 (the space after the full stop closed): split there
        at = head.rfind("。") + 1
        ext = [e.end() for e in _FILE_NAME_END.finditer(head, at)] if "." in head[at:] else []
        at = ext[-1] if ext else at  # …。附件:某表.xls某市农业农村局: after the attachment's file name
        chunks = [head[:at], head[at:]] if 0 < at < len(head) else chunks
    if len(chunks) < 2:
        return None
    from policykg.ontology.agencies import default_registry  # (the registry knows bodies' names; loaded once)

    reg, k = default_registry(), len(chunks)
    while k > 1 and len(chunks) - k < MAX_SIGNERS_AT_END and reg.looks_like_agency(chunks[k - 1]):
        k -= 1
    at = chunks[k - 1].rfind("。") + 1
    if (
        0 < at < len(chunks[k - 1])
        and 0
        < len(chunks) - k
        < MAX_SIGNERS_AT_END  # (another signer spaced off after it: a signature, no title's space)
        and reg.looks_like_agency(chunks[k - 1][at:])
    ):
        # …的行为。迪庆州农牧局 迪庆州渔政执法支队: the space after the full stop closed, the first signer glued to the
        # last sentence (h192 迪庆)
        chunks = [*chunks[: k - 1], chunks[k - 1][:at], chunks[k - 1][at:], *chunks[k:]]
    body, names = " ".join(chunks[:k]).rstrip(), " ".join(chunks[k:])
    # (running text before them: a sentence, maybe then its 附件 line, or an attachment's file name)
    if not names or ("。" not in body and not (ext and "附件" in body)):
        return None
    return [(body, False), (names, False), (m.group("date"), False), *([(m.group("note"), False)] if m["note"] else [])]


def _date_then_number(s: str) -> Parts | None:
    """2002年1月28日 财会〔2002〕1009号: the number's line, then the date's, as a header prints them."""
    m = _DATE_THEN_NUMBER.match(s) if s[:1].isdigit() and s.endswith("号") else None
    return [(m.group("num"), False), (m.group("date"), False)] if m else None


def _latin_label_then_addressees(s: str) -> Parts | None:
    """Policies and regulations各区人民政府…: a site's English label, then the addressees."""
    if not (s[0].isascii() and s[0].isalpha() and "各" in s):
        return None
    m = _LATIN_LABEL_THEN_ADDRESSEES.match(s)
    if m is None or not rx.ADDRESSEE.match(compact(m.group("addressees"))):
        return None
    return [(m.group("label"), False), (m.group("addressees"), False)]


# …前教育。附:甲市首批X名单2021年6月15日 甲市首批X名单 — a one-line body's end: the attachment list, the signature's
# date, then the attachment's own heading repeating its name (h256 汉川)
_ATTACHMENT_DATE_ATTACHMENT = re.compile(
    r"(?P<list>附件?\s?[:：]\s?(?:1[.．、])?(?P<att>[^。；;：:]{4,60}?))\s?"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s?(?:附件?\s?1?[:：]?\s?)?(?P=att)$"
)


def _attachment_date_attachment(s: str) -> Parts | None:
    """…。附:X名单2021年6月15日 X名单: the body, the attachment list, the date, the attachment's heading."""
    m = _ATTACHMENT_DATE_ATTACHMENT.search(s) if "附" in s and "日" in s[-70:] else None
    if m is None:
        return None
    body = s[: m.start()].rstrip()
    parts = [(body, False)] if body else []
    return [*parts, (m.group("list"), False), (m.group("date"), False), (m.group("att"), False)]


_SPLITS = (
    _note_and_date,
    _signers_then_date,
    _body_then_signature,
    _date_then_number,
    _iso_date_then_number,
    _title_then_announcement_number,
    _date_then_credit,
    _date_then_title,
    _latin_label_then_addressees,
    _number_then_addressees,
    _number_then_title,
    _title_then_number,
    _run_on_list,
    _number_then_bracketed_title,
    _title_number_body,
    _addressees_then_body,
    _attachment_date_attachment,
)


def _under_label(label: str | None, raw: str, s: str, h: int) -> tuple[str, int, str | None]:
    """A line's cleaned text and heading, blank when it is the value of the field label above it; and
    the label this line is, for the line below (the label above, while this line is blank).
    """
    if label is not None and s and _field_value(label, raw):
        s, h = "", 0
    if raw.strip():
        c = raw.strip()
        label = raw if ("：" in raw or ":" in raw) and PAGE_FIELD_ALONE.match(raw) else None
        if label is None and len(c) <= 4 and c in LABELS_OF_A_VALUE:
            label = raw  # 发布机构 / 高台县城关镇: a table printed one cell a line, no colons (城关镇 h68)
        m = _BRACKETED_LABEL.match(c) if label is None and c[-1:] in "]】" else None
        if m and m.group(1) in _BRACKETED_LABELS_OF_A_VALUE:
            label = m.group(1)  # • [ 主题分类 ] / • 教育: the table's label in brackets, its value below (江北 h104)
    return s, h, label


# • [ 主题分类 ] — a portal's label in brackets, alone on its line (its value on the next: 教育, 规划)
_BRACKETED_LABEL = re.compile(r"^[•·\s]*[\[【〔]\s*([\u4e00-\u9fff]{2,6})\s*[\]】〕]$")
_BRACKETED_LABELS_OF_A_VALUE = frozenset(
    "主题分类 体裁分类 组配分类 索引号 有效性 服务对象 信息来源 公开方式 公开范围".split()
)
# the bare labels whose value stands on the next line (not 主动公开 or 正文, values or headings themselves)
LABELS_OF_A_VALUE = frozenset(
    "索取号 索引号 载体类型 发布机构 文件编号 记录形式 公开类别 公开方式 公开范围 公开形式 关键词 主题分类 成文日期 发布日期 "
    "生成日期 生效日期 废止日期 有效性 是否有效 信息来源 责任部门 文号 机构分类 行业分类 公文类型 公开日期".split()
)


# 有效 / 现行有效 / 部分失效 / 已废止 / 尚未生效 — a validity field's value (有效性, 是否有效), never a body's name
_VALIDITY_VALUE = re.compile(r"(?:现行|全部|部分|已经?|尚未)?(?:有效|失效|无效|废止|修改|修订|生效)")
_VALIDITY_LABELS = frozenset(("有效性", "是否有效", "时效性", "有效性状态"))


def _field_value(label: str, raw: str) -> bool:
    """The line under a field label standing alone is its value (主题词 takes only a keyword line).

    >>> _field_value("发布日期：", "2018年12月27日"), _field_value("主 题 词：", "国务院关于X的通知")
    (True, False)
    """
    if label.strip().rstrip(":：").strip() in _VALIDITY_LABELS:  # 有效性 / (blank) / 某某市人民政府办公室: a validity
        c = compact(raw)  # label whose value a script fills, the body title's issuer line under it (h164 呼和浩特)
        return len(c) <= 4 or _VALIDITY_VALUE.fullmatch(c) is not None
    if label.strip() in LABELS_OF_A_VALUE or label in _BRACKETED_LABELS_OF_A_VALUE:  # a short value, never a title
        c = raw.strip()
        return len(c) <= 30 and not _NOT_A_VALUE.search(c) and c not in BARE_FIELD_LABELS
    if KEYWORDS_LABEL.match(label):
        words = raw.split()
        return bool(KEYWORD_LINE.match(raw.strip())) and sum(len(w) > 1 for w in words) >= 2
    # 来源： / (font buttons) / 华北监能市场〔2019〕117号 — a doc number alone is the value of no label but a number's
    # (文号 above): a label whose value a script fills leaves the text's own number line under it (h85 华北)
    # (a number whose 〕 and 号 a page lost, 甲府办字〔2015118, is no count's value either: 访问量: above it, h73 赣州)
    c = raw.strip()
    number = _NUMBER_ALONE.match(c) or _damaged_number_alone(c)
    if _ISSUER_LABEL.match(label) and _TITLE_ABOUT.search(c):  # 发布单位: (empty) / (blank) / 关于…的通知: the page's
        return False  # title under a body's label whose value a script fills is no body's name (h256 上虞)
    return not PAGE_FIELD.match(raw) and not (number and "号" not in label)


# 发布单位: / 发布机构： / 发文机关: — a label whose value names a body
_ISSUER_LABEL = re.compile(r"^\s*(?:发布单位|发布机构|发文机关|发文单位)\s*[:：]?\s*$")
# …关于加强X工作的通知 — a line that reads as a title: 关于, then a document type ending it
_TITLE_ABOUT = re.compile(ABOUT_TO_GENRE)


def _damaged_number_alone(c: str) -> bool:
    """``甲府办字〔2015118`` — a doc number whose closing bracket and 号 were lost, its opening bracket left (see
    rx.DAMAGED_NUMBER)."""
    m = rx.DAMAGED_NUMBER.match(c) if len(c) <= 22 and "〔" in c else None
    return m is not None and m.group("open") is not None


_NUMBER_ALONE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号$")


def compact(s: str) -> str:
    """Drop all whitespace: the form titles are compared and keyed in."""
    return "".join(s.split())


# [试行] / [暂行] — a word in square brackets in a title (…综合评价方案[试行], h106 山东), or a revision note with its
# date in figures (…公告格式[2022年7月修订], h203 深交所): kept as printed, while a year's [2014] (a number in the
# title, no CJK inside) becomes 〔2014〕
BRACKETED_WORD = re.compile(r"(\[(?=[0-9]{0,8}[\u4e00-\u9fff])[\u4e00-\u9fff0-9]{1,12}\])")


def title_text(s: str) -> str:
    """A title as stored: whitespace removed, except between two Latin letters or digits."""
    s = _SPACES.sub(" ", s).strip()
    s = re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", s)
    s = s.replace("(", "（").replace(")", "）")
    if "[" not in s and "]" not in s:
        return s
    parts = BRACKETED_WORD.split(s)  # (odd parts: the bracketed words, kept)
    return "".join(p if i % 2 else p.replace("[", "〔").replace("]", "〕") for i, p in enumerate(parts))


# （内蒙古）2022年正蓝旗人民政府工作报告 / （福建省）2024年某县人民政府工作报告 — a reprinter's tag of the province or
# region before a headline, no part of the title (h148 正蓝旗, h152 宁化); the short names of the provincial-level
# divisions, maybe with 省 / 市 / 自治区
PROVINCE_TAG = re.compile(
    r"^[（(](?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南"
    r"|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?[）)](?=[^，。；：,;:]{4})"
)


def without_province_tag(t: str) -> str:
    """``t`` without a leading bracketed province name (see PROVINCE_TAG)."""
    return PROVINCE_TAG.sub("", t, count=1) if t[:1] in "（(" else t
