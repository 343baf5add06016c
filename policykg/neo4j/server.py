"""Where Neo4j is and how to reach it, and the project's own local Neo4j server.

**Reaching a server.**  :func:`connection_settings` reads, in this order, explicit
arguments (CLI flags), the environment (``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``,
``NEO4J_DATABASE``) and the local install's defaults (``bolt://127.0.0.1:7687``, user
``neo4j``, the password given by ``POLICYKG_NEO4J_PASSWORD`` or kept in
``.neo4j/password``).  :func:`open_driver` returns a verified driver or raises
:class:`~policykg.errors.Neo4jError` with a message that says what to do.

**The local server** is Neo4j Community 5.26 LTS resolved from Maven Central by ``mvn``
into ``.neo4j/lib`` (Maven's ``~/.m2`` cache is reused), run with its own entry point
``org.neo4j.server.CommunityEntryPoint``, listening on 127.0.0.1 only, authentication on.
``.neo4j/`` holds ``pom.xml``, ``lib/``, ``conf/neo4j.conf``, ``data/``, ``logs/``,
``run/`` (pid and port) and ``password`` (mode 0600).

>>> s = connection_settings(uri="bolt://db.example:7687", user="alice", password="pw")
>>> s.uri, s.user, s.database
('bolt://db.example:7687', 'alice', 'neo4j')
>>> "pw" in repr(s)
False
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import Neo4jError

__all__ = [
    "Neo4jSettings",
    "connection_settings",
    "open_driver",
    "default_home",
    "ServerStatus",
    "InstallResult",
    "install",
    "start",
    "stop",
    "status",
    "render_conf",
    "render_pom",
    "NEO4J_VERSION",
    "DEFAULT_BOLT_PORT",
    "DEFAULT_USER",
    "DEFAULT_DATABASE",
]

# Neo4j Community 5.26 LTS: the last line that runs on Java 17 (2025.x needs Java 21).
NEO4J_VERSION = "5.26.30"
MIN_JAVA = 17
DEPENDENCY_PLUGIN = "3.8.1"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

DEFAULT_BOLT_PORT = 7687
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
LOCAL_HOST = "127.0.0.1"
DEFAULT_HEAP = "1g"
DEFAULT_PAGECACHE = "512m"
DEFAULT_START_TIMEOUT = 120.0
DEFAULT_STOP_TIMEOUT = 60.0
MIN_PASSWORD_LENGTH = 8  # Neo4j 5's dbms.security.auth_minimum_password_length

# Environment variables, user-facing (a researcher's own server) ...
ENV_URI = "NEO4J_URI"
ENV_USER = "NEO4J_USER"
ENV_PASSWORD = "NEO4J_PASSWORD"
ENV_DATABASE = "NEO4J_DATABASE"
# ... and the project's local server.
ENV_LOCAL_PASSWORD = "POLICYKG_NEO4J_PASSWORD"
ENV_BOLT_PORT = "POLICYKG_NEO4J_BOLT_PORT"
ENV_HOME = "POLICYKG_NEO4J_HOME"

HOME_DIRNAME = ".neo4j"
PASSWORD_FILE = "password"
INSTALL_FILE = "install.json"  # written last: its presence means "installed"
PID_FILE = "run/neo4j.pid"
RUN_FILE = "run/neo4j.json"  # port and pid of the running server
CONSOLE_LOG = "logs/console.log"
NEO4J_LOG = "logs/neo4j.log"

# `openjdk version "17.0.15" 2025-04-15` / `java version "1.8.0_402"`
JAVA_VERSION_RE = re.compile(r'version "(?:1\.)?(\d+)')

# A memory size as Neo4j and the JVM both read it: `512m`, `1g`, `2048k`
MEMORY_SIZE_RE = re.compile(r"^[1-9]\d*[kmg]$", re.IGNORECASE)

# JVM flags the official `neo4j` launcher also passes (a subset that matters here).
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Neo4jSettings:
    """How to reach one Neo4j database.  The password never shows in ``repr``."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str = DEFAULT_DATABASE

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)


def default_home(env: Mapping[str, str] | None = None) -> Path:
    """The local install's folder: ``$POLICYKG_NEO4J_HOME`` or ``<project>/.neo4j``.

    The project is the source checkout this package lives in (an editable install);
    otherwise the current directory.
    """
    env = os.environ if env is None else env
    if env.get(ENV_HOME):
        return Path(env[ENV_HOME]).expanduser().resolve()
    here = Path(__file__).resolve().parents[2]
    root = here if (here / "pyproject.toml").is_file() else Path.cwd()
    return root / HOME_DIRNAME


def parse_port(raw: str | int, *, what: str = "port") -> int:
    """``raw`` as a TCP port number, or a Neo4jError naming ``what``."""
    try:
        port = int(str(raw).strip())
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise Neo4jError(f"{what}={raw!r} is not a port number (1-65535).")
    return port


def bolt_port(env: Mapping[str, str] | None = None, home: Path | None = None) -> int:
    """Bolt port of the local server: ``$POLICYKG_NEO4J_BOLT_PORT``, else the port the
    running local server was started on, else 7687."""
    env = os.environ if env is None else env
    raw = env.get(ENV_BOLT_PORT, "").strip()
    if raw:
        return parse_port(raw, what=ENV_BOLT_PORT)
    run = _read_run_file(default_home(env) if home is None else home)
    if run and _alive(run.get("pid")):
        return int(run["bolt_port"])
    return DEFAULT_BOLT_PORT


def _stored_password(home: Path) -> str | None:
    path = home / PASSWORD_FILE
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise Neo4jError(f"cannot read the Neo4j password file {path}: {exc.strerror}.") from None


def connection_settings(
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Neo4jSettings:
    """Settings from arguments, then ``NEO4J_*`` variables, then the local install.

    Raises :class:`Neo4jError` when no password can be found anywhere.

    >>> env = {"NEO4J_URI": "neo4j://h:7000", "NEO4J_PASSWORD": "from-env"}
    >>> connection_settings(user="bob", env=env)
    Neo4jSettings(uri='neo4j://h:7000', user='bob', database='neo4j')
    """
    env = os.environ if env is None else env
    home = default_home(env) if home is None else home
    uri = uri or env.get(ENV_URI) or f"bolt://{LOCAL_HOST}:{bolt_port(env, home)}"
    user = user or env.get(ENV_USER) or DEFAULT_USER
    database = database or env.get(ENV_DATABASE) or DEFAULT_DATABASE
    if password is None:
        password = env.get(ENV_PASSWORD) or env.get(ENV_LOCAL_PASSWORD) or _stored_password(home)
    if password is None:
        raise Neo4jError(
            f"no Neo4j password: set {ENV_PASSWORD} (your own server), or run "
            f"`policykg neo4j install` to install the local server (its password is kept in "
            f"{home / PASSWORD_FILE})."
        )
    return Neo4jSettings(uri=uri, user=user, password=password, database=database)


def open_driver(settings: Neo4jSettings, *, timeout: float = 10.0):
    """A ``neo4j.Driver`` whose connection, credentials and database have been verified.

    The caller closes it (``with open_driver(s) as driver: ...``).  Errors become
    :class:`Neo4jError` with a message that says what to do.
    """
    import neo4j
    from neo4j import exceptions as ne

    try:
        driver = neo4j.GraphDatabase.driver(
            settings.uri,
            auth=settings.auth,
            connection_timeout=timeout,
            connection_acquisition_timeout=timeout,
        )
    except (ValueError, ne.ConfigurationError) as exc:
        raise Neo4jError(
            f"{settings.uri!r} is not a Neo4j URI ({exc}); use e.g. bolt://127.0.0.1:7687 or neo4j://host:7687."
        ) from None
    try:
        with driver.session(database=settings.database) as session:
            session.run("RETURN 1").consume()
    except ne.AuthError:
        driver.close()
        raise Neo4jError(
            f"Neo4j at {settings.uri} refused user {settings.user!r}: wrong password (or the "
            f"account is locked for a few seconds after failed attempts). Set {ENV_PASSWORD} to "
            f"that server's password (the local server's is in .neo4j/{PASSWORD_FILE})."
        ) from None
    except (ne.ServiceUnavailable, ne.SessionExpired, OSError) as exc:
        driver.close()
        raise Neo4jError(
            f"Neo4j is not reachable at {settings.uri} ({_first_line(exc)}). Start the local "
            f"server with `policykg neo4j start`, or point {ENV_URI} at a running one."
        ) from None
    except ne.ClientError as exc:
        driver.close()
        if "database" in (exc.message or "").lower():
            raise Neo4jError(
                f"Neo4j at {settings.uri} has no database {settings.database!r}: set "
                f"{ENV_DATABASE} to one that exists (Community has only 'neo4j')."
            ) from None
        raise Neo4jError(f"Neo4j at {settings.uri} refused the connection: {exc.message}") from None
    except ne.Neo4jError as exc:
        driver.close()
        raise Neo4jError(f"Neo4j at {settings.uri} failed: {exc.message}") from None
    return driver


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0].rstrip(":. ")


# --------------------------------------------------------------------------- pure renderers


def render_pom(version: str = NEO4J_VERSION) -> str:
    """The Maven project whose runtime dependencies are the Neo4j server's jars.

    ``org.neo4j:neo4j`` holds ``CommunityEntryPoint`` and pulls in the server, Bolt,
    Cypher and the admin tool.

    >>> "<version>5.26.30</version>" in render_pom("5.26.30")
    True
    """
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by `policykg neo4j install`: resolves Neo4j Community into lib/. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>policykg.local</groupId>
  <artifactId>neo4j-server-libs</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>{DEPENDENCY_PLUGIN}</version>
      </plugin>
    </plugins>
  </build>
</project>
"""


def render_conf(
    *,
    bolt_port: int = DEFAULT_BOLT_PORT,
    heap: str = DEFAULT_HEAP,
    pagecache: str = DEFAULT_PAGECACHE,
) -> str:
    """A minimal ``neo4j.conf``: loopback only, Bolt on ``bolt_port``, HTTP(S) off, auth on.

    Neo4j validates the file strictly, so it holds only keys Neo4j 5.26 knows.

    >>> conf = render_conf(bolt_port=7999)
    >>> "server.bolt.listen_address=127.0.0.1:7999" in conf, "server.http.enabled=false" in conf
    (True, True)
    """
    return f"""# Written by `policykg neo4j start`; rewritten at every start.
server.default_listen_address={LOCAL_HOST}
server.default_advertised_address={LOCAL_HOST}
server.bolt.enabled=true
server.bolt.listen_address={LOCAL_HOST}:{bolt_port}
server.bolt.advertised_address={LOCAL_HOST}:{bolt_port}
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.heap.initial_size={heap}
server.memory.heap.max_size={heap}
server.memory.pagecache.size={pagecache}
db.tx_log.rotation.retention_policy=1 days
# Bolt's event loops otherwise idle 5 s each before stopping (a 10 s stop).
internal.dbms.bolt.netty_server_shutdown_quiet_period=1
# `policykg cypher` runs researchers' queries: LOAD CSV reads no local file, imports only from
# the empty import/ folder, and fetches no URL (every address blocked, loopback included).
dbms.security.allow_csv_import_from_file_urls=false
server.directories.import=import
internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0
# The Cypher parser the query guard (queries/readonly.py) reads like: the 5.26 default, pinned.
internal.cypher.parser.antlr_enabled=true
"""


def parse_java_major(version_output: str) -> int | None:
    """The major version in ``java -version`` output.

    >>> parse_java_major('openjdk version "17.0.15" 2025-04-15')
    17
    >>> parse_java_major('java version "1.8.0_402"')
    8
    """
    m = JAVA_VERSION_RE.search(version_output)
    return int(m.group(1)) if m else None


def tail(path: Path, lines: int = 20) -> str:
    """The last ``lines`` lines of a text file ('' if it is missing)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


# --------------------------------------------------------------------------- tools


def find_java(env: Mapping[str, str] | None = None) -> str:
    """Path of a ``java`` of version 17 or newer, or a Neo4jError saying how to get one."""
    env = os.environ if env is None else env
    candidates = []
    if env.get("JAVA_HOME"):
        candidates.append(str(Path(env["JAVA_HOME"]) / "bin" / "java"))
    found = shutil.which("java", path=env.get("PATH"))
    if found:
        candidates.append(found)
    java = next((c for c in candidates if os.access(c, os.X_OK)), None)
    if java is None:
        raise Neo4jError(
            f"Java is missing: Neo4j 5.26 needs Java {MIN_JAVA} or newer. Install it "
            f"(Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME."
        )
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jError(f"cannot run {java} -version ({exc}); check your Java install.") from None
    major = parse_java_major(out.stderr + out.stdout)
    if major is None or major < MIN_JAVA:
        raise Neo4jError(
            f"{java} is Java {major or '?'}; Neo4j 5.26 needs Java {MIN_JAVA} or newer. Install "
            f"one (Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME."
        )
    return java


def find_mvn(env: Mapping[str, str] | None = None) -> str:
    """Path of ``mvn``, or a Neo4jError saying how to get it."""
    env = os.environ if env is None else env
    mvn = shutil.which("mvn", path=env.get("PATH"))
    if mvn is None:
        raise Neo4jError(
            "Maven (mvn) is missing: `policykg neo4j install` fetches Neo4j with it. Install "
            "it (Debian: apt-get install -y maven) and run the install again."
        )
    return mvn


def port_in_use(port: int, host: str = LOCAL_HOST) -> bool:
    """True when something already listens on (or holds) ``host:port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


# --------------------------------------------------------------------------- install


@dataclass(frozen=True)
class InstallResult:
    home: Path
    version: str
    jars: int
    downloaded: bool  # False when the install was already there
    seconds: float
    password_file: Path


def is_installed(home: Path, version: str = NEO4J_VERSION) -> bool:
    info = _read_json(home / INSTALL_FILE)
    return bool(info) and info.get("version") == version and (home / "lib").is_dir()


def install(
    home: Path | None = None,
    *,
    version: str = NEO4J_VERSION,
    password: str | None = None,
    env: Mapping[str, str] | None = None,
    quiet: bool = True,
) -> InstallResult:
    """Resolve Neo4j into ``home/lib`` with Maven and set the initial password.

    Idempotent: when ``home`` already holds this version, only the password is checked.
    The password is ``password``, else ``$POLICYKG_NEO4J_PASSWORD``, else the stored one,
    else a new random one; it is kept in ``home/password`` (mode 0600).
    """
    env = os.environ if env is None else env
    home = (default_home(env) if home is None else Path(home)).resolve()
    began = time.monotonic()
    java = find_java(env)
    downloaded = False
    if not is_installed(home, version):
        if status(home).running:
            raise Neo4jError(
                f"Neo4j is running from {home}; stop it first (`policykg neo4j stop`), then install Neo4j {version}."
            )
        mvn = find_mvn(env)
        _resolve_jars(home, version, mvn, env=env, quiet=quiet)
        downloaded = True
    wanted = password or env.get(ENV_LOCAL_PASSWORD)
    initialised = (home / "data" / "databases").exists()
    stored = _stored_password(home)
    if initialised and stored and wanted and wanted != stored:
        raise Neo4jError(
            f"the local Neo4j database in {home / 'data'} already has the password kept in "
            f"{home / PASSWORD_FILE}, not the one in {ENV_LOCAL_PASSWORD}. Unset it, or (this "
            f"deletes the local database) `policykg neo4j stop`, remove {home / 'data'} and "
            f"install again."
        )
    secret = _ensure_password(home, wanted)
    if not initialised:
        _set_initial_password(home, java, secret)
    jars = len(list((home / "lib").glob("*.jar")))
    _write_json(home / INSTALL_FILE, {"version": version, "jars": jars})
    return InstallResult(
        home=home,
        version=version,
        jars=jars,
        downloaded=downloaded,
        seconds=time.monotonic() - began,
        password_file=home / PASSWORD_FILE,
    )


def _resolve_jars(home: Path, version: str, mvn: str, *, env: Mapping[str, str], quiet: bool) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / INSTALL_FILE).unlink(missing_ok=True)
    (home / "pom.xml").write_text(render_pom(version), encoding="utf-8")
    staging = home / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    cmd = [
        mvn,
        "-B",
        "-f",
        str(home / "pom.xml"),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={staging}",
        "-DincludeScope=runtime",
    ]
    if quiet:
        cmd.insert(2, "-q")
    log = home / "logs" / "install.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w", encoding="utf-8") as out:
        try:
            rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=home, env=dict(env)).returncode
        except OSError as exc:
            raise Neo4jError(f"cannot run Maven ({mvn}): {exc}.") from None
    if rc != 0 or not any(staging.glob("neo4j-*.jar")):
        raise Neo4jError(
            f"Maven could not fetch Neo4j {version} (exit {rc}); check the network or "
            f"~/.m2/settings.xml, then run `policykg neo4j install` again. Last lines of "
            f"{log}:\n{tail(log)}"
        )
    shutil.rmtree(home / "lib", ignore_errors=True)
    staging.rename(home / "lib")


def _ensure_password(home: Path, wanted: str | None) -> str:
    """Store ``wanted`` (or keep the stored one, or make one up) in ``home/password``."""
    path = home / PASSWORD_FILE
    secret = wanted or _stored_password(home) or secrets.token_urlsafe(18)
    if len(secret) < MIN_PASSWORD_LENGTH:
        raise Neo4jError(
            f"the Neo4j password must have at least {MIN_PASSWORD_LENGTH} characters; set a "
            f"longer {ENV_LOCAL_PASSWORD}."
        )
    home.mkdir(parents=True, exist_ok=True)
    os.chmod(home, 0o700)  # the database, its auth.ini and logs are the owner's only
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secret + "\n")
    os.chmod(path, 0o600)  # also when the file existed with looser bits
    return secret


def _admin_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    return env


def _set_initial_password(home: Path, java: str, secret: str) -> None:
    """``neo4j-admin dbms set-initial-password``; takes effect at the first start.

    The password goes in an owner-only argument file (``@file``, which the tool's picocli
    reads), not on the command line where ``ps`` shows it; umask 077 keeps ``auth.ini`` private.
    """
    if "\n" in secret or "\r" in secret:
        raise Neo4jError(f"the Neo4j password must be one line; set another {ENV_LOCAL_PASSWORD}.")
    _write_conf(home, bolt_port=DEFAULT_BOLT_PORT)
    args = home / "run" / "initial-password.args"
    args.parent.mkdir(parents=True, exist_ok=True)
    args.unlink(missing_ok=True)
    with os.fdopen(os.open(args, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as fh:
        fh.write('"' + secret.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
    cmd = [java, "-cp", _classpath(home), ADMIN_TOOL, "dbms", "set-initial-password", f"@{args}"]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=home, env=_admin_env(home), umask=0o077)
    finally:
        args.unlink(missing_ok=True)
    if out.returncode != 0:
        raise Neo4jError(
            "could not set the initial Neo4j password: " + (out.stderr or out.stdout).strip().replace(secret, "***")
        )


# --------------------------------------------------------------------------- run


@dataclass(frozen=True)
class ServerStatus:
    home: Path
    installed: bool
    running: bool
    pid: int | None = None
    bolt_port: int | None = None
    version: str | None = None

    @property
    def uri(self) -> str | None:
        return f"bolt://{LOCAL_HOST}:{self.bolt_port}" if self.bolt_port else None

    def describe(self) -> str:
        if not self.installed:
            return f"Neo4j is not installed in {self.home}: run `policykg neo4j install`."
        if self.running:
            return (
                f"Neo4j {self.version} is running (pid {self.pid}) at {self.uri}, user "
                f"{DEFAULT_USER}, password in {self.home / PASSWORD_FILE}."
            )
        return f"Neo4j {self.version} is installed in {self.home} and stopped."


def status(home: Path | None = None) -> ServerStatus:
    """Whether the local server is installed and running (its pid is alive and is Neo4j)."""
    home = (default_home() if home is None else Path(home)).resolve()
    info = _read_json(home / INSTALL_FILE) or {}
    run = _read_run_file(home) or {}
    pid = _read_pid(home)
    running = pid is not None and _is_our_server(pid, home)
    return ServerStatus(
        home=home,
        installed=bool(info) and (home / "lib").is_dir(),
        running=running,
        pid=pid if running else None,
        bolt_port=int(run["bolt_port"]) if running and run.get("bolt_port") else None,
        version=info.get("version"),
    )


def start(
    home: Path | None = None,
    *,
    bolt_port: int | None = None,
    heap: str = DEFAULT_HEAP,
    pagecache: str = DEFAULT_PAGECACHE,
    timeout: float = DEFAULT_START_TIMEOUT,
    env: Mapping[str, str] | None = None,
) -> ServerStatus:
    """Start the local server in the background and wait until Bolt answers ``RETURN 1``.

    Returns at once when it is already running.  Faults (not installed, Java missing, port
    taken, start timeout with the log's tail) raise Neo4jError.
    """
    env = os.environ if env is None else env
    home = (default_home(env) if home is None else Path(home)).resolve()
    current = status(home)
    if not current.installed:
        raise Neo4jError(current.describe())
    if current.running:
        return current
    for name, size in (("--heap", heap), ("--pagecache", pagecache)):
        if not MEMORY_SIZE_RE.match(size):
            raise Neo4jError(f"{name} {size!r} is not a memory size; use e.g. 512m or 1g.")
    java = find_java(env)
    port = bolt_port or parse_port(env.get(ENV_BOLT_PORT) or DEFAULT_BOLT_PORT, what=ENV_BOLT_PORT)
    if port_in_use(port):
        raise Neo4jError(
            f"port {port} on {LOCAL_HOST} is already in use (another Neo4j or program). Stop "
            f"that program, or start on another port: `policykg neo4j start --bolt-port N` "
            f"(or set {ENV_BOLT_PORT})."
        )
    password = _stored_password(home)
    if password is None:
        raise Neo4jError(f"{home / PASSWORD_FILE} is missing: run `policykg neo4j install` again.")
    _write_conf(home, bolt_port=port, heap=heap, pagecache=pagecache)
    for sub in ("data", "logs", "run", "import"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    cmd = [
        java,
        f"-Xms{heap}",
        f"-Xmx{heap}",
        *JVM_FLAGS,
        "-cp",
        _classpath(home),
        ENTRY_POINT,
        f"--home-dir={home}",
        f"--config-dir={home / 'conf'}",
    ]
    console = home / CONSOLE_LOG
    offsets = {name: _size(home / name) for name in (NEO4J_LOG, CONSOLE_LOG)}
    offsets[CONSOLE_LOG] = 0  # truncated below
    pid = os.posix_spawn(
        cmd[0],
        cmd,
        _admin_env(home),
        file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, str(console), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_DUP2, 1, 2),
        ],
        setsid=True,  # its own session: it outlives this command and its terminal
    )
    (home / PID_FILE).write_text(f"{pid}\n", encoding="utf-8")
    _write_json(home / RUN_FILE, {"pid": pid, "bolt_port": port})
    settings = Neo4jSettings(f"bolt://{LOCAL_HOST}:{port}", DEFAULT_USER, password)
    _wait_for_bolt(pid, settings, home, timeout, offsets)
    return status(home)


def _wait_for_bolt(pid: int, settings: Neo4jSettings, home: Path, timeout: float, offsets: dict[str, int]) -> None:
    deadline = time.monotonic() + timeout
    while True:
        code = _exit_code(pid)
        if code is not None:
            _forget_run(home)
            raise Neo4jError(
                f"Neo4j exited during start (code {code}). Last lines of its logs:\n" + _log_tails(home, offsets)
            )
        try:
            open_driver(settings, timeout=5).close()
            return
        except Neo4jError as exc:
            if "wrong password" in str(exc):
                _terminate(pid, 30)
                _forget_run(home)
                raise Neo4jError(
                    f"Neo4j in {home} started but refuses the password in "
                    f"{home / PASSWORD_FILE} (its data was made with another one). Remove "
                    f"{home / 'data'} (this deletes the local database) and run "
                    f"`policykg neo4j install` again."
                ) from None
        if time.monotonic() > deadline:
            _terminate(pid, 30)
            _forget_run(home)
            raise Neo4jError(
                f"Neo4j did not answer on {settings.uri} within {timeout:.0f} s (stopped it). "
                f"Try a longer --timeout. Last lines of its logs:\n" + _log_tails(home, offsets)
            )
        time.sleep(0.5)


def _exit_code(pid: int) -> int | None:
    """Exit code of our child ``pid`` once it has exited (reaping it), else None."""
    try:
        done, wait_status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:  # not our child (or already reaped)
        return None if _alive(pid) else -1
    return os.waitstatus_to_exitcode(wait_status) if done else None


def stop(home: Path | None = None, *, timeout: float = DEFAULT_STOP_TIMEOUT) -> bool:
    """Stop the local server cleanly (SIGTERM; SIGKILL after ``timeout``).

    Returns False when it was not running.
    """
    home = (default_home() if home is None else Path(home)).resolve()
    pid = _read_pid(home)
    if pid is None or not _is_our_server(pid, home):
        _forget_run(home)
        return False
    _terminate(pid, timeout)
    _forget_run(home)
    return True


def _terminate(pid: int, timeout: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    while _alive(pid):
        time.sleep(0.1)


# --------------------------------------------------------------------------- files


def _classpath(home: Path) -> str:
    return str(home / "lib" / "*")


def _write_conf(home: Path, **kwargs) -> None:
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").write_text(render_conf(**kwargs), encoding="utf-8")


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _read_run_file(home: Path) -> dict | None:
    return _read_json(home / RUN_FILE)


def _read_pid(home: Path) -> int | None:
    try:
        return int((home / PID_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def _forget_run(home: Path) -> None:
    (home / PID_FILE).unlink(missing_ok=True)
    (home / RUN_FILE).unlink(missing_ok=True)


def _alive(pid) -> bool:
    if not pid:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # reap it if it is our own child that has exited
        if os.waitpid(int(pid), os.WNOHANG)[0]:
            return False
    except ChildProcessError:
        pass
    # A zombie (a child of someone else, not yet reaped) counts as gone.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_our_server(pid: int, home: Path) -> bool:
    """``pid`` is alive and is the Neo4j of ``home`` (pids get reused)."""
    if not _alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: trust the pid file
    args = [a.decode(errors="replace") for a in cmdline]
    return ENTRY_POINT in args and f"--home-dir={home}" in args


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _log_tails(home: Path, offsets: Mapping[str, int] | None = None, lines: int = 20) -> str:
    """The last lines each log got since ``offsets`` (bytes per log name)."""
    parts = []
    for name in (NEO4J_LOG, CONSOLE_LOG):
        try:
            with open(home / name, "rb") as fh:
                fh.seek((offsets or {}).get(name, 0))
                text = fh.read().decode("utf-8", errors="replace")
        except OSError:
            continue
        if text.strip():
            parts.append(f"--- {home / name}\n" + "\n".join(text.splitlines()[-lines:]))
    return "\n".join(parts) or "(the logs are empty)"
