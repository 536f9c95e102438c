import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { closedGoalWhere } from "./goal-scope";

export type ReopenGoalOptions = {
  ownerId: string;
  goalId: string;
};

/**
 * Puts a closed goal back at the end of the list, on track, and forgets the close reason.
 * Reopening a goal that is already open changes nothing, so a second click is harmless.
 */
export async function reopenGoal({ ownerId, goalId }: ReopenGoalOptions): Promise<Goal> {
  return db.$transaction(async (tx) => {
    const last = await tx.goal.aggregate({ where: { ownerId }, _max: { position: true } });
    await tx.goal.updateMany({
      where: { id: goalId, ownerId, ...closedGoalWhere },
      data: { status: "ON_TRACK", closedAt: null, closeReason: null, position: (last._max.position ?? -1) + 1 },
    });
    const goal = await tx.goal.findFirst({ where: { id: goalId, ownerId } });
    if (!goal) throw notFound("Goal");
    return goal;
  });
}
