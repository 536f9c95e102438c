#!/usr/bin/env bash
# Installs, prepares the database and serves Biweekly on http://localhost:${PORT:-3000}.
# With nothing configured it uses the embedded default: a SQLite file in ./data and a local
# mailbox in ./data/mailbox. DATABASE_URL, SMTP_URL and friends override (see README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Installing dependencies"
npm install --no-audit --no-fund

step "Preparing the database"
mkdir -p data
npm run --silent db:generate
npx prisma migrate deploy
# Updates sent before the help ledger existed are recorded in it once; later runs change nothing.
npm run --silent db:fill-asks

step "Building"
npx next build

step "Starting on http://localhost:${PORT:-3000}"
if [ -z "${SMTP_URL:-}" ]; then
  echo "Mail is kept on this machine: open http://localhost:${PORT:-3000}/mailbox (sign-in links are also printed below)."
fi
exec npx next start -p "${PORT:-3000}"
