import { describe, expect, it } from "vitest";
import type { CycleStatus, UpdateState } from "@prisma/client";
import { db } from "@/lib/db/client";
import { getGoalSignals } from "./get-goal-signals";
import { getStreak } from "./get-streak";

const day = (date: string) => new Date(`${date}T15:00:00Z`);

let people = 0;
/** An author on a biweekly Friday schedule from 2 October 2026, set up before it. */
async function author() {
  people += 1;
  const user = await db.user.create({
    data: {
      email: `signals-${people}@example.com`,
      name: `Signal ${people}`,
      timeZone: "UTC",
      setupCompletedAt: day("2026-09-01"),
      schedule: { create: { weekday: 5, localTime: "15:00", firstDueDate: "2026-10-02" } },
    },
  });
  const goal = (title: string, position: number) => db.goal.create({ data: { ownerId: user.id, title, position } });
  type Section = { goalId: string; progress?: string; status?: CycleStatus };
  const update = (date: string, state: UpdateState, sections: Section[] = [], approvedAt = day(date)) =>
    db.update.create({
      data: {
        authorId: user.id,
        cycleStart: day(date),
        dueAt: day(date),
        state,
        approvedAt: state === "SKIPPED" ? null : approvedAt,
        sentAt: state === "SENT" ? approvedAt : null,
        content: {},
        sections: {
          create: sections.map(({ goalId, progress = "", status }, position) => ({ goalId, position, goalTitle: "-", progress, status: status ?? null })),
        },
      },
    });
  return { user, goal, update };
}

describe("getGoalSignals", () => {
  it("flags a goal left without progress in its last two sent updates, skips aside, and gives each goal's latest status", async () => {
    const { user, goal, update } = await author();
    const billing = await goal("Ship billing", 0);
    const hiring = await goal("Hire a designer", 1);
    await update("2026-10-02", "SENT", [{ goalId: billing.id }, { goalId: hiring.id, progress: "Posted the role.", status: "AT_RISK" }]);
    await update("2026-10-16", "SKIPPED");
    await update("2026-10-30", "SENT", [{ goalId: billing.id, status: "OFF_TRACK" }, { goalId: hiring.id, progress: "Three interviews." }]);
    await update("2026-11-13", "DRAFT", [{ goalId: billing.id, progress: "Typed, not sent yet." }, { goalId: hiring.id, status: "ON_TRACK" }]);

    expect(await getGoalSignals({ ownerId: user.id })).toEqual([
      { goalId: billing.id, title: "Ship billing", status: "OFF_TRACK", statusInDraft: false, stalled: "empty" },
      { goalId: hiring.id, title: "Hire a designer", status: "ON_TRACK", statusInDraft: true, stalled: null },
    ]);
  });

  it("says nothing of goals that are closed or belong to someone else", async () => {
    const owner = await author();
    const other = await author();
    await owner.goal("Theirs", 0);
    const closed = await other.goal("Closed", 0);
    await db.goal.update({ where: { id: closed.id }, data: { status: "DONE" } });
    expect(await getGoalSignals({ ownerId: other.user.id })).toEqual([]);
  });

  it("has no status yet for a goal never given one", async () => {
    const { user, goal } = await author();
    await goal("New goal", 0);
    expect(await getGoalSignals({ ownerId: user.id })).toMatchObject([{ title: "New goal", status: null, stalled: null }]);
  });
});

describe("getStreak", () => {
  it("counts the author's updates sent on time in a row; a late one ends the run", async () => {
    const { user, update } = await author();
    await update("2026-10-02", "SENT");
    await update("2026-10-16", "SENT", [], day("2026-10-17"));
    await update("2026-10-30", "SENT");
    await update("2026-11-13", "SKIPPED");
    await update("2026-11-27", "SENT");
    expect(await getStreak({ authorId: user.id, now: day("2026-11-28") })).toBe(2);
    expect(await getStreak({ authorId: user.id, now: day("2026-12-12") }), "nothing for the cycle due 11 December").toBe(0);
  });

  it("is zero for an author who has not set up a schedule", async () => {
    const user = await db.user.create({ data: { email: "no-schedule@example.com" } });
    expect(await getStreak({ authorId: user.id, now: day("2026-11-28") })).toBe(0);
  });
});
