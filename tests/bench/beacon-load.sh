#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Load benchmark of genomedesk-beacon (issue: hardening). Serves a generated gnomAD-like cache
# on 127.0.0.1 and drives it with wrk (Debian package `wrk`, installed with apt-get when missing
# and possible): POST /g_variants range queries (10 kb windows at positions of the cache's
# sites, record granularity), then prints requests/s, the p99 latency, the errors (socket
# errors and non-2xx answers; target: zero) and the server's memory over a soak (target: flat,
# the last sample at most 1.2x the first after warm-up).
#   tests/bench/beacon-load.sh [BUILD_DIR] [SOAK_SECONDS]      (default build/release, 300)
# Environment: LOAD_CONNECTIONS (default 8), LOAD_THREADS (default 1), LOAD_SCALE (default
# 0.001: 50,000 site records). Only loopback traffic.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
soak=${2:-300}
connections=${LOAD_CONNECTIONS:-8}
threads=${LOAD_THREADS:-1}
scale=${LOAD_SCALE:-0.001}
work=${BENCH_DIR:-build/bench-data}/beacon-load-$scale
mkdir -p "$work"

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq wrk >/dev/null
    else
        echo "beacon-load.sh: wrk is not installed (apt-get install wrk); nothing measured" >&2
        exit 2
    fi
fi
if ! built=$(cmake --build "$build" -j2 --target genomedesk genomedesk-beacon generate_frequency_vcfs 2>&1); then
    tail -20 <<<"$built" >&2
    echo "beacon-load.sh: the build failed" >&2
    exit 1
fi
genomedesk="$build/bin/genomedesk"
beacon="$build/bin/genomedesk-beacon"
sites="$work/sites.vcf.gz"
cache="$work/sites.gdfreq"
if [ ! -s "$cache" ]; then
    echo "generating scale $scale data in $work"
    "$build/tests/bench/generate_frequency_vcfs" --scale "$scale" "$sites" "$work/genome.vcf.gz" \
        "$work/exome.vcf.gz"
    "$genomedesk" cache import --cache "$cache" --vcf "$sites" --source gnomad --version bench \
        >/dev/null
fi

# 200 query windows at positions of the sites (every n-th record), as a Lua table for wrk.
lua="$work/queries.lua"
{
    echo 'local bodies = {'
    zcat "$sites" | grep -v '^#' | awk -v every=$(( $(zcat "$sites" | grep -vc '^#') / 200 + 1 )) \
        'NR % every == 1 { chrom = $1; sub(/^chr/, "", chrom);
          printf "  [[{\"meta\":{\"apiVersion\":\"2.0\"},\"query\":{\"requestParameters\":{\"assemblyId\":\"GRCh38\",\"referenceName\":\"%s\",\"start\":[%d],\"end\":[%d]},\"requestedGranularity\":\"record\"}}]],\n", chrom, $2 - 5000, $2 + 5000 }'
    echo '}'
    cat <<'EOF'
local counter = 0
request = function()
  counter = counter % #bodies + 1
  return wrk.format("POST", "/g_variants", {["Content-Type"] = "application/json"}, bodies[counter])
end
EOF
} >"$lua"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# One client (wrk on loopback) measures throughput: lift the per-client rate limit and cap.
"$beacon" --cache "$cache" --port "$port" --address 127.0.0.1 --rate-limit 0 \
    --max-connections-per-client "$((connections + 8))" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/info" >/dev/null 2>&1 && break
    sleep 0.2
done
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$server/status"; }
check=$(curl -fsS -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$port/g_variants" \
    --data "$(sed -n '2p' "$lua" | sed 's/^  \[\[//; s/\]\],$//')")
echo "first query answers $(grep -o '"numTotalResults":[0-9]*' <<<"$check" | head -1)"

measure() { # seconds -> wrk output
    wrk -t"$threads" -c"$connections" -d"${1}s" --latency -s "$lua" "http://127.0.0.1:$port"
}
echo "== warm-up 10 s"
measure 10 >/dev/null
rss_start=$(rss)
echo "== soak ${soak} s, ${connections} connections, RSS sampled every 5 s"
samples="$work/rss.txt"
: >"$samples"
( while kill -0 $server 2>/dev/null; do rss >>"$samples"; sleep 5; done ) &
sampler=$!
output=$(measure "$soak")
kill $sampler 2>/dev/null || true
rss_end=$(rss)
echo "$output"

requests=$(awk '/Requests\/sec/ { print $2 }' <<<"$output")
p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
non2xx=$(awk -F': ' '/Non-2xx/ { print $2 }' <<<"$output")
socket=$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$output")
rss_max=$(sort -n "$samples" | tail -1)
growth=$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { printf "%.2f", b / a }')
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
echo
echo "== genomedesk-beacon under load (loopback, $connections connections, $soak s)"
printf '%-34s %s\n' "requests/s" "$requests"
printf '%-34s %s\n' "p99 latency" "$p99"
printf '%-34s %s  %s\n' "errors (socket + non-2xx)" "$(( ${socket:-0} + ${non2xx:-0} ))" \
    "$(verdict $(( ${socket:-0} + ${non2xx:-0} == 0 )))"
printf '%-34s %s kB -> %s kB (max %s kB), x%s  %s\n' "server RSS after warm-up -> end" \
    "$rss_start" "$rss_end" "$rss_max" "$growth" \
    "$(verdict "$(awk -v g="$growth" 'BEGIN { print (g <= 1.2) ? 1 : 0 }')")"
