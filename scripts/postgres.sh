#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 for tests, from the server binaries on this machine.
#   scripts/postgres.sh start DIR   -> prints a postgres:// URL; the server runs as user postgres,
#                                      with its data in DIR, on a free loopback port
#   scripts/postgres.sh stop DIR    -> stops it and removes DIR
set -euo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?start|stop}; dir=${2:?data directory}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case $cmd in
start)
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL 15 server binaries not found in $PG_BIN (apt-get install postgresql-15)" >&2; exit 1; }
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_postgres "'$PG_BIN/initdb' -D '$dir/data' -U biweekly --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_postgres "'$PG_BIN/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off\" start" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_postgres "'$PG_BIN/psql' -h 127.0.0.1 -p $port -U biweekly -d postgres -qc 'CREATE DATABASE biweekly'" >/dev/null
  echo "postgresql://biweekly@127.0.0.1:$port/biweekly"
  ;;
stop)
  [ -d "$dir/data" ] && as_postgres "'$PG_BIN/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
