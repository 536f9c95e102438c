// Where the end-to-end run finds its browser and database, and the checks that stop it from
// touching anything that is not on this machine.
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

/** The bearer secret the app under test expects on POST /api/cron. */
export const CRON_SECRET = "e2e-only-cron-secret-e2e-only-cron-secret";

/** The test SMTP server refuses recipients here for good (550). */
export const REFUSING_DOMAIN = "refused.example.test";
/** The test SMTP server tells the first attempt for each recipient here to try again later (451). */
export const BUSY_DOMAIN = "busy.example.test";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The Chromium to drive: CHROMIUM_PATH, then Debian's package, then one Playwright installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", chromium.executablePath()];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

/** Refuses any database that is not a local file or a server on loopback: tests create users. */
export function assertLocalDatabase(url: string): void {
  if (url.startsWith("file:")) return;
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error(`E2E database URL is not a valid URL: "${url}".`);
  }
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(`End-to-end tests only run against a local database; "${host}" is not loopback.`);
  }
}

/**
 * The generated Prisma client speaks one provider. A client generated for the other one fails
 * on the first query with an obscure error, so say it plainly before anything starts.
 */
export function assertClientMatches(url: string): void {
  const schemaFile = "node_modules/.prisma/client/schema.prisma";
  if (!existsSync(schemaFile)) return;
  const generated = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/.exec(readFileSync(schemaFile, "utf8"))?.[1];
  const wanted = url.startsWith("file:") ? "sqlite" : "postgresql";
  if (generated && generated !== wanted) {
    throw new Error(
      `The Prisma client was generated for ${generated} but the E2E database is ${wanted}. ` +
        `Run: DATABASE_URL='${url}' npm run db:generate && DATABASE_URL='${url}' npx next build`,
    );
  }
}

/** The file behind a SQLite URL such as file:./.tmp/e2e.db. */
export function sqliteFile(url: string): string {
  return url.slice("file:".length).split("?")[0]!;
}

/** Each run deletes its SQLite file: only accept one in a scratch folder, never a real database. */
export function assertThrowawaySqlite(url: string): void {
  if (!url.startsWith("file:")) return;
  const file = path.resolve(sqliteFile(url));
  const scratch = [path.resolve(".tmp"), path.resolve(tmpdir())];
  if (!scratch.some((dir) => file.startsWith(dir + path.sep))) {
    throw new Error(`End-to-end runs delete their SQLite file; put it under .tmp/ or ${tmpdir()}, not at ${file}.`);
  }
}
