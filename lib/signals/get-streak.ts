import "server-only";
import { db } from "@/lib/db/client";
import { cycle, cycleAt } from "@/lib/schedule/cycles";
import { getAuthorSchedule } from "@/lib/users/get-author-schedule";
import { onTimeStreak } from "./streak";

export type GetStreakOptions = { authorId: string; now: Date };

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Two years of weekly updates: a run longer than that is still shown, as at least this long. */
const LOOKBACK_UPDATES = 104;

/** The author's latest due instant at or before `now`, counting only cycles due after they set up. */
function lastCameDue(rule: Parameters<typeof cycleAt>[0], now: Date, since: Date | null): Date | null {
  const previous = cycleAt(rule, now).index - 1;
  if (previous < 0 || !since) return null;
  const { dueAt } = cycle(rule, previous);
  return dueAt > since ? dueAt : null;
}

/** How many of the author's updates in a row went out on time, as of `now` (see ./streak.ts). */
export async function getStreak({ authorId, now }: GetStreakOptions): Promise<number> {
  const [author, updates] = await Promise.all([
    getAuthorSchedule(authorId),
    db.update.findMany({
      where: { authorId },
      orderBy: { dueAt: "desc" },
      take: LOOKBACK_UPDATES,
      select: { state: true, dueAt: true, approvedAt: true },
    }),
  ]);
  if (!author?.schedule) return 0;
  const rule = { ...author.schedule, timeZone: author.timeZone };
  return onTimeStreak({
    updates,
    lastCameDue: lastCameDue(rule, now, author.setupCompletedAt),
    intervalMs: rule.intervalWeeks * WEEK_MS,
    now,
  });
}
