"""Where a build's time goes, each phase as a ratio to the floor, all measured in one run (issue 15).

The floor is what no build can beat: read every file, decode it, and run one regex over every line
in plain Python (``RAW_DATE.search``, a loader pattern that looks at every character).  Then, in the
same process and the same run:

* the phases of a one-process build: read + decode (``read_source``), cleaning (``clean_lines``),
  segmenting (``find_spans``), references (``find_references``), beneficiary groups
  (``group_targets``), the rest of parsing (headers, issuers, dates …), the graph
  (``build_from_parsed``), graph.json (``write_graph``) and the static site (``write_site``);
* what a user waits for: ``policykg build PATH --jobs 1 --no-site`` and ``policykg build PATH --jobs 1``
  as child processes (fresh output folders, so the parse cache is written, not read).

The floor is measured three times (start, middle, end) and its median is the unit; the machine is
shared, so compare the ratios, not the seconds.

    python3 bench/phases.py /work/shared/corpus-extra/lawrefbook
    python3 bench/phases.py data/corpus --no-cli --json bench/data/phases-sample.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2025-01-01"  # fixed, so every run builds the same graph


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


@contextmanager
def _clock(into: dict, name: str, who: int = resource.RUSAGE_SELF):
    w0, c0 = time.perf_counter(), _cpu(who)
    yield
    into[name] = {"wall_s": time.perf_counter() - w0, "cpu_s": _cpu(who) - c0}


def floor(files: list[Path]) -> int:
    """Read + decode + one regex pass over every line; returns the lines that matched (so nothing is
    optimised away)."""
    from policykg.loaders.regexes import RAW_DATE

    hits = 0
    for f in files:
        for line in f.read_bytes().decode("utf-8", errors="replace").splitlines():
            if RAW_DATE.search(line):
                hits += 1
    return hits


class _Stopwatch:
    """Wall and CPU seconds spent inside wrapped functions (patched into the loaders' modules)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            w0, c0 = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.wall[name] += time.perf_counter() - w0
                self.cpu[name] += time.process_time() - c0

        return timed


def in_process_phases(paths: list[str], out_dir: Path) -> dict:
    """The build's phases in this process, one after the other (one job)."""
    from policykg.graph.build import build_from_parsed
    from policykg.graph.io import write_graph
    from policykg.loaders import document, parse
    from policykg.loaders.models import ParsedFile
    from policykg.loaders.reading import iter_input_files, read_source
    from policykg.viz.site import write_site

    files, _ = iter_input_files(paths)
    phases: dict = {}
    with _clock(phases, "read + decode"):
        sources = [read_source(f) for f in files]
    watch = _Stopwatch()
    patches = [
        (parse, "clean_lines", "clean"),
        (parse, "find_spans", "segment"),
        (document, "find_references", "references"),
        (document, "group_targets", "beneficiary groups"),
    ]
    saved = [(mod, attr, getattr(mod, attr)) for mod, attr, _ in patches]
    for mod, attr, name in patches:
        setattr(mod, attr, watch.wrap(name, getattr(mod, attr)))
    try:
        with _clock(phases, "parse (all)"):
            parsed: list[ParsedFile] = [parse.parse_text(s.text, s.path, encoding=s.encoding) for s in sources]
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
    for _, _, name in patches:
        phases[f"  {name}"] = {"wall_s": watch.wall[name], "cpu_s": watch.cpu[name]}
    rest = {
        k: phases["parse (all)"][k] - sum(watch.wall[n] if k == "wall_s" else watch.cpu[n] for n in watch.wall)
        for k in ("wall_s", "cpu_s")
    }
    phases["  headers, issuers, dates …"] = rest
    with _clock(phases, "graph"):
        G, report = build_from_parsed(parsed, as_of=AS_OF)
    del parsed, sources
    with _clock(phases, "graph.json"):
        write_graph(G, out_dir, meta=report.to_meta())
    with _clock(phases, "site"):
        write_site(G, out_dir / "site")
    return {"documents": report.documents, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "phases": phases}


def cli_build(paths: list[str], out_dir: Path, *extra: str) -> dict:
    """``policykg build`` in a child process: wall and CPU seconds, peak RSS."""
    cmd = [sys.executable, "-m", "policykg", "build", *paths, "--out", str(out_dir), "--as-of", AS_OF, "-q", *extra]
    res: dict = {}
    with _clock(res, "t", resource.RUSAGE_CHILDREN):
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return {
        "command": " ".join(["policykg", *cmd[3:]]),
        **res["t"],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def run(paths: list[str], *, cli: bool = True) -> dict:
    from policykg.loaders.reading import iter_input_files

    files, _ = iter_input_files(paths)
    floors: list[dict] = []

    def measure_floor() -> None:
        t: dict = {}
        with _clock(t, "floor"):
            floor(files)
        floors.append(t["floor"])

    out: dict = {
        "paths": paths,
        "files": len(files),
        "bytes": sum(f.stat().st_size for f in files),
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory(prefix="policykg-phases-") as tmp:
        measure_floor()
        out.update(in_process_phases(paths, Path(tmp) / "in-process"))
        measure_floor()
        if cli:
            out["cli"] = {
                "build --jobs 1 --no-site": cli_build(paths, Path(tmp) / "cli-no-site", "--jobs", "1", "--no-site"),
                "build --jobs 1": cli_build(paths, Path(tmp) / "cli-site", "--jobs", "1"),
            }
        measure_floor()
    out["floor_runs"] = floors
    out["floor"] = {k: statistics.median(f[k] for f in floors) for k in ("wall_s", "cpu_s")}
    out["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    return out


def report(r: dict) -> str:
    fl = r["floor"]
    lines = [
        f"{r['files']} files, {r['bytes'] / 1e6:.1f} MB: {r['documents']} documents, {r['nodes']} nodes, "
        f"{r['edges']} edges; load average {r['load_average_1m_at_start']} → {r['load_average_1m_at_end']}",
        f"floor (read + decode + one regex pass over every line): {fl['wall_s']:.2f} s wall, {fl['cpu_s']:.2f} s CPU "
        "(runs: " + ", ".join("%.2f" % f["wall_s"] for f in r["floor_runs"]) + " s)",
        "",
        f"{'phase':34s} {'wall s':>8s} {'× floor':>8s} {'CPU s':>8s} {'× floor':>8s}",
    ]

    def row(name: str, t: dict) -> str:
        return (
            f"{name:34s} {t['wall_s']:8.2f} {t['wall_s'] / fl['wall_s']:8.1f} "
            f"{t['cpu_s']:8.2f} {t['cpu_s'] / fl['cpu_s']:8.1f}"
        )

    lines += [row(k, t) for k, t in r["phases"].items()]
    for k, t in r.get("cli", {}).items():
        lines.append(row(k, t) + f"   peak RSS {t['peak_rss_mb']:.0f} MB")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="corpus folders or files, read in place")
    ap.add_argument("--no-cli", action="store_true", help="skip the two `policykg build` child processes")
    ap.add_argument("--json", default=None, help="also write all figures to this file")
    args = ap.parse_args(argv)
    r = run(args.paths, cli=not args.no_cli)
    print(report(r))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(r, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
