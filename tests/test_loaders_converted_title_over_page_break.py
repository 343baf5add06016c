"""A title cut by a page break in a converted gazette's text: its first line at a page's foot, then the page's
furniture (the running head, the page number, a form feed, blank lines), then its tail at the next page's top.
PDFium's plain text writes the form feed in the middle of a line (``…社会保障局\\f郑州市人民政府公报``), pdftotext
``-layout`` at a line's start with blank lines before the page number.  The title is read whole, at its first
line, and the other lines keep their numbers."""

from policykg.loaders.pagebreak import join_titles_over_page_breaks
from policykg.loaders.parse import parse_text

_HEAD = "郑州市人民政府公报"
_BODY = ["为进一步做好相关工作，现将有关事项通知如下。", "一、提高认识，加强领导。", "二、明确责任，狠抓落实。"]
_TITLE = "重庆市人力资源和社会保障局重庆市妇女联合会关于表彰三八红旗手标兵、三八红旗手（集体）和巾帼文明岗的决定"


def _pages(*pages: list[str]) -> str:
    return "\f".join("\n".join(page) for page in pages)


def _pdfium_text() -> str:
    """PDFium: each page's lines, the form feed glued to the page's last line, the running head and number first."""
    first = [
        "2024年第3期",
        "— 6 —",
        "甲市人民政府关于加强安全生产工作的通知",
        "甲政〔2024〕1号",
        "各区人民政府：",
        *_BODY,
    ]
    second = [*_BODY, "甲市人民政府", "2024年3月1日", "重庆市人力资源和社会保障局"]
    third = ["— 7 —", "重庆市妇女联合会", "关于表彰三八红旗手标兵、三八红旗手", "(集体)和巾帼文明岗的决定"]
    third += ["渝人社〔2026〕111号", "各区县、市级有关部门：", *_BODY]
    return _pages([_HEAD, *first], [_HEAD, *second], [_HEAD, *third], [_HEAD, "— 8 —", *_BODY])


def _layout_text() -> str:
    """pdftotext -layout: the title's lines indented, blank lines and the page number before the form feed."""
    first = [_HEAD, "", "  甲市人民政府关于加强安全生产工作的通知", "  甲政〔2024〕1号", "  各区人民政府：", *_BODY]
    second = [
        _HEAD,
        "",
        *_BODY,
        "  甲市人民政府",
        "  2024年3月1日",
        "",
        "  惠州市财政局 惠州市人力资源和社会保障局关于印发",
    ]
    second += ["  《惠州市促进就业创业发展专项资金(公共就", "", "", "                 —7—", ""]
    third = [
        "  " + _HEAD,
        "",
        "",
        "  业创业服务)管理办法》的通知",
        "  惠财社〔2021〕106号",
        "  各县(区)财政局：",
        *_BODY,
    ]
    return _pages(first + ["—6—", ""], second, third + ["—8—", ""], [_HEAD, *_BODY])


def test_pdfium_title_over_page_break_is_one_document():
    titles = [d.title for d in parse_text(_pdfium_text(), "gazette.txt").documents]
    assert _TITLE in titles
    assert not any(t.startswith("关于表彰") for t in titles)


def test_layout_title_over_page_break_is_one_document():
    titles = [d.title for d in parse_text(_layout_text(), "gazette.txt").documents]
    want = "惠州市财政局惠州市人力资源和社会保障局关于印发《惠州市促进就业创业发展专项资金（公共就业创业服务）管理办法》的通知"
    assert any(t.replace(" ", "") == want for t in titles), titles


def test_lines_keep_their_numbers():
    for text in (_pdfium_text(), _layout_text()):
        assert join_titles_over_page_breaks(text).count("\n") == text.count("\n")
        assert join_titles_over_page_breaks(text).count("\f") == text.count("\f")


def test_signature_before_page_break_is_not_a_title():
    """An issuer signing at a page's foot, then the date on the next page: no title to join."""
    text = _pages([_HEAD, *_BODY, "甲市人民政府"], [_HEAD, "— 2 —", "2024年3月1日", *_BODY], [_HEAD, *_BODY])
    assert join_titles_over_page_breaks(text) == text
