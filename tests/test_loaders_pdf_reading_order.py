"""Reading order of a two-column PDF page (``formats._reading_order``): a centred heading across the gutter that
the PDF stores as two text runs broken at the page's middle (【政 | 府文件】, as Chromium prints a gazette's
section label over two-column text, bench/printed.py) is one full-width line, not a piece in each column."""

from policykg.loaders.formats import _gutter, _reading_order, _Segment

WIDTH = 600.0  # points; the gutter lies at 300
LINE = 14.0


def _column_lines(top: float, n: int) -> list[_Segment]:
    """``n`` lines of body text in each column, from ``top`` down."""
    segs = []
    for k in range(n):
        y = top - k * 20
        segs.append(_Segment(50, y - LINE, 290, y, f"左栏第{k + 1}行正文内容"))
        segs.append(_Segment(310, y - LINE, 550, y, f"右栏第{k + 1}行正文内容"))
    return segs


def _texts(segments: list[_Segment]) -> list[str]:
    return ["".join(s.text for s in line) for line in _reading_order(segments, WIDTH)]


def test_heading_broken_at_the_gutter_stays_one_full_width_line():
    body = _column_lines(800, 5) + _column_lines(560, 5)
    g = _gutter(body, WIDTH)  # the heading's two runs meet right at the gutter, as in the printed gazette
    heading = [_Segment(g - 30, 586, g, 600, "【政"), _Segment(g + 0.5, 586, g + 40, 600, "府文件】")]
    lines = _texts(body + heading)
    assert "【政府文件】" in lines
    at = lines.index("【政府文件】")
    assert lines[:at] == [f"左栏第{k}行正文内容" for k in range(1, 6)] + [f"右栏第{k}行正文内容" for k in range(1, 6)]


def test_two_columns_lines_side_by_side_stay_apart():
    lines = _texts(_column_lines(800, 6))
    assert lines[0] == "左栏第1行正文内容" and lines[6] == "右栏第1行正文内容"


def test_justified_chinese_text_keeps_no_spaces_at_flat_glyphs():
    """第十 | 一 | 条…: PDFium gives the flat 一 (and a comma) a box of its own a point high; the justification's
    point or two around it is no space (Chromium's print of a justified gazette column)."""
    from policykg.loaders.formats import _join

    line = [
        _Segment(50, 700, 71, 710.5, "第十"),
        _Segment(72.5, 705, 82, 705.9, "一"),
        _Segment(83.5, 700, 160, 710.5, "条 施工图审查机构"),
        _Segment(161.5, 699, 164, 702, "，"),
        _Segment(172, 700, 200, 710.5, "应当"),
    ]
    assert _join(line) == "第十一条 施工图审查机构，应当"


def test_a_blank_of_a_characters_width_between_chinese_characters_is_a_space():
    from policykg.loaders.formats import _join

    line = [_Segment(50, 700, 61, 711, "通"), _Segment(75, 700, 86, 711, "知")]
    assert _join(line) == "通 知"


def test_columns_under_a_full_width_contents_list_are_read_one_after_the_other():
    """A gazette's first page: the contents entries across the page, then the first text in two columns — the
    entries cross the gutter, but the columns' lines must not be read side by side as one line."""
    toc = [
        _Segment(50, 900 - k * 20, 550, 914 - k * 20, f"某市人民政府关于第{k}项工作的通知……（{k}）") for k in range(12)
    ]
    lines = _texts(toc + _column_lines(640, 8))
    assert "左栏第1行正文内容" in lines and "右栏第1行正文内容" in lines
    assert lines.index("右栏第1行正文内容") == lines.index("左栏第8行正文内容") + 1
