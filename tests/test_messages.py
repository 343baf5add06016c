"""One-line messages, never tracebacks (#10): every case the issue lists, through the real CLI.

Each case runs ``python -m policykg`` in a subprocess, as a user would, and checks the exit code,
that no traceback is printed and that the one error line names the file (and line) and says why.

Read-only places: the tests run as root in CI containers, where ``chmod`` stops no write, and a
read-only bind mount needs privileges a test does not have.  So :func:`run_cli_read_only` runs
the same CLI with the file-system calls that write (``os.open`` for writing, ``open`` in a write
mode, ``mkdir``, ``replace``, ``rename``, ``unlink``) raising ``EROFS`` under one folder — the
error a read-only mount gives.  Everything else (reading, parsing, the messages) is the real code.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from policykg import build_graph
from policykg.cli import main
from policykg.errors import Neo4jError
from policykg.graph.build import build
from policykg.graph.incremental import build_into
from policykg.loaders.reading import decode_text, iter_input_files, read_source
from policykg.neo4j import server
from policykg.neo4j.connection import connection_settings, is_local_server
from policykg.neo4j.home import PID_FILE, RUN_FILE, bolt_port
from policykg.queries.output import format_csv, format_json, format_table, printable
from policykg.queries.result import QueryResult

from factories import doc_json, edge_json, query_graph_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "corpus" / "jiaozuo-gazette-2024-03.txt"

# henan-gazette-2024-19.txt, lines 145-159: a notice (line 1 title, line 3 number) and the measures it transmits
GOOD = """河南省人民政府办公厅 关于印发支持平台经济高质量发展若干措施的 通 知

豫政办〔2024〕46号

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

《支持平台经济高质量发展若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。

河南省人民政府办公厅

2024年8月22日

支持平台经济高质量发展若干措施

为深入贯彻党中央、国务院关于发展平台经济的决策部署，加快促进我省平台经济高质量发展，结合我省实际，制定以下支持措施。
"""


def run_cli(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real console entry point in a subprocess: exit code, stdout and stderr as a user sees them."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "policykg", *args], cwd=cwd, capture_output=True, text=True, env=full_env, timeout=300
    )


# Makes every write under sys.argv[1] fail as on a read-only mount, then runs the CLI on the rest of argv.
READ_ONLY_PRELUDE = r"""
import builtins, errno, io, os, runpy, sys

READ_ONLY = os.path.realpath(sys.argv[1])
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def refused(path):
    try:
        real = os.path.realpath(os.fsdecode(path))
    except (TypeError, ValueError):
        return False
    return real == READ_ONLY or real.startswith(READ_ONLY + os.sep)


def fail(path):
    raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))


real_os_open, real_io_open = os.open, io.open


def os_open(path, flags, mode=0o777, *, dir_fd=None):
    if flags & WRITE_FLAGS and refused(path):
        fail(path)
    return real_os_open(path, flags, mode, dir_fd=dir_fd)


def io_open(file, mode="r", *args, **kwargs):
    if not isinstance(file, int) and any(c in mode for c in "wax+") and refused(file):
        fail(file)
    return real_io_open(file, mode, *args, **kwargs)


def writer(original):
    def call(path, *args, **kwargs):
        if refused(path):
            if original is real_mkdir and os.path.lexists(path):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), os.fsdecode(path))  # as the kernel says first
            fail(path)
        return original(path, *args, **kwargs)
    return call


real_mkdir = os.mkdir


os.open, io.open, builtins.open = os_open, io_open, io_open
for name in ("mkdir", "replace", "rename", "unlink", "rmdir"):
    setattr(os, name, writer(getattr(os, name)))
sys.argv = ["policykg", *sys.argv[2:]]
runpy.run_module("policykg", run_name="__main__")
"""


def run_cli_read_only(*args: str, cwd: Path, read_only: Path) -> subprocess.CompletedProcess:
    """As :func:`run_cli`, with every write under ``read_only`` failing with EROFS (see the module doc)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", READ_ONLY_PRELUDE, str(read_only), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def error_line(res: subprocess.CompletedProcess) -> str:
    """The one line a failed command printed (click's own usage lines and the ``graph: …`` line naming
    the build that was read aside); no traceback anywhere."""
    assert "Traceback" not in res.stdout + res.stderr, res.stderr
    assert res.returncode != 0, res.stdout
    lines = [
        line for line in res.stderr.splitlines() if line.strip() and not line.startswith(("Usage:", "Try ", "graph: "))
    ]
    assert len(lines) == 1, res.stderr
    return lines[0]


def clean(res: subprocess.CompletedProcess) -> str:
    """stdout of a command that succeeded without a traceback."""
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stdout + res.stderr, res.stderr
    return res.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A build of the sample file (no site) in a folder of its own, shared by the read-only cases."""
    base = tmp_path_factory.mktemp("built")
    (base / "corpus").mkdir()
    (base / "corpus" / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    clean(run_cli("build", "corpus", "--out", "out", "--no-site", "-q", cwd=base))
    return base / "out"


@pytest.fixture
def corpus(tmp_path) -> Path:
    src = tmp_path / "corpus"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    return src


# ---------------------------------------------------------------- options out of range, wrong URIs, --out


# (arguments, with {built} for a build folder; words the error line must hold)
REFUSED = [
    (["query", "most_cited", "--timeout", "-5", "--neo4j", "bolt://127.0.0.1:1"], "--timeout"),
    (["query", "most_cited", "--timeout", "nan", "--neo4j", "bolt://127.0.0.1:1"], "not a number of seconds"),
    (["query", "most_cited", "--timeout", "inf", "--neo4j", "bolt://127.0.0.1:1"], "--timeout"),
    (["query", "most_cited", "--timeout", "1e300", "--neo4j", "bolt://127.0.0.1:1"], "--timeout"),
    (["cypher", "RETURN 1", "--timeout", "inf", "--neo4j", "bolt://127.0.0.1:1"], "--timeout"),
    (["neo4j", "start", "--timeout", "nan"], "not a number of seconds"),
    (["neo4j", "stop", "--timeout", "-1"], "--timeout"),
    (["query", "coissuance", "--param", "min_count=99999999999999999999999", "--graph", "{built}"], "at most"),
    (["query", "coissuance", "--param", "min_count=-1", "--graph", "{built}"], "negative"),
    (["query", "coissuance", "--param", "min_count", "--graph", "{built}"], "key=value"),
    (["cypher", "RETURN $x", "--param", "x=99999999999999999999999"], "outside Neo4j's range"),
    (["cypher", "RETURN $x", "--param", 'x=[1, {"a": -99999999999999999999999}]'], "outside Neo4j's range"),
    (["load", "{built}", "--neo4j", "http://127.0.0.1:7474"], "not a Neo4j URI"),
    (["query", "most_cited", "--neo4j", "https://db.example"], "not a Neo4j URI"),
    (["cypher", "RETURN 1", "--neo4j", "bolt://127.0.0.1:99999"], "not a Neo4j URI"),
    (["build", "{built}/../corpus", "--out", "{built}", "--neo4j", "http://127.0.0.1:7474"], "not a Neo4j URI"),
    (["export", "--graph", "{built}", "--out", "{built}/graph.json"], "part of the build"),
    (["export", "--graph", "{built}", "--out", "{built}/.cache/x.ttl"], "part of the build"),
    (["viz", "overview", "--graph", "{built}", "--out", "{built}/graph.json"], "part of the build"),
    (["viz", "lineage", "焦政", "--graph", "{built}", "--out", "{built}/graph.json"], "part of the build"),
    (["viz", "site", "--graph", "{built}", "--out", "/"], "will not write a site into /"),
    (["export", "--graph", "{built}", "--out", "/"], "s a directory"),
    (["build", "{built}/../corpus", "--out", "/"], "will not build into /"),
]


@pytest.mark.parametrize("args,words", REFUSED, ids=[" ".join(a[:3]) for a, _ in REFUSED])
def test_refused_with_one_line(built, tmp_path, args, words):
    before = (built / "graph.json").read_bytes()
    res = run_cli(*(a.replace("{built}", str(built)) for a in args), cwd=tmp_path, env={"NEO4J_PASSWORD": "x"})
    assert words in error_line(res)
    assert (built / "graph.json").read_bytes() == before


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))
        else:
            yield (*prefix, name), cmd


AS_OF_COMMANDS = [path for path, cmd in _commands(main) if any(p.name == "as_of" for p in cmd.params)]


@pytest.mark.parametrize("command", AS_OF_COMMANDS, ids=" ".join)
def test_as_of_not_a_date_in_every_command_that_takes_it(tmp_path, corpus, command):
    args = [*command, *([str(corpus), "--out", "o"] if command == ("build",) else []), "--as-of", "not-a-date"]
    assert error_line(run_cli(*args, cwd=tmp_path)) == "Error: --as-of not-a-date: not a date (YYYY-MM-DD)"
    assert not (tmp_path / "o" / "graph.json").exists()


def test_as_of_is_checked_by_the_library_too(corpus):
    with pytest.raises(Exception, match="not a date"):
        build_graph([corpus], as_of="2024-02-30")


def test_ill_typed_dates_in_a_graph_are_violations_not_tracebacks(built, tmp_path):
    data = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    for n in data["nodes"]:
        if n["label"] == "Document":
            n["properties"]["status_as_of"] = "not-a-date"
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = run_cli("validate", "--graph", "g", cwd=tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stdout + res.stderr

    def errors(r):  # stderr without the line naming the build that was read
        return [line for line in r.stderr.splitlines() if line.strip() and not line.startswith("graph: ")]

    assert "status_as_of" in res.stdout and not errors(res)
    exported = run_cli("export", "--graph", "g", "--out", "g.ttl", cwd=tmp_path)
    assert clean(exported) and not errors(exported)


# ---------------------------------------------------------------- read-only places (simulated: see the module doc)


def test_read_only_out_folder_new(tmp_path, corpus):
    (tmp_path / "ro").mkdir()
    line = error_line(run_cli_read_only("build", "corpus", "--out", "ro/out", cwd=tmp_path, read_only=tmp_path / "ro"))
    assert "ro/out" in line and "Read-only file system" in line


def test_read_only_out_folder_holding_a_build_keeps_it(built, tmp_path):
    before = (built / "graph.json").read_bytes()
    res = run_cli_read_only("build", str(built.parent / "corpus"), "--out", str(built), cwd=tmp_path, read_only=built)
    line = error_line(res)
    assert str(built) in line and "Read-only file system" in line
    assert (built / "graph.json").read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--graph", "{built}", "--out", "ro/graph.ttl"],
        ["viz", "overview", "--graph", "{built}", "--out", "ro/overview.html"],
        ["viz", "site", "--graph", "{built}", "--out", "ro/site"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_read_only_out_file(built, tmp_path, args):
    (tmp_path / "ro").mkdir()
    res = run_cli_read_only(*(a.replace("{built}", str(built)) for a in args), cwd=tmp_path, read_only=tmp_path / "ro")
    line = error_line(res)
    assert "ro/" in line and "Read-only file system" in line


def test_read_only_site_folder_of_a_build(tmp_path, corpus):
    res = run_cli_read_only("build", "corpus", "--out", "out", cwd=tmp_path, read_only=tmp_path / "out" / "site")
    assert "out/site" in error_line(res)
    assert json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]


def test_read_only_working_folder(tmp_path, corpus):
    work = tmp_path / "work"
    work.mkdir()
    res = run_cli_read_only("build", str(corpus), "--out", str(tmp_path / "out"), "--no-site", cwd=work, read_only=work)
    out = clean(res)
    assert f"note: cannot remember this build ({Path('.policykg-last-build')}: Read-only file system)" in out
    assert f"later commands need --graph {tmp_path / 'out'}" in out
    page = run_cli_read_only("viz", "overview", "--graph", str(tmp_path / "out"), cwd=work, read_only=work)
    assert error_line(page) == "Error: cannot write overview.html: Read-only file system"


@pytest.mark.parametrize("content", [b"", b"\xff\xfe not text", b"[1, 2]"], ids=["empty", "binary", "json"])
def test_unreadable_last_build_marker_is_as_if_there_were_none(tmp_path, content):
    (tmp_path / ".policykg-last-build").write_bytes(content)
    assert "out/graph.json: no graph here" in error_line(run_cli("query", "most_cited", cwd=tmp_path))


def test_last_build_marker_that_is_a_folder(tmp_path):
    (tmp_path / ".policykg-last-build").mkdir()
    assert "out/graph.json: no graph here" in error_line(run_cli("query", "most_cited", cwd=tmp_path))


# ---------------------------------------------------------------- a malformed previous graph.json


MALFORMED = [
    (b'{"schema_version": 1, "nodes": [', "not JSON"),
    (b'{"schema_version": 1, "nodes": 5, "edges": []}', "its nodes are not a list of nodes"),
    (b'{"schema_version": 1, "nodes": [], "edges": [{"source": 1}]}', "its edges are not a list of edges"),
    (b"[1, 2]", "a JSON list, not an object"),
    (b'{"schema_version": 1, "nodes": [\xff]}', "not JSON"),
]


@pytest.mark.parametrize("content,why", MALFORMED, ids=[w for _, w in MALFORMED])
def test_malformed_previous_graph_is_replaced_with_a_note(tmp_path, corpus, content, why):
    clean(run_cli("build", "corpus", "--out", "out", "--no-site", "-q", cwd=tmp_path))
    (tmp_path / "out" / "graph.json").write_bytes(content)
    out = clean(run_cli("build", "corpus", "--out", "out", "--no-site", "-q", cwd=tmp_path))
    (note,) = [line for line in out.splitlines() if line.startswith("note:")]
    assert "out/graph.json" in note and why in note and note.endswith("replaced")
    assert json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]


def test_malformed_previous_graph_cannot_be_added_to(tmp_path, corpus):
    clean(run_cli("build", "corpus", "--out", "out", "--no-site", "-q", cwd=tmp_path))
    (tmp_path / "out" / "graph.json").write_text('{"schema_version": 1, "nodes": 5}', encoding="utf-8")
    line = error_line(run_cli("build", "corpus", "--out", "out", "--add", cwd=tmp_path))
    assert "--add: out/graph.json: not a graph.json of policykg" in line and "without --add" in line
    assert (tmp_path / "out" / "graph.json").read_text(encoding="utf-8") == '{"schema_version": 1, "nodes": 5}'


# ---------------------------------------------------------------- names and entries of the input folder


def test_file_name_that_is_not_utf8_is_skipped_by_name(tmp_path, corpus):
    gbk_name = os.fsencode(corpus) + b"/\xd6\xd0\xce\xc4.txt"  # 中文.txt in GBK, as old zip archives hold it
    try:
        with open(gbk_name, "wb") as fh:
            fh.write(GOOD.replace("46号", "47号").encode())
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    out = clean(run_cli("build", "corpus", "--out", "out", "--no-site", cwd=tmp_path))
    assert "corpus/\\xd6\\xd0\\xce\\xc4.txt: file name is not UTF-8" in out and "rename it" in out
    meta = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["meta"]
    assert [s["file"] for s in meta["skipped"]] == ["corpus/\\xd6\\xd0\\xce\\xc4.txt"]
    assert [f["file"] for f in meta["files"]] == ["corpus/good.txt"]


# (entry made in the input folder, the reason the build must give for it)
UNREACHABLE = [
    ("broken.txt", lambda d: (d / "broken.txt").symlink_to(d / "gone.txt"), "broken symbolic link"),
    (
        "loop-a.txt",
        lambda d: [(d / "loop-a.txt").symlink_to("loop-b.txt"), (d / "loop-b.txt").symlink_to("loop-a.txt")],
        "symbolic link loop",
    ),
]


@pytest.mark.parametrize("name,make,why", UNREACHABLE, ids=[w for _, _, w in UNREACHABLE])
def test_entry_that_cannot_be_reached_is_skipped_by_name(tmp_path, corpus, name, make, why):
    make(corpus)
    out = clean(run_cli("build", "corpus", "--out", "out", "--no-site", cwd=tmp_path))
    assert f"corpus/{name}: {why}" in out
    alone = run_cli("build", f"corpus/{name}", "--out", "alone", cwd=tmp_path)
    assert (
        error_line(alone)
        == f"Error: corpus/{name}: {why}"
        + (f" (its target {corpus / 'gone.txt'} does not exist)" if name == "broken.txt" else "")
        + " (nothing was written)"
    )


def test_entry_that_cannot_be_stat_ed_is_reported(tmp_path, corpus, monkeypatch):
    # in-process: as root no file refuses stat(), so os.stat is made to refuse one name
    (corpus / "secret.txt").write_text(GOOD, encoding="utf-8")
    real_stat, real_read = os.stat, Path.read_bytes

    def stat(path, *args, **kwargs):
        if os.fspath(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    def read_bytes(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(Path, "read_bytes", lambda p: read_bytes(p) if p.name == "secret.txt" else real_read(p))
    files, missing = iter_input_files([corpus])
    assert [f.name for f in files] == ["good.txt", "secret.txt"] and not missing
    _, report = build([corpus], jobs=1)
    assert [(Path(f).name, why) for f, why in report.skipped] == [("secret.txt", "unreadable (Permission denied)")]


def test_subfolder_that_cannot_be_listed_is_reported(tmp_path, corpus, monkeypatch):
    (corpus / "private").mkdir()
    (corpus / "private" / "x.txt").write_text(GOOD, encoding="utf-8")
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse_private(real):
        def call(path=".", *args):
            if os.fspath(path).endswith("private"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path, *args)

        return call

    monkeypatch.setattr(os, "scandir", refuse_private(real_scandir))
    monkeypatch.setattr(os, "listdir", refuse_private(real_listdir))
    _, report = build([corpus], jobs=1)
    assert [(Path(f).name, why) for f, why in report.skipped] == [
        ("private", "folder cannot be read (Permission denied)")
    ]


def test_a_path_given_as_one_string_is_one_path(tmp_path, corpus):
    one = corpus / "good.txt"
    expected = build_graph([one], as_of="2025-01-01", jobs=1)
    for given in (str(one), one, os.fsencode(one)):
        G = build_graph(given, as_of="2025-01-01", jobs=1)
        assert sorted(G.nodes) == sorted(expected.nodes) and G.graph["report"].files == ((str(one), 2),)
    with contextlib.chdir(tmp_path):  # the build remembers itself in the working folder
        assert build_into(tmp_path / "out", str(corpus)).report.documents == 2


# ---------------------------------------------------------------- bytes that do not decode


LINE_OF_NUMBER = 3  # 豫政办〔2024〕46号 in GOOD


def _with_bad_byte(encoded: bytes, at: str, enc: str, bad: bytes = b"\xff") -> bytes:
    i = encoded.index(at.encode(enc)) + len(at.encode(enc))
    return encoded[:i] + bad + encoded[i:]


# (name, bytes, the encoding read, the line reported)
ONE_BAD_BYTE = [
    ("utf8.txt", _with_bad_byte(GOOD.encode(), "已经省政府", "utf-8"), "utf-8", 7),
    ("gb18030.txt", _with_bad_byte(GOOD.encode("gb18030"), "请认真贯彻", "gb18030"), "gb18030", 7),
    ("bom.txt", b"\xef\xbb\xbf" + _with_bad_byte(GOOD.encode(), "济源", "utf-8", b"\x80"), "utf-8-sig", 5),
    ("cut.txt", _with_bad_byte(GOOD.encode(), "各部门", "utf-8", "：".encode()[:2]), "utf-8", 5),
]


@pytest.mark.parametrize("name,data,encoding,line", ONE_BAD_BYTE, ids=[c[0] for c in ONE_BAD_BYTE])
def test_one_bad_byte_is_replaced_reported_and_counted(tmp_path, name, data, encoding, line):
    decoded = decode_text(data, name=name)
    assert (decoded.encoding, decoded.stray_lines) == (encoding, (line,))
    assert decoded.text.count("\ufffd") == 1 and "支持平台经济高质量发展若干措施" in decoded.text
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    out = clean(run_cli("build", "in", "--out", "out", "--no-site", cwd=tmp_path))
    assert f"in/{name}:{line}: bytes that are not {encoding} replaced by \ufffd" in out
    assert "warnings: bad-bytes 1" in out
    assert any(row.split() == ["2", f"in/{name}"] for row in out.splitlines())  # both documents read


def test_many_bad_bytes_still_skip_the_file_naming_the_first_bad_byte_of_each_encoding(tmp_path):
    data = GOOD.encode()
    first = data.index("豫".encode())
    data = data[:first] + b"\xff\xfe\xff\x80\x80" + data[first:]
    with pytest.raises(Exception) as raised:
        decode_text(data, name="x.txt")
    assert str(raised.value).startswith(
        f"x.txt:{LINE_OF_NUMBER}: cannot decode as UTF-8 (byte {first}) or as GB18030/GBK"
    )


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, enc):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notice.txt").write_bytes(GOOD.encode(enc))
    assert read_source(tmp_path / "in" / "notice.txt").encoding == enc
    out = clean(run_cli("build", "in", "--out", "out", "--no-site", cwd=tmp_path))
    assert any(row.split() == ["2", "in/notice.txt"] for row in out.splitlines())


def test_binary_with_nul_bytes_is_still_binary():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" * 20
    with pytest.raises(Exception, match="binary file"):
        decode_text(png, name="p.txt")


# ---------------------------------------------------------------- neo4j: passwords, a start after a crash


@pytest.fixture
def home_with_password(tmp_path) -> Path:
    home = tmp_path / ".neo4j"
    home.mkdir()
    (home / "password").write_text("local-secret\n", encoding="utf-8")
    return home


@pytest.mark.parametrize(
    "uri,local",
    [
        ("bolt://127.0.0.1:7687", True),
        ("neo4j://localhost:7687", True),
        ("bolt://[::1]:7687", True),
        ("bolt://127.0.0.1", True),
        ("bolt://127.0.0.1:7688", False),
        ("bolt://db.example:7687", False),
        ("bolt://127.0.0.1.evil.example:7687", False),
        ("bolt://10.0.0.5:7687", False),
    ],
)
def test_local_password_goes_only_to_the_local_server(home_with_password, uri, local):
    assert is_local_server(uri, 7687) is local
    if local:
        assert connection_settings(uri=uri, env={}, home=home_with_password).password == "local-secret"
    else:
        with pytest.raises(Neo4jError, match="no password for"):
            connection_settings(uri=uri, env={}, home=home_with_password)
        given = connection_settings(uri=uri, env={"NEO4J_PASSWORD": "theirs"}, home=home_with_password)
        assert given.password == "theirs"


def test_another_server_without_password_is_one_line_and_nothing_is_sent(tmp_path, home_with_password):
    # a listener standing in for "another server": it must never see a connection
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        other.settimeout(0.5)
        port = other.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "POLICYKG_NEO4J_"))}
        env |= {"PYTHONPATH": str(ROOT), "POLICYKG_NEO4J_HOME": str(home_with_password)}
        res = subprocess.run(
            [sys.executable, "-m", "policykg", "cypher", "RETURN 1", "--neo4j", f"bolt://127.0.0.1:{port}"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        line = error_line(res)
        assert f"no password for bolt://127.0.0.1:{port}" in line and "--password" in line
        with pytest.raises(TimeoutError):
            other.accept()


def test_port_in_time_wait_after_a_crash_is_free():
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port))
        accepted, _ = listener.accept()
        assert server.port_in_use(port)  # something listens: in use
        accepted.close()  # the server side closes first, as a killed server's kernel does: TIME_WAIT
        client.close()
    with socket.socket() as plain:  # the old test: a bind without SO_REUSEADDR fails in TIME_WAIT
        try:
            plain.bind(("127.0.0.1", port))
            reproduced = False
        except OSError:
            reproduced = True
    assert not server.port_in_use(port), "nothing listens: the port is free for Neo4j"
    if not reproduced:
        pytest.skip("this kernel left no TIME_WAIT to test against (the assertion above still held)")


def test_stale_pid_file_of_a_dead_process_is_not_a_running_server(tmp_path):
    home = tmp_path / ".neo4j"
    home.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (home / "run").mkdir()
    (home / PID_FILE).write_text(dead.stdout.strip() + "\n", encoding="utf-8")
    (home / RUN_FILE).write_text(json.dumps({"pid": int(dead.stdout), "bolt_port": 7999}), encoding="utf-8")
    assert not server.status(home).running
    assert bolt_port({}, home) == 7687  # the port of a dead server is not the local server's


# ---------------------------------------------------------------- what the CLI prints


HOSTILE = "恶意\x1b]0;pwned\x07\x1b[2J\x1b[31m标题\u202e\x9b31m\r覆盖"


def test_tables_print_no_escape_sequences_and_json_keeps_the_data():
    result = QueryResult(("title", "note"), ((HOSTILE, "=cmd|' /C calc'!A0"), ("@SUM(1)", -1)))
    table = format_table(result, max_cell=None)
    assert "恶意标题 覆盖" in table
    assert not any(c in table for c in "\x1b\x07\x9b\u202e\r")
    as_json = format_json(result)
    assert not any(c in as_json for c in "\x1b\x07\x9b\u202e\r")
    assert json.loads(as_json)[0]["title"] == HOSTILE
    rows = list(csv.reader(io.StringIO(format_csv(result))))
    assert rows[1] == ["恶意标题覆盖", "'=cmd|' /C calc'!A0"]
    assert rows[2] == ["'@SUM(1)", "-1"]  # a number is no formula


@pytest.mark.parametrize("fmt", ["--table", "--csv", "--json"])
def test_query_output_of_hostile_titles(tmp_path, fmt):
    data = query_graph_json()
    data["nodes"].append(doc_json("doc:豫政〔2099〕1号", HOSTILE, "provincial"))
    data["nodes"].append(doc_json("doc:豫政〔2099〕2号", '=HYPERLINK("http://x")', "provincial"))
    data["edges"].append(edge_json("doc:豫政〔2099〕2号", "doc:豫政〔2099〕1号", "CITES", text=HOSTILE))
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = run_cli("query", "document_links", "--param", "doc=豫政〔2099〕2号", "--graph", "g", fmt, cwd=tmp_path)
    out = clean(res)
    assert out.count("恶意") == 2 and not any(c in out for c in "\x1b\x07\x9b\u202e\r")
    if fmt == "--json":
        assert json.loads(out)[0]["other_name"] == HOSTILE  # the same data, escaped
    res = run_cli("query", "document_links", "--param", "doc=豫政〔2099〕1号", "--graph", "g", "--csv", cwd=tmp_path)
    assert "'=HYPERLINK" in clean(res)


def test_error_messages_and_build_summaries_print_no_escape_sequences(tmp_path, corpus):
    res = run_cli("query", "document_links", "--param", "doc=\x1b]0;pwned\x07zz", "--graph", "nowhere", cwd=tmp_path)
    assert "\x1b" not in error_line(res)
    (corpus / "evil\x1b[2J.txt").write_text(GOOD.replace("46号", "49号"), encoding="utf-8")
    out = clean(run_cli("build", "corpus", "--out", "out", "--no-site", cwd=tmp_path))
    assert "corpus/evil[2J.txt" not in out and "corpus/evil.txt" in out and "\x1b" not in out


@pytest.mark.parametrize(
    "text,shown",
    [
        ("a\x1b[1;31mb", "ab"),
        ("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),
        ("a\x1bcb", "ab"),
        ("a\x00b\x7fc\x85d", "abcd"),
        ("a\tb\nc", "a b c"),
        ("a\u202eb\u2066c", "abc"),
        ("a\x9d0;title\x9cb", "ab"),
        ("unterminated\x1b]0;title\n下一行", "unterminated 下一行"),
        (os.fsdecode(b"\xd6\xd0.txt"), "\\xd6\\xd0.txt"),
    ],
)
def test_printable(text, shown):
    assert printable(text) == shown


def test_printable_is_linear_on_hostile_runs():
    import time

    started = time.perf_counter()
    for text in ("\x1b[" * 50_000, "\x1b]" * 50_000, "\x1b[" + "0" * 100_000, "\x9b" * 100_000):
        printable(text)
    assert time.perf_counter() - started < 2


# ---------------------------------------------------------------- progress while many pages are written


def test_viz_site_shows_progress(built, tmp_path, monkeypatch):
    calls = []

    def write_site(G, target, **kwargs):
        calls.append(kwargs)
        return Path(target) / "index.html"

    monkeypatch.setattr("policykg.cli.viz.write_site", write_site)
    with contextlib.chdir(tmp_path):
        res = CliRunner().invoke(main, ["viz", "site", "--graph", str(built), "--out", "site"])
    assert res.exit_code == 0, res.output
    assert calls == [{"progress": True}]
