import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeGoal } from "./close-goal";
import { listGoals } from "./list-goals";
import { activeTitles, addGoals, newOwner, refusal } from "./test-fixtures";

describe("closeGoal", () => {
  it("records the outcome, the moment and the reason, and takes the goal off the list", async () => {
    const owner = await newOwner();
    const [billing] = await addGoals(owner.id, ["Billing", "Hiring"]);
    const now = new Date("2026-11-27T15:00:00Z");
    const closed = await closeGoal({ ownerId: owner.id, goalId: billing!.id, outcome: "DONE", reason: "Ledger live", now });
    expect(closed).toMatchObject({ status: "DONE", closedAt: now, closeReason: "Ledger live" });
    expect(await activeTitles(owner.id)).toEqual(["Hiring"]);
    expect((await listGoals({ ownerId: owner.id, include: "closed" })).map((goal) => goal.title)).toEqual(["Billing"]);
  });

  it("keeps the first reason when a closed goal is closed again", async () => {
    const owner = await newOwner();
    const [goal] = await addGoals(owner.id, ["Billing"]);
    const first = new Date("2026-11-27T15:00:00Z");
    await closeGoal({ ownerId: owner.id, goalId: goal!.id, outcome: "DROPPED", reason: "Reorg", now: first });
    const error = await refusal(
      closeGoal({ ownerId: owner.id, goalId: goal!.id, outcome: "DONE", reason: "Shipped", now: new Date("2026-12-01T09:00:00Z") }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await db.goal.findUniqueOrThrow({ where: { id: goal!.id } })).toMatchObject({
      status: "DROPPED",
      closeReason: "Reorg",
      closedAt: first,
    });
  });
});
