"""The words the graph is made of, as enums: reference roles, anchor kinds, levels, statuses.

Each enum is a :class:`~enum.StrEnum` (a ``str`` enum) whose members *are* their values: equal to them, hashed like them,
and printed, formatted, repr'd and serialised as them.  So ``Role.CITES == "CITES"``, a
networkx edge keyed ``Role.CITES`` is the edge keyed ``"CITES"``, and graph.json, Cypher
parameters and pages read exactly as with plain strings.

>>> Role.SUPERSEDES == "SUPERSEDES", f"{Level.NATIONAL}", [Status.IN_FORCE]
(True, 'national', ['in_force'])
>>> import json; json.dumps({"role": Role.AMENDS})
'{"role": "AMENDS"}'
>>> sorted(["CITES", "SUPERSEDES", "BASED_ON"], key=ROLE_PRIORITY.__getitem__)
['SUPERSEDES', 'BASED_ON', 'CITES']
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

__all__ = ["ROLE_PRIORITY", "AnchorKind", "Level", "Role", "Status"]


class _Term(StrEnum):
    """A vocabulary term: a str that prints and formats as its value (StrEnum) and repr's as it
    too, so lists of terms in doctests and messages read as they did with plain strings."""

    def __repr__(self) -> str:
        return repr(self.value)


class Role(_Term):
    """What a document does to another it mentions (a Document→Document relationship type)."""

    BASED_ON = "BASED_ON"  # 根据《X》 / 依据《X》
    IMPLEMENTS = "IMPLEMENTS"  # 贯彻落实《X》精神
    SUPERSEDES = "SUPERSEDES"  # 《X》同时废止
    AMENDS = "AMENDS"  # 关于修改《X》的决定
    CITES = "CITES"  # any other mention
    TRANSMITS = "TRANSMITS"  # 关于印发《X》的通知 → X


# Of several roles one document plays to another, the strongest is kept (TRANSMITS stands apart:
# it is kept next to any of them).  Lower is stronger.
ROLE_PRIORITY = MappingProxyType(
    {Role.SUPERSEDES: 0, Role.AMENDS: 1, Role.IMPLEMENTS: 2, Role.BASED_ON: 3, Role.CITES: 4}
)


class AnchorKind(_Term):
    """The kind of line a document was found from (see :mod:`policykg.loaders.segment`)."""

    DOCNUM = "docnum"  # 豫政办〔2023〕17号, the title above it
    DOCNUM_ABOVE = "docnum-above"  # 文头 / 豫人社〔2023〕5号 / the title below it
    ORDER = "order"  # 河南省人民政府令 / 第227号
    ANNOUNCEMENT = "announcement"  # XX公告 / 2024年第4号
    ADDRESSEE = "addressee"  # 各省辖市人民政府，…：
    PROMULGATION = "promulgation"  # （2024年4月8日…公布 自…起施行）
    ARTICLES = "articles"  # 第一章 / 第一条 under a law's title
    DATED = "dated"  # （2024年5月6日） under a title
    PURPOSE = "purpose"  # 为贯彻落实… under a title
    ISSUING = "issuing"  # 现将《X》印发给你们 right under a title, no addressees
    HEADING = "heading"  # a Markdown title heading
    UNTITLED = "untitled"  # a doc number and an addressee, no title anywhere
    TRANSMITTED = "transmitted"  # a text a notice transmits, found below it
    ATTACHMENT = "attachment"  # 附件1 / a signed report printed in full as an attachment
    FILE = "file"  # the whole file is one document


class Level(_Term):
    """The level of government of an agency or a document."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    DISTRICT = "district"
    UNKNOWN = "unknown"


class Status(_Term):
    """Whether a document is in force as of a date."""

    IN_FORCE = "in_force"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"
    NOT_YET_IN_FORCE = "not_yet_in_force"
    UNKNOWN = "unknown"
