"""Layout robustness: does the parser find the same documents when single texts are laid out as publications?

Each input file is parsed alone first (the *reference*: its documents' titles, doc numbers, issuers
and dates).  The files are then assembled (deterministic seed) into synthetic publications of the
layouts seen in real gazettes and compilations, each publication is parsed, and its documents are
compared with the references of the files it holds:

* ``gazette``     — cover lines (XX人民政府公报 / 2024年第N号（总第M号） / date), a 目录 with
  【…】 section headings and entries ``title ……（page）`` (long ones wrapped over two lines), the
  section headings again in the body, the documents back to back;
* ``pdf``         — the gazette as PDF conversion gives it: every body line hard-wrapped at 18–26
  characters, a blank line after each physical line, stray spaces in numbers and dates
  (``2024 年 3 月 5 日``, ``〔2024〕 5 号``), page numbers ``- 12 -`` between pages;
* ``pdf-titles``  — ``pdf`` with each document's title lines set narrower than the body's column (55–80 %
  of it, at least 10 characters), a blank line after each piece, as a centred title in larger type comes
  out of a converter;
* ``compilation`` — a policy compilation: ``第一部分 国家政策`` parts, a numbered 目录
  (``1. title ..... 12``), documents with a red header (文头, ``XX文件``) above their number;
* ``markdown``    — ``# title`` for each document (``##`` for a transmitted text), ``## 一、…``
  for section headings, a ``## 目录`` list ``- title ..... (3)``;
* ``gb18030``     — the gazette encoded in GB18030, read back through the project's decoder;
* ``markdown-bare`` — the Markdown layout with a 目录 of bare titles (no page numbers), as web
  compilations print it.

Document texts are kept as they are apart from those layout changes.  The synthetic publications are
written to ``--out`` (a temporary folder by default, kept) so every miss or extra can be opened at
the ``file:line`` printed.  Figures per layout: precision / recall / F1 of documents matched by title
(exact after normalising spaces and brackets; "lenient" also accepts a near title), then over matched
documents the share with the same doc number, issuers and date as the reference.  Over matched documents
too, the cited pairs (cited number, else the cited title's key; role) of each document's references:
pairs P / R / F1 (matched by number first, then title, one to one) and role agreement, with the pairs
lost, extra or with another role listed as ``publication:line (source:line)``.

    python3 bench/robustness.py /work/shared/corpus-extra/policy-notices
    python3 bench/robustness.py DIR --seed 7 --layouts pdf,markdown --show 40 --json /tmp/r.json

Files whose reference has an untitled document (titled by its file name or its number) are left out:
a publication would print a title the file does not have.  Web-page furniture (a portal's metadata
table, 打印 关闭, 本文链接：…) is blanked out before the reference is taken (``--keep-web`` keeps it):
no printed publication has it.  LawRefBook files (``# 标题`` … ``<!-- INFO END -->``) are printed as a
gazette prints a law (no Markdown marks, the passing note in brackets under the title); their
reference date is the version date in the file name, which no publication carries, so for laws the
date column measures that rather than the layout.  Nothing here asserts; it prints figures.

    python3 bench/robustness.py /work/shared/corpus-extra/lawrefbook/DLC --limit 60

The ``pdf-print`` layout (asked for by name, not run by default: printing takes minutes) is the gazette of
layout (a) printed to a real PDF by headless Chromium — titles centred across two justified columns, a running
head and page numbers (bench/printed.py) — and read back as a build reads a PDF, so it measures PDF text
extraction and parsing together:

    python3 bench/robustness.py tests/fixtures/unseen/texts --layouts pdf-print,pdf --limit 300

The hidden publications come as .txt made by converters the project does not know, so the same printed PDFs
(printed once a run, same seed → same PDFs) are also converted to text by common converters and that .txt is
parsed as a build reads a .txt: ``pdf-pdfium-text`` (PDFium's own plain text, ``get_text_range``, pages joined
by a form feed: what a naive converter gives) and ``pdf-pdfminer`` (pdfminer.six's ``extract_text`` with its
default LAParams; ``pip install -e '.[bench]'``, skipped with a note when missing), and poppler's
``pdftotext``, the most common converter of all, in its two modes: ``pdf-pdftotext`` (``pdftotext -enc UTF-8
FILE.pdf -``: reading order, no layout, pages end with a form feed) and ``pdf-pdftotext-layout`` (``-layout``:
the page's physical layout kept — two columns side by side on one text line, centred titles indented with
spaces, contents leaders to the page number).  The project installs no system package for the bench: get
poppler with ``apt-get install poppler-utils``; without ``pdftotext`` on PATH both layouts are skipped with a note.

    python3 bench/robustness.py tests/fixtures/unseen/texts --layouts pdf-print,pdf-pdfium-text,pdf-pdfminer --limit 300
    python3 bench/robustness.py tests/fixtures/unseen/texts --layouts pdf-print,pdf-pdftotext,pdf-pdftotext-layout --limit 300
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from policykg.loaders.parse import parse_text
from policykg.loaders.reading import iter_input_files, read_source

# The layouts, the reference parse and the comparison are shared with tests/test_robustness_layouts.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from printed import CONVERTERS, convert_all, print_all  # noqa: E402

from factories import (  # noqa: E402
    LAYOUTS,
    Found,
    Result,
    Source,
    assemble,
    compare,
    found_documents,
    reference,
    untitled_reason,
)

# layouts printed to a real PDF by Chromium (bench/printed.py): asked for by name, never run by default.
# pdf-print reads the PDF as a build does; the others read the .txt another converter made of the same PDF.
PRINTED = ("pdf-print", *CONVERTERS)


# ---------------------------------------------------------------- parsing a written publication
def parse_written(path: Path) -> tuple[list[Found], str]:
    src = read_source(path)
    pf = parse_text(src.text, str(path), encoding=src.encoding)
    return found_documents(pf.documents), src.encoding


@dataclass(frozen=True)
class Figures:
    layout: str
    publications: int
    expected: int
    found: int
    exact: int
    lenient: int
    same_title: int
    same_number: int
    same_issuers: int
    same_date: int
    encodings: tuple[str, ...] = ()
    # cited pairs of matched documents
    pairs_expected: int = 0
    pairs_found: int = 0
    pairs_matched: int = 0
    pairs_same_role: int = 0

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.found if self.found else 0.0
        r = matched / self.expected if self.expected else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def pairs_prf(self) -> tuple[float, float, float]:
        p = self.pairs_matched / self.pairs_found if self.pairs_found else 0.0
        r = self.pairs_matched / self.pairs_expected if self.pairs_expected else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def roles(self) -> float:
        return self.pairs_same_role / max(1, self.pairs_matched)


def figures(layout: str, results: list[Result], encodings: list[str] = ()) -> Figures:
    return Figures(
        layout,
        len(results),
        sum(r.n_expected for r in results),
        sum(r.n_found for r in results),
        sum(r.exact for r in results),
        sum(r.lenient for r in results),
        sum(r.same_title for r in results),
        sum(r.same_number for r in results),
        sum(r.same_issuers for r in results),
        sum(r.same_date for r in results),
        tuple(sorted(set(encodings))),
        sum(r.pairs_expected for r in results),
        sum(r.pairs_found for r in results),
        sum(r.pairs_matched for r in results),
        sum(r.pairs_same_role for r in results),
    )


def pattern_table(by_layout: dict[str, Counter], *, what: str = "failures") -> str:
    """Failure patterns (rows) by layout (columns)."""
    names = sorted({k for c in by_layout.values() for k in c})
    if not names:
        return f"no {what}"
    layouts = list(by_layout)
    w = max(len(n) for n in names)
    out = [f"{'pattern':<{w}} " + " ".join(f"{l[:13]:>13}" for l in layouts)]
    for n in names:
        out.append(f"{n:<{w}} " + " ".join(f"{by_layout[l][n]:>13}" for l in layouts))
    return "\n".join(out)


def table(rows: list[Figures]) -> str:
    head = (
        f"{'layout':<14} {'pubs':>4} {'exp':>4} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'F1~':>6} "
        f"{'title=':>7} {'number':>7} {'issuers':>7} {'date':>7} {'pairs':>6} {'roles':>6}  encoding"
    )
    out = [head, "-" * len(head)]
    for f in rows:
        p, r, f1 = f.prf(f.exact)
        _, _, f1l = f.prf(f.lenient)
        m = max(1, f.lenient)
        out.append(
            f"{f.layout:<14} {f.publications:>4} {f.expected:>4} {f.found:>5} {p:>6.3f} {r:>6.3f} {f1:>6.3f} {f1l:>6.3f} "
            f"{f.same_title / m:>7.3f} {f.same_number / m:>7.3f} {f.same_issuers / m:>7.3f} {f.same_date / m:>7.3f} "
            f"{f.pairs_prf()[2]:>6.3f} {f.roles:>6.3f}  {','.join(f.encodings)}"
        )
    out.append(
        "P/R/F1: documents matched by exact (normalised) title; F1~: near titles accepted too; "
        "title=/number/issuers/date: share of matched documents equal to the reference (title= char for char); "
        "pairs: F1 of cited pairs on matched documents; roles: share of matched pairs with the reference's role"
    )
    return "\n".join(out)


def pairs_table(rows: list[Figures]) -> str:
    """Cited pairs (cited number, else title key; role) of matched documents against their references."""
    head = f"{'layout':<14} {'exp':>5} {'found':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} {'roles':>6}"
    out = [head, "-" * len(head)]
    for f in rows:
        p, r, f1 = f.pairs_prf()
        out.append(
            f"{f.layout:<14} {f.pairs_expected:>5} {f.pairs_found:>5} {f.pairs_matched:>5} "
            f"{p:>6.3f} {r:>6.3f} {f1:>6.3f} {f.roles:>6.3f}"
        )
    out.append("pairs matched by cited number first, then cited title, one to one; roles: same role as the reference")
    return "\n".join(out)


def printed_pdfs(sources: list[Source], pubs: list, paths: list[Path], *, seed: int, done: set[Path]) -> list[Path]:
    """The gazettes ``pubs`` printed to ``pdf-print-*.pdf`` beside ``paths``, unless printed before in this run."""
    pdfs = [p.with_name(p.name.replace("gazette", "pdf-print")).with_suffix(".pdf") for p in paths]
    if not all(p in done for p in pdfs):
        by_name = {s.name: s for s in sources}
        print_all(
            [
                (pub, [by_name[n] for n in dict.fromkeys(n for n, _ in pub.expected)], p)
                for (_, pub), p in zip(pubs, pdfs)
            ],
            seed=seed,
        )
        done.update(pdfs)
    return pdfs


# ---------------------------------------------------------------- command line
def load_sources(
    folder: str, *, keep_web: bool = False, limit: int | None = None, seed: int = 1
) -> tuple[list[Source], list[tuple[str, str]]]:
    files, missing = iter_input_files([folder])
    if limit is not None and len(files) > limit:
        files = sorted(random.Random(seed).sample(files, limit))
    sources, skipped = [], [(p, why) for p, why in missing]
    for f in files:
        src = read_source(f)
        s = reference(f.name, src.text, keep_web=keep_web)
        why = untitled_reason(s)
        if why:
            skipped.append((f.name, why))
        else:
            sources.append(s)
    return sources, skipped


def run(
    folder: str,
    *,
    out: Path,
    seed: int,
    layouts: list[str],
    show: int,
    sizes: tuple[int, int],
    keep_web: bool = False,
    rounds: int = 1,
    limit: int | None = None,
) -> dict:
    sources, skipped = load_sources(folder, keep_web=keep_web, limit=limit, seed=seed)
    if not sources:
        raise SystemExit(f"{folder}: no input file with a titled document ({len(skipped)} left out)")
    n_ref = sum(len(s.docs) for s in sources)
    print(
        f"reference: {len(sources)} files with {n_ref} documents from {folder}; "
        f"{len(skipped)} files left out (untitled in the reference parse)"
    )
    for name, why in skipped:
        print(f"  left out {name}: {why}")
    out.mkdir(parents=True, exist_ok=True)
    print(f"synthetic publications written to {out}")
    rows, report = (
        [],
        {"folder": folder, "seed": seed, "rounds": rounds, "out": str(out), "skipped": skipped, "layouts": {}},
    )
    printed: set[Path] = set()  # PDFs printed in this run: the converter layouts read the same ones
    for layout in layouts:
        results, encs = [], []
        built = "gazette" if layout in PRINTED else layout
        pubs = [(r, pub) for r in range(rounds) for pub in assemble(sources, built, seed=seed + r, sizes=sizes)]
        paths = [out / (f"s{seed + r}-" + pub.name if rounds > 1 else pub.name) for r, pub in pubs]
        if layout in CONVERTERS and CONVERTERS[layout][1]():
            print(f"layout {layout} skipped: {CONVERTERS[layout][1]()}")
            continue
        if layout in PRINTED:  # the same gazette, printed to a real PDF and read as a build reads it
            paths = printed_pdfs(sources, pubs, paths, seed=seed, done=printed)
            if layout in CONVERTERS:  # … or as a .txt another converter made of it
                txts = [p.with_name(p.name.replace("pdf-print", layout)).with_suffix(".txt") for p in paths]
                convert_all(paths, txts, layout)
                paths = txts
        for (_, pub), path in zip(pubs, paths):
            if layout not in PRINTED:
                path.write_bytes(pub.text.encode(pub.encoding))
            found, enc = parse_written(path)
            encs.append(enc)
            results.append(compare(pub, found, where=str(path)))
        fig = figures(layout, results, encs)
        rows.append(fig)
        report["layouts"][layout] = {
            "figures": fig.__dict__ | {"encodings": list(fig.encodings)},
            "misses": [m for r in results for m in r.misses],
            "extras": [e for r in results for e in r.extras],
            "field_errors": [e for r in results for e in r.field_errors],
            "title_variants": [v for r in results for v in r.variants],
            "patterns": dict(sum((r.patterns for r in results), Counter())),
            "pair_misses": [m for r in results for m in r.pair_misses],
            "pair_extras": [e for r in results for e in r.pair_extras],
            "role_errors": [e for r in results for e in r.role_errors],
            "pair_patterns": dict(sum((r.pair_patterns for r in results), Counter())),
        }
    layouts = list(report["layouts"])  # (without the layouts skipped)
    print()
    print(table(rows))
    print()
    print(pattern_table({l: Counter(report["layouts"][l]["patterns"]) for l in layouts}))
    print()
    print(pairs_table(rows))
    print()
    print(pattern_table({l: Counter(report["layouts"][l]["pair_patterns"]) for l in layouts}, what="pair failures"))
    for layout in layouts:
        rep = report["layouts"][layout]
        for kind in ("misses", "extras", "field_errors", "title_variants", "pair_misses", "pair_extras", "role_errors"):
            items = rep[kind]
            if items:
                print(f"\n[{layout}] {kind} ({len(items)}{', first ' + str(show) if len(items) > show else ''}):")
                for m in items[:show]:
                    print("  " + m)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python3 bench/robustness.py /work/shared/corpus-extra/policy-notices",
    )
    ap.add_argument("folder", help="folder of single-document texts (read where it lies)")
    ap.add_argument(
        "--out", type=Path, default=None, help="where to write the synthetic publications (default: a new temp folder)"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=1, help="assemble and parse with seeds SEED … SEED+N-1 (default 1)")
    ap.add_argument("--limit", type=int, default=None, help="use a seeded sample of N input files (large folders)")
    ap.add_argument(
        "--layouts",
        default=",".join(LAYOUTS),
        help=f"comma-separated, of {','.join(LAYOUTS)}; or {','.join(PRINTED)} (printed by Chromium, minutes; not default)",
    )
    ap.add_argument("--sizes", default="3-6", help="files per publication, MIN-MAX (default 3-6)")
    ap.add_argument("--show", type=int, default=20, help="misses/extras listed per layout (default 20)")
    ap.add_argument(
        "--keep-web",
        action="store_true",
        help="keep web-page furniture (portal metadata table, 打印 关闭 …) in the texts; by default it is blanked out, "
        "in the reference too, since no printed publication has it",
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the full report as JSON")
    a = ap.parse_args(argv)
    layouts = [x.strip() for x in a.layouts.split(",") if x.strip()]
    bad = [x for x in layouts if x not in LAYOUTS + PRINTED]
    if bad:
        ap.error(f"unknown layout(s) {bad}; choose from {LAYOUTS + PRINTED}")
    lo, hi = (int(x) for x in a.sizes.split("-"))
    if not Path(a.folder).is_dir():
        ap.error(f"{a.folder}: not a folder")
    out = a.out or Path(tempfile.mkdtemp(prefix="policykg-robustness-"))
    report = run(
        a.folder,
        out=out,
        seed=a.seed,
        layouts=layouts,
        show=a.show,
        sizes=(lo, hi),
        keep_web=a.keep_web,
        rounds=a.rounds,
        limit=a.limit,
    )
    if a.json:
        a.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nreport written to {a.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
