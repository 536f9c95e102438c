import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeGoal } from "./close-goal";
import { reopenGoal } from "./reopen-goal";
import { activeTitles, addGoals, newOwner } from "./test-fixtures";

describe("reopenGoal", () => {
  it("brings a closed goal back on track at the end of the list, forgetting the close", async () => {
    const owner = await newOwner();
    const [billing] = await addGoals(owner.id, ["Billing", "Hiring", "Onboarding"]);
    await closeGoal({ ownerId: owner.id, goalId: billing!.id, outcome: "DROPPED", reason: "Reorg", now: new Date() });
    const reopened = await reopenGoal({ ownerId: owner.id, goalId: billing!.id });
    expect(reopened).toMatchObject({ status: "ON_TRACK", closedAt: null, closeReason: null });
    expect(await activeTitles(owner.id)).toEqual(["Hiring", "Onboarding", "Billing"]);
  });

  it("leaves an open goal exactly where it is", async () => {
    const owner = await newOwner();
    const [billing] = await addGoals(owner.id, ["Billing", "Hiring"]);
    await db.goal.update({ where: { id: billing!.id }, data: { status: "AT_RISK" } });
    const again = await reopenGoal({ ownerId: owner.id, goalId: billing!.id });
    expect(again).toMatchObject({ status: "AT_RISK", position: billing!.position });
    expect(await activeTitles(owner.id)).toEqual(["Billing", "Hiring"]);
  });
});
