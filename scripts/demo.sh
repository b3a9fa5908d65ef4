#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 1: installs what is missing, builds GenomeDesk and runs the bundled demo case.
# Extra arguments go to 'genomedesk demo' (for example --gui or --out DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target genomedesk
exec build/release/bin/genomedesk demo "$@"
