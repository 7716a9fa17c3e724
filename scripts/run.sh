#!/usr/bin/env bash
# Sets up the machine, builds, and runs the main job: the desktop app against a demo portal
# that runs inside it (a sample order, and a folder of sample artwork to drop on it).
#   scripts/run.sh             the window (on a machine without a display: a screenshot of it)
#   scripts/run.sh --check     the command-line validation report of the sample folder instead
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh normal

if [ "${1:-}" = "--check" ]; then
    samples=build/sample-artwork
    ./build/app/artwork-portal-cli make-samples "$samples" >/dev/null
    ./build/app/artwork-portal-cli validate "$samples" || true
    exit 0
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec ./build/app/artwork-portal --demo
fi
# No display: run the window on a virtual one and keep a picture of it.
shot=build/demo-window.png
xvfb-run -a ./build/app/artwork-portal --demo --screenshot "$shot"
echo "No display here: the demo window was drawn on a virtual screen and saved to $shot"
