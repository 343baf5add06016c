"""The architecture holds: one-way flow between rooms, no import cycles, small functions.

Data flows text → documents → resolved graph → {Neo4j, RDF, pages, exports} (docs/architecture.md):
a room never imports a room downstream of it, no two modules import each other (directly or
round about), and the extraction, graph and analysis rooms keep their functions short (mccabe
complexity is ruff's C901, run in CI).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import policykg

PACKAGE = Path(policykg.__file__).resolve().parent
# Rooms in the order data flows; a room may import rooms before it (and the shared modules), never after.
# analysis/ holds pure functions over a networkx graph (no policykg room below it): the graph's own
# validity phase (notice units) uses them as the queries and pages do.
ORDER = [
    "keys",
    "vocab",
    "errors",
    "ontology",
    "analysis",
    "catalogue",
    "loaders",
    "graph",
    "neo4j",
    "rdf",
    "queries",
    "viz",
    "cli",
]
# Modules that run the pipeline (or its loaders) to make a data file, like the CLI does (the catalogues' builders).
PIPELINE_MODULES = {"policykg.catalogue.lawrefbook", "policykg.catalogue.policies"}
# The one presentation module a backend ships: Neo4j Browser's guide lists the named queries and its
# style takes the pages' level colours, so they read the same as the pages (issue 14).
PRESENTATION_EDGES = {
    ("policykg.neo4j.browser", "policykg.queries.catalog"),
    ("policykg.neo4j.browser", "policykg.viz.style"),
}
# The backends and the pages are siblings that never import each other (the named queries run on
# both the in-memory graph and Neo4j, so queries/ may use neo4j/); the CLI wires them all.
SIBLINGS = {"queries": {"neo4j"}, "neo4j": set(), "rdf": set(), "viz": set()}
MAX_LINES = 60
SHORT_ROOMS = ("loaders", "graph", "analysis")


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports() -> nx.DiGraph:
    """Module → module edges of every ``policykg`` import (those inside functions too), outside TYPE_CHECKING."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    G = nx.DiGraph()
    for name, path in modules.items():
        G.add_node(name)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = {
            id(n)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)
        }
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("policykg"):
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    G.add_edge(name, target if target in modules else node.module)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("policykg"):
                        G.add_edge(name, alias.name)
    return G


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_no_import_cycles():
    G = _imports()
    packages = {n for n in G if (PACKAGE.parent / n.replace(".", "/") / "__init__.py").exists()}
    # a package's __init__ re-exporting its modules is not a cycle; everything else is
    H = G.subgraph(n for n in G if n not in packages)
    assert list(nx.simple_cycles(H)) == []


def test_rooms_import_only_upstream():
    wrong = []
    for a, b in _imports().edges:
        if (a, b) in PRESENTATION_EDGES:
            continue
        ra, rb = ("cli" if a in PIPELINE_MODULES else _room(a)), _room(b)
        if ra == rb or ra in ("", "__main__") or rb == "" or ra not in ORDER or rb not in ORDER:
            continue
        if ORDER.index(rb) > ORDER.index(ra) or (ra in SIBLINGS and rb in SIBLINGS and rb not in SIBLINGS[ra]):
            wrong.append(f"{a} → {b}")
    assert wrong == []


def _long_functions(room: str) -> list[str]:
    out = []
    for path in sorted((PACKAGE / room).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                body = node.body[1:] if ast.get_docstring(node) and len(node.body) > 1 else node.body
                length = node.end_lineno - body[0].lineno + 1
                if length > MAX_LINES:
                    out.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({length} lines)")
    return out


@pytest.mark.parametrize("room", SHORT_ROOMS)
def test_functions_stay_short(room):
    assert _long_functions(room) == []


def test_the_command_line_starts_without_the_neo4j_driver():
    # issue 15: the driver (and the pandas and pyarrow it pulls in) took a second or more of every
    # command's start, `policykg build` included; it is imported where a driver is opened
    code = "import sys, policykg.cli; print(sorted(m for m in ('neo4j', 'pandas', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
