"""Shared fixtures: the sample corpus built once (``corpus_graph``, ``sample_build``), the real Neo4j server.

Plain builders (graphs, files, publications) are in factories.py; fixtures used by one test file
stay in that file.  Tests that speak Cypher use ``neo4j_driver`` (the real server).

scripts/test.sh installs and starts the local Neo4j and exports POLICYKG_REQUIRE_NEO4J=1;
in CI (CI=true) or with that variable an unreachable server FAILS the tests that need it.
Only in a developer's ad-hoc run (``python3 -m pytest``) do they skip, saying why.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg import build_graph
from policykg.cli import main
from policykg.errors import Neo4jError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def corpus_graph():
    """The sample corpus data/corpus built in memory, valid as of 2025-06-30 (read-only: shared)."""
    return build_graph([ROOT / "data" / "corpus"], as_of="2025-06-30", jobs=1)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """`policykg build data/corpus` (with its site) into a temporary folder."""
    out = tmp_path_factory.mktemp("sample-build")
    with contextlib.chdir(out):  # the build remembers itself in the working folder: not the repository's
        res = CliRunner().invoke(main, ["build", str(ROOT / "data" / "corpus"), "--out", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    return out


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
def neo4j_unavailable():
    """``neo4j_unavailable(reason)``: fail (CI, scripts/test.sh) or skip (an ad-hoc run) the test."""
    return _unavailable


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
