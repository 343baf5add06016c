"""Where Neo4j is and how to reach it: what every client of the database imports.

:func:`connection_settings` reads, in this order, explicit arguments (CLI flags), the
environment (``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) and the
local install's defaults (``bolt://127.0.0.1:7687``, user ``neo4j``, the password given by
``POLICYKG_NEO4J_PASSWORD`` or kept in ``.neo4j/password``).  The local server's password is
sent only to the local server (a loopback address on its Bolt port): another server without
``--password`` or ``NEO4J_PASSWORD`` is an error, not a guess.  :func:`open_driver` returns a
verified driver or raises :class:`~policykg.errors.Neo4jError` with a message that says what to do.

The local server itself (install, start, stop) is :mod:`policykg.neo4j.server`.

>>> s = connection_settings(uri="bolt://db.example:7687", user="alice", password="pw")
>>> s.uri, s.user, s.database
('bolt://db.example:7687', 'alice', 'neo4j')
>>> "pw" in repr(s)
False
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from policykg.errors import Neo4jError
from policykg.neo4j.home import (
    DEFAULT_BOLT_PORT,
    ENV_LOCAL_PASSWORD,
    LOCAL_HOST,
    PASSWORD_FILE,
    bolt_port,
    default_home,
    stored_password,
)

if TYPE_CHECKING:
    import neo4j

__all__ = [
    "DEFAULT_DATABASE",
    "DEFAULT_USER",
    "ENV_DATABASE",
    "ENV_PASSWORD",
    "ENV_URI",
    "ENV_USER",
    "Neo4jSettings",
    "check_uri",
    "connection_settings",
    "is_local_server",
    "open_driver",
]

DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"

# Environment variables for a researcher's own server.
ENV_URI = "NEO4J_URI"
ENV_USER = "NEO4J_USER"
ENV_PASSWORD = "NEO4J_PASSWORD"
ENV_DATABASE = "NEO4J_DATABASE"

# URI schemes of the Bolt protocol (the driver also takes http://, for a protocol the server does not speak here).
BOLT_SCHEMES = frozenset({"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"})
# Names of this machine: the local server's password may go to these, on its port, and nowhere else.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


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
    local_port = bolt_port(env, home)
    uri = check_uri(uri or env.get(ENV_URI) or f"bolt://{LOCAL_HOST}:{local_port}")
    user = user or env.get(ENV_USER) or DEFAULT_USER
    database = database or env.get(ENV_DATABASE) or DEFAULT_DATABASE
    if password is None:
        password = env.get(ENV_PASSWORD)
    if password is None and not is_local_server(uri, local_port):
        # the local server's password is a secret of this machine: never offered to another server
        raise Neo4jError(
            f"no password for {uri}: give --password or set {ENV_PASSWORD} (the local server's "
            f"password is sent only to bolt://{LOCAL_HOST}:{local_port})."
        )
    if password is None:
        password = env.get(ENV_LOCAL_PASSWORD) or stored_password(home)
    if password is None:
        raise Neo4jError(
            f"no Neo4j password: set {ENV_PASSWORD} (your own server), or run "
            f"`policykg neo4j install` to install the local server (its password is kept in "
            f"{home / PASSWORD_FILE})."
        )
    return Neo4jSettings(uri=uri, user=user, password=password, database=database)


def check_uri(uri: str) -> str:
    """``uri`` when it names a Neo4j server over Bolt, else :class:`Neo4jError` saying what to give.

    >>> check_uri("neo4j+s://db.example:7687")
    'neo4j+s://db.example:7687'
    >>> check_uri("http://127.0.0.1:7474")
    Traceback (most recent call last):
    ...
    policykg.errors.Neo4jError: http://127.0.0.1:7474 is not a Neo4j URI: the database speaks Bolt, give bolt://host:7687 or neo4j://host:7687 (http:// is Neo4j Browser's port)
    """
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 — parses the port, raising ValueError when it is not one
    except ValueError as exc:
        raise Neo4jError(f"{uri} is not a Neo4j URI ({exc}); give e.g. bolt://127.0.0.1:7687") from None
    if parts.scheme.lower() not in BOLT_SCHEMES:
        why = " (http:// is Neo4j Browser's port)" if parts.scheme.startswith("http") else ""
        raise Neo4jError(
            f"{uri} is not a Neo4j URI: the database speaks Bolt, give bolt://host:7687 or neo4j://host:7687{why}"
        )
    if not parts.hostname:
        raise Neo4jError(f"{uri} is not a Neo4j URI (no host); give e.g. bolt://127.0.0.1:7687")
    return uri


def is_local_server(uri: str, local_port: int) -> bool:
    """Whether ``uri`` is the local server: a loopback address on its Bolt port.

    >>> is_local_server("bolt://localhost:7687", 7687), is_local_server("bolt://db.example:7687", 7687)
    (True, False)
    >>> is_local_server("neo4j://127.0.0.1:7688", 7687)
    False
    """
    parts = urlsplit(uri)
    return (parts.hostname or "").lower() in LOOPBACK_HOSTS and (parts.port or DEFAULT_BOLT_PORT) == local_port


def open_driver(settings: Neo4jSettings, *, timeout: float = 10.0) -> neo4j.Driver:
    """A ``neo4j.Driver`` whose connection, credentials and database have been verified.

    The caller closes it (``with open_driver(s) as driver: ...``).  Errors become
    :class:`Neo4jError` with a message that says what to do.
    """
    check_uri(settings.uri)  # the driver would take http:// and fail later, on a module it lacks
    import neo4j  # here, not at the top: every command imports this module, few open a driver (1 s)
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
    except (ne.Neo4jError, ne.ServiceUnavailable, ne.SessionExpired, OSError) as exc:
        driver.close()
        raise _connect_error(settings, exc) from None
    return driver


def _connect_error(settings: Neo4jSettings, exc: Exception) -> Neo4jError:
    """What to tell the user when the first ``RETURN 1`` failed with ``exc``."""
    from neo4j import exceptions as ne

    if isinstance(exc, ne.AuthError):
        return Neo4jError(
            f"Neo4j at {settings.uri} refused user {settings.user!r}: wrong password (or the "
            f"account is locked for a few seconds after failed attempts). Set {ENV_PASSWORD} to "
            f"that server's password (the local server's is in .neo4j/{PASSWORD_FILE})."
        )
    if isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired, OSError)):
        return Neo4jError(
            f"Neo4j is not reachable at {settings.uri} ({_first_line(exc)}). Start the local "
            f"server with `policykg neo4j start`, or point {ENV_URI} at a running one."
        )
    if isinstance(exc, ne.ClientError):
        if "database" in (exc.message or "").lower():
            return Neo4jError(
                f"Neo4j at {settings.uri} has no database {settings.database!r}: set "
                f"{ENV_DATABASE} to one that exists (Community has only 'neo4j')."
            )
        return Neo4jError(f"Neo4j at {settings.uri} refused the connection: {exc.message}")
    return Neo4jError(f"Neo4j at {settings.uri} failed: {exc.message}")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0].rstrip(":. ")
