import "server-only";
import type { PrismaClient, PrismaPromise } from "@prisma/client";
import { CYCLE_STATUSES } from "@/lib/content/document";
import { activeGoalWhere } from "./goal-scope";

export type SentUpdateRef = { updateId: string; authorId: string };

/**
 * The writes that give each goal still on its owner's list the status its owner chose in the
 * update that just went out. Goals left unset keep their status; closed goals keep their outcome.
 * Updates are applied in the order given, so the last one sent has the last word.
 */
export function latestStatusSteps(db: Pick<PrismaClient, "goal">, sent: SentUpdateRef[]): PrismaPromise<unknown>[] {
  return sent.flatMap(({ updateId, authorId }) =>
    CYCLE_STATUSES.map((status) =>
      db.goal.updateMany({
        where: { ownerId: authorId, ...activeGoalWhere, sections: { some: { updateId, status } } },
        data: { status },
      }),
    ),
  );
}
