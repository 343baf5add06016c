"""Text out of what researchers download: PDF gazettes, portal web pages, Word files.

Each reader turns the bytes of one file into plain text lines that the rest of the loaders read
as they read a ``.txt`` file, plus, for paged formats, where each page starts, so every line keeps
its page and its line on the page (:class:`Extracted`).  Pure functions of bytes: the file system
stays in ``reading.py``.

- PDF (``pypdfium2``, PDFium's text layer): text segments grouped into lines by position; two-column
  pages read column by column (a vertical gutter found from the segments' extents); running heads,
  running feet and page numbers dropped; red-header lines (…文件) kept; characters of the CJK
  compatibility and Kangxi radical blocks normalised (PDF fonts often map 人 to ⼈ U+2F08).  A PDF
  without a text layer (a scan) is refused with a hint: OCR is not done here.
- HTML (``selectolax``): the portal's metadata table (标题 / 发文机关 / 发文字号 / 成文日期 …) becomes
  ``label：value`` lines, then the article body, without navigation, scripts or footers.
- DOCX (``python-docx``): paragraphs and table rows in document order.
"""

from __future__ import annotations

import html
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from policykg.errors import InputError

# Suffixes read here, besides the plain text ones reading.py decodes itself.
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
DOCX_SUFFIXES = (".docx",)
# Formats researchers meet that are not read, each with what to do instead.
UNREADABLE = {
    ".doc": "Word 97-2003 file: convert it to .docx or .pdf (e.g. soffice --headless --convert-to docx FILE)",
    ".wps": "WPS Office file: save it as .docx or .pdf in WPS, or convert with soffice --headless --convert-to docx",
    ".ofd": "OFD file (China's fixed-layout format): export it to PDF with an OFD reader, then build the PDF",
    ".rtf": "RTF file: convert it to .docx (soffice --headless --convert-to docx FILE)",
    ".xls": "spreadsheet: policy texts are read from .pdf, .html, .docx, .txt or .md",
    ".xlsx": "spreadsheet: policy texts are read from .pdf, .html, .docx, .txt or .md",
    ".caj": "CNKI CAJ file: export it to PDF in CAJViewer, then build the PDF",
}


@dataclass(frozen=True)
class Extracted:
    """Text of a file and, for paged formats, the 1-based line where each page starts.

    >>> e = Extracted("a\\nb\\nc", pages=(1, 3))
    >>> e.page_of(2), e.page_of(3)
    ((1, 2), (2, 1))
    """

    text: str
    pages: tuple[int, ...] = ()

    def page_of(self, line: int) -> tuple[int, int] | None:
        """(page, line on that page) of a 1-based line of :attr:`text`; None for unpaged text."""
        return page_of(self.pages, line)


def page_of(pages: tuple[int, ...] | list[int], line: int) -> tuple[int, int] | None:
    """(page, line on the page) of ``line`` given where pages start; None when ``pages`` is empty.

    >>> page_of((1, 40, 80), 45)
    (2, 6)
    """
    if not pages or line < 1:
        return None
    lo, hi = 0, len(pages) - 1
    while lo < hi:  # the last page starting at or before `line`
        mid = (lo + hi + 1) // 2
        if pages[mid] <= line:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1, line - pages[lo] + 1


# ----------------------------------------------------------------------------------- common

# Kangxi radicals (⼈ U+2F08), CJK radicals supplement, CJK compatibility ideographs: PDF fonts map
# ordinary characters to these; NFKC turns them back (applied to these blocks only, so full-width
# punctuation such as （） and ： stays as printed).
COMPAT_CJK = re.compile(r"[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def normalise_cjk(text: str) -> str:
    """Compatibility ideographs and radicals → the unified ideographs they stand for.

    >>> normalise_cjk("⼈⺠政府（试⾏）")
    '人民政府（试行）'
    """
    return COMPAT_CJK.sub(lambda m: _radical(m.group()), text)


# Radicals of the supplement block that NFKC leaves alone, by the ideograph they print as.
_SUPPLEMENT = {
    "⺠": "民",
    "⻓": "长",
    "⻔": "门",
    "⻢": "马",
    "⻜": "飞",
    "⻋": "车",
    "⻅": "见",
    "⻚": "页",
    "⻛": "风",
    "⻆": "角",
}


def _radical(ch: str) -> str:
    if ch in _SUPPLEMENT:
        return _SUPPLEMENT[ch]
    return unicodedata.normalize("NFKC", ch)


# ----------------------------------------------------------------------------------- PDF

# A page number alone on a line: "3", "- 3 -", "— 12 —", "－3－", "·3·", "第 3 页", "3/20".
PAGE_NUMBER_LINE = re.compile(
    r"[-－—–·•\s]{0,4}(?:第\s{0,2})?\d{1,4}(?:\s{0,2}页)?(?:\s{0,2}/\s{0,2}\d{1,4})?[-－—–·•\s]{0,4}"
)
# A red-header line (文头) of a document: 某某省人民政府文件 — kept even where it repeats page to page.
RED_HEADER_LINE = re.compile(r".{2,40}文件")
# Top and bottom bands of a page where running heads, feet and page numbers sit (share of height).
MARGIN_BAND = 0.09


@dataclass(frozen=True)
class _Segment:
    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.top - self.bottom


def extract_pdf(data: bytes, *, name: str = "<pdf>") -> Extracted:
    """Text lines of a PDF with its text layer, page by page, in reading order.

    Raises :class:`InputError` for a PDF that cannot be opened or has no text layer (a scan).
    """
    import pypdfium2 as pdfium  # PDFium wheels are large: load them only when a PDF is read

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{name}: not a readable PDF ({exc})") from None
    try:
        pages = [_page_lines(pdf[i]) for i in range(len(pdf))]
    finally:
        pdf.close()
    if not any(lines for lines, _ in pages):
        raise InputError(
            f"{name}: PDF without a text layer (a scan?): run OCR first (e.g. ocrmypdf -l chi_sim FILE OUT.pdf)"
        )
    pages = _drop_running_lines(pages)
    out: list[str] = []
    starts: list[int] = []
    for lines in pages:
        starts.append(len(out) + 1)
        out.extend(lines)
    return Extracted("\n".join(normalise_cjk(line) for line in out), tuple(starts))


def _page_lines(page) -> tuple[list[str], list[str]]:
    """(lines, band) of one page: its text lines in reading order, and which band each is in."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        texts = _rect_texts(textpage, rects) or [textpage.get_text_bounded(*rect) for rect in rects]
    finally:
        textpage.close()
    segments = []
    for (left, bottom, right, top), text in zip(rects, texts):
        text = text.replace("\r", "").replace("\n", "").replace("\x00", "")
        if text.strip():
            segments.append(_Segment(left, bottom, right, top, text))
    lines = _joined_titles(_reading_order(segments, width, height))
    bands = [_band(seg_line, height) for seg_line in lines]
    return [_join(seg_line) for seg_line in lines], bands


def _rect_texts(textpage, rects: list[tuple[float, float, float, float]]) -> list[str] | None:
    """The characters of each of PDFium's text rectangles, each character in one rectangle only.

    A rectangle is the union of the boxes of a run of consecutive characters (of one text object), in the
    page's character order; the text *within* a rectangle (``get_text_bounded``) also takes a neighbour's
    character whose box reaches into it — justified or large type sets glyph boxes overlapping by a hair, and
    ``《福建省建设》`` came out ``《福建省建省建设》``.  So the characters are dealt out in order instead: a
    rectangle takes characters until their boxes' union is the rectangle.  None where the page's characters do
    not add up to its rectangles (the caller then reads each rectangle's bounded text, as before)."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: positions and string indices differ
        return None
    out: list[str] = []
    k = 0
    for rect in rects:
        chars, box = [], None
        while k < count and not _fills(box, rect):
            left, bottom, right, top = textpage.get_charbox(k)
            if right - left >= 0.01 and top - bottom >= 0.01:
                box = (left, bottom, right, top) if box is None else _union(box, (left, bottom, right, top))
                chars.append(text[k])
            elif box is not None:  # a generated space or line end inside the run
                chars.append(text[k])
            k += 1
        if not _fills(box, rect):
            return None
        out.append("".join(chars).replace("\ufffe", "\x02"))  # a hyphen PDFium made at a wrap, as bounded text has it
    return out


def _union(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _fills(box: tuple[float, ...] | None, rect: tuple[float, ...]) -> bool:
    """``box`` is ``rect`` (to a hundredth of a point)."""
    return box is not None and all(abs(x - y) < 0.01 for x, y in zip(box, rect))


def _joined_titles(lines: list[list[_Segment]]) -> list[list[_Segment]]:
    """A title in large type wrapped over two or three lines made one line again: each wrap of a centred title fills
    the text block's width (Word, WPS and browsers break Chinese anywhere), so a large-type line of most of the
    block's width with a centred line of the same size right under it is one title going on.  Short large lines (a
    cover's name, issue and date, a spaced-out issuer, a section label) stay apart."""
    if not lines:
        return lines
    sizes = sorted(max(s.height for s in line) for line in lines)
    body = sizes[len(sizes) // 2]
    block = max(s.right for line in lines for s in line) - min(s.left for line in lines for s in line)
    out: list[list[_Segment]] = []
    last: list[_Segment] = []
    for line in lines:
        if out and _title_goes_on(last, line, body, block):
            out[-1] = out[-1] + line
        else:
            out.append(list(line))
        last = line
    return out


def _title_goes_on(above: list[_Segment], line: list[_Segment], body: float, block: float) -> bool:
    """``line`` continues the large-type title line ``above`` (see :func:`_joined_titles`)."""
    size, own = max(s.height for s in above), max(s.height for s in line)
    if min(size, own) < body * 1.2 or abs(size - own) > size * 0.15:
        return False
    x0, x1 = min(s.left for s in above), max(s.right for s in above)
    y0, y1 = min(s.left for s in line), max(s.right for s in line)
    gap = min(s.bottom for s in above) - max(s.top for s in line)
    centred = abs((x0 + x1) / 2 - (y0 + y1) / 2) < size
    return x1 - x0 >= block * 0.7 and 0 <= gap < size * 0.8 and centred and y1 - y0 <= x1 - x0 + size


def _band(line: list[_Segment], height: float) -> str:
    top = max(s.top for s in line)
    bottom = min(s.bottom for s in line)
    if top >= height * (1 - MARGIN_BAND):
        return "head"
    if bottom <= height * MARGIN_BAND:
        return "foot"
    return "body"


def _group_lines(segments: list[_Segment]) -> list[list[_Segment]]:
    """Segments on one visual line together (vertical overlap of more than half a line), top down."""
    lines: list[list[_Segment]] = []
    for seg in sorted(segments, key=lambda s: (-s.top, s.left)):
        for line in lines[-3:]:
            ref = line[0]
            overlap = min(ref.top, seg.top) - max(ref.bottom, seg.bottom)
            if overlap > 0.5 * min(ref.height, seg.height):
                line.append(seg)
                break
        else:
            lines.append([seg])
    return [sorted(line, key=lambda s: s.left) for line in lines]


def _gutter(segments: list[_Segment], width: float, height: float = 0.0) -> float | None:
    """The x of a vertical gutter between two columns, or None for a one-column page.

    A gutter is an x in the middle of the page that no body segment crosses, with enough text on
    both sides; titles and tables spanning both columns may cross it (they stay whole).
    """
    # lines printed across the page (a contents entry, a title, a cover line) are no column's: a column's text
    # runs are narrower than half the page, and only they show where the gutter is (a first page holds a
    # contents list over two columns)
    segments = _column_segments(segments, width, height)
    if len(segments) < 6:
        return None
    tolerated = max(1, len(_group_lines(segments)) // 20)
    lo, hi = _probe_range(segments, width)
    step = width / 200
    steps = int((hi - lo) / step) + 1
    crossing = [0] * (steps + 1)  # segments crossing each probe x, by a difference array
    for s in segments:
        first = max(0, int((s.left - lo) / step) + 1)
        last = min(steps - 1, int((s.right - lo) / step - 1e-9))
        if first <= last:
            crossing[first] += 1
            crossing[last + 1] -= 1
    live = list(accumulate(crossing[:steps]))
    span = _widest_run(live, tolerated)
    if span is None:
        return None
    # the gutter's middle: where the fewest runs cross inside that run (a line or two of a column may reach into it)
    first, last = _widest_run(live[span[0] : span[1] + 1], min(live[span[0] : span[1] + 1])) or (0, 0)
    best, best_run = lo + (span[0] + (first + last) / 2) * step, span[1] - span[0] + 1
    if best_run * step < width * 0.015:
        return None
    # text on both sides: a contents page's column of page numbers (and leaders) at the margin is no column
    words = [s for s in segments if _HAN.search(s.text)]
    left = sum(1 for s in words if s.right <= best)
    right = sum(1 for s in words if s.left >= best)
    return best if left >= 3 and right >= 3 and _side_by_side(segments, best) else None


def _side_by_side(segments: list[_Segment], gutter: float) -> bool:
    """Two columns set lines side by side: a good share of the column runs' lines have text on both sides of the
    gutter. A one-column page whose lines across the page are set aside (a contents list with leaders, a body's
    lines) keeps only scraps — a cover's digits, a section label, a signature — that line up with no gutter."""
    lines = _group_lines(segments)
    both = sum(1 for line in lines if line[0].right <= gutter <= line[-1].left)
    return both >= 3 and both >= 0.3 * len(lines)


_HAN = re.compile(r"[\u3400-\u9fff]")


def _widest_run(live: list[int], limit: int) -> tuple[int, int] | None:
    """(first, last) index of the longest run of probes crossed by no more than ``limit`` runs of text."""
    best, start = None, None
    for k, n in enumerate(live + [limit + 1]):
        if n <= limit:
            start = k if start is None else start
            continue
        if start is not None and (best is None or k - 1 - start > best[1] - best[0]):
            best = (start, k - 1)
        start = None
    return best


def _probe_range(segments: list[_Segment], width: float) -> tuple[float, float]:
    """Where a gutter may lie: the middle of the text block (0.3–0.7 of its width), within the middle of the page.

    A page printed shrunk to fit (a browser's print of a page wider than the paper) or set off-centre has its
    text block in part of the page: the blank beside it is no gutter (a run of blank wider than the true gutter)."""
    x0, x1 = min(s.left for s in segments), max(s.right for s in segments)
    return max(width * 0.3, x0 + (x1 - x0) * 0.3), min(width * 0.7, x0 + (x1 - x0) * 0.7)


def _column_segments(segments: list[_Segment], width: float, height: float = 0.0) -> list[_Segment]:
    """The text runs that can show a gutter: a column's runs are narrower than half the page, set in body type and
    inside the page's text area.

    Lines printed across the page (a contents entry, a cover line), headings in larger type (a title or a section
    label centred over both columns — stored run by run or glyph by glyph) and the running head and page number
    centred in the margins (of a page ``height`` high) are no column's.
    """
    band = height * MARGIN_BAND
    segments = [s for line in _group_lines(segments) if not _runs_across(line, width) and not _led(line) for s in line]
    narrow = [
        s
        for s in segments
        if s.right - s.left < width * 0.45 and (not height or (s.bottom > band and s.top < height - band))
    ]
    if not narrow:
        return narrow
    body = sorted(s.height for s in narrow)[len(narrow) // 2]
    return [s for s in narrow if s.height <= body * 1.2]


def _runs_across(line: list[_Segment], width: float) -> bool:
    """A line printed across the page in runs with no gutter's gap between them: a contents entry whose dot leader
    runs to the page number at the right margin (``标题……………… 3``), stored as a title run and a leader run that
    are each narrower than half the page, or a one-column line stored glyph by glyph.  Two columns' lines side by
    side leave the gutter (wider than a character) between them; such a line runs unbroken over half the page."""
    height = max(s.height for s in line)
    start, end = line[0].left, line[0].right
    for seg in line[1:]:
        if seg.left - end > height:
            start = seg.left
        end = max(end, seg.right)
        if end - start >= width * 0.5:
            return True
    return end - start >= width * 0.5


_LEADER = re.compile(r"[.．·…]{4}")


def _led(line: list[_Segment]) -> bool:
    """A contents entry's line with its dot leader (``…通知..........（16）``): printed over the columns from the left
    margin whatever its length, it shows no gutter even where it stops short of the right margin."""
    return any(_LEADER.search(s.text) for s in line)


def _reading_order(segments: list[_Segment], width: float, height: float = 0.0) -> list[list[_Segment]]:
    """Lines of a page in reading order: full-width blocks in place, each column top to bottom."""
    gutter = _gutter(segments, width, height)
    if gutter is None:
        return _group_lines(segments)
    out: list[list[_Segment]] = []
    band: list[_Segment] = []
    for line in _group_lines(segments):
        if _spans_gutter(line, gutter) or _is_folio(line, height):  # spans both columns: ends the band above it
            out.extend(_columns(band, gutter))
            band = []
            out.append(line)
        else:
            band.extend(line)
    out.extend(_columns(band, gutter))
    return out


def _is_folio(line: list[_Segment], height: float) -> bool:
    """A page number in the head or foot margin (``— 3 —``, ``- 12 -``), centred on the page: no column's, kept whole
    (spaced out, its parts would fall on both sides of the gutter)."""
    return bool(height) and _band(line, height) != "body" and not any(_HAN.search(s.text) for s in line)


def _spans_gutter(line: list[_Segment], gutter: float) -> bool:
    """A line that crosses the gutter: a segment over it, or two segments meeting across it with no more than a
    character's gap (a centred heading 【政府文件】 the PDF stores as 【政 and 府文件】, broken at the page's middle) —
    two columns' lines side by side leave the gutter's width between them."""
    if any(s.left < gutter < s.right for s in line):
        return True
    left = [s.right for s in line if s.right <= gutter]
    right = [s.left for s in line if s.left >= gutter]
    return bool(left and right) and min(right) - max(left) < 0.6 * max(s.height for s in line)


def _columns(segments: list[_Segment], gutter: float) -> list[list[_Segment]]:
    left = [s for s in segments if s.right <= gutter]
    right = [s for s in segments if s.right > gutter]
    return _group_lines(left) + _group_lines(right)


# a Chinese character or a full-width mark: between two of them only a blank of about a character's width is a
# space (justified Chinese text spreads its characters by a point or two, which is no word break)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _join(line: list[_Segment]) -> str:
    """One line's text: segments joined, with one space where the print leaves a visible gap — measured against
    the line's height: a flat glyph's own box (一, a comma) is a fraction of it, and a gap of a point or two at
    such a glyph is the justification's spacing, no space (第十 一条 / 审议通过 ， 现予公布 otherwise); between two
    Chinese characters only a gap near a character's width is one."""
    parts = [line[0].text]
    height = max(s.height for s in line)
    for prev, seg in zip(line, line[1:]):
        gap = seg.left - prev.right
        spaced = parts[-1][-1:].isspace() or seg.text[:1].isspace()
        wide = 0.9 if _CJK.match(parts[-1][-1:]) and _CJK.match(seg.text[:1]) else 0.3
        parts.append((" " if gap > wide * height and not spaced else "") + seg.text)
    return re.sub(r"\s{2,}", " ", "".join(parts)).strip()


def _drop_running_lines(pages: list[tuple[list[str], list[str]]]) -> list[list[str]]:
    """Lines of each page without page numbers and without heads/feet that repeat over the pages."""
    repeated: Counter[str] = Counter()
    for lines, bands in pages:
        repeated.update({_running_key(t) for t, b in zip(lines, bands) if b != "body"})
    threshold = max(2, len(pages) // 2) if len(pages) > 2 else 2
    out = []
    for lines, bands in pages:
        kept = []
        for text, band in zip(lines, bands):
            if band != "body" and _is_running(text, repeated, threshold):
                continue
            kept.append(text)
        out.append(kept)
    return out


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _is_running(text: str, repeated: Counter[str], threshold: int) -> bool:
    if PAGE_NUMBER_LINE.fullmatch(text):
        return True
    if RED_HEADER_LINE.fullmatch(text.replace(" ", "")):
        return False
    return repeated[_running_key(text)] >= threshold


# ----------------------------------------------------------------------------------- HTML

# Labels of a portal's metadata table, as gov.cn and provincial portals print them.
METADATA_LABELS = (
    "索引号",
    "主题分类",
    "发文机关",
    "发文机构",
    "发布机构",
    "发文单位",
    "成文日期",
    "发布日期",
    "标题",
    "名称",
    "发文字号",
    "文号",
    "主题词",
    "有效性",
    "生效日期",
    "废止日期",
)
# Where portals put the article body (gov.cn, TRS and common CMS templates), most specific first.
BODY_SELECTORS = (
    "#UCAP-CONTENT",
    ".pages_content",
    ".trs_editor_view",
    ".TRS_Editor",
    ".TRS_UEDITOR",
    "#zoom",
    "#zoomcon",
    ".article-content",
    ".article_content",
    ".xl_content",
    ".detail-content",
    ".view",
    "article",
)
# Elements that are never part of the document.
NOISE_TAGS = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "button", "select")
BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li tr table section article blockquote pre dd dt ul ol center".split()
)
_CELLS = "td, th, dt, dd, li"
_LABEL_KEY = re.compile(r"[\s\u3000:：]")
# "[发文字号]京政发〔2019〕1号" / "【发布机构】某某市教育局" / "[名　　称]：…" — a label in brackets, its value after it
# on the same line, a colon or none (list-style metadata blocks print labels so)
BRACKETED_LABEL = re.compile(r"^\s*[\[【]\s*(?P<label>[^\]】\r\n]{1,12}?)\s*[\]】]\s*[：:]?\s*(?P<value>.*)$")
# Blocks that may hold a metadata block of "label：value" paragraphs (<p><strong>索引号</strong>：…</p>) where a
# portal prints no table: read only when no table or list of label cells is found
PARAGRAPH_BLOCKS = "div, section, ol, ul"
# A metadata block is short; longer blocks hold the article (whose lines may start with a label too)
MAX_METADATA_CHARS = 3000


def extract_html(data: bytes, *, name: str = "<html>") -> Extracted:
    """The metadata table as ``label：value`` lines, the title, then the body text of a portal page."""
    from selectolax.lexbor import LexborHTMLParser  # compiled parser: load only when a page is read

    tree = LexborHTMLParser(_decode_html(data, name))
    for tag in NOISE_TAGS:
        for node in tree.css(tag):
            node.decompose()
    fields = _metadata_fields(tree)
    body = _body_node(tree)
    lines = [f"{label}：{value}" for label, value in fields] + ([""] if fields else [])
    body_lines = _block_lines(body) if body is not None else []
    if fields and all(_split_label(line)[0] in METADATA_LABELS for line in body_lines):
        body_lines = []  # a page without an article: the text block found is the metadata block itself
    title = _page_title(tree, fields)
    if title and not any(title in line for line in body_lines[:5]):
        lines.append(title)
    lines.extend(body_lines)
    lines.extend(_signature_after(body) if body is not None else [])
    text = "\n".join(normalise_cjk(line) for line in lines)
    if not text.strip():
        raise InputError(f"{name}: web page without text")
    return Extracted(text)


def _decode_html(data: bytes, name: str) -> str:
    head = data[:4096].decode("ascii", "replace").lower()
    m = re.search(r"charset\s*=\s*[\"']?([a-z0-9_-]{2,20})", head)
    declared = m.group(1) if m else "utf-8"
    declared = "gb18030" if declared in ("gb2312", "gbk", "gb18030") else declared
    for enc in (declared, "utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(f"{name}: web page in an unknown encoding (declared {declared})")


def _text(node) -> str:
    return re.sub(r"\s+", " ", node.text(separator=" ", deep=True)).strip()


def _metadata_fields(tree) -> list[tuple[str, str]]:
    """(label, value) pairs of the first table (or definition list) holding two or more known labels.

    Portals without such a table (a block of ``<p><strong>索引号</strong>：…</p>`` paragraphs, often in two
    columns) are read by :func:`_paragraph_fields`."""
    for container in tree.css("table, dl, ul, .xxgk_table, .policy-info"):
        cells = [c for c in container.css(_CELLS) if not any(d.mem_id != c.mem_id for d in c.css(_CELLS))]
        pairs = _label_pairs([_text(c) for c in cells])
        if len(pairs) >= 2:
            return pairs
    return _paragraph_fields(tree)


def _paragraph_fields(tree) -> list[tuple[str, str]]:
    """(label, value) pairs of the block whose lines name the most known labels, the shortest such block.

    Two columns of label paragraphs (索引号 / 发布机构 / 名称 left, 主题分类 / 发布日期 right) are one block:
    the shortest block holding both columns wins over either column alone."""
    best: list[tuple[str, str]] = []
    best_size = 0
    for block in tree.css(PARAGRAPH_BLOCKS):
        text = _text(block)
        if len(text) > MAX_METADATA_CHARS or sum(label in text for label in METADATA_LABELS) < 2:
            continue
        pairs = _label_pairs(_block_lines(block))
        if len(pairs) > len(best) or (len(pairs) == len(best) and pairs and len(text) < best_size):
            best, best_size = pairs, len(text)
    return best if len(best) >= 2 else []


def _split_label(cell: str) -> tuple[str, str]:
    """(label key, the rest) of a cell: "发文字号：X" / "[发文字号]X" / "发 文 字 号" → ("发文字号", "X" or "")."""
    m = BRACKETED_LABEL.match(cell)
    if m:
        return _LABEL_KEY.sub("", m.group("label")), m.group("value")
    label, _, rest = cell.partition("：") if "：" in cell else cell.partition(":")
    return _LABEL_KEY.sub("", label), rest


def _label_pairs(cells: list[str]) -> list[tuple[str, str]]:
    """Label cells followed by their value: ["发文字号：", "国办发〔2024〕1号", …] or "发文字号：国办发…"."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    i = 0
    while i < len(cells):
        key, rest = _split_label(cells[i])
        if key in METADATA_LABELS and key not in seen:
            value = rest.strip()
            if not value and i + 1 < len(cells) and _split_label(cells[i + 1])[0] not in METADATA_LABELS:
                value = cells[i + 1].strip()
                i += 1
            if value:
                pairs.append((key, value))
                seen.add(key)
        i += 1
    return pairs


def _body_node(tree):
    for selector in BODY_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and len(_text(node)) > 20:
            return node
    # No known container: the block with the most text that is not mostly links.
    best, best_score = None, 0
    for node in tree.css("div, td, section"):
        text = _text(node)
        links = sum(len(_text(a)) for a in node.css("a"))
        score = len(text) - 3 * links
        direct = sum(1 for child in node.iter() if child.tag in ("p", "br"))
        if direct and score > best_score:
            best, best_score = node, score
    return best or tree.body


# 2025年1月16日 / 二〇二五年一月十六日 — a signature's date, alone on its line
SIGNATURE_DATE = re.compile(
    r"^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)
MAX_SIGNATURE_LINES = 6  # a signature block: the issuers' names, one a line, and the date
MAX_SIGNATURE_LINE = 40  # characters of a signature's line: a body's name


def _signature_after(body) -> list[str]:
    """The lines of a signature block set apart after the page's body (a restyled page's <div class="footer">: the
    issuers' names, one a line, and the date): short lines ending with a date, else none."""
    sib = body.next
    while sib is not None and sib.tag == "-text":
        sib = sib.next
    if sib is None or sib.tag not in BLOCK_TAGS:
        return []
    lines = _block_lines(sib)
    if (
        not lines
        or len(lines) > MAX_SIGNATURE_LINES
        or any(len(line) > MAX_SIGNATURE_LINE for line in lines)
        or not SIGNATURE_DATE.match(lines[-1].replace(" ", ""))
    ):
        return []
    return lines


def _block_lines(node) -> list[str]:
    """Text lines of ``node``: a line break at every block element and <br>, cells of a row on one line."""
    buf: list[str] = []
    _walk(node, buf)
    return [line for line in (re.sub(r"[ \t\u00a0]+", " ", x).strip() for x in "".join(buf).split("\n")) if line]


def _walk(node, buf: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            buf.append(child.text_content or "")
            continue
        if tag in ("td", "th"):
            buf.append(" ")
        if tag in BLOCK_TAGS:
            buf.append("\n")
        _walk(child, buf)
        if tag in BLOCK_TAGS:
            buf.append("\n")


def _page_title(tree, fields: list[tuple[str, str]]) -> str | None:
    """The document's title: the metadata table's, else the page's ArticleTitle, else its <h1>.

    Portal bodies often start at the doc number; the title is put above them so the text reads as
    a document does (title, number, addressee …)."""
    labelled = dict(fields)
    if labelled.get("标题") or labelled.get("名称"):
        return labelled.get("标题") or labelled.get("名称")
    meta = tree.css_first('meta[name="ArticleTitle"]')
    if meta is not None and meta.attributes.get("content"):
        return meta.attributes["content"].strip()
    h1 = tree.css_first("h1")
    return _text(h1) if h1 is not None else None


# ----------------------------------------------------------------------------------- DOCX


def extract_docx(data: bytes, *, name: str = "<docx>") -> Extracted:
    """Paragraphs and table rows of a .docx in document order (headers and footers left out)."""
    import docx  # python-docx: load only when a Word file is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"{name}: not a readable .docx ({exc})") from None
    except Exception as exc:  # a damaged zip raises zipfile.BadZipFile and others: all one answer
        raise InputError(f"{name}: not a readable .docx ({type(exc).__name__})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                cells = _unique_cells(row)
                lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(block.text.strip())
    text = "\n".join(normalise_cjk(line) for line in lines)
    if not text.strip():
        raise InputError(f"{name}: Word file without text")
    return Extracted(text)


def _unique_cells(row) -> list[str]:
    """Cell texts of a table row; a merged cell (the same cell repeated) once."""
    out: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
    return out


# ----------------------------------------------------------------------------------- Markdown sites
# Law compendiums and blogs built with static-site generators (VuePress, Hugo, Jekyll) keep each
# document as Markdown with a front matter block and the site's own markup.  unwrap_site_markdown
# turns it into the text the document printed, line for line (line numbers stay).

# "---" (YAML) / "+++" (TOML) — the fence around a static site's front matter, on the file's first line
FRONT_MATTER_FENCE = re.compile(r"^(?:-{3}|\+{3})[ \t]*$")
# "title: 环境行政处罚办法" / "tags:" / 'date = 2024-01-01' / "  - 规章" — a front-matter line of an ASCII key
# (a YAML or TOML key, or an item of a YAML list); Chinese keys (标题: / 文号:) are a portal table, read
# by policykg.loaders.portal
FRONT_MATTER_KEY = re.compile(r"^(?:[A-Za-z_][\w-]{0,40}[ \t]*[:=]|[ \t]{0,8}-[ \t]|[ \t]{1,8}\S)")
# 'title: 环境行政处罚办法' / 'title = "关于X的通知"' / "title: '…'" / 'doc_title: 国务院办公厅关于…的通知' (a RAG
# corpus's record, h190) — the front matter's title, quotes dropped
FRONT_MATTER_TITLE = re.compile(
    r"""^(?:(?:doc|document)_?)?title[ \t]*[:=][ \t]*["']?(?P<title>[^"'\r\n]{2,300}?)["']?[ \t]*$"""
)
# 'author: 广东省人民政府' / 'author: 原环境保护部' — the front matter's author, in a law compendium the body that
# made the text (原: its former name); not a list (…等, 、) nor a person or a site (not ending like a body)
FRONT_MATTER_AUTHOR = re.compile(
    r"""^author[ \t]*[:=][ \t]*["']?(?:原)?(?P<author>[\u4e00-\u9fff]{1,40}?(?<!等)(?:"""
    r"""人民政府|办公厅|办公室|委员会|常务委员会|厅|局|部|署|院|总局|行|会))["']?[ \t]*$"""
)
# 'date: 2021-05-21' / 'date = "2017-11-20"' — the front matter's date: in a law compendium the day the text took
# effect, which is the day it was published only when the text says so (本办法自发布之日起施行)
FRONT_MATTER_DATE = re.compile(r"""^date[ \t]*[:=][ \t]*["']?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b""")
# "本办法自发布之日起施行" / "本规定自公布之日起施行" — the text in force from the day it was published
IN_FORCE_ON_PUBLICATION = re.compile(r"本[\u4e00-\u9fff]{1,6}自(?:发布|公布|印发)之日起(?:施行|实施|生效)")
# "::: tip 修订信息" / "::: details 目录" / "::: right" / ":::" — a container fence (VuePress, markdown-it-container)
CONTAINER_FENCE = re.compile(r"^[ \t]{0,3}:{3,}[ \t]*(?P<info>[^\r\n]{0,80})$")
# "目录" / "目 次" / "contents" in a container's title: the container holds a table of contents
TOC_CONTAINER = re.compile(r"目\s?[录次]|contents|\btoc\b", re.I)
# "[[toc]]" / "[TOC]" / "@tab 章节" — a generated table of contents and tab markers of a site
SITE_MARKUP_LINE = re.compile(r"^[ \t]{0,8}(?:\[\[toc\]\]|\[toc\]|@tab(?:[ \t][^\r\n]{0,40})?)[ \t]*$", re.I)
# '{align="center"}' / "{#t1}" / "{.center}" — a Markdown attribute list closing a heading or paragraph
ATTRIBUTE_LIST = re.compile(r"\{[#.]?[A-Za-z][\w-]{0,30}(?:=(?:\"[^\"\r\n{}]{0,60}\"|[\w-]{1,30}))?\}[ \t]*$")
# "[附件1-X裁量表.pdf](/static/pdf/x.pdf)" / "[1](#t1)" — a Markdown link: the page prints its text
MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\[\]\r\n]{1,200})\]\([^()\s]{0,300}\)")
# "&lt;广东省大气污染防治条例&gt;" — escaped angle brackets round Chinese words: a title inside a title,
# printed 〈…〉 (an HTML editor typed < > for the nested title marks and the page escaped them)
ESCAPED_TITLE_MARKS = re.compile(r"&lt;(?P<title>[\u3400-\u9fff][^&<>\r\n]{0,150}?)&gt;")
# "&emsp;" / "&nbsp;" / "&#12288;" / "&amp;" — an HTML character reference left in Markdown
CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});")


def unwrap_site_markdown(text: str) -> str:
    """The text of a static site's Markdown page as the document printed it, line for line.

    Front matter keyed in ASCII (``title:`` …) is blanked but for its title, which stays on its line
    as a Markdown title when the body does not print it (VuePress compendiums print it only there); container
    fences (``::: tip`` … ``:::``) are blanked, their content kept, but for a table of contents;
    attribute lists (``{align="center"}``) go, links print their text, character references
    (``&emsp;``) are resolved.  A text without any of these comes back unchanged.

    >>> page = "---\\ntitle: X办法\\ndate: 2024-01-01\\n---\\n::: tip 修订信息\\n（2024年1月1日Y部令第1号公布）\\n:::"
    >>> unwrap_site_markdown(page).split("\\n")
    ['', '# X办法', '', '', '', '（2024年1月1日Y部令第1号公布）', '']
    >>> unwrap_site_markdown(":::\\n## 第一章&emsp;总则{align=\\"center\\"}\\n依照《关于修改&lt;甲条例&gt;的决定》")
    '\\n## 第一章\\u2003总则\\n依照《关于修改〈甲条例〉的决定》'
    """
    if not _has_site_markup(text):
        return text
    lines = text.splitlines(keepends=True)
    out = [_strip_end(line) for line in lines]
    _unwrap_front_matter(out)
    _unwrap_containers(out)
    return "".join(_site_line(body) + line[len(_strip_end(line)) :] for body, line in zip(out, lines))


def _has_site_markup(text: str) -> bool:
    """A front matter keyed in ASCII on the first line, or a container fence (cheap tests first)."""
    if text.startswith(("---", "+++")):
        second = text.split("\n", 2)[1:2]
        if second and FRONT_MATTER_KEY.match(second[0]):
            return True
    return ":::" in text and any(CONTAINER_FENCE.match(line) for line in text.splitlines() if ":::" in line)


def _strip_end(line: str) -> str:
    return line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _unwrap_front_matter(out: list[str]) -> None:
    """Blank the front matter's ASCII-keyed lines in place; keep its title unless the body prints it."""
    if not out or not FRONT_MATTER_FENCE.match(out[0]):
        return
    end = next((i for i in range(1, min(len(out), 200)) if FRONT_MATTER_FENCE.match(out[i])), None)
    if end is None or not all(FRONT_MATTER_KEY.match(line) or not line.strip() for line in out[1:end]):
        return  # Chinese keys (a portal table) or no closing fence: not a site's front matter
    title_at = next((i for i in range(1, end) if FRONT_MATTER_TITLE.match(out[i])), None)
    title = FRONT_MATTER_TITLE.match(out[title_at]).group("title").strip() if title_at else ""
    printed = _compact(title) in {_compact(line.lstrip("#")) for line in out[end + 1 :] if line.strip()}
    authors = [m.group("author") for i in range(1, end) if (m := FRONT_MATTER_AUTHOR.match(out[i]))]
    published = _published_on_effect(out, end)
    for i in range(0, end + 1):
        out[i] = f"# {title}" if i == title_at and not printed else ""
    if (authors or published) and title:  # the body that made the text, the day it was published: a portal's
        # record on the opening fence (the text's own signature and date win, see document.apply_portal)
        record = [
            f"标题：{title}",
            f"发布单位：{authors[0]}" if authors else "",
            f"发布日期：{published}" if published else "",
        ]
        out[0] = "　".join(r for r in record if r)


def _published_on_effect(out: list[str], end: int) -> str:
    """The front matter's ``date:`` as 2021年5月21日 when the text is in force from its publication.

    A law compendium's ``date: 2021-05-21`` is the day the text took effect (cee-*, h138 广东); when the
    text says 本办法自发布之日起施行 (自公布之日起施行), that day is the day it was published."""
    m = next((m for i in range(1, end) if (m := FRONT_MATTER_DATE.match(out[i]))), None)
    if not m or not any("之日起" in line and IN_FORCE_ON_PUBLICATION.search(line) for line in out[end + 1 :]):
        return ""
    return f"{int(m.group('y'))}年{int(m.group('m'))}月{int(m.group('d'))}日"


def _unwrap_containers(out: list[str]) -> None:
    """Blank container fences and site markup in place, and the content of a table of contents.

    A table of contents runs to the first closing fence (compendiums nest ``::: tabs`` in it
    without closing it)."""
    in_toc = False
    for i, line in enumerate(out):
        m = CONTAINER_FENCE.match(line) if ":::" in line else None
        if m:
            info = m.group("info").strip()
            in_toc = bool(info) and TOC_CONTAINER.search(info) is not None if not in_toc else bool(info)
            out[i] = ""
        elif in_toc or SITE_MARKUP_LINE.match(line):
            out[i] = ""


def _site_line(line: str) -> str:
    """One line without its attribute list, its character references resolved (< > kept out of tags)."""
    if "{" in line:
        line = ATTRIBUTE_LIST.sub("", line).rstrip(" \t")
    if "](" in line:
        line = MARKDOWN_LINK.sub(lambda m: m.group("text"), line)
    if "&" not in line:
        return line
    line = ESCAPED_TITLE_MARKS.sub(lambda m: f"〈{m.group('title')}〉", line)
    line = line.replace("&lt;", "＜").replace("&gt;", "＞")  # unescaped, they would read as a tag
    return CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), line)


def _compact(s: str) -> str:
    return "".join(s.split())
