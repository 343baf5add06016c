"""Texts in traditional characters, as reprint sites serve them: read in simplified characters.

A government text is printed in simplified characters; a reprint site may serve it converted to
traditional characters, sometimes with a converter's pinyin glosses left in after characters it
took for ambiguous (關(guān)於印發(fā) …).  Headers, titles, doc numbers and agency names are only
recognised in simplified characters, and a cited title resolves only against the same title in
simplified characters, so such a text is converted back before it is cleaned (OpenCC's ``t2s``: a
character for a character, so every line keeps its number).  The text a user reads in the graph
(titles, evidence sentences) is then in simplified characters; file and line still point at the
source.

>>> simplified("天津市人民政府關(guān)於印發(fā)天津市人民政府工作規(guī)則的通知")
'天津市人民政府关于印发天津市人民政府工作规则的通知'
>>> simplified("河南省人民政府关于印发《著作权保护办法》的通知")  # a simplified text is left as it is
'河南省人民政府关于印发《著作权保护办法》的通知'
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

import opencc

__all__ = ["is_traditional", "simplified", "without_glosses"]

# Characters written only in traditional texts, and common in government prose (們 這 個 為 於 與 國
# 會 發 經 關 …): a text holding enough of them is traditional.
TRADITIONAL_ONLY = re.compile(
    "[們這個為於與國會發經關說時對來實現機動門問開學業東車長區縣鄉鎮義務辦規報產確應屬權組織實際將從"
    "進過還並條號處級計劃設節監檢幹財稅員費質標準歲職區劃貫徹濟]"
)
SAMPLE_CHARS = 4000  # the opening of the text is enough to tell its script
MIN_TRADITIONAL = 12  # characters of TRADITIONAL_ONLY in the sample (a simplified text has none)
# 關(guān) / 會(huì ) — a converter's pinyin gloss after a character: lowercase letters with a tone mark, in brackets
PINYIN_GLOSS = re.compile(r"([\u4e00-\u9fff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?[)）]")
# 外来人员(wàiláirényuán) / 擅自(shànzì) — a converter's gloss of a whole word after it: several syllables run together,
# at least one with a tone mark, in brackets (h290 寻甸); the brackets and letters go, the word stays
WORD_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{0,40}?[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    r"[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2,40} ?[)）]"
)
# 的(de) / 了(le) — a neutral-tone gloss, no mark: taken out only of a text that has marked glosses too (h55 云南)
# (one after another, as a broken converter repeats them: 公(gong)(gong)(gong), 日照 h122)
NEUTRAL_GLOSS = re.compile(r"([\u4e00-\u9fff])(?:[(（][a-zü]{1,6} ?[)）]){1,8}")
# a gloss's brackets alone: (gong) / （wu ）, wherever they stand
_BRACKETED_LETTERS = re.compile(r"[(（][a-zü]{1,6} ?[)）]")
# A vowel with a tone mark: the cheap test before looking for glosses (a Chinese text has none)
TONE_MARK = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def is_traditional(text: str) -> bool:
    """Whether ``text`` is printed in traditional characters (judged on its opening).

    >>> is_traditional("為進一步完善典當業監管制度，提升典當業監管水平，切實保證典當行業健康發展，現將有關規定印發給你們")
    True
    >>> is_traditional("为进一步完善典当业监管制度，提升典当业监管水平")
    False
    """
    found = TRADITIONAL_ONLY.finditer(text, 0, SAMPLE_CHARS)
    return sum(1 for _ in islice(found, MIN_TRADITIONAL)) == MIN_TRADITIONAL  # stops at the twelfth


# how many unmarked glosses make a text glossed (公(gong)務(wu)員(yuan)…, 日照 h122, 山西 h131): a text that
# brackets a letter or two after a character now and then (第一条(a)) is not
MIN_UNMARKED_GLOSSES = 8


def _unmarked_glosses(text: str) -> bool:
    """Whether ``text`` carries a converter's glosses without tone marks, many of them."""
    if ("(" not in text and "（" not in text) or _BRACKETED_LETTERS.search(text, 0, SAMPLE_CHARS * 2) is None:
        return False  # the cheap test: a scan for the brackets alone, not at every character (issue 15)
    found = NEUTRAL_GLOSS.finditer(text, 0, SAMPLE_CHARS * 2)
    return sum(1 for _ in islice(found, MIN_UNMARKED_GLOSSES)) == MIN_UNMARKED_GLOSSES


def simplified(text: str, *, glosses: bool = False) -> str:
    """``text`` in simplified characters, without a converter's pinyin glosses (a glossed text went
    through a converter: it is converted back however short); a text in simplified characters comes
    back unchanged.  With ``glosses`` the glosses stay, to be taken out by :func:`without_glosses` once
    the lines a column cut are joined (a gloss cut in two by the wrap, 關(guā / n)于, is whole again)."""
    if _ANY_TO_SIMPLIFY.search(text) is None and not _unmarked_glosses(text):
        return text  # no tone mark, traditional or variant character: one scan, where the steps below take three
    glossed = _glossed(text)
    if glossed and not glosses:
        text = _glosses_out(text)
    text = _converter().convert(text) if glossed or _holds_traditional(text) else text
    return text.translate(_VARIANTS) if _VARIANT_ANY.search(text) else text


def without_glosses(text: str) -> str:
    """``text`` without a converter's pinyin glosses, when it carries them (see :func:`simplified`)."""
    if _ANY_TO_SIMPLIFY.search(text) is None and not _unmarked_glosses(text):
        return text
    return _glosses_out(text) if _glossed(text) else text


def _glossed(text: str) -> bool:
    """Whether ``text`` carries a converter's pinyin glosses (with tone marks, or many without)."""
    return (
        TONE_MARK.search(text) is not None
        and (PINYIN_GLOSS.search(text) is not None or WORD_GLOSS.search(text) is not None)
    ) or _unmarked_glosses(text)


def _glosses_out(text: str) -> str:
    return NEUTRAL_GLOSS.sub(r"\1", PINYIN_GLOSS.sub(r"\1", WORD_GLOSS.sub("", text)))


def _holds_traditional(text: str) -> bool:
    """Whether ``text`` holds a text in traditional characters anywhere, not only at its opening (a
    compilation or gazette gathered from reprint sites, one of its texts served in traditional
    characters among simplified ones).  OpenCC's ``t2s`` leaves a simplified text as it is (a
    character for a character), so converting the whole publication reads that one text as printed.
    """
    return TRADITIONAL_ONLY.search(text) is not None


# variant characters t2s leaves as they are: 陜西省 (U+965C) is 陕西省 (西安 h98)
_VARIANTS = str.maketrans({"陜": "陕", "峯": "峰", "綫": "线"})
_VARIANT_ANY = re.compile("[陜峯綫]")
# any character the three tests of simplified look for (a tone mark, TRADITIONAL_ONLY, a variant): one class
_ANY_TO_SIMPLIFY = re.compile(
    "[" + TONE_MARK.pattern[1:-1] + TRADITIONAL_ONLY.pattern[1:-1] + _VARIANT_ANY.pattern[1:-1] + "]"
)
