import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { findAcknowledgement, type AckView } from "./find-acknowledgement";
import { updateIdOfAckToken } from "./ack-url";

export type AcknowledgeUpdateOptions = { token: string; now: Date };

export type Acknowledged = AckView & { acknowledgedLabel: string; alreadyAcknowledged: boolean };

/**
 * Records that the boss acknowledged the update the token names, once: a second click keeps the
 * first time. NOT_FOUND for a link that is not valid, so a guess learns nothing.
 */
export async function acknowledgeUpdate({ token, now }: AcknowledgeUpdateOptions): Promise<Acknowledged> {
  const updateId = updateIdOfAckToken(token);
  if (!updateId) throw notFound("Link");
  const recorded = await db.update.updateMany({
    where: { id: updateId, state: "SENT", acknowledgedAt: null },
    data: { acknowledgedAt: now },
  });
  const view = await findAcknowledgement({ token });
  if (!view?.acknowledgedLabel) throw notFound("Link");
  return { ...view, acknowledgedLabel: view.acknowledgedLabel, alreadyAcknowledged: recorded.count === 0 };
}
