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
- ``alias_key`` / ``unversioned_key`` / ``version_year``: the spellings one act is cited under
  (中华人民共和国 left out, a version note 2018年修正 left out) meet; the version they name.
- ``issuer_head``: the issuers a title names before 关于 (等N部门 dropped).
- ``number_key`` / ``announcement_key``: a number as printed (中华人民共和国 before an order aside), an
  announcement number with its issuer (国家税务总局公告2024年第4号).
"""

from __future__ import annotations

import re
import unicodedata

# Spaces, quotes, title marks and list punctuation: none of them tells two titles apart.
TITLE_KEY_DROP = re.compile(r"[\s“”\"‘’'《》〈〉「」·•、，,]")
# As TITLE_KEY_DROP, plus 的 and 『』, less the list punctuation (titles that must match loosely).
LOOSE_KEY_DROP = re.compile(r"[\s“”\"‘’'《》〈〉「」『』·•的\-—–－～~]")  # (2023-2027 / 2023—2027: dashes vary, h104)
# [试行] / 〔试行〕 / ［试行］ read as （试行） (a notice's 《X方案[试行]》 and X's own title X方案(试行), h106)
LOOSE_BRACKETS = str.maketrans("[]〔〕［］", "（）（）（）")
# Spaces, quotes and title marks around a mention: 《 关于…的通知 》 → 关于…的通知.
MENTION_KEY_DROP = re.compile(r"[\s“”\"《》〈〉]")
# Any opening / closing bracket a doc number is printed with: [2024] （2024） 【2024】 〔2024〕.
OPEN_BRACKETS = re.compile(r"[\[(（［【〔]")
CLOSE_BRACKETS = re.compile(r"[\])）］】〕]")
SPACES = re.compile(r"\s+")
# （ and ） of a loose key (every bracket is one of them there): left out by bracketless_key
BRACKETS_OUT = str.maketrans("", "", "（）")


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
    >>> loose_title_key("X规划（2023-2027年）") == loose_title_key("X规划(2023—2027年)")  # dashes vary (h104)
    True
    >>> loose_title_key("X方案[试行]") == loose_title_key("X方案(试行)")  # brackets vary (h106)
    True
    """
    return _fullwidth_parens(LOOSE_KEY_DROP.sub("", title)).translate(LOOSE_BRACKETS)


def bracketless_key(title: str) -> str:
    """``loose_title_key`` with its round brackets left out, what they hold kept: a text issued under a title
    that prints a word in brackets the notice names it with, or the other way round (h251 綦江).

    >>> bracketless_key("首届中国(某地)X方案") == bracketless_key("首届中国某地X方案")
    True
    >>> bracketless_key("X方案(试行)") == bracketless_key("X方案")
    False
    """
    return loose_title_key(title).translate(BRACKETS_OUT)


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


# 中华人民共和国 opening a law's name, at the start of a title or inside its title marks:
# 中华人民共和国劳动合同法, 关于适用《中华人民共和国刑事诉讼法》的解释
NATIONAL_NAME = re.compile(r"(^|[《〈<])中华人民共和国(?=[\u4e00-\u9fff])")
# A trailing version note of an amended act: （2018年修正） (2019年修订) （2021年第二次修正本） （2014修订）, or the
# order that amended it: （国务院令第638号第二次修订）
VERSION_NOTE = re.compile(
    r"[（(](?:(?P<year>\d{4})年?|[^（）()]{1,16}?令第\d{1,4}号)(?:第[一二三四五六七八九十]+次)?(?:修正|修订|修改)(?:版|本|文本)?"
    r"[）)]$"
)
# "等10部门" / "等十一部门" / "等13个部门" closing the issuers named at the head of a joint title
JOINT_ISSUERS_TAIL = re.compile(r"等[\d一二三四五六七八九十]+个?(?:部门|单位|部委)$")


def unversioned_key(title: str) -> str:
    """``title_key`` less a trailing version note.

    >>> unversioned_key("中华人民共和国公司法（2018年修正）"), unversioned_key("国家X奖励条例（国务院令第638号第二次修订）")
    ('中华人民共和国公司法', '国家X奖励条例')
    """
    key = title_key(title)
    return VERSION_NOTE.sub("", key) or key


def alias_key(title: str) -> str:
    """``title_key`` less what a shorter citation of the same act leaves out: the 中华人民共和国
    before a law's name and a trailing version note.

    >>> alias_key("《中华人民共和国劳动合同法》") == alias_key("劳动合同法（2012年修正）")
    True
    >>> alias_key("最高人民法院关于适用〈中华人民共和国民法典〉的解释")
    '最高人民法院关于适用民法典的解释'
    """
    return unversioned_key(NATIONAL_NAME.sub(r"\1", title.strip()))


def version_year(title: str) -> int | None:
    """The year of a trailing version note: ``…条例（2019年修订）`` → 2019 (None without one).

    >>> version_year("中华人民共和国公司法（2018年修正）"), version_year("公司法")
    (2018, None)
    """
    m = VERSION_NOTE.search(title_key(title))
    return int(m.group("year")) if m and m.group("year") else None


def issuer_head(title: str) -> str:
    """The part of a title before 关于, less a closing 等N部门: who the title says issued it.

    >>> issuer_head("人力资源社会保障部教育部等10部门关于推进X的通知")
    '人力资源社会保障部教育部'
    >>> issuer_head("关于推进X的通知")
    ''
    """
    key = title_key(title)
    at = key.find("关于")
    return JOINT_ISSUERS_TAIL.sub("", key[:at]) if at > 0 else ""


# 〕第 / 〕0 / 第0 / 年0 before a serial's digits: a 第 after the year's bracket and a serial's leading zeros, which a
# number's print may add or leave out (某政决字〔2023〕第11号 is 某政决字〔2023〕11号, 某环改字〔2021〕05号 is …〔2021〕5号)
SERIAL_PADDING = re.compile(r"(?<=〕)第(?=\d)|(?<=[〕第年])0+(?=\d)")


def number_key(number: str) -> str:
    """A doc number as printed, spaces and brackets unified, a 中华人民共和国 before an order dropped, and a 第 after
    the year's bracket and a serial's leading zeros dropped: the key that links two prints of one number.

    >>> number_key("中华人民共和国国务院令 第706号") == number_key("国务院令第706号")
    True
    >>> number_key("某政决字〔2023〕第11号"), number_key("某环改字[2021]05号"), number_key("2019年05号")
    ('某政决字〔2023〕11号', '某环改字〔2021〕5号', '2019年5号')
    """
    key = SERIAL_PADDING.sub("", lookup_key(number))
    return key.removeprefix("中华人民共和国") if "令" in key else key


def announcement_key(issuer: str, number: str) -> str:
    """An announcement number with its issuer: the form that tells two issuers' 2024年第4号 apart.

    >>> announcement_key("国家税务总局", "2024年第4号")
    '国家税务总局公告2024年第4号'
    """
    return f"{issuer}公告{number_key(number)}"
