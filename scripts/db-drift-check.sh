#!/usr/bin/env bash
# Proves the two providers agree: the SQLite schema is the one generated from the PostgreSQL
# schema, and each provider's migrations folder builds exactly its schema. The migrations are
# replayed on a shadow database: in memory for SQLite, a temporary database on $PG_URL for
# PostgreSQL (the role needs CREATEDB).
# Usage: PG_URL=postgres://... scripts/db-drift-check.sh
set -u
rc=0
node scripts/gen-sqlite-schema.mjs --check || rc=1

check() { # provider, database URL
  local provider=$1 url=$2 out code
  out=$(DATABASE_URL=$url npx prisma migrate diff --from-migrations "prisma/$provider/migrations" \
    --to-schema-datamodel "prisma/$provider/schema.prisma" --exit-code 2>&1)
  code=$?
  case $code in
    0) echo "$provider: migrations match the schema" ;;
    2) echo "$provider: DRIFT between migrations and schema:"; echo "$out" | tail -20; rc=1 ;;
    *) echo "$provider: drift check failed to run (exit $code):"; echo "$out" | tail -20; rc=1 ;;
  esac
}

check sqlite "file::memory:"
if [ -n "${PG_URL:-}" ]; then
  check postgres "$PG_URL"
else
  echo "postgres: PG_URL is not set; cannot check the PostgreSQL migrations" >&2
  rc=1
fi
exit $rc
