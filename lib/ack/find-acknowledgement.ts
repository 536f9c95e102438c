import "server-only";
import { db } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/schedule/format";
import { updateIdOfAckToken } from "./ack-url";

/** What the "Got it" page tells the reader about the update its link names. */
export type AckView = {
  /** The verified token, for the button that records the acknowledgement. */
  token: string;
  /** Whose update it is: the author is not one of its readers. */
  authorId: string;
  authorName: string;
  dueLabel: string;
  /** "Fri 27 Nov 2026, 16:05" in the author's zone, once acknowledged. */
  acknowledgedLabel: string | null;
};

/** The sent update a "Got it" link names, or null for a link that is not valid. */
export async function findAcknowledgement({ token }: { token: string }): Promise<AckView | null> {
  const updateId = updateIdOfAckToken(token);
  if (!updateId) return null;
  const update = await db.update.findFirst({
    where: { id: updateId, state: "SENT" },
    select: { dueAt: true, acknowledgedAt: true, author: { select: { id: true, name: true, email: true, timeZone: true } } },
  });
  if (!update) return null;
  const { author } = update;
  return {
    token,
    authorId: author.id,
    authorName: author.name?.trim() || author.email,
    dueLabel: formatDate(update.dueAt, author.timeZone),
    acknowledgedLabel: update.acknowledgedAt ? formatDateTime(update.acknowledgedAt, author.timeZone) : null,
  };
}
