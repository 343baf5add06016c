"""The project's own local Neo4j server: install, start, stop, status.

Neo4j Community 5.26 LTS and Neo4j Browser are resolved from Maven Central by ``mvn`` into
``.neo4j/lib`` (Maven's ``~/.m2`` cache is reused) and run with the server's own entry point
``org.neo4j.server.CommunityEntryPoint``, listening on 127.0.0.1 only, authentication on: Bolt,
and HTTP for the Browser alone.  What the Browser shows for this graph (style, guide) is
:mod:`policykg.neo4j.browser`.  The folder and its state files are :mod:`policykg.neo4j.home`;
reaching a server (this one or any other) is :mod:`policykg.neo4j.connection`.

>>> "server.bolt.listen_address=127.0.0.1:7999" in render_conf(bolt_port=7999)
True
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import Neo4jError
from policykg.neo4j import browser
from policykg.neo4j.connection import DEFAULT_USER, Neo4jSettings, open_driver
from policykg.neo4j.home import (
    CONSOLE_LOG,
    DEFAULT_BOLT_PORT,
    DEFAULT_HTTP_PORT,
    ENV_BOLT_PORT,
    ENV_HTTP_PORT,
    ENV_LOCAL_PASSWORD,
    INSTALL_FILE,
    LOCAL_HOST,
    NEO4J_LOG,
    PASSWORD_FILE,
    PID_FILE,
    RUN_FILE,
    default_home,
    forget_run,
    parse_port,
    pid_alive,
    read_json,
    read_pid,
    read_run_file,
    stored_password,
    write_json,
)

__all__ = [
    "DEFAULT_HEAP",
    "DEFAULT_PAGECACHE",
    "DEFAULT_START_TIMEOUT",
    "DEFAULT_STOP_TIMEOUT",
    "NEO4J_BROWSER_VERSION",
    "NEO4J_VERSION",
    "InstallResult",
    "ServerStatus",
    "find_java",
    "find_mvn",
    "install",
    "is_installed",
    "render_conf",
    "render_pom",
    "start",
    "status",
    "stop",
]

# Neo4j Community 5.26 LTS: the last line that runs on Java 17 (2025.x needs Java 21).
NEO4J_VERSION = "5.26.30"
# Neo4j Browser (org.neo4j.client:neo4j-browser): its jar on the classpath makes the server answer /browser/.
NEO4J_BROWSER_VERSION = "5.24.0"
MIN_JAVA = 17
DEPENDENCY_PLUGIN = "3.8.1"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

DEFAULT_HEAP = "1g"
DEFAULT_PAGECACHE = "512m"
DEFAULT_START_TIMEOUT = 120.0
DEFAULT_STOP_TIMEOUT = 60.0
MIN_PASSWORD_LENGTH = 8  # Neo4j 5's dbms.security.auth_minimum_password_length

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


# --------------------------------------------------------------------------- pure renderers


def render_pom(version: str = NEO4J_VERSION, browser_version: str = NEO4J_BROWSER_VERSION) -> str:
    """The Maven project whose runtime dependencies are the Neo4j server's jars.

    ``org.neo4j:neo4j`` holds ``CommunityEntryPoint`` and pulls in the server, Bolt,
    Cypher and the admin tool; ``org.neo4j.client:neo4j-browser`` is the Browser's static files.

    >>> pom = render_pom("5.26.30", "5.24.0")
    >>> "<version>5.26.30</version>" in pom, "<artifactId>neo4j-browser</artifactId>" in pom
    (True, True)
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
    <dependency>
      <groupId>org.neo4j.client</groupId>
      <artifactId>neo4j-browser</artifactId>
      <version>{browser_version}</version>
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
    http_port: int | None = None,
    heap: str = DEFAULT_HEAP,
    pagecache: str = DEFAULT_PAGECACHE,
) -> str:
    """A minimal ``neo4j.conf``: loopback only, Bolt on ``bolt_port``, auth on; HTTP on
    ``http_port`` for Neo4j Browser alone (off when None), HTTPS off.

    Neo4j validates the file strictly, so it holds only keys Neo4j 5.26 knows.

    >>> conf = render_conf(bolt_port=7999)
    >>> "server.bolt.listen_address=127.0.0.1:7999" in conf, "server.http.enabled=false" in conf
    (True, True)
    >>> "server.http.listen_address=127.0.0.1:7475" in render_conf(http_port=7475)
    True
    """
    return f"""# Written by `policykg neo4j start`; rewritten at every start.
server.default_listen_address={LOCAL_HOST}
server.default_advertised_address={LOCAL_HOST}
server.bolt.enabled=true
server.bolt.listen_address={LOCAL_HOST}:{bolt_port}
server.bolt.advertised_address={LOCAL_HOST}:{bolt_port}
{_http_conf(http_port)}server.https.enabled=false
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


# The Content-Security-Policy of the Browser's page (Neo4j's default also allows analytics and
# font hosts); the page itself and this machine's Bolt and HTTP ports only.
BROWSER_CSP = (
    "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "font-src 'self' data:; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; "
    f"connect-src 'self' ws://{LOCAL_HOST}:* ws://localhost:* http://{LOCAL_HOST}:* http://localhost:*"
)


def _http_conf(http_port: int | None) -> str:
    """The HTTP lines of neo4j.conf: off, or on for the Browser's files only (no HTTP Cypher API)."""
    if http_port is None:
        return "server.http.enabled=false\n"
    return f"""server.http.enabled=true
server.http.listen_address={LOCAL_HOST}:{http_port}
server.http.advertised_address={LOCAL_HOST}:{http_port}
# HTTP serves Neo4j Browser alone; queries go over Bolt, with the password.
server.http_enabled_modules=BROWSER
# The Browser sends no usage data and loads nothing from other hosts (no fonts, scripts or
# analytics): scripts, styles and fonts from this server only; queries over Bolt (ws://) to this host.
client.allow_telemetry=false
dbms.security.http_static_content_security_policy_header={BROWSER_CSP}
{browser.browser_conf(http_port)}"""


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
    """True when something listens on ``host:port`` (it accepts a connection) or holds it bound.

    A port left in TIME_WAIT by a server that has just died is free: the bind test reuses the
    address as the JVM does for Neo4j's socket, so a start right after a crash is not told "port in use".
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        if sock.connect_ex((host, port)) == 0:
            return True
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As the server binds: closed connections lingering in TIME_WAIT do not hold the port.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
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
    """``home`` holds this version of Neo4j and of Neo4j Browser (an older install lacks the Browser)."""
    info = read_json(home / INSTALL_FILE)
    return (
        bool(info)
        and info.get("version") == version
        and info.get("browser_version") == NEO4J_BROWSER_VERSION
        and (home / "lib").is_dir()
    )


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
    _settle_password(home, java, password or env.get(ENV_LOCAL_PASSWORD))
    jars = len(list((home / "lib").glob("*.jar")))
    write_json(home / INSTALL_FILE, {"version": version, "browser_version": NEO4J_BROWSER_VERSION, "jars": jars})
    return InstallResult(
        home=home,
        version=version,
        jars=jars,
        downloaded=downloaded,
        seconds=time.monotonic() - began,
        password_file=home / PASSWORD_FILE,
    )


def _settle_password(home: Path, java: str, wanted: str | None) -> None:
    """Keep (or make up) the password and, on a database not yet created, set it as the initial one."""
    initialised = (home / "data" / "databases").exists()
    stored = stored_password(home)
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
    secret = wanted or stored_password(home) or secrets.token_urlsafe(18)
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
        # "--" ends the options: a password starting with "-" (one token_urlsafe in 64) is no option
        fh.write('--\n"' + secret.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
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
    http_port: int | None = None  # None: HTTP off (no Browser)

    @property
    def uri(self) -> str | None:
        return f"bolt://{LOCAL_HOST}:{self.bolt_port}" if self.bolt_port else None

    @property
    def browser_url(self) -> str | None:
        """Where Neo4j Browser answers, its connect form filled with this server's Bolt address."""
        if not (self.http_port and self.bolt_port):
            return None
        return browser.browser_url(self.http_port, self.bolt_port)

    def to_json(self) -> dict:
        """The status as ``policykg neo4j status --json`` prints it."""
        return {
            "home": str(self.home),
            "installed": self.installed,
            "running": self.running,
            "pid": self.pid,
            "bolt_port": self.bolt_port,
            "uri": self.uri,
            "version": self.version,
            "http_port": self.http_port,
            "browser": self.browser_url,
        }

    def describe(self) -> str:
        if not self.installed:
            return f"Neo4j is not installed in {self.home}: run `policykg neo4j install`."
        if self.running:
            where = f" Neo4j Browser: {self.browser_url}" if self.browser_url else ""
            return (
                f"Neo4j {self.version} is running (pid {self.pid}) at {self.uri}, user "
                f"{DEFAULT_USER}, password in {self.home / PASSWORD_FILE}.{where}"
            )
        return f"Neo4j {self.version} is installed in {self.home} and stopped."


def status(home: Path | None = None) -> ServerStatus:
    """Whether the local server is installed and running (its pid is alive and is Neo4j)."""
    home = (default_home() if home is None else Path(home)).resolve()
    info = read_json(home / INSTALL_FILE) or {}
    run = read_run_file(home) or {}
    pid = read_pid(home)
    running = pid is not None and _is_our_server(pid, home)
    return ServerStatus(
        home=home,
        installed=bool(info) and (home / "lib").is_dir(),
        running=running,
        pid=pid if running else None,
        bolt_port=int(run["bolt_port"]) if running and run.get("bolt_port") else None,
        version=info.get("version"),
        http_port=int(run["http_port"]) if running and run.get("http_port") else None,
    )


def start(
    home: Path | None = None,
    *,
    bolt_port: int | None = None,
    http_port: int | None = None,
    with_browser: bool = True,
    heap: str = DEFAULT_HEAP,
    pagecache: str = DEFAULT_PAGECACHE,
    timeout: float = DEFAULT_START_TIMEOUT,
    env: Mapping[str, str] | None = None,
) -> ServerStatus:
    """Start the local server in the background and wait until Bolt answers ``RETURN 1``.

    Neo4j Browser answers on ``http_port`` (else ``$POLICYKG_NEO4J_HTTP_PORT``, else 7474)
    unless ``with_browser`` is False.  Returns at once when it is already running.  Faults (not
    installed, Java missing, port taken, start timeout with the log's tail) raise Neo4jError.
    """
    env = os.environ if env is None else env
    home = (default_home(env) if home is None else Path(home)).resolve()
    current = status(home)
    if not current.installed:
        raise Neo4jError(current.describe())
    if current.running:
        return current
    forget_run(home)  # a pid and run file left by a crash name a dead process: not a server to reach
    for name, size in (("--heap", heap), ("--pagecache", pagecache)):
        if not MEMORY_SIZE_RE.match(size):
            raise Neo4jError(f"{name} {size!r} is not a memory size; use e.g. 512m or 1g.")
    java = find_java(env)
    port = bolt_port or parse_port(env.get(ENV_BOLT_PORT) or DEFAULT_BOLT_PORT, what=ENV_BOLT_PORT)
    web = (
        (http_port or parse_port(env.get(ENV_HTTP_PORT) or DEFAULT_HTTP_PORT, what=ENV_HTTP_PORT))
        if with_browser
        else None
    )
    _check_ports_free(port, web)
    password = stored_password(home)
    if password is None:
        raise Neo4jError(f"{home / PASSWORD_FILE} is missing: run `policykg neo4j install` again.")
    _write_conf(home, bolt_port=port, http_port=web, heap=heap, pagecache=pagecache)
    if web is not None:
        browser.install_browser_files(home / "lib", web)
    offsets = {name: _size(home / name) for name in (NEO4J_LOG, CONSOLE_LOG)}
    offsets[CONSOLE_LOG] = 0  # _spawn truncates it
    pid = _spawn(home, java, heap)
    write_json(home / RUN_FILE, {"pid": pid, "bolt_port": port, "http_port": web})
    settings = Neo4jSettings(f"bolt://{LOCAL_HOST}:{port}", DEFAULT_USER, password)
    _wait_for_bolt(pid, settings, home, timeout, offsets)
    return status(home)


def _check_ports_free(bolt_port: int, http_port: int | None) -> None:
    """A Neo4jError naming the option to change when the Bolt or the HTTP port is taken."""
    for port, option, variable in (
        (bolt_port, "--bolt-port", ENV_BOLT_PORT),
        (http_port, "--http-port", ENV_HTTP_PORT),
    ):
        if port is not None and port_in_use(port):
            raise Neo4jError(
                f"port {port} on {LOCAL_HOST} is already in use (another Neo4j or program). Stop "
                f"that program, or start on another port: `policykg neo4j start {option} N` "
                f"(or set {variable})."
            )
    if bolt_port == http_port:
        raise Neo4jError(f"Bolt and HTTP cannot share port {bolt_port}; give --http-port another one.")


def _spawn(home: Path, java: str, heap: str) -> int:
    """Launch the JVM of ``home``'s server detached, output to its console log; record and return its pid."""
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
    pid = os.posix_spawn(
        cmd[0],
        cmd,
        _admin_env(home),
        file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, str(home / CONSOLE_LOG), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_DUP2, 1, 2),
        ],
        setsid=True,  # its own session: it outlives this command and its terminal
    )
    (home / PID_FILE).write_text(f"{pid}\n", encoding="utf-8")
    return pid


def _wait_for_bolt(pid: int, settings: Neo4jSettings, home: Path, timeout: float, offsets: dict[str, int]) -> None:
    deadline = time.monotonic() + timeout
    while True:
        code = _exit_code(pid)
        if code is not None:
            forget_run(home)
            raise Neo4jError(
                f"Neo4j exited during start (code {code}). Last lines of its logs:\n" + _log_tails(home, offsets)
            )
        try:
            open_driver(settings, timeout=5).close()
            return
        except Neo4jError as exc:
            if "wrong password" in str(exc):
                _terminate(pid, 30)
                forget_run(home)
                raise Neo4jError(
                    f"Neo4j in {home} started but refuses the password in "
                    f"{home / PASSWORD_FILE} (its data was made with another one). Remove "
                    f"{home / 'data'} (this deletes the local database) and run "
                    f"`policykg neo4j install` again."
                ) from None
        if time.monotonic() > deadline:
            _terminate(pid, 30)
            forget_run(home)
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
        return None if pid_alive(pid) else -1
    return os.waitstatus_to_exitcode(wait_status) if done else None


def stop(home: Path | None = None, *, timeout: float = DEFAULT_STOP_TIMEOUT) -> bool:
    """Stop the local server cleanly (SIGTERM; SIGKILL after ``timeout``).

    Returns False when it was not running.
    """
    home = (default_home() if home is None else Path(home)).resolve()
    pid = read_pid(home)
    if pid is None or not _is_our_server(pid, home):
        forget_run(home)
        return False
    _terminate(pid, timeout)
    forget_run(home)
    return True


def _terminate(pid: int, timeout: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    while pid_alive(pid):
        time.sleep(0.1)


# --------------------------------------------------------------------------- files


def _classpath(home: Path) -> str:
    return str(home / "lib" / "*")


def _write_conf(home: Path, **kwargs) -> None:
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").write_text(render_conf(**kwargs), encoding="utf-8")


def _is_our_server(pid: int, home: Path) -> bool:
    """``pid`` is alive and is the Neo4j of ``home`` (pids get reused)."""
    if not pid_alive(pid):
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
