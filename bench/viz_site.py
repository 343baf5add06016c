"""How the site's ways in hold up on a big build: write the index, its data, the agency, group and
national pages and the grouped overview (no lineage pages: they are measured elsewhere), then open
the overview and the index in headless Chromium and time a search.  A benchmark figure, not a test.

    python3 bench/generate.py --docs 100000 bench/data/synthetic-100000
    policykg build bench/data/synthetic-100000 --out bench/data/build-100000 --no-site
    python3 bench/viz_site.py bench/data/build-100000 --out bench/data/site-100000

Prints one JSON object: seconds to write each part, files and bytes written, and in Chromium the
seconds each page takes to open and settle, and a search's seconds and hits.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from policykg.graph.io import load_build
from policykg.viz.browser import Chromium
from policykg.viz.explore import write_explorer
from policykg.viz.page import write_assets
from policykg.viz.site import safe_name, site_documents

SEARCHES = ("高校毕业生", "国办发[2022]13号", "郑州 补贴")


def write(build: Path, out: Path) -> dict:
    started = time.perf_counter()
    G = load_build(build)
    loaded = time.perf_counter()
    write_assets(out / "assets")
    pages = {n: safe_name(n) for n in site_documents(G)}  # linked to, not written here
    write_explorer(G, out, pages, name_of=safe_name)
    done = time.perf_counter()
    files = [p for p in out.rglob("*") if p.is_file()]
    return {
        "documents": sum(1 for _, a in G.nodes(data=True) if a.get("label") == "Document"),
        "load_seconds": round(loaded - started, 1),
        "write_seconds": round(done - loaded, 1),
        "files": len(files),
        "megabytes": round(sum(p.stat().st_size for p in files) / 1e6, 1),
        "overview_html_kb": round((out / "overview.html").stat().st_size / 1e3, 1),
        "index_data_loaded_at_open_kb": round(
            sum((out / "data" / name).stat().st_size for name in ("facets.js", "attrs.js", "rows-0000.js")) / 1e3, 1
        ),
    }


def measure(out: Path, runs: int) -> dict:
    figures: dict = {}
    with Chromium(width=1400, height=900) as browser:
        for page in ("overview.html", "index.html"):
            times = []
            for _ in range(runs):
                result = browser.open(out / page, timeout=120, screenshot=False)
                times.append(round(result.settle_seconds, 2))
            figures[page] = {"settle_seconds": times, "nodes": result.nodes, "requests": len(result.requests)}
        for query in SEARCHES:
            started = time.perf_counter()
            browser.evaluate(
                "(function(){var q=document.getElementById('q'); q.value=" + json.dumps(query) + ";"
                "q.dispatchEvent(new Event('input'));})()"
            )
            while browser.evaluate("document.body.getAttribute('data-state')") != "ready":
                time.sleep(0.02)
            figures[f"search {query}"] = {
                "seconds": round(time.perf_counter() - started, 2),
                "shown": browser.evaluate("document.getElementById('shown').textContent"),
            }
    return figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", type=Path, help="a build folder (graph.json)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write the site into")
    ap.add_argument("--runs", type=int, default=3, help="times each page is opened")
    args = ap.parse_args(argv)
    figures = write(args.build, args.out)
    figures.update(measure(args.out, args.runs))
    json.dump(figures, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
