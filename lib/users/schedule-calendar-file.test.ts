import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { scheduleCalendarFile } from "./schedule-calendar-file";

const NOW = new Date("2026-11-20T09:30:00Z");

async function author(schedule?: { intervalWeeks: number; weekday: number; localTime: string; firstDueDate: string }) {
  const user = await db.user.create({
    data: {
      email: `ada+${crypto.randomUUID()}@example.test`,
      timeZone: "Australia/Lord_Howe",
      ...(schedule ? { schedule: { create: schedule } } : {}),
    },
  });
  return user.id;
}

describe("the calendar file", () => {
  it("repeats the author's writing hour in their zone, with a UID that stays the same", async () => {
    const userId = await author({ intervalWeeks: 3, weekday: 2, localTime: "09:30", firstDueDate: "2026-12-01" });
    const file = await scheduleCalendarFile({ userId, now: NOW, appUrl: "https://biweekly.example.com" });
    const lines = file!.split("\r\n");
    expect(lines).toContain(`UID:schedule-${userId}@biweekly.example.com`);
    expect(lines).toContain("DTSTART;TZID=Australia/Lord_Howe:20261201T083000");
    expect(lines).toContain("RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU");
    expect(lines).toContain("DTSTAMP:20261120T093000Z");
    expect(lines).toContain("URL:https://biweekly.example.com/write");
  });

  it("is not there before the author has a schedule", async () => {
    const userId = await author();
    expect(await scheduleCalendarFile({ userId, now: NOW, appUrl: "http://localhost:3000" })).toBeNull();
  });
});
