import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import type { GoalInput } from "./goal-input";

export type CreateGoalOptions = {
  ownerId: string;
  input: GoalInput;
};

/** Adds a goal at the end of the owner's list, on track. */
export async function createGoal({ ownerId, input }: CreateGoalOptions): Promise<Goal> {
  return db.$transaction(async (tx) => {
    const last = await tx.goal.aggregate({ where: { ownerId }, _max: { position: true } });
    return tx.goal.create({
      data: {
        ownerId,
        title: input.title,
        description: input.description,
        targetDate: input.targetDate,
        position: (last._max.position ?? -1) + 1,
      },
    });
  });
}
