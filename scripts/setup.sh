#!/usr/bin/env bash
# Installs every Debian package that the build, the tests and the benchmarks need.
# Idempotent: when everything is present it only checks and returns.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev qtkeychain-qt6-dev
    libcurl4-openssl-dev libssl-dev openssl libexiv2-dev libpng-dev libjpeg62-turbo-dev
    libsqlite3-dev libcpp-httplib-dev zlib1g-dev libdeflate-dev
    iso-codes
    clang clang-format libclang-rt-14-dev
    libimage-exiftool-perl exiv2 imagemagick libjpeg-turbo-progs python3 python3-yaml
    xvfb xauth sqlite3 curl bc iproute2 qt6-qpa-plugins desktop-file-utils appstream
)

# Node and npm run the third-party tus server of the transfer tests (npm ci in the build
# tree). A nodejs that bundles npm (NodeSource's) conflicts with Debian's npm package, so
# apt is asked only when one of the two commands is missing.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages present"
    exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
