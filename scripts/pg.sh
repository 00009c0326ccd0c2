#!/usr/bin/env bash
# The project-local PostgreSQL cluster, used when DATABASE_URL is not set.
#   scripts/pg.sh start   create (first time) and start the cluster, create the databases
#   scripts/pg.sh stop    stop it
#   scripts/pg.sh url     print the application database URL (starting the cluster if needed)
#   scripts/pg.sh test-url  print the test database URL
# With DATABASE_URL set, `url` prints it and nothing is started.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PGROOT="$ROOT/.data/pg"
PORT="${KISDASH_PG_PORT:-54329}"
APP_DB="${KISDASH_PG_DB:-kisdash}"
TEST_DB="${KISDASH_PG_TEST_DB:-kisdash_test}"

pgbin() {
  local d
  d="$(pg_config --bindir 2>/dev/null || true)"
  if [ -x "$d/initdb" ]; then echo "$d"; return; fi
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$d/initdb" ] || { echo "pg.sh: PostgreSQL server binaries not found (run scripts/setup.sh)" >&2; exit 1; }
  echo "$d"
}

# initdb refuses to run as root: run the server as the 'postgres' system user in that case.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url_for() { echo "postgresql://postgres@127.0.0.1:$PORT/$1"; }

running() { [ -f "$PGROOT/data/postmaster.pid" ] && as_owner "$(pgbin)/pg_ctl" -D "$PGROOT/data" status >/dev/null 2>&1; }

ensure_db() {
  local db="$1"
  local exists
  exists="$(psql -h "$PGROOT/sock" -p "$PORT" -U postgres -d postgres -Atqc \
    "select 1 from pg_database where datname = '$db'")"
  [ "$exists" = "1" ] || psql -h "$PGROOT/sock" -p "$PORT" -U postgres -d postgres -qc "create database \"$db\"" >/dev/null
}

start() {
  local bin; bin="$(pgbin)"
  mkdir -p "$PGROOT/sock"
  if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$PGROOT"
    as_owner "$bin/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PGROOT/initdb.log" 2>&1 \
      || { cat "$PGROOT/initdb.log" >&2; exit 1; }
  fi
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$PGROOT"
  if ! running; then
    rm -f "$PGROOT/data/postmaster.pid"   # stale after a crash or a machine restart
    as_owner "$bin/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
      -o "-k $PGROOT/sock -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400 -c TimeZone=Asia/Seoul" \
      start >/dev/null || { tail -20 "$PGROOT/server.log" >&2; exit 1; }
  fi
  ensure_db "$APP_DB"
  ensure_db "$TEST_DB"
}

case "${1:-}" in
  start) if [ -n "${DATABASE_URL:-}" ]; then echo "pg.sh: DATABASE_URL is set; not starting a local cluster" >&2; else start; echo "pg.sh: running on 127.0.0.1:$PORT (socket $PGROOT/sock)" >&2; fi ;;
  stop)
    if running; then as_owner "$(pgbin)/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null; echo "pg.sh: stopped" >&2
    else echo "pg.sh: not running" >&2; fi ;;
  url)
    if [ -n "${DATABASE_URL:-}" ]; then echo "$DATABASE_URL"; else start; url_for "$APP_DB"; fi ;;
  test-url)
    if [ -n "${KISDASH_TEST_DATABASE_URL:-}" ]; then echo "$KISDASH_TEST_DATABASE_URL"
    elif [ -n "${DATABASE_URL:-}" ]; then echo "$DATABASE_URL"
    # A minute to connect, not libpq's 10 s (kisdash's default): a test run's machine can stall for seconds
    # (a busy CI host), and the tests are about what the product does, not about the host's hiccups.
    else start; echo "$(url_for "$TEST_DB")?connect_timeout=60"; fi ;;
  *) echo "usage: scripts/pg.sh start|stop|url|test-url" >&2; exit 2 ;;
esac
