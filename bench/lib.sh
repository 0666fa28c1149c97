# Shared by the benchmark scripts (source it from the repository root): a throwaway PostgreSQL
# with fsync on (or, with database=h2, an embedded H2 file database), the packaged service on it,
# and a tenant. Sets work, db_url, pg_port and psql() (PostgreSQL only), base, operator,
# server_pid (= java_pid), server_pids, tenant, admin, scim_token; sql_script and sql_query reach
# either database through the bench module's SqlTool. Cleans up on exit.
# Uses: database (postgresql, the default, or h2), heap (a -Xmx value, optional),
# BENCH_JAVA_OPTS (optional), server_args (an array of further Payara Micro options, optional:
# --deploy another.war, for one), bench_port (optional: the service on that port and PostgreSQL on
# bench_port + 20, else the first free ports from 18080 and 56432).
# With cluster_nodes=N (PostgreSQL only) the service is instead a cluster of N nodes started by
# cluster/dashify-cluster on this PostgreSQL, in the data grid unless cluster_grid=no, with
# HAProxy in front: base is the balancer (node 1 with cluster_direct=yes), server_pids lists the
# nodes' pids (comma-separated), balancer_pid is HAProxy's; server_pid and java_pid stay empty.
# The script's own layout applies: balancer on the port, node I on port + I, its grid on port + 10 + I.

jar=bootstrap/target/dashify.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
database="${database:-postgresql}"
pg_bin="$(dirname "$(ls -1 /usr/lib/postgresql/*/bin/initdb 2> /dev/null | sort -V | tail -n 1)")"
if [ "$database" = postgresql ] && [ ! -x "$pg_bin/initdb" ]; then
    echo "needs PostgreSQL's server binaries (apt-get install postgresql), or run with --h2" >&2
    exit 1
fi

work="$(mktemp -d /tmp/dashify-bench.XXXXXX)"
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
server_pid=""
cluster_nodes="${cluster_nodes:-}"
if [ -n "$cluster_nodes" ] && [ "$database" != postgresql ]; then
    echo "a cluster runs on PostgreSQL only" >&2
    exit 2
fi
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2> /dev/null && wait "$server_pid" 2> /dev/null || true
    [ -z "$cluster_nodes" ] || [ ! -f "$work/cluster/cluster.state" ] \
        || cluster/dashify-cluster stop --dir "$work/cluster" > /dev/null 2>&1 || true
    [ "$database" = postgresql ] && as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
free_port() {
    local port=$1
    while (: < "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do port=$((port + 1)); done
    echo "$port"
}
json_field() { # json_field NAME < body: the first string or number value of that member, or fail
    local body value
    body="$(cat)"
    value="$(grep -o "\"$1\":\"\{0,1\}[^\",}]*" <<< "$body" | head -n 1 | sed "s/^\"$1\":\"\{0,1\}//")" || true
    [ -n "$value" ] || { echo "no \"$1\" in: $body" >&2; return 1; }
    printf '%s\n' "$value"
}
millis() { date +%s%3N; }

# --- PostgreSQL, as in production: fsync on; or H2 --------------------------------------------
if [ "$database" = postgresql ]; then
    [ "$(id -u)" -eq 0 ] && chown postgres: "$work"
    pg_port=56432
    [ -z "${bench_port:-}" ] || pg_port=$(( bench_port + 20 ))
    pg_port="$(free_port "$pg_port")"
    as_pg "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$work/initdb.log"
    as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work" start > /dev/null
    psql() { as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
    db_url="jdbc:postgresql://127.0.0.1:$pg_port/postgres" db_user=postgres db_password=x
else
    # AUTO_SERVER lets SqlTool reach the database while the service holds it open.
    db_url="jdbc:h2:file:$work/h2/dashify;AUTO_SERVER=TRUE" db_user=sa db_password=""
fi
sql_tool() { java -cp bench/target/dashify-bench.jar com.dashify.identity.bench.SqlTool "$db_url" "$db_user" "$db_password" "$@"; }
sql_script() { sql_tool --script "$@"; } # sql_script FILE NAME=value…
sql_query() { sql_tool --query "$1"; }   # prints the first column of the first row

# --- The service ---------------------------------------------------------------------------
operator="bench-operator-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
if [ -n "$cluster_nodes" ]; then
    port="${bench_port:-18080}"
    # The cluster script's own nodes (-Xmx384m each), on the benchmark's PostgreSQL; no drain at
    # the end, since nothing is in flight then.
    echo "starting a cluster of $cluster_nodes node(s)$([ "${cluster_grid:-yes}" = no ] && echo " without the data grid")" \
        "and HAProxy on port $port (logs: $work/cluster)"
    DASHIFY_DB_URL="$db_url" DASHIFY_DB_USER="$db_user" DASHIFY_DB_PASSWORD="$db_password" \
        DASHIFY_OPERATOR_TOKEN="$operator" DASHIFY_DRAIN_SECONDS=0 \
        DASHIFY_CLUSTER_NO_GRID="$([ "${cluster_grid:-yes}" = no ] && echo 1)" \
        cluster/dashify-cluster start --nodes "$cluster_nodes" --port "$port" --dir "$work/cluster" --jar "$jar" \
        > "$work/cluster.log" 2>&1 || { cat "$work/cluster.log" >&2; exit 1; }
    server_pids="$(for i in $(seq 1 "$cluster_nodes"); do cat "$work/cluster/node-$i.pid"; done | paste -sd, -)"
    balancer_pid="$(< "$work/cluster/haproxy.pid")"
    base="http://127.0.0.1:$port"
    [ "${cluster_direct:-no}" = no ] || base="http://127.0.0.1:$(( port + 1 ))"
else
    port="$(free_port "${bench_port:-18080}")"
    mkdir -p "$work/run"
    (cd "$work/run" && DASHIFY_OPERATOR_TOKEN="$operator" \
        DASHIFY_DB_URL="$db_url" DASHIFY_DB_USER="$db_user" DASHIFY_DB_PASSWORD="$db_password" \
        exec java ${heap:+-Xmx$heap} ${BENCH_JAVA_OPTS:-} -jar "$OLDPWD/$jar" --port "$port" \
        ${server_args[@]+"${server_args[@]}"}) > "$work/server.log" 2>&1 &
    server_pid=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 1 600); do # 5 minutes: on 2 cores shared with builds, deploying took 4
        curl -fs "$base/health/ready" > /dev/null 2>&1 && break
        kill -0 "$server_pid" 2> /dev/null || { tail -n 50 "$work/server.log"; exit 1; }
        sleep 0.5
    done
    curl -fs "$base/health/ready" > /dev/null || { echo "the service did not get ready" >&2; exit 1; }
    server_pids="$server_pid"
fi
java_pid="$server_pid"

tenant_json="$(curl -fs -X POST "$base/api/v1/tenants" -H "Authorization: Bearer $operator" \
    -H 'Content-Type: application/json' -d '{"name":"bench","adminUserName":"admin@bench.example"}')"
tenant="$(json_field id <<< "$tenant_json")"
admin="$(sed -n 's/.*"admin":{"id":"\([^"]*\)".*/\1/p' <<< "$tenant_json")"
scim_token="$(json_field scimToken <<< "$tenant_json")"
