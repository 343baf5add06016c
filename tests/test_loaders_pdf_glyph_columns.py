"""The gutter of a two-column PDF page whose text layer stores one run per glyph (``formats._gutter``,
``_reading_order``): Chromium's print of a justified gazette (bench/printed.py), and any producer that places
each character on its own. Counting crossing runs then counts lines, not runs; the running head and the page
number centred in the margins and a title in larger type centred over both columns are no column's text, and
the gutter need not lie at the page's middle (a wider inner margin)."""

from policykg.loaders.formats import _reading_order, _Segment

WIDTH, HEIGHT = 595.0, 842.0
BODY, TITLE = 10.5, 15.0  # points: body type and a title's larger type


def _glyphs(x: float, top: float, text: str, size: float = BODY) -> list[_Segment]:
    """``text`` set glyph by glyph from ``x``, each glyph its own run (justified: a hair between glyphs)."""
    step = size * 1.0 + 0.2
    return [_Segment(x + k * step, top - size, x + k * step + size, top, ch) for k, ch in enumerate(text)]


def _page(left_lines: list[str], right_lines: list[str], *, left_x: float, right_x: float) -> list[_Segment]:
    segs = _glyphs(258, 816, "某省人民政府公报", 9.0)  # the running head, centred in the top margin
    segs += _glyphs(292, 32, "—3—", 4.0)  # the page number, centred in the foot margin
    segs += _glyphs(WIDTH / 2 - 3 * TITLE, 790, "某某条例", TITLE)  # a title centred over both columns
    for k, text in enumerate(left_lines):
        segs += _glyphs(left_x, 760 - k * 16, text)
    for k, text in enumerate(right_lines):
        segs += _glyphs(right_x, 760 - k * 16, text)
    return segs


def _texts(segments: list[_Segment]) -> list[str]:
    return ["".join(s.text for s in line) for line in _reading_order(segments, WIDTH, HEIGHT)]


def test_glyph_by_glyph_columns_off_the_pages_middle_are_read_one_after_the_other():
    """(a printed gazette page: each glyph a run, the inner margin wider, so the gutter lies right of the middle)"""
    left = ["某省人民政府令", "第九号"] + [f"左栏第{k:02d}行的正文内容一二三四五六七八九十甲乙" for k in range(30)]
    right = [f"右栏第{k:02d}行的正文内容一二三四五六七八九十甲乙" for k in range(32)]
    lines = _texts(_page(left, right, left_x=70, right_x=334))
    assert (
        "左栏第00行的正文内容一二三四五六七八九十甲乙" in lines
        and "右栏第00行的正文内容一二三四五六七八九十甲乙" in lines
    )
    assert lines.index("右栏第00行的正文内容一二三四五六七八九十甲乙") > lines.index(
        "左栏第29行的正文内容一二三四五六七八九十甲乙"
    )
    assert lines.index("某某条例") < lines.index("某省人民政府令")


def test_glyph_by_glyph_columns_with_a_short_left_column_top_keep_apart():
    """(the first page of a decree: the left column opens with short header lines, its full lines start lower)"""
    left = ["某省人民政府令", "第九号", "省长 某某", "2024年1月5日"] + [
        f"左栏第{k:02d}行的正文内容一二三四五六七八九十甲乙" for k in range(10)
    ]
    right = [f"右栏第{k:02d}行的正文内容一二三四五六七八九十甲乙" for k in range(14)]
    lines = _texts(_page(left, right, left_x=50, right_x=313))
    assert lines.index("右栏第00行的正文内容一二三四五六七八九十甲乙") > lines.index(
        "左栏第09行的正文内容一二三四五六七八九十甲乙"
    )
