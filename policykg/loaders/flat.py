"""Documents flattened onto one line: a crawl that stores each document as one line of text.

Title, doc number, addressee, text, signature and the texts a notice issues all run on in one line.
Such a line is cut where a header's parts meet — title | number, addressee | text, each sentence,
name | date of a signature, a bracketed note, a title | its text's first words — into pieces that
keep the line's number, so segmentation and the header sources read them like printed lines.  Only a
line that opens as a flattened document does (a title run into its number or its addressee, far
longer than a title): a long paragraph of an ordinary text is left whole.

>>> [l.text for l in unflatten([Line(1, "甲省人民政府办公厅关于做好乙工作的通知甲政办发〔2024〕3号各市人民政府："
...     "为落实《丙条例》，现就有关事项通知如下。一、加强组织领导。各地要高度重视。甲省人民政府办公厅2024年3月8日" + "。" * 120)])][:6]
['甲省人民政府办公厅关于做好乙工作的通知', '甲政办发〔2024〕3号', '各市人民政府：', '为落实《丙条例》，现就有关事项通知如下。', '一、加强组织领导。', '各地要高度重视。']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact
from policykg.loaders.models import Line

__all__ = ["is_flat", "unflatten"]


def is_flat(text: str) -> bool:
    """A line holding a whole document: long, and opening with a title run into its number or addressee."""
    return len(text) >= rx.FLAT_MIN_CHARS and rx.FLAT_HEAD.match(compact(text[:400])) is not None


def unflatten(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with every flattened document cut into pieces of the same line number."""
    if not any(len(l.text) >= rx.FLAT_MIN_CHARS for l in lines):
        return list(lines)
    out: list[Line] = []
    for l in lines:
        if is_flat(l.text):
            out.extend(Line(l.no, piece, l.heading) for piece in pieces(compact(l.text)))
        else:
            out.append(l)
    return out


def pieces(text: str) -> list[str]:
    """A flattened text cut into its header's parts and its sentences."""
    out: list[str] = []
    for sentence in rx.FLAT_SENTENCE_END.split(text):
        out.extend(_cut(sentence))
    return [p for p in out if p]


def _title_number(s: str) -> list[str] | None:
    """…的通知苏政办发〔2024〕15号… → title | number | rest."""
    m = rx.FLAT_TITLE_NUMBER.search(s)
    if m is None or rx.TITLE.match(s[: m.start("num")]) is None or "，" in s[: m.start("num")]:
        return None
    return [s[: m.start("num")], m.group("num"), s[m.end() :]]


def _addressee(s: str) -> list[str] | None:
    """各市、县人民政府，省各委办厅局：《X》已经… → addressee | rest."""
    cut = max(s.find("："), s.find(":"))
    if cut < 0 or rx.ADDRESSEE.match(s[: cut + 1]) is None:
        return None
    return [s[: cut + 1], s[cut + 1 :]]


def _signature(s: str) -> list[str] | None:
    """江苏省人民政府办公厅2024年3月8日（此件公开发布）… → name | date | rest."""
    m = rx.FLAT_SIGNATURE.match(s)
    return [m.group("name"), m.group("date"), s[m.end() :]] if m else None


def _note(s: str) -> list[str] | None:
    """（此件公开发布）X方案为… → note | rest."""
    m = rx.FLAT_NOTE.match(s)
    return [m.group(0), s[m.end() :]] if m and m.end() < len(s) else None


def _title_then_text(s: str) -> list[str] | None:
    """X实施方案为贯彻落实… → title | text (only where what is cut off reads as a title)."""
    for m in rx.FLAT_TITLE_THEN_TEXT.finditer(s):
        if rx.TITLE.match(s[: m.end()]):
            return [s[: m.end()], s[m.end() :]]
    return None


# In order: the first cutter that applies to a piece cuts it; each part after the first is cut again.
CUTTERS: tuple[Callable[[str], list[str] | None], ...] = (
    _title_number,
    _addressee,
    _signature,
    _note,
    _title_then_text,
)


def _cut(s: str) -> list[str]:
    out: list[str] = []
    rest = s
    while rest:
        parts = next((p for cut in CUTTERS if (p := cut(rest)) is not None and p[0]), None)
        if parts is None:
            out.append(rest)
            break
        out.extend(parts[:-1])
        rest = parts[-1]
    return out
