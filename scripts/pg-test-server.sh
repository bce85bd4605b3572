#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests (issue 8): Debian's
# postgresql binaries, a data directory in a temporary folder, trust
# authentication, listening on 127.0.0.1 at a free port and on a unix socket
# in that folder. Nothing outside the folder is touched.
#
#   scripts/pg-test-server.sh start   # starts it; prints the URL
#   scripts/pg-test-server.sh url     # prints the URL of the running server
#   scripts/pg-test-server.sh stop    # stops it and removes the folder
#
# The folder is remembered in $DYAD_PG_STATE (default: a file in /tmp named
# after this checkout, so that two checkouts can each run their own server)
# so that `url` and `stop` find it. initdb refuses to run as root, so as root
# the server runs as the `postgres` user that Debian's package creates.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${DYAD_PG_STATE:-/tmp/dyad-pg-test.$(id -u).$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1).state}
DB=dyad_test

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    echo "pg-test-server: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin;" \
         "install Debian's postgresql package (apt-get install postgresql)" >&2
    exit 2
  fi
  echo "$d"
}

# Runs a command as the server's owner: postgres when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A port on 127.0.0.1 that nothing answers on (bash's /dev/tcp: no
# python or netcat needed on a fresh machine).
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  echo "pg-test-server: no free port found" >&2
  exit 1
}

url_of() {
  local dir=$1
  echo "postgresql://$(cat "$dir/user")@127.0.0.1:$(cat "$dir/port")/$DB"
}

start() {
  if [ -f "$STATE" ] && [ -d "$(cat "$STATE")" ]; then
    echo "pg-test-server: already running in $(cat "$STATE"); stop it first" >&2
    exit 1
  fi
  local bin dir port user
  bin=$(bindir)
  dir=$(mktemp -d /tmp/dyad-pg.XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    user=postgres
  else
    user=$(id -un)
  fi
  port=$(free_port)
  echo "$dir" > "$STATE"
  as_owner sh -c "echo $port > '$dir/port'; echo $user > '$dir/user'"
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C \
    > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # Locale C: text compares and sorts byte by byte, as in SQLite, and its
  # indexes are a third faster to fill than under C.UTF-8 (store_bench).
  # fsync off: a test server's data need not survive a crash, and the tests
  # commit often.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off" \
    start > /dev/null || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$DB"
  url_of "$dir"
}

stop() {
  [ -f "$STATE" ] || return 0
  local dir
  dir=$(cat "$STATE")
  if [ -d "$dir/data" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
  fi
  rm -rf "$dir" "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url)
    [ -f "$STATE" ] || { echo "pg-test-server: not running" >&2; exit 1; }
    url_of "$(cat "$STATE")" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
