"""Metadata of one document: doc number, issuers, dates, type, level.  Pure functions.

>>> parse_doc_number("豫政办〔2024〕46号")
DocNumber(prefix='豫政办', year=2024, serial=46, kind='standard', form='')
>>> parse_date("二〇二三年十二月三十一日")
'2023-12-31'
>>> doc_type_of("河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知")
'通知'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from policykg.loaders import regexes as rx
from policykg.loaders.models import DocNumber, ParsedDocument
from policykg.ontology.agencies import Agency
from policykg.ontology.schema import LEVELS

_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_NUM["零"] = 0
_CN_NUM["两"] = 2


def _cn_int(s: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 三十一 → 31, 12 → 12."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        return (_CN_NUM.get(head, 1) if head else 1) * 10 + (_CN_NUM.get(tail, 0) if tail else 0)
    return _CN_NUM.get(s, 0)


# 某某办法广西壮族自治区人民政府令 — a reprint printing the rules' title on the order's line
TITLE_BEFORE_ORDER = re.compile(r"^[\u4e00-\u9fff]{2,60}?(?:办法|规定|条例|细则|规则)(?=[\u4e00-\u9fff]{2,40}令$)")


def order_prefix(prefix: str) -> str:
    """An order's prefix as its issuer printed it: from a promulgation note, what stands before the
    issuer (the date, 公布, the preposition 以) goes.

    >>> order_prefix("2024年4月8日河南省人民政府令"), order_prefix("以粤府令"), order_prefix("生态环境部、公安部令")
    ('河南省人民政府令', '粤府令', '生态环境部、公安部令')
    """
    if re.search(r"日|公布|发布", prefix[:-1]):
        prefix = re.sub(r"^.*?(?:日|公布|发布|以)", "", prefix)  # as before: up to the first of them
    m = TITLE_BEFORE_ORDER.match(prefix)
    if m and rx.AGENCY_START.match(prefix[m.end() :]):
        prefix = prefix[m.end() :]  # 广西壮族自治区土地整治办法 广西壮族自治区人民政府令: the rules' title first
    # "2014年1月15日以粤府令第197号公布": the preposition 以 ("by order …") stands before the issuer
    return prefix[1:] if prefix.startswith("以") and len(prefix) > 3 else prefix


def serial_width(serial: str) -> int:
    """The printed width of a serial with leading zeros (05 → 2, 002 → 3), 0 for one without (kept as printed).

    >>> serial_width("002"), serial_width("12"), serial_width("0")
    (3, 0, 0)
    """
    return len(serial) if serial.startswith("0") and len(serial) > 1 else 0


def standard_number(prefix: str, year: str, serial: str, di: str | None = None) -> DocNumber:
    """A standard number as printed: a 第 before its serial and the serial's leading zeros kept.

    >>> standard_number("某政决字", "2023", "11", "第").text, standard_number("某环改字", "2021", "05").text
    ('某政决字〔2023〕第11号', '某环改字〔2021〕05号')
    """
    return DocNumber(prefix, int(year), int(serial), form="第" if di else "", width=serial_width(serial))


def parse_doc_number(text: str) -> DocNumber | None:
    """The first doc number in ``text`` (standard, order 令 or announcement 公告 form), or None.

    Each pattern runs only on a text that holds the characters it needs (号, and 令, 〔 or 年第): the
    patterns open with a run of CJK characters, which the engine tries at every place of the text.
    """
    if "号" not in text:
        return None
    has_order = "令" in text
    m = rx.ORDER_YEAR_NUMBER.search(text) if has_order else None
    if m:
        prefix = order_prefix(m.group("prefix"))
        if m.group("byear"):
            return DocNumber(prefix, int(m.group("byear")), int(m.group("serial")), kind="order", form="〔〕")
        return DocNumber(prefix, int(m.group("year")), int(m.group("serial")), kind="order", form="年")
    m = rx.DOCNUM.search(text) if "〔" in text else None
    if m:
        # 发文字号皖交发〔2021〕63号: a record's label glued before the number is no part of its prefix
        prefix = rx.NUMBER_LABEL_BEFORE.sub("", m.group("prefix")) or m.group("prefix")
        return standard_number(prefix, m.group("year"), m.group("serial"), m.group("di"))
    m = rx.YEAR_FIRST_NUMBER.search(text) if "〔" in text and "第" in text else None
    if m:  # 〔2024〕某政行复(决)字第88号: a case number with its year first
        return DocNumber(m.group("prefix"), int(m.group("year")), int(m.group("serial")), form="年首第")
    m = rx.ORDER_NUMBER.search(text) if has_order else None
    if m:
        return DocNumber(order_prefix(m.group("prefix")), None, int(m.group("serial")), kind="order")
    m = rx.ANNOUNCEMENT_NUMBER.search(text) if "年第" in text else None
    if m:
        serial = m.group("serial")
        return DocNumber("", int(m.group("year")), int(serial), kind="announcement", width=serial_width(serial))
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD (Arabic, Chinese-numeral or ISO-like forms)."""
    m = rx.DAYLESS_DATE.match(text) if text[-1:].isdigit() or text[-1:] == "号" else None
    if m:  # 2018年3月13 / 2023年6月5号 alone (a signature date, 日 lost or spoken as 号)
        return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    m = rx.DIGITS_DATE.match(text)
    if m:  # 20151214 alone (a signature date): the whole text is the date
        month = m.group("m") or m.group("m1") or m.group("m2") or m.group("m3")
        day = m.group("d") or m.group("d1") or m.group("d2") or m.group("d3")
        return _iso(int(m.group("y")), int(month), int(day))
    found = []
    for pat in (rx.DATE, rx.CN_DATE, rx.ISO_DATE, rx.CN_YEAR_DATE):
        m = pat.search(text)
        if m:
            found.append((m.start(), pat, m))
    if not found:
        return None
    _, pat, m = min(found, key=lambda x: x[0])
    if pat is rx.CN_DATE or pat is rx.CN_YEAR_DATE:  # (二〇一一年5月16日: month and day in digits)
        y = int("".join(str(_CN_NUM[c]) for c in m.group("y")))
        return _iso(y, _cn_int(m.group("m")), _cn_int(m.group("d")))
    return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))


# Notes in brackets a title ends with: （试行） （草案）（征求意见稿） （2021年修订）
TRAILING_NOTES = re.compile(r"(?:[（(][^（）()]{1,20}[）)]){1,3}$")


def doc_type_of(title: str) -> str | None:
    """The basic 文种 a title ends with: 通知, 意见, 办法 … (after the notes in brackets it ends with:
    …规则（草案）（征求意见稿）).

    >>> doc_type_of("行政立法听证规则（草案）（征求意见稿）"), doc_type_of("关于X的通知（2021年修订）")
    ('规则', '通知')
    """
    t = TRAILING_NOTES.sub("", title)
    for dtype in rx.CITED_DOC_TYPES:  # longest first; the whole vocabulary (a transmitted 应急预案 is a 预案)
        if t.endswith(dtype):
            return rx.VOCAB.basic(dtype)
    return None


def effective_date(text: str, issue_date: str | None) -> str | None:
    """自…起施行: a date, or the issue date for 自印发/公布之日起."""
    m = rx.EFFECTIVE.search(text)
    if not m:
        return None
    when = m.group("when")
    if when.endswith("之日"):
        return issue_date
    return parse_date(when)


def expiry_date(text: str, start: str | None) -> str | None:
    """有效期至… or 有效期N年 (counted from ``start``, the day before the anniversary)."""
    if not any(w in text for w in rx.EXPIRY_OPENINGS):
        return None
    m = rx.EXPIRY_UNTIL.search(text)
    if m:
        when = m.group("when")
        y = int(when[:4])
        dm = re.search(r"(\d{1,2})月(\d{1,2})日", when)
        if dm:
            return _iso(y, int(dm.group(1)), int(dm.group(2)))
        mm = re.search(r"(\d{1,2})月底", when)
        if mm:
            mo = int(mm.group(1))
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return (nxt - dt.timedelta(days=1)).isoformat()
        return _iso(y, 12, 31)  # 年底 / 年末
    m = None
    for cand in rx.EXPIRY_PERIOD.finditer(text):
        head = text[max(0, cand.start() - 40) : cand.start()]
        if rx.OWN_VALIDITY_CONTEXT.search(head):
            m = cand
            break
    if m and start:
        years = _cn_int(m.group("n"))
        s = dt.date.fromisoformat(start)
        try:
            end = s.replace(year=s.year + years)
        except ValueError:  # 29 February
            end = s.replace(year=s.year + years, day=28)
        return (end - dt.timedelta(days=1)).isoformat()
    return None


def level_of_prefix(prefix: str) -> str:
    """The level a doc-number prefix tells when the registry holds no body for it (its national
    heads are listed in agencies.toml).

    >>> level_of_prefix("国办函"), level_of_prefix("豫X")
    ('national', 'unknown')
    """
    if rx.NATIONAL_PREFIX.match(prefix):
        return "national"
    return "unknown"


def level_and_jurisdiction(
    agencies: Sequence[Agency], *, number: DocNumber | None = None, notice: ParsedDocument | None = None
) -> tuple[str, str | None]:
    """A document's level and jurisdiction: its highest-ranked issuer's (a joint document of a ministry
    and a province is national); without issuers, the level of the ``notice`` that issues the text,
    else the level a standard doc number's prefix shows.  One rule for every layout.

    >>> from policykg.ontology.agencies import default_registry
    >>> reg = default_registry()
    >>> level_and_jurisdiction([reg.resolve("河南省财政厅"), reg.resolve("财政部")])
    ('national', '中华人民共和国')
    >>> level_and_jurisdiction([], number=DocNumber("国办发", 2024, 25))
    ('national', None)
    """
    if agencies:
        top = min(agencies, key=lambda a: LEVELS.index(a.level))
        return top.level, top.jurisdiction or None
    if notice is not None:
        return notice.level, notice.jurisdiction
    if number is not None and number.kind == "standard":
        return level_of_prefix(number.prefix), None
    return "unknown", None
