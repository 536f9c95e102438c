// Two server instances, each with its own database client, draining the same outbox at the same
// moment: the situation the outbox's claims exist for. Used on SQLite and on PostgreSQL.
import type { PrismaClient } from "@prisma/client";
import { drainDueWork } from "@/lib/delivery/drain-due-work";
import type { DueWorkResult, SendMessage } from "@/lib/delivery/run-due-work";
import { seedDueUpdates } from "./seed-due-updates";

export type RaceTwoInstancesOptions = {
  instances: [PrismaClient, PrismaClient];
  send: SendMessage;
  now: Date;
  count: number;
};

export type RaceOutcome = {
  /** The Message-IDs that were queued, sorted. */
  queued: string[];
  /** What each instance reported. */
  results: DueWorkResult[];
  /** How each row ended: "STATE/attempts", one entry per row. */
  rows: string[];
};

export async function raceTwoInstances({ instances, send, now, count }: RaceTwoInstancesOptions): Promise<RaceOutcome> {
  const [first, second] = instances;
  const queued = await seedDueUpdates({ db: first, count, dueAt: now, prefix: "race" });
  // Small batches, so that the instances meet again and again over the same rows.
  const drain = (db: PrismaClient) => drainDueWork({ clock: () => now, db, send, batch: 10, random: () => 0.5 });
  const results = await Promise.all([drain(first), drain(second), drain(first), drain(second)]);
  const rows = await first.delivery.findMany({ where: { idempotencyKey: { startsWith: "update:race-" } } });
  return { queued: queued.sort(), results, rows: rows.map((row) => `${row.state}/${row.attempts}`) };
}
