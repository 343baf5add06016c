#!/usr/bin/env bash
# Set up and run the whole test suite (installs Python packages, Chromium, Neo4j; starts and stops Neo4j).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q "$@"
