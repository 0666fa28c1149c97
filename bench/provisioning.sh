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
#   groups       (PostgreSQL only; not in the default list) groups of 10, 10,000 and 100,000
#                members: one member added and removed, the group read without its members, the
#                largest read whole with the server's heap sampled, and an Entra-shaped initial sync
#   bulk         (PostgreSQL only; not in the default list) 1,000 user creates in one Bulk request
#                against 1,000 single POSTs, one client sending one request at a time for both;
#                time (and server CPU) per user of each, per round and as the median of the rounds
#   cursor       (PostgreSQL only; not in the default list) --cursor-users more users (default
#                1,000,000) written by SQL, then walked whole by cursor (RFC 9865) in pages of 100 by
#                one client, twice: the median latency of the first pages beside that of the last
#                (CursorWalk; target: within 1.5x)
# and, on PostgreSQL, PostgreSQL's own ceiling for the same statements (pgbench, same clients;
# only when lookup or create runs).
# The first workload warms up for --warmup seconds (default 300: on 2 busy cores the JIT keeps
# making the service faster for minutes; the pipeline ceiling was 320-390 requests/s after 2
# minutes of load and 820 after 11); the later ones for --phase-warmup.
# Prints per workload and operation: throughput, p50/p95/p99/max latency, errors by status, the
# server's CPU seconds and RSS; then each target beside its ceiling. Not part of the test command.
#
#   mvn -q -DskipTests package && bench/provisioning.sh [--clients 16] [--users 100000] [--leavers 40000] \
#       [--warmup 300] [--duration 60] [--phase-warmup 10] [--phase-duration 30] [--heap 1g] [--h2] \
#       [--workloads idp,pipeline,lookup,create,offboarding] [--group-sizes 10,10000,100000] \
#       [--group-clients 4] [--group-warmup S] [--sync-users 10000] [--sync-groups 200] [--sync-batch 50] \
#       [--bulk-users 1000] [--bulk-rounds 3] [--bulk-warmup S] [--cursor-users 1000000] \
#       [--nodes N [--no-grid] [--direct]] [--port P]
#
# The tenant starts with --users users (preloaded-<i>@bench.example) and --leavers users who each
# hold 5 sessions and 3 PATs (default 40,000 when offboarding runs, none otherwise), written by SQL
# as the service writes them, and chained before the load starts. With groups, the groups of
# --group-sizes members are written by SQL too (GroupPreload: preloaded-1 to preloaded-<size>, so
# they overlap), and --users is raised to the largest size plus 1,000 if lower: those last users,
# in no group, are the ones the workload adds and removes. The groups workload on its own, in
# about 10 minutes on 2 cores:
#
#   bench/provisioning.sh --workloads groups --warmup 120 --phase-warmup 5 --phase-duration 20
#
# The bulk workload on its own, in a few minutes:
#
#   bench/provisioning.sh --workloads bulk --users 1000 --bulk-warmup 120 --bulk-rounds 3
#
# The service runs alone, as in production on one machine, unless --nodes N asks for a cluster
# (PostgreSQL only): cluster/dashify-cluster starts N nodes joined in the data grid (--no-grid: side
# by side without it) and HAProxy in front, on the same throwaway PostgreSQL, and the load goes to
# the balancer (--direct: to node 1, so that with --nodes 1 the grid is all that differs from a
# node alone but the nodes' -Xmx384m, which --heap 384m gives the lone node). The server's CPU is
# then summed over the nodes' processes and HAProxy's is reported apart. --port P puts the
# service (or the balancer) on P and PostgreSQL on P + 20; a cluster's nodes take P + 1 to P + N
# and their grid members P + 11 to P + 10 + N. The idp workload on one node and on two, in about
# 5 minutes each:
#
#   bench/provisioning.sh --workloads idp --users 10000 --warmup 120 --duration 30 --heap 384m
#   bench/provisioning.sh --workloads idp --users 10000 --warmup 120 --duration 30 --nodes 1 --direct
#   bench/provisioning.sh --workloads idp --users 10000 --warmup 120 --duration 30 --nodes 2
#
# Writes bench/results/provisioning-<UTC time>.json and (when a workload other than groups ran) .svg;
# with a cluster, provisioning-<UTC time>-nodes<N>[-nogrid][-direct].*.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

clients=16
users=100000
leavers=""
workloads=idp,pipeline,lookup,create,offboarding
group_sizes=10,10000,100000
group_args=()
warmup=300
duration=60
phase_warmup=10
phase_duration=30
heap=""
database=postgresql
cursor_users=1000000
cluster_nodes=""
cluster_grid=yes
cluster_direct=no
bench_port=""
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
        --workloads) workloads="$2"; shift 2 ;;
        --cursor-users) cursor_users="$2"; shift 2 ;;
        --group-sizes) group_sizes="$2"; shift 2 ;;
        --group-clients|--group-warmup|--sync-users|--sync-groups|--sync-batch) group_args+=("$1" "$2"); shift 2 ;;
        --bulk-users|--bulk-rounds|--bulk-warmup) group_args+=("$1" "$2"); shift 2 ;;
        --nodes) cluster_nodes="$2"; shift 2 ;;
        --no-grid) cluster_grid=no; shift ;;
        --direct) cluster_direct=yes; shift ;;
        --port) bench_port="$2"; shift 2 ;;
        *) echo "usage: $0 [--clients C] [--users N] [--leavers L] [--warmup S] [--duration S]" \
               "[--phase-warmup S] [--phase-duration S] [--heap SIZE] [--h2] [--workloads W,…]" \
               "[--group-sizes N,…] [--group-clients C] [--group-warmup S] [--sync-users N] [--sync-groups N]" \
               "[--sync-batch N] [--bulk-users N] [--bulk-rounds N] [--bulk-warmup S] [--cursor-users N]" \
               "[--nodes N [--no-grid] [--direct]] [--port P]" >&2
           exit 2 ;;
    esac
done
if [ -z "$cluster_nodes" ] && { [ "$cluster_grid" = no ] || [ "$cluster_direct" = yes ]; }; then
    echo "--no-grid and --direct go with --nodes N" >&2; exit 2
fi
runs() { [[ ",$workloads," == *",$1,"* ]]; } # runs WORKLOAD: whether it is in --workloads
[ -n "$leavers" ] || { runs offboarding && leavers=40000 || leavers=0; }
if runs bulk; then
    [ "$database" = postgresql ] || { echo "the bulk workload runs on PostgreSQL only" >&2; exit 2; }
fi
if runs groups; then
    [ "$database" = postgresql ] || { echo "the groups workload runs on PostgreSQL only" >&2; exit 2; }
    largest_group="$(tr ',' '\n' <<< "$group_sizes" | sort -n | tail -n 1)"
    if [ "$users" -lt $(( largest_group + 1000 )) ]; then
        users=$(( largest_group + 1000 ))
        echo "--users raised to $users: the largest group and 1,000 users in no group to add and remove"
    fi
fi
if runs cursor; then
    [ "$database" = postgresql ] || { echo "the cursor workload runs on PostgreSQL only" >&2; exit 2; }
fi
# The load generator runs every workload but cursor, which CursorWalk runs after it.
generator_workloads="$(tr ',' '\n' <<< "$workloads" | grep -vx cursor | paste -sd, -)" || true
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
if runs groups; then
    echo "preloading groups of $group_sizes members"
    start=$(date +%s)
    java -cp "$generator" com.dashify.identity.bench.GroupPreload "$group_sizes" > "$work/groups.sql"
    sql_script "$work/groups.sql" TENANT="$tenant"
    sql_query "select string_agg(substr(display_name, length('bench-group-') + 1) || ' ' || id, chr(10))
               from groups where tenant_id = '$tenant' and display_name like 'bench-group-%'" > "$work/groups.txt"
    sql_query "select string_agg(id, chr(10)) from users where tenant_id = '$tenant' and user_name_key in
               (select 'preloaded-' || i || '@bench.example' from generate_series($largest_group + 1, $users) as i)" \
        > "$work/group-pool.txt"
    echo "  preloaded in $(( $(date +%s) - start )) s"
    group_args+=(--groups "$work/groups.txt" --group-pool "$work/group-pool.txt")
fi
if runs cursor; then
    echo "preloading $cursor_users users to walk by cursor"
    start=$(date +%s)
    sql_script bench/sql/cursor-users-postgresql.sql TENANT="$tenant" COUNT="$cursor_users"
    echo "  preloaded in $(( $(date +%s) - start )) s"
fi
await_chained
# Shuffled, so that the offboarding clients do not walk the table in the order it was written.
leaver_ids="$work/leavers.txt"
if [ "$database" = postgresql ]; then
    shuffled="string_agg(id, chr(10) order by random())"
else
    shuffled="listagg(id, chr(10)) within group (order by rand())"
fi
sql_query "select coalesce($shuffled, '') from users where tenant_id = '$tenant' and user_name like 'leaver-%'" \
    > "$leaver_ids"

ceilings=()
if [ "$database" = postgresql ] && { runs lookup || runs create; }; then
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
processes=(--server-pid "$server_pids")
if [ -n "$cluster_nodes" ]; then
    out+="-nodes$cluster_nodes"
    [ "$cluster_grid" = yes ] || out+=-nogrid
    [ "$cluster_direct" = no ] || out+=-direct
    processes+=(--balancer-pid "$balancer_pid")
    echo "load on $base; server CPU summed over the nodes (pids $server_pids), HAProxy's (pid $balancer_pid) apart"
fi
if [ -n "$generator_workloads" ]; then
    java -jar "$generator" --scim "$base/scim/v2" --token "$scim_token" --clients "$clients" \
        --workloads "$generator_workloads" --warmup "$warmup" --duration "$duration" \
        --phase-warmup "$phase_warmup" --phase-duration "$phase_duration" --users "$users" --leavers "$leaver_ids" \
        "${processes[@]}" --database "$database" "${ceilings[@]}" "${group_args[@]}" --out "$out.json" \
        --chart "$out.svg"
fi
if runs cursor; then
    java -cp "$generator" com.dashify.identity.bench.CursorWalk --scim "$base/scim/v2" --token "$scim_token" \
        --count 100 --runs 2 --out "$out-cursor.json"
fi
echo "written to $out*.json$( [ -f "$out.svg" ] && echo " and $out.svg")"
