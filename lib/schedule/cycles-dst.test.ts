// Due instants across clock changes, each row checked against the exact UTC instant.
// Gap: the local time moves forward by the gap. Repeated hour: the first occurrence counts.
import { describe, expect, it } from "vitest";
import { cycleAt, dueInstant, upcomingDueInstants, type ScheduleRule } from "./cycles";

type Row = [why: string, timeZone: string, firstDueDate: string, localTime: string, index: number, utc: string];

const weekly = (timeZone: string, firstDueDate: string, localTime: string): ScheduleRule => ({
  intervalWeeks: 1,
  timeZone,
  firstDueDate,
  localTime,
});

const at = (iso: string) => new Date(iso);

const rows: Row[] = [
  // Europe/Berlin: CET +01 / CEST +02; 2026-03-29 02:00 -> 03:00, 2026-10-25 03:00 -> 02:00.
  ["Berlin, ordinary Friday in winter", "Europe/Berlin", "2026-03-13", "16:00", 0, "2026-03-13T15:00:00Z"],
  ["Berlin, last Friday before spring forward", "Europe/Berlin", "2026-03-13", "16:00", 2, "2026-03-27T15:00:00Z"],
  ["Berlin, first Friday after spring forward", "Europe/Berlin", "2026-03-13", "16:00", 3, "2026-04-03T14:00:00Z"],
  ["Berlin, 02:30 the Sunday before", "Europe/Berlin", "2026-03-22", "02:30", 0, "2026-03-22T01:30:00Z"],
  ["Berlin, 02:30 in the gap reads 03:30 CEST", "Europe/Berlin", "2026-03-22", "02:30", 1, "2026-03-29T01:30:00Z"],
  ["Berlin, 02:30 the Sunday after", "Europe/Berlin", "2026-03-22", "02:30", 2, "2026-04-05T00:30:00Z"],
  ["Berlin, 01:59 just before the gap", "Europe/Berlin", "2026-03-29", "01:59", 0, "2026-03-29T00:59:00Z"],
  ["Berlin, 02:00 at the start of the gap reads 03:00", "Europe/Berlin", "2026-03-29", "02:00", 0, "2026-03-29T01:00:00Z"],
  ["Berlin, 03:00 just after the gap", "Europe/Berlin", "2026-03-29", "03:00", 0, "2026-03-29T01:00:00Z"],
  ["Berlin, 02:30 the Sunday before fall back", "Europe/Berlin", "2026-10-18", "02:30", 0, "2026-10-18T00:30:00Z"],
  ["Berlin, 02:30 twice: the CEST one", "Europe/Berlin", "2026-10-18", "02:30", 1, "2026-10-25T00:30:00Z"],
  ["Berlin, 02:30 the Sunday after fall back", "Europe/Berlin", "2026-10-18", "02:30", 2, "2026-11-01T01:30:00Z"],
  ["Berlin, 02:00 twice: the CEST one", "Europe/Berlin", "2026-10-25", "02:00", 0, "2026-10-25T00:00:00Z"],
  ["Berlin, 03:00 once, in CET", "Europe/Berlin", "2026-10-25", "03:00", 0, "2026-10-25T02:00:00Z"],

  // America/New_York: EST -05 / EDT -04; 2026-03-08 02:00 -> 03:00, 2026-11-01 02:00 -> 01:00.
  ["New York, Friday before spring forward", "America/New_York", "2026-03-06", "09:00", 0, "2026-03-06T14:00:00Z"],
  ["New York, Friday after spring forward", "America/New_York", "2026-03-06", "09:00", 1, "2026-03-13T13:00:00Z"],
  ["New York, 02:30 the Sunday before", "America/New_York", "2026-03-01", "02:30", 0, "2026-03-01T07:30:00Z"],
  ["New York, 02:30 in the gap reads 03:30 EDT", "America/New_York", "2026-03-01", "02:30", 1, "2026-03-08T07:30:00Z"],
  ["New York, 02:30 the Sunday after", "America/New_York", "2026-03-01", "02:30", 2, "2026-03-15T06:30:00Z"],
  ["New York, 01:30 the Sunday before fall back", "America/New_York", "2026-10-25", "01:30", 0, "2026-10-25T05:30:00Z"],
  ["New York, 01:30 twice: the EDT one", "America/New_York", "2026-10-25", "01:30", 1, "2026-11-01T05:30:00Z"],
  ["New York, 01:30 the Sunday after fall back", "America/New_York", "2026-10-25", "01:30", 2, "2026-11-08T06:30:00Z"],
  ["New York, 02:00 once, in EST", "America/New_York", "2026-11-01", "02:00", 0, "2026-11-01T07:00:00Z"],

  // Australia/Lord_Howe: +10:30 / +11, a 30-minute shift; 2026-04-05 02:00 -> 01:30, 2026-10-04 02:00 -> 02:30.
  ["Lord Howe, Friday in summer time", "Australia/Lord_Howe", "2026-03-27", "16:00", 0, "2026-03-27T05:00:00Z"],
  ["Lord Howe, Friday after summer time", "Australia/Lord_Howe", "2026-03-27", "16:00", 2, "2026-04-10T05:30:00Z"],
  ["Lord Howe, 01:45 the Sunday before", "Australia/Lord_Howe", "2026-03-29", "01:45", 0, "2026-03-28T14:45:00Z"],
  ["Lord Howe, 01:45 twice: the +11 one", "Australia/Lord_Howe", "2026-03-29", "01:45", 1, "2026-04-04T14:45:00Z"],
  ["Lord Howe, 01:45 the Sunday after", "Australia/Lord_Howe", "2026-03-29", "01:45", 2, "2026-04-11T15:15:00Z"],
  ["Lord Howe, 02:00 once, in +10:30", "Australia/Lord_Howe", "2026-04-05", "02:00", 0, "2026-04-04T15:30:00Z"],
  ["Lord Howe, 02:15 the Sunday before", "Australia/Lord_Howe", "2026-09-27", "02:15", 0, "2026-09-26T15:45:00Z"],
  ["Lord Howe, 02:15 in the gap reads 02:45", "Australia/Lord_Howe", "2026-09-27", "02:15", 1, "2026-10-03T15:45:00Z"],
  ["Lord Howe, 02:15 the Sunday after", "Australia/Lord_Howe", "2026-09-27", "02:15", 2, "2026-10-10T15:15:00Z"],

  // Asia/Kolkata: +05:30 all year; other zones' changes leave it alone.
  ["Kolkata, Friday 16:00", "Asia/Kolkata", "2026-03-27", "16:00", 0, "2026-03-27T10:30:00Z"],
  ["Kolkata, 02:30 on Berlin's spring-forward day", "Asia/Kolkata", "2026-03-22", "02:30", 1, "2026-03-28T21:00:00Z"],
  ["Kolkata, 02:30 on Berlin's fall-back day", "Asia/Kolkata", "2026-03-22", "02:30", 31, "2026-10-24T21:00:00Z"],

  // Pacific/Apia crossed the date line: Thu 2011-12-29 24:00 at -10 became Sat 2011-12-31 00:00 at +14.
  // Friday 30 December never happened there. Moving forward by the 24-hour gap reads Friday 16:00 as
  // Saturday 16:00: the very instant Friday 16:00 would have been on the old offset, so the author
  // gets the full week they were promised and the deadline never comes before the one announced.
  // ("earlier" would make it Thursday 16:00, a day early.) The next Friday is six elapsed days later.
  ["Apia, Friday two weeks before", "Pacific/Apia", "2011-12-16", "16:00", 0, "2011-12-17T02:00:00Z"],
  ["Apia, the Friday before the jump", "Pacific/Apia", "2011-12-16", "16:00", 1, "2011-12-24T02:00:00Z"],
  ["Apia, the missing Friday reads Saturday 16:00", "Pacific/Apia", "2011-12-16", "16:00", 2, "2011-12-31T02:00:00Z"],
  ["Apia, the first Friday at +14", "Pacific/Apia", "2011-12-16", "16:00", 3, "2012-01-06T02:00:00Z"],
  ["Apia, 23:59 on the last Thursday at -10", "Pacific/Apia", "2011-12-29", "23:59", 0, "2011-12-30T09:59:00Z"],
  ["Apia, midnight of the missing day reads Saturday 00:00", "Pacific/Apia", "2011-12-30", "00:00", 0, "2011-12-30T10:00:00Z"],
];

describe("dueInstant across clock changes", () => {
  it.each(rows)("%s", (_why, timeZone, firstDueDate, localTime, index, utc) => {
    expect(dueInstant(weekly(timeZone, firstDueDate, localTime), index).toISOString()).toBe(new Date(utc).toISOString());
  });

  it("counts interval weeks from the first due date", () => {
    const rule: ScheduleRule = { ...weekly("Europe/Berlin", "2026-03-13", "16:00"), intervalWeeks: 2 };
    expect(dueInstant(rule, 1).toISOString()).toBe("2026-03-27T15:00:00.000Z");
    expect(dueInstant(rule, 2).toISOString()).toBe("2026-04-10T14:00:00.000Z");
  });
});

describe("cycleAt across clock changes", () => {
  it("closes a cycle due in a gap at the moved time, not before", () => {
    const rule = weekly("America/New_York", "2026-03-01", "02:30");
    expect(cycleAt(rule, at("2026-03-08T07:30:00Z")).index).toBe(1);
    expect(cycleAt(rule, at("2026-03-08T07:30:00.001Z")).index).toBe(2);
  });

  it("closes a cycle due in the repeated hour at its first occurrence", () => {
    const rule = weekly("Europe/Berlin", "2026-10-18", "02:30");
    expect(cycleAt(rule, at("2026-10-25T00:30:00Z")).index).toBe(1);
    // 02:10 the second time round is after the first 02:30: the next cycle is open.
    const later = cycleAt(rule, at("2026-10-25T01:10:00Z"));
    expect(later.index).toBe(2);
    expect(later.startsAt.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(later.dueAt.toISOString()).toBe("2026-11-01T01:30:00.000Z");
  });

  it("keeps the cycle over Apia's missing Friday open until Saturday 16:00", () => {
    const rule = weekly("Pacific/Apia", "2011-12-16", "16:00");
    const open = cycleAt(rule, at("2011-12-30T12:00:00Z")); // Saturday 02:00 local
    expect(open.index).toBe(2);
    expect(open.startsAt.toISOString()).toBe("2011-12-24T02:00:00.000Z");
    expect(open.dueAt.toISOString()).toBe("2011-12-31T02:00:00.000Z");
  });
});

describe("upcomingDueInstants", () => {
  it("lists the next due instants from the open cycle, through a clock change", () => {
    const rule: ScheduleRule = { ...weekly("Europe/Berlin", "2026-03-13", "16:00"), intervalWeeks: 2 };
    const upcoming = upcomingDueInstants(rule, at("2026-03-13T15:00:01Z"), 3).map((d) => d.toISOString());
    expect(upcoming).toEqual(["2026-03-27T15:00:00.000Z", "2026-04-10T14:00:00.000Z", "2026-04-24T14:00:00.000Z"]);
  });

  it("includes a due instant equal to now, and lists five by default", () => {
    const rule = weekly("Asia/Kolkata", "2026-03-27", "16:00");
    const upcoming = upcomingDueInstants(rule, at("2026-03-27T10:30:00Z")).map((d) => d.toISOString());
    expect(upcoming).toHaveLength(5);
    expect(upcoming[0]).toBe("2026-03-27T10:30:00.000Z");
    expect(upcoming[4]).toBe("2026-04-24T10:30:00.000Z");
  });

  it("lists nothing when asked for nothing, and refuses a negative count", () => {
    const rule = weekly("Asia/Kolkata", "2026-03-27", "16:00");
    expect(upcomingDueInstants(rule, at("2026-03-01T00:00:00Z"), 0)).toEqual([]);
    expect(() => upcomingDueInstants(rule, at("2026-03-01T00:00:00Z"), -1)).toThrow(RangeError);
  });
});
