#!/usr/bin/env bash
# Provisioning benchmark (first part of issue 6): the packaged service on a throwaway PostgreSQL,
# driven by the repository's load generator (module bench) as C identity providers at once: a
# userName lookup before each write, create, PUT, role change and deactivation (PATCH, Entra
# style), and a page of the user list now and then. After an unmeasured warm-up it prints per
# operation: throughput, p50/p95/p99/max latency and unexpected answers by status; and the
# server's CPU seconds and peak RSS during the measured phase. Not part of the test command.
#
#   mvn -q -DskipTests package && bench/provisioning.sh [--clients 16] [--users 100000] [--warmup 60] \
#       [--duration 60] [--heap 1g]
#
# The tenant starts with --users users, written by SQL as the service writes a SCIM create (the
# user, its e-mail, the audit record), and chained before the load starts.
#
# Writes the figures to bench/results/provisioning-<UTC time>.json.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

clients=16
users=100000
warmup=60
duration=60
heap=""
while [ $# -gt 0 ]; do
    case "$1" in
        --clients) clients="$2"; shift 2 ;;
        --users) users="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        *) echo "usage: $0 [--clients C] [--users N] [--warmup S] [--duration S] [--heap SIZE]" >&2; exit 2 ;;
    esac
done
generator=bench/target/dashify-bench.jar
[ -f "$generator" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }

. bench/lib.sh

echo "preloading $users users"
start=$(date +%s)
psql -v tenant="$tenant" -v admin="$admin" -v n="$users" <<'SQL'
create temporary table preload as
    select gen_random_uuid()::text as id, 'preloaded-' || i || '@bench.example' as user_name,
           now() - make_interval(secs => (:n - i) * 0.001) as created_at, i
    from generate_series(1, :n) as i;
insert into users (id, tenant_id, user_name, user_name_key, active, role_name, name_given, name_family, title,
                   created_at, last_modified_at, version)
    select id, :'tenant', user_name, user_name, true, 'VIEWER', 'Given' || i, 'Family', 'Engineer', created_at,
           created_at, 1
    from preload;
-- Without fresh statistics the foreign key checks of the next insert scan users row by row.
analyze users;
insert into user_emails (user_id, idx, address, address_key, email_type, is_primary)
    select id, 0, user_name, user_name, 'work', true from preload;
with written as (
    insert into audit_records (id, tenant_id, occurred_at, actor_type, actor_user_id, actor_token_id, action,
                               target_type, target_id, request_id, client_address, user_agent, outcome, changes,
                               payload)
    select gen_random_uuid()::text, :'tenant', created_at, 'user', :'admin', gen_random_uuid()::text,
           'user.provision', 'user', id, 'preload-' || i, '192.0.2.10', 'Okta SCIM Client 1.0.0', 'success',
           'provisioned', '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' || user_name
               || '","notRecorded":["password"]}'
    from preload
    returning id, tenant_id, occurred_at)
insert into audit_unsealed (record_id, tenant_id, occurred_at) select id, tenant_id, occurred_at from written;
analyze;
SQL
echo "preloaded in $(( $(date +%s) - start )) s"
start=$(date +%s)
while [ "$(psql -c "select count(*) from audit_unsealed where tenant_id = '$tenant'")" != "0" ]; do
    sleep 1
done
echo "chained by the service in $(( $(date +%s) - start )) s"

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
printf '{"benchmark":"provisioning","at":"%s","cpus":%s,"database":"postgresql","preloadedUsers":%s,"heapMax":"%s","load":%s,"server":{"cpuSeconds":%s,"rssKbAtStart":%s,"rssKbPeak":%s}}\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(nproc)" "$users" "${heap:-default}" "$(cat "$work/load.json")" \
    "$cpu_used" "$rss_start" "$rss_peak" > "$out"
cat <<REPORT
server during the measured phase: ${cpu_used} CPU seconds over ${duration} s; RSS $((rss_start / 1024)) MB at its start, $((rss_peak / 1024)) MB at most
written to $out
REPORT
