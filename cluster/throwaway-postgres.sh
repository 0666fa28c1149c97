# shellcheck shell=bash
# A throwaway PostgreSQL cluster on 127.0.0.1, made with the machine's server binaries (Debian's
# postgresql package), for cluster/dashify-cluster and ./test. Sourced: defines functions only.

# The newest /usr/lib/postgresql/<version>/bin, or nothing when the binaries are missing.
postgres_bin() {
    local initdb
    initdb="$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1 || true)"
    [ -z "$initdb" ] || dirname "$initdb"
}

# initdb and pg_ctl refuse to run as root: as root, they run as the postgres user, from / (it may
# not enter the folder the caller was started in, root's home say).
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# postgres_start BIN DIR PORT PASSWORD MAX_CONNECTIONS LOG: a new cluster in DIR/data, superuser
# postgres with PASSWORD (scram over TCP), listening on 127.0.0.1:PORT with its socket in DIR.
# Throwaway data: fsync off, for speed on a busy machine. Returns non-zero with the reason in LOG.
postgres_start() {
    local bin="$1" dir="$2" port="$3" password="$4" max_connections="$5" log="$6"
    mkdir -p "$dir"
    : > "$log"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir" "$log"
        if ! runuser -u postgres -- test -x "$dir"; then
            echo "the postgres user cannot reach $dir: choose a folder it can enter (under /tmp, say)" >> "$log"
            return 1
        fi
    fi
    (umask 077 && printf '%s\n' "$password" > "$dir/pwfile")
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir/pwfile"
    local initdb_status=0
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >> "$log" 2>&1 || initdb_status=$?
    rm -f "$dir/pwfile"
    [ "$initdb_status" -eq 0 ] || return "$initdb_status"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=$max_connections -c fsync=off" \
        start > /dev/null
}

# postgres_stop BIN DIR TIMEOUT: a fast stop of the cluster in DIR/data, waiting up to TIMEOUT s.
postgres_stop() {
    as_postgres "$1/pg_ctl" -D "$2/data" -m fast -w -t "$3" stop > /dev/null 2>&1
}
