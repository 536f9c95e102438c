import "server-only";
import type { Goal } from "@prisma/client";
import { db } from "@/lib/db/client";
import { activeGoalWhere, closedGoalWhere } from "./goal-scope";

export type ListGoalsOptions = {
  ownerId: string;
  include: "active" | "closed" | "all";
};

/** The owner's goals in the order they chose. */
export async function listGoals({ ownerId, include }: ListGoalsOptions): Promise<Goal[]> {
  const statusWhere = include === "active" ? activeGoalWhere : include === "closed" ? closedGoalWhere : {};
  return db.goal.findMany({
    where: { ownerId, ...statusWhere },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}
