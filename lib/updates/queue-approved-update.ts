import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { toDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import type { OutgoingMessage } from "@/lib/delivery/message";
import { kickDeliveryTicker } from "@/lib/delivery/ticker";
import { AppError } from "@/lib/errors/app-error";
import { composeOutgoingUpdate, loadUpdateToSend, type UpdateToSend } from "./outgoing-update";

type UpdateState = UpdateToSend["state"];

export type QueueApprovedUpdateOptions = {
  authorId: string;
  updateId: string;
  now: Date;
  /** The version the author previewed. When given, an update saved since then is not queued. */
  version?: number;
  /** "now": it leaves at once. "due": it leaves at the cycle's due instant, or at once if that has passed. */
  when: "now" | "due";
  /** The states this approval may start from. */
  from: readonly UpdateState[];
};

export type QueuedUpdate = { messageId: string; sendAt: Date };

const NOT_QUEUEABLE: Partial<Record<UpdateState, string>> = {
  APPROVED: "This update is already approved and on its way.",
  SENT: "This update has already been sent.",
  SKIPPED: "This update was skipped, so it cannot be sent.",
};

const ON_ITS_WAY = "This update is already on its way.";

type Approval = { authorId: string; update: UpdateToSend; message: OutgoingMessage; now: Date; sendAt: Date; from: readonly UpdateState[] };

/**
 * Marks the update approved and queues its message in one transaction: both happen, or neither.
 * The message reuses its existing row when one was refused, or is queued for later than now, so
 * it keeps its Message-ID; a row already due or being sent is left alone and the approval fails.
 */
async function approveAndQueue({ authorId, update, message, now, sendAt, from }: Approval): Promise<void> {
  const idempotencyKey = `update:${update.id}`;
  const snapshot = toDeliverySnapshot(message);
  await db.$transaction(async (tx) => {
    const approved = await tx.update.updateMany({
      where: { id: update.id, authorId, state: { in: [...from] }, version: update.version },
      data: { state: "APPROVED", approvedAt: now },
    });
    if (approved.count !== 1) {
      throw new AppError("CONFLICT", "This update changed while it was being approved. Check the preview and try again.");
    }
    const requeued = await tx.delivery.updateMany({
      where: { idempotencyKey, userId: authorId, OR: [{ state: "FAILED" }, { state: "QUEUED", nextAttemptAt: { gt: sendAt } }] },
      data: { ...snapshot, state: "QUEUED", attempts: 0, nextAttemptAt: sendAt, leaseUntil: null, lastError: null, sentAt: null },
    });
    if (requeued.count === 0) {
      await tx.delivery.create({
        data: { userId: authorId, updateId: update.id, kind: "UPDATE", idempotencyKey, nextAttemptAt: sendAt, ...snapshot },
      });
    }
  });
}

/**
 * Approves the author's update and queues exactly what the preview showed, to leave now or at the
 * due instant. When the mail server is unreachable the update stays approved and the outbox keeps
 * trying; nothing approved is lost.
 */
export async function queueApprovedUpdate(options: QueueApprovedUpdateOptions): Promise<QueuedUpdate> {
  const { authorId, now, from } = options;
  const update = await loadUpdateToSend(options);
  if (!from.includes(update.state)) {
    throw new AppError("CONFLICT", NOT_QUEUEABLE[update.state] ?? "This update cannot be sent.");
  }
  if (options.version !== undefined && options.version !== update.version) {
    throw new AppError("CONFLICT", "This update was edited after you previewed it. Check the preview and try again.");
  }
  const sendAt = options.when === "due" && update.dueAt > now ? update.dueAt : now;
  const message = await composeOutgoingUpdate(update);
  try {
    await approveAndQueue({ authorId, update, message, now, sendAt, from });
  } catch (error) {
    // Its message is already due or being sent (another tab won the race): that one goes out.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", ON_ITS_WAY);
    }
    throw error;
  }
  if (sendAt <= now) void kickDeliveryTicker();
  return { messageId: message.messageId, sendAt };
}
