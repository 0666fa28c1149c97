#!/usr/bin/env bash
# Audit trail benchmark: preloads N audit records (default 100,000) into one tenant of the packaged
# service running on a throwaway PostgreSQL, then measures how fast the service chains them, how
# long GET /api/v1/audit/verify takes to walk them, and the JSON Lines export's throughput and the
# server's memory while it streams them. Not part of the test command.
#
#   mvn -q -DskipTests package && bench/audit-trail.sh [--records N] [--heap 512m]
#
# BENCH_JAVA_OPTS adds JVM options to the server, for a profile:
#   BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/dashify.jfr bench/audit-trail.sh
#
# Prints the figures and writes them to bench/results/audit-trail-<UTC time>.json.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

records=100000
heap=""
while [ $# -gt 0 ]; do
    case "$1" in
        --records) records="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        *) echo "usage: $0 [--records N] [--heap SIZE]" >&2; exit 2 ;;
    esac
done

. bench/lib.sh
audit_token="$(curl -fs -X POST "$base/api/v1/tenants/$tenant/tokens" -H "Authorization: Bearer $operator" \
    -H 'Content-Type: application/json' \
    -d '{"name":"bench audit","scopes":["audit"],"ownerUserName":"admin@bench.example"}' | json_field token)"

# --- N records, as the service writes them: a record per SCIM create, queued for chaining ----
echo "preloading $records audit records into tenant $tenant"
start=$(millis)
psql -v tenant="$tenant" -v admin="$admin" -v n="$records" <<'SQL'
with written as (
    insert into audit_records (id, tenant_id, occurred_at, actor_type, actor_user_id, actor_token_id, action,
                               target_type, target_id, request_id, client_address, user_agent, outcome, changes,
                               payload)
    select gen_random_uuid()::text, :'tenant', now() - make_interval(secs => (:n - i) * 0.001), 'user', :'admin',
           gen_random_uuid()::text, 'user.provision', 'user', gen_random_uuid()::text, 'okta-' || i, '192.0.2.10',
           'Okta SCIM Client 1.0.0', 'success', 'provisioned',
           '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"user' || i
               || '@bench.example","name":{"givenName":"Given' || i || '","familyName":"Family"},'
               || '"emails":[{"value":"user' || i || '@bench.example","type":"work","primary":true}],'
               || '"active":true,"notRecorded":["password"]}'
    from generate_series(1, :n) as i
    returning id, tenant_id, occurred_at)
insert into audit_unsealed (record_id, tenant_id, occurred_at) select id, tenant_id, occurred_at from written;
SQL
preload_ms=$(( $(millis) - start ))

# --- Chaining: the service's own chainer, in the background --------------------------------
start=$(millis)
deadline=$(( start + 30 * 60 * 1000 ))
while [ "$(psql -c "select count(*) from audit_unsealed where tenant_id = '$tenant'")" != "0" ]; do
    [ "$(millis)" -lt "$deadline" ] || { echo "not chained after 30 minutes; see $work/server.log" >&2; exit 1; }
    sleep 0.2
done
chain_ms=$(( $(millis) - start ))

# --- Verify: a walk of the whole chain -------------------------------------------------------
verify_runs=()
for _ in 1 2 3; do
    start=$(millis)
    verified="$(curl -fs "$base/api/v1/audit/verify" -H "Authorization: Bearer $audit_token")"
    verify_runs+=($(( $(millis) - start )))
done
checked="$(json_field checked <<< "$verified")"
grep -q '"intact":true' <<< "$verified" || { echo "verify did not report an intact chain: $verified" >&2; exit 1; }

# --- Export, while the server's memory is sampled --------------------------------------------
heap_used_kb() { # after a full GC; "null" when jcmd cannot tell (no JDK tools, another collector's format)
    local used
    jcmd "$java_pid" GC.run > /dev/null 2>&1 || true
    used="$(jcmd "$java_pid" GC.heap_info 2> /dev/null | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -n 1)" || true
    echo "${used:-null}"
}
mb() { [ "$1" = null ] && echo "?" || echo $(( $1 / 1024 )); }
rss_kb() { ps -o rss= -p "$java_pid" | tr -d ' '; }
heap_before=$(heap_used_kb)
rss_before=$(rss_kb)
peak_rss=$rss_before
(while kill -0 "$java_pid" 2> /dev/null; do rss_kb; sleep 0.1; done) > "$work/rss.samples" &
sampler=$!
export_runs=()
for _ in 1 2 3; do
    start=$(millis)
    status="$(curl -s -o "$work/export.jsonl" -w '%{http_code}' "$base/api/v1/audit/export" \
        -H "Authorization: Bearer $audit_token")"
    export_runs+=($(( $(millis) - start )))
    [ "$status" = 200 ] || { echo "export answered $status" >&2; exit 1; }
done
kill "$sampler" 2> /dev/null || true
wait "$sampler" 2> /dev/null || true
peak_rss=$(sort -n "$work/rss.samples" | tail -n 1)
heap_after=$(heap_used_kb)
lines=$(wc -l < "$work/export.jsonl")
bytes=$(wc -c < "$work/export.jsonl")
best_export=$(printf '%s\n' "${export_runs[@]}" | sort -n | head -n 1)
best_verify=$(printf '%s\n' "${verify_runs[@]}" | sort -n | head -n 1)

cpus=$(nproc)
result=$(cat <<JSON
{"benchmark":"audit-trail","at":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","cpus":$cpus,"heapMax":"${heap:-default}",
 "records":$records,"exportedLines":$lines,"exportBytes":$bytes,
 "preloadMs":$preload_ms,"chainMs":$chain_ms,"chainedPerSecond":$(( records * 1000 / (chain_ms > 0 ? chain_ms : 1) )),
 "verifyMs":[$(IFS=,; echo "${verify_runs[*]}")],"verifyChecked":$checked,
 "exportMs":[$(IFS=,; echo "${export_runs[*]}")],"exportRecordsPerSecond":$(( lines * 1000 / (best_export > 0 ? best_export : 1) )),
 "exportMegabytesPerSecond":$(( bytes / 1000 / (best_export > 0 ? best_export : 1) )),
 "heapUsedAfterGcKb":{"beforeExport":$heap_before,"afterExport":$heap_after},
 "rssKb":{"beforeExport":$rss_before,"peakDuringExport":$peak_rss}}
JSON
)
result="${result//$'\n'/}"
mkdir -p bench/results
out="bench/results/audit-trail-$(date -u +%Y%m%dT%H%M%SZ).json"
printf '%s\n' "$result" > "$out"

cat <<REPORT
records               $records (export: $lines lines, $((bytes / 1000000)) MB)
chaining              $chain_ms ms by the service's chainer ($(( records * 1000 / (chain_ms > 0 ? chain_ms : 1) )) records/s)
verify (3 runs)       ${verify_runs[*]} ms for $checked links (best $best_verify ms)
export (3 runs)       ${export_runs[*]} ms (best: $(( lines * 1000 / (best_export > 0 ? best_export : 1) )) records/s, $(( bytes / 1000 / (best_export > 0 ? best_export : 1) )) MB/s)
heap used after GC    $(mb "$heap_before") MB before the exports, $(mb "$heap_after") MB after
RSS                   $((rss_before / 1024)) MB before, $((peak_rss / 1024)) MB at most while exporting
written to            $out
REPORT
