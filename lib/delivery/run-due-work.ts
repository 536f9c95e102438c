import "server-only";
import type { Delivery, Prisma, PrismaClient } from "@prisma/client";
import { fromDeliverySnapshot } from "./delivery-snapshot";
import { classifyMailError, describeMailError } from "./mail-error";
import type { OutgoingMessage } from "./message";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-delay";

/** The part of the database the outbox touches. */
export type OutboxDb = Pick<PrismaClient, "delivery" | "update" | "$transaction">;

export type SendMessage = (message: OutgoingMessage) => Promise<void>;

export type RunDueWorkOptions = {
  now: Date;
  db: OutboxDb;
  send: SendMessage;
  /** How long a claim holds a message; it must outlast one SMTP attempt (see transport timeouts). */
  leaseMs?: number;
  /** At most this many messages per run; the rest wait for the next run. */
  batch?: number;
  /** Source of the retry jitter, in [0, 1). */
  random?: () => number;
};

export type DueWorkResult = { sent: number; retried: number; failed: number };

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_BATCH = 25;

/** Messages whose time has come, and messages whose sender died while holding them. */
function dueWhere(now: Date): Prisma.DeliveryWhereInput {
  return {
    OR: [
      { state: "QUEUED", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      { state: "SENDING", leaseUntil: { lt: now } },
    ],
  };
}

/**
 * Sends every message that is due, once. Safe to run from several places at the same moment:
 * each message is claimed with a conditional update, and only the run whose update matched sends.
 */
export async function runDueWork(options: RunDueWorkOptions): Promise<DueWorkResult> {
  const { now, db, leaseMs = DEFAULT_LEASE_MS, batch = DEFAULT_BATCH } = options;
  const due = await db.delivery.findMany({
    where: dueWhere(now),
    orderBy: { nextAttemptAt: "asc" },
    take: batch,
    select: { id: true },
  });
  const result: DueWorkResult = { sent: 0, retried: 0, failed: 0 };
  for (const { id } of due) {
    const claimed = await claim(db, id, now, leaseMs);
    if (claimed) result[await deliver(claimed, options)] += 1;
  }
  return result;
}

async function claim(db: OutboxDb, id: string, now: Date, leaseMs: number): Promise<Delivery | null> {
  const { count } = await db.delivery.updateMany({
    where: { id, ...dueWhere(now) },
    data: { state: "SENDING", leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  if (count !== 1) return null;
  return db.delivery.findUnique({ where: { id } });
}

async function deliver(row: Delivery, options: RunDueWorkOptions): Promise<keyof DueWorkResult> {
  try {
    await options.send(fromDeliverySnapshot(row));
  } catch (error) {
    return settleFailure(row, error, options);
  }
  await markSent(options.db, row, options.now);
  return "sent";
}

async function markSent(db: OutboxDb, row: Delivery, now: Date): Promise<void> {
  // Once a message has left, "sent" is the truth, whatever a slower attempt recorded meanwhile.
  const steps: Prisma.PrismaPromise<unknown>[] = [
    db.delivery.updateMany({
      where: { id: row.id, userId: row.userId, state: { not: "SENT" } },
      data: { state: "SENT", sentAt: now, leaseUntil: null, lastError: null },
    }),
  ];
  if (row.updateId) {
    steps.push(
      db.update.updateMany({
        where: { id: row.updateId, authorId: row.userId, state: { not: "SENT" } },
        data: { state: "SENT", sentAt: now },
      }),
    );
  }
  await db.$transaction(steps);
}

async function settleFailure(row: Delivery, error: unknown, options: RunDueWorkOptions): Promise<"retried" | "failed"> {
  const { db, now } = options;
  const reason = describeMailError(error);
  const kind = classifyMailError(error);
  if (kind === "transient" && row.attempts < MAX_ATTEMPTS) {
    await db.delivery.updateMany({
      where: { id: row.id, userId: row.userId, state: "SENDING" },
      data: {
        state: "QUEUED",
        leaseUntil: null,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts, options.random)),
        lastError: reason,
      },
    });
    return "retried";
  }
  const lastError = kind === "transient" ? `Gave up after ${row.attempts} attempts. Last error: ${reason}` : reason;
  await markFailed(db, row, lastError);
  return "failed";
}

async function markFailed(db: OutboxDb, row: Delivery, lastError: string): Promise<void> {
  const steps: Prisma.PrismaPromise<unknown>[] = [
    db.delivery.updateMany({
      where: { id: row.id, userId: row.userId, state: "SENDING" },
      data: { state: "FAILED", leaseUntil: null, lastError },
    }),
  ];
  if (row.updateId) {
    steps.push(
      db.update.updateMany({
        where: { id: row.updateId, authorId: row.userId, state: "APPROVED" },
        data: { state: "FAILED" },
      }),
    );
  }
  await db.$transaction(steps);
}
