"""What-if measurements for the parse bottlenecks found by profiling (bench only; policykg unchanged).

Each variant monkeypatches the loaders in a child process, parses the same files with one
process, and reports CPU seconds (robust to other load on the machine) and whether the graph is
identical to the unpatched one (same nodes, edges and properties).  The patches are candidates
for policykg itself:

* ``segment_cache``  — memoise ``AgencyRegistry._segment`` per (text, context): issuer lines
  and signatures repeat across a corpus, and the segmentation is a dynamic programme over
  every substring with registry look-ups;
* ``targets_fast``   — in the beneficiary matcher, compact a sentence and map offsets with
  ``re.finditer`` over runs of non-space characters instead of a loop over every character;
* ``all``            — both.

(Two earlier what-ifs — digit-gated rewrites in ``clean_line`` and a regex count of control
characters in ``reading._control_ratio`` — were adopted by the loaders in the meantime and are
gone from here: patching in the old versions would now undo later fixes.)

    python3 bench/experiments.py bench/data/synthetic-2000 --variants none,segment_cache,all
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

TAG = "EXPERIMENT "
AS_OF = "2025-01-01"


def patch_segment_cache() -> None:
    from policykg.ontology import agencies

    original = agencies.AgencyRegistry._segment
    cache: dict = {}

    def cached(self, text, context):
        key = (id(self), text, context)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = tuple(original(self, text, context))
        return list(hit)

    agencies.AgencyRegistry._segment = cached


def patch_targets_fast() -> None:
    from policykg.ontology import beneficiaries

    runs = re.compile(r"[^ \t\u3000\u00a0]+")

    def _compact_with_index(text: str):
        if not beneficiaries._SPACE_RE.search(text):
            return text, range(len(text))
        chars: list[str] = []
        index: list[int] = []
        for m in runs.finditer(text):
            chars.append(m.group())
            index.extend(range(m.start(), m.end()))
        return "".join(chars), index

    beneficiaries._compact_with_index = _compact_with_index


PATCHES = {
    "segment_cache": [patch_segment_cache],
    "targets_fast": [patch_targets_fast],
}
PATCHES["all"] = [p for ps in list(PATCHES.values()) for p in ps]
PATCHES["none"] = []


def child(paths: list[str], variant: str) -> dict:
    for patch in PATCHES[variant]:
        patch()
    from policykg.graph.build import build_graph
    from policykg.graph.io import generate_graph_json

    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    G = build_graph(paths, jobs=1, as_of=AS_OF)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    data = generate_graph_json(G)
    digest = hash(json.dumps([data["nodes"], data["edges"]], ensure_ascii=False, sort_keys=True))
    return {
        "variant": variant,
        "cpu_s": round(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime, 2),
        "wall_s": round(wall, 2),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "digest": digest,
    }


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_child":
        print(TAG + json.dumps(child(json.loads(argv[1]), argv[2])), flush=True)
        return 0
    ap = argparse.ArgumentParser(description="parse-time what-ifs (monkeypatched in child processes)")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--variants", default="none,segment_cache,targets_fast,all")
    args = ap.parse_args(argv)
    base = None
    for v in args.variants.split(","):
        cmd = [sys.executable, str(Path(__file__).resolve()), "_child", json.dumps(args.paths), v]
        env = {**__import__("os").environ, "PYTHONHASHSEED": "0"}
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        line = next((l for l in proc.stdout.splitlines() if l.startswith(TAG)), None)
        if line is None:
            print(f"{v}: failed\n{proc.stderr[-2000:]}")
            continue
        r = json.loads(line[len(TAG) :])
        base = base or r
        same = "same graph" if r["digest"] == base["digest"] else "DIFFERENT graph"
        print(
            f"{v:<14} CPU {r['cpu_s']:7.2f} s ({base['cpu_s'] / r['cpu_s']:4.2f}× of none)  wall {r['wall_s']:7.2f} s  "
            f"{r['nodes']} nodes {r['edges']} edges  {same}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
