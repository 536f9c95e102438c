import { describe, expect, it } from "vitest";
import { cycle, type ScheduleRule } from "./cycles";
import { cyclesAround, dueReminder, parseReminderLeads } from "./reminders";

// Every other Friday at 16:00 in Berlin; the first is due 27 Nov 2026, 15:00 UTC.
const fridays: ScheduleRule = { intervalWeeks: 2, localTime: "16:00", firstDueDate: "2026-11-27", timeZone: "Europe/Berlin" };
const DUE = new Date("2026-11-27T15:00:00Z");
const MINUTE = 60_000;
const beforeDue = (minutes: number) => new Date(DUE.getTime() - minutes * MINUTE);

describe("parseReminderLeads", () => {
  it("reads the stored list, longest first, without repeats", () => {
    expect(parseReminderLeads("2880,120")).toEqual([2880, 120]);
    expect(parseReminderLeads(" 120 , 2880,120 ")).toEqual([2880, 120]);
  });

  it("leaves out anything that is not a whole number of minutes up to four weeks", () => {
    expect(parseReminderLeads("0,-5,1.5,abc,,1e3,40321,99999999,40320,1")).toEqual([40320, 1]);
    expect(parseReminderLeads("")).toEqual([]);
  });
});

describe("dueReminder", () => {
  const leads = [2880, 120];
  const reminderAt = (now: Date, rule = fridays, leadTimes = leads) => dueReminder(cyclesAround(rule, now).open, leadTimes, now);

  it("is nothing before the first lead time", () => {
    expect(reminderAt(beforeDue(2881))).toBeNull();
  });

  it("is the two-day reminder from two days before, then the two-hour one", () => {
    expect(reminderAt(beforeDue(2880))).toMatchObject({ leadMinutes: 2880, cycle: { dueAt: DUE } });
    expect(reminderAt(beforeDue(121))).toMatchObject({ leadMinutes: 2880 });
    expect(reminderAt(beforeDue(120))).toMatchObject({ leadMinutes: 120, cycle: { dueAt: DUE } });
    expect(reminderAt(beforeDue(1))).toMatchObject({ leadMinutes: 120 });
  });

  it("is nothing at the due instant: from then on the cycle is overdue, not upcoming", () => {
    expect(reminderAt(DUE)).toBeNull();
  });

  it("moves on to the next cycle once the due instant has passed", () => {
    const nextDue = new Date("2026-12-11T15:00:00Z");
    expect(reminderAt(new Date(DUE.getTime() + MINUTE))).toBeNull();
    expect(reminderAt(new Date(nextDue.getTime() - 60 * MINUTE))).toMatchObject({ leadMinutes: 120, cycle: { dueAt: nextDue } });
  });

  it("is nothing without lead times", () => {
    expect(reminderAt(beforeDue(1), fridays, [])).toBeNull();
  });
});

describe("cyclesAround", () => {
  it("is nothing before the first due instant", () => {
    expect(cyclesAround(fridays, beforeDue(1)).last).toBeNull();
  });

  it("is the cycle due right now, at its due instant", () => {
    expect(cyclesAround(fridays, DUE).last?.dueAt).toEqual(DUE);
  });

  it("is the latest cycle that passed, however long ago the last check was", () => {
    expect(cyclesAround(fridays, new Date("2026-12-11T14:59:59Z")).last?.dueAt).toEqual(DUE);
    expect(cyclesAround(fridays, new Date("2026-12-27T15:00:00Z")).last?.dueAt).toEqual(new Date("2026-12-25T15:00:00Z"));
  });

  it("gives the last cycle whole, with the start cycle() gives it", () => {
    const { open, last } = cyclesAround(fridays, new Date("2026-12-27T15:00:00Z"));
    expect(last).toEqual(cycle(fridays, open.index - 1));
  });
});
