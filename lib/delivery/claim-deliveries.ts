import "server-only";
import type { Delivery, Prisma } from "@prisma/client";
import type { OutboxDb } from "./run-due-work";

/** Messages whose time has come, and messages whose sender died while holding them. */
export function dueWhere(now: Date): Prisma.DeliveryWhereInput {
  return {
    OR: [
      { state: "QUEUED", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      { state: "SENDING", leaseUntil: { lt: now } },
    ],
  };
}

/**
 * The same messages as dueWhere, given that a claim always sets a lease and a message is only
 * claimed once due. Written without a condition on one state, so that the database finds the
 * claimed ids by primary key instead of walking every due row in the (state, time) index.
 */
function claimableWhere(now: Date): Prisma.DeliveryWhereInput {
  return {
    state: { notIn: ["SENT", "FAILED"] },
    nextAttemptAt: { lte: now },
    OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
  };
}

export type ClaimDeliveriesOptions = {
  db: OutboxDb;
  ids: string[];
  now: Date;
  /** Until when no other run may take the messages; it must outlast their sends. */
  leaseUntil: Date;
};

/**
 * Takes due messages for sending, and returns those it took. The claim is one conditional update:
 * of several runs racing for the same message, exactly one sees its row match and gets it back.
 */
export function claimDeliveries({ db, ids, now, leaseUntil }: ClaimDeliveriesOptions): Promise<Delivery[]> {
  return db.delivery.updateManyAndReturn({
    where: { id: { in: ids }, ...claimableWhere(now) },
    data: { state: "SENDING", leaseUntil, attempts: { increment: 1 } },
  });
}

export type ReleaseDeliveriesOptions = { db: OutboxDb; rows: Delivery[] };

/**
 * Gives back messages a run claimed but did not try, for the next run to take at once. Only while
 * the claim is still this run's: the lease it set is still on the row.
 */
export async function releaseDeliveries({ db, rows }: ReleaseDeliveriesOptions): Promise<void> {
  const [first] = rows;
  if (!first?.leaseUntil) return;
  await db.delivery.updateMany({
    where: { id: { in: rows.map((row) => row.id) }, state: "SENDING", leaseUntil: first.leaseUntil },
    data: { state: "QUEUED", leaseUntil: null, attempts: { decrement: 1 } },
  });
}
