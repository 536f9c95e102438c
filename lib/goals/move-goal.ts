import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { MoveDirection } from "./goal-input";
import { activeGoalWhere } from "./goal-scope";

export type MoveGoalOptions = {
  ownerId: string;
  goalId: string;
  direction: MoveDirection;
};

/**
 * Swaps the goal with the active goal just above or below it. Closed goals are skipped, so the
 * order the update follows is the order the person sees. At either end nothing changes.
 */
export async function moveGoal({ ownerId, goalId, direction }: MoveGoalOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const goals = await tx.goal.findMany({
      where: { ownerId, ...activeGoalWhere },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    const from = goals.findIndex((goal) => goal.id === goalId);
    if (from === -1) throw notFound("Goal");
    const to = direction === "up" ? from - 1 : from + 1;
    const [goal, neighbour] = [goals[from], goals[to]];
    if (!goal || !neighbour) return;

    // Two goals saved at the same instant may share a position; then the whole list is renumbered
    // so the swap is visible. Otherwise the two goals trade places and no other row is written.
    const renumber = goal.position === neighbour.position;
    const reordered = goals.map((g, index) => ({
      id: index === from ? neighbour.id : index === to ? goal.id : g.id,
      position: index === from ? neighbour.position : index === to ? goal.position : g.position,
      target: renumber ? index : g.position,
    }));

    for (const row of reordered) {
      if (row.position === row.target) continue;
      const moved = await tx.goal.updateMany({ where: { id: row.id, ownerId }, data: { position: row.target } });
      if (moved.count !== 1) throw notFound("Goal");
    }
  });
}
