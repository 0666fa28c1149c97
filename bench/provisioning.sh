#!/usr/bin/env bash
# Provisioning benchmark (issue 6): the packaged service on a throwaway PostgreSQL (or, with --h2,
# on embedded H2), driven by the repository's load generator (module bench) with C clients, one
# workload after another:
#   idp          an identity provider's day: a userName lookup before each write, create, PUT,
#                role change and deactivation (PATCH, Entra style), a page of the list now and then
#   pipeline     the ceiling of the service itself: GET /ServiceProviderConfig with the token
#   lookup       userName eq lookups of preloaded users only
#   create       creates only, as in a first sync
#   offboarding  deactivation of users who each hold 5 sessions and 3 PATs
# and, on PostgreSQL, PostgreSQL's own ceiling for the same statements (pgbench, same clients).
# The first workload warms up for --warmup seconds (default 300: on 2 busy cores the JIT keeps
# making the service faster for minutes; the pipeline ceiling was 320-390 requests/s after 2
# minutes of load and 820 after 11); the later ones for --phase-warmup.
# Prints per workload and operation: throughput, p50/p95/p99/max latency, errors by status, the
# server's CPU seconds and RSS; then each target beside its ceiling. Not part of the test command.
#
#   mvn -q -DskipTests package && bench/provisioning.sh [--clients 16] [--users 100000] [--leavers 40000] \
#       [--warmup 300] [--duration 60] [--phase-warmup 10] [--phase-duration 30] [--heap 1g] [--h2]
#
# The tenant starts with --users users (preloaded-<i>@bench.example) and --leavers users who each
# hold 5 sessions and 3 PATs, written by SQL as the service writes them, and chained before the
# load starts. Writes bench/results/provisioning-<UTC time>.json and .svg.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

clients=16
users=100000
leavers=40000
warmup=300
duration=60
phase_warmup=10
phase_duration=30
heap=""
database=postgresql
while [ $# -gt 0 ]; do
    case "$1" in
        --clients) clients="$2"; shift 2 ;;
        --users) users="$2"; shift 2 ;;
        --leavers) leavers="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --phase-warmup) phase_warmup="$2"; shift 2 ;;
        --phase-duration) phase_duration="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --h2) database=h2; shift ;;
        *) echo "usage: $0 [--clients C] [--users N] [--leavers L] [--warmup S] [--duration S]" \
               "[--phase-warmup S] [--phase-duration S] [--heap SIZE] [--h2]" >&2; exit 2 ;;
    esac
done
generator=bench/target/dashify-bench.jar
[ -f "$generator" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }

. bench/lib.sh

await_chained() { # until the service has chained every audit record, 20 minutes at most
    local start
    start=$(date +%s)
    while [ "$(sql_query "select count(*) from audit_unsealed")" != "0" ]; do
        [ $(( $(date +%s) - start )) -lt 1200 ] || { echo "the service did not chain the preloaded records" >&2; exit 1; }
        sleep 2
    done
    echo "  chained by the service in $(( $(date +%s) - start )) s"
}

echo "preloading $users users and $leavers leavers (5 sessions and 3 PATs each) into $database"
start=$(date +%s)
sql_script "bench/sql/preload-$database.sql" TENANT="$tenant" ADMIN="$admin" USERS="$users" LEAVERS="$leavers"
echo "  preloaded in $(( $(date +%s) - start )) s"
await_chained
# Shuffled, so that the offboarding clients do not walk the table in the order it was written.
leaver_ids="$work/leavers.txt"
if [ "$database" = postgresql ]; then
    shuffled="string_agg(id, chr(10) order by random())"
else
    shuffled="listagg(id, chr(10)) within group (order by rand())"
fi
sql_query "select $shuffled from users where tenant_id = '$tenant' and user_name like 'leaver-%'" > "$leaver_ids"

ceilings=()
if [ "$database" = postgresql ]; then
    pgbench() { # pgbench SCRIPT: transactions per second at the load's concurrency, over 20 s
        cp "bench/sql/$1" "$work/$1"
        as_pg "$pg_bin/pgbench" -h 127.0.0.1 -p "$pg_port" -U postgres -n -M prepared -c "$clients" -j 2 -T 20 \
            -D tenant="$pgbench_tenant" -D admin="$pgbench_admin" -D lookup_tenant="$tenant" -D users="$users" \
            -f "$work/$1" postgres > "$work/$1.out" 2>&1 \
            || { cat "$work/$1.out" >&2; return 1; }
        sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$work/$1.out" | tail -n 1
    }
    # pgbench writes into a tenant of its own, so that the workloads' tenant stays as preloaded.
    pgbench_tenant_json="$(curl -fs -X POST "$base/api/v1/tenants" -H "Authorization: Bearer $operator" \
        -H 'Content-Type: application/json' -d '{"name":"pgbench","adminUserName":"admin@pgbench.example"}')"
    pgbench_tenant="$(json_field id <<< "$pgbench_tenant_json")"
    pgbench_admin="$(sed -n 's/.*"admin":{"id":"\([^"]*\)".*/\1/p' <<< "$pgbench_tenant_json")"
    echo "PostgreSQL's ceilings (pgbench, $clients clients, 20 s each)"
    insert_tps="$(pgbench pgbench-create.sql)"
    echo "  user + e-mail + audit record per transaction: $insert_tps/s"
    await_chained
    lookup_tps="$(pgbench pgbench-lookup.sql)"
    echo "  user by tenant and lower(userName): $lookup_tps/s"
    ceilings=(--pgbench-insert "$insert_tps" --pgbench-lookup "$lookup_tps")
fi

mkdir -p bench/results
out="bench/results/provisioning-$(date -u +%Y%m%dT%H%M%SZ)"
java -jar "$generator" --scim "$base/scim/v2" --token "$scim_token" --clients "$clients" \
    --workloads idp,pipeline,lookup,create,offboarding --warmup "$warmup" --duration "$duration" \
    --phase-warmup "$phase_warmup" --phase-duration "$phase_duration" --users "$users" --leavers "$leaver_ids" \
    --server-pid "$java_pid" --database "$database" "${ceilings[@]}" --out "$out.json" --chart "$out.svg"
echo "written to $out.json and $out.svg"
