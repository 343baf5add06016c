"""The named queries: ``policykg/queries/<name>.cypher`` files, their headers and parameters.

A query file starts with a ``//`` comment header::

    // lineage_up: which higher policies does a document rest on …   (name: one-line summary)
    //
    // Free text saying what it answers …
    //
    // @param doc string  Document id, doc number or exact title.      (required)
    // @param level string = ""  Only ancestors of this level …        (optional, JSON default)
    // @example policykg query lineage_up --param doc=焦政〔2024〕10号

Parameters are bound as Cypher parameters (``$doc``), never pasted into the text; running a
query is :mod:`policykg.queries.runner`'s job.

>>> q = parse_query_file("demo", '''// demo: count documents
... // @param level string = ""  Only this level.
... // @example policykg query demo
... MATCH (d:Document) WHERE $level = '' OR d.level = $level
... RETURN count(d) AS documents''')
>>> q.summary, [p.name for p in q.params], q.columns
('count documents', ['level'], ('documents',))
>>> bind_params(q, {"level": "national"})
{'level': 'national'}
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from policykg.analysis.diffusion import DIFFUSION_DIMENSIONS
from policykg.errors import QueryError
from policykg.ontology.schema import LEVELS, STATUSES

__all__ = [
    "PARAM_CHOICES",
    "NamedQuery",
    "QueryParam",
    "bind_params",
    "get_query",
    "named_queries",
    "parse_param_pairs",
    "parse_query_file",
]

# `// lineage_up: which higher policies …` — the first header line: name and summary.
TITLE_LINE = re.compile(r"^(?P<name>\w+)\s*:\s*(?P<summary>.+)$")
# `@param level string = ""  Only ancestors of this level …` — name, type, optional JSON default, text.
PARAM_LINE = re.compile(
    r"^@param\s+(?P<name>\w+)\s+(?P<type>string|int|bool)"
    r'(?:\s*=\s*(?P<default>"(?:[^"\\]|\\.)*"|-?\d+|true|false))?\s+(?P<doc>.*)$'
)
# `@example policykg query lineage_up --param doc=…`
EXAMPLE_LINE = re.compile(r"^@example\s+(?P<example>.+)$")
# `top.title AS title` — the column alias of one item of the final RETURN.
RETURN_ALIAS = re.compile(r"\bAS\s+(\w+)\s*$", re.I)
LAST_RETURN = re.compile(r"^RETURN\b(?P<body>.*?)(?=^ORDER BY\b|^LIMIT\b|\Z)", re.S | re.M)
# `$doc` — the parameters a query text uses.
PARAM_USE = re.compile(r"\$(\w+)")
# The largest integer Neo4j stores (64-bit signed); a larger one fails in the driver, not in memory.
MAX_INT = 2**63 - 1


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str  # "string" | "int" | "bool"
    doc: str
    default: object = None
    required: bool = True

    def coerce(self, value) -> object:
        """``value`` (a command-line string or a Python value) as this parameter's type."""
        if self.type == "string":
            return str(value)
        if self.type == "int":
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise QueryError(f"parameter {self.name} must be a whole number (got {value!r})") from None
            if number < 0:
                raise QueryError(f"parameter {self.name} must not be negative (got {number})")
            if number > MAX_INT:
                raise QueryError(f"parameter {self.name} must be at most {MAX_INT} (got {number})")
            return number
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("true", "1", "yes"):
            return True
        if str(value).lower() in ("false", "0", "no"):
            return False
        raise QueryError(f"parameter {self.name} must be true or false (got {value!r})")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    description: str
    params: tuple[QueryParam, ...]
    example: str
    text: str  # the whole file, header included (comments are Cypher comments)
    columns: tuple[str, ...]

    def __repr__(self) -> str:
        return f"NamedQuery({self.name}: {', '.join(p.name for p in self.params)})"


def parse_query_file(name: str, text: str) -> NamedQuery:
    """The :class:`NamedQuery` of a ``.cypher`` file's text (pure)."""
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        header.append(line[2:].strip())
    if not header:
        raise QueryError(f"query {name}: no // header comment")
    title = TITLE_LINE.match(header[0])
    if not title or title["name"] != name:
        raise QueryError(f"query {name}: the header must start with `// {name}: <what it answers>`")
    params, example, description = [], "", []
    for line in header[1:]:
        if m := PARAM_LINE.match(line):
            default = json.loads(m["default"]) if m["default"] is not None else None
            params.append(QueryParam(m["name"], m["type"], m["doc"], default, m["default"] is None))
        elif m := EXAMPLE_LINE.match(line):
            example = m["example"]
        elif line.startswith("@"):
            raise QueryError(f"query {name}: unknown header line {line!r}")
        else:
            description.append(line)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    declared, used = {p.name for p in params}, set(PARAM_USE.findall(body))
    if declared != used:
        raise QueryError(
            f"query {name}: header declares parameters {sorted(declared)} but the query uses {sorted(used)}"
        )
    if not example:
        raise QueryError(f"query {name}: header has no @example line")
    returns = LAST_RETURN.findall(body)
    columns = _return_columns(returns[-1]) if returns else ()
    return NamedQuery(
        name=name,
        summary=title["summary"],
        description="\n".join(description).strip(),
        params=tuple(params),
        example=example,
        text=text,
        columns=columns,
    )


def _return_columns(body: str) -> tuple[str, ...]:
    """Column names of a RETURN body: each top-level item's alias, or the item itself.

    >>> _return_columns(" step, [n IN nodes(p) | n.id] AS path, f(a, b) AS x")
    ('step', 'path', 'x')
    """
    items, depth, current = [], 0, []
    for ch in body:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    columns = []
    for item in (i.strip() for i in items):
        alias = RETURN_ALIAS.search(item)
        columns.append(alias.group(1) if alias else item)
    return tuple(columns)


def named_queries() -> dict[str, NamedQuery]:
    """Every query shipped in ``policykg/queries/*.cypher``, by name."""
    found = {}
    for entry in resources.files("policykg.queries").iterdir():
        if entry.name.endswith(".cypher"):
            name = entry.name[: -len(".cypher")]
            found[name] = parse_query_file(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def get_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"unknown query {name!r}; known: {', '.join(queries)} (see `policykg query --list`)")
    return queries[name]


def parse_param_pairs(pairs) -> dict[str, str]:
    """``["doc=豫政〔2024〕1号", "level=national"]`` → ``{"doc": …, "level": …}``.

    >>> parse_param_pairs(["a=1", "b=x=y"])
    {'a': '1', 'b': 'x=y'}
    """
    out: dict[str, str] = {}
    for pair in pairs or ():
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param takes key=value (got {pair!r})")
        out[key.strip()] = value
    return out


# Parameters whose values come from a closed list, whatever query they belong to ("" = any).
PARAM_CHOICES: dict[str, tuple[str, ...]] = {
    "level": ("",) + LEVELS,
    "source_level": ("",) + LEVELS,
    "status": ("",) + STATUSES,
    "by": DIFFUSION_DIMENSIONS,
}


def bind_params(query: NamedQuery, given: Mapping[str, object]) -> dict:
    """The parameter map of ``query``: given values coerced to their types, defaults filled in."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise QueryError(
            f"query {query.name} has no parameter {', '.join(unknown)}; its parameters: {', '.join(known) or 'none'}"
        )
    bound = {}
    for p in query.params:
        if p.name in given:
            bound[p.name] = p.coerce(given[p.name])
            choices = PARAM_CHOICES.get(p.name)
            if choices and bound[p.name] not in choices:
                empty = " (or empty for all)" if "" in choices else ""
                raise QueryError(
                    f"parameter {p.name} must be one of {', '.join(c for c in choices if c)}{empty}; "
                    f"got {bound[p.name]!r}"
                )
        elif p.required:
            raise QueryError(f"query {query.name} needs --param {p.name}=… ({p.doc}); example: {query.example}")
        else:
            bound[p.name] = p.default
    return bound
