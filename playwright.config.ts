// End-to-end tests: a real browser against `next start`, a real SMTP server on loopback and a real
// database (a fresh SQLite file by default, or E2E_DATABASE_URL for PostgreSQL).
// The app must have been built (`next build`) with a Prisma client generated for the same database.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import {
  assertClientMatches,
  assertLocalDatabase,
  assertThrowawaySqlite,
  BUSY_DOMAIN,
  chromiumPath,
  CRON_SECRET,
  REFUSING_DOMAIN,
  sqliteFile,
} from "./e2e/support/environment";

const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3457);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2587);
const APP_URL = `http://localhost:${APP_PORT}`;
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";
// Outside test-results/: Playwright empties that folder after the web servers have started.
const SMTP_MAILBOX_DIR = ".mailbox/e2e-smtp";
// The app's own local mailbox; with SMTP_URL set it stays empty, but /mailbox still reads it.
const APP_MAILBOX_DIR = ".mailbox/e2e-app";
// The app's clock: a millisecond offset the tests move to pass a due time without waiting.
const CLOCK_FILE = path.resolve(".tmp/e2e-clock");

assertLocalDatabase(DATABASE_URL);
assertThrowawaySqlite(DATABASE_URL);
assertClientMatches(DATABASE_URL);
// The tests read the SMTP server's mailbox and know the app's address through these.
process.env.SMTP_MAILBOX_DIR = SMTP_MAILBOX_DIR;
process.env.APP_MAILBOX_DIR = APP_MAILBOX_DIR;
process.env.E2E_APP_PORT = String(APP_PORT);
process.env.E2E_CLOCK_FILE = CLOCK_FILE;
// Every run, and every test worker, starts on the real time; e2e/support/clock.ts moves it.
mkdirSync(path.dirname(CLOCK_FILE), { recursive: true });
writeFileSync(CLOCK_FILE, "0");

const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  DATABASE_URL,
  SMTP_PORT: String(SMTP_PORT),
  SMTP_MAILBOX_DIR,
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  SMTP_REFUSE_DOMAIN: REFUSING_DOMAIN,
  SMTP_DEFER_DOMAIN: BUSY_DOMAIN,
  // Retries are checked every second rather than every 30 s, so a test sees one without a long wait.
  DELIVERY_TICK_MS: "1000",
  BIWEEKLY_CLOCK_FILE: CLOCK_FILE,
  MAILBOX_DIR: APP_MAILBOX_DIR,
  MAIL_FROM: "Biweekly <updates@biweekly.test>",
  NEXTAUTH_URL: APP_URL,
  NEXTAUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
  CRON_SECRET,
  // Every test signs in from this machine: the per-client limit would stop the run, not protect it.
  // The per-address limit keeps its default and is tested (e2e/sign-in-limits.spec.ts).
  SIGN_IN_MAILS_PER_IP: "100000",
};

// A fresh database each run: SQLite starts from an empty file; PostgreSQL is migrated in place
// (the test command gives it a new, throwaway server).
const prepareDatabase = DATABASE_URL.startsWith("file:")
  ? `rm -f '${sqliteFile(DATABASE_URL)}' && mkdir -p '${path.dirname(sqliteFile(DATABASE_URL))}' && npx prisma migrate deploy`
  : "npx prisma migrate deploy";
const serverOutput = process.env.E2E_SERVER_LOGS ? "pipe" : "ignore";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL: APP_URL,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      command: `rm -rf '${SMTP_MAILBOX_DIR}' && npx tsx scripts/smtp-server.ts`,
      port: SMTP_PORT,
      env,
      stdout: serverOutput,
      reuseExistingServer: false,
    },
    {
      command: `${prepareDatabase} && npx next start -p ${APP_PORT}`,
      url: `${APP_URL}/api/auth/providers`,
      env,
      stdout: serverOutput,
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
