// When the author hears from us: reminders before a due instant, and the nudge after one passed.
// Pure date maths, like the cycles they are based on.
import { cycleAt, dueInstant, type Cycle, type ScheduleRule } from "./cycles";

const MINUTE_MS = 60_000;

/** Four weeks: the longest lead time a reminder may have. */
export const MAX_REMINDER_LEAD_MINUTES = 40_320;

/**
 * The lead times in a stored list ("2880,120"), longest first. The list is read defensively: a
 * part that is not a whole number of minutes between 1 and four weeks is left out.
 */
export function parseReminderLeads(stored: string): number[] {
  const leads = stored
    .split(",")
    .map((part) => part.trim())
    .filter((part) => /^\d{1,6}$/.test(part))
    .map(Number)
    .filter((minutes) => minutes >= 1 && minutes <= MAX_REMINDER_LEAD_MINUTES);
  return [...new Set(leads)].sort((a, b) => b - a);
}

/** The cycle open at `now` (due at or after it) and the last one already due (null before the first). */
export type CyclesAround = { open: Cycle; last: Cycle | null };

export function cyclesAround(rule: ScheduleRule, now: Date): CyclesAround {
  const open = cycleAt(rule, now);
  if (open.dueAt.getTime() <= now.getTime()) return { open, last: open };
  const last = open.index > 0 ? { index: open.index - 1, startsAt: dueInstant(rule, open.index - 2), dueAt: open.startsAt } : null;
  return { open, last };
}

export type DueReminder = { cycle: Cycle; leadMinutes: number };

/**
 * The reminder due at `now` for the open cycle: the latest lead time that has passed. When several
 * passed at once (the server was down), only the latest counts, so the author gets one reminder
 * rather than a burst. Null once the due instant is reached.
 */
export function dueReminder(open: Cycle, leads: readonly number[], now: Date): DueReminder | null {
  const untilDue = open.dueAt.getTime() - now.getTime();
  if (untilDue <= 0) return null;
  const passed = leads.filter((lead) => lead * MINUTE_MS >= untilDue);
  if (passed.length === 0) return null;
  return { cycle: open, leadMinutes: Math.min(...passed) };
}
