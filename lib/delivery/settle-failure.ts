import "server-only";
import type { Delivery, Prisma } from "@prisma/client";
import { classifyMailError, describeMailError } from "./mail-error";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-delay";
import type { OutboxDb } from "./run-due-work";

export type SettleFailureOptions = {
  db: OutboxDb;
  now: Date;
  row: Delivery;
  error: unknown;
  /** Source of the retry jitter, in [0, 1). */
  random?: () => number;
};

/** A send failed: try again later if it may pass, or mark the message failed with the server's reason. */
export async function settleFailure({ db, now, row, error, random }: SettleFailureOptions): Promise<"retried" | "failed"> {
  const reason = describeMailError(error);
  const kind = classifyMailError(error);
  if (kind === "transient" && row.attempts < MAX_ATTEMPTS) {
    await db.delivery.updateMany({
      where: { id: row.id, userId: row.userId, state: "SENDING" },
      data: {
        state: "QUEUED",
        leaseUntil: null,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts, random)),
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
  if (row.updateId && row.kind === "UPDATE") {
    steps.push(
      db.update.updateMany({
        where: { id: row.updateId, authorId: row.userId, state: "APPROVED" },
        data: { state: "FAILED" },
      }),
    );
  }
  await db.$transaction(steps);
}
