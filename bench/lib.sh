# Shared by the benchmark scripts (source it from the repository root): a throwaway PostgreSQL
# with fsync on (or, with database=h2, an embedded H2 file database), the packaged service on it,
# and a tenant. Sets work, db_url, pg_port and psql() (PostgreSQL only), base, operator,
# server_pid (= java_pid), tenant, admin, scim_token; sql_script and sql_query reach either
# database through the bench module's SqlTool. Cleans up on exit.
# Uses: database (postgresql, the default, or h2), heap (a -Xmx value, optional),
# BENCH_JAVA_OPTS (optional), server_args (an array of further Payara Micro options, optional:
# --deploy another.war, for one).

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
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2> /dev/null && wait "$server_pid" 2> /dev/null || true
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
    pg_port="$(free_port 56432)"
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
port="$(free_port 18080)"
operator="bench-operator-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
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
java_pid="$server_pid"

tenant_json="$(curl -fs -X POST "$base/api/v1/tenants" -H "Authorization: Bearer $operator" \
    -H 'Content-Type: application/json' -d '{"name":"bench","adminUserName":"admin@bench.example"}')"
tenant="$(json_field id <<< "$tenant_json")"
admin="$(sed -n 's/.*"admin":{"id":"\([^"]*\)".*/\1/p' <<< "$tenant_json")"
scim_token="$(json_field scimToken <<< "$tenant_json")"
