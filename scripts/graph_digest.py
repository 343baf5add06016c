"""Digest of the graph a build makes, to prove a refactoring changed nothing.

Builds each corpus given (no cache, no site, a fixed --as-of) into a temporary folder and
prints the SHA-256 of its graph.json with the run-dependent meta fields left out.

    python scripts/graph_digest.py data/corpus /path/to/lawrefbook bench/data/synthetic-5000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

RUN_DEPENDENT = ("parsed_files", "reused_files")


def digest(graph_json: Path) -> str:
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    for key in RUN_DEPENDENT:
        data.get("meta", {}).pop(key, None)
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--as-of", default="2026-01-01")
    ap.add_argument("--jobs", default="2")
    args = ap.parse_args()
    for corpus in args.corpora:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [
                sys.executable,
                "-m",
                "policykg",
                "build",
                corpus,
                "--out",
                tmp,
                "--no-site",
                "--no-cache",
                "--as-of",
                args.as_of,
                "--jobs",
                args.jobs,
                "-q",
            ]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            print(f"{digest(Path(tmp) / 'graph.json')}  {corpus}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
