import "server-only";
import { db } from "@/lib/db/client";
import { personName } from "./person-name";

export type WaitingHandover = { id: string; toName: string; toEmail: string; note: string; offeredAt: Date };

/** The owner's offer of this goal that the other person has not answered yet, if any. */
export async function getWaitingHandover({ ownerId, goalId }: { ownerId: string; goalId: string }): Promise<WaitingHandover | null> {
  const offer = await db.goalHandover.findFirst({
    where: { goalId, fromUserId: ownerId, state: "PENDING", goal: { ownerId } },
    orderBy: { createdAt: "desc" },
    select: { id: true, note: true, createdAt: true, toUser: { select: { name: true, email: true } } },
  });
  if (!offer) return null;
  return { id: offer.id, toName: personName(offer.toUser), toEmail: offer.toUser.email, note: offer.note, offeredAt: offer.createdAt };
}
