import "server-only";
import { db } from "@/lib/db/client";
import { cycleAt } from "@/lib/schedule/cycles";
import { nextUnwrittenCycle } from "./next-unwritten-cycle";
import { OPEN_STATES } from "./open-current-update";

export type HomeSummaryOptions = { authorId: string; now: Date };

/** What the author needs at a glance: the update in hand, when the next one is due, the last one sent. */
export async function getHomeSummary({ authorId, now }: HomeSummaryOptions) {
  const [author, open, lastSent, activeGoals] = await Promise.all([
    db.user.findUnique({ where: { id: authorId }, select: { timeZone: true, schedule: true } }),
    db.update.findFirst({
      where: { authorId, state: { in: [...OPEN_STATES] } },
      orderBy: { dueAt: "asc" },
      select: { id: true, state: true, dueAt: true, updatedAt: true },
    }),
    db.update.findFirst({ where: { authorId, state: "SENT" }, orderBy: { sentAt: "desc" }, select: { id: true, dueAt: true, sentAt: true } }),
    db.goal.count({ where: { ownerId: authorId, status: { notIn: ["DONE", "DROPPED"] } } }),
  ]);
  if (!author?.schedule) return { open, lastSent, activeGoals, next: null, currentCycleDone: false };
  const rule = { ...author.schedule, timeZone: author.timeZone };
  const next = await nextUnwrittenCycle({ authorId, rule, now });
  // This cycle's update already went out (or was skipped): the next one to write is a later cycle.
  const currentCycleDone = next.index > cycleAt(rule, now).index;
  return { open, lastSent, activeGoals, next: next.dueAt, currentCycleDone };
}
