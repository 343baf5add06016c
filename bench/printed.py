"""The gazette layout printed to a real PDF (the ``pdf-print`` layout of bench/robustness.py).

The text layouts of tests/factories.py imitate what a PDF conversion leaves; this one makes the PDF: the
gazette of layout (a) for the same seed is set as a printed gazette is — cover and contents full width,
section labels and each document's title centred in larger type across the page, the text in two justified
columns, the gazette's name as a running head and the page number at the foot of every page (CSS paged
media) — and printed by headless Chromium (Debian's ``chromium``, which the project's setup installs for the
browser tests) with a CJK font.  The bench then reads the PDF as a user's build does (``read_source``: PDFium's
text layer, columns, running lines), so what it measures is text extraction plus parsing on a real PDF.

Printing takes 1–3 s a publication; the publications are printed in parallel (one Chromium per core).
"""

from __future__ import annotations

import html
import os
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from policykg.viz.browser import find_chromium

from factories import Publication, Source, _title_origins

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
CLASS_OF = {"cover": "cover", "toc": "toc", "heading": "section"}


def gazette_html(pub: Publication, sources: Sequence[Source]) -> str:
    """The gazette publication ``pub`` as a printable page (see the module's docstring)."""
    titles = _title_origins(list(sources))
    head = next((t for t in pub.text.split("\n") if t.strip()), "公报").strip()
    out = [
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>",
        f"<style>{CSS % {'head': head.replace(chr(34), '')}}</style></head><body><div class='cols'>",
    ]
    for text, origin in zip(pub.text.split("\n"), pub.origins):
        if text.strip():
            cls = CLASS_OF.get(origin.what) or ("title" if origin in titles else "")
            out.append(f"<p class='{cls}'>{html.escape(text.strip())}</p>")
    out.append("</div></body></html>")
    return "\n".join(out)


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


def print_all(jobs: Sequence[tuple[Publication, Sequence[Source], Path]]) -> None:
    """Print every (publication, its sources, PDF path), one Chromium per core."""
    browser = chromium()  # (one browser binary for all; each print is its own headless process)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda j: print_pdf(gazette_html(j[0], j[1]), j[2], browser), jobs))
