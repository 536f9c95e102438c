import "server-only";
import { goalSectionsOf } from "@/lib/content/document";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { ackUrlFor } from "@/lib/ack/ack-url";
import { summarizeOpenAsks } from "@/lib/asks/summarize-open-asks";
import { listHandedOverOwners } from "@/lib/goals/list-handed-over-owners";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { assertSendable, InvalidMessageError, type OutgoingMessage } from "@/lib/delivery/message";
import { messageIdFor } from "@/lib/delivery/message-id";
import { AppError, notFound } from "@/lib/errors/app-error";
import { composeUpdateMessage } from "./compose-update-message";

/** The author's update with everything its message needs; NOT_FOUND for anyone else's. */
export async function loadUpdateToSend({ authorId, updateId }: { authorId: string; updateId: string }) {
  const update = await db.update.findFirst({
    where: { id: updateId, authorId },
    select: {
      id: true,
      authorId: true,
      state: true,
      version: true,
      dueAt: true,
      content: true,
      author: { select: { name: true, email: true, timeZone: true, recipients: true } },
    },
  });
  if (!update) throw notFound("Update");
  return update;
}

export type UpdateToSend = Awaited<ReturnType<typeof loadUpdateToSend>>;

/** The exact message that goes out for this update: the preview shows it, "Send now" queues it. */
export async function composeOutgoingUpdate(update: UpdateToSend): Promise<OutgoingMessage> {
  const { author } = update;
  if (!author.recipients) {
    throw new AppError("INVALID_INPUT", "Add your boss and skip-level in Settings before sending.");
  }
  const config = serverConfig();
  const document = parseUpdateDocument(update.content);
  const goalIds = goalSectionsOf(document).map((section) => section.attrs.goalId);
  const composed = await composeUpdateMessage({
    author: { name: author.name ?? author.email, email: author.email },
    recipients: author.recipients,
    dueAt: update.dueAt,
    timeZone: author.timeZone,
    document,
    otherOwners: await listHandedOverOwners({ formerOwnerId: update.authorId, goalIds }),
    mailFrom: config.mailFrom,
    ackUrl: ackUrlFor(update.id),
    // New asks are dated by the cycle, as the subject is; the ledger dates them when they leave.
    openAsks: await summarizeOpenAsks({ authorId: update.authorId, updateId: update.id, document, askedAt: update.dueAt }),
  });
  try {
    return assertSendable({ ...composed, messageId: messageIdFor(`update:${update.id}`, config.appUrl) });
  } catch (error) {
    if (error instanceof InvalidMessageError) throw new AppError("INVALID_INPUT", `${error.message}. Check the names and addresses in Settings.`);
    throw error;
  }
}
