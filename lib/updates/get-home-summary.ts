import "server-only";
import { db } from "@/lib/db/client";
import { cycleAt } from "@/lib/schedule/cycles";
import { SPREAD_THIN_DEFAULT } from "@/lib/signals/spread-thin";
import { getAuthorSchedule } from "@/lib/users/get-author-schedule";
import { nextUnwrittenCycle } from "./next-unwritten-cycle";
import { OPEN_STATES } from "./open-current-update";

export type HomeSummaryOptions = { authorId: string; now: Date };

async function openUpdate(authorId: string) {
  const open = await db.update.findFirst({
    where: { authorId, state: { in: [...OPEN_STATES] } },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      state: true,
      dueAt: true,
      updatedAt: true,
      deliveries: { where: { userId: authorId, kind: "UPDATE" }, take: 1, select: { nextAttemptAt: true, lastError: true } },
    },
  });
  if (!open) return null;
  const { deliveries, ...rest } = open;
  // When an approved update leaves, and why a refused one did not arrive.
  return { ...rest, sendsAt: deliveries[0]?.nextAttemptAt ?? null, lastError: deliveries[0]?.lastError ?? null };
}

/**
 * What the author needs at a glance: the update in hand, when the next one is due, the last one
 * sent, and the number of active goals they chose to carry at most.
 */
export async function getHomeSummary({ authorId, now }: HomeSummaryOptions) {
  const [author, open, lastSent] = await Promise.all([
    getAuthorSchedule(authorId),
    openUpdate(authorId),
    db.update.findFirst({ where: { authorId, state: "SENT" }, orderBy: { sentAt: "desc" }, select: { id: true, dueAt: true, sentAt: true } }),
  ]);
  const spreadThinAbove = author?.spreadThinAbove ?? SPREAD_THIN_DEFAULT;
  if (!author?.schedule) return { open, lastSent, spreadThinAbove, next: null, currentCycleDone: false, currentCycle: null };
  const rule = { ...author.schedule, timeZone: author.timeZone };
  const current = cycleAt(rule, now);
  const next = await nextUnwrittenCycle({ authorId, rule, now, since: author.setupCompletedAt });
  // This cycle's update already went out (or was skipped): the next one to write is a later cycle.
  const currentCycleDone = next.index > current.index;
  const currentCycle = currentCycleDone
    ? await db.update.findUnique({ where: { authorId_dueAt: { authorId, dueAt: current.dueAt } }, select: { state: true, skipReason: true } })
    : null;
  return { open, lastSent, spreadThinAbove, next: next.dueAt, currentCycleDone, currentCycle };
}
