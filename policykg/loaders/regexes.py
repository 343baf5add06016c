"""Every pattern the loaders use, named, each with what it matches.

Patterns run on *cleaned* text (see :mod:`policykg.loaders.clean`): brackets around doc-number
years are already 〔〕, full-width digits are ASCII, stray spaces inside numbers and dates are gone.
"""

from __future__ import annotations

import re

from policykg.ontology.agencies import patterns as agency
from policykg.ontology.doc_types import default_vocabulary

VOCAB = default_vocabulary()

CJK = r"\u3400-\u9fff"

# ---------------------------------------------------------------- cleaning (raw text)
# 〔2024〕 [2024] （2024） (2024) 【2024】 ［2024］ ｛2024｝ ﹝2024﹞ 〖2024〗, with stray spaces, after a CJK
# prefix — the bracketed year of a doc number, before normalisation.
RAW_DOCNUM_YEAR = re.compile(
    r"(?<=[" + CJK + r"A-Za-z])\s*[〔\[［（(【{｛﹝〖]\s*((?:19|20)\d\d)\s*[〕\]］）)】}｝﹞〗]\s*(\d{1,4})\s*号"
)
# 中市协发2023 107 号 — a doc number alone on its line whose brackets a page lost, a space left where the year
# ends (h203 交易商协会): the prefix, the year, the serial; read as 中市协发〔2023〕107号 (only a whole line: in a
# sentence, a year and a count may stand so)
RAW_SPACED_NUMBER_LINE = re.compile(
    r"^(?P<prefix>[" + CJK + r"]{1,12}?)\s{0,2}(?P<year>(?:19|20)\d\d)\s{1,3}(?P<serial>\d{1,4})\s{0,2}号$"
)
# 中国人民银行令[2021]第 4 号 — a year-numbered order, before normalisation.
RAW_ORDER_YEAR = re.compile(r"(?<=令)\s*[〔\[［（(【]\s*((?:19|20)\d\d)\s*[〕\]］）)】]\s*第\s*(\d{1,4})\s*号")
# "中华人民共和国卫生部第27号令", "国务院第 588 号令" — an order number the way it is often spoken, 令 last (h36)
# (not a command's: 某市…防控指挥部5号令 is the order's heading as printed, its serial no order number, h80, h172)
RAW_ORDER_LAST = re.compile(r"(?<=[部院委局府署会行厅办])(?<!指挥部)\s*第?\s*(\d{1,5})\s*号令")
# "2024年第 4号", "2024 年第4 号" — an announcement number with stray spaces.
RAW_ANNOUNCEMENT = re.compile(r"((?:19|20)\d\d)\s*年\s*第\s*(\d{1,4})\s*号")
# "第 227 号" — an order/serial number with stray spaces.
RAW_SERIAL = re.compile(r"第\s+(\d{1,5})\s*号|第(\d{1,5})\s+号")
# "2024 年 10 月 10 日" — a date with stray spaces.
RAW_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# Lone page numbers and page furniture: "12", "- 12 -", "—12—", "第 3 页", "共 8 页"; "Page 1428:" (a PDF
# extractor's page marker, "# Page 1428:" once the Markdown mark is off).
# (— — — 2 —: a Word file's page number, its dashes spaced out, h47; a year alone — 2023 — is no page number: a
# PDF's line break may leave it alone inside a title, h48)
PAGE_ARTEFACT = re.compile(
    r"^\s*(?:(?:[-—–－]\s*){1,4}\d{1,4}(?:\s*[-—–－]){1,4}|(?!(?:19|20)\d\d\s*$)\d{1,4}|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|共\s*\d+\s*页"
    r"|[Pp]age\s*\d{1,5}\s*[:：]?"
    # 2023-01-05 10:00 区人民政府办公室 — a page's byline: when it was posted, and by whom
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*[\u4e00-\u9fff]{2,30})?"
    # 第03版 / 第10版:文件 上一版3 4下一版 — a newspaper's page (an e-paper's navigation, h43)
    r"|第\s*\d{1,3}\s*版(?:[:：][\u4e00-\u9fff]{1,8})?(?:\s*上一版\s*\d{0,3}\s*\d{0,3}\s*下一版)?)\s*$"
)
# …a line that may be one, found anywhere in a whole text (a wider net: every line PAGE_ARTEFACT takes, a Markdown
# page's "# 22" too).  A text holding none has no page to read across, so the passes that join what a page break
# cut skip it after one scan.  Each run of spaces is followed by a character it cannot hold: linear, never
# backtracking over a long blank line or a text of blank lines (tests/test_hostile_patterns.py)
PAGE_ARTEFACT_LINE = re.compile(
    r"^[ \t\u3000\xa0#]*(?:[-—–－][ \t\u3000\xa0—–－-]*\d|\d{1,4}[ \t\u3000\xa0]*$|[第共][ \t\u3000\xa0]*\d|[Pp]age"
    r"|(?:19|20)\d\d-\d)",
    re.M,
)
# Scraper clutter: "字号：大 中 小", "打印本页", "关闭窗口", "【字体：大 中 小】", "扫一扫在手机打开当前页"; a share
# bar's words alone, a few a line ("分享 微信", "头条", "微博 空间 qq", "【字体: 打印")
PAGE_CLUTTER = re.compile(
    r"^\s*[【\[]?\s*(?:字号|字体)\s*[:：]?\s*[大中小\s]+[】\]]?\s*$"
    r"|^\s*(?:打印本页|关闭窗口|【?打印】?|【?关闭】?|【?朗读】?|分享到[:：].*|扫一扫在手机(?:上)?打开当前页)\s*$"
    r"|^(?=.{1,30}$)(?:\s*(?:分享到?|微信|微博|头条|QQ空间|空间|[Qq]{2}|朋友圈|收藏|打印|关闭|纠错|字体|字号|默认|超大|放大|缩小"
    r"|[【】:：|大中小]))+\s*$"
    # 扫描二维码 分享好友和朋友圈 / 放大字体 缩小字体 2020-01-10 14:26:21 来源:… 浏览次数:1122 — a page's tools
    r"|^\s*扫描二维码.{0,20}$|^\s*(?:放大字体|缩小字体).{0,100}$"
    # 首页 | 版面导航 | 标题导航 | — a site's navigation bar: short links between bars
    r"|^\s*(?:[^|｜\s]{1,6}\s*[|｜]\s*){2,}(?:[^|｜\s]{1,6})?\s*$"
    # 政策解读 文字解读:《X》 / 相关解读： — a page's links to the text's interpretations
    r"|^\s*(?:政策解读|相关解读|文字解读|图片解读|图文解读|视频解读|解读)(?:链接)?(?:\s|[:：]).{0,100}$"
)
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
MARKDOWN_LIST = re.compile(r"^[-*+•]\s+")  # - item / • item (a page's bullet list)
HTML_TAG = re.compile(r"<[^>]{1,200}>")

# ---------------------------------------------------------------- doc numbers (clean text)
# 豫政办〔2024〕46号 / 国办发〔2021〕22号 / 人社部发〔2024〕11号 / 工信厅联企业函〔2025〕50号
# (not from a date's last character: 1980年4月26日桂政发〔1980〕94号 is 桂政发〔1980〕94号, h71, nor from 以 / 按 / 据: …以京高法发
# 〔2001〕219号发布 is 京高法发〔2001〕219号, h79, nor from 照: 按照豫政〔2020〕5号文件 is 豫政〔2020〕5号; no 号 inside a prefix:
# …时效性现行有效发文字号国函〔2000〕83号, a record's label glued on, is 国函〔2000〕83号); the serial as printed, with a
# 第 or leading zeros: 某政决字〔2023〕第11号, 某环改字〔2021〕05号 (kept by DocNumber's form and width); a prefix may hold
# one bracketed part (a unit's section) between its characters: 甲自然执(经)罚字〔2024〕4号, 乙国土(执法)决定字〔2018〕第15号
_PREFIX_SECTION = r"(?:[（(](?!试行|暂行|修订|草案)[" + CJK + r"]{1,4}[）)][" + CJK + r"]{1,6}?(?=〔))?"
DOCNUM = re.compile(
    r"(?P<prefix>(?![年月日以按据照])(?:(?!号)["
    + CJK
    + r"A-Za-z]){1,14}?"
    + _PREFIX_SECTION
    + r")〔(?P<year>(?:19|20)\d\d)〕(?P<di>第)?(?P<serial>\d{1,4})号"
)
# a case number with its year FIRST, as case decisions of courts and reconsideration bodies print it:
# 〔2024〕某政行复(决)字第88号 / 〔2023〕某复第5号 (no character or letter before the year bracket, the prefix
# after it, the serial after 第; a bracketed section may stand in the prefix)
YEAR_FIRST_NUMBER = re.compile(
    r"(?<![A-Za-z"
    + CJK
    + r"])〔(?P<year>(?:19|20)\d\d)〕(?P<prefix>["
    + CJK
    + r"]{1,10}(?:[（(]["
    + CJK
    + r"]{1,4}[）)]["
    + CJK
    + r"]{0,4})?)第(?P<serial>\d{1,5})号"
)
# 河南省人民政府令第227号 / 省政府令第 227 号 (order numbers); 生态环境部、公安部、交通运输部令第23号 (a joint
# order of ministries, named one after the other)
_JOINT_ORDER_HEADS = r"(?:[" + CJK + r"]{2,20}、){0,5}"
ORDER_NUMBER = re.compile(
    r"(?P<prefix>(?![年月日])" + _JOINT_ORDER_HEADS + r"[" + CJK + r"]{2,30}?令)\s*第(?P<serial>\d{1,5})号"
)
# 中国人民银行令〔2021〕第4号 / 国家发展和改革委员会令2024年第7号 (orders numbered within a year)
ORDER_YEAR_NUMBER = re.compile(
    r"(?P<prefix>(?![年月日])"
    + _JOINT_ORDER_HEADS
    + r"["
    + CJK
    + r"]{2,30}?令)(?:〔(?P<byear>(?:19|20)\d\d)〕|(?P<year>(?:19|20)\d\d)年)第(?P<serial>\d{1,4})号"
)
# 2024年第4号 (announcement numbers, usually under "XX公告")
ANNOUNCEMENT_NUMBER = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)年第(?P<serial>\d{1,4})号")
# 发文字号皖交发〔2021〕63号 — the labels of a record's number field, as a number's prefix can hold them glued on
NUMBER_LABEL_BEFORE = re.compile(r"^(?:发文字号|发文文号|发布文号|发文编号|文件编号|发文号|文号)")
# 文收悉 / 请示收悉 / 收悉 — what follows the number of a letter a reply acknowledges
ACKNOWLEDGED = r"[\u4e00-\u9fff]{0,4}?收悉"
# A line that is only a doc number, maybe followed by a date: "郑政办〔2022〕13号 2022年2月28日" (not a title
# the number is glued before: 梁政发〔2023〕7号关于印发…的通知, h63)
# (nor the number of the letter a reply acknowledges, its first sentence cut onto a line of its own by a PDF's
# column: 沪建应急〔2023〕451号文收悉。 / 你局X〔2024〕3号请示收悉。)
DOCNUM_LINE = re.compile(
    r"^(?P<num>["
    + CJK
    + r"A-Za-z]{1,14}"
    + _PREFIX_SECTION
    + r"〔(?:19|20)\d\d〕第?\d{1,4}号)\s*(?!《?(?:关于|印发|转发|批转)|"
    + ACKNOWLEDGED
    + r")(?P<rest>.{0,20})$"
)
# 签发人:某某 / 签发人：某某某 — a red head's signer note run onto the number line (长房议字〔2025〕11号 签发人:某某, h235 长春):
# what may follow a number line's number besides its date
SIGNER_NOTE = re.compile(r"签发人[：:]?[\u4e00-\u9fff·]{2,8}")
# 濮经开202157 / 怀政办〔202215 / 治政办[201793 — a number whose brackets or 号 a page lost (濮阳 h68, 怀远 h63, 治多
# h78): its prefix, the year and the serial run together.  A header line, not a title's; read as a number only when
# its opening bracket is left (without one, where the year ends is unsure) — or its closing one (景高新2019〕17, h254
# 景德镇), then only where the page prints no sound form of it (a 文号 field's 元政规〔2024〕1号, h192 元谋)
DAMAGED_NUMBER = re.compile(
    r"^(?P<prefix>[\u4e00-\u9fff]{1,12})(?P<open>[〔\[［(（])?(?P<year>(?:19|20)\d\d)(?P<close>[〕\]］)）])?(?P<serial>\d{1,4})号?$"
)
# 粤发改气候函20175831 / 粤发改气候函20171530号 / 某发改2015408号 — a number whose 〔〕 a crawler stripped with other marks,
# opening a header line, alone or run into the addressee (…函20175831各有关…：, h216 广东): the prefix, a 4-digit year,
# the serial (no leading 0); read only where the prefix ends as a number's word does (函 / 发 / 字) or the serial keeps
# its 号 — so no phone number or code reads as one
STRIPPED_NUMBER_LINE = re.compile(
    r"^(?:(?P<prefix>[\u4e00-\u9fff]{1,12}?[函发字])(?P<year>(?:19|20)\d\d)(?P<serial>[1-9]\d{0,3})号?"
    r"|(?P<prefix2>[\u4e00-\u9fff]{2,12})(?P<year2>(?:19|20)\d\d)(?P<serial2>[1-9]\d{0,3})号)(?=$|\s|各|有关)"
)
# 法发〔2015〕13号《最高人民法院关于完善人民法院司法责任制的若干意见》 — a law site's heading: the number, then the
# title it belongs to in book marks (the title printed again below, h79)
NUMBER_BEFORE_QUOTED_TITLE = re.compile(
    r"^(?P<num>[" + CJK + r"A-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,4}号)《(?P<title>[^《》]{4,150})》$"
)
# "河南省人民政府令" alone on a line (the number follows on the next line)
ORDER_HEAD_LINE = re.compile(r"^(?P<issuer>[" + CJK + r"]{2,30}?)令$")
# "第227号" alone, "（第227号）" under a provincial 令 head, or "河南省人民政府令 第227号"
# (a joint order: its bodies joined by 、 — 卫生部、国家环境保护总局令第21号, as a law database's record prints it)
ORDER_LINE = re.compile(
    r"^(?:(?P<issuer>[" + CJK + r"]{2,30}?(?:、[" + CJK + r"]{2,30}?){0,5})令\s*)?[（(]?第(?P<serial>\d{1,5})号[）)]?$"
)
# "2024年第5号" / "〔2021〕第4号" under a 令 head (中华人民共和国交通运输部令) — an order numbered within a year;
# "商务部令2024年第1号" — the head and the number on one line
ORDER_YEAR_LINE = re.compile(
    r"^(?:(?P<issuer>[" + CJK + r"]{2,30}?(?:、[" + CJK + r"]{2,30}?){0,5})令\s*)?"
    r"[（(]?(?:(?P<year>(?:19|20)\d\d)年|〔(?P<byear>(?:19|20)\d\d)〕)第(?P<serial>\d{1,4})号[）)]?$"
)
# "2024年第4号" alone on a line, or "XX公告 2024年第4号" (2025年8号 / 2019年05号: a city bureau's serial printed
# without 第, h200 无锡 扬州: no group di)
ANNOUNCEMENT_LINE = re.compile(
    r"^(?:(?P<issuer>[" + CJK + r" ]{2,80}?)(?:公告|通告)\s*)?"
    r"(?:(?P<year>(?:19|20)\d\d)年|〔(?P<byear>(?:19|20)\d\d)〕(?=第))(?P<di>第)?(?P<serial>\d{1,4})号"
    # (… 2018-6-15: a page's posting date after the number, 安徽 h76; … 2010-12-24 全文有效: a law database's row of
    # number, date and validity, h159 海关总署)
    r"(?:\s*(?P<date>(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}))?(?:\s*(?:全文有效|现行有效|部分有效|部分失效|已失效|失效))?$"
)
# "中华人民共和国农业部公告 第2567号" — a body's announcements numbered in one series, not within a year
SERIAL_ANNOUNCEMENT_LINE = re.compile(r"^(?P<issuer>[" + CJK + r"]{2,40}?)公告\s*第(?P<serial>\d{1,5})号$")
# 新华社北京3月5日电 / 中评社北京2月21日电/ — a news agency's dateline before a report or a reprinted text (h36, h42)
NEWS_DATELINE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:社|网|报)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电\s*[/／:：]?\s*")
# 中商情报网讯：近日，某市人民政府印发《X》的通知，… / 《X》已于本月发布，… — a news lead opening a text printed
# without its title: it names the text printed under it (a site's lead, no citation; h70 天津, h75 东莞).  (近日，国务院印发
# 《X》。为贯彻落实…制定本方案 names a text the one printed carries out: only 印发《X》的通知, the news' name of X's notice)
NEWS_LEAD_NAMING = re.compile(
    r"^(?:[^。！？!?《》]{0,30}?(?:讯|日前|近日|近期)[：:，,]?[^。！？!?《》]{0,30}?(?:印发|发布|出台|公布)了?"
    r"《(?P<named>[^《》]{4,80})》(?=的通知)"
    r"|《(?P<lead>[^《》]{4,80})》(?:已于|已经|于)[^。，,；;《》]{0,12}?(?:印发|发布|出台|公布))"
)
# 中央印发农村扶贫开发纲要 / 李克强签署国务院令 — a news headline's verb (an official title says 关于印发…的通知)
HEADLINE_VERB = re.compile(r"(?:印发|签署|发布|公布|出台|部署|审议通过)")
# 楚雄彝族自治州人民政府公报（2015年第4期） / 某某政报 2020年第3期 — the name of a gazette's issue (no document)
GAZETTE_ISSUE = re.compile(r"(?:公报|政报)\s*[（(]?(?:19|20)\d\d年第\d{1,3}期[）)]?$")
# "XX公告" alone on a line, above an announcement number; "XX通告" / "通  告" (a public notice, its issuer on the
# line above or in the head) the same way: 〔2024〕第3号 under it
ANNOUNCEMENT_HEAD_LINE = re.compile(
    r"^(?P<issuer>[" + CJK + r" ]{0,80}?)公\s*告$|^(?P<tissuer>[" + CJK + r"]{0,80}?)通\s*告$"
)

# ---------------------------------------------------------------- dates
CN_DIGITS = "〇零一二三四五六七八九十"
# 2024年9月2日
DATE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# 二〇二四年九月二日 / 二〇二三年十二月三十一日
CN_DATE = re.compile(
    r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日"
)
# 二〇一一年5月16日 — the year in numerals, the month and day in digits (a signature typed in two hands, h58 兖州)
CN_YEAR_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# 2024-09-02 / 2024.9.2 / 2024/9/2 (scraped pages, file names)
ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)")
# （民政部　一九九七年一月二十八日） / （国家发展改革委 财政部 2024年3月1日） under a title — who wrote the
# text and when, printed as a note (a forwarded report, a speech, a text reprinted in a collection)
ISSUER_DATE_NOTE = re.compile(
    r"^[（(](?P<issuers>[\u4e00-\u9fff][\u4e00-\u9fff、 ]{1,60}?)\s?(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[）)]$"
)
# 1999年7月13日,国家海洋局 — a legal database's line under a title: the date, then the issuer, unbracketed (h115)
DATE_THEN_ISSUER_LINE = re.compile(
    r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"\s?[,，、]\s?(?P<issuers>[\u4e00-\u9fff][\u4e00-\u9fff、 ]{1,60})$"
)
# （大房金管发〔2009〕1号　大连市住房公积金管理委员会） / （1989年7月24日　四川省人民政府令第9号） /
# （辽地税所〔2000〕252号　2000年8月21日） under a title — a legal database's note: the doc number (its date
# before or after it), maybe its issuers
NUMBER_NOTE = re.compile(
    r"^[（(]\s?(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?\s?"
    r"(?P<num>[\u4e00-\u9fffA-Za-z]{1,12}〔(?:19|20)\d\d〕\d{1,5}号|[\u4e00-\u9fff、]{2,40}?令\s?第\d{1,5}号)"
    r"\s?(?P<issuers>[\u4e00-\u9fff][\u4e00-\u9fff、 ]{1,80})?\s?(?P<then>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?[）)]$"
)
# 渝财产业〔2024〕173号.docx — a portal's link to the document's own file, named by its number
OWN_FILE_LINE = re.compile(
    r"^(?P<num>[\u4e00-\u9fffA-Za-z]{1,12}〔(?:19|20)\d\d〕\d{1,5}号)\.(?:docx?|pdf|wps|ofd)$", re.I
)
# 附件: 关于X的公示.pdf / 某局关于X的通知(某字〔2019〕59号).pdf — a page's link to the file of an untitled
# text, named by its title (and number): below the signature, it names the text above
OWN_FILE_TITLE_LINE = re.compile(
    r"^(?:附件[:：]\s?)?(?P<title>[^《》<>:：/\\]{4,120}?)"
    r"(?:[（(](?P<num>[\u4e00-\u9fffA-Za-z]{1,12}〔(?:19|20)\d\d〕\d{1,5}号)[）)])?\.(?:docx?|pdf|wps)$",
    re.I,
)
# 1987年9月16日甘政发〔1987〕139号发布 — in a history note, the number of the notice that issued the text
ISSUING_NUMBER_IN_NOTE = re.compile(
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s?(?P<num>[\u4e00-\u9fffA-Za-z]{1,12}〔(?:19|20)\d\d〕\d{1,5}号)(?:发布|印发|公布)"
)
# A line that is only a date (signature date): "2024年9月2日", "（2024年9月2日）"
DATE_LINE = re.compile(  # (2024年01月30日 星期二: a page's date with its weekday)
    r"^[（(]?\s*(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    r"|[〇零一二三四五六七八九]{4}年\d{1,2}月\d{1,2}日)"  # (二〇一一年5月16日, h58 兖州)
    # (二○一○年十一月十二日。 — a signature date closed by a full stop, h206 浙江)
    # (2022年6月13日10时20分 — an emergency notice's signature date with its hour, h249 永州)
    r"(?:\s?(?:[01]?\d|2[0-4])时(?:[0-5]?\d分)?)?"
    r"(?:\s*星期[一二三四五六日天])?\s*[）)]?。?$"
    r"|^(?:19|20)\d\d年?(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$"  # 20151214 / 2022年1231: a date in digits
    # 2020928 / 2024131: zeros lost, one reading a date; 2021年920 / 2019515日 — 月 (and 日) lost (h68 大张庄, h155 萍乡)
    # 2024110: January 10th (11-0 no day, h245 五大连池; 2024111 could be 1-11 or 11-1: not read)
    r"|^(?:19|20)\d\d年?(?:[2-9](?:[12]\d|3[01])|13[01]|1[12]0)日?$"
    # 201395: six digits, a month and a day of one digit each that no lost digit could have cut from a month or a day
    # of two (h151 吕梁; 202091 may be 9月1x日: not read, h31 兴宁)
    r"|^(?:19|20)\d\d[2-9][4-9]$"
    r"|^(?:19|20)\d\d年\d{1,2}月\d{1,2}号?$"  # 2018年3月13 — 日 lost at the line's end (see DAYLESS_DATE)
)
# 2018年3月13 — a signature date alone on its line whose 日 the page lost (h90 九寨沟), or written 号 as spoken
# (2023年6月5号, h224 巴中): the whole line the date
DAYLESS_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})号?$")
# 20151214 — a date written as eight digits, alone on its line (see DATE_LINE); 2020928 / 2018525 — seven,
# a month of one digit (2–9: 2020111 could be 1-11 or 11-1) and a day of two
DIGITS_DATE = re.compile(
    r"^(?P<y>(?:19|20)\d\d)年?(?:(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])|(?P<m1>[2-9])(?P<d1>[12]\d|3[01])"
    # 2024131: January 31st (13 is no month, h116 隆德)
    # 2024110 / 2024120: January 10th / 20th (11-0 and 12-0 no day, h245 五大连池)
    r"|(?P<m2>1)(?P<d2>3[01]|[12]0)"
    # 201395: September 5th — six digits, one reading (h151 吕梁; a month 1 may be 10–12, a day 1–3 the head of 1x–3x)
    r"|(?P<m3>[2-9])(?P<d3>[4-9]))日?$"
)
# 乡村研究数据库>地方政策>西藏自治区人民政府关于… / 首页»法律法规» — a page's breadcrumb (compact text): two
# separators or more after short steps; never a title, even when its last step is one
# (首页>十三五规划: one step after the site's home is one too)
# (中华人民共和国国务院公报/一九五四年/第一号/X: a wiki's page path, the title printed again under it, h59)
# (1500字范文>「通告」某县人民政府关于…的通告: a site's name and one step, the page's heading — no sentence's
# marks before its one >, its book marks paired after it, h182 前郭; a title's <X> pairs, or the tail of one
# cut over lines, X>的通知》的通知, stay titles)
BREADCRUMB = re.compile(
    r"^[^<>»]{1,30}(?:>>?|»)[^<>»]{1,30}(?:>>?|»)|^(?:网站)?(?:首页|主页)(?:>>?|»|›)"
    r"|^[^<>»›，。,；;：:、《》「」“”()（）\s]{2,20}(?:>>?|»|›)(?!的)[^<>»›《》]{0,200}(?:《[^<>»›《》]{1,100}》[^<>»›《》]{0,100}){0,3}$"
    r"|^[^/／\d]{2,30}[/／][^/／]{1,30}[/／][^/／]{1,30}[/／]"
)
# RENOVATION / English / Home — Latin words alone on a line (a site's banner or menu over a Chinese title):
# never part of the title below (a title's Latin letters — 5G, WTO — stand among its Chinese words)
LATIN_WORDS_LINE = re.compile(r"^[A-Za-z][A-Za-z .,'&|/-]{2,}$")
# Portal metadata printed between a title and its addressee, one item a line: "2024-03-01" (a
# publication date, maybe with its time), "主动公开" (how the page is published)
PORTAL_HEADER_LINE = re.compile(
    r"^(?:(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?:\s?\d{1,2}:\d\d(?::\d\d)?)?"
    r"|主动公开|依申请公开|不予公开|免予公开|政府信息公开)$"
)
# (冀政函〔2010〕57号 2010年4月23日) / (教育部令第12号 2002年8月21日) — a law database's note under a title:
# the text's number (and date)
NUMBER_NOTE_LINE = re.compile(
    r"^[（(][^（）()]{0,20}?(?:[\u4e00-\u9fffA-Za-z]{1,14}〔(?:19|20)\d\d〕\d{1,5}|[\u4e00-\u9fff]{2,30}令第\d{1,5})号"
    r"[^（）()]{0,30}[）)]$"
)
# 发文机关国务院 / 发文日期2000年06月23日 / 发文字号国函〔2000〕83号 / 时效性现行有效 / 效力级别… — a law
# database's record printed label and value with no colon between: only these labels, each with a value
# of its kind and nothing else on the line
GLUED_FIELD = re.compile(
    r"^(?P<label>发文机关|制定机关|颁布机关)(?P<value>[^\s，,。；;：:、]{2,40})$"
    r"|^(?P<dlabel>发文日期|成文日期|公布日期|发布日期|施行日期|实施日期)(?P<dvalue>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2})$"
    r"|^(?P<nlabel>发文字号|文号)(?P<nvalue>[\u4e00-\u9fffA-Za-z]{1,14}[〔\[]\d{4}[〕\]]\d{1,5}号)$"
    r"|^(?:时效性|效力级别|效力等级)[\u4e00-\u9fff]{2,12}$"
)
# A portal's index number (索引号) printed alone on a line: "11330700MB10327095/2024-00144",
# "000014349/2018-00222" — letters, digits and separators only, never part of a title
INDEX_NUMBER_LINE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-/_.]{8,}\d$")
# 自2024年11月1日起施行 / 自印发之日起施行 / 自公布之日起实施 — effective date
EFFECTIVE = re.compile(
    r"自(?P<when>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|"
    r"(?:印发|发布|公布|颁布|下发|签发|成文)之日)起(?:施行|执行|实施|生效|试行|开始施行)"
)
# 有效期至2026年12月31日 / 有效期至 2026 年底 — expiry
EXPIRY_UNTIL = re.compile(
    r"(?:有效期|执行期限|执行期|实施期限)(?:至|到|截至|截止|截止到|截止至)(?P<when>(?:19|20)\d\d年(?:\d{1,2}月\d{1,2}日|\d{1,2}月底|底|末))"
)
# 有效期三年 / 有效期为5年 / 有效期2年 — expiry as a period
EXPIRY_PERIOD = re.compile(r"(?:有效期|试行期|实施期)(?:为|暂定为|暂定)?(?P<n>[一二两三四五六七八九十\d]{1,2})年")
# 有效期 / 执行期 / 实施期 / 试行期: what every EXPIRY_UNTIL and EXPIRY_PERIOD opens with — a text without
# any holds neither (four str scans cost a third of one pattern's scan, whose alternation gives the
# engine no first character to look for; tests/test_loaders_metadata.py keeps the list complete)
EXPIRY_OPENINGS = ("有效期", "执行期", "实施期", "试行期")
# The document's own period of validity: "本办法自印发之日起施行，有效期三年" — not a certificate's.
OWN_VALIDITY_CONTEXT = re.compile(
    r"(?:本[\u4e00-\u9fff]{0,6}(?:办法|通知|意见|方案|细则|规定|措施|政策|规则|决定|计划|公告|条例)|(?:施行|执行|实施|印发|公布)之日起?[^。；]{0,6}[，,])[^。；]{0,30}$"
)
# 《X》已经…常务会议通过，现予公布，自…起施行 / 现公布修订后的《X》 / 现将修订后的《X》公布 — the sentence
# of a decree (令) that promulgates a rule; it stands under the order number
# (or, under the order's number, 《X》已经…常务会议通过，自公布之日起施行 with no 现予公布)
DECREE_SENTENCE = re.compile(
    r"现予(?:公布|发布|颁布)|予以(?:公布|发布)|现(?:将[^。；]{0,100}?)?(?:公布|发布|颁布)"
    r"|已经[^。；]{0,80}?通过[，,]\s?自[^。；]{0,20}?起施行"
)
# 《X》已经2007年11月9日自治区人民政府第102次 — the opening of a decree's sentence, what a page keeps of it when
# it lost the rest of the line (the signature follows)
DECREE_OPENING = re.compile(r"^《[^》]{2,80}》(?:已经|已于|业经)(?:19|20)\d\d年")
# (2024年4月8日河南省人民政府令第225号公布 自2024年5月1日起施行) — promulgation note under a title
PROMULGATION_NOTE = re.compile(
    r"^[（(].{0,60}(?:19|20)\d\d年\d{1,2}月\d{1,2}日.{0,160}?(?:通过|公布|发布|批准|施行|修正|修订|印发).{0,400}[）)]$"
)
# Lines of a law's INFO block: "2005年7月22日 北京市第十二届人民代表大会常务委员会第二十一次会议通过"
# (根据2020年9月29广东省…决定》第三次修正: a date whose 日 the page lost still reads, cee 广东)
PASSED_LINE = re.compile(
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}(?:日|(?![\d日]))).{0,80}?(?P<how>通过|批准|公布|发布|修正|修订|修改|施行)"
)

# ---------------------------------------------------------------- titles
# 文种: the document types a title ends with, longest first (实施意见 wins over 意见) — data in
# policykg/ontology/doc_types.toml.  DOC_TYPES: what a publication's own title ends with; CITED_DOC_TYPES
# also what a title cited in 《》 may end with (通则, 预案, 汇报, 公约 …).
DOC_TYPES = VOCAB.own
CITED_DOC_TYPES = VOCAB.cited
# The basic 文种 for the doc_type property (实施意见 → 意见 …).
BASIC_DOC_TYPE = VOCAB.basics
_DOC_TYPE_ALT = "|".join(DOC_TYPES)
# 征求意见稿 / 送审稿 — a draft's stage right after its document type, unbracketed
DRAFT_STAGE = r"(?:征求意见稿|送审稿)"
# （草案） / （讨论稿） — the stages a draft names in brackets after its title
BRACKETED_STAGE = r"(?:草案|征求意见稿|送审稿|讨论稿|修订稿)"
# （修订草案） / (送审稿) — that stage in its brackets, a revision's 修订 / 修正 before it
BRACKETED_STAGE_MARK = r"[（(](?:修订|修正)?" + BRACKETED_STAGE + r"[）)]"
# A trailing qualifier: （试行）（暂行）（2023—2025年）（修订）（2024年修正）（征求意见稿）
TITLE_QUALIFIER = r"(?:[（(][^（）()]{1,20}[）)]){0,2}"
# A title ends with a document type and an optional qualifier.
TITLE_END = re.compile(r"(?:" + _DOC_TYPE_ALT + r")" + TITLE_QUALIFIER + r"$")
# A cited title 《…》 ends with a document type (the wider list) and an optional qualifier.
CITED_TITLE_END = re.compile(r"(?:" + "|".join(CITED_DOC_TYPES) + r")" + TITLE_QUALIFIER + r"$")
# A document's own title: "[issuers]关于…的通知" or "…办法（试行）"; no sentence punctuation inside.
# (or a command's order headed by its body and the serial in brackets: 某市防控指挥部(17号令), h172 洪湖)
# (a draft's stage printed without brackets before the qualifier: 某局X管理规程征求意见稿(暂行), h200 广东)
TITLE = re.compile(
    r"^[^。；;！？!?：:]{2,150}?(?:(?:"
    + _DOC_TYPE_ALT
    + r")"
    + DRAFT_STAGE
    + r"?"
    + TITLE_QUALIFIER
    + r"|[（(]第?\d{1,4}号令[）)])$"
)
# "关于" starts the subject of a notice-style title.
ABOUT = re.compile(r"关于")
# 关于印发《X》的通知 / 关于印发X的通知 / 关于转发《X》的通知 / 关于发布《X》的公告 — a transmitting title.
# (印发清远市X等制度的通知: a site's title without its issuer and 关于, h58)
TRANSMIT_TITLE = re.compile(
    r"(?:(?:关于|^)(?:印发|转发|发布|颁布|公布|下发|修订印发|重新印发|重新发布|印发修订后的|修订|修改)(?P<what>.+?)"
    r"|(?:印发|转发|发布)(?P<quoted>《.+》)"
    r"|批转(?P<approved>.+?))的(?:通知|公告|通告|决定|函)(?:[（(][^）)]*[）)])?$"
)
# 国务院办公厅转发国家地震局关于X意见报告的通知 — a notice forwarding another body's text, named by that
# body and its subject (no 关于 before the verb, so TRANSMIT_TITLE does not see it)
FORWARD_TITLE = re.compile(r"(?:转发|批转)(?P<what>[^《》]{2,40}?关于.+?)的(?:通知|函)(?:[（(][^）)]*[）)])?$")
# 转发区绿化市容局制订的《X》 / 批转市绿化市容局等五部门制订的《X》 / 转发区消防支队《X》 — the body whose text
# a notice forwards, named before the quoted title (the text itself may be printed unsigned)
FORWARDED_BODY = re.compile(
    r"(?:转发|批转)(?P<body>[^《》，,。；关]{2,30}?)(?:制订|制定|拟定|起草|编制|报送|修订|修改)?的?《"
    # 批转省发展改革委关于2012年经济体制改革重点工作意见的通知 — the body before the forwarded title's 关于
    r"|(?:转发|批转)(?P<maker>[^《》，,。；关]{2,30}?)(?:等[一二三四五六七八九十\d]{1,2}(?:个)?部门)?关于"
)
# 省农村税费改革工作小组办公室制定的《A》、《B》…，已经省政府同意，现转发给你们 — the drafter a forwarding
# notice's sentence names before the texts it forwards
DRAFTED_BY = re.compile(
    r"(?:^|[。：:，,])(?P<body>[^《》，,。；：:]{2,40}?)(?:(?:制订|制定|拟定|起草|编制|修订)的|关于)?《"
)
# 批转 / 转发 — the verb between a forwarding notice's issuer and the body whose text it forwards
FORWARDING_VERB = re.compile(r"批转|转发")
# 浙江省人民政府贯彻国务院关于…的实施意见 / …人民政府贯彻落实国务院关于… — the verb between an implementing
# text's issuer and the body whose document it carries out (the issuer is what stands before it)
CARRYING_OUT_VERB = re.compile(r"贯彻落实|贯彻执行|贯彻|落实")
# 现将《X》印发给你们 / 《X》已经…同意，现印发给你们 — the first sentence of a transmitting notice.
TRANSMIT_BODY = re.compile(r"(?:印发|转发|发布)给?你们|予以(?:印发|发布)|现予(?:印发|发布|公布)")
# 关于修改《X》的决定 — an amending title
AMEND_TITLE = re.compile(r"关于修改(?P<what>.+?)的决定")
# 关于分解落实政府工作报告目标任务的通知 / 关于印发2020年政府工作报告重点工作任务分解表的通知 / …《政府工作报告》重点
# 任务责任落实分工 — a notice dividing the work report's tasks among bodies
REPORT_TASKS_TITLE = re.compile(
    r"(?:分解|分工)[^，。《]{0,4}《?政府工作报告|政府工作报告》?[^，。]{0,16}?(?:分解|分工|责任落实)"
)
# 政府工作报告 / 2023年政府工作报告 / 市政府工作报告 — the government's work report named alone
WORK_REPORT = re.compile(r"(?:\d{4}年)?[省市县区州旗盟]?政府工作报告")
# 关于修订《X》的通知 (not 修订印发 / 修订后的): the revised X follows it in print, or the notice lists the changes
REVISES_ONLY = re.compile(r"关于(?:修订|修改)(?!印发|后)")

# ---------------------------------------------------------------- structure
# 各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门： — addressee line; 厅机关各处室、直属单位： —
# a department's own offices and the units under it
ADDRESSEE = re.compile(
    r"^(?:各|有关|全国|国务院各|省直|市直|区直|县直|本市|全省|全市|[厅局委部署办]机关)[^。；]{1,150}[：:]$"
    r"|^(?!.*(?:如下|下列|以下|是指|包括|通知|公告|要求|规定|办法))[^。；]{2,150}(?:人民政府|管委会|各部门|各单位|相关单位|有关单位|委员会|"
    r"成员单位|组成部门|"  # 示范区(试验区)安委会各成员单位: (恒口 h68)
    r"直属单位|所属单位|处室|厅|局|办公室|办事处|机构|公署|学校|企业|银行|分行|支行|公司|中心)[：:]$"
)
# 目录 / 目 录 — a table of contents heading
TOC_HEADING = re.compile(r"^(?:目\s*录|目\s*次|contents)$", re.I)
# "关于…的通知 ..... 12" / "…（4）" / "- …的通知 ..... (10)" — a table-of-contents entry.  Searched on a
# line's last TOC_TAIL characters only (segment._is_toc_entry): a leader of 100,000 dots stays linear.
TOC_TAIL = 48
TOC_ENTRY = re.compile(
    r"(?:\.{2,48}|…{1,48}|·{2,48}|－{2,48}|-{3,48})\s{0,8}[（(]?\d{1,4}[）)]?\s{0,8}$"
    r"|[^\d年月日号][（(](?!(?:19|20)\d\d[）)])\d{1,4}[）)]$|\s\d{1,4}$"  # 汽车金融公司管理办法（2023）: an edition
)
# 【省政府规章】 / 第一部分 省级政策文件汇编 / 一、国家惠企政策汇编 / 三、开封市惠企政策汇编 — section headings
# "国务院任免国家工作人员……（14）" — a leader of dots and a page number: under a TOC heading an entry even
# when what it lists is no document title (personnel, an index, statistics)
TOC_LEADER_ENTRY = re.compile(r"(?:\.{2,48}|…{1,48}|·{2,48}|－{2,48}|-{3,48})\s{0,8}[（(]?\d{1,4}[）)]?\s{0,8}$")
# "..... (12)" / "…… 3" — a TOC entry's leader and page number at the end of a line (on its tail only)
TOC_PAGE_REF = re.compile(r"[.…·－\-\s]{0,48}[（(]?\d{1,4}[）)]?\s{0,8}$")
# （一）政策规定 / （三）地方政策 / 二、法律法规 — a compilation's numbered part named by the class of documents under it
# (maybe a qualifier, a class, maybe a second one): no title of a text is a class without its subject.  Unnumbered
# (部门文件 / 政府文件) it is a gazette's section label, which the segmenter reads on its own terms.
_DOC_CLASS = r"(?:政策|法律|法规|规章|规定|规制|文件)"
_DOC_CLASS_QUALIFIER = r"(?:国家|中央|省级|市级|县级|区级|地方性|地方|部门|综合|业务|行政|政府|规范性|其他|相关)"
_PART_ENUM = r"(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
DOC_CLASS_HEADING = r"^" + _PART_ENUM + r"\s?" + _DOC_CLASS_QUALIFIER + r"?" + _DOC_CLASS + _DOC_CLASS + r"?$"
SECTION_HEADING = re.compile(
    DOC_CLASS_HEADING
    + r"|^【[^】]{1,30}】$|^第[一二三四五六七八九十\d]+(?:部分|编|篇)(?:\s|$|[\u4e00-\u9fff]).{0,30}$|^[一二三四五六七八九十]+、.{0,30}(?:汇编|政策|文件|部分)$|^.{0,30}(?:政策汇编|文件汇编|汇编)$"
)
# Sentence-final punctuation: a line ending with it is not part of a title block.
SENTENCE_END = re.compile(r"[。；;！!？?：:，,、]$")
# 第一章 总则 / 第一条 — the start of a law's articles
FIRST_ARTICLE = re.compile(r"^(?:第[一1]章|第[一1]条|第[一1]节)(?:\s|$|[（(〖【]|[" + CJK + r"])")
# 附件 / 附件1 / 附件：1. … — an attachment marker (belongs to the document above)
ATTACHMENT = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]?")
# "附件1" / "附 件" / "附件：" alone on a line — a printed attachment begins below (its title, then its text)
ATTACHMENT_ALONE = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[：:]?$")
# 国务院关于同意建立X制度的批复 / 关于原则同意X方案的复函 — an approval: what it approves (X), printed as its
# attachment, is published with it
APPROVAL_TITLE = re.compile(r"关于(?:原则)?同意(?P<what>[^。；]{2,100}?)的(?:批复|复函|函)$")
# Contact lines at the end of a notice.
CONTACT = re.compile(r"^(?:联系人|联系电话|联\s*系\s*人|电话|传真|邮箱|地址)[：:]")
# （此件公开发布）/ （此件主动公开）/（此件不公开）/ ( 此件主动公开 ) (a converter's blanks inside the brackets)
PUBLICITY_NOTE = re.compile(r"^[（(] ?此件.{0,10}[）)]$")

# ---------------------------------------------------------------- references
# 《title》 with nested 〈〉 allowed inside.
BOOK_TITLE = re.compile(r"《(?P<title>[^《》]{2,160})》")
# Things in 《》 that are not documents: forms, certificates, agreements, books, newspapers — the
# endings in doc_types.toml [not_documents] (申请表, 就业创业证, 协议书, 人民日报 …)
NOT_A_DOCUMENT = re.compile(r"(?:" + "|".join(map(re.escape, VOCAB.not_document_endings)) + r")$")
# （GB/T 4754—2017） / （GB 50180） / （DCMM）标准 / 国家标准 / 行业标准 after a 《title》: the title is a standard's,
# a cited document whatever its last word (the code is no doc number; 《电子商务平台知识产权保护管理》国家标准, h147)
STANDARD_AFTER = re.compile(
    r"^\s{0,2}(?:[（(]\s{0,2}(?:"
    + "|".join(map(re.escape, VOCAB.standard_prefixes))
    + r")\s{0,2}\d[\d.\-—–\s]{0,20}[）)]|(?:[（(][A-Za-z]{2,10}[）)])?(?:国家|行业|地方|团体)?标准)"
)
# 《城镇供水服务CJ/T 316—2009》 — a standard's name with its code inside the marks: a cited document too
STANDARD_CODE_AT_END = re.compile(
    r"(?:" + "|".join(map(re.escape, VOCAB.standard_prefixes)) + r")\s{0,2}\d[\d.]{0,10}\s{0,2}[\-—–]\s{0,2}\d{4}$"
)
# A doc number right after a title: 《…》（国办发〔2016〕54号） or (2023年第15号)
FOLLOWING_NUMBER = re.compile(r"^\s*[（(]\s*(?P<num>[^（）()]{2,40}?)\s*[）)]")
# Role triggers, read in the clause before a mention.
BASED_ON_TRIGGER = re.compile(r"(?:根据|依据|依照|按照|遵照|据此|按$)")  # 按 right before the title
IMPLEMENTS_TRIGGER = re.compile(
    r"(?:贯彻落实|贯彻执行|认真贯彻|深入贯彻|全面贯彻|贯彻|落实|认真执行|(?<!的)组织实施|为了?实施|(?:深入|全面|认真|切实|加快|扎实|有效|大力|积极|继续|推行)实施"
    r"|(?:实施|执行)好)"  # (进一步实施好《X》 / 执行好《X》, h168 平潭)
)
# Read after a mention, in the same clause.
# A repeal word that starts a list (依照《产品质量法》关于销售失效、变质的产品的规定) describes, it does not repeal.
# 废止日期 / 失效时间 — a portal's field label (废止日期: with no value, run into the title after it), no repeal (h164)
SUPERSEDES_AFTER = re.compile(
    r"^[^。；;]{0,60}?(?:同时废止|予以废止|一并废止|废止|停止执行|不再执行|同时失效|自行失效|宣布失效|失效)"
    # (…对于废止的规范性文件: a repeal word that qualifies a noun names the repealed ones, it repeals nothing, h197)
    r"(?![、和或与及的]|日期|时间)"
)
# 废止《A》、《B》 / 决定废止… — a repeal named before the acts
SUPERSEDES_BEFORE = re.compile(r"(?:决定废止|予以废止|宣布废止|废止|停止执行|不再执行|宣布失效)(?!日期|时间)")
IMPLEMENTS_AFTER = re.compile(r"^[^。；;，,]{0,12}?(?:精神|部署|决策部署|要求)")
AMENDS_BEFORE = re.compile(r"(?:修改|修订|修正)$|对$|将$")
AMENDS_AFTER = re.compile(
    r"^[^。；;]{0,30}?(?:作如下修改|修改如下|作出如下修改|修改为|修正(?!案)|修订为|部分条款|作如下修订|修订如下)"
)  # (《刑法》（修正案九）: the version a law is cited in, no amending — h157 重庆)

# ---------------------------------------------------------------- document headers (loaders/header.py, document.py)
# (负责人解读)X / 【政策解读】X — a title labelled as an interpretation in brackets before it
INTERPRETATION_LABEL = re.compile(r"^[（(【\[][\u4e00-\u9fff]{0,6}解读[）)】\]]")
# 《X》政策解读 / 关于X的解读 / X解读说明 — a title ending as an interpretation's
INTERPRETATION_END = re.compile(r"解读(?:说明|材料|稿)?$")
# "# 中华人民共和国网络安全法" — the title line of a one-document Markdown file (law collections)
MD_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*$")
# "<!-- INFO END -->" — ends a law file's passing lines; the articles follow
INFO_END = "<!-- INFO END -->"
# "河南省第十四届人民代表大会常务委员会" after "2024年…日" — the body that passed a law or rule
PASSED_BY = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|国务院|"
    + agency.alternation(agency.PASSING_ENDINGS)[3:-1]
    + r"|会))(?:第[一二三四五六七八九十百\d]+届)?"
)
# 市十四届人大五次会议 / 省九届人大常委会第二十次会议 / 十三届全国人大常委会 — a congress (or its standing committee)
# written short, its place by level alone or in full (景宁畲族自治县八届人大四次会议)
CONGRESS_SHORT = re.compile(
    r"^(?P<place>(?:[\u4e00-\u9fff]{0,11}?[省市县区旗州盟])?)(?:第?[一二三四五六七八九十百零〇\d]{1,5}届)?(?P<national>全国)?人大(?P<standing>常委会)?"
)
# 省政府第38次常务会议 / 人力资源和社会保障部第6次部务会议 / 国家互联网信息办公室2021年第20次室务会议 — the body whose
# numbered meeting passed a rule: what stands before the meeting's (year and) number
MEETING_BODY = re.compile(
    r"^(?P<body>[\u4e00-\u9fff]{2,30}?)(?:(?:19|20)\d\d年)?第[一二三四五六七八九十百零〇\d]{1,6}次"
)
# "第十二届" — a body's term, dropped from its name (北京市第十二届人民代表大会常务委员会 → 北京市人民代表大会常务委员会)
SESSION_TERM = re.compile(r"第[一二三四五六七八九十百\d]+届")
# 第一三七次常务会 — a meeting's number and what follows it, where a passing body's name was read too far
SESSION_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,6}次.*$")
# "中华人民共和国网络安全法(2016-11-07).md" — the version date a law collection puts in the file name
FILE_NAME_DATE = re.compile(r"\((?P<d>(?:19|20)\d\d-\d\d-\d\d)\)\.md$")
# "国务院办公厅印发《…》的通知", "河南省生态环境厅出台…", "某市人民政府办公室转发某市推行…的通知" — where a title without
# 关于 starts after its issuers (转发 / 批转 before the forwarded text's body too, h93 瑞安)
TITLE_ISSUING_VERB = re.compile(r"(?:印发|转发|发布)《|出台|制定|印发|转发|批转")
# 中国人民银行平顶山市中心支行, 河南省财政厅 — an agency name's last word (…支行, …分行, …局, …委员会)
AGENCY_NAME_END = re.compile(r"(?:" + agency.alternation(agency.ENDINGS)[3:-1] + r"|会|行|组|所|站|队)$")
# "河南省人民政府", "中共郑州市委办公厅" → 河南省 / 郑州市: the place an issuer's name starts with
ISSUER_PLACE = re.compile(r"^(?:中共)?(" + agency.PLACE + r")(?![市州县区旗盟])")  # 郑州市, not 郑州
# "郑州市人民政府关于…" → 郑州市: the province or city a title starts with
TITLE_PLACE = re.compile(
    r"^([\u4e00-\u9fff]{1,9}?"
    + agency.alternation((*agency.PROVINCIAL_PLACE_ENDINGS, *agency.MUNICIPAL_PLACE_ENDINGS))
    + r")(?![市州县区旗盟])"
)
# "2017年6月21日印发", "河南省人民政府办公厅 2017年6月21日印发" — a printing note at a notice's foot
PRINTED_LINE = re.compile(r"^.{0,40}(?:19|20)\d\d年\d{1,2}月\d{1,2}日印发$")
# 《中华人民共和国公司法》 — any book-title quote, whatever its length (the titles an amendment names)
QUOTED_TITLE = re.compile(r"《([^《》]+)》")
# "附件：", "附件2：", "附 件", "附件2-" (a download list) — the label before a document's attachment title
ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*\d*\s*[:：\-－—]?\s*")
# .pdf / .docx / .xls / .et (WPS tables) … — the extensions of a file a page names (an attachment, a download)
FILE_SUFFIX = r"\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)"
# "X裁量表.pdf" / "X目录.docx" — the file name of an attachment in a download list: the title is X…
FILE_EXTENSION = re.compile(FILE_SUFFIX + r"$", re.I)
# "1. ", "2．", "3、" — the number of an item in a list of attachments
ITEM_NUMBER = re.compile(r"^\d{1,2}\s*[.．、]\s*")
# "附件：1. 住房保障绩效评价指标表" / "2. 城中村改造绩效评价指标表" — a document's own attachment
ATTACHMENT_ITEM = re.compile(r"^(?:附\s*件\s*[:：]?\s*)?(?:\d{1,2}\s*[.．、]\s*)?(?P<title>[^。；：:]{4,80})$")
# "一、总体要求", "第三章 保障措施" — a short line opening with these is a heading: its sentence ends there
SHORT_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节条])")

# ---------------------------------------------------------------- agency names (built from agencies.toml)
# The registry is the one place agency knowledge lives: these are built by
# policykg/ontology/agencies/patterns.py from its [names] table and its national bodies.
# 河南省人民政府办公厅 / 中共平顶山市委组织部 / 省人社厅 / 国家税务总局 — an agency name at the start of a line
AGENCY_START = agency.AGENCY_START
# 国务院… / 国家… / 人力资源社会保障部 / 海关总署 / 中国人民银行 — a national body's name at the start
NATIONAL_START = agency.NATIONAL_START
# 国发 / 财税 / 人社部发 / 工信厅 — the head of a national body's doc-number prefix
NATIONAL_PREFIX = agency.NATIONAL_PREFIX
# 河南省 / 郑州市 / 禹王台区 / 新疆维吾尔自治区 — a place name (pattern text, to compose with)
PLACE = agency.PLACE
# 内蒙古自治区 / 郑州市 — a place name at the start of a line
PLACE_AT_START = re.compile("^" + PLACE)
# "X厅、" / "Y局和" — one issuer of a list and the separator after it: 2–30 characters and an agency
# ending, as in 根据《A》，X厅、Y厅《B》…
LISTED_ISSUER = re.compile(r"[\u4e00-\u9fff]{2,30}?" + agency.alternation(agency.ENDINGS) + r"[、，,和及与\s]*")
# "，" / "、和" — separators before the first listed issuer
LIST_SEPARATORS = re.compile(r"[，,、和及以与\s]*")

# ---------------------------------------------------------------- documents flattened onto one line (loaders/flat.py)
# Some crawls store a whole document as one line: title, number, addressee, text, signature run on.
_TYPE_END = r"(?:" + "|".join(DOC_TYPES) + r")(?:[（(][^（）()]{1,20}[）)])?"
_FLAT_NUMBER = r"(?:(?!的)[" + CJK + r"A-Za-z]){1,10}〔(?:19|20)\d\d〕\d{1,4}号"
# "…关于印发X的通知苏政办发〔2024〕15号各市…" — a title run into its doc number (no 的 in a number's prefix)
FLAT_TITLE_NUMBER = re.compile(_TYPE_END + r"\s?(?P<num>" + _FLAT_NUMBER + r")")
_FLAT_TITLE = r"[^。；：:，,（(]{2,150}?" + _TYPE_END
_FLAT_ORDER = r"[" + CJK + r"]{2,30}?令\s?[（(]?(?:(?:19|20)\d\d年)?第\d{1,5}号[）)]?"
# 河南省人民政府令第231号 / 交通运输部令2024年第5号 run on after a rule's title (…办法河南省人民政府令（第231号）…)
FLAT_DECREE = re.compile(
    r"^(?P<title>"
    + _FLAT_TITLE
    + r")(?P<head>["
    + CJK
    + r"]{2,30}?令)\s?(?P<num>[（(]?(?:(?:19|20)\d\d年)?第\d{1,5}号[）)]?)"
)
# 河南省城市绿化条例（2024年3月28日…会议通过）第一章… — a regulation's title run into its passing note; a
# note of the date in force alone (…环境保护法（自2015年1月1日起施行）第六十一条…) is a sentence's, not a title's
FLAT_TITLE_NOTE = re.compile(
    r"^(?P<title>"
    + _FLAT_TITLE
    + r")(?P<note>[（(](?!自)[^（）()]{4,200}?(?:通过|公布|发布|批准|施行|修正|修订)[^（）()]{0,100}[）)])"
)
# 关于X的通报(某某办公室 2010年12月21日)按照… — an issued text's title run into the note of who made it and when, then
# its first words (a notice and the bulletin it issues on one line, h206 山西)
FLAT_TITLE_MAKER_NOTE = re.compile(
    r"^(?P<title>"
    + _FLAT_TITLE
    + r")(?P<note>[（(][\u4e00-\u9fff][\u4e00-\u9fff、 ]{1,60}?\s?(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    + r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[）)])"
)
# 湖北省人民政府令第282号《X办法》已经… — a decree's head and number first, run into its sentence
FLAT_ORDER_FIRST = re.compile(
    r"^(?P<head>[" + CJK + r"]{2,30}?令)\s?(?P<num>[（(]?(?:(?:19|20)\d\d年)?第\d{1,5}号[）)]?)(?=《|现)"
)
# 豫财教〔2024〕35号河南省财政厅…关于…的通知 — a doc number printed above its title, run into it
FLAT_NUMBER_FIRST = re.compile(r"^(?P<num>[" + CJK + r"A-Za-z]{1,10}〔(?:19|20)\d\d〕\d{1,4}号)(?=[" + CJK + r"《])")
# 某省财政厅文件鲁财会〔2021〕13号… / 170795中共中央办公厅文件中办发〔2020〕39号… / …林业局文件陕发改能电力[2021] 634号… —
# a red head (the bodies' names and 文件, a copy's serial before it) run into the doc number printed under it
FLAT_RED_HEAD = re.compile(
    r"^(?P<head>\d{0,8}["
    + CJK
    + r"（）()]{4,120}?文件)(?=\s?["
    + CJK
    + r"A-Za-z]{1,10}\s?[〔\[［]\s?(?:19|20)\d\d\s?[〕\]］]\s?\d{1,4}\s?号)"
)
# The heads of a flattened document, one row per layout: a title run into its number or its addressee
# (…的通知苏政办发〔2024〕15号 / …的通知各市、县人民政府：), a number run into its title, a rule's title run
# into its decree's number or its passing note, a decree's number first.  A title holds no comma (第一条…根据《…规定》（法释〔2020〕3号）…
# is an article, not a flattened text).
FLAT_HEADS = (
    re.compile(r"^[^。；：:，,]{4,150}?" + _TYPE_END + r"\s?(?:" + _FLAT_NUMBER + r"|各[^。；]{1,150}?[：:])"),
    re.compile(FLAT_NUMBER_FIRST.pattern + r"[^。；：:，,]{4,150}?" + _TYPE_END),
    re.compile(r"^" + _FLAT_TITLE + _FLAT_ORDER),
    FLAT_TITLE_NOTE,
    FLAT_ORDER_FIRST,
    # "各县、自治县、区人民政府，市政府各工作部门：现将《X》印发给你们…" — the title on a line of its
    # own, then the addressee with the whole text run on (an addressee ends its line in print)
    re.compile(r"^(?:各|有关)[^。；：:]{1,150}?[：:](?=.{40})"),
    # "2025-03-10通辽市人民政府：你市《X的请示》收悉…" — a column page's next entry: its posting date glued to the one
    # body it is addressed to, the whole text run on
    re.compile(
        r"^(?:19|20)\d\d-\d{1,2}-\d{1,2}\s?[^。；：:，,《》\d]{2,60}?(?:人民政府|管委会|委员会|公署|办公室|厅|局)[：:](?=.{40})"
    ),
)
FLAT_MIN_CHARS = 100  # longer than a title with its number glued on
# 粤府函202382号中山市人民政府… — a 发文字号 whose brackets a crawl stripped with every other mark, opening a line (a
# record's text under its title): the prefix, the year (19xx, 20xx), the serial (no leading 0), 号
STRIPPED_NUMBER_FIRST = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10}?)(?P<year>(?:19|20)\d\d)(?P<serial>[1-9]\d{0,3})号"
)
# 为做好… / 为进一步… / 根据… — a text's opening words (its purpose or its basis), never a title's: a run-on piece
# opening so that ends with X条例国务院令第679号 is a sentence citing a decree, no decree's head
FLAT_TEXT_OPENING = re.compile(r"(?:为(?:了|做好|进一步|贯彻|加强|推进|深入|切实|规范|落实)|根据|按照|依据)")
# ，。、；：《》（）“” — the marks any sentence of a text prints; a long line holding none had them stripped
TEXT_MARKS = re.compile(r"[，。、；：《》（）“”,;:()]")
STRIPPED_MIN_CHARS = 200  # a line this long holding no mark had them stripped (no sentence runs so long without)
# "1总则" / "1.总则" — a plan's first part numbered in digits (1 总则 / 1.1 编制目的 under it), opening its text
_FIRST_PART_NUMBERED = r"1[.．、]?总则"
# "…资金管理办法的通知为进一步加强…" / "…公示办法第一章总则…" — a title run into its text's opening words
# (…禁止野外用火的通告据气象台预报… — an announcement opening on its source of warning, h249 恭城)
FLAT_TITLE_INTO_TEXT = re.compile(
    _TYPE_END + r"(?=为|根据|据|按照|依据|第一章|第一条|一、|" + _FIRST_PART_NUMBERED + r")"
)
# "…的通知许昌市人民政府关于…的通知…" — a page's heading and the text's own title, the same title twice run on
FLAT_TITLE_TWICE = re.compile(r"^(?P<title>[^。；：:，,]{4,150}?" + _TYPE_END + r")(?P=title)")
# "…通告" / "…的通知" — where a title may end in a flattened page's head (a title printed twice around the page's metadata)
FLAT_TYPE_END = re.compile(_TYPE_END)
# "《X办法》已经…常务会议通过，现予公布，自…起施行" — a decree's sentence naming the rule it promulgates
FLAT_PROMULGATED = re.compile(r"(?P<what>《[^《》]{2,80}》)(?:已[^。；《》]{0,80}?)?[，,]?现予以?(?:公布|发布)")
# "《X》已经2018年7月24日省人民政府第10次常务会议通过，现予以公布，自公布之日起施行。省长 某某2018年8月3日 X 第一条…" —
# a 令's text flattened onto one line under its number: the order's sentence (the name it quotes may nest marks:
# 《关于修改〈Y〉的决定》), its signer and date, then the rule it promulgates, run on
FLAT_DECREE_RUN_ON = re.compile(
    r"^《[^。；]{2,160}?》(?:已经|已于|业经)[^。；]{0,80}?通过[，,]\s?(?:现予以?|予以)(?:公布|发布|颁布)[^。]{0,40}?。"
    r"\s{0,3}[^。，,；;《》\d自]{0,30}?\s{0,3}(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
)
# "…修改部分省政府规章的通知（陕政办发〔2011〕12号）省人民政府各工作部门…" — a title run into its number in brackets
# "首页>政策文件>" / "来源:" / "|" / "•" / "#Page157:（三）河北1." — where a piece of a page's furniture run on before a
# flattened document's head ends: a label's colon, a bar, a bullet, a breadcrumb's ">", "!", or a list number
FLAT_FURNITURE_END = re.compile(r"[：:|•>!！】#]|(?<![0-9])\d{1,3}[.．、](?![0-9])")
# "省人民政府各工作部门、各直属机构：为推进…" — an addressee run into the text, up to its first colon
FLAT_ADDRESSEE_RUN_ON = re.compile(r"^[^。；：:！？]{2,80}[：:]")
FLAT_TITLE_BRACKETED_NUMBER = re.compile(
    r"^(?P<title>[^。；：:，,]{4,150}?(?:"
    + "|".join(DOC_TYPES)
    + r"))(?P<num>[（(]"
    + _FLAT_NUMBER
    + r"[^（）()]{0,20}[）)])"
)
# "。" "；" "！" "？" — where a flattened text's sentences end (the mark stays with its sentence)
FLAT_SENTENCE_END = re.compile(r"(?<=[。；！？])")
_FLAT_DATE = r"(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
# "省长王凯2024年5月20日…" — an office holder's signature run into its date
FLAT_SIGNATORY = re.compile(
    r"^(?:省长|市长|区长|县长|州长|主席|主任|局长|厅长|部长|总理|署长|行长|代省长|代市长)[\u4e00-\u9fff]{2,4}?(?="
    + _FLAT_DATE
    + r")"
)
# "2024年5月20日第一章总则…" — a date run into what follows
# (not a date a sentence opens with: 2017年3月1日前通过… / 2024年1月1日起施行 / 2020年5月至…, h168 平潭)
FLAT_DATE_FIRST = re.compile(r"^" + _FLAT_DATE + r"(?=.)(?![前后起至到止以之])")
# "…报名表江西省应急管理厅办公室2020年6月28日" — a signature's date ending a run-on piece (no full stop before it)
FLAT_DATE_AT_END = re.compile(r"(?<=[\u4e00-\u9fff）)])" + _FLAT_DATE + r"$")
# "…明细表山东省某某中心综合组2020年9月14日印发" — a printing note's date ending a run-on piece (PRINTED_LINE reads it
# once it stands apart)
FLAT_PRINTED_AT_END = re.compile(r"(?<=[\u4e00-\u9fff）)])" + _FLAT_DATE + r"印发$")
# "…某某中心2020年9月14日附件省直…" / "…领导小组2021年1月13日附件1…" — a signature's date run into the label of the
# attachment printed after it (no colon; the name before it is checked to end as an agency's does)
FLAT_DATE_INTO_ATTACHMENT = re.compile(r"(?<=[\u4e00-\u9fff）)])(?P<date>" + _FLAT_DATE + r")(?=附件)")
# "（山东省某某厅代章）" — a bracketed note after a signature's name
FLAT_NOTE_AT_END = re.compile(r"[（(][^（）()]{1,30}[）)]$")
# "第一章总则第一条为了…" — a chapter heading run into the first article
FLAT_CHAPTER = re.compile(
    r"^第[一二三四五六七八九十]{1,3}章[\u4e00-\u9fff]{1,16}?(?=第[一二三四五六七八九十百]{1,4}条)"
)
# "江苏省人民政府办公厅2024年3月8日…" — a signature run on: a name ending as agencies do, then its date
FLAT_SIGNATURE = re.compile(
    r"^(?P<name>[^。；，,：:（(《》]{2,40}?"
    + agency.alternation(agency.ENDINGS)
    + r")\s?(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
)
# "（此件公开发布）江苏省…方案为贯彻…" — a short note in brackets run into what follows
FLAT_NOTE = re.compile(r"^[（(][^（）()]{1,20}[）)]")
# "…实施方案为贯彻落实…" / "…的通知各市、县…" — a title run into its text's first words
FLAT_TITLE_THEN_TEXT = re.compile(
    _TYPE_END
    + r"(?=为|根据|据|按照|依据|各|第一条|第一章|一、|第[一二三四五六七八九十]{1,3}条|"
    + _FIRST_PART_NUMBERED
    + r")"
)

# 《X》印发给你们 / 《X》已经…同意，现印发 — what follows the text a notice issues
ISSUING_AFTER_TITLE = re.compile(r"[^。；，,]{0,12}?(?:印发|下发|转发|发给|发布)")
# …的通知（发改能源规〔2020〕889号）.pdf — a page's link to a file: what it names is attached, not cited
FILE_SUFFIXES = (".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".zip", ".rar", ".ofd", ".txt")
NAMED_FILE = re.compile(r"》[^《》。；\n]{0,40}?\.(?:pdf|docx?|wps|xlsx?|zip|rar|ofd)(?![A-Za-z])", re.I)
