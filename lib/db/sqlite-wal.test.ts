import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { enableWriteAheadLog } from "./sqlite-wal";

let database: TestDatabase | undefined;
afterEach(() => database?.remove());

const journalMode = (file: string) => {
  const connection = new Database(file, { readonly: true });
  try {
    return connection.pragma("journal_mode", { simple: true });
  } finally {
    connection.close();
  }
};

describe("enableWriteAheadLog", () => {
  it("switches the database file to write-ahead logging, which a later connection sees", async () => {
    database = await createTestDatabase();
    expect(journalMode(database.file)).toBe("delete");
    enableWriteAheadLog(database.url);
    expect(journalMode(database.file)).toBe("wal");
    enableWriteAheadLog(database.url);
    expect(journalMode(database.file)).toBe("wal");
  });

  it("leaves a database that does not exist yet for the migrations to create", async () => {
    database = await createTestDatabase();
    const missing = path.join(path.dirname(database.file), "not-yet.db");
    enableWriteAheadLog(`file:${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});
