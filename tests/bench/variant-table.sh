#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Variant table benchmark (issue 8): generates a 5-million-variant trio VCF with VEP CSQ (the
# same generator as vcf-load.sh) and a PED for it, then runs bench_varianttable: time in core of
# every filter preset and of sorting by gene, position, quality, depth and a population AF, and
# the time to the first painted cell of the loaded table (offscreen). Target: <= 100 ms wall
# each (median of GENOMEDESK_BENCH_REPEAT runs, default 5; filtering and sorting use all cores).
#   tests/bench/variant-table.sh [BUILD_DIR] [VARIANTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
variants=${2:-5000000}
work=${BENCH_DIR:-build/bench-data}
mkdir -p "$work"
cmake --build "$build" --target generate_genome_vcf bench_varianttable >/dev/null

vcf="$work/genome-${variants}-3s-csq.vcf.gz"
if [ ! -s "$vcf" ]; then
    echo "generating $vcf"
    "$build/tests/bench/generate_genome_vcf" "$variants" 3 --csq | bgzip -@2 -c > "$vcf"
fi
ped="$work/genome-trio.ped"
printf 'FAM\tSAMPLE1\tSAMPLE2\tSAMPLE3\t1\t2\nFAM\tSAMPLE2\t0\t0\t1\t1\nFAM\tSAMPLE3\t0\t0\t2\t1\n' > "$ped"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_varianttable" "$vcf" "$ped"
