#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that GenomeDesk's build, demo and tests need.
# Idempotent: silent and fast when everything is already installed.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format git lld
    # Qt 6
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-pdf-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev
    # Qt's own texts (standard buttons, "Usage:") in the UI languages
    qt6-translations-l10n
    # genomics, storage, crypto
    libhts-dev libsqlite3-dev libssl-dev bcftools tabix
    # case database on PostgreSQL (shared hospital option) and its tests
    libqt6sql6-psql postgresql
    # packaging (scripts/package-check.sh, tests/packaging): CPack .deb, signatures, apt repository
    file openssl gnupg
    # test and demo tools
    xvfb xauth poppler-utils fonts-dejavu-core
    # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "setup-deps: missing packages: ${missing[*]}" >&2
    echo "setup-deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 1
fi
echo "setup-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
