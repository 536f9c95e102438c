// A fresh SQLite database file with every migration applied, for tests that need a real database.
// lib/testing/database-setup.ts gives every unit test file one (vitest setupFiles); tests that need
// a second file, or clients of their own, call createTestDatabase().
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const MIGRATIONS_DIR = path.resolve(__dirname, "../../prisma/sqlite/migrations");

export type TestDatabase = {
  /** A DATABASE_URL for this database ("file:/tmp/.../test.db"). */
  url: string;
  file: string;
  /** Deletes the database file and its folder. */
  remove: () => void;
};

function migrationScripts(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"));
}

/** Creates an empty database in a new folder under `parent`, built by the project's own migrations. */
export async function createTestDatabase(parent: string = tmpdir()): Promise<TestDatabase> {
  const folder = mkdtempSync(path.join(parent, "biweekly-test-"));
  const file = path.join(folder, "test.db");
  const url = `file:${file}`;
  // The driver adapter the app itself uses runs each multi-statement migration script.
  const connection = await new PrismaBetterSqlite3({ url }).connect();
  try {
    for (const script of migrationScripts()) await connection.executeScript(script);
  } finally {
    await connection.dispose();
  }
  return { url, file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Creates a test database and makes it the one lib/db/client connects to. */
export async function installTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  return database;
}
