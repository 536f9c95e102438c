import "server-only";
import { db } from "@/lib/db/client";
import { cycleAt } from "@/lib/schedule/cycles";
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
  const nextDue = author?.schedule ? cycleAt({ ...author.schedule, timeZone: author.timeZone }, now).dueAt : null;
  return { open, lastSent, activeGoals, nextDue };
}
