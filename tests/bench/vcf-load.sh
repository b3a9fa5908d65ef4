#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# VCF load benchmark (issue: VCF ingestion). Generates a 5-million-variant bgzipped VCF
# (1 and 3 samples, and 1 sample with FORMAT/PL as GATK writes it), then times, in the same
# run, `bcftools view -Ou -o /dev/null` and GenomeDesk's reader (`bench_vcfload --load-only`:
# the process loads and exits), both with 2 BGZF threads, and prints the ratios (wall clock and
# CPU) and the memory per variant. The reader runs in two stages (a parsing thread ahead of the
# extracting one); the script also prints each stage's CPU, and the load alone on one thread.
#   tests/bench/vcf-load.sh [BUILD_DIR] [VARIANTS]
# Targets: load time <= 1.5x bcftools; <= 100 bytes per variant for one sample.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
variants=${2:-5000000}
work=${BENCH_DIR:-build/bench-data}
mkdir -p "$work"
cmake --build "$build" --target generate_genome_vcf bench_vcfload >/dev/null

# Runs a command; sets "wall cpu" (seconds) in $timing.
measure() {
    local TIMEFORMAT='%R %U %S'
    local t
    t=$({ time "$@" >/dev/null; } 2>&1 | tail -1)
    timing=$(awk '{ printf "%.3f %.3f", $1, $2 + $3 }' <<<"$t")
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

for kind in 1 3 1-pl; do
    samples=${kind%%-*}
    extra=()
    [ "$kind" = 1-pl ] && extra=(--pl)
    vcf="$work/genome-${variants}-${samples}s${extra[*]:+-pl}.vcf.gz"
    if [ ! -s "$vcf" ]; then
        echo "generating $vcf"
        "$build/tests/bench/generate_genome_vcf" "$variants" "$samples" "${extra[@]}" \
            | bgzip -@2 -c > "$vcf"
    fi
    cat "$vcf" > /dev/null # warm the page cache for both tools
    measure bcftools view --threads 2 -Ou -o /dev/null "$vcf"
    read -r bcftools_wall bcftools_cpu <<<"$timing"
    measure "$build/tests/bench/bench_vcfload" "$vcf" 2 --load-only
    read -r ours_wall ours_cpu <<<"$timing"
    measure "$build/tests/bench/bench_vcfload" "$vcf" 2 0 --load-only
    read -r single_wall single_cpu <<<"$timing"
    # The second run also times the filter and sort steps; its debug log has the stages' CPU.
    details=$(QT_LOGGING_RULES="genomedesk.core.vcf.debug=true" \
        "$build/tests/bench/bench_vcfload" "$vcf" 2 2>"$work/vcf-load-debug.txt")
    stages=$(grep -h -o 'pipeline: .*\|records: calling thread .*' "$work/vcf-load-debug.txt" \
        | tr '\n' ' ' || true)
    echo "$(basename "$vcf") ($samples sample(s)${extra[*]:+, FORMAT/PL})"
    echo "  load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "  bcftools view: wall ${bcftools_wall}s cpu ${bcftools_cpu}s"
    echo "  genomedesk:    wall ${ours_wall}s cpu ${ours_cpu}s (load only, 2 stages)"
    echo "  ratio wall $(ratio "$ours_wall" "$bcftools_wall"), cpu $(ratio "$ours_cpu" "$bcftools_cpu") (target <= 1.5)"
    echo "  one thread (recordsPerBatch 0): wall ${single_wall}s cpu ${single_cpu}s," \
        "ratio wall $(ratio "$single_wall" "$bcftools_wall")"
    echo "  stages (second run): ${stages:-not logged}"
    echo "  $(head -1 <<<"$details") (target <= 100 bytes per variant for one sample)"
    tail -n +2 <<<"$details" | sed 's/^/  /'
    echo "  (load_cpu_seconds and the lines above are from the second run)"
done
