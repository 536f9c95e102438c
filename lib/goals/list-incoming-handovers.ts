import "server-only";
import { db } from "@/lib/db/client";
import { personName } from "./person-name";

export type IncomingHandover = {
  id: string;
  goalTitle: string;
  goalDescription: string;
  fromName: string;
  note: string;
  offeredAt: Date;
};

/** Goals other people offered this person, still waiting for their answer, oldest first. */
export async function listIncomingHandovers({ receiverId }: { receiverId: string }): Promise<IncomingHandover[]> {
  const offers = await db.goalHandover.findMany({
    where: { toUserId: receiverId, state: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      note: true,
      createdAt: true,
      goal: { select: { title: true, description: true } },
      fromUser: { select: { name: true, email: true } },
    },
  });
  return offers.map((offer) => ({
    id: offer.id,
    goalTitle: offer.goal.title,
    goalDescription: offer.goal.description,
    fromName: personName(offer.fromUser),
    note: offer.note,
    offeredAt: offer.createdAt,
  }));
}
