#!/usr/bin/env bash
# Start a throw-away PostgreSQL on 127.0.0.1 for the `postgres`-marked tests.
#
#   source scripts/ci-postgres.sh      # exports KIROKU_TEST_PG_URL
#
# Installs the Debian `postgresql` package when the server binaries are missing,
# creates a private cluster (its own data directory, loopback only, password
# authentication), a user with a random password and a database. The password
# is never printed. Idempotent: a second run reuses a running cluster.
# Settings: KIROKU_PG_DIR (default /tmp/kiroku-pg), KIROKU_PG_PORT (55432).

_kiroku_pg_main() {
    local dir="${KIROKU_PG_DIR:-/tmp/kiroku-pg}"
    local port="${KIROKU_PG_PORT:-55432}"
    local db="kiroku_test" user="kiroku"
    local bindir
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        echo "ci-postgres: installing PostgreSQL from Debian packages" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null || return 1
        bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi
    local run=()
    if [ "$(id -u)" = "0" ]; then
        run=(runuser -u postgres --)  # initdb and postgres refuse to run as root
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    local pwfile="$dir/.kiroku-password"
    if [ ! -s "$pwfile" ]; then
        (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=\n' > "$pwfile")
    fi
    local password
    password="$(cat "$pwfile")"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        "${run[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A peer -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
        {
            echo "listen_addresses = '127.0.0.1'"
            echo "port = $port"
            echo "unix_socket_directories = '$dir'"
            echo "password_encryption = 'scram-sha-256'"
            echo "fsync = on"
        } >> "$dir/data/postgresql.conf"
        cat > "$dir/data/pg_hba.conf" <<HBA
local   all   postgres                 peer
host    all   all       127.0.0.1/32   scram-sha-256
HBA
    fi
    if ! "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
            echo "ci-postgres: server did not start; see $dir/server.log" >&2
            return 1
        }
    fi
    local psql=("${run[@]}" "$bindir/psql" -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt)
    if [ "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
        "${psql[@]}" -d postgres -c "CREATE ROLE $user LOGIN" >/dev/null || return 1
    fi
    # The password goes through stdin, never the command line (ps) or the log.
    printf "ALTER ROLE %s PASSWORD '%s';\n" "$user" "$password" | "${psql[@]}" -d postgres >/dev/null || return 1
    if [ "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
        "${psql[@]}" -d postgres -c "CREATE DATABASE $db OWNER $user" >/dev/null || return 1
    fi
    export KIROKU_TEST_PG_URL="postgresql://$user:$password@127.0.0.1:$port/$db"
    echo "ci-postgres: PostgreSQL ready on 127.0.0.1:$port, database $db (KIROKU_TEST_PG_URL exported)" >&2
}

_kiroku_pg_main
_kiroku_pg_status=$?
unset -f _kiroku_pg_main
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    # Run, not sourced: the URL cannot reach the caller's environment.
    echo "ci-postgres: source this script to get KIROKU_TEST_PG_URL in your shell" >&2
    exit $_kiroku_pg_status
fi
return $_kiroku_pg_status 2>/dev/null || true
