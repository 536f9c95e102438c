import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { GoalEditInput } from "./goal-input";
import { activeGoalWhere } from "./goal-scope";

export type UpdateGoalOptions = {
  ownerId: string;
  goalId: string;
  input: GoalEditInput;
};

/** Saves the goal's words and, for a goal still on the list, how it is going. */
export async function updateGoal({ ownerId, goalId, input }: UpdateGoalOptions): Promise<Goal> {
  return db.$transaction(async (tx) => {
    const saved = await tx.goal.updateMany({
      where: { id: goalId, ownerId },
      data: { title: input.title, description: input.description, targetDate: input.targetDate },
    });
    if (saved.count === 0) throw notFound("Goal");

    if (input.status) {
      // A closed goal keeps its outcome; reopening is the one way back onto the list.
      const moved = await tx.goal.updateMany({
        where: { id: goalId, ownerId, ...activeGoalWhere },
        data: { status: input.status },
      });
      if (moved.count === 0) {
        throw new AppError("CONFLICT", "This goal is closed. Reopen it to change how it is going.", {
          status: "Reopen the goal first.",
        });
      }
    }
    return tx.goal.findFirstOrThrow({ where: { id: goalId, ownerId } });
  });
}
