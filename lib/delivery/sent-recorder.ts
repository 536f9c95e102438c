import "server-only";
import type { Delivery } from "@prisma/client";
import { recordSentAsks } from "@/lib/asks/record-sent-asks";
import { latestStatusSteps } from "@/lib/goals/latest-status-steps";
import type { OutboxDb } from "./run-due-work";

export type SentRecorder = {
  /** Notes that the message has left; it is written with the others that left meanwhile. */
  record(row: Delivery): void;
  /** Resolves once every noted message is recorded as sent; throws if writing failed. */
  settled(): Promise<void>;
};

export type CreateSentRecorderOptions = { db: OutboxDb; now: Date };

/** How long a sent message may wait for others to be recorded with it, and how many go at once. */
const LINGER_MS = 50;
const GROUP_MAX = 100;

/** A wait of `ms` that can be cut short. */
function interruptibleWait(ms: number): { wait: () => Promise<void>; cut: () => void } {
  let cut: (() => void) | null = null;
  return {
    wait: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          cut = null;
          resolve();
        };
        const timer = setTimeout(done, ms);
        cut = done;
      }),
    cut: () => cut?.(),
  };
}

/**
 * Records sent messages in groups: one transaction for the messages that left within a few
 * milliseconds of each other. A commit costs far more than a row (an fsync on SQLite). A message
 * waits LINGER_MS and a commit or two before "sent" is on disk, so a crash in that instant can
 * repeat only those few, with the same Message-ID, which mail clients show once.
 */
export function createSentRecorder({ db, now }: CreateSentRecorderOptions): SentRecorder {
  const waiting: Delivery[] = [];
  const linger = interruptibleWait(LINGER_MS);
  let writing: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;
  let settling = false;

  const writeAll = async () => {
    while (waiting.length > 0 && !failure) {
      if (waiting.length < GROUP_MAX && !settling) await linger.wait();
      await markSent(db, waiting.splice(0, GROUP_MAX), now).catch((error: unknown) => {
        failure = { error };
      });
    }
  };
  const start = () => {
    writing ??= writeAll().finally(() => (writing = null));
  };

  return {
    record(row) {
      // Once writing has failed, the database is not there: stop sending rather than send unrecorded.
      if (failure) throw failure.error;
      waiting.push(row);
      if (waiting.length >= GROUP_MAX) linger.cut();
      start();
    },
    async settled() {
      settling = true;
      linger.cut();
      while (writing || (waiting.length > 0 && !failure)) {
        start();
        await writing;
      }
      if (failure) throw failure.error;
    },
  };
}

async function markSent(db: OutboxDb, rows: Delivery[], now: Date): Promise<void> {
  // Only the update's own message changes its state: a reminder or a skip note about it never does.
  const updates = rows.filter((row) => row.updateId && row.kind === "UPDATE");
  await db.$transaction(async (tx) => {
    // Once a message has left, "sent" is the truth, whatever a slower attempt recorded meanwhile.
    await tx.delivery.updateMany({
      where: { id: { in: rows.map((row) => row.id) }, userId: { in: rows.map((row) => row.userId) }, state: { not: "SENT" } },
      data: { state: "SENT", sentAt: now, leaseUntil: null, lastError: null },
    });
    if (updates.length === 0) return;
    const where = { id: { in: updates.map((row) => row.updateId!) }, authorId: { in: updates.map((row) => row.userId) }, state: { not: "SENT" as const } };
    // Updates sent just now; one recorded before (a repeat after a crash) is not asked again.
    const newlySent = await tx.update.findMany({ where, select: { id: true, authorId: true } });
    await tx.update.updateMany({ where, data: { state: "SENT", sentAt: now } });
    for (const update of newlySent) await recordSentAsks(tx, { updateId: update.id, authorId: update.authorId, sentAt: now });
    // The boss has read how each goal is going: the goal list says the same from now on.
    const inOrder = [...updates].sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
    for (const step of latestStatusSteps(tx, inOrder.map((row) => ({ updateId: row.updateId!, authorId: row.userId })))) await step;
  });
}
