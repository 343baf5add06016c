"""How things look: colours by level, edge styles by type, the look of superseded documents.

All visual choices are tables here so the pages, the legend and the docs agree.

>>> LEVEL_STYLES["national"].tier
0
>>> bool(EDGE_STYLES["SUPERSEDES"].dashes), EDGE_STYLES["SUPERSEDES"].width >= 4
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LevelStyle:
    level: str
    name: str  # shown in the legend and the tier labels
    colour: str  # node fill
    border: str
    tier: int  # 0 = top row


# National at the top, district at the bottom; unknown gets its own bottom band.
LEVEL_STYLES: dict[str, LevelStyle] = {
    s.level: s
    for s in (
        LevelStyle("national", "国家 national", "#f8c471", "#b9770e", 0),
        LevelStyle("provincial", "省 provincial", "#85c1e9", "#2471a3", 1),
        LevelStyle("municipal", "市 municipal", "#82e0aa", "#1e8449", 2),
        LevelStyle("district", "区县 district", "#d7bde2", "#7d3c98", 3),
        LevelStyle("unknown", "级别不明 unknown", "#f2f3f4", "#7f8c8d", 4),
    )
}


@dataclass(frozen=True)
class EdgeStyle:
    type: str
    name: str  # legend text
    role: str  # tooltip sentence: "{source} {role} {target}"
    colour: str
    width: float
    dashes: bool | list[int]


EDGE_STYLES: dict[str, EdgeStyle] = {
    s.type: s
    for s in (
        EdgeStyle("BASED_ON", "BASED_ON 依据", "is based on (依据)", "#1f4e79", 2, False),
        EdgeStyle("IMPLEMENTS", "IMPLEMENTS 贯彻落实", "implements (贯彻落实)", "#117a65", 2, False),
        EdgeStyle("TRANSMITS", "TRANSMITS 印发/转发", "transmits (印发/转发)", "#5d6d7e", 1.5, [2, 4]),
        # SUPERSEDES must stand out: thick, red, dashed.
        EdgeStyle("SUPERSEDES", "SUPERSEDES 废止/替代", "supersedes (废止/替代)", "#e3120b", 5, [12, 6]),
        EdgeStyle("AMENDS", "AMENDS 修改", "amends (修改)", "#e67e22", 3, [6, 4]),
        EdgeStyle("CITES", "CITES 引用", "cites (引用)", "#b3b6b7", 1, [1, 4]),
        EdgeStyle("ISSUED_BY", "co-issued 联合发文", "co-issued with", "#5d6d7e", 1, False),
        EdgeStyle("TARGETS", "TARGETS 支持对象", "targets (支持)", "#af601a", 1.5, False),
        EdgeStyle("BROADER", "broader group 上位群体", "is a kind of", "#7f8c8d", 1, [4, 4]),
    )
}

# Statuses as readers know them, the code beside: 现行有效 in_force.
STATUS_NAMES = {
    "in_force": "现行有效",
    "superseded": "已废止",
    "expired": "已失效",
    "not_yet_in_force": "尚未施行",
    "unknown": "状态不明",
}


def status_text(status: str | None) -> str:
    """A status in Chinese with its code: what pages and tooltips show.

    >>> status_text("in_force"), status_text(None)
    ('现行有效 in_force', '状态不明 unknown')
    """
    code = status or "unknown"
    return f"{STATUS_NAMES[code]} {code}" if code in STATUS_NAMES else code


# Superseded / expired documents: grey fill, dashed border, a 〔已废止〕/〔已失效〕 tag on the label.
INACTIVE_STATUSES = {"superseded": "〔已废止〕", "expired": "〔已失效〕"}
INACTIVE_FILL = "#d5d8dc"
INACTIVE_FONT = "#616a6b"

# Documents only cited (not in the corpus) are drawn as ellipses, in-corpus ones as boxes.
GROUP_COLOUR = "#f5b7b1"
AGENCY_COLOUR = "#aed6f1"
