"""Researchers' own Cypher, read-only: refuse writes up front, run in a READ session, cap, time out.

Two independent guards: :func:`check_read_only` reads the query's tokens (outside strings,
comments and backquoted names) and refuses write and admin clauses with a clear message; then
:func:`run_read` runs it in a READ access-mode transaction, so the server refuses any write the
token check missed.  Parameters travel as parameters.

>>> check_read_only("MATCH (d:Document) WHERE d.created = 'CREATE' RETURN d.title // DELETE")
>>> check_read_only("MATCH (n) DETACH DELETE n")
Traceback (most recent call last):
...
policykg.errors.QueryError: refused: DETACH at line 1, column 11 would write to the database; `policykg cypher` runs read-only queries (load data with `policykg load`)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from policykg.errors import Neo4jError, QueryError
from policykg.queries.result import QueryResult

__all__ = ["DEFAULT_LIMIT", "DEFAULT_TIMEOUT", "check_read_only", "decode_param", "run_read", "to_plain"]

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 30.0

# One Cypher token; strings, comments and `quoted names` are whole tokens so their insides are
# never read as keywords.  Unicode identifiers (变量) are words too.
TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>//[^\n]*|/\*.*?\*/)
    | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    | (?P<quoted>`(?:[^`]|``)*`)
    | (?P<param>\$(?:\w+|`(?:[^`]|``)*`))
    | (?P<word>[^\W\d]\w*)
    | (?P<number>\d[\w.]*)
    | (?P<other>.)
    """,
    re.X | re.S,
)

# Clauses that write data or schema: refused wherever they stand as keywords.
WRITE_KEYWORDS = frozenset({"CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH", "LOAD"})
# Administration: refused when followed by one of the given words (None = whatever follows),
# so `start` or `stop` can still name a variable.
ADMIN_PHRASES: dict[str, frozenset[str] | None] = {
    "GRANT": None,
    "DENY": None,
    "REVOKE": None,
    "ALTER": None,
    "RENAME": None,
    "DEALLOCATE": None,
    "REALLOCATE": None,
    "START": frozenset({"DATABASE"}),
    "STOP": frozenset({"DATABASE"}),
    "ENABLE": frozenset({"SERVER"}),
    "TERMINATE": frozenset({"TRANSACTION", "TRANSACTIONS"}),
}
# Read-only procedures of the dbms namespace; every other dbms.* procedure administers.
DBMS_READ_PROCEDURES = frozenset({"dbms.components", "dbms.info", "dbms.procedures", "dbms.functions"})
# A procedure name segment that writes or administers: apoc.create.node, apoc.periodic.iterate,
# apoc.cypher.runWrite, gds.pageRank.write, db.index.fulltext.drop, db.clearQueryCaches …
# (camelCase: the verb is followed by the end or a capital, so `docs` is not `do`).
WRITE_PROCEDURE_SEGMENT = re.compile(
    r"^(create|merge|delete|remove|set|add|drop|write|mutate|refactor|periodic|load|import|export|"
    r"trigger|run|do|clear|kill|terminate|checkpoint|resample|lock|atomic|rename|assert|upgrade|"
    r"shutdown|stop|start|link|clone|collapse|invert|rebind|commit|rollback|prepare)(?=$|[A-Z_0-9])"
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    pos: int


def _tokens(text: str) -> list[_Token]:
    """Significant tokens (no spaces, no comments)."""
    return [
        _Token(m.lastgroup, m.group(), m.start())
        for m in TOKEN.finditer(text)
        if m.lastgroup not in ("space", "comment")
    ]


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {column}"


def _refuse(what: str, text: str, pos: int) -> QueryError:
    return QueryError(
        f"refused: {what} at {_where(text, pos)} would write to the database; "
        "`policykg cypher` runs read-only queries (load data with `policykg load`)"
    )


def _is_keyword(tokens: list[_Token], i: int) -> bool:
    """A word used as a keyword: not a property (n.set), label or type (:Set, :A|DELETE, :!Set)
    or map key ({set: 1}).  (After `|` a write clause could only stand inside FOREACH, itself
    refused.)"""
    if tokens[i].kind != "word":
        return False
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return before not in (".", ":", "|", "&", "!") and after != ":"


def _procedure_name(tokens: list[_Token], i: int) -> str:
    """The dotted name starting at ``tokens[i]`` (``db.index.fulltext.queryNodes``)."""
    parts = []
    while i < len(tokens) and tokens[i].kind in ("word", "quoted"):
        parts.append(tokens[i].text.strip("`"))
        if i + 1 < len(tokens) and tokens[i + 1].text == ".":
            i += 2
        else:
            break
    return ".".join(parts)


def procedure_writes(name: str) -> bool:
    """Whether calling procedure ``name`` could write or administer.

    >>> [procedure_writes(n) for n in ("db.labels", "apoc.create.node", "dbms.security.createUser", "apoc.meta.schema")]
    [False, True, True, False]
    """
    lowered = name.lower()
    if lowered.startswith("dbms."):
        return lowered not in DBMS_READ_PROCEDURES
    return any(WRITE_PROCEDURE_SEGMENT.match(seg[:1].lower() + seg[1:]) for seg in name.split(".") if seg)


def check_read_only(text: str) -> None:
    """Raise :class:`QueryError` naming the first write or admin clause of ``text``, if any."""
    tokens = _tokens(text)
    for i, tok in enumerate(tokens):
        if not _is_keyword(tokens, i):
            continue
        word = tok.text.upper()
        nxt = tokens[i + 1].text.upper() if i + 1 < len(tokens) else ""
        if word in WRITE_KEYWORDS:
            raise _refuse("LOAD CSV" if word == "LOAD" else word, text, tok.pos)
        if word in ADMIN_PHRASES and (ADMIN_PHRASES[word] is None or nxt in ADMIN_PHRASES[word]):
            raise _refuse(f"{word} {nxt}".strip() if ADMIN_PHRASES[word] else word, text, tok.pos)
        if word == "IN" and nxt in ("TRANSACTIONS", "CONCURRENT"):
            raise _refuse("CALL { … } IN TRANSACTIONS", text, tok.pos)
        if word == "CALL" and i + 1 < len(tokens) and tokens[i + 1].kind in ("word", "quoted"):
            name = _procedure_name(tokens, i + 1)
            if procedure_writes(name):
                raise _refuse(f"procedure {name}", text, tok.pos)


def decode_param(value: str) -> object:
    """A ``--param`` value of `policykg cypher`: JSON numbers, booleans, null, lists and objects
    are decoded, anything else stays a string (quote it, ``'"2024"'``, to force a string).

    >>> decode_param("2024"), decode_param("豫政〔2024〕1号"), decode_param('["a"]'), decode_param('"7"')
    (2024, '豫政〔2024〕1号', ['a'], '7')
    """
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if not isinstance(decoded, float) or value.strip().lower() not in ("nan", "infinity") else value


def to_plain(value):
    """A driver value as plain JSON-able Python: nodes, relationships and paths become dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        ends = [n.get("id") if n is not None else None for n in value.nodes]
        return {"type": value.type, "start": ends[0], "end": ends[1], **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {
            "nodes": [to_plain(n) for n in value.nodes],
            "relationships": [to_plain(r) for r in value.relationships],
        }
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    iso = getattr(value, "iso_format", None)
    return iso() if callable(iso) else str(value)


def _timed_out(timeout: float | None) -> QueryError:
    if timeout is None:
        return QueryError("query stopped by the server's transaction timeout")
    return QueryError(f"query stopped after the {timeout:g} s timeout (raise it with --timeout)")


def run_read(
    text: str,
    params: dict,
    driver,
    *,
    database: str | None = None,
    limit: int | None = None,
    timeout: float | None = None,
    check: bool = True,
) -> QueryResult:
    """Run ``text`` with ``params`` in a READ transaction; at most ``limit`` rows (``capped`` says
    more were available); the server aborts it after ``timeout`` seconds.

    ``check=False`` skips the token check (the READ session still refuses writes).
    """
    from neo4j import READ_ACCESS, unit_of_work
    from neo4j.exceptions import ClientError, DriverError
    from neo4j.exceptions import Neo4jError as DriverNeo4jError

    if check:
        check_read_only(text)
    if limit is not None and limit < 1:
        raise QueryError(f"--limit must be at least 1 (got {limit})")
    if timeout is not None and timeout <= 0:
        raise QueryError(f"--timeout must be positive (got {timeout})")

    @unit_of_work(timeout=timeout)
    def work(tx):
        result = tx.run(text, params)
        columns = tuple(result.keys())
        rows, capped = [], False
        for record in result:
            if limit is not None and len(rows) == limit:
                capped = True
                break
            rows.append(tuple(to_plain(v) for v in record.values()))
        return QueryResult(columns, tuple(rows), capped)

    fetch = {"fetch_size": limit + 1} if limit is not None else {}
    try:
        with driver.session(
            database=database, default_access_mode=READ_ACCESS, notifications_min_severity="OFF", **fetch
        ) as session:
            return session.execute_read(work)
    except ClientError as exc:
        raise _client_error(exc, timeout) from None
    except (DriverNeo4jError, DriverError) as exc:
        code = getattr(exc, "code", None) or ""
        if "TransactionTimedOut" in code or "Terminated" in code:
            raise _timed_out(timeout) from None
        raise Neo4jError(
            f"Neo4j: {getattr(exc, 'message', None) or exc} {f'({code})' if code else ''}".strip()
        ) from None


def _client_error(exc, timeout: float | None) -> QueryError:
    """The message for an error the server put on the query (timeout, write refused, bad Cypher)."""
    code = exc.code or ""
    if "TransactionTimedOut" in code or "TransactionTimeout" in code:
        return _timed_out(timeout)
    if "AccessMode" in code or "ForbiddenDueToTransactionType" in code:
        return QueryError(f"refused by the server: the query writes and this is a read-only session ({code})")
    return QueryError(f"Cypher error: {exc.message} ({code})")
