"""Every pattern the package compiles stays linear on hostile text (no catastrophic backtracking).

Input text is untrusted: a crafted or broken publication must not stall a build.  This test finds
every regular expression of the package — the compiled module-level patterns (including those
generated from the data files) and every literal pattern passed to ``re.*`` in the source — and runs
generated hostile lines against each: long runs of one character, of each character the pattern
names, of repeated agency names before 关于, of dots and ellipses, citations separated by long
runs of an agency-ending character, and names separated by 、.  Each pattern's ``search``/``findall`` on an 8×
longer line may cost at most 24× (plus slack) the shorter one (linear: 8×), so quadratic and exponential patterns
fail, whatever the machine's speed; and no pattern may take more than WINDOW_LIMIT on the shorter line (a pattern
bounded by its windows but trying every split within them).

The patterns run in a child process (Python's regex engine cannot be interrupted): a hung pattern
is reported by name when the child is stopped.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from pathlib import Path

import policykg

PACKAGE_DIR = Path(policykg.__file__).resolve().parent
BASE = 2_000  # characters of the shorter hostile line; the longer one is GROWTH× that
GROWTH = 8
GROWTH_LIMIT = 24.0  # a linear pattern grows ~8×; a quadratic one ~64×
SLACK = 0.25  # seconds: below this the timer measures noise (other processes), not the pattern
# seconds one pattern may take on one hostile line of BASE characters: a pattern bounded by its windows ({2,40},
# {0,8}) is linear in the line's length yet may try every split of a window (a run of names between 、 that its
# classes also hold: 0.6 s a line, a build of such lines stalls); a sound pattern takes ~0.05 s at most
WINDOW_LIMIT = 0.5
CHILD_TIMEOUT = 600  # the census of some 630 patterns takes ~2.5 min alone, longer on a shared machine


def _literal_patterns() -> list[tuple[str, str, int]]:
    """(where, pattern, flags) of every string literal given to re.compile/search/match/sub/… in the package."""
    out = []
    funcs = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.func.attr in funcs):
                continue
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                where = f"{path.relative_to(PACKAGE_DIR.parent)}:{node.lineno}"
                out.append((where, node.args[0].value, 0))
    return out


def _compiled_patterns() -> list[tuple[str, re.Pattern]]:
    """(module.NAME, pattern) of every compiled pattern at module level or on a module-level class."""
    out = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="policykg."):
        if info.name.startswith("policykg.cli") or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                out.append((f"{info.name}.{name}", value))
            elif isinstance(value, type) and value.__module__ == info.name:
                out.extend(
                    (f"{info.name}.{name}.{attr}", v) for attr, v in vars(value).items() if isinstance(v, re.Pattern)
                )
    return out


def _all_patterns() -> list[tuple[str, re.Pattern]]:
    seen: dict[tuple[str, int], str] = {}
    out = []
    for where, pattern in _compiled_patterns():
        if (pattern.pattern, pattern.flags) not in seen:
            seen[(pattern.pattern, pattern.flags)] = where
            out.append((where, pattern))
    for where, source, flags in _literal_patterns():
        try:
            pattern = re.compile(source, flags)
        except re.error:
            continue
        if (pattern.pattern, pattern.flags) not in seen:
            seen[(pattern.pattern, pattern.flags)] = where
            out.append((where, pattern))
    return out


# Agency names, their endings and title words: the material of the known hostile lines.
AGENCIES = (
    "国务院",
    "教育部",
    "财政部",
    "河南省人民政府",
    "郑州市人民政府办公室",
    "省人力资源社会保障厅",
    "市场监管局",
)
ENDINGS = "局厅部委办院府会室处署行"


def hostile_lines(pattern: re.Pattern, n: int) -> list[str]:
    """Hostile lines of about ``n`` characters for ``pattern``."""
    lines = [
        "".join(AGENCIES[i % len(AGENCIES)] for i in range(n // 4)) + "关于",  # agency run before 关于
        "." * n,
        "…" * n,
        "．" * n,
        "·" * n,
        "-" * n,
        " " * n + "x",
        "\u3000" * n + "x",
        "（" * n,
        "〔" * n,
        "《" * n,
        "《" + "关" * n,
        "1" * n,
        "年" * n,
        "号" * n,
        "关于" * (n // 2),
        ("《关于做好就业工作的通知》" + "局" * 40) * max(1, n // 52),  # citations between ending runs
        "".join(ENDINGS[i % len(ENDINGS)] for i in range(n)),
        "第" + "一" * n + "条",
        "：" + "标题" * (n // 2),
        ("标题：" + "关" * 8 + " ") * max(1, n // 12),
        "2024年" * (n // 5),
        "关于做好工作的通知" + "市政府副秘书长、" * (n // 8),  # names between 、 after a title (flattened addressees)
    ]
    # runs of each literal character the pattern itself names (its own delimiters are its weak spot)
    chars = sorted({c for c in pattern.pattern if ord(c) > 127 or c in ".:-/ "})[:24]
    lines.extend(c * n for c in chars)
    lines.extend((a + b) * (n // 2) for a, b in zip(chars, chars[1:]))
    return lines


def _cost(pattern: re.Pattern, line: str, runs: int = 2) -> float:
    """Seconds for a search and the first 2,000 matches; the best of ``runs`` runs (less noise)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        pattern.search(line)
        for _ in zip(range(2000), pattern.finditer(line)):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def _superlinear(small: float, big: float) -> bool:
    return big > SLACK and big > GROWTH_LIMIT * max(small, SLACK / GROWTH_LIMIT)


def run_child() -> int:
    """Measure every pattern; print a JSON line per pattern that grows faster than linearly."""
    for where, pattern in _all_patterns():
        print(json.dumps({"checking": where}), flush=True)
        for line in hostile_lines(pattern, BASE):
            big = line * GROWTH
            small_cost, big_cost = _cost(pattern, line), _cost(pattern, big)
            if _superlinear(small_cost, big_cost) or small_cost > WINDOW_LIMIT:  # measured again, slowly
                small_cost, big_cost = _cost(pattern, line, 5), _cost(pattern, big, 5)
            if _superlinear(small_cost, big_cost) or small_cost > WINDOW_LIMIT:
                print(json.dumps({"slow": where, "line": line[:30], "small": small_cost, "big": big_cost}), flush=True)
                break
    print(json.dumps({"done": True}), flush=True)
    return 0


def test_every_pattern_is_linear_on_hostile_lines():
    proc = subprocess.Popen([sys.executable, __file__], stdout=subprocess.PIPE, text=True)
    try:
        out, _ = proc.communicate(timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    checked = [r["checking"] for r in records if "checking" in r]
    assert len(checked) > 50, "the pattern census found too few patterns"
    assert records and records[-1].get("done"), f"a pattern hung: {checked[-1] if checked else '?'}"
    slow = [
        f"{r['slow']} on {r['line']!r}…: {r['small']:.3f}s → {r['big']:.3f}s at {GROWTH}× length"
        for r in records
        if "slow" in r
    ]
    assert not slow, "patterns that backtrack on hostile text:\n" + "\n".join(slow)


if __name__ == "__main__":
    sys.exit(run_child())
