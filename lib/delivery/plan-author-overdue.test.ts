import { describe, expect, it } from "vitest";
import { at, DAY, DUE, HOUR, MINUTE, NEXT_DUE, noticeWorld } from "./author-notice-test-world";

const world = noticeWorld();
const { plan, keys } = world;

describe("the overdue nudge", () => {
  it("goes once when the due time passes with the update still a draft", async () => {
    await world.author();
    const draft = await world.update("DRAFT");
    expect(await plan(at(DUE, -1))).toEqual({ reminders: 1, overdue: 0 });
    expect(await plan(DUE)).toEqual({ reminders: 0, overdue: 1 });
    expect(await plan(at(DUE, HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await plan(at(DUE, 3 * DAY))).toEqual({ reminders: 0, overdue: 0 });

    const nudge = await world.db.delivery.findFirstOrThrow({ where: { kind: "OVERDUE" } });
    expect(nudge).toMatchObject({
      idempotencyKey: "overdue:ada:2026-11-27T15:00:00.000Z",
      updateId: draft.id,
      subject: "Your update due Fri 27 Nov 2026, 16:00 has not been sent",
      nextAttemptAt: DUE,
    });
    expect(nudge.text).toContain("Your draft is saved, but you have not approved it, so nothing went to your boss.");
    expect(nudge.text).toContain("\nhttps://biweekly.example.com/write\n");
    // The reminder planned a moment before the due time is no use any more.
    expect(await keys()).toEqual(["overdue:ada:2026-11-27T15:00:00.000Z"]);
  });

  it("goes when the author never started the update", async () => {
    await world.author();
    expect(await plan(at(DUE, MINUTE))).toEqual({ reminders: 0, overdue: 1 });
    const nudge = await world.db.delivery.findFirstOrThrow({ where: { kind: "OVERDUE" } });
    expect(nudge.updateId).toBeNull();
    expect(nudge.text).toContain("You have not started it");
  });

  it.each(["APPROVED", "SENT", "SKIPPED", "FAILED"] as const)("does not go when the update is %s", async (state) => {
    await world.author();
    await world.update(state);
    expect(await plan(at(DUE, MINUTE))).toEqual({ reminders: 0, overdue: 0 });
    expect(await keys()).toEqual([]);
  });

  it("after a month-long jump of the clock, goes once for the last cycle and reminds about nothing past", async () => {
    await world.author();
    expect(await plan(at(DUE, -3 * DAY))).toEqual({ reminders: 0, overdue: 0 });
    // Due 27 Nov, 11 Dec and 25 Dec all passed; the next, 8 Jan, is more than two days away.
    expect(await plan(at(DUE, 30 * DAY))).toEqual({ reminders: 0, overdue: 1 });
    expect(await plan(at(DUE, 30 * DAY + MINUTE))).toEqual({ reminders: 0, overdue: 0 });
    expect(await keys()).toEqual(["overdue:ada:2026-12-25T15:00:00.000Z"]);
  });

  it("does not go for a cycle due before the author set up, only for the ones after", async () => {
    await world.author({ setupCompletedAt: at(DUE, HOUR) });
    expect(await plan(at(DUE, 2 * HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await plan(at(NEXT_DUE, MINUTE))).toEqual({ reminders: 0, overdue: 1 });
    expect(await keys()).toEqual(["overdue:ada:2026-12-11T15:00:00.000Z"]);
  });

  it("gives way to the nudge for a later cycle while it is still waiting to go out", async () => {
    await world.author();
    await plan(at(DUE, MINUTE));
    expect(await plan(at(NEXT_DUE, MINUTE))).toEqual({ reminders: 0, overdue: 1 });
    expect(await keys()).toEqual(["overdue:ada:2026-12-11T15:00:00.000Z"]);
  });
});
