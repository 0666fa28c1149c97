#!/usr/bin/env bash
# Provisioning benchmark (first part of issue 6): the packaged service on a throwaway PostgreSQL,
# driven by the repository's load generator (module bench) as C identity providers at once: a
# userName lookup before each write, create, PUT, role change and deactivation (PATCH, Entra
# style), and a page of the user list now and then. After an unmeasured warm-up it prints per
# operation: throughput, p50/p95/p99/max latency and unexpected answers by status; and the
# server's CPU seconds and peak RSS during the measured phase. Not part of the test command.
#
#   mvn -q -DskipTests package && bench/provisioning.sh [--clients 16] [--warmup 60] [--duration 60] [--heap 1g]
#
# Writes the figures to bench/results/provisioning-<UTC time>.json.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

clients=16
warmup=60
duration=60
heap=""
while [ $# -gt 0 ]; do
    case "$1" in
        --clients) clients="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        *) echo "usage: $0 [--clients C] [--warmup S] [--duration S] [--heap SIZE]" >&2; exit 2 ;;
    esac
done
generator=bench/target/dashify-bench.jar
[ -f "$generator" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }

. bench/lib.sh

cpu_seconds() { # user + system CPU of the server so far, from /proc
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$java_pid/stat"
}
rss_kb() { ps -o rss= -p "$java_pid" | tr -d ' '; }

echo "warming up for ${warmup} s, then measuring for ${duration} s with $clients clients"
(sleep "$warmup"; cpu_seconds > "$work/cpu.start"; rss_kb > "$work/rss.start"
 while kill -0 "$java_pid" 2> /dev/null; do rss_kb; sleep 1; done > "$work/rss.samples") &
sampler=$!
java -jar "$generator" --scim "$base/scim/v2" --token "$scim_token" --clients "$clients" \
    --warmup "$warmup" --duration "$duration" --out "$work/load.json"
cpu_used=$(awk -v a="$(cat "$work/cpu.start")" -v b="$(cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')
kill "$sampler" 2> /dev/null || true
wait "$sampler" 2> /dev/null || true
rss_start=$(cat "$work/rss.start")
rss_peak=$(sort -n "$work/rss.samples" | tail -n 1)

mkdir -p bench/results
out="bench/results/provisioning-$(date -u +%Y%m%dT%H%M%SZ).json"
printf '{"benchmark":"provisioning","at":"%s","cpus":%s,"database":"postgresql","heapMax":"%s","load":%s,"server":{"cpuSeconds":%s,"rssKbAtStart":%s,"rssKbPeak":%s}}\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(nproc)" "${heap:-default}" "$(cat "$work/load.json")" \
    "$cpu_used" "$rss_start" "$rss_peak" > "$out"
cat <<REPORT
server during the measured phase: ${cpu_used} CPU seconds over ${duration} s; RSS $((rss_start / 1024)) MB at its start, $((rss_peak / 1024)) MB at most
written to $out
REPORT
