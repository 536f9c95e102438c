import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { findAcknowledgement, type AckView } from "./find-acknowledgement";
import { updateIdOfAckToken } from "./ack-url";

/** `readerId` is the signed-in person pressing the button, if anyone is signed in. */
export type AcknowledgeUpdateOptions = { token: string; now: Date; readerId?: string | null };

export const OWN_UPDATE = "This is your own update: \u201cGot it\u201d is for the people you sent it to.";

export type Acknowledged = AckView & { acknowledgedLabel: string; alreadyAcknowledged: boolean };

/**
 * Records that the boss acknowledged the update the token names, once: a second click keeps the
 * first time. NOT_FOUND for a link that is not valid, so a guess learns nothing. The author
 * cannot acknowledge their own update (CONFLICT): the link reaches them too, in what they sent.
 */
export async function acknowledgeUpdate({ token, now, readerId }: AcknowledgeUpdateOptions): Promise<Acknowledged> {
  const updateId = updateIdOfAckToken(token);
  if (!updateId) throw notFound("Link");
  const recorded = await db.update.updateMany({
    where: { id: updateId, state: "SENT", acknowledgedAt: null, ...(readerId ? { authorId: { not: readerId } } : {}) },
    data: { acknowledgedAt: now },
  });
  const view = await findAcknowledgement({ token });
  if (view && readerId && view.authorId === readerId) throw new AppError("CONFLICT", OWN_UPDATE);
  if (!view?.acknowledgedLabel) throw notFound("Link");
  return { ...view, acknowledgedLabel: view.acknowledgedLabel, alreadyAcknowledged: recorded.count === 0 };
}
