import { existsSync } from "node:fs";
import { sqliteFilePath } from "./engine";

/**
 * Puts the database in write-ahead-log mode, so readers never wait for the writer and autosaves
 * from many authors queue briefly (the busy timeout) instead of failing. The mode is stored in
 * the file, so this is a no-op after the first start. A file that does not exist yet is left for
 * the migrations to create; the next start switches it.
 */
export function enableWriteAheadLog(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  if (!existsSync(file)) return;
  // Required here so a PostgreSQL deployment never loads the SQLite driver.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const connection = new Database(file, { timeout: 5_000 });
  try {
    connection.pragma("journal_mode = WAL");
  } finally {
    connection.close();
  }
}
