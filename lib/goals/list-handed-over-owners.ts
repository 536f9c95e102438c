import "server-only";
import { db } from "@/lib/db/client";
import { personName } from "./person-name";

export type ListHandedOverOwnersOptions = {
  /** The author of the update naming these goals. */
  formerOwnerId: string;
  goalIds: string[];
};

/**
 * The goals among `goalIds` that this person once owned and has since handed over, with their
 * owner's name now: an update begun before the handover names the right owner. Goals they never
 * owned are not looked up, so an update cannot be used to learn who owns someone else's goal.
 */
export async function listHandedOverOwners({ formerOwnerId, goalIds }: ListHandedOverOwnersOptions): Promise<Record<string, string>> {
  if (goalIds.length === 0) return {};
  const goals = await db.goal.findMany({
    where: { id: { in: goalIds }, ownerId: { not: formerOwnerId }, ownerships: { some: { ownerId: formerOwnerId } } },
    select: { id: true, owner: { select: { name: true, email: true } } },
  });
  return Object.fromEntries(goals.map((goal) => [goal.id, personName(goal.owner)]));
}
