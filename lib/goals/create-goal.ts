import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import type { GoalInput } from "./goal-input";
import { personName } from "./person-name";

export type CreateGoalOptions = {
  ownerId: string;
  input: GoalInput;
  /** When it was added, from the server's clock; the database's own time when not given. */
  now?: Date;
};

/** Adds a goal at the end of the owner's list, on track, and records who owns it from now on. */
export async function createGoal({ ownerId, input, now }: CreateGoalOptions): Promise<Goal> {
  return db.$transaction(async (tx) => {
    const owner = await tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { name: true, email: true } });
    const last = await tx.goal.aggregate({ where: { ownerId }, _max: { position: true } });
    const goal = await tx.goal.create({
      data: {
        ownerId,
        title: input.title,
        description: input.description,
        targetDate: input.targetDate,
        position: (last._max.position ?? -1) + 1,
        ...(now ? { createdAt: now } : {}),
      },
    });
    await tx.goalOwnership.create({
      data: { goalId: goal.id, ownerId, ownerName: personName(owner), since: goal.createdAt },
    });
    return goal;
  });
}
