import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import { personName } from "./person-name";

export type OwnershipSpan = { ownerId: string; ownerName: string; since: Date; until: Date | null };

/**
 * Who owned a goal when, first owner first. Called with a goal already read for its owner.
 * A goal from before owners were recorded has had one owner since it was created.
 */
export async function listGoalOwners(goal: Pick<Goal, "id" | "ownerId" | "createdAt">): Promise<OwnershipSpan[]> {
  const rows = await db.goalOwnership.findMany({
    where: { goalId: goal.id },
    orderBy: { since: "asc" },
    select: { ownerId: true, ownerName: true, since: true, until: true },
  });
  if (rows.length > 0) return rows;
  const owner = await db.user.findUniqueOrThrow({ where: { id: goal.ownerId }, select: { name: true, email: true } });
  return [{ ownerId: goal.ownerId, ownerName: personName(owner), since: goal.createdAt, until: null }];
}
