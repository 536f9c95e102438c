// Random schedules against an independent reading of the tz database through Intl, which does
// not go through Temporal or dueInstant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cycleAt, nextWeekday, upcomingDueInstants, type ScheduleRule } from "./cycles";

const ZONES = [
  "Europe/Berlin",
  "Europe/London",
  "Europe/Moscow", // moved its offset for good in 2011 and 2014
  "America/New_York",
  "America/St_Johns", // -03:30
  "America/Santiago", // clocks change at midnight
  "America/Sao_Paulo", // midnight changes until 2019, none since
  "America/Havana",
  "Africa/Casablanca", // summer time suspended for Ramadan
  "Asia/Tehran", // changes at midnight until 2022
  "Asia/Kolkata",
  "Asia/Kathmandu", // +05:45
  "Australia/Lord_Howe", // 30-minute shift
  "Pacific/Chatham", // +12:45 / +13:45
  "Pacific/Apia", // skipped 30 December 2011
  "Antarctica/Troll", // 2-hour shift
  "UTC",
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at `epochMs`, as milliseconds of a UTC date with the same fields. */
function wallClock(timeZone: string, epochMs: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    const numeric = "numeric" as const;
    format = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric,
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(epochMs);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
}

const offsetAt = (timeZone: string, epochMs: number) => wallClock(timeZone, epochMs) - epochMs;

/**
 * The due instant by the product rule, worked out from Intl offsets alone: the earliest instant
 * whose wall clock reads the target; if none does (a gap), the target read with the offset in
 * force before the gap, which is the target moved forward by the gap.
 */
function expectedDue(rule: ScheduleRule, index: number): number {
  const [year = NaN, month = NaN, day = NaN] = rule.firstDueDate.split("-").map(Number);
  const [hour = NaN, minute = NaN] = rule.localTime.split(":").map(Number);
  const target = Date.UTC(year, month - 1, day + index * 7 * rule.intervalWeeks, hour, minute);
  const offsets = new Set([-2, -1, 0, 1, 2].map((k) => offsetAt(rule.timeZone, target + k * DAY)));
  const exact = [...offsets].map((o) => target - o).filter((t) => wallClock(rule.timeZone, t) === target);
  if (exact.length > 0) return Math.min(...exact);
  return target - offsetAt(rule.timeZone, target - 2 * DAY);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" and "HH:MM" of a wall clock held as UTC milliseconds. */
const dateOf = (wall: number) => new Date(wall).toISOString().slice(0, 10);
const timeOf = (wall: number) => new Date(wall).toISOString().slice(11, 16);

/** The first instant after `from`, within about a year, where the zone's offset changes. */
function nextTransition(timeZone: string, from: number): number | undefined {
  const offset = offsetAt(timeZone, from);
  let day = 1;
  while (day <= 400 && offsetAt(timeZone, from + day * DAY) === offset) day++;
  if (day > 400) return undefined;
  let [low, high] = [from + (day - 1) * DAY, from + day * DAY];
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetAt(timeZone, mid) === offset) low = mid;
    else high = mid;
  }
  return high;
}

type Case = { rule: ScheduleRule; now: Date };

const quarters = fc.oneof(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 15 })); // often in the small hours
const years = { min: new Date("2000-01-01T00:00:00Z"), max: new Date("2035-12-24T00:00:00Z"), noInvalidDate: true };
const instants = fc.date({ min: new Date("1999-06-01T00:00:00Z"), max: new Date("2037-12-31T00:00:00Z"), noInvalidDate: true });

/** Any schedule, at any moment. */
const anyCase: fc.Arbitrary<Case> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    intervalWeeks: fc.integer({ min: 1, max: 4 }),
    weekday: fc.integer({ min: 1, max: 7 }),
    quarter: quarters,
    from: fc.date(years),
    now: instants,
  })
  .map(({ timeZone, intervalWeeks, weekday, quarter, from, now }) => ({
    rule: {
      timeZone,
      intervalWeeks,
      localTime: `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`,
      firstDueDate: nextWeekday(from.toISOString().slice(0, 10), weekday),
    },
    now,
  }));

/**
 * A schedule with a cycle due within two hours of a clock change (often in its gap or repeated
 * hour), seen from a moment up to ten weeks before it. Zones that never change fall back to any case.
 */
const changeCase: fc.Arbitrary<Case> = fc
  .record({
    base: anyCase,
    from: fc.date(years),
    quarterHours: fc.integer({ min: -8, max: 8 }),
    cyclesBefore: fc.integer({ min: 0, max: 20 }),
    lead: fc.integer({ min: -DAY, max: 10 * WEEK }),
  })
  .map(({ base, from, quarterHours, cyclesBefore, lead }) => {
    const { timeZone, intervalWeeks } = base.rule;
    const change = nextTransition(timeZone, from.getTime());
    if (change === undefined) return base;
    const due = wallClock(timeZone, change - MINUTE) + MINUTE + quarterHours * 15 * MINUTE;
    const first = due - cyclesBefore * intervalWeeks * WEEK;
    return { rule: { timeZone, intervalWeeks, localTime: timeOf(due), firstDueDate: dateOf(first) }, now: new Date(change - lead) };
  });

const cases = fc.oneof(anyCase, changeCase);

// Apia moved across the date line at the end of 2011: a 24-hour jump, not a daylight-saving shift.
function crossesDateLine(timeZone: string, from: number, to: number): boolean {
  return Math.abs(offsetAt(timeZone, from - DAY) - offsetAt(timeZone, to + DAY)) > 3 * HOUR;
}

const RUNS = { numRuns: 400 };

describe("cycles of random schedules", () => {
  it("puts now inside the open cycle: after it starts, at or before it is due", () => {
    fc.assert(
      fc.property(cases, ({ rule, now }) => {
        const c = cycleAt(rule, now);
        expect(now.getTime()).toBeLessThanOrEqual(c.dueAt.getTime());
        if (c.index > 0) expect(c.startsAt.getTime()).toBeLessThan(now.getTime());
      }),
      RUNS,
    );
  });

  it("agrees with the independent reading of the zone, cycle after cycle", () => {
    fc.assert(
      fc.property(cases, ({ rule, now }) => {
        const c = cycleAt(rule, now);
        expect(c.dueAt.getTime()).toBe(expectedDue(rule, c.index));
        expect(c.startsAt.getTime()).toBe(expectedDue(rule, c.index - 1));
        upcomingDueInstants(rule, now, 12).forEach((due, k) => {
          expect(due.getTime(), `cycle ${c.index + k}`).toBe(expectedDue(rule, c.index + k));
        });
      }),
      RUNS,
    );
  });

  it("spaces due instants the interval apart, give or take a clock change", () => {
    fc.assert(
      fc.property(cases, ({ rule, now }) => {
        const c = cycleAt(rule, now);
        const dues = [c.startsAt, ...upcomingDueInstants(rule, now, 12)].map((d) => d.getTime());
        dues.slice(1).forEach((due, k) => {
          const previous = dues[k] ?? NaN;
          if (crossesDateLine(rule.timeZone, previous, due)) return;
          expect(Math.abs(due - previous - rule.intervalWeeks * WEEK)).toBeLessThanOrEqual(3 * HOUR);
        });
      }),
      RUNS,
    );
  });

  it("never changes a due instant because time has passed", () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 120 * DAY }), ({ rule, now: earlier }, elapsed) => {
        const later = new Date(earlier.getTime() + elapsed);
        const before = cycleAt(rule, earlier);
        const after = cycleAt(rule, later);
        expect(after.index).toBeGreaterThanOrEqual(before.index);
        const seenBefore = upcomingDueInstants(rule, earlier, 30).map((d) => d.getTime());
        const seenAfter = upcomingDueInstants(rule, later, 30).map((d) => d.getTime());
        const shift = after.index - before.index;
        seenAfter.slice(0, Math.max(0, 30 - shift)).forEach((due, k) => expect(due).toBe(seenBefore[shift + k]));
        if (before.dueAt >= later) expect(after.index).toBe(before.index);
      }),
      RUNS,
    );
  });
});
