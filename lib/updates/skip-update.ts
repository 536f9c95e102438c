import "server-only";
import { z } from "zod";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { toDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import { assertSendable, InvalidMessageError, type OutgoingMessage } from "@/lib/delivery/message";
import { messageIdFor } from "@/lib/delivery/message-id";
import { kickDeliveryTicker } from "@/lib/delivery/ticker";
import { AppError, notFound } from "@/lib/errors/app-error";
import { composeSkipNote } from "./compose-skip-note";

export type SkipUpdateOptions = {
  authorId: string;
  updateId: string;
  /** Why there is no update this cycle (vacation, say); kept in the history. */
  reason: string;
  /** One line for the boss, sent with the skip-level on cc; nothing is sent without it. */
  note?: string;
  now: Date;
};

export type SkippedUpdate = { noteMessageId: string | null };

const SKIPPABLE_STATES = ["DRAFT", "FAILED"] as const;

const NOT_SKIPPABLE: Partial<Record<string, string>> = {
  APPROVED: "This update is approved. Edit it to withdraw the approval, then skip the cycle.",
  SENT: "This update has already been sent, so its cycle cannot be skipped.",
  SKIPPED: "This cycle is already skipped.",
};

export const skipInput = z.object({
  reason: z.string().trim().min(1, "Say why you are skipping this cycle").max(500, "Keep the reason under 500 characters"),
  note: z
    .string()
    .trim()
    .max(200, "Keep the note to one line of at most 200 characters")
    .refine((note) => !/[\r\n]/.test(note), "The note is one line")
    .optional()
    .transform((note) => note || undefined),
});

function checked(options: SkipUpdateOptions) {
  const result = skipInput.safeParse({ reason: options.reason, note: options.note });
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
  throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", fieldErrors);
}

async function loadUpdateToSkip({ authorId, updateId }: SkipUpdateOptions) {
  const update = await db.update.findFirst({
    where: { id: updateId, authorId },
    select: { id: true, state: true, dueAt: true, author: { select: { name: true, email: true, timeZone: true, recipients: true } } },
  });
  if (!update) throw notFound("Update");
  if (!SKIPPABLE_STATES.some((state) => state === update.state)) {
    throw new AppError("CONFLICT", NOT_SKIPPABLE[update.state] ?? "This update cannot be skipped.");
  }
  return update;
}

type UpdateToSkip = Awaited<ReturnType<typeof loadUpdateToSkip>>;

async function composeNote(update: UpdateToSkip, note: string): Promise<OutgoingMessage> {
  const { author } = update;
  if (!author.recipients) throw new AppError("INVALID_INPUT", "Add your boss and skip-level in Settings before sending them a note.");
  const config = serverConfig();
  const composed = await composeSkipNote({
    author: { name: author.name ?? author.email, email: author.email },
    recipients: author.recipients,
    dueAt: update.dueAt,
    timeZone: author.timeZone,
    note,
    mailFrom: config.mailFrom,
  });
  try {
    return assertSendable({ ...composed, messageId: messageIdFor(`skip:${update.id}`, config.appUrl) });
  } catch (error) {
    if (error instanceof InvalidMessageError) throw new AppError("INVALID_INPUT", `${error.message}. Check the names and addresses in Settings.`);
    throw error;
  }
}

/**
 * Skips the author's cycle with a reason, so the history has no silent hole. With a note, the
 * boss and skip-level get the author's one line; the skip and the note are recorded together.
 */
export async function skipUpdate(options: SkipUpdateOptions): Promise<SkippedUpdate> {
  const { authorId, updateId, now } = options;
  const { reason, note } = checked(options);
  const update = await loadUpdateToSkip(options);
  const message = note ? await composeNote(update, note) : null;
  await db.$transaction(async (tx) => {
    const skipped = await tx.update.updateMany({
      where: { id: updateId, authorId, state: { in: [...SKIPPABLE_STATES] } },
      data: { state: "SKIPPED", skipReason: reason, skipNote: note ?? null },
    });
    if (skipped.count !== 1) throw new AppError("CONFLICT", "This update changed while it was being skipped. Reload and try again.");
    if (!message) return;
    await tx.delivery.create({
      data: { userId: authorId, updateId, kind: "SKIP_NOTE", idempotencyKey: `skip:${updateId}`, nextAttemptAt: now, ...toDeliverySnapshot(message) },
    });
  });
  if (message) void kickDeliveryTicker();
  return { noteMessageId: message?.messageId ?? null };
}
