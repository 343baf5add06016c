"""Shared fixtures.  Tests that speak Cypher use ``neo4j_driver`` (the real server).

scripts/test.sh installs and starts the local Neo4j and exports POLICYKG_REQUIRE_NEO4J=1;
in CI (CI=true) or with that variable an unreachable server FAILS the tests that need it.
Only in a developer's ad-hoc run (``python3 -m pytest``) do they skip, saying why.
"""

from __future__ import annotations

import os

import pytest

from policykg.errors import Neo4jError


def neo4j_required() -> bool:
    """True in CI and under scripts/test.sh: a missing server is a failure, not a skip."""
    truthy = {"1", "true", "yes"}
    return (
        os.environ.get("CI", "").strip().lower() in truthy
        or os.environ.get("POLICYKG_REQUIRE_NEO4J", "").strip().lower() in truthy
    )


def _unavailable(reason: str):
    if neo4j_required():
        pytest.fail(f"Neo4j is required here (CI / POLICYKG_REQUIRE_NEO4J) but: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j for this ad-hoc run ({reason}); `policykg neo4j start` or scripts/test.sh")


@pytest.fixture(scope="session")
def neo4j_settings():
    """Neo4jSettings of the server under test (flags none; env NEO4J_*; else the local install)."""
    from policykg.neo4j.connection import connection_settings

    try:
        return connection_settings()
    except Neo4jError as exc:
        _unavailable(str(exc))


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings):
    """A verified ``neo4j`` driver to the real server, shared by the whole session."""
    from policykg.neo4j.connection import open_driver

    try:
        driver = open_driver(neo4j_settings)
    except Neo4jError as exc:
        _unavailable(str(exc))
    yield driver
    driver.close()
