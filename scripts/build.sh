#!/usr/bin/env bash
# Configures and builds one flavour of the project.
#   scripts/build.sh [normal|sanitize] [extra cmake args...]
# normal: gcc, RelWithDebInfo, in build/. sanitize: clang with ASan+UBSan and the
# libFuzzer targets, in build-sanitize/.
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-normal}
shift || true
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
jobs=$(nproc)
launcher=()
if command -v ccache >/dev/null; then
    # Paths relative to the checkout, so that other clones of the tree share the cache.
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
case "$flavour" in
    normal)
        dir=build
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPD_WERROR=$werror "${launcher[@]}" "$@" >/dev/null
        ;;
    sanitize)
        dir=build-sanitize
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
            -DAPD_ASAN=ON -DAPD_UBSAN=ON -DAPD_FUZZ=ON -DAPD_WERROR=$werror "${launcher[@]}" "$@" >/dev/null
        ;;
    *)
        echo "usage: scripts/build.sh [normal|sanitize]" >&2
        exit 2
        ;;
esac
cmake --build "$dir" -j "$jobs"
