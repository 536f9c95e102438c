import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { groupByQuarter, listHistory, listHistoryGoals } from "./list-history";

let counter = 0;
const day = (iso: string) => new Date(iso);

async function world() {
  counter += 1;
  const user = await db.user.create({ data: { email: `history-${counter}@example.com`, timeZone: "Europe/Berlin" } });
  const billing = await db.goal.create({ data: { ownerId: user.id, title: "Ship billing", position: 0 } });
  const hiring = await db.goal.create({ data: { ownerId: user.id, title: "Hire a designer", position: 1 } });
  const cycle = async (dueAt: string, data: { state: "SENT" | "SKIPPED" | "FAILED" | "DRAFT"; approvedAt?: string; skipReason?: string }, goalId = billing.id) => {
    const update = await db.update.create({
      data: {
        authorId: user.id,
        cycleStart: day(dueAt),
        dueAt: day(dueAt),
        content: {},
        state: data.state,
        skipReason: data.skipReason ?? null,
        approvedAt: data.approvedAt ? day(data.approvedAt) : null,
        sentAt: data.state === "SENT" ? day(data.approvedAt ?? dueAt) : null,
      },
    });
    await db.updateSection.create({ data: { updateId: update.id, goalId, position: 0, goalTitle: goalId === billing.id ? "Ship billing" : "Hire a designer" } });
    return update;
  };
  // Due 1 January 00:30 in Berlin is still 31 December in UTC: it belongs to the first quarter there.
  const newYear = await cycle("2025-12-31T23:30:00Z", { state: "SENT", approvedAt: "2025-12-31T20:00:00Z" });
  const late = await cycle("2025-12-12T15:00:00Z", { state: "SENT", approvedAt: "2025-12-13T09:00:00Z" }, hiring.id);
  const skipped = await cycle("2025-11-28T15:00:00Z", { state: "SKIPPED", skipReason: "On holiday" });
  const failed = await cycle("2025-11-14T15:00:00Z", { state: "FAILED", approvedAt: "2025-11-14T10:00:00Z" });
  await cycle("2026-01-16T15:00:00Z", { state: "DRAFT" });
  return { user, billing, hiring, newYear, late, skipped, failed };
}

describe("listHistory", () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeEach(async () => {
    w = await world();
  });
  const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
  const list = (filter = {}) => listHistory({ authorId: w.user.id, timeZone: "Europe/Berlin", filter });

  it("lists every cycle that left the draft, failed ones first, and groups them by quarter in the author's zone", async () => {
    const entries = await list();
    expect(ids(entries)).toEqual([w.failed.id, w.newYear.id, w.late.id, w.skipped.id]);
    const quarters = groupByQuarter(entries, "Europe/Berlin");
    expect(quarters.map((q) => [q.label, ids(q.entries)])).toEqual([
      ["Q1 2026", [w.newYear.id]],
      ["Q4 2025", [w.failed.id, w.late.id, w.skipped.id]],
    ]);
  });

  it("filters by state: late, on time, skipped, failed", async () => {
    expect(ids(await list({ state: "late" }))).toEqual([w.late.id]);
    expect(ids(await list({ state: "on-time" }))).toEqual([w.newYear.id]);
    expect(ids(await list({ state: "skipped" }))).toEqual([w.skipped.id]);
    expect(ids(await list({ state: "failed" }))).toEqual([w.failed.id]);
  });

  it("filters by goal and by a date range of local days, both ends included", async () => {
    expect(ids(await list({ goalId: w.hiring.id }))).toEqual([w.late.id]);
    expect(ids(await list({ from: "2026-01-01" }))).toEqual([w.newYear.id]);
    expect(ids(await list({ from: "2025-11-28", to: "2025-12-12" }))).toEqual([w.late.id, w.skipped.id]);
  });

  it("never lists another author's cycles, nor offers their goals", async () => {
    const other = await db.user.create({ data: { email: `other-${counter}@example.com` } });
    expect(await listHistory({ authorId: other.id, filter: { goalId: w.billing.id } })).toEqual([]);
    expect(await listHistoryGoals({ authorId: other.id })).toEqual([]);
    expect(await listHistoryGoals({ authorId: w.user.id })).toEqual([
      { id: w.hiring.id, title: "Hire a designer" },
      { id: w.billing.id, title: "Ship billing" },
    ]);
  });
});
