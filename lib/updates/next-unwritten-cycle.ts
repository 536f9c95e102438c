import "server-only";
import { db } from "@/lib/db/client";
import { cycle, cycleAt, type Cycle, type ScheduleRule } from "@/lib/schedule/cycles";

export type NextUnwrittenCycleOptions = { authorId: string; rule: ScheduleRule; now: Date };

/**
 * The first cycle at or after `now` that has no update yet: the current one, or a later one when
 * the author already sent (or skipped) this cycle's update early.
 */
export async function nextUnwrittenCycle({ authorId, rule, now }: NextUnwrittenCycleOptions): Promise<Cycle> {
  let next = cycleAt(rule, now);
  while (await db.update.findUnique({ where: { authorId_dueAt: { authorId, dueAt: next.dueAt } }, select: { id: true } })) {
    next = cycle(rule, next.index + 1);
  }
  return next;
}
