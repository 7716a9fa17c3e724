#!/usr/bin/env bash
# Sets up the machine, builds, and runs the main job: a validation report of the
# bundled sample folder (generated on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh normal
samples=build/sample-artwork
./build/app/artwork-portal-cli make-samples "$samples" >/dev/null
./build/app/artwork-portal-cli validate "$samples" "$@" || true
