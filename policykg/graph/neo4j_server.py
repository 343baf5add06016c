"""Where Neo4j is and how to reach it; later also the project's own local server.

Connection settings come, in this order, from explicit arguments (CLI flags), the
environment (``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) and
the local install's defaults (``bolt://127.0.0.1:7687``, user ``neo4j``, the password
kept in ``.neo4j/password`` or given by ``POLICYKG_NEO4J_PASSWORD``).

>>> s = connection_settings(uri="bolt://db.example:7687", user="alice", password="pw")
>>> s.uri, s.user, s.database
('bolt://db.example:7687', 'alice', 'neo4j')
>>> "pw" in repr(s)
False
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from policykg.errors import Neo4jError

__all__ = [
    "Neo4jSettings",
    "connection_settings",
    "open_driver",
    "default_home",
    "DEFAULT_BOLT_PORT",
    "DEFAULT_USER",
    "DEFAULT_DATABASE",
]

DEFAULT_BOLT_PORT = 7687
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
LOCAL_HOST = "127.0.0.1"

# Environment variables, user-facing (a researcher's own server) ...
ENV_URI = "NEO4J_URI"
ENV_USER = "NEO4J_USER"
ENV_PASSWORD = "NEO4J_PASSWORD"
ENV_DATABASE = "NEO4J_DATABASE"
# ... and the project's local server.
ENV_LOCAL_PASSWORD = "POLICYKG_NEO4J_PASSWORD"
ENV_BOLT_PORT = "POLICYKG_NEO4J_BOLT_PORT"
ENV_HOME = "POLICYKG_NEO4J_HOME"

PASSWORD_FILE = "password"
HOME_DIRNAME = ".neo4j"


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


def _bolt_port(env: Mapping[str, str]) -> int:
    raw = env.get(ENV_BOLT_PORT, "").strip()
    if not raw:
        return DEFAULT_BOLT_PORT
    try:
        port = int(raw)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise Neo4jError(f"{ENV_BOLT_PORT}={raw!r} is not a port number (1-65535).")
    return port


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
    """
    env = os.environ if env is None else env
    home = default_home(env) if home is None else home
    uri = uri or env.get(ENV_URI) or f"bolt://{LOCAL_HOST}:{_bolt_port(env)}"
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
    """A ``neo4j.Driver`` whose connection and credentials have been verified.

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
            f"{settings.uri!r} is not a Neo4j URI ({exc}); use e.g. bolt://127.0.0.1:7687 "
            f"or neo4j://host:7687."
        ) from None
    try:
        with driver.session(database=settings.database) as session:
            session.run("RETURN 1").consume()
    except ne.AuthError:
        driver.close()
        raise Neo4jError(
            f"Neo4j at {settings.uri} refused user {settings.user!r}: wrong password. Set "
            f"{ENV_PASSWORD} to that server's password (the local server's is in "
            f".neo4j/{PASSWORD_FILE} or {ENV_LOCAL_PASSWORD})."
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
