"""The only normalisers of titles and doc numbers: whether two mentions meet is decided here.

Each key answers one question; every stage that compares titles or numbers imports it from
here, so a cited title, a segmented title, a portal title and a user's lookup are compared the
same way wherever they are compared.

- ``title_key``: identity of a title — the node id of a document known by its title only.
- ``about_key``: ``title_key`` from 关于 on (an issuer prefix before 关于 is dropped).
- ``loose_title_key``: a notice and the text it issues name it a little differently
  (…解困若干意见 / …解困的若干意见): 的 and quotes go too.
- ``mention_key``: a 《title》 mention in running text (aliases, own titles, amended titles).
- ``lookup_key``: what a user typed against doc numbers and titles (width and brackets unified).
"""

from __future__ import annotations

import re
import unicodedata

# Spaces, quotes, title marks and list punctuation: none of them tells two titles apart.
TITLE_KEY_DROP = re.compile(r"[\s“”\"‘’'《》〈〉「」·•、，,]")
# As TITLE_KEY_DROP, plus 的 and 『』, less the list punctuation (titles that must match loosely).
LOOSE_KEY_DROP = re.compile(r"[\s“”\"‘’'《》〈〉「」『』·•的]")
# Spaces, quotes and title marks around a mention: 《 关于…的通知 》 → 关于…的通知.
MENTION_KEY_DROP = re.compile(r"[\s“”\"《》〈〉]")
# Any opening / closing bracket a doc number is printed with: [2024] （2024） 【2024】 〔2024〕.
OPEN_BRACKETS = re.compile(r"[\[(（［【〔]")
CLOSE_BRACKETS = re.compile(r"[\])）］】〕]")
SPACES = re.compile(r"\s+")


def _fullwidth_parens(text: str) -> str:
    return text.replace("(", "（").replace(")", "）")


def title_key(title: str) -> str:
    """The identity key of a title.

    >>> title_key("《 关于印发（试行）办法的通知 》")
    '关于印发（试行）办法的通知'
    >>> title_key("关于A、B的通知") == title_key("关于AB的通知")
    True
    """
    return _fullwidth_parens(TITLE_KEY_DROP.sub("", title))


def about_key(title: str) -> str:
    """``title_key`` from the first 关于 on (a title printed with its issuer in front).

    >>> about_key("河南省人民政府关于促进就业的意见")
    '关于促进就业的意见'
    """
    key = title_key(title)
    i = key.find("关于")
    return key[i:] if i > 0 else key


def loose_title_key(title: str) -> str:
    """A key that lets a notice's name for a text meet the text's own title.

    >>> loose_title_key("关于稳就业的若干意见") == loose_title_key("关于稳就业若干意见")
    True
    """
    return _fullwidth_parens(LOOSE_KEY_DROP.sub("", title))


def mention_key(title: str) -> str:
    """A 《title》 mention compared with another mention of the same text.

    >>> mention_key("《 河南省 就业促进条例 》")
    '河南省就业促进条例'
    """
    return MENTION_KEY_DROP.sub("", title)


def lookup_key(text: str) -> str:
    """Full-width letters and digits made half-width (NFKC), spaces dropped, brackets unified:
    how a user's query meets doc numbers and titles.

    >>> lookup_key("豫政办[2024] 46 号"), lookup_key("豫政办（２０２４）４６号")
    ('豫政办〔2024〕46号', '豫政办〔2024〕46号')
    """
    text = SPACES.sub("", unicodedata.normalize("NFKC", text))
    return CLOSE_BRACKETS.sub("〕", OPEN_BRACKETS.sub("〔", text))
