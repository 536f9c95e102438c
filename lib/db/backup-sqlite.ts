// A consistent copy of a live SQLite database: `VACUUM INTO` reads the whole database inside one
// read transaction, so the app keeps reading and writing while it runs and the copy is one moment
// of the database, never a torn file. (The page-by-page backup API restarts whenever another
// connection writes, so under steady autosaves it might never finish.)
import Database from "better-sqlite3";
import { rmSync, statSync } from "node:fs";

export type BackupSqliteOptions = {
  /** The database file, as its path on disk. */
  source: string;
  /** Where the copy goes; its folder must exist, and an existing file there is replaced. */
  destination: string;
};

export type SqliteBackup = { destination: string; bytes: number; pages: number };

export { sqliteFilePath } from "./engine";

/** Writes the copy, then checks it opens and passes SQLite's integrity check. */
export function backupSqlite({ source, destination }: BackupSqliteOptions): SqliteBackup {
  const live = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // A write in progress holds the database briefly; wait for it rather than fail.
    live.pragma("busy_timeout = 10000");
    rmSync(destination, { force: true });
    live.prepare("VACUUM INTO ?").run(destination);
  } finally {
    live.close();
  }
  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`The backup at ${destination} failed SQLite's integrity check: ${String(result)}`);
    const pages = Number(copy.pragma("page_count", { simple: true }));
    return { destination, bytes: statSync(destination).size, pages };
  } finally {
    copy.close();
  }
}
