import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ScheduleRule } from "@/lib/schedule/cycles";
import { nextUnwrittenCycle } from "./next-unwritten-cycle";

const fridays: ScheduleRule = { intervalWeeks: 2, localTime: "16:00", firstDueDate: "2026-11-27", timeZone: "Europe/Berlin" };
const beforeFirstDue = new Date("2026-11-21T09:00:00Z");

async function authorWithUpdate(dueAt: Date, state: "DRAFT" | "SENT" | "SKIPPED") {
  const author = await db.user.create({ data: { email: `a${Math.random()}@example.com` } });
  await db.update.create({ data: { authorId: author.id, cycleStart: new Date(dueAt.getTime() - 14 * 864e5), dueAt, state, content: {} } });
  return author.id;
}

describe("nextUnwrittenCycle", () => {
  it("is the cycle open now when nothing is written yet", async () => {
    const author = await db.user.create({ data: { email: `a${Math.random()}@example.com` } });
    const next = await nextUnwrittenCycle({ authorId: author.id, rule: fridays, now: beforeFirstDue, since: beforeFirstDue });
    expect(next.dueAt.toISOString()).toBe("2026-11-27T15:00:00.000Z");
  });

  it("moves on to the following cycle once this one was sent early", async () => {
    const authorId = await authorWithUpdate(new Date("2026-11-27T15:00:00Z"), "SENT");
    const next = await nextUnwrittenCycle({ authorId, rule: fridays, now: beforeFirstDue, since: null });
    expect(next.dueAt.toISOString()).toBe("2026-12-11T15:00:00.000Z");
  });

  it("never opens a second update for a period already written when the schedule changes", async () => {
    const authorId = await authorWithUpdate(new Date("2026-11-27T15:00:00Z"), "SKIPPED");
    // Now weekly on Thursdays: Thursday 26 Nov falls inside the period the skipped update covered.
    const thursdays: ScheduleRule = { ...fridays, intervalWeeks: 1, firstDueDate: "2026-11-26" };
    const next = await nextUnwrittenCycle({ authorId, rule: thursdays, now: beforeFirstDue, since: null });
    expect(next.dueAt.toISOString()).toBe("2026-12-03T15:00:00.000Z");
    expect(next.startsAt.toISOString()).toBe("2026-11-27T15:00:00.000Z");
  });

  it("does not open an hour-long cycle when the due time moves later on the same day", async () => {
    const authorId = await authorWithUpdate(new Date("2026-11-27T15:00:00Z"), "DRAFT");
    const later: ScheduleRule = { ...fridays, localTime: "17:00" };
    const next = await nextUnwrittenCycle({ authorId, rule: later, now: new Date("2026-11-27T15:30:00Z"), since: null });
    expect(next.dueAt.toISOString()).toBe("2026-12-11T16:00:00.000Z");
  });

  it("offers a cycle that came due with nothing written, so it can be written late or skipped", async () => {
    const author = await db.user.create({ data: { email: `a${Math.random()}@example.com` } });
    const setUp = new Date("2026-11-20T09:00:00Z");
    const afterDue = new Date("2026-11-28T09:00:00Z");
    const next = await nextUnwrittenCycle({ authorId: author.id, rule: fridays, now: afterDue, since: setUp });
    expect(next.dueAt.toISOString()).toBe("2026-11-27T15:00:00.000Z");
  });

  it("does not offer a cycle that came due before the author set up", async () => {
    const author = await db.user.create({ data: { email: `a${Math.random()}@example.com` } });
    const afterDue = new Date("2026-11-28T09:00:00Z");
    const next = await nextUnwrittenCycle({ authorId: author.id, rule: fridays, now: afterDue, since: afterDue });
    expect(next.dueAt.toISOString()).toBe("2026-12-11T15:00:00.000Z");
  });
});
