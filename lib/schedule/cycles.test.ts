import { describe, expect, it } from "vitest";
import { cycleAt, dueInstant, nextWeekday, todayIn, type ScheduleRule } from "./cycles";

const berlin: ScheduleRule = { intervalWeeks: 2, localTime: "16:00", firstDueDate: "2026-11-27", timeZone: "Europe/Berlin" };

describe("dueInstant", () => {
  it("keeps the local time across a daylight-saving change", () => {
    const spring: ScheduleRule = { ...berlin, firstDueDate: "2026-03-20" };
    expect(dueInstant(spring, 0).toISOString()).toBe("2026-03-20T15:00:00.000Z"); // CET
    expect(dueInstant(spring, 1).toISOString()).toBe("2026-04-03T14:00:00.000Z"); // CEST
  });

  it("moves a local time that does not exist forward by the gap", () => {
    const rule: ScheduleRule = { ...berlin, localTime: "02:30", firstDueDate: "2026-03-29" };
    expect(dueInstant(rule, 0).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
  });

  it("takes the first of two occurrences of a local time", () => {
    const rule: ScheduleRule = { ...berlin, localTime: "02:30", firstDueDate: "2026-10-25" };
    expect(dueInstant(rule, 0).toISOString()).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST
  });
});

describe("cycleAt", () => {
  it("is cycle 0 before the first due date", () => {
    const c = cycleAt(berlin, new Date("2026-11-01T00:00:00Z"));
    expect(c.index).toBe(0);
    expect(c.dueAt.toISOString()).toBe("2026-11-27T15:00:00.000Z");
    expect(c.startsAt.toISOString()).toBe("2026-11-13T15:00:00.000Z");
  });

  it("stays on a cycle up to and including its due instant, then moves on", () => {
    expect(cycleAt(berlin, new Date("2026-11-27T15:00:00Z")).index).toBe(0);
    expect(cycleAt(berlin, new Date("2026-11-27T15:00:01Z")).index).toBe(1);
  });

  it("finds the right cycle years later", () => {
    const c = cycleAt(berlin, new Date("2029-07-01T12:00:00Z"));
    expect(c.startsAt.getTime()).toBeLessThan(new Date("2029-07-01T12:00:00Z").getTime());
    expect(c.dueAt.getTime()).toBeGreaterThanOrEqual(new Date("2029-07-01T12:00:00Z").getTime());
    expect(c.dueAt.getTime() - c.startsAt.getTime()).toBeLessThanOrEqual(14 * 24 * 3600e3 + 3600e3);
  });
});

describe("nextWeekday", () => {
  it("returns the same day when it already falls on the weekday", () => {
    expect(nextWeekday("2026-11-27", 5)).toBe("2026-11-27");
  });
  it("moves forward to the weekday", () => {
    expect(nextWeekday("2026-11-21", 5)).toBe("2026-11-27");
    expect(nextWeekday("2026-11-28", 1)).toBe("2026-11-30");
  });
});

describe("todayIn", () => {
  it("is the calendar date where the author lives, not on the server", () => {
    const instant = new Date("2026-11-27T23:30:00Z");
    expect(todayIn("Europe/Berlin", instant)).toBe("2026-11-28");
    expect(todayIn("America/New_York", instant)).toBe("2026-11-27");
  });
});
