import "server-only";
import { db } from "@/lib/db/client";
import { personName } from "./person-name";

/** The owner's goals offered to someone who has not answered yet: goal id to that person's name. */
export async function listWaitingHandovers({ ownerId }: { ownerId: string }): Promise<Record<string, string>> {
  const offers = await db.goalHandover.findMany({
    where: { fromUserId: ownerId, state: "PENDING", goal: { ownerId } },
    select: { goalId: true, toUser: { select: { name: true, email: true } } },
  });
  return Object.fromEntries(offers.map((offer) => [offer.goalId, personName(offer.toUser)]));
}
