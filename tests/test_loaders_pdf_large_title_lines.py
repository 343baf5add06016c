"""A document's title printed in large centred type over two or three lines (a one-column gazette or compilation
printed from Word: 22 pt titles over a 16 pt body, ``single`` of bench/printed.py): each wrap but the last fills the
text block, so the lines are one title, read back as one line (``formats._joined_titles``). The cover's short lines
in large type (the publication's name, its issue, its date) and a spaced-out issuer stay lines of their own."""

from policykg.loaders.formats import _joined_titles, _Segment

BODY, TITLE = 14.0, 19.0
LEFT, RIGHT = 80.0, 520.0  # the text block


def _line(top: float, text: str, size: float, width: float | None = None) -> list[_Segment]:
    """One line of ``text`` centred in the block (or from the left margin, ``width`` wide)."""
    if width is None:
        w = len(text) * size * 1.15
        left = (LEFT + RIGHT) / 2 - w / 2
        return [_Segment(left, top - size, left + w, top, text)]
    return [_Segment(LEFT, top - size, LEFT + width, top, text)]


def _texts(lines: list[list[_Segment]]) -> list[str]:
    return ["".join(s.text for s in line) for line in _joined_titles(lines)]


def test_a_title_wrapped_over_three_lines_is_one_line():
    page = [
        _line(780, "某某市人民政府公报", 24),
        _line(750, "2024年第3期", 24),
        _line(700, "某某市人民政府关于印发某某市城市更新行", TITLE),  # 19 characters: most of the block
        _line(674, "动实施方案和配套政策措施清单及工作分工", TITLE),
        _line(648, "的通知", TITLE),
        _line(620, "某政发〔2024〕5号", BODY),
    ] + [_line(600 - 20 * k, f"正文第{k}行" * 4, BODY, RIGHT - LEFT) for k in range(10)]
    texts = _texts(page)
    assert texts[:4] == [
        "某某市人民政府公报",
        "2024年第3期",
        "某某市人民政府关于印发某某市城市更新行动实施方案和配套政策措施清单及工作分工的通知",
        "某政发〔2024〕5号",
    ]


def test_short_centred_lines_in_large_type_stay_apart():
    page = [
        _line(700, "某 某 县 人 民 政 府", TITLE),
        _line(674, "关于调整防汛指挥部成员的通知", TITLE),
    ] + [_line(640 - 20 * k, f"正文第{k}行" * 4, BODY, RIGHT - LEFT) for k in range(10)]
    assert _texts(page)[:2] == ["某 某 县 人 民 政 府", "关于调整防汛指挥部成员的通知"]
