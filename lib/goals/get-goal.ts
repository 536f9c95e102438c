import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type GetGoalOptions = {
  ownerId: string;
  goalId: string;
};

/** One of the owner's goals; someone else's goal is indistinguishable from a missing one. */
export async function getGoal({ ownerId, goalId }: GetGoalOptions): Promise<Goal> {
  const goal = await db.goal.findFirst({ where: { id: goalId, ownerId } });
  if (!goal) throw notFound("Goal");
  return goal;
}
