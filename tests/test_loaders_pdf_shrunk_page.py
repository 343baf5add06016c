"""Two-column PDF pages printed shrunk to fit (``formats._gutter``, ``_reading_order``): a browser prints a page
laid out wider than the paper at a smaller scale, so the text block fills only part of the page and a wide blank
stands beside it. The gutter lies in the text block's middle, not the page's; the blank beside the block is no
gutter; a contents page's column of page numbers is no column; a spaced page number in the foot stays one line."""

from policykg.loaders.formats import _reading_order, _Segment

WIDTH, HEIGHT = 595.0, 842.0
BODY = 6.8  # points: body type at about two thirds of 10.5 pt


def _glyphs(x: float, top: float, text: str, size: float = BODY) -> list[_Segment]:
    """``text`` set glyph by glyph from ``x``, each glyph its own run (justified: a hair between glyphs)."""
    step = size + 0.2
    return [_Segment(x + k * step, top - size, x + k * step + size, top, ch) for k, ch in enumerate(text)]


def _texts(segments: list[_Segment]) -> list[str]:
    return ["".join(s.text for s in line) for line in _reading_order(segments, WIDTH, HEIGHT)]


def _shrunk_page(left: list[str], right: list[str]) -> list[_Segment]:
    """A page shrunk to two thirds: text block from x 55 to about 384, columns at 55 and 229, the rest blank."""
    segs = _glyphs(180, 815, "某市人民政府公报", 6.0)
    segs += [_Segment(200, 30, 204, 34, "—"), _Segment(209, 30, 213, 34, "5"), _Segment(218, 30, 222, 34, "—")]
    for k, text in enumerate(left):
        segs += _glyphs(55, 760 - k * 11, text)
    for k, text in enumerate(right):
        segs += _glyphs(229, 760 - k * 11, text)
    return segs


def test_columns_of_a_page_printed_shrunk_to_fit_are_read_one_after_the_other():
    """(a gazette page printed at two thirds: the blank right of the text block is wider than the gutter)"""
    left = [f"左栏第{k:02d}行正文内容一二三四五六七八" for k in range(40)]
    right = [f"右栏第{k:02d}行正文内容一二三四五六七八" for k in range(40)]
    lines = _texts(_shrunk_page(left, right))
    assert "左栏第00行正文内容一二三四五六七八" in lines and "右栏第00行正文内容一二三四五六七八" in lines
    assert lines.index("右栏第00行正文内容一二三四五六七八") > lines.index("左栏第39行正文内容一二三四五六七八")


def test_a_line_reaching_into_the_gutter_stays_in_its_column():
    """(a notice's first page: the left column's lines are short, one runs a glyph further than the rest)"""
    left = ["某市人民政府办公室", "关于印发某某预案的", "通知", "各区人民政府："] + [
        f"左栏第{k:02d}行正文内容一二三四五六" for k in range(30)
    ]
    left[1] = "关于印发《某某县森林草原火灾应急预案》的"  # 20 glyphs: ends at x 199, the gutter from 215
    right = [f"右栏第{k:02d}行正文内容一二三四五六七八" for k in range(34)]
    lines = _texts(_shrunk_page(left, right))
    assert "关于印发《某某县森林草原火灾应急预案》的" in lines
    assert "—5—" in lines
