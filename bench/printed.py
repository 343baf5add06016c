"""The gazette layout printed to a real PDF (the ``pdf-print`` layout of bench/robustness.py).

The text layouts of tests/factories.py imitate what a PDF conversion leaves; this one makes the PDF: the
gazette of layout (a) for the same seed is set as a printed gazette is — cover and contents full width,
section labels and each document's title centred in larger type across the page, the text in two justified
columns, the gazette's name as a running head and the page number at the foot of every page (CSS paged
media) — and printed by headless Chromium (Debian's ``chromium``, which the project's setup installs for the
browser tests) with a CJK font.  The bench then reads the PDF as a user's build does (``read_source``: PDFium's
text layer, columns, running lines), so what it measures is text extraction plus parsing on a real PDF.

Real publications are not all set alike, so each publication is printed in one of four styles, chosen with
the layout's own rng (``seed`` and the publication's number), so that every seed sees all of them:

* ``columns``: the style above — two justified columns, centred bold titles, contents with short dot leaders
  (the gazette text's own leaders);
* ``columns-toc``: the same, but the contents set as real 目录 are — a row per entry, its dot leader running to
  the page number at the right margin;
* ``single``: one column, as most provincial gazettes and every compilation printed from Word are — A4, body in
  16 pt, titles in large bold centred type (wrapping over two or three lines), 目录 with leaders to the margin;
* ``single-redhead``: ``single``, and each notice with a doc number on its own line starts a page with a red
  head, as a compilation reprints the original — the issuing body's name in large red type with 文件, a rule,
  the doc number centred under it, then the title.

Printing takes 1–3 s a publication; the publications are printed in parallel (one Chromium per core).

The same PDFs are also converted to .txt by other converters (``CONVERTERS``): PDFium's plain text,
pdfminer.six, and poppler's ``pdftotext`` with and without ``-layout`` (``apt-get install poppler-utils``; the
pdftotext layouts are skipped with a note when it is not on PATH).
"""

from __future__ import annotations

import html
import os
import random
import re
import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from policykg.loaders.script import simplified
from policykg.viz.browser import find_chromium

from factories import Origin, Publication, Source, _title_origins, norm_title, title_lines

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-center { content: "%(head)s"; font-size: 9pt; }
  @bottom-center { content: "— " counter(page) " —"; font-size: 9pt; } }
body { font-family: "Noto Serif CJK SC", "AR PL UMing CN", "WenQuanYi Zen Hei", serif; font-size: 10.5pt;
  line-height: 1.55; }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; }
p { margin: 0; text-indent: 2em; }
.cover { column-span: all; text-align: center; font-size: 18pt; text-indent: 0; }
.toc { column-span: all; text-indent: 0; }
.section { column-span: all; text-align: center; font-size: 13pt; margin: 8pt 0; text-indent: 0; }
.title { column-span: all; text-align: center; font-size: 15pt; font-weight: bold; margin: 10pt 0 6pt;
  text-indent: 0; }
"""
SINGLE_CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-size: 12pt; } }
body { font-family: "Noto Serif CJK SC", "AR PL UMing CN", "WenQuanYi Zen Hei", serif; font-size: 16pt;
  line-height: 1.6; }
.cols { text-align: justify; }
p { margin: 0; text-indent: 2em; }
.cover { text-align: center; font-size: 22pt; text-indent: 0; }
.toc { text-indent: 0; font-size: 14pt; }
.section { text-align: center; font-size: 16pt; font-weight: bold; margin: 12pt 0; text-indent: 0; }
.title { text-align: center; font-size: 22pt; font-weight: bold; line-height: 1.45; margin: 14pt 2em 10pt;
  text-indent: 0; }
"""
TOC_CSS = """
.tocrow { position: relative; text-indent: 0; padding-right: 2.5em; }
.tocrow .pg { position: absolute; right: 0; bottom: 0; }
.redhead { page-break-before: always; text-align: center; text-indent: 0; margin-top: 10mm; }
.redhead .org { color: #d40000; font-size: 30pt; font-weight: bold; letter-spacing: 2pt; line-height: 1.3; }
.redhead hr { border: 0; border-top: 2pt solid #d40000; margin: 18pt 0 10pt; }
.redhead .no { text-align: center; text-indent: 0; margin-bottom: 22pt; }
"""
# fills each leader to the end of its entry's last line, where the page number stands at the right margin (the
# page is laid out at the printed width, see WIDTH, so the lines break on screen as on paper)
FILL_JS = """<script>
document.querySelectorAll('.dots').forEach(function (d) {
  var c = d.dataset.c, row = d.parentNode, n = 0; d.textContent = c; var h = row.offsetHeight;
  while (n++ < 400) {
    d.textContent += c;  // (a leader cannot break: stop where the row grows taller or wider than the page's text)
    if (row.offsetHeight > h || row.scrollWidth > row.clientWidth) { d.textContent = d.textContent.slice(0, -1); break; }
  }
});
</script>"""
WIDTH = {"columns": "174mm", "single": "156mm"}  # the text area's width: laid out on screen as on paper
STYLES = ("columns", "columns-toc", "single", "single-redhead")
CLASS_OF = {"cover": "cover", "toc": "toc", "heading": "section"}
TOC_ENTRY = re.compile(r"^(.{1,200}?)([.…·．]{2,200})\s{0,3}([(（]?\s{0,2}\d{1,4}\s{0,2}[)）]?)$")


def _toc_row(text: str, leader: str) -> str | None:
    """A contents line ``title……(page)`` as a row whose leader runs to the page number at the right margin."""
    m = TOC_ENTRY.match(text)
    if not m:
        return None
    title, page = html.escape(m.group(1).strip()), html.escape(re.sub(r"[()（）\s]", "", m.group(3)))
    return (
        f"<p class='toc tocrow'>{title}<span class='dots' data-c='{leader}'></span><span class='pg'>{page}</span></p>"
    )


def _join_toc_entries(lines: list[tuple[str, Origin]]) -> list[tuple[str, Origin]]:
    """Contents entries the gazette text wrapped (title lines, then the last with its leader) as one entry each:
    a set 目录 wraps an entry at the margin, not where the text file did."""
    out: list[tuple[str, Origin]] = []
    for text, o in lines:
        prev = out[-1] if out else None
        if (
            prev
            and o.what == "toc"
            and prev[1].what == "toc"
            and TOC_ENTRY.match(text)
            and not TOC_ENTRY.match(prev[0])
            and not prev[0].startswith("【")
            and "目" not in prev[0][:1]
        ):
            out[-1] = (prev[0] + text, o)
        else:
            out.append((text, o))
    return out


def _red_heads(sources: Sequence[Source]) -> dict[Origin, tuple[str, Origin]]:
    """For each notice with its doc number on a line of its own just after its title: the title's first line →
    (the red head printed before it, the number line it takes the place of)."""
    out = {}
    for s in sources:
        d = s.top
        span = title_lines(s, d)
        if not (span and d.doc_number and d.issuers and norm_title(d.title).endswith("通知")):
            continue
        want = re.sub(r"\s", "", d.doc_number)
        for i in range(span[1] + 1, min(span[1] + 4, len(s.lines) + 1)):
            bare = re.sub(r"[\s()（）]", "", s.lines[i - 1])
            if bare and want in bare and len(bare) <= len(want) + 2:
                names = "<br>".join(html.escape(n) for n in d.issuers[:3])
                head = f"<div class='redhead'><div class='org'>{names}文件</div><hr><p class='no'>{html.escape(bare)}</p></div>"
                out[Origin(s.name, span[0])] = (head, Origin(s.name, i))
                break
    return out


def _read_as_printed(source: Source) -> Source:
    """``source`` with its lines in simplified characters, as its reference titles are: a reprint in traditional
    characters has its title set as a title too (not as a paragraph of body text, which no gazette does)."""
    return replace(source, lines=tuple(simplified(line) for line in source.lines))


def gazette_html(pub: Publication, sources: Sequence[Source], style: str = "columns", leader: str = "…") -> str:
    """The gazette publication ``pub`` as a printable page in ``style`` (see the module's docstring)."""
    titles = _title_origins([_read_as_printed(s) for s in sources])
    single = style.startswith("single")
    heads = _red_heads(sources) if style == "single-redhead" else {}
    skip = {o for _, o in heads.values()}
    head = next((t for t in pub.text.split("\n") if t.strip()), "公报").strip()
    css = (SINGLE_CSS if single else CSS % {"head": head.replace(chr(34), "")}) + TOC_CSS
    width = WIDTH["single" if single else "columns"]
    out = [
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>",
        f"<style>{css}</style></head><body style='width: {width}'><div class='cols'>",
    ]
    lines = [(t.strip(), o) for t, o in zip(pub.text.split("\n"), pub.origins) if t.strip() and o not in skip]
    if style != "columns":
        lines = _join_toc_entries(lines)
    for text, origin in lines:
        if origin in heads:
            out.append(heads[origin][0])
        cls = CLASS_OF.get(origin.what) or ("title" if origin in titles else "")
        row = _toc_row(text, leader) if cls == "toc" and style != "columns" else None
        out.append(row or f"<p class='{cls}'>{html.escape(text)}</p>")
    out.append(f"</div>{FILL_JS}</body></html>")
    return "\n".join(out)


def style_of(pub: Publication, seed: int) -> tuple[str, str]:
    """The style a publication is printed in and its contents' leader character, from the layout's rng."""
    rng = random.Random(f"{seed}-pdf-print-{pub.name}")
    return rng.choice(STYLES), rng.choice(("…", ".", "·"))


def chromium() -> str:
    found = find_chromium()
    if not found:
        raise SystemExit("pdf-print needs Chromium: run scripts/install-browser.sh (Debian's chromium)")
    return found


def print_pdf(page: str, pdf: Path, browser: str) -> None:
    """Print an HTML page to ``pdf`` with headless Chromium (no header or footer of its own)."""
    src = pdf.with_suffix(".html")
    src.write_text(page, encoding="utf-8")
    cmd = [browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer"]
    subprocess.run([*cmd, f"--print-to-pdf={pdf}", src.as_uri()], capture_output=True, timeout=300, check=False)
    if not pdf.exists():
        raise SystemExit(f"{src}: chromium printed no PDF")


def print_all(jobs: Sequence[tuple[Publication, Sequence[Source], Path]], seed: int = 1) -> None:
    """Print every (publication, its sources, PDF path), one Chromium per core, each in its style for ``seed``."""
    browser = chromium()  # (one browser binary for all; each print is its own headless process)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda j: print_pdf(gazette_html(j[0], j[1], *style_of(j[0], seed)), j[2], browser), jobs))


# ---------------------------------------------------------------- other converters' text of the printed PDFs
def pdfium_text(pdf: Path) -> str:
    """PDFium's own plain text of every page (``get_text_range``), pages joined by a form feed: what a naive
    Python converter (pypdfium2 without positions) writes to a .txt."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        pages = []
        for page in doc:
            tp = page.get_textpage()
            pages.append(tp.get_text_range())
            tp.close()
            page.close()
        return "\f".join(pages)
    finally:
        doc.close()


def pdfminer_text(pdf: Path) -> str:
    """pdfminer.six's ``extract_text`` with its default LAParams (pages end with a form feed): the most common
    Python converter, behind many RAG pipelines whose texts end up as .txt."""
    from pdfminer.high_level import extract_text

    return extract_text(str(pdf))


def pdfminer_missing() -> str | None:
    """Why the pdf-pdfminer layout cannot run here, or None."""
    try:
        import pdfminer.high_level  # noqa: F401
    except ImportError:
        return "pdfminer.six is not installed: pip install -e '.[bench]'"
    return None


def _pdftotext(pdf: Path, *flags: str) -> str:
    """poppler's ``pdftotext`` of the PDF in UTF-8 with ``flags`` (pages end with a form feed)."""
    cmd = ["pdftotext", *flags, "-enc", "UTF-8", str(pdf), "-"]
    done = subprocess.run(cmd, capture_output=True, timeout=300, check=True)
    return done.stdout.decode("utf-8", errors="replace")


def pdftotext_text(pdf: Path) -> str:
    """``pdftotext -enc UTF-8 FILE.pdf -``: poppler's reading order without layout, the most common converter
    of all (poppler-utils is on nearly every Linux system)."""
    return _pdftotext(pdf)


def pdftotext_layout_text(pdf: Path) -> str:
    """``pdftotext -layout``: the page's physical layout kept — two columns side by side on one text line
    separated by a run of spaces, centred titles indented with spaces, contents leaders to the page number."""
    return _pdftotext(pdf, "-layout")


def pdftotext_missing() -> str | None:
    """Why the pdf-pdftotext layouts cannot run here, or None."""
    if shutil.which("pdftotext") is None:
        return "poppler's pdftotext is not on PATH: apt-get install poppler-utils"
    return None


# layout name → (converter of a printed PDF to text, why it cannot run here or None)
CONVERTERS = {
    "pdf-pdfium-text": (pdfium_text, lambda: None),
    "pdf-pdfminer": (pdfminer_text, pdfminer_missing),
    "pdf-pdftotext": (pdftotext_text, pdftotext_missing),
    "pdf-pdftotext-layout": (pdftotext_layout_text, pdftotext_missing),
}


def convert_all(pdfs: Sequence[Path], txts: Sequence[Path], layout: str) -> None:
    """Each printed PDF converted to UTF-8 text by the layout's converter, written beside it as a .txt."""
    convert, _ = CONVERTERS[layout]
    for pdf, txt in zip(pdfs, txts):
        txt.write_text(convert(pdf), encoding="utf-8")
