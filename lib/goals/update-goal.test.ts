import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeGoal } from "./close-goal";
import { updateGoal } from "./update-goal";
import { addGoals, goalInput, newOwner, refusal } from "./test-fixtures";

describe("updateGoal", () => {
  it("saves the new words and how the goal is going", async () => {
    const owner = await newOwner();
    const [goal] = await addGoals(owner.id, ["Ship billing"]);
    const saved = await updateGoal({
      ownerId: owner.id,
      goalId: goal!.id,
      input: { ...goalInput({ title: "Ship billing v2", description: "Ledger only.", targetDate: "2027-01-15" }), status: "AT_RISK" },
    });
    expect(saved).toMatchObject({ title: "Ship billing v2", description: "Ledger only.", targetDate: "2027-01-15", status: "AT_RISK" });
    expect(saved.position).toBe(goal!.position);
  });

  it("clears the target date when it is emptied and keeps the status when none is given", async () => {
    const owner = await newOwner();
    const [goal] = await addGoals(owner.id, ["Ship billing"]);
    await updateGoal({ ownerId: owner.id, goalId: goal!.id, input: { ...goalInput({ targetDate: "2027-01-15" }), status: "OFF_TRACK" } });
    const saved = await updateGoal({ ownerId: owner.id, goalId: goal!.id, input: goalInput({ targetDate: null }) });
    expect(saved).toMatchObject({ targetDate: null, status: "OFF_TRACK" });
  });

  it("lets a closed goal's words be corrected but refuses to change its status, saving nothing", async () => {
    const owner = await newOwner();
    const [goal] = await addGoals(owner.id, ["Ship billing"]);
    await closeGoal({ ownerId: owner.id, goalId: goal!.id, outcome: "DONE", reason: "Shipped", now: new Date() });

    const renamed = await updateGoal({ ownerId: owner.id, goalId: goal!.id, input: goalInput({ title: "Shipped billing" }) });
    expect(renamed).toMatchObject({ title: "Shipped billing", status: "DONE", closeReason: "Shipped" });

    const error = await refusal(
      updateGoal({ ownerId: owner.id, goalId: goal!.id, input: { ...goalInput({ title: "Renamed again" }), status: "ON_TRACK" } }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await db.goal.findUniqueOrThrow({ where: { id: goal!.id } })).toMatchObject({ title: "Shipped billing", status: "DONE" });
  });
});
