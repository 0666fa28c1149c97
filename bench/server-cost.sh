#!/usr/bin/env bash
# Server cost per request (issue 15): what the service's own process spends on each request, with a
# client cheap enough not to be the bottleneck (wrk, in C), beside a bare JAX-RS resource
# (bench/ceiling, ceiling.war) deployed on the same Payara Micro in the same run. The packaged
# service on a throwaway PostgreSQL (bench/lib.sh), --users users preloaded by SQL, then per workload:
#   ceiling  GET /ceiling/ping: a constant JSON string from one JAX-RS resource, no security, no CDI work
#   noop     GET /scim/v2/ServiceProviderConfig with the tenant's SCIM token
#   lookup   GET /scim/v2/Users?filter=userName eq "preloaded-<random i>@bench.example"
#   create   POST /scim/v2/Users, a new userName each (a prefix per window, the wrk thread, a counter)
#   list     GET /scim/v2/Users?startIndex=<1 to 1,000>&count=100
#   deactivate  (not in the default list) PATCH active=false, each to one of --leavers preloaded users
#            who hold 5 sessions and 3 PATs (default 40,000 when it runs); its warm-up also ends
#            when too few are left for the measured window, which the table then says
#   pgbench  (not in the default list; last) what the database alone commits: pgbench, as many clients
#            as wrk has connections, runs bench/sql/pgbench-create.sql (provisioning.sh's: a create's rows,
#            user, e-mail, audit record, chainer queue entry, in one transaction) in a tenant of its own
#            for a 10 s warm-up and --duration seconds; printed under the table with create's share of it
# wrk runs with --threads threads and --connections keep-alive connections (Lua scripts in bench/wrk).
#
# Warm-up: windows of --window seconds, until the server's CPU ms per request of the last 3 windows
# spread by less than 5% of the lowest (WarmUp.stable), or --max-warmup seconds have passed, which
# the table then says; then one measured window of --duration seconds. The server's CPU is utime +
# stime of its process from /proc/<pid>/stat before and after the window, in clock ticks
# (getconf CLK_TCK), divided by the requests wrk completed; wrk's own CPU and the machine's busy
# share over the window are printed beside it, so that a window shared with other work shows.
#
#   mvn -q -DskipTests install && bench/server-cost.sh [--workloads ceiling,noop,lookup,create,list] \
#       [--users 100000] [--connections 16] [--threads 2] [--window 10] [--max-warmup 120] [--duration 30] \
#       [--leavers 40000] [--heap 1g] [--profile]
#
# --profile adds, after each measured window, a window of the same length recorded by Java Flight
# Recorder (settings=default: a sample every 20 ms, less overhead than settings=profile) into
# <results>-<workload>.jfr, and prints ProfileSummary's reading of it: the share of CPU samples per
# component (Dashify, JDBC, EclipseLink, Jersey, Weld, ...) and per method. The table's figures are
# the measured window's, taken without a recording.
#
# Writes bench/results/server-cost-<UTC time>.tsv (one line per workload: warm-up windows, note, and
# the measured window's figures) and .txt (everything printed). Not part of the test command.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

workloads=ceiling,noop,lookup,create,list
users=100000
leavers=""
connections=16
threads=2
window=10
max_warmup=120
duration=30
heap=""
profile=false
while [ $# -gt 0 ]; do
    case "$1" in
        --workloads) workloads="$2"; shift 2 ;;
        --users) users="$2"; shift 2 ;;
        --leavers) leavers="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --window) window="$2"; shift 2 ;;
        --max-warmup) max_warmup="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --profile) profile=true; shift ;;
        *) echo "usage: $0 [--workloads W,…] [--users N] [--connections C] [--threads T] [--window S]" \
               "[--max-warmup S] [--duration S] [--leavers N] [--heap SIZE] [--profile]" >&2
           exit 2 ;;
    esac
done
for workload in ${workloads//,/ }; do
    case "$workload" in
        ceiling|noop|lookup|create|list|deactivate|pgbench) ;;
        *) echo "unknown workload: $workload" >&2; exit 2 ;;
    esac
done
# pgbench's audit records queue up for the service's chainer, which would charge a later workload
# for chaining them: no workload may follow it.
[[ ",$workloads," != *",pgbench,"* || ",$workloads," == *",pgbench," ]] \
    || { echo "pgbench must be the last workload" >&2; exit 2; }
[ -n "$leavers" ] || { [[ ",$workloads," == *",deactivate,"* ]] && leavers=40000 || leavers=0; }
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
generator=bench/target/dashify-bench.jar
ceiling_war="$PWD/bench/ceiling/target/ceiling.war"
[ -f "$generator" ] && [ -f "$ceiling_war" ] || { echo "build first: mvn -q -DskipTests install" >&2; exit 1; }

mkdir -p bench/results
out="bench/results/server-cost-$(date -u +%Y%m%dT%H%M%SZ)"
exec > >(tee "$out.txt") 2>&1
echo "$(date -u +%FT%TZ) on $(nproc) cores; $(uptime)"

database=postgresql
# The ceiling on the same Payara Micro as the service: dashify.jar passes further options to Payara
# Micro, and Payara Micro deploys every --deploy it is given (ceiling.war is served at /ceiling).
server_args=(--deploy "$ceiling_war")
. bench/lib.sh
curl -fs "$base/ceiling/ping" > /dev/null || { echo "the ceiling is not deployed: $base/ceiling/ping" >&2; exit 1; }
echo "Dashify and ceiling.war on one Payara Micro, pid $server_pid, $base"

echo "preloading $users users and $leavers leavers (5 sessions and 3 PATs each) into PostgreSQL"
start=$(date +%s)
sql_script bench/sql/preload-postgresql.sql TENANT="$tenant" ADMIN="$admin" USERS="$users" LEAVERS="$leavers"
echo "  preloaded in $(( $(date +%s) - start )) s"
# The service chains the preloaded audit records in the background: wait, so that it does not
# count against the workloads.
start=$(date +%s)
while [ "$(sql_query "select count(*) from audit_unsealed")" != "0" ]; do
    [ $(( $(date +%s) - start )) -lt 1200 ] || { echo "the service did not chain the preloaded records" >&2; exit 1; }
    sleep 2
done
echo "  chained by the service in $(( $(date +%s) - start )) s"
# A lookup that found nobody would still answer 200: check that the preloaded names are the ones asked for.
curl -fs -H "Authorization: Bearer $scim_token" \
    "$base/scim/v2/Users?filter=userName%20eq%20%22preloaded-$users%40bench.example%22" | grep '"totalResults":1' > /dev/null \
    || { echo "preloaded-$users@bench.example is not found by a lookup" >&2; exit 1; }

# Shuffled, so that deactivation does not walk the table in the order it was written.
sql_query "select coalesce(string_agg(id, chr(10) order by random()), '') from users
           where tenant_id = '$tenant' and user_name like 'leaver-%'" > "$work/leavers.txt"
leavers_used=0

clk_tck="$(getconf CLK_TCK)"
server_ticks() { # utime + stime of the server's process, in clock ticks
    local stat fields
    stat="$(< "/proc/$server_pid/stat")"
    read -ra fields <<< "${stat##*) }" # after the command name, which is in parentheses
    echo $(( fields[11] + fields[12] ))
}
machine_ticks() { # busy and total clock ticks of all cores, from /proc/stat
    local _cpu user nice system idle iowait irq softirq steal _rest
    read -r _cpu user nice system idle iowait irq softirq steal _rest < /proc/stat
    local busy=$(( user + nice + system + irq + softirq + steal ))
    echo "$busy $(( busy + idle + iowait ))"
}
export WRK_DIR="$PWD/bench/wrk" SCIM_TOKEN="$scim_token" USERS="$users" LEAVERS="$work/leavers.txt" THREADS="$threads"
run_id="$(date +%s)"
window_line="" # set by run_window
run_window() { # run_window WORKLOAD SECONDS LABEL: one wrk run; sets window_line and prints a line
    local workload=$1 seconds=$2 label=$3 url script=() before after wrk_cpu
    local machine_before machine_after machine_total_before machine_total_after
    case "$workload" in
        ceiling) url="$base/ceiling/ping" ;;
        noop) url="$base/scim/v2/ServiceProviderConfig"; script=(-s bench/wrk/noop.lua) ;;
        *) url="$base/scim/v2/Users"; script=(-s "bench/wrk/$workload.lua") ;;
    esac
    export PREFIX="cost-$run_id-$label" OFFSET="$leavers_used"
    read -r machine_before machine_total_before <<< "$(machine_ticks)"
    before="$(server_ticks)"
    wrk_cpu="$( { TIMEFORMAT='%U %S'; time wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s \
        --latency "${script[@]}" "$url" > "$work/wrk.out" 2>&1; } 2>&1 )" \
        || { cat "$work/wrk.out" >&2; exit 1; }
    after="$(server_ticks)"
    read -r machine_after machine_total_after <<< "$(machine_ticks)"
    window_line="$(java -cp "$generator" com.dashify.identity.bench.ServerCost window "$work/wrk.out" \
        $(( after - before )) "$clk_tck")"
    local requests rate cpu p50 p99 non2xx sock
    IFS=$'\t' read -r requests _ rate cpu p50 p99 non2xx sock <<< "$window_line"
    # Requests still in flight when wrk stopped reached the server too: skip one per connection.
    [ "$workload" != deactivate ] || leavers_used=$(( leavers_used + requests + connections ))
    awk -v label="$label" -v rate="$rate" -v cpu="$cpu" -v p50="$p50" -v p99="$p99" -v non2xx="$non2xx" \
        -v sock="$sock" -v wrk="$wrk_cpu" -v requests="$requests" -v ncpu="$(nproc)" \
        -v busy=$(( machine_after - machine_before )) -v total=$(( machine_total_after - machine_total_before )) \
        -v server=$(( after - before )) -v hz="$clk_tck" 'BEGIN {
            split(wrk, w, " ")
            printf "  %-10s %8.1f req/s  server %.4f ms/req  wrk %.4f ms/req  p50 %s ms  p99 %s ms  non-2xx %s" \
                "  socket errors %s  machine busy %.0f%% of %d cores, server %.0f%%, wrk %.0f%%\n", label, rate, cpu,
                (w[1] + w[2]) * 1000 / (requests > 0 ? requests : 1), p50, p99, non2xx, sock,
                100 * busy / total, ncpu, 100 * server / total, 100 * (w[1] + w[2]) * hz / total
        }'
}

results="$out.tsv"
: > "$results"
pgbench_line=""
run_pgbench() { # sets pgbench_line: the database's own rate for a create's rows, at wrk's concurrency
    local tps tenant_json pgbench_tenant pgbench_admin
    # The provisioning benchmark's script (bench/sql/pgbench-create.sql), in a tenant of its own, as
    # provisioning.sh runs it, so that the workloads' tenant stays as preloaded.
    tenant_json="$(curl -fs -X POST "$base/api/v1/tenants" -H "Authorization: Bearer $operator" \
        -H 'Content-Type: application/json' -d '{"name":"pgbench","adminUserName":"admin@pgbench.example"}')"
    pgbench_tenant="$(json_field id <<< "$tenant_json")"
    pgbench_admin="$(sed -n 's/.*"admin":{"id":"\([^"]*\)".*/\1/p' <<< "$tenant_json")"
    echo "pgbench: $connections clients, bench/sql/pgbench-create.sql, 10 s warm-up, then $duration s"
    cp bench/sql/pgbench-create.sql "$work/pgbench-create.sql"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$work/pgbench-create.sql"
    for seconds in 10 "$duration"; do
        as_pg "$pg_bin/pgbench" -h 127.0.0.1 -p "$pg_port" -U postgres -n -M prepared -c "$connections" \
            -j "$threads" -T "$seconds" -D tenant="$pgbench_tenant" -D admin="$pgbench_admin" \
            -f "$work/pgbench-create.sql" postgres > "$work/pgbench.out" 2>&1 || { cat "$work/pgbench.out" >&2; exit 1; }
    done
    tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | head -n 1)"
    [ -n "$tps" ] || { cat "$work/pgbench.out" >&2; exit 1; }
    echo "  measured $tps transactions/s; $(grep 'latency average' "$work/pgbench.out")"
    pgbench_line="$tps"
}

for workload in ${workloads//,/ }; do
    if [ "$workload" = pgbench ]; then
        run_pgbench
        continue
    fi
    echo "$workload: warm-up windows of $window s until CPU per request is still (at most $max_warmup s)"
    cpus=()
    warmups=0
    note=""
    start=$(date +%s)
    while :; do
        warmups=$(( warmups + 1 ))
        run_window "$workload" "$window" "warmup-$warmups"
        cpus+=("$(cut -f4 <<< "$window_line")")
        java -cp "$generator" com.dashify.identity.bench.ServerCost stable "${cpus[@]}" && break
        # Enough left for another window and the measured one, at the last window's rate, twice over.
        needed=$(( 2 * $(cut -f1 <<< "$window_line") * (window + duration) / window ))
        if [ "$workload" = deactivate ] && [ $(( leavers - leavers_used )) -lt "$needed" ]; then
            note="leavers nearly used up after $leavers_used, not still"
            echo "  $note"
            break
        fi
        if [ $(( $(date +%s) - start )) -ge "$max_warmup" ]; then
            note="not still after the maximum warm-up of $max_warmup s"
            echo "  $note"
            break
        fi
    done
    echo "  measured, $duration s, after $warmups warm-up windows; $(uptime | sed 's/.*load/load/')"
    run_window "$workload" "$duration" measured
    measured_line="$window_line"
    if $profile; then
        # After the measured window, in one of its own: starting a recording costs the server a
        # pause and some deoptimisation, which would count against the measured figures.
        if jcmd "$server_pid" JFR.start name="$workload" settings=default > /dev/null; then
            run_window "$workload" "$duration" profiled
            { jcmd "$server_pid" JFR.stop name="$workload" filename="$PWD/$out-$workload.jfr" > /dev/null \
                && java -cp "$generator" com.dashify.identity.bench.ProfileSummary "$out-$workload.jfr" 30 \
                | sed 's/^/    /'; } || echo "  the profile of $workload failed; the measured figures stand"
        else
            echo "  could not start a recording (jcmd, from a JDK, is needed); the measured figures stand"
        fi
    fi
    printf '%s\t%s\t%s\t%s\n' "$workload" "$warmups" "$note" "$measured_line" >> "$results"
done

echo
echo "Server cost per request: wrk, $threads threads, $connections connections, keep-alive; PostgreSQL;" \
    "$users users; measured windows of $duration s"
java -cp "$generator" com.dashify.identity.bench.ServerCost report "$results"
if [ -n "$pgbench_line" ]; then
    create_rate="$(awk -F'\t' '$1 == "create" { print $6; exit }' "$results")"
    awk -v tps="$pgbench_line" -v create="${create_rate:-}" -v c="$connections" 'BEGIN {
        printf "pgbench, a create'"'"'s rows in one transaction, %d clients: %.1f transactions/s", c, tps
        if (create != "") printf "; create %.1f req/s is %.2f of it", create, create / tps
        printf "\n"
    }'
fi
echo "$(date -u +%FT%TZ); $(uptime)"
echo "written to $results and $out.txt"
