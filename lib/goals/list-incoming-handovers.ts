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

/**
 * Goals other people offered this person, still waiting for their answer, oldest first. Most
 * people have none: the goals and the people who offered them are read only when there are offers.
 */
export async function listIncomingHandovers({ receiverId }: { receiverId: string }): Promise<IncomingHandover[]> {
  const offers = await db.goalHandover.findMany({
    where: { toUserId: receiverId, state: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, note: true, createdAt: true, goalId: true, fromUserId: true },
  });
  if (offers.length === 0) return [];
  const [goals, people] = await Promise.all([
    db.goal.findMany({ where: { id: { in: offers.map((offer) => offer.goalId) } }, select: { id: true, title: true, description: true } }),
    db.user.findMany({ where: { id: { in: offers.map((offer) => offer.fromUserId) } }, select: { id: true, name: true, email: true } }),
  ]);
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const personById = new Map(people.map((person) => [person.id, person]));
  return offers.flatMap((offer) => {
    const goal = goalById.get(offer.goalId);
    const from = personById.get(offer.fromUserId);
    if (!goal || !from) return [];
    return [{ id: offer.id, goalTitle: goal.title, goalDescription: goal.description, fromName: personName(from), note: offer.note, offeredAt: offer.createdAt }];
  });
}
