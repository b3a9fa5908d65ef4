#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 2: installs what is missing, checks formatting, builds and runs the whole test
# suite twice: with AddressSanitizer + UndefinedBehaviorSanitizer, then the release build.
# The last lines printed are CTest's summary of the release run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/check-format.sh

echo "== ASan + UBSan build and tests"
cmake --preset asan -DBUILD_TESTING=ON >/dev/null
cmake --build --preset asan
ctest --preset asan

echo "== Release build and tests"
cmake --preset release -DBUILD_TESTING=ON >/dev/null
cmake --build --preset release
ctest --preset release
