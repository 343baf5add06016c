r"""Researchers' own Cypher, read-only: refuse what is not a read up front, run in a READ
session, cap, time out.

Two independent guards.  :func:`check_read_only` reads the query the way Neo4j 5.26 reads it
(:func:`tokenize`: ``\uXXXX`` escapes are replaced first, then come the Cypher 5 lexer's comments,
strings, quoted names and words) and refuses write clauses, ``LOAD CSV``, administration
(``SHOW``, ``TERMINATE``, ``GRANT`` …), ``USE``, procedures outside :data:`ALLOWED_PROCEDURES` and
functions outside Cypher's own namespaces, each with a message naming the word.  What it cannot
read for certain (an unterminated string or comment, a ``\u`` escape outside a string) is
refused too.  Then :func:`run_read` runs the query in a READ access-mode transaction, so the
server refuses any write the word check missed.  docs/security.md says what each guard promises.

>>> check_read_only("MATCH (d:Document) WHERE d.created = 'CREATE' RETURN d.title // DELETE")
>>> check_read_only("MATCH (n) DETACH DELETE n")
Traceback (most recent call last):
...
policykg.errors.QueryError: refused: DETACH at line 1, column 11 would write to the database; `policykg cypher` runs read-only queries (load data with `policykg load`)
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass

from policykg.errors import Neo4jError, QueryError
from policykg.queries.result import QueryResult

__all__ = [
    "ALLOWED_PROCEDURES",
    "DEFAULT_LIMIT",
    "DEFAULT_TIMEOUT",
    "CypherToken",
    "check_read_only",
    "decode_param",
    "run_read",
    "to_plain",
    "tokenize",
]

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 30.0

# --------------------------------------------------------------------------- reading Cypher
# As Neo4j 5.26 reads a query: UnicodeEscapeReplacementReader replaces the escapes in the whole
# text, then Cypher5Lexer.g4 (neo4j/neo4j) cuts it into tokens.  Where the two could disagree
# with another reader, the query is refused rather than guessed.

# A \uXXXX escape, replaced everywhere before lexing: `\u000a` ends a // comment, `\u0027` closes
# a 'string'.  A backslash pair is taken first, so `\\u0041` stays as written.
UNICODE_ESCAPE = re.compile(r"\\\\|\\u(?P<hex>.{0,4})", re.S)
# The digits of an escape as this guard accepts them: `\u4e2d`.  (Neo4j also reads `\u+041` or
# full-width digits; such escapes are refused.)
HEX_DIGITS = re.compile(r"[0-9A-Fa-f]{4}")
# Cypher 5's whitespace (the lexer's SPACE rule), not Python's \s: U+0085 belongs to a name there.
SPACE_CHARS = r"\t\n\x0b\x0c\r\x1c-\x20\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Characters other readers take as a line break while Neo4j 5.26 ends a // comment only at \r or
# \n: `// note\u2028CREATE ()` is refused, whichever way it would be read.
LINE_BREAK_LOOKALIKES = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# A line break where Neo4j counts lines (for the line and column of a refusal): \r\n, \r or \n.
LINE_BREAK = re.compile(r"\r\n?|\n")
# One token, tried in this order.  Words and numbers never hold a quote, backquote, slash or
# space, so where they end cannot move where a string or comment starts.
TOKEN = re.compile(
    rf"""
      (?P<space>[{SPACE_CHARS}]+)
    | (?P<comment>//[^\r\n]*|/\*.*?\*/)                # // to \r or \n;  /* */ does not nest
    | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")  # a backslash escapes any character: 'it\'s'
    | (?P<name>`(?:[^`]|``)*`)                         # `a``b` is the name a`b
    | (?P<param>\$(?:[\w$]+|`(?:[^`]|``)*`))           # $ref, $`my param`
    | (?P<number>[0-9][\w$]*(?:\.[0-9][\w$]*)?)        # 2024, 1.5e3, 0x1F
    | (?P<word>[^\W\d][\w$]*)                          # MATCH, d, 文件
    | (?P<unclosed>/\*|['"`])                          # a comment, string or name never closed
    | (?P<symbol>.)                                    # ( ) : . , | …
    """,
    re.X | re.S,
)


@dataclass(frozen=True)
class CypherToken:
    """One token: ``kind`` (space, comment, string, name, param, number, word, symbol), its
    ``text`` with escapes replaced, and its ``start`` in the query as written."""

    kind: str
    text: str
    start: int


@dataclass(frozen=True)
class _Unescaped:
    text: str  # the query with its \uXXXX escapes replaced
    origin: tuple[int, ...]  # where each character of text (and its end) is in the query as written
    escapes: tuple[int, ...]  # positions in text of characters that were written as escapes


def _where(query: str, pos: int) -> str:
    breaks = list(LINE_BREAK.finditer(query, 0, pos))
    column = pos - (breaks[-1].end() if breaks else 0) + 1
    return f"line {len(breaks) + 1}, column {column}"


def _refuse(what: str, why: str, query: str, pos: int) -> QueryError:
    hint = " (load data with `policykg load`)" if why == WRITES else ""
    return QueryError(f"refused: {what} at {_where(query, pos)} {why}; `policykg cypher` runs read-only queries{hint}")


def _replace_escapes(query: str) -> _Unescaped:
    r"""``query`` with ``\uXXXX`` replaced as Neo4j does before lexing; a doubtful escape refused."""
    parts, origin, escapes, last = [], [], [], 0
    for m in UNICODE_ESCAPE.finditer(query):
        digits = m.group("hex")
        if digits is None:  # a backslash pair stays as written
            continue
        code = int(digits, 16) if HEX_DIGITS.fullmatch(digits) else -1
        if code < 0 or 0xD800 <= code <= 0xDFFF:  # not hex, or half a surrogate pair
            raise _refuse(
                f"the escape {m.group()}",
                "is not a \\u escape of four hex digits (write the character itself)",
                query,
                m.start(),
            )
        parts += [query[last : m.start()], chr(code)]
        origin += range(last, m.start())
        escapes.append(len(origin))
        origin.append(m.start())
        last = m.end()
    parts.append(query[last:])
    origin += range(last, len(query) + 1)
    return _Unescaped("".join(parts), tuple(origin), tuple(escapes))


def _check_token(token: CypherToken, begin: int, end: int, unescaped: _Unescaped, query: str) -> None:
    """Refuse a token this guard cannot be sure Neo4j reads the same way."""
    if token.kind == "unclosed":
        what = {"/*": "comment /*", "'": "string '", '"': 'string "', "`": "name `"}[token.text]
        raise _refuse(f"unterminated {what}", "is never closed", query, token.start)
    if token.text == "\\" and token.kind == "symbol":
        raise _refuse("a backslash", "stands outside a string", query, token.start)
    lookalike = LINE_BREAK_LOOKALIKES.search(token.text) if token.text.startswith("//") else None
    if lookalike and token.kind == "comment":
        where = unescaped.origin[begin + lookalike.start()]
        char = f"U+{ord(lookalike.group()):04X}"
        raise _refuse(f"{char} in a // comment", "ends the comment for some readers but not for Neo4j", query, where)
    i = bisect.bisect_left(unescaped.escapes, begin)
    if i < len(unescaped.escapes) and unescaped.escapes[i] < end:
        # Inside a string or `name` an escape is the string's business; anywhere else it could
        # start a comment, a keyword or Neo4j's query (whose pre-parser reads it differently).
        first = unescaped.escapes[i]
        if token.kind not in ("string", "name") or first == begin:
            written = query[unescaped.origin[first] : unescaped.origin[first] + 6]
            raise _refuse(
                f"the escape {written}",
                "stands outside a string or `name` (write the character itself)",
                query,
                unescaped.origin[first],
            )


def tokenize(query: str) -> tuple[CypherToken, ...]:
    r"""The tokens of ``query`` as Neo4j 5.26 reads them, spaces and comments included.

    Raises :class:`QueryError` for what it cannot read for certain: an unterminated string,
    name or ``/*`` comment, a backslash outside a string, a ``\u`` escape outside a string or
    name, a line-break look-alike (U+2028 …) inside a ``//`` comment.

    >>> [t.text for t in tokenize("RETURN 1 // note\rSET x") if t.kind == "word"]
    ['RETURN', 'SET', 'x']
    >>> [t.text for t in tokenize(r"RETURN 'it\'s', 'a\u0027 AS b") if t.kind == "string"]
    ["'it\\'s'", "'a'"]
    """
    unescaped = _replace_escapes(query)
    tokens = []
    for m in TOKEN.finditer(unescaped.text):
        token = CypherToken(m.lastgroup, m.group(), unescaped.origin[m.start()])
        _check_token(token, m.start(), m.end(), unescaped, query)
        tokens.append(token)
    return tuple(tokens)


# --------------------------------------------------------------------------- what is refused

WRITES = "would write to the database"
READS_FILES = "reads files or URLs on the server"
ADMINISTERS = "administers the server"
SWITCHES = "switches to another database"
# Words refused wherever they stand as keywords, and why.  Naming a variable `set` or `show`
# needs backquotes then; a property (n.set), label (:Set) or map key ({set: 1}) does not.
REFUSED_WORDS: dict[str, str] = {
    **dict.fromkeys(("CREATE", "MERGE", "DELETE", "DETACH", "NODETACH", "SET", "REMOVE"), WRITES),
    **dict.fromkeys(("INSERT", "FOREACH"), WRITES),
    "LOAD": READS_FILES,
    "USE": SWITCHES,
    **dict.fromkeys(("SHOW", "TERMINATE", "GRANT", "DENY", "REVOKE", "ALTER", "DROP", "RENAME"), ADMINISTERS),
    **dict.fromkeys(("ENABLE", "DISABLE", "DEALLOCATE", "REALLOCATE", "DRYRUN"), ADMINISTERS),
    **dict.fromkeys(("TRANSACTION", "TRANSACTIONS", "CONCURRENT"), ADMINISTERS),
}
# How a refused word is named in the message.
REFUSED_NAMES = {"LOAD": "LOAD CSV"}
# Procedures `policykg cypher` may CALL: they describe the schema (and the server's version).
# Every other one — dbms.listConfig, db.clearQueryCaches, a plugin's — is refused.  Neo4j
# matches procedure names case-sensitively, and so does this list.
ALLOWED_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "dbms.components",
    }
)
# Namespaces of Cypher's own functions (date.truncate, duration.between, point.distance,
# vector.similarity.cosine) and the one built-in db function; a namespaced function anywhere
# else is a plugin's and refused.  Unnamespaced functions (count, size, toUpper …) are Cypher's.
FUNCTION_NAMESPACES = frozenset(
    {"date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector.similarity"}
)
FUNCTION_NAMES = frozenset({"db.namefromelementid"})
# A word after one of these is a property, label or relationship type: n.set, :Set, :A|Delete,
# :A&Set, :!Set ...
NAME_BEFORE = frozenset({".", ":", "|", "&", "!"})
# ... and a word between one of these and `:` a map key or a pattern's variable: {set: 1},
# (set:Document), [delete:CITES].
KEY_BEFORE = frozenset({"{", ",", "(", "["})


def _text(tokens: list[CypherToken], i: int) -> str:
    return tokens[i].text if 0 <= i < len(tokens) else ""


def _keyword(tokens: list[CypherToken], i: int) -> str:
    """The word at ``i`` upper-cased ('' for anything else); keywords are ASCII."""
    token = tokens[i] if 0 <= i < len(tokens) else None
    return token.text.upper() if token and token.kind == "word" and token.text.isascii() else ""


def _is_keyword(tokens: list[CypherToken], i: int) -> bool:
    before, after = _text(tokens, i - 1), _text(tokens, i + 1)
    return before not in NAME_BEFORE and not (after == ":" and before in KEY_BEFORE)


def _dotted_name(tokens: list[CypherToken], i: int) -> list[str]:
    """The parts of the dotted name starting at ``tokens[i]``: ``db.schema.visualization``,
    ```db`.`labels``` (backquotes removed)."""
    parts = []
    while i < len(tokens) and tokens[i].kind in ("word", "name"):
        token = tokens[i]
        parts.append(token.text[1:-1].replace("``", "`") if token.kind == "name" else token.text)
        if _text(tokens, i + 1) != ".":
            break
        i += 2
    return parts


def _check_keyword(tokens: list[CypherToken], i: int, query: str) -> None:
    word, start = _keyword(tokens, i), tokens[i].start
    if word in REFUSED_WORDS:
        raise _refuse(REFUSED_NAMES.get(word, word), REFUSED_WORDS[word], query, start)
    if word in ("START", "STOP") and _keyword(tokens, i + 1) == "DATABASE":
        raise _refuse(f"{word} DATABASE", ADMINISTERS, query, start)
    if word == "IN" and {"TRANSACTIONS", "CONCURRENT"} & {_keyword(tokens, j) for j in range(i + 1, i + 4)}:
        raise _refuse("CALL { … } IN TRANSACTIONS", WRITES, query, start)
    if word == "CALL" and _text(tokens, i + 1) not in ("", "{", "("):  # CALL { … } is a subquery
        parts = _dotted_name(tokens, i + 1)
        name = ".".join(parts)
        if name not in ALLOWED_PROCEDURES or any("." in part for part in parts):
            allowed = ", ".join(sorted(ALLOWED_PROCEDURES))
            what = f"procedure {name or _text(tokens, i + 1)}"
            raise _refuse(what, f"is not one of the procedures allowed here ({allowed})", query, start)


def _check_function(tokens: list[CypherToken], i: int, query: str) -> None:
    """Refuse ``ns.fn(`` unless ``ns`` is one of Cypher's own namespaces."""
    parts = _dotted_name(tokens, i)
    name = ".".join(parts)  # `apoc.x`( is split too: Neo4j may read it as apoc.x(
    called = _text(tokens, i + 2 * len(parts) - 1) == "(" and _keyword(tokens, i - 1) != "CALL"
    if not called or "." not in name:
        return
    if name.rsplit(".", 1)[0].lower() not in FUNCTION_NAMESPACES and name.lower() not in FUNCTION_NAMES:
        raise _refuse(f"function {name}", "is not one of Cypher's own functions", query, tokens[i].start)


def check_read_only(text: str) -> None:
    r"""Raise :class:`QueryError` naming the first clause, procedure or function of ``text``
    that is not a plain read, or the first spot this guard cannot read for certain.

    >>> check_read_only("CALL db.labels() YIELD label RETURN label")
    >>> check_read_only("MATCH (n) RETURN n // note\rLOAD CSV FROM 'file:///etc/passwd' AS r RETURN r")
    Traceback (most recent call last):
    ...
    policykg.errors.QueryError: refused: LOAD CSV at line 2, column 1 reads files or URLs on the server; `policykg cypher` runs read-only queries
    """
    tokens = [t for t in tokenize(text) if t.kind not in ("space", "comment")]
    for i, token in enumerate(tokens):
        if token.kind not in ("word", "name") or _text(tokens, i - 1) == ".":
            continue  # a dotted name is read from its first part
        if token.kind == "word" and _is_keyword(tokens, i):
            _check_keyword(tokens, i, text)
        _check_function(tokens, i, text)


def decode_param(value: str) -> object:
    """A ``--param`` value of `policykg cypher`: JSON numbers, booleans, null, lists and objects
    are decoded, anything else stays a string (quote it, ``'"2024"'``, to force a string).

    >>> decode_param("2024"), decode_param("豫政〔2024〕1号"), decode_param('["a"]'), decode_param('"7"')
    (2024, '豫政〔2024〕1号', ['a'], '7')
    """
    try:
        decoded = json.loads(value)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than JSON's decoder goes
        return value
    if _outside_int64(decoded):  # the driver cannot send it: say so before connecting
        raise QueryError(f"--param {value}: an integer outside Neo4j's range (-2**63 to 2**63-1)")
    return decoded if not isinstance(decoded, float) or value.strip().lower() not in ("nan", "infinity") else value


def _outside_int64(value) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return not -(2**63) <= value < 2**63
    if isinstance(value, list):
        return any(_outside_int64(v) for v in value)
    if isinstance(value, dict):
        return any(_outside_int64(v) for v in value.values())
    return False


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
