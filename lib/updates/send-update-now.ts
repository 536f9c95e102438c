import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { toDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import type { OutgoingMessage } from "@/lib/delivery/message";
import { kickDeliveryTicker } from "@/lib/delivery/ticker";
import { AppError } from "@/lib/errors/app-error";
import { composeOutgoingUpdate, loadUpdateToSend, type UpdateToSend } from "./outgoing-update";

export type SendUpdateNowOptions = {
  authorId: string;
  updateId: string;
  now: Date;
  /** The version the author previewed. When given, an update saved since then is not sent. */
  version?: number;
};

export type SendUpdateNowResult = { messageId: string };

const SENDABLE_STATES = ["DRAFT", "FAILED"] as const;

const NOT_SENDABLE: Partial<Record<string, string>> = {
  APPROVED: "This update is already on its way.",
  SENT: "This update has already been sent.",
  SKIPPED: "This update was skipped, so it cannot be sent.",
};

/** Approves the update and queues its message in one transaction: both happen, or neither. */
async function approveAndQueue(authorId: string, update: UpdateToSend, message: OutgoingMessage, now: Date): Promise<void> {
  const idempotencyKey = `update:${update.id}`;
  const snapshot = toDeliverySnapshot(message);
  await db.$transaction(async (tx) => {
    const approved = await tx.update.updateMany({
      where: { id: update.id, authorId, state: { in: [...SENDABLE_STATES] }, version: update.version },
      data: { state: "APPROVED", approvedAt: now },
    });
    if (approved.count !== 1) {
      throw new AppError("CONFLICT", "This update changed while it was being sent. Check the preview and send it again.");
    }
    // A resend after a refusal reuses the same row, so the message keeps its Message-ID.
    const requeued = await tx.delivery.updateMany({
      where: { idempotencyKey, userId: authorId, state: "FAILED" },
      data: { ...snapshot, state: "QUEUED", attempts: 0, nextAttemptAt: now, leaseUntil: null, lastError: null, sentAt: null },
    });
    if (requeued.count === 0) {
      await tx.delivery.create({
        data: { userId: authorId, updateId: update.id, kind: "UPDATE", idempotencyKey, nextAttemptAt: now, ...snapshot },
      });
    }
  });
}

/**
 * "Send now": approves the author's draft (or a refused update, to try again) and queues exactly
 * what the preview showed. The message leaves at once when the mail server is reachable; when it
 * is not, the update stays approved and the outbox keeps trying.
 */
export async function sendUpdateNow(options: SendUpdateNowOptions): Promise<SendUpdateNowResult> {
  const update = await loadUpdateToSend(options);
  if (!SENDABLE_STATES.some((state) => state === update.state)) {
    throw new AppError("CONFLICT", NOT_SENDABLE[update.state] ?? "This update cannot be sent.");
  }
  if (options.version !== undefined && options.version !== update.version) {
    throw new AppError("CONFLICT", "This update was edited after you previewed it. Check the preview and send it again.");
  }
  const message = await composeOutgoingUpdate(update);
  try {
    await approveAndQueue(options.authorId, update, message, options.now);
  } catch (error) {
    // Another "Send now" for the same update won the race; its message is the one that goes out.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "This update is already being sent.");
    }
    throw error;
  }
  void kickDeliveryTicker();
  return { messageId: message.messageId };
}
