r"""The read-only guard of `policykg cypher` against hostile queries.

1. Tables: what is refused (and naming what), what is accepted although it looks hostile.
2. A seeded fuzz test: random interleavings of comments, strings, names and escapes around
   forbidden words.  An independent reference lexer (a character-by-character state machine,
   unlike the guard's regex scanner) decides which words are live code; the guard must refuse
   exactly when a forbidden word is live or the text is doubtful, and see the same live words.
3. The server: the generated neo4j.conf, the install's password handling, and (marked
   ``neo4j``) the real server: it refuses LOAD CSV by itself, `policykg cypher` refuses the
   attacks, and wherever the guard accepts a query every alias the server reads as code is a
   live word for the guard too.
"""

from __future__ import annotations

import random
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.errors import Neo4jError, QueryError
from policykg.neo4j import server
from policykg.queries.readonly import check_read_only, tokenize
from policykg.queries.runner import REFERENCE_LOOKUPS, named_queries

# --------------------------------------------------------------------------- tables

REFUSED = [
    # // comments end at \r, \r\n and \n (Cypher5Lexer.g4: '//' ~[\r\n]*)
    ("MATCH (n) RETURN n // note\rLOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD CSV"),
    ("MATCH (n) RETURN n // note\r\nCREATE (m)", "CREATE"),
    ("MATCH (n) RETURN n // note\nSET n.x = 1", "SET"),
    ("// a comment first\rSHOW TRANSACTIONS", "SHOW"),
    ("RETURN 1 // it's a quote\rCREATE (m) //'", "CREATE"),
    # block comments, glued or not
    ("LOAD/**/CSV FROM 'http://127.0.0.1:7474/' AS r RETURN r", "LOAD CSV"),
    ("/* a */ /* b */TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE"),
    ("RETURN 1 /* // */ CREATE (m)", "CREATE"),
    ("RETURN 1 /* a /* b */ DELETE n */", "DELETE"),  # /* */ does not nest
    # strings: a backslash escapes one character, a doubled quote is two strings
    (r"RETURN 'a\\' CREATE (m) //'", "CREATE"),
    ("RETURN 'a''b' CREATE (m)", "CREATE"),
    (r'RETURN "say \"x\"" AS s MERGE (m)', "MERGE"),
    # \u escapes are replaced before lexing: inside a string they may close it
    (r"RETURN 'x\u0027 CREATE (m) //'", "CREATE"),
    (r"RETURN 1 AS `a\u0060 DETACH DELETE n //`", "DETACH"),
    # ... and anywhere else they are refused
    (r"RETURN 1 // note\u000a CREATE (m)", r"the escape \u000a"),
    (r"RETURN 1 // note\u000D CREATE (m)", r"the escape \u000D"),
    (r"\u0043REATE (m)", r"the escape \u0043"),
    (r"MATCH (n) RETURN n AS \u0061", r"the escape \u0061"),
    (r"RETURN \u0027CREATE (m)'", r"the escape \u0027"),
    (r"RETURN 1 AS a,\u0020x", r"the escape \u0020"),
    # doubtful escapes (Neo4j reads \u+041 and full-width digits; this guard does not guess)
    (r"RETURN 'a\u+041'", r"the escape \u+041"),
    (r"RETURN 'a\u00g1'", r"the escape \u00g1"),
    (r"RETURN 'a\uD800'", r"the escape \uD800"),
    (r"RETURN 'a\u12", r"the escape \u12"),
    # names: `` is a backquote inside the name
    ("RETURN 1 AS `a`` ` CREATE (m)", "CREATE"),
    # case and whitespace variants (Cypher's own spaces, not Python's)
    ("match (n) cReAtE (m)", "CREATE"),
    ("MATCH (n)\u00a0CREATE (m)", "CREATE"),
    ("MATCH (n)\u3000INSERT (m)", "INSERT"),
    ("MATCH (n)\u2028REMOVE n.x", "REMOVE"),
    ("MATCH (n)\tFOREACH (x IN [1] | SET n.a = x)", "FOREACH"),
    ("MATCH (n)\x0cDETACH DELETE n", "DETACH"),
    # line-break look-alikes inside a // comment: Neo4j does not end the comment, others might
    ("RETURN 1 // note\u2028CREATE (m)", "U+2028 in a // comment"),
    ("RETURN 1 // note\u2029RETURN 2", "U+2029 in a // comment"),
    ("RETURN 1 // note\x85RETURN 2", "U+0085 in a // comment"),
    ("RETURN 1 // note\x0bRETURN 2", "U+000B in a // comment"),
    # what the tokenizer cannot read
    ("RETURN 'abc", "unterminated string '"),
    (r"RETURN 'abc\'", "unterminated string '"),
    ('RETURN "abc', 'unterminated string "'),
    ("RETURN 1 AS `abc", "unterminated name `"),
    ("RETURN 1 /* abc", "unterminated comment /*"),
    ("RETURN 1 \\ CREATE (m)", "a backslash"),
    # transactions, administration, procedures, functions, databases
    ("SHOW TRANSACTIONS", "SHOW"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t", "SHOW"),
    ("TERMINATE TRANSACTION 'neo4j-transaction-7'", "TERMINATE"),
    ("INSERT (n:Document {id: 'x'})", "INSERT"),
    ("CALL dbms.killQuery('query-1')", "procedure dbms.killQuery"),
    ("CALL dbms.listConfig() YIELD name RETURN name", "procedure dbms.listConfig"),
    ("CALL `dbms`.`listConfig`()", "procedure dbms.listConfig"),
    ("CALL () { RETURN 1 AS x } IN 4 CONCURRENT TRANSACTIONS RETURN x", "CALL { … } IN TRANSACTIONS"),
    ("CALL { RETURN 1 AS x } IN TRANSACTIONS OF $n ROWS RETURN x", "CALL { … } IN TRANSACTIONS"),
    ("CREATE DATABASE other", "CREATE"),
    ("START DATABASE neo4j", "START DATABASE"),
    ("ENABLE SERVER 'x'", "ENABLE"),
    ("USE system RETURN 1", "USE"),
    ("RETURN apoc.text.join(['a'], ',') AS j", "function apoc.text.join"),
    ("RETURN `apoc.text.join`(['a'], ',') AS j", "function apoc.text.join"),
    # a keyword after a closing bracket or brace is a clause
    ("RETURN {a: 1} AS m CREATE (x)", "CREATE"),
    ("MATCH (n:Document) MERGE (m)", "MERGE"),
]

ACCEPTED = [
    "MATCH (d) RETURN d // CREATE everything",
    "MATCH (d) RETURN d // CREATE everything\r",
    "MATCH (d) /* SET n.x = 1 */ RETURN d",
    "MATCH (d) RETURN d /* LOAD CSV\r\nFROM 'file:///etc/passwd' */",
    r"RETURN 'a\' CREATE (m) //' AS s",  # one string
    r"RETURN 'a\u005c' CREATE (m) //' AS s",  # \u005c is a backslash: still one string
    r"RETURN '\\u0027 CREATE (m) //' AS s",  # \\u is no escape
    r"RETURN 'caf\u00e9', 'line\u2028break' AS s",
    "RETURN 'a\u2028b' AS s",
    'RETURN "it\'s SET" AS s',
    "RETURN 1 AS `a``CREATE`",
    "RETURN 1 AS `CREATE`, 2 AS `LOAD CSV`",
    "MATCH (d:Document) WHERE d.title CONTAINS '删除' RETURN d.title AS 标题",
    "MATCH (start:Document)-[:BASED_ON]->(stop) RETURN start, stop",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "CALL db.schema.visualization()",
    "CALL `db`.`labels`()",
    "RETURN datetime.fromepoch(0) AS t, localtime.transaction() AS l",
    "RETURN vector.similarity.cosine([1.0, 0.0], [0.0, 1.0]) AS s",
    "RETURN 1CREATE AS a",  # one number token for Neo4j too (an invalid one)
    "MATCH (n) RETURN n.set, n.create, n {.delete, show: 1}",
    "RETURN 1 // last line without a newline",
]


@pytest.mark.parametrize("text, what", REFUSED)
def test_hostile_queries_are_refused_naming_the_word(text, what):
    with pytest.raises(QueryError) as info:
        check_read_only(text)
    message = str(info.value)
    assert message.startswith(f"refused: {what} at line "), message
    assert "`policykg cypher` runs read-only queries" in message


@pytest.mark.parametrize("text", ACCEPTED)
def test_hostile_looking_reads_are_accepted(text):
    check_read_only(text)


def test_a_comment_ended_by_a_bare_carriage_return_counts_as_a_line():
    with pytest.raises(QueryError, match=r"refused: LOAD CSV at line 3, column 3 "):
        check_read_only("RETURN 1 // a\r// b\r  LOAD CSV FROM 'file:///x' AS r RETURN r")


def test_every_query_the_project_sends_passes_the_guard():
    for query in named_queries().values():
        check_read_only(query.text)
    for text, _message in REFERENCE_LOOKUPS.values():
        check_read_only(text)


def test_cypher_spaces_are_never_word_characters():
    """The guard's words may be shorter than Neo4j's (a false refusal at worst), never longer:
    no character Neo4j reads as a space or an arrow is a word character here."""
    spaces = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
    others = "\u2028\u2029\u202f\u205f\u3000" + "\u00ad‐‑‒–—―﹘﹣－⟨〈﹤＜⟩〉﹥＞"
    for char in spaces + others:
        words = [t for t in tokenize(f"a{char}b") if t.kind == "word"]
        assert [t.text for t in words] == ["a", "b"], hex(ord(char))


# --------------------------------------------------------------------------- reference lexer

# Written from Cypher5Lexer.g4 and UnicodeEscapeReplacementReader independently of the guard:
# one character at a time, with explicit states.
REF_LINE_BREAK_LOOKALIKES = set("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
HEX = set("0123456789abcdefABCDEF")


def _reference_unescape(query: str) -> tuple[list[str], list[bool]] | None:
    """Characters after Neo4j's escape replacement, and which were escapes; None if doubtful."""
    chars, escaped_chars = [], []
    i, after_backslash = 0, False
    while i < len(query):
        c = query[i]
        if c == "\\" and not after_backslash and query[i + 1 : i + 2] == "u":
            digits = query[i + 2 : i + 6]
            if len(digits) != 4 or not set(digits) <= HEX or 0xD800 <= int(digits, 16) <= 0xDFFF:
                return None
            chars.append(chr(int(digits, 16)))
            escaped_chars.append(True)
            i += 6
            after_backslash = False
            continue
        after_backslash = c == "\\" and not after_backslash
        chars.append(c)
        escaped_chars.append(False)
        i += 1
    return chars, escaped_chars


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "_$"


class Doubtful(Exception):
    """The reference lexer would not bet on how Neo4j reads this text."""


def _step_code(state, chars, escape, i, words):
    c, nxt = chars[i], chars[i + 1]
    if escape[i] or c == "\\":
        raise Doubtful
    if c == "/" and nxt in "/*":
        if escape[i + 1]:
            raise Doubtful
        return ("line" if nxt == "/" else "block"), i + 2
    if c in "'\"`":
        return c, i + 1
    if not _is_word_char(c) or (c.isdecimal() and not c.isascii()):
        return "code", i + 1  # a space or a symbol
    j = i
    while _is_word_char(chars[j]):
        if escape[j]:
            raise Doubtful
        j += 1
    if not (c.isascii() and c.isdigit()) and c != "$":  # not a number or a parameter
        words.append("".join(chars[i:j]))
    return "code", j


def _step_line_comment(state, chars, escape, i, words):
    if escape[i] or chars[i] in REF_LINE_BREAK_LOOKALIKES:
        raise Doubtful
    return ("code", i) if chars[i] in "\r\n" else ("line", i + 1)


def _step_block_comment(state, chars, escape, i, words):
    if escape[i] or (chars[i] == "*" and chars[i + 1] == "/" and escape[i + 1]):
        raise Doubtful
    return ("code", i + 2) if chars[i : i + 2] == ["*", "/"] else ("block", i + 1)


def _step_name(state, chars, escape, i, words):
    if chars[i] != "`":
        return "`", i + 1
    return ("`", i + 2) if chars[i + 1] == "`" else ("code", i + 1)


def _step_string(state, chars, escape, i, words):
    if chars[i] == "\\":
        return state, i + 2
    return ("code" if chars[i] == state else state), i + 1


REF_STEPS = {"code": _step_code, "line": _step_line_comment, "block": _step_block_comment, "`": _step_name}


def reference_live_words(query: str) -> list[str] | None:
    """The words Neo4j reads as code, or None when the query is doubtful (unterminated, an
    escape outside a string's inside, a backslash in code, a look-alike line break in //)."""
    unescaped = _reference_unescape(query)
    if unescaped is None:
        return None
    chars, escape = unescaped
    chars.append("\0")  # an end marker that matches no rule
    escape.append(False)
    state, words, i, n = "code", [], 0, len(chars) - 1
    try:
        while i < n:
            state, i = REF_STEPS.get(state, _step_string)(state, chars, escape, i, words)
    except Doubtful:
        return None
    return words if state in ("code", "line") and i == n else None


def guard_live_words(query: str) -> list[str] | None:
    try:
        return [t.text for t in tokenize(query) if t.kind == "word"]
    except QueryError:
        return None


def test_reference_lexer_reads_the_examples_of_the_tables():
    assert reference_live_words("MATCH (n) RETURN n // note\rLOAD CSV") == ["MATCH", "n", "RETURN", "n", "LOAD", "CSV"]
    assert reference_live_words(r"RETURN 'a\' CREATE //'") == ["RETURN"]
    assert reference_live_words(r"RETURN 1 // x\u000a CREATE") is None
    assert reference_live_words("RETURN 1 /* x") is None


# --------------------------------------------------------------------------- fuzz

FORBIDDEN = ["CREATE", "DELETE", "DETACH", "SET", "MERGE", "REMOVE", "INSERT", "LOAD", "SHOW", "TERMINATE", "DROP"]
CODE = ["MATCH (n)", "RETURN n", "WITH n AS x", "RETURN count(n) AS c", "(m)", "1", "x", "标题"]
SEPARATORS = [" ", "", "\t", "\n", "\r", "\r\n", "\u00a0", "\u3000", "\u2028", "\x85"]
TERMINATORS = ["\n", "\r", "\r\n", "\u2028", "\x85", r"\u000a", r"\u000d", ""]
# What a comment, string or name may hold: words, quotes, escapes, comment marks.
FILLER = [*FORBIDDEN, " ", "x", "'", '"', "`", "``", "\\'", '\\"', "\\\\", r"\u0027", r"\u0022"]
FILLER += [r"\u005c", r"\u0060", r"\\u0027", "//", "/*", "*/", "\r", "\n", "\\"]


def _case(rng: random.Random, word: str) -> str:
    return "".join(c.lower() if rng.random() < 0.5 else c for c in word)


def _filler(rng: random.Random, *, safe: bool = False) -> str:
    items = ["x", " ", *FORBIDDEN] if safe else FILLER
    return "".join(rng.choice(items) for _ in range(rng.randint(0, 4)))


def _piece(rng: random.Random) -> str:
    kind = rng.randrange(8)
    if kind == 0:
        return _case(rng, rng.choice(FORBIDDEN))
    if kind == 1:
        return "//" + _filler(rng) + rng.choice(TERMINATORS)
    if kind == 2:
        return "/*" + _filler(rng) + ("*/" if rng.random() < 0.9 else "")
    if kind in (3, 4):
        quote = rng.choice("'\"")
        return quote + _filler(rng) + (quote if rng.random() < 0.9 else "")
    if kind == 5:
        return "`" + _filler(rng).replace("`", "``") + "`"
    if kind == 6:
        return rng.choice([r"\u0043REATE", r"\u0020", r"\u0027", "\\"])
    return rng.choice(CODE)


def test_fuzz_guard_refuses_exactly_when_a_forbidden_word_is_live():
    rng = random.Random(20241203)
    outcomes = {"accepted": 0, "refused: live word": 0, "refused: doubtful": 0}
    for _ in range(4000):
        query = "".join(rng.choice(SEPARATORS) + _piece(rng) for _ in range(rng.randint(1, 7)))
        live = reference_live_words(query)
        assert guard_live_words(query) == live, repr(query)
        forbidden = live is not None and any(w.isascii() and w.upper() in FORBIDDEN for w in live)
        try:
            check_read_only(query)
            refused = False
        except QueryError:
            refused = True
        assert refused == (live is None or forbidden), repr(query)
        outcome = "accepted" if not refused else "refused: doubtful" if live is None else "refused: live word"
        outcomes[outcome] += 1
    assert min(outcomes.values()) > 300, outcomes  # every outcome well represented


def test_fuzz_safe_variants_of_a_read_query_are_accepted():
    """Forbidden words hidden in well-formed comments and strings, between Cypher's spaces:
    always accepted, and the query's own words are all the guard sees."""
    rng = random.Random(7)
    chunks = ["MATCH", "(d:Document)", "WHERE", "d.title", "CONTAINS", None, "RETURN", "d.title", "AS", "t"]
    words = ["MATCH", "d", "Document", "WHERE", "d", "title", "CONTAINS", "RETURN", "d", "title", "AS", "t"]
    spaces = [" ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u3000", "\u2028"]

    def gap() -> str:
        comments = [
            "//" + _filler(rng, safe=True) + rng.choice(["\n", "\r", "\r\n"]),
            "/*" + _filler(rng, safe=True) + "*/",
        ]
        return rng.choice(spaces) + "".join(rng.choice(comments) + rng.choice(spaces) for _ in range(rng.randint(0, 2)))

    def string() -> str:
        quote = rng.choice("'\"")
        return quote + _filler(rng, safe=True) + quote

    for _ in range(1000):
        query = "".join((chunk or string()) + gap() for chunk in chunks)
        check_read_only(query)
        assert guard_live_words(query) == words, repr(query)


# --------------------------------------------------------------------------- the server's side


def test_generated_conf_refuses_file_urls_and_blocks_every_address():
    conf = server.render_conf(bolt_port=7801)
    settings = dict(line.split("=", 1) for line in conf.splitlines() if line and not line.startswith("#"))
    assert settings["dbms.security.allow_csv_import_from_file_urls"] == "false"
    assert settings["server.directories.import"] == "import"  # <home>/import, kept empty
    assert settings["internal.dbms.cypher_ip_blocklist"] == "0.0.0.0/0,::/0"


def test_initial_password_is_never_on_a_command_line(tmp_path, monkeypatch):
    home, secret = tmp_path / "h", 'pa ss"wo\\rd #1'
    seen = {}

    def fake_run(cmd, **kwargs):
        args = Path(cmd[-1].removeprefix("@"))
        seen.update(cmd=cmd, umask=kwargs.get("umask"), args=args.read_text(), mode=stat.S_IMODE(args.stat().st_mode))
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(server.subprocess, "run", fake_run)
    server._ensure_password(home, secret)
    server._set_initial_password(home, "java", secret)
    assert not any(secret in arg for arg in seen["cmd"]) and seen["cmd"][-1].startswith("@")
    # "--" first: the password is never read as an option, even when it starts with "-"
    assert seen["args"] == '--\n"pa ss\\"wo\\\\rd #1"\n' and seen["mode"] == 0o600
    assert seen["umask"] == 0o077  # auth.ini is written owner-only
    assert not Path(seen["cmd"][-1][1:]).exists()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    with pytest.raises(Neo4jError, match="one line"):
        server._set_initial_password(home, "java", "two\nlines!")


# --------------------------------------------------------------------------- the real server


def _read(driver, text: str) -> list[str]:
    """Column names Neo4j gives ``text`` in a READ session (the guard bypassed)."""
    import neo4j

    with driver.session(default_access_mode=neo4j.READ_ACCESS) as session:
        result = session.run(text)
        keys = list(result.keys())
        result.consume()
        return keys


# query, the columns Neo4j answers (None: it refuses the query), whether the guard refuses
AGREEMENT = [
    ("RETURN 1 AS a // c\n, 2 AS b", ["a", "b"], False),
    ("RETURN 1 AS a // c\r, 2 AS b", ["a", "b"], False),
    ("RETURN 1 AS a // c\r\n, 2 AS b", ["a", "b"], False),
    ("RETURN 1 AS a /* c\r */, 2 AS b", ["a", "b"], False),
    ("RETURN 1 AS a // c\u2028, 2 AS b", ["a"], True),  # not a line end for Neo4j 5.26
    ("RETURN 1 AS a // c\x85, 2 AS b", ["a"], True),
    ("RETURN 1 AS a // c\\u000a, 2 AS b", ["a", "b"], True),  # the escape ends the comment
    ("RETURN 1 AS a // c\\\\u000a, 2 AS b", ["a"], False),  # \\u is no escape
    ("RETURN 'x\\u0027 AS a, 2 AS b, '' AS c", ["a", "b", "c"], False),
    ("RETURN '\\u005c' AS a, 2 AS b //' AS c", ["c"], False),
    ("RETURN 'a''b' AS a, 2 AS b", None, False),  # two strings in a row: a syntax error
    ("RETURN 1 AS `a``, 2 AS b`", ["a`, 2 AS b"], False),
    ("RETURN 1 AS a,\u00a02\u3000AS\u2028b", ["a", "b"], False),
    ("RETURN 1 AS a /* c", None, True),
]


@pytest.mark.neo4j
@pytest.mark.parametrize("text, columns, refused", AGREEMENT)
def test_the_guard_sees_every_alias_the_server_reads_as_code(neo4j_driver, text, columns, refused):
    from neo4j.exceptions import ClientError

    try:
        answer = _read(neo4j_driver, text)
    except ClientError:
        answer = None
    assert answer == columns
    live = guard_live_words(text)
    assert (live is None) == refused
    if live is not None and answer:
        assert set(answer) & {"a", "b", "c"} <= set(live)


def _local_password_file() -> Path:
    path = server.default_home() / server.PASSWORD_FILE
    return path if path.is_file() else Path("/etc/passwd")


@pytest.mark.neo4j
def test_the_server_itself_refuses_load_csv_from_files(neo4j_driver):
    from neo4j.exceptions import ClientError

    url = _local_password_file().resolve().as_uri()
    with pytest.raises(ClientError, match="allow_csv_import_from_file_urls"):
        _read(neo4j_driver, f"LOAD CSV FROM '{url}' AS row RETURN row")


@pytest.mark.neo4j
def test_the_server_itself_refuses_load_csv_from_its_own_address(neo4j_driver, neo4j_settings):
    from neo4j.exceptions import ClientError

    port = neo4j_settings.uri.rsplit(":", 1)[1].strip("/")
    for host in ("127.0.0.1", "localhost"):
        with pytest.raises(ClientError, match="cypher_ip_blocklist"):
            _read(neo4j_driver, f"LOAD CSV FROM 'http://{host}:{port}/' AS row RETURN row")


@pytest.mark.neo4j
@pytest.mark.parametrize(
    "text, what",
    [
        ("MATCH (n) RETURN n // note\rLOAD CSV FROM '{url}' AS r RETURN r", "LOAD CSV"),
        ("RETURN 1 // note\\u000a LOAD CSV FROM '{url}' AS r RETURN r", "the escape \\u000a"),
        ("SHOW TRANSACTIONS", "SHOW"),
        ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE"),
        ("CALL dbms.listConfig() YIELD name, value RETURN name, value", "procedure dbms.listConfig"),
    ],
)
def test_policykg_cypher_refuses_the_attacks(neo4j_settings, text, what):
    query = text.format(url=_local_password_file().resolve().as_uri())
    args = ["cypher", query, "--neo4j", neo4j_settings.uri, "--password", neo4j_settings.password]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert f"refused: {what} at line" in result.output and "Traceback" not in result.output


@pytest.mark.neo4j
def test_the_local_install_keeps_its_secrets_to_its_owner():
    home = server.default_home()
    if not (home / server.INSTALL_FILE).is_file():
        pytest.skip(f"the server under test is not the local install in {home}")
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    auth = home / "data" / "dbms" / "auth.ini"
    if auth.exists():
        assert stat.S_IMODE(auth.stat().st_mode) == 0o600
