import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { CloseOutcome } from "./goal-input";
import { activeGoalWhere } from "./goal-scope";

export type CloseGoalOptions = {
  ownerId: string;
  goalId: string;
  outcome: CloseOutcome;
  reason: string;
  now: Date;
};

/** Takes a goal off the list as done or dropped, recording when and why. */
export async function closeGoal({ ownerId, goalId, outcome, reason, now }: CloseGoalOptions): Promise<Goal> {
  return db.$transaction(async (tx) => {
    const closed = await tx.goal.updateMany({
      where: { id: goalId, ownerId, ...activeGoalWhere },
      data: { status: outcome, closedAt: now, closeReason: reason },
    });
    const goal = await tx.goal.findFirst({ where: { id: goalId, ownerId } });
    if (!goal) throw notFound("Goal");
    // Closing twice would overwrite the first reason; the record of why it closed is kept.
    if (closed.count === 0) throw new AppError("CONFLICT", "This goal is already closed.");
    return goal;
  });
}
