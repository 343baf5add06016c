"""The local Neo4j install's folder (``.neo4j/``) and the state files in it.

Both sides read these files: a client (:mod:`policykg.neo4j.connection`) for the password and
the Bolt port of the running local server, the process manager (:mod:`policykg.neo4j.server`)
to install, start and stop it.  Keeping them here lets the client side work without importing
the process manager.

``.neo4j/`` holds ``pom.xml``, ``lib/``, ``conf/neo4j.conf``, ``data/``, ``logs/``, ``run/``
(pid and port), ``install.json`` and ``password`` (mode 0600).

>>> default_home({"POLICYKG_NEO4J_HOME": "/srv/neo4j"}).as_posix()
'/srv/neo4j'
>>> parse_port(" 7700 ")
7700
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from policykg.errors import Neo4jError

__all__ = [
    "DEFAULT_BOLT_PORT",
    "DEFAULT_HTTP_PORT",
    "ENV_BOLT_PORT",
    "ENV_HTTP_PORT",
    "ENV_HOME",
    "ENV_LOCAL_PASSWORD",
    "LOCAL_HOST",
    "PASSWORD_FILE",
    "bolt_port",
    "default_home",
    "parse_port",
    "pid_alive",
    "stored_password",
]

DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474  # Neo4j Browser, served by the same server
LOCAL_HOST = "127.0.0.1"

# Environment variables of the project's local server.
ENV_LOCAL_PASSWORD = "POLICYKG_NEO4J_PASSWORD"
ENV_BOLT_PORT = "POLICYKG_NEO4J_BOLT_PORT"
ENV_HTTP_PORT = "POLICYKG_NEO4J_HTTP_PORT"
ENV_HOME = "POLICYKG_NEO4J_HOME"

HOME_DIRNAME = ".neo4j"
PASSWORD_FILE = "password"
INSTALL_FILE = "install.json"  # written last: its presence means "installed"
PID_FILE = "run/neo4j.pid"
RUN_FILE = "run/neo4j.json"  # ports and pid of the running server
CONSOLE_LOG = "logs/console.log"
NEO4J_LOG = "logs/neo4j.log"


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
    run = read_run_file(default_home(env) if home is None else home)
    if run and pid_alive(run.get("pid")):
        return int(run["bolt_port"])
    return DEFAULT_BOLT_PORT


def stored_password(home: Path) -> str | None:
    """The password kept in ``home/password``, or None when there is none."""
    path = home / PASSWORD_FILE
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise Neo4jError(f"cannot read the Neo4j password file {path}: {exc.strerror}.") from None


def read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def read_run_file(home: Path) -> dict | None:
    return read_json(home / RUN_FILE)


def read_pid(home: Path) -> int | None:
    try:
        return int((home / PID_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def forget_run(home: Path) -> None:
    (home / PID_FILE).unlink(missing_ok=True)
    (home / RUN_FILE).unlink(missing_ok=True)


def pid_alive(pid) -> bool:
    """True while process ``pid`` runs (reaps it when it is our own exited child)."""
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
