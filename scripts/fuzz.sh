#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in build/fuzz and runs
# each for GENOMEDESK_FUZZ_SECONDS (default 60) on its seed corpus. Fails when a target finds a
# crash, a sanitizer report, a leak, a timeout or an out-of-memory; the reproducer is kept in
# build/fuzz/findings/<target>/ and the message says how to make it a regression test.
#
#   GENOMEDESK_FUZZ_SECONDS   seconds per target (default 60)
#   GENOMEDESK_FUZZ_TARGETS   space-separated subset (default: all), e.g. "vcfreader pedigree"
#   GENOMEDESK_FUZZ_BUILD_DIR build directory (default build/fuzz)
#   GENOMEDESK_FUZZ_JOBS      parallel build jobs (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${GENOMEDESK_FUZZ_SECONDS:-60}"
build_dir="${GENOMEDESK_FUZZ_BUILD_DIR:-build/fuzz}"
jobs="${GENOMEDESK_FUZZ_JOBS:-2}"
all_targets="vcfreader pedigree frequencychunk vcfannotate beaconresponse beaconserver policyloader consentprofile reporttemplate"
targets="${GENOMEDESK_FUZZ_TARGETS:-$all_targets}"

# Inputs larger than this are not generated (seeds above it are truncated by libFuzzer).
declare -A max_len=([vcfreader]=65536 [pedigree]=8192 [frequencychunk]=16384
    [beaconresponse]=65536 [beaconserver]=8192 [policyloader]=32768 [consentprofile]=8192
    [reporttemplate]=16384)
# One allocation above this is a finding. htslib 1.16's bcf_hdr_read allocates the header length
# a BCF file claims (up to 4 GiB, untouched, freed when the read fails): allowed for vcfreader,
# whose real memory use is still bounded by -rss_limit_mb.
declare -A malloc_limit=([vcfreader]=4096)

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-dev)" >&2
    exit 2
fi

start=$(date +%s)
echo "== Fuzz build (clang, libFuzzer + ASan + UBSan) in $build_dir"
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DBUILD_TESTING=ON -DGENOMEDESK_FUZZ=ON >/dev/null
build_targets=()
for target in $targets; do
    build_targets+=("fuzz_$target")
done
cmake --build "$build_dir" -j "$jobs" --target "${build_targets[@]}"
echo "== Fuzz build took $(( $(date +%s) - start )) s"

failed=()
for target in $targets; do
    corpus="$build_dir/corpus/$target"
    findings="$build_dir/findings/$target"
    mkdir -p "$corpus" "$findings"
    # libFuzzer reads seed directories recursively; single seed files are copied into the
    # working corpus (inside the build directory, never into the repository).
    seed_dirs=()
    while IFS= read -r seed; do
        [ -n "$seed" ] || continue
        if [ -d "$seed" ]; then
            seed_dirs+=("$seed")
        elif [ -f "$seed" ]; then
            cp -f "$seed" "$corpus/seed-$(basename "$seed")"
        fi
    done <"$build_dir/tests/fuzz/$target.seeds"
    [ -d "tests/fuzz/regressions/$target" ] && seed_dirs+=("tests/fuzz/regressions/$target")

    echo "== fuzz_$target for ${seconds} s"
    log="$build_dir/findings/$target.log"
    if ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
        QT_QPA_PLATFORM=offscreen \
        "$build_dir/tests/fuzz/fuzz_$target" -max_total_time="$seconds" \
        -max_len="${max_len[$target]:-65536}" -rss_limit_mb=2048 -malloc_limit_mb="${malloc_limit[$target]:-1024}" \
        -timeout=25 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$corpus" "${seed_dirs[@]}" >"$log" 2>&1; then
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^Done ' "$log" || true
    else
        failed+=("$target")
        tail -n 60 "$log"
        echo "!! fuzz_$target found a problem (log: $log). Reproducers:"
        ls -1 "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-* 2>/dev/null || true
        echo "!! Reproduce: $build_dir/tests/fuzz/fuzz_$target <file>"
        echo "!! Once fixed, keep it as a regression test (run by ctest as fuzz/$target):"
        echo "!!   mkdir -p tests/fuzz/regressions/$target && cp <file> tests/fuzz/regressions/$target/"
    fi
done

echo "== Fuzzing took $(( $(date +%s) - start )) s in total"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz.sh: findings in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: no findings"
