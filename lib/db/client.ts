import "server-only";
import { PrismaClient } from "@prisma/client";
import { databaseEngine, postgresConfig } from "./engine";
import { enableWriteAheadLog } from "./sqlite-wal";

/**
 * Under a burst (many authors autosaving at once) a transaction can wait longer than Prisma's
 * default 2 s for a connection, or for SQLite's one writer, and the save would fail with P2028.
 * Waiting longer makes a busy server slower, never lose a save.
 */
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

function createClient(): PrismaClient {
  const { provider, url } = databaseEngine(process.env.DATABASE_URL);
  if (provider === "postgres") {
    // Required lazily so a SQLite deployment never loads the PostgreSQL driver, and vice versa.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaPg } = require("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
    return new PrismaClient({ adapter: new PrismaPg(postgresConfig(url)), transactionOptions });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3") as typeof import("@prisma/adapter-better-sqlite3");
  enableWriteAheadLog(url);
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5_000 }), transactionOptions });
}

// One client per process; the dev server's hot reload would otherwise open a new pool each time.
const globalForPrisma = globalThis as unknown as { biweeklyPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.biweeklyPrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.biweeklyPrisma = db;

/** The client, or the transaction client inside `db.$transaction`. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
