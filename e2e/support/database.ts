// The test database itself, for checks a page cannot show: which rows a refused request left alone.
import { PrismaClient } from "@prisma/client";
import { databaseEngine, postgresConfig } from "../../lib/db/engine";

export async function openDatabase(): Promise<PrismaClient> {
  const { provider, url } = databaseEngine(process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db");
  const adapter =
    provider === "postgres"
      ? new (await import("@prisma/adapter-pg")).PrismaPg(postgresConfig(url))
      : new (await import("@prisma/adapter-better-sqlite3")).PrismaBetterSqlite3({ url });
  return new PrismaClient({ adapter });
}

/**
 * Everything a person owns, as comparable JSON: their account row, recipients, schedule, goals and
 * their ownership history, handovers either way, updates with their sections, the outbox and the
 * asks. Sign-in sessions are left out: reading a page may extend one.
 */
export type Rows = Record<string, string>;

export async function rowsOf(db: PrismaClient, userId: string): Promise<Rows> {
  const byId = { orderBy: { id: "asc" as const } };
  const rows = {
    user: await db.user.findUnique({ where: { id: userId } }),
    recipients: await db.recipients.findUnique({ where: { userId } }),
    schedule: await db.schedule.findUnique({ where: { userId } }),
    goals: await db.goal.findMany({ where: { ownerId: userId }, ...byId }),
    ownerships: await db.goalOwnership.findMany({ where: { ownerId: userId }, ...byId }),
    handovers: await db.goalHandover.findMany({ where: { OR: [{ fromUserId: userId }, { toUserId: userId }] }, ...byId }),
    updates: await db.update.findMany({ where: { authorId: userId }, include: { sections: { orderBy: { id: "asc" } } }, ...byId }),
    deliveries: await db.delivery.findMany({ where: { userId }, ...byId }),
    asks: await db.ask.findMany({ where: { authorId: userId }, ...byId }),
  };
  return Object.fromEntries(Object.entries(rows).map(([table, value]) => [table, JSON.stringify(value)]));
}

/** The tables whose rows differ, by name: short enough to read in a failure message. */
export function changedTables(before: Rows, after: Rows): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
