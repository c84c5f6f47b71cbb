#!/usr/bin/env bash
# Starts (or stops) a private PostgreSQL cluster on 127.0.0.1 for the tests and prints its connection string.
# Usage: scripts/postgres.sh start|stop   (PG_PORT, PG_DATA override the defaults)
set -euo pipefail

port="${PG_PORT:-55432}"
data="${PG_DATA:-/tmp/stemstl-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"

as_postgres() {
  # initdb and pg_ctl refuse to run as root; run them as the postgres user, which owns the data folder.
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    [ -x "$bin/pg_ctl" ] || { echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql" >&2; exit 1; }
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" = "0" ] && chown postgres:postgres "$data"
      pwfile="$(mktemp)"; echo stemstl > "$pwfile"; chmod 644 "$pwfile"
      as_postgres "$bin/initdb" -D "$data" -U stemstl --pwfile="$pwfile" -A scram-sha-256 >/dev/null
      rm -f "$pwfile"
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off -c max_connections=200" start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$port;Username=stemstl;Password=stemstl;Database=postgres"
    ;;
  stop)
    [ -f "$data/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop" >&2; exit 2 ;;
esac
