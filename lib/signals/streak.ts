// How many updates in a row went out on time, counting back from the latest cycle.
//
// - An update is on time when it was approved by its due time ("Send now" approves too); the
//   outbox then delivers it at that time, so a slow mail server does not cost the author.
// - A skipped cycle neither counts nor breaks the run: skipping with a reason is honest.
// - A late update, and a cycle that came due with nothing sent or skipped, end the run.
// - A cycle not yet due does not count until it is sent, and never breaks the run.

export type CycleOutcome = "on-time" | "late" | "skipped" | "missed" | "pending";

/** One of the author's updates, as the streak sees it. */
export type StreakUpdate = {
  state: "DRAFT" | "APPROVED" | "SENT" | "SKIPPED" | "FAILED";
  dueAt: Date;
  approvedAt: Date | null;
};

/** What became of the cycle an update belongs to, as of `now`. */
export function outcomeOf({ state, dueAt, approvedAt }: StreakUpdate, now: Date): CycleOutcome {
  if (state === "SKIPPED") return "skipped";
  const approvedInTime = approvedAt !== null && approvedAt <= dueAt;
  if (state === "SENT" || state === "APPROVED") {
    if (approvedInTime) return "on-time";
    if (state === "SENT") return "late";
  }
  return dueAt > now ? "pending" : state === "DRAFT" || state === "FAILED" ? "missed" : "late";
}

/** The length of the run of on-time cycles at the newest end of `newestFirst`. */
export function countStreak(newestFirst: readonly CycleOutcome[]): number {
  let streak = 0;
  for (const outcome of newestFirst) {
    if (outcome === "on-time") streak += 1;
    else if (outcome === "late" || outcome === "missed") break;
  }
  return streak;
}

export type CycleOutcomesOptions = {
  /** The author's updates, newest due first. */
  updates: readonly StreakUpdate[];
  /** The latest due instant of the author's schedule at or before `now`, if any came due since setup. */
  lastCameDue: Date | null;
  /** The schedule's interval, in milliseconds. */
  intervalMs: number;
  now: Date;
};

/**
 * Every cycle's outcome, newest first, with the cycles that came due with no update at all
 * marked missed. A cycle without an update shows as a gap of more than one and a half intervals
 * between two updates (a gap of several cycles counts once: one is enough to end a run).
 */
export function cycleOutcomes({ updates, lastCameDue, intervalMs, now }: CycleOutcomesOptions): CycleOutcome[] {
  const outcomes: CycleOutcome[] = [];
  const newest = updates[0];
  if (lastCameDue && (!newest || lastCameDue.getTime() - newest.dueAt.getTime() >= intervalMs / 2)) outcomes.push("missed");
  updates.forEach((update, index) => {
    outcomes.push(outcomeOf(update, now));
    const older = updates[index + 1];
    if (older && update.dueAt.getTime() - older.dueAt.getTime() > 1.5 * intervalMs) outcomes.push("missed");
  });
  return outcomes;
}

/** Cycles sent on time in a row, as of `now`. */
export function onTimeStreak(options: CycleOutcomesOptions): number {
  return countStreak(cycleOutcomes(options));
}
