import "server-only";
import { db } from "@/lib/db/client";
import { cycle, cycleAt, type Cycle, type ScheduleRule } from "@/lib/schedule/cycles";

export type NextUnwrittenCycleOptions = {
  authorId: string;
  rule: ScheduleRule;
  now: Date;
  /** When the author set up their schedule: cycles due before it were never theirs to write. */
  since: Date | null;
};

const HALF_WEEK_MS = 3.5 * 24 * 60 * 60 * 1000;

/**
 * The next cycle to write: the first one at or after `now` that is due after every update the
 * author already has. Sending (or skipping) early moves on to a later cycle, and a schedule change
 * never opens a second update for a period already written: the new cycle starts where the last
 * update ended, and one that would be shorter than half an interval (moving the due time from
 * 16:00 to 17:00, say) joins the cycle after it. A cycle that came due with no update at all is
 * offered first, so it can still be written late or skipped with a reason: no silent holes.
 */
export async function nextUnwrittenCycle({ authorId, rule, now, since }: NextUnwrittenCycleOptions): Promise<Cycle> {
  const latest = await db.update.findFirst({ where: { authorId }, orderBy: { dueAt: "desc" }, select: { dueAt: true } });
  const shortest = rule.intervalWeeks * HALF_WEEK_MS;
  const unwritten = (c: Cycle) => !latest || c.dueAt.getTime() - latest.dueAt.getTime() >= shortest;
  const current = cycleAt(rule, now);
  const missed = cycle(rule, current.index - 1);
  if (missed.index >= 0 && since && missed.dueAt > since && unwritten(missed)) return missed;
  let next = current;
  while (!unwritten(next)) next = cycle(rule, next.index + 1);
  if (latest && next.startsAt < latest.dueAt) next = { ...next, startsAt: latest.dueAt };
  return next;
}
