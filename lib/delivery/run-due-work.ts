import "server-only";
import type { Delivery, PrismaClient } from "@prisma/client";
import { claimDeliveries, dueWhere, releaseDeliveries } from "./claim-deliveries";
import { fromDeliverySnapshot } from "./delivery-snapshot";
import type { OutgoingMessage } from "./message";
import { planAuthorNotices } from "./plan-author-notices";
import { createSentRecorder, type SentRecorder } from "./sent-recorder";
import { settleFailure } from "./settle-failure";
import { SMTP_POOL_SIZE } from "./smtp-pool";

/** The part of the database the outbox touches. */
export type OutboxDb = Pick<PrismaClient, "delivery" | "update" | "schedule" | "goal" | "$transaction">;

export type SendMessage = (message: OutgoingMessage) => Promise<void>;

export type RunDueWorkOptions = {
  now: Date;
  db: OutboxDb;
  send: SendMessage;
  /** How long a claim holds a message, from the moment it is claimed; half of it must outlast one SMTP attempt (see transport timeouts). */
  leaseMs?: number;
  /** At most this many messages per run; the rest wait for the next run. */
  batch?: number;
  /** At most this many messages on their way at once: the SMTP pool's connections. */
  concurrency?: number;
  /** Source of the retry jitter, in [0, 1). */
  random?: () => number;
};

export type DueWorkResult = { sent: number; retried: number; failed: number };

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_BATCH = 1000;
/** A sending slot claims this many messages with one write, then sends them one after another. */
const CLAIM_GROUP = 100;

type Run = {
  options: RunDueWorkOptions;
  leaseMs: number;
  leaseUntil: () => Date;
  sent: SentRecorder;
  result: DueWorkResult;
};

/**
 * Sends every message that is due, once. Safe to run from several places at the same moment:
 * each sending slot claims its next few messages with a conditional update right before sending
 * them, and only the run whose update matched a message sends it. Several slots send at once.
 */
export async function runDueWork(options: RunDueWorkOptions): Promise<DueWorkResult> {
  const { now, db, batch = DEFAULT_BATCH, concurrency = SMTP_POOL_SIZE, leaseMs = DEFAULT_LEASE_MS } = options;
  await planNoticesBeforeSending(now, db);
  const due = await db.delivery.findMany({
    where: dueWhere(now),
    orderBy: { nextAttemptAt: "asc" },
    take: batch,
    select: { id: true },
  });
  const slots = Math.max(1, concurrency);
  const run: Run = {
    options,
    leaseMs,
    leaseUntil: leaseClock(now, leaseMs),
    sent: createSentRecorder({ db, now }),
    result: { sent: 0, retried: 0, failed: 0 },
  };
  const groupSize = Math.max(1, Math.min(CLAIM_GROUP, Math.ceil(due.length / slots)));
  const groups = Array.from({ length: Math.ceil(due.length / groupSize) }, (_, i) =>
    due.slice(i * groupSize, (i + 1) * groupSize).map(({ id }) => id),
  );
  try {
    await inSlots(slots, groups, (ids) => sendGroup(ids, run));
  } finally {
    // What has left is recorded as sent even when a slot stopped on an error.
    await run.sent.settled();
  }
  return run.result;
}

/**
 * Reminders and overdue nudges are queued first, so the same run sends them. Planning must never
 * hold back the updates themselves: if it fails, the run still sends what is due.
 */
async function planNoticesBeforeSending(now: Date, db: OutboxDb): Promise<void> {
  try {
    await planAuthorNotices({ now, db });
  } catch (error) {
    console.error("delivery: reminders could not be planned; due messages are still sent", error);
  }
}

/**
 * A run's `now` is fixed when it starts, but a message claimed late in a long run must still get
 * its whole lease: count the lease from the run's start plus the time the run has taken so far.
 */
function leaseClock(now: Date, leaseMs: number): () => Date {
  const started = performance.now();
  return () => new Date(now.getTime() + Math.ceil(performance.now() - started) + leaseMs);
}

/**
 * Works through the groups with `slots` workers. If one fails (the database went away), the
 * others take nothing new, finish what they hold, and the first error is thrown.
 */
async function inSlots<T>(slots: number, groups: T[], work: (group: T) => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  const worker = async () => {
    for (let group = groups.shift(); group !== undefined; group = groups.shift()) {
      try {
        await work(group);
      } catch (error) {
        errors.push(error);
        groups.length = 0;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(slots, groups.length) }, worker));
  if (errors.length > 0) throw errors[0];
}

async function sendGroup(ids: string[], run: Run): Promise<void> {
  const { db, now } = run.options;
  const claimedAt = performance.now();
  const claimed = await claimDeliveries({ db, ids, now, leaseUntil: run.leaseUntil() });
  for (const [index, row] of claimed.entries()) {
    // A mail server so slow that half the lease is gone: give the rest back untried, rather than
    // send one as its lease runs out and another run takes it too.
    if (performance.now() - claimedAt > run.leaseMs / 2) return releaseDeliveries({ db, rows: claimed.slice(index) });
    run.result[await deliver(row, run)] += 1;
  }
}

async function deliver(row: Delivery, run: Run): Promise<keyof DueWorkResult> {
  const { db, now, send, random } = run.options;
  try {
    await send(fromDeliverySnapshot(row));
  } catch (error) {
    return settleFailure({ db, now, row, error, random });
  }
  run.sent.record(row);
  return "sent";
}
