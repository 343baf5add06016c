"""A two-column page that opens with a 目录 whose dot leaders run to the page number at the right margin (a Word-like
contents over the columns, ``columns-toc`` of bench/printed.py): the PDF stores each entry as a title run and a leader
run, each narrower than half the page, that cross the gutter together. They are lines printed across the page, no
column's: the body under them is still read column by column, not glued line by line across the gutter."""

from policykg.loaders.formats import _gutter, _reading_order, _Segment

WIDTH = 600.0  # points; the gutter lies at 300
LINE = 8.0


def _contents(top: float, n: int) -> list[_Segment]:
    """``n`` entries: a title from the left margin, a leader (two runs) to the right margin, a page number."""
    segs = []
    for k in range(n):
        y = top - k * 14
        right = 230 + 12 * k
        segs.append(_Segment(50, y - LINE, right, y, f"某某市人民政府关于印发第{k + 1}项工作方案的通知"))
        segs.append(_Segment(right + 1.5, y - LINE + 3, right + 120, y - LINE + 4, "…………"))  # runs stored apart
        segs.append(_Segment(right + 121, y - LINE + 3, 540, y - LINE + 4, "…………"))
        segs.append(_Segment(545, y - LINE, 550, y, str(k + 2)))
    return segs


def _column_lines(top: float, n: int) -> list[_Segment]:
    segs = []
    for k in range(n):
        y = top - k * 12
        segs.append(_Segment(50, y - LINE, 290, y, f"左栏第{k + 1}行正文内容"))
        segs.append(_Segment(310, y - LINE, 550, y, f"右栏第{k + 1}行正文内容"))
    return segs


def test_contents_entries_with_leaders_to_the_margin_leave_the_columns_below_apart():
    page = _contents(780, 6) + _column_lines(680, 12)
    assert _gutter(page, WIDTH) is not None
    lines = ["".join(s.text for s in line) for line in _reading_order(page, WIDTH)]
    assert "左栏第1行正文内容" in lines and "右栏第1行正文内容" in lines
    at = lines.index("左栏第1行正文内容")
    assert lines[at : at + 12] == [f"左栏第{k}行正文内容" for k in range(1, 13)]
    assert lines[0].startswith("某某市人民政府关于印发第1项工作方案的通知……")


def test_a_one_column_page_has_no_gutter():
    page = [_Segment(50 + 12 * c, 700 - 14 * k, 60 + 12 * c, 708 - 14 * k, "字") for k in range(20) for c in range(40)]
    assert _gutter(page, WIDTH) is None


def test_contents_entries_with_short_leaders_crossing_the_gutter_leave_the_columns_below_apart():
    """Entries whose short dot leader stops past the page's middle (``…通知..........（16）``, the gazette text's own
    leaders, ``columns`` of bench/printed.py) are contents lines too: they cross the gutter but are no column's."""
    page = []
    for k in range(5):
        y = 780 - k * 14
        page.append(_Segment(50, y - LINE, 312 + 6 * k, y, f"某某局关于印发第{k + 1}项办法的通知..........（{k + 2}）"))
    page += _column_lines(680, 12)
    assert _gutter(page, WIDTH) is not None
    lines = ["".join(s.text for s in line) for line in _reading_order(page, WIDTH)]
    at = lines.index("左栏第1行正文内容")
    assert lines[at : at + 12] == [f"左栏第{k}行正文内容" for k in range(1, 13)]


def test_a_one_column_contents_page_gets_no_gutter_from_its_scraps():
    """A one-column page (``single`` of bench/printed.py): with its contents entries and its body lines across the
    page set aside, what is left — a cover's issue line stored glyph by glyph, section labels, a short number line,
    a signature — lines up on no gutter: the page is read line by line."""
    page = [_Segment(160 + 12 * k, 672, 170 + 12 * k, 687, ch) for k, ch in enumerate("2024年第13号")]
    page += [_Segment(255 + 12 * k, 602, 265 + 12 * k, 617, ch) for k, ch in enumerate("2024年6月17日")]
    page += _contents(560, 6)
    for k, label in enumerate(("【政府文件】", "第232号", "省长")):
        page += [_Segment(94 + 13 * j, 300 - 40 * k, 106 + 13 * j, 313 - 40 * k, ch) for j, ch in enumerate(label)]
    page += [_Segment(50 + 12 * c, 150 - 14 * r, 60 + 12 * c, 158 - 14 * r, "字") for r in range(4) for c in range(40)]
    assert _gutter(page, WIDTH) is None
