#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to find:
# install, lint, types, unit tests, migration drift, the browser journeys on SQLite, then the
# unit tests and browser journeys on PostgreSQL. Stops at the first failure and says which step failed.
# Needs Node 20 and, unless they are already here, root with apt-get for Chromium and PostgreSQL 15.
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
# The caller's database is left alone: each step below says which database it uses.
CALLER_DATABASE_URL=${DATABASE_URL:-file:./data/biweekly.db}
unset DATABASE_URL E2E_DATABASE_URL
SQLITE_E2E_URL=file:./.tmp/e2e.db
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

current_step=""
step_started=$SECONDS
timings=()
pg_dir=""
client_changed=0

finish_step() {
  [ -n "$current_step" ] || return 0
  timings+=("$(printf '%5ss  %s' $((SECONDS - step_started)) "$current_step")")
  current_step=""
}

step() {
  finish_step
  current_step=$1
  step_started=$SECONDS
  printf '\n==> %s\n' "$1"
}

as_root_with_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }

apt_install() {
  echo "installing $* with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

chromium_found() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] && return 0
  [ -x /usr/bin/chromium ] && return 0
  local bundled
  bundled=$(node -e 'console.log(require("@playwright/test").chromium.executablePath())' 2>/dev/null) || return 1
  [ -x "$bundled" ]
}

restore_client() {
  [ "$client_changed" = 1 ] || return 0
  DATABASE_URL=$CALLER_DATABASE_URL npm run --silent db:generate >/dev/null
  client_changed=0
}

stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  scripts/postgres.sh stop "$pg_dir"
  pg_dir=""
}

print_timings() {
  [ "${#timings[@]}" -gt 0 ] || return 0
  printf '\nTimings:\n'
  printf '  %s\n' "${timings[@]}"
}

on_exit() {
  local code=$?
  set +e
  stop_postgres
  restore_client
  if [ "$code" != 0 ]; then
    local failed_step=$current_step
    finish_step
    print_timings
    printf '\nFAILED: "%s" (exit %s) after %ss\n' "$failed_step" "$code" "$SECONDS" >&2
  fi
  exit "$code"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

step "install dependencies (npm install)"
npm install --no-audit --no-fund
if [ "${CI:-}" = true ]; then
  git diff --exit-code package-lock.json \
    || { echo "package-lock.json changed during install: run npm install and commit the lockfile" >&2; exit 1; }
fi

step "Chromium for the browser tests"
if ! chromium_found; then
  if as_root_with_apt; then
    apt_install chromium
  else
    echo "No Chromium found. Install one of: 'apt-get install chromium' (as root)," >&2
    echo "'npx playwright install chromium', or set CHROMIUM_PATH to a Chromium binary." >&2
    exit 1
  fi
fi
chromium_found && echo "Chromium is available"

step "PostgreSQL 15 for the drift check and the PostgreSQL journeys"
if [ ! -x "$PG_BIN/initdb" ]; then
  if as_root_with_apt; then
    apt_install postgresql-15
  else
    echo "PostgreSQL 15 server binaries are missing from $PG_BIN: install postgresql-15 or set PG_BIN." >&2
    exit 1
  fi
fi
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/biweekly-pg.XXXXXX")
PG_URL=$(scripts/postgres.sh start "$pg_dir")
echo "started a throwaway PostgreSQL at $PG_URL"

step "lint"
npm run --silent lint

step "typecheck"
npm run --silent typecheck

step "unit tests"
npm run --silent test:unit

step "migrations match the schema on both databases"
PG_URL=$PG_URL npm run --silent db:drift

step "build for SQLite"
client_changed=1
DATABASE_URL=$SQLITE_E2E_URL npm run --silent db:generate
DATABASE_URL=$SQLITE_E2E_URL npx next build

step "browser tests on SQLite (all specs)"
E2E_DATABASE_URL=$SQLITE_E2E_URL npx playwright test

step "unit tests on PostgreSQL"
DATABASE_URL=$PG_URL npm run --silent db:generate
PG_URL=$PG_URL npx vitest run -c vitest.pg.config.ts

step "build for PostgreSQL"
DATABASE_URL=$PG_URL npx prisma migrate deploy
DATABASE_URL=$PG_URL npx next build

step "two app instances on PostgreSQL: external cron, each message once"
PG_URL=$PG_URL npx vitest run -c vitest.app.config.ts

step "browser journeys on PostgreSQL (@journey)"
E2E_DATABASE_URL=$PG_URL npx playwright test --grep @journey

step "leave the working copy runnable (Prisma client for your DATABASE_URL, or SQLite)"
restore_client
stop_postgres
finish_step

print_timings
echo "all checks passed in $((SECONDS / 60))m $((SECONDS % 60))s"
