"""The local Neo4j server: settings, install, start/status/stop and their faults.

Pure tests first; then tests against the shared server scripts/test.sh started (left
running); then a private server of our own (its own home, data and port) that goes
through install → faults → start → status → stop.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.errors import Neo4jError
from policykg.neo4j import server
from policykg.neo4j.connection import Neo4jSettings, connection_settings, open_driver
from policykg.neo4j.home import pid_alive


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _home_with_password(tmp_path: Path, secret: str) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (home / "password").write_text(secret + "\n")
    return home


# --------------------------------------------------------------------------- settings

SETTINGS_CASES = [
    # (arguments, environment, stored password, expected (uri, user, password, database))
    ({}, {}, "stored-pw", ("bolt://127.0.0.1:7687", "neo4j", "stored-pw", "neo4j")),
    ({}, {"POLICYKG_NEO4J_BOLT_PORT": "7700"}, "stored-pw", ("bolt://127.0.0.1:7700", "neo4j", "stored-pw", "neo4j")),
    (
        {},
        {"POLICYKG_NEO4J_PASSWORD": "local-env"},
        "stored-pw",
        ("bolt://127.0.0.1:7687", "neo4j", "local-env", "neo4j"),
    ),
    (
        {},
        {"NEO4J_URI": "neo4j://db:7000", "NEO4J_USER": "ann", "NEO4J_PASSWORD": "env-pw", "NEO4J_DATABASE": "policy"},
        "stored-pw",
        ("neo4j://db:7000", "ann", "env-pw", "policy"),
    ),
    (
        {"uri": "bolt://flag:1", "user": "bob", "password": "flag-pw", "database": "d"},
        {"NEO4J_URI": "neo4j://db:7000", "NEO4J_USER": "ann", "NEO4J_PASSWORD": "env-pw", "NEO4J_DATABASE": "policy"},
        "stored-pw",
        ("bolt://flag:1", "bob", "flag-pw", "d"),
    ),
    ({"password": "flag-pw"}, {}, None, ("bolt://127.0.0.1:7687", "neo4j", "flag-pw", "neo4j")),
]


@pytest.mark.parametrize("args,env,stored,expected", SETTINGS_CASES)
def test_connection_settings_precedence(tmp_path, args, env, stored, expected):
    home = _home_with_password(tmp_path, stored) if stored else tmp_path / "none"
    s = connection_settings(**args, env=env, home=home)
    assert (s.uri, s.user, s.password, s.database) == expected


def test_connection_settings_without_any_password_says_what_to_do(tmp_path):
    with pytest.raises(Neo4jError, match="policykg neo4j install"):
        connection_settings(env={}, home=tmp_path / "nothing")


def test_settings_repr_hides_the_password():
    assert "s3cret-value" not in repr(Neo4jSettings("bolt://h:1", "neo4j", "s3cret-value"))


@pytest.mark.parametrize("raw", ["abc", "0", "70000", "-5"])
def test_bad_bolt_port_variable_is_refused(tmp_path, raw):
    with pytest.raises(Neo4jError, match="POLICYKG_NEO4J_BOLT_PORT"):
        connection_settings(env={"POLICYKG_NEO4J_BOLT_PORT": raw}, home=_home_with_password(tmp_path, "x" * 8))


def test_unknown_uri_scheme_is_a_clear_error():
    with pytest.raises(Neo4jError, match="not a Neo4j URI"):
        open_driver(Neo4jSettings("mysql://127.0.0.1:1", "neo4j", "whatever1"))


def test_server_down_is_a_clear_error():
    with pytest.raises(Neo4jError, match="not reachable.*policykg neo4j start"):
        open_driver(Neo4jSettings(f"bolt://127.0.0.1:{_free_port()}", "neo4j", "whatever1"), timeout=3)


# --------------------------------------------------------------------------- renderers


def test_conf_listens_on_loopback_only_with_auth_and_no_http():
    conf = server.render_conf(bolt_port=7801, heap="1g", pagecache="512m")
    settings = dict(line.split("=", 1) for line in conf.splitlines() if line and not line.startswith("#"))
    addresses = [v for k, v in settings.items() if k.endswith("_address")]
    assert addresses and all(a.startswith("127.0.0.1") for a in addresses)
    assert settings["server.bolt.listen_address"] == "127.0.0.1:7801"
    assert settings["dbms.security.auth_enabled"] == "true"
    assert settings["server.http.enabled"] == "false" and settings["server.https.enabled"] == "false"
    assert settings["server.memory.heap.max_size"] == "1g"
    assert settings["server.memory.pagecache.size"] == "512m"


def test_pom_asks_for_the_community_server_of_the_pinned_version():
    pom = server.render_pom("5.26.30")
    assert "<artifactId>neo4j</artifactId>" in pom and "<version>5.26.30</version>" in pom
    assert server.NEO4J_VERSION.startswith("5.26.")


@pytest.mark.parametrize(
    "text,major",
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_402"', 8),
        ("no java here", None),
    ],
)
def test_parse_java_major(text, major):
    assert server.parse_java_major(text) == major


# --------------------------------------------------------------------------- password file


def test_password_file_is_owner_only_and_kept(tmp_path):
    home = tmp_path / "h"
    first = server._ensure_password(home, None)
    mode = stat.S_IMODE((home / "password").stat().st_mode)
    assert mode == 0o600
    assert len(first) >= server.MIN_PASSWORD_LENGTH
    assert server._ensure_password(home, None) == first  # a second install keeps it


def test_password_from_variable_wins_and_short_ones_are_refused(tmp_path):
    home = tmp_path / "h"
    assert server._ensure_password(home, "chosen-password") == "chosen-password"
    assert (home / "password").read_text().strip() == "chosen-password"
    with pytest.raises(Neo4jError, match="at least 8"):
        server._ensure_password(home, "short")


# --------------------------------------------------------------------------- missing tools / install


def _cli(args, env=None):
    result = CliRunner().invoke(main, args, env=env)
    assert "Traceback" not in result.output
    return result


def test_java_missing_is_a_clear_message(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    result = _cli(["neo4j", "install", "--home", str(tmp_path / "h")], env={"PATH": str(empty), "JAVA_HOME": ""})
    assert result.exit_code == 1
    assert "Java is missing" in result.output and "apt-get install" in result.output


def test_maven_missing_is_a_clear_message(tmp_path):
    java = shutil.which("java")
    if java is None:
        pytest.skip("no java on this machine")  # the message then is the Java one, tested above
    only_java = tmp_path / "bin"
    only_java.mkdir()
    (only_java / "java").symlink_to(os.path.realpath(java))
    result = _cli(["neo4j", "install", "--home", str(tmp_path / "h")], env={"PATH": str(only_java), "JAVA_HOME": ""})
    assert result.exit_code == 1
    assert "Maven (mvn) is missing" in result.output


def test_start_before_install_says_to_install(tmp_path):
    result = _cli(["neo4j", "start", "--home", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert "not installed" in result.output and "policykg neo4j install" in result.output


def test_status_of_an_empty_home_says_not_installed(tmp_path):
    result = _cli(["neo4j", "status", "--home", str(tmp_path / "empty")])
    assert result.exit_code == 3
    assert "not installed" in result.output


def test_stop_when_not_running_says_so(tmp_path):
    result = _cli(["neo4j", "stop", "--home", str(tmp_path / "empty")])
    assert result.exit_code == 0 and "not running" in result.output


# --------------------------------------------------------------------------- the shared server


@pytest.mark.neo4j
def test_shared_server_answers_return_1(neo4j_driver, neo4j_settings):
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one", database_=neo4j_settings.database)
    assert records[0]["one"] == 1


@pytest.mark.neo4j
def test_shared_server_is_neo4j_community_5_26(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query("CALL dbms.components() YIELD name, versions, edition RETURN *")
    row = records[0]
    assert row["name"] == "Neo4j Kernel" and row["edition"] == "community"
    assert row["versions"][0].startswith("5.26.")


@pytest.fixture(scope="module")
def local_status(neo4j_unavailable):
    st = server.status()
    if not st.running:
        neo4j_unavailable(f"the local server in {st.home} is not running")
    return st


@pytest.mark.neo4j
def test_status_says_running(local_status):
    result = _cli(["neo4j", "status"])
    assert result.exit_code == 0
    assert "is running" in result.output and f":{local_status.bolt_port}" in result.output


# --------------------------------------------------------------------------- a private server


@pytest.fixture(scope="module")
def private_home(tmp_path_factory, neo4j_unavailable):
    """A second, real install (own lib/, data/, password) — Maven reuses ~/.m2."""
    try:
        server.find_java()
        server.find_mvn()
    except Neo4jError as exc:
        neo4j_unavailable(str(exc))
    home = tmp_path_factory.mktemp("neo4j-private") / ".neo4j"
    result = server.install(home)
    yield home, result
    server.stop(home)
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def private_port():
    """A free port for Bolt whose next one is free too (the private server's Browser)."""
    for _ in range(50):
        port = _free_port()
        if port < 65535 and not server.port_in_use(port + 1):
            return port
    pytest.fail("no two free neighbouring ports")


@pytest.mark.neo4j
def test_install_fills_lib_and_a_private_password(private_home):
    home, result = private_home
    assert result.downloaded and result.version == server.NEO4J_VERSION
    assert result.jars > 100 and any(home.joinpath("lib").glob("neo4j-kernel-5.26.*.jar"))
    assert stat.S_IMODE((home / "password").stat().st_mode) == 0o600


@pytest.mark.neo4j
def test_a_password_starting_with_a_dash_is_set(private_home, tmp_path):
    """secrets.token_urlsafe starts with "-" once in 64: neo4j-admin takes it as the password, not as an
    option (it stopped the private server's install in one CI run: "Missing required parameter")."""
    home, _ = private_home
    other = tmp_path / "dash-home"
    other.mkdir()
    (other / "lib").symlink_to(home / "lib")
    server._set_initial_password(other, server.find_java(), "-" + "Kx9" * 8)
    assert (other / "data" / "dbms" / "auth.ini").exists()


@pytest.mark.neo4j
def test_second_install_is_a_no_op(private_home):
    home, first = private_home
    again = server.install(home)
    assert not again.downloaded
    assert (home / "password").read_text() and again.jars == first.jars


@pytest.mark.neo4j
def test_port_already_taken_is_a_clear_message(private_home):
    home, _ = private_home
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        taken = blocker.getsockname()[1]
        result = _cli(["neo4j", "start", "--home", str(home), "--bolt-port", str(taken)])
    assert result.exit_code == 1
    assert f"port {taken}" in result.output and "already in use" in result.output
    assert "--bolt-port" in result.output
    assert not server.status(home).running


@pytest.mark.neo4j
def test_start_timeout_stops_the_server_and_shows_the_log(private_home, private_port):
    home, _ = private_home
    with pytest.raises(Neo4jError) as err:
        server.start(home, bolt_port=private_port, http_port=private_port + 1, timeout=0.5)
    message = str(err.value)
    assert "did not answer" in message and "--timeout" in message and "logs" in message
    assert not server.status(home).running


@pytest.mark.neo4j
def test_a_server_that_dies_at_start_shows_its_log(private_home, private_port):
    home, _ = private_home
    with pytest.raises(Neo4jError) as err:
        server.start(home, bolt_port=private_port, http_port=private_port + 1, pagecache="4096g")  # > any machine
    message = str(err.value)
    assert "exited during start" in message and "exceeds physical memory" in message
    assert not server.status(home).running


@pytest.mark.parametrize("option,value", [("--heap", "lots"), ("--pagecache", "1.5g"), ("--heap", "0g")])
def test_memory_sizes_are_checked_before_starting(tmp_path, option, value):
    home = tmp_path / "h"
    home.mkdir()
    (home / "lib").mkdir()
    (home / "install.json").write_text('{"version": "%s"}' % server.NEO4J_VERSION)
    result = _cli(["neo4j", "start", "--home", str(home), option, value])
    assert result.exit_code == 1 and "is not a memory size" in result.output


@pytest.fixture
def private_server(private_home, private_port):
    home, _ = private_home
    st = server.start(home, bolt_port=private_port, http_port=private_port + 1)  # at once when running
    return home, st


@pytest.mark.neo4j
def test_start_runs_in_the_background_and_bolt_answers(private_server, private_port):
    home, st = private_server
    assert st.running and st.bolt_port == private_port
    assert os.getsid(st.pid) == st.pid  # its own session: it outlives the command
    settings = connection_settings(uri=st.uri, home=home, env={})
    with open_driver(settings) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
    assert records[0]["one"] == 1


@pytest.mark.neo4j
def test_status_of_the_private_server_says_running(private_server, private_port):
    home, _ = private_server
    result = _cli(["neo4j", "status", "--home", str(home), "--json"])
    assert result.exit_code == 0
    assert f'"bolt_port": {private_port}' in result.output and '"running": true' in result.output
    assert f'"browser": "http://127.0.0.1:{private_port + 1}/browser/' in result.output


@pytest.mark.neo4j
def test_start_when_running_keeps_the_same_server(private_server):
    home, st = private_server
    result = _cli(["neo4j", "start", "--home", str(home)])
    assert result.exit_code == 0 and "Already running" in result.output
    assert server.status(home).pid == st.pid


@pytest.mark.neo4j
def test_wrong_password_is_a_clear_message(private_server):
    _, st = private_server
    with pytest.raises(Neo4jError, match="wrong password.*NEO4J_PASSWORD"):
        open_driver(Neo4jSettings(st.uri, "neo4j", "not-the-password"))


@pytest.mark.neo4j
def test_install_refuses_a_new_password_for_an_existing_database(private_server):
    home, _ = private_server
    before = (home / "password").read_text()
    with pytest.raises(Neo4jError, match="already has the password"):
        server.install(home, password="another-password-1")
    assert (home / "password").read_text() == before


@pytest.mark.neo4j
def test_stop_then_status_says_stopped(private_server):
    home, st = private_server
    result = _cli(["neo4j", "stop", "--home", str(home)])
    assert result.exit_code == 0 and "Stopped." in result.output
    assert not pid_alive(st.pid)
    status = _cli(["neo4j", "status", "--home", str(home)])
    assert status.exit_code == 3 and "stopped" in status.output
    with pytest.raises(Neo4jError, match="not reachable|no password for"):
        open_driver(connection_settings(uri=st.uri, home=home, env={}), timeout=3)
