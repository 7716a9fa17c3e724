#!/usr/bin/env bash
# Sets up the machine, builds, and runs every test: once with a normal build, once with
# AddressSanitizer + UndefinedBehaviorSanitizer (clang), including a bounded fuzz run.
#   scripts/test.sh            both flavours
#   scripts/test.sh normal     the normal build only
#   scripts/test.sh sanitize   the sanitizer build only
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

flavours=("${@:-normal sanitize}")
read -r -a flavours <<<"${flavours[*]}"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp

for flavour in "${flavours[@]}"; do
    echo "== build ($flavour)"
    bash scripts/build.sh "$flavour"
    dir=build
    [ "$flavour" = sanitize ] && dir=build-sanitize
    echo "== tests ($flavour)"
    ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
done
