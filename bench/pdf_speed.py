#!/usr/bin/env python3
"""PDF text extraction speed: a gazette-like PDF of N pages, extracted on one core.

Lays the lines of a text publication out as a two-column gazette (running head, page numbers) with
python-docx, converts it with LibreOffice (as scripts/make_format_fixtures.py does), and times
``policykg.loaders.formats.extract_pdf`` on it (median of --rounds runs).

    python3 bench/pdf_speed.py data/corpus/henan-pingdingshan-employment-policies-2023.txt --pages 100
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_format_fixtures import make_docx, make_pdf  # noqa: E402

from policykg.loaders.formats import extract_pdf  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", type=Path, help="a text publication whose lines fill the pages")
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    lines = [line.lstrip("#").strip() for line in args.text.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        docx_path, pdf_path = Path(tmp) / "gazette.docx", Path(tmp) / "gazette.pdf"
        body: list[str] = []
        while True:  # grow the text until the PDF has the pages asked for
            body = body + lines
            make_docx(body, docx_path)
            make_pdf(docx_path, pdf_path)
            pages = len(extract_pdf(pdf_path.read_bytes()).pages)
            if pages >= args.pages:
                break
        data = pdf_path.read_bytes()
        times = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            got = extract_pdf(data)
            times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    chars = len(got.text)
    print(f"pdf: {pages} pages, {len(data) / 1e6:.1f} MB, {chars:,} characters extracted")
    print(f"extract_pdf: median {median:.2f} s of {args.rounds} ({pages / median:.0f} pages/s, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
