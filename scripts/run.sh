#!/usr/bin/env bash
# Set up and run the main job: build the policy graph of data/corpus/ into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/policykg build data/corpus --out out "$@"
