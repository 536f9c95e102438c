// The schedule as pure date maths: cycle k is due at `firstDueDate + k × interval` at the local
// time in the author's zone. Nothing here reads a clock or a database.
import { Temporal } from "temporal-polyfill";

export type ScheduleRule = {
  intervalWeeks: number;
  /** "HH:MM", wall-clock time in `timeZone`. */
  localTime: string;
  /** "YYYY-MM-DD", the local date of cycle 0. */
  firstDueDate: string;
  timeZone: string;
};

export type Cycle = { index: number; startsAt: Date; dueAt: Date };

/**
 * The due instant of cycle `index`. A local time that does not exist (spring forward) moves
 * forward by the gap; one that occurs twice (fall back) takes the first occurrence. That is
 * Temporal's "compatible" disambiguation.
 */
export function dueInstant(rule: ScheduleRule, index: number): Date {
  const date = Temporal.PlainDate.from(rule.firstDueDate).add({ weeks: index * rule.intervalWeeks });
  const zoned = date.toZonedDateTime({
    timeZone: rule.timeZone,
    plainTime: Temporal.PlainTime.from(rule.localTime),
  });
  return new Date(zoned.epochMilliseconds);
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The cycle that is open at `now`: the first one whose due instant is at or after `now`. */
export function cycleAt(rule: ScheduleRule, now: Date): Cycle {
  const first = dueInstant(rule, 0).getTime();
  // A first guess from elapsed time; zone offsets shift it by hours at most, so step to the exact one.
  let index = Math.max(0, Math.floor((now.getTime() - first) / (rule.intervalWeeks * WEEK_MS)));
  while (index > 0 && dueInstant(rule, index - 1) >= now) index--;
  while (dueInstant(rule, index) < now) index++;
  return cycle(rule, index);
}

/** The next `count` due instants at or after `now`, starting with the due instant of the open cycle. */
export function upcomingDueInstants(rule: ScheduleRule, now: Date, count = 5): Date[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, got ${count}`);
  const { index } = cycleAt(rule, now);
  return Array.from({ length: count }, (_, k) => dueInstant(rule, index + k));
}

export function cycle(rule: ScheduleRule, index: number): Cycle {
  return { index, startsAt: dueInstant(rule, index - 1), dueAt: dueInstant(rule, index) };
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a "YYYY-MM-DD" date. */
export function isoWeekday(date: string): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

/** The first date on or after `from` (a "YYYY-MM-DD" date) that falls on `weekday`. */
export function nextWeekday(from: string, weekday: number): string {
  const start = Temporal.PlainDate.from(from);
  return start.add({ days: (weekday - start.dayOfWeek + 7) % 7 }).toString();
}

/** Today's date in `timeZone`, as "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}
