// `npm run db:backup [destination]`: a consistent online backup of the SQLite database named by
// DATABASE_URL (default ./data/biweekly.db), taken while the app keeps running. Without a
// destination it goes to ./data/backups/biweekly-<UTC time>.db. PostgreSQL has pg_dump for this.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { backupSqlite, sqliteFilePath } from "../lib/db/backup-sqlite";
import { databaseEngine } from "../lib/db/engine";

function defaultDestination(source: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return path.join(path.dirname(source), "backups", `biweekly-${stamp}.db`);
}

async function main(): Promise<void> {
  const { provider, url } = databaseEngine(process.env.DATABASE_URL);
  if (provider !== "sqlite") {
    console.error("DATABASE_URL names a PostgreSQL database: back it up with pg_dump (see README, \"Backup and restore\").");
    process.exit(1);
  }
  const source = sqliteFilePath(url);
  if (!existsSync(source)) {
    console.error(`No database at ${source}: check DATABASE_URL, or start the app once to create it.`);
    process.exit(1);
  }
  const destination = path.resolve(process.argv[2] ?? defaultDestination(source));
  mkdirSync(path.dirname(destination), { recursive: true });
  const backup = backupSqlite({ source, destination });
  console.log(`Backed up ${source} to ${backup.destination} (${backup.pages} pages, ${(backup.bytes / 1024).toFixed(0)} KiB); integrity check ok.`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
