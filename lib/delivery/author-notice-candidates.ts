// Which reminders and overdue nudges an author is owed at a given moment. Pure: the planner
// feeds it what it read from the database.
import type { UpdateState } from "@prisma/client";
import type { Cycle, ScheduleRule } from "@/lib/schedule/cycles";
import { cyclesAround, dueReminder, parseReminderLeads, type CyclesAround } from "@/lib/schedule/reminders";

export type NoticeKind = "REMINDER" | "OVERDUE";

export type ScheduledAuthor = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  setupCompletedAt: Date | null;
  schedule: Omit<ScheduleRule, "timeZone"> & { reminderLeadMinutes: string; pausedUntil: Date | null };
};

/** A notice the schedule calls for, before looking at the author's updates. */
export type NoticeCandidate = { kind: NoticeKind; idempotencyKey: string; author: ScheduledAuthor; cycle: Cycle };

export type AuthorUpdate = { id: string; authorId: string; dueAt: Date; state: UpdateState };

/** A notice to send: the candidate, the update it is about (if one exists) and its due instant. */
export type AuthorNotice = NoticeCandidate & { update: AuthorUpdate | null; dueAt: Date };

/** Still in the author's hands: a reminder helps. (FAILED: the server refused it; it needs them again.) */
const NEEDS_WRITING: readonly UpdateState[] = ["DRAFT", "FAILED"];

export function reminderKey(userId: string, dueAt: Date, leadMinutes: number): string {
  return `reminder:${userId}:${dueAt.toISOString()}:${leadMinutes}`;
}

export function overdueKey(userId: string, dueAt: Date): string {
  return `overdue:${userId}:${dueAt.toISOString()}`;
}

export type CycleLookup = (rule: ScheduleRule) => CyclesAround;

/**
 * The cycles around `now` for each schedule, worked out once per distinct schedule: the date maths
 * is the costly part of a run, and many authors share a schedule.
 */
export function cycleLookup(now: Date): CycleLookup {
  const known = new Map<string, CyclesAround>();
  return (rule) => {
    const key = `${rule.intervalWeeks}|${rule.localTime}|${rule.firstDueDate}|${rule.timeZone}`;
    let cycles = known.get(key);
    if (!cycles) {
      cycles = cyclesAround(rule, now);
      known.set(key, cycles);
    }
    return cycles;
  };
}

/**
 * The reminder due for the open cycle and the nudge for the last cycle that passed. Nothing for a
 * cycle due while the schedule is paused, and no nudge for a cycle due before the author set up.
 */
export function noticeCandidates(author: ScheduledAuthor, now: Date, cycles: CycleLookup = cycleLookup(now)): NoticeCandidate[] {
  const { schedule } = author;
  const { open, last } = cycles({ ...schedule, timeZone: author.timeZone });
  const paused = (cycle: Cycle) => schedule.pausedUntil !== null && cycle.dueAt < schedule.pausedUntil;
  const candidates: NoticeCandidate[] = [];

  const reminder = dueReminder(open, parseReminderLeads(schedule.reminderLeadMinutes), now);
  if (reminder && !paused(open)) {
    const idempotencyKey = reminderKey(author.id, open.dueAt, reminder.leadMinutes);
    candidates.push({ kind: "REMINDER", idempotencyKey, author, cycle: open });
  }
  if (last && !paused(last) && author.setupCompletedAt && last.dueAt >= author.setupCompletedAt) {
    candidates.push({ kind: "OVERDUE", idempotencyKey: overdueKey(author.id, last.dueAt), author, cycle: last });
  }
  return candidates;
}

/**
 * The author's update for a cycle: the one due within it. An update due after it, with none
 * within, means a schedule change moved the period: that update already covers this cycle, and
 * no update will ever be opened for it, so there is nothing to remind about.
 */
function updateForCycle(cycle: Cycle, updates: readonly AuthorUpdate[]): AuthorUpdate | "covered" | null {
  const within = updates.filter((update) => update.dueAt > cycle.startsAt && update.dueAt <= cycle.dueAt);
  if (within.length > 0) return within.reduce((a, b) => (b.dueAt > a.dueAt ? b : a));
  return updates.some((update) => update.dueAt > cycle.dueAt) ? "covered" : null;
}

/**
 * Whether the candidate still applies given the author's updates. A reminder goes only while the
 * update still needs writing; a nudge only when it was never approved (missing or a draft).
 */
export function noticeFor(candidate: NoticeCandidate, updates: readonly AuthorUpdate[], now: Date): AuthorNotice | null {
  const update = updateForCycle(candidate.cycle, updates);
  if (update === "covered") return null;
  // An update keeps the due instant it was created with, even if the schedule moved since.
  const dueAt = update?.dueAt ?? candidate.cycle.dueAt;
  if (candidate.kind === "REMINDER") {
    if (update && !NEEDS_WRITING.includes(update.state)) return null;
    if (dueAt <= now) return null;
  } else if (update && update.state !== "DRAFT") {
    return null;
  }
  return { ...candidate, update, dueAt };
}
