import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countStreak, cycleOutcomes, onTimeStreak, outcomeOf, type CycleOutcome, type StreakUpdate } from "./streak";

const DAY_MS = 86_400_000;
const INTERVAL_MS = 14 * DAY_MS;
const now = new Date("2026-11-21T12:00:00Z");
/** Cycle k before now: due k intervals back, a day before `now`. */
const dueBack = (k: number) => new Date(now.getTime() - DAY_MS - k * INTERVAL_MS);
const hours = (h: number) => h * 3_600_000;

function update(k: number, state: StreakUpdate["state"], approvedHoursAfterDue: number | null = -2): StreakUpdate {
  const dueAt = dueBack(k);
  return { state, dueAt, approvedAt: approvedHoursAfterDue === null ? null : new Date(dueAt.getTime() + hours(approvedHoursAfterDue)) };
}

const streak = (updates: StreakUpdate[]) => onTimeStreak({ updates, lastCameDue: dueBack(0), intervalMs: INTERVAL_MS, now });

describe("outcomeOf", () => {
  it("calls an update on time when it was approved by its due time, late when after", () => {
    expect(outcomeOf(update(0, "SENT"), now)).toBe("on-time");
    expect(outcomeOf(update(0, "SENT", 0), now)).toBe("on-time");
    expect(outcomeOf(update(0, "SENT", 1), now)).toBe("late");
    expect(outcomeOf(update(0, "APPROVED"), now), "approved in time, waiting for the outbox").toBe("on-time");
    expect(outcomeOf(update(0, "APPROVED", 1), now)).toBe("late");
  });

  it("calls a cycle missed when it came due with only a draft or a refused message, pending before", () => {
    expect(outcomeOf(update(0, "DRAFT", null), now)).toBe("missed");
    expect(outcomeOf(update(0, "FAILED"), now)).toBe("missed");
    const future = { state: "DRAFT", dueAt: new Date(now.getTime() + DAY_MS), approvedAt: null } as const;
    expect(outcomeOf(future, now)).toBe("pending");
    expect(outcomeOf({ ...future, state: "FAILED" }, now)).toBe("pending");
    expect(outcomeOf({ ...future, state: "APPROVED", approvedAt: now }, now), "approved ahead of time").toBe("on-time");
  });

  it("calls a skipped cycle skipped", () => {
    expect(outcomeOf(update(0, "SKIPPED", null), now)).toBe("skipped");
  });
});

describe("countStreak", () => {
  it("counts on-time cycles back to the first late or missed one", () => {
    expect(countStreak(["on-time", "on-time", "late", "on-time"])).toBe(2);
    expect(countStreak(["on-time", "missed", "on-time"])).toBe(1);
    expect(countStreak(["late", "on-time"])).toBe(0);
    expect(countStreak([])).toBe(0);
  });

  it("lets skipped and not-yet-due cycles neither count nor break the run", () => {
    expect(countStreak(["pending", "on-time", "skipped", "on-time", "late"])).toBe(2);
    expect(countStreak(["skipped", "skipped"])).toBe(0);
  });

  it("is never longer than the number of on-time cycles, and adding a late one in front ends it", () => {
    const outcome = fc.constantFrom<CycleOutcome>("on-time", "late", "skipped", "missed", "pending");
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 30 }), (outcomes) => {
        expect(countStreak(outcomes)).toBeLessThanOrEqual(outcomes.filter((o) => o === "on-time").length);
        expect(countStreak(["late", ...outcomes])).toBe(0);
        expect(countStreak(["skipped", ...outcomes])).toBe(countStreak(outcomes));
      }),
    );
  });
});

describe("onTimeStreak", () => {
  it("counts the author's updates sent on time in a row, skips passing through", () => {
    expect(streak([update(0, "SENT"), update(1, "SKIPPED", null), update(2, "SENT"), update(3, "SENT", 5), update(4, "SENT")])).toBe(2);
  });

  it("counts this cycle's update once it is sent early, and is not broken by a draft not yet due", () => {
    const early = { state: "SENT", dueAt: new Date(now.getTime() + 13 * DAY_MS), approvedAt: now } as const;
    expect(streak([early, update(0, "SENT")])).toBe(2);
    expect(streak([{ ...early, state: "DRAFT", approvedAt: null }, update(0, "SENT")])).toBe(1);
  });

  it("ends the run at a cycle that came due with no update at all", () => {
    expect(streak([update(1, "SENT"), update(2, "SENT")]), "nothing for the latest cycle").toBe(0);
    expect(streak([update(0, "SENT"), update(2, "SENT"), update(3, "SENT")]), "a hole between two updates").toBe(1);
  });

  it("is zero before anything is sent", () => {
    expect(streak([])).toBe(0);
    expect(onTimeStreak({ updates: [], lastCameDue: null, intervalMs: INTERVAL_MS, now })).toBe(0);
  });

  it("marks one missed cycle however long the hole", () => {
    const outcomes = cycleOutcomes({ updates: [update(0, "SENT"), update(5, "SENT")], lastCameDue: dueBack(0), intervalMs: INTERVAL_MS, now });
    expect(outcomes).toEqual(["on-time", "missed", "on-time"]);
  });
});
