#!/usr/bin/env bash
# Set up and run the whole test suite: Python packages (.venv), the linter and formatter (ruff),
# Chromium for the browser tests, and a real Neo4j (installed with Maven into .neo4j/, started for
# the run, stopped on exit).  Exits non-zero on a ruff violation, else with pytest's exit code
# (the package's doctests included).  Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
PK=.venv/bin/policykg

# Lint and format before anything is installed or started: a violation fails the run at once.
.venv/bin/ruff check .
.venv/bin/ruff format --check .

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  [ "$apt_updated" -eq 1 ] || { as_root apt-get update -q; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# Chromium (and a CJK font) for the browser tests of the viz pages.
if [ -f scripts/install-browser.sh ]; then
  bash scripts/install-browser.sh
elif [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi

# Java 17 and Maven for Neo4j: on the project's machines already; installed when missing.
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

# Neo4j: reuse this checkout's server when it already runs (and then leave it running);
# otherwise install (fast when done before; Maven reuses ~/.m2), start, and stop on exit.
started=0
cleanup() {
  if [ "$started" -eq 1 ]; then
    "$PK" neo4j stop || true
  fi
}
trap cleanup EXIT

if "$PK" neo4j status >/dev/null; then
  port=$("$PK" neo4j status --json | .venv/bin/python -c 'import json,sys; print(json.load(sys.stdin)["bolt_port"])')
  echo "Neo4j of this checkout is already running on port $port; using it (left running)."
else
  "$PK" neo4j install
  # 7687 (Bolt) and 7474 (HTTP, Neo4j Browser) unless POLICYKG_NEO4J_BOLT_PORT / _HTTP_PORT say
  # otherwise; if another program holds one, a free port.
  free_port() { .venv/bin/python - "$1" <<'PY'
import socket, sys
def free(p):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", p)); return True
        except OSError:
            return False
wanted = int(sys.argv[1])
if free(wanted):
    print(wanted)
else:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])
PY
  }
  port=${POLICYKG_NEO4J_BOLT_PORT:-$(free_port 7687)}
  http_port=${POLICYKG_NEO4J_HTTP_PORT:-$(free_port 7474)}
  started=1
  "$PK" neo4j start --bolt-port "$port" --http-port "$http_port"
fi

export POLICYKG_TEST_NEO4J=1 POLICYKG_REQUIRE_NEO4J=1
export POLICYKG_NEO4J_BOLT_PORT="$port"
export NEO4J_URI="bolt://127.0.0.1:$port" NEO4J_USER=neo4j NEO4J_DATABASE=neo4j
NEO4J_PASSWORD="${POLICYKG_NEO4J_PASSWORD:-$(cat "${POLICYKG_NEO4J_HOME:-.neo4j}/password")}"
export NEO4J_PASSWORD

set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
set -e
exit "$rc"
