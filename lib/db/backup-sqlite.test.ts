import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { backupSqlite, sqliteFilePath } from "./backup-sqlite";
import { enableWriteAheadLog } from "./sqlite-wal";

// The backup command starts its own Node process.
const COMMAND_TIMEOUT_MS = 60_000;

const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((remove) => remove()));

async function liveDatabase(): Promise<{ database: TestDatabase; client: PrismaClient }> {
  const database = await createTestDatabase();
  // As the app's own client leaves it: in write-ahead-log mode.
  enableWriteAheadLog(database.url);
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: database.url, timeout: 5_000 }) });
  cleanup.push(() => database.remove());
  return { database, client };
}

/** `npm run db:backup <destination>`, in its own process as in real use, beside the app's writes. */
async function runBackupCommand(databaseUrl: string, destination: string): Promise<string> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/db-backup.ts", destination], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return stdout;
}

function scratchFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "biweekly-backup-"));
  cleanup.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

describe("npm run db:backup", () => {
  it("copies a database that is being written to, consistently, and the copy restores into a working app database", { timeout: COMMAND_TIMEOUT_MS }, async () => {
    const { database, client } = await liveDatabase();
    const author = await client.user.create({ data: { email: "ada@example.com", name: "Ada Lovelace", timeZone: "Europe/Berlin" } });
    for (let position = 0; position < 50; position += 1) {
      await client.goal.create({ data: { ownerId: author.id, title: `Goal ${position}`, position } });
    }
    // Writes keep coming while the copy is taken by the backup command.
    let writing = true;
    let written = 50;
    const writer = (async () => {
      for (; writing; written += 1) {
        await client.goal.create({ data: { ownerId: author.id, title: `Goal ${written}`, position: written } });
        // SQLite answers without waiting on I/O; let the backup command's process be heard between writes.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const destination = path.join(scratchFolder(), "backup.db");
    let output: string;
    try {
      output = await runBackupCommand(database.url, destination);
    } finally {
      writing = false;
      await writer;
      await client.$disconnect();
    }
    expect(output).toMatch(/^Backed up .* integrity check ok\.$/m);
    expect(written).toBeGreaterThan(50);

    // Restoring is copying the backup over the database file while the app is stopped.
    const restored = path.join(scratchFolder(), "biweekly.db");
    copyFileSync(destination, restored);
    const restoredClient = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${restored}` }) });
    try {
      const goals = await restoredClient.goal.findMany({ where: { ownerId: author.id }, orderBy: { position: "asc" } });
      expect(goals.length).toBeGreaterThanOrEqual(50);
      // One moment of the database: every goal up to the last one copied, none missing in between.
      expect(goals.map((goal) => goal.position)).toEqual(goals.map((_, index) => index));
      await restoredClient.goal.create({ data: { ownerId: author.id, title: "Written after the restore", position: goals.length } });
      expect(await restoredClient.goal.count({ where: { ownerId: author.id } })).toBe(goals.length + 1);
    } finally {
      await restoredClient.$disconnect();
    }
  });

});

describe("backupSqlite", () => {
  it("refuses a source that does not exist rather than creating an empty one", () => {
    const folder = scratchFolder();
    expect(() => backupSqlite({ source: path.join(folder, "missing.db"), destination: path.join(folder, "copy.db") })).toThrow();
  });
});

describe("sqliteFilePath", () => {
  it("resolves a file: DATABASE_URL as the app does", () => {
    expect(sqliteFilePath("file:./data/biweekly.db")).toBe(path.resolve("data/biweekly.db"));
    expect(sqliteFilePath("file:/srv/biweekly.db")).toBe("/srv/biweekly.db");
  });
});
