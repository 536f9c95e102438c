import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createGoal } from "./create-goal";
import { activeTitles, addGoals, goalInput, newOwner } from "./test-fixtures";

describe("createGoal", () => {
  it("adds an on-track goal with the owner's words", async () => {
    const owner = await newOwner();
    const goal = await createGoal({
      ownerId: owner.id,
      input: goalInput({ title: "Ship billing", description: "Zero double charges.", targetDate: "2026-12-31" }),
    });
    expect(goal).toMatchObject({
      ownerId: owner.id,
      title: "Ship billing",
      description: "Zero double charges.",
      targetDate: "2026-12-31",
      status: "ON_TRACK",
      closedAt: null,
    });
  });

  it("puts each new goal at the end of the list, after closed ones too", async () => {
    const owner = await newOwner();
    const [first] = await addGoals(owner.id, ["First", "Second"]);
    await db.goal.update({ where: { id: first!.id }, data: { status: "DONE", position: 7 } });
    const third = await createGoal({ ownerId: owner.id, input: goalInput({ title: "Third" }) });
    expect(third.position).toBe(8);
    expect(await activeTitles(owner.id)).toEqual(["Second", "Third"]);
  });

  it("numbers each owner's list on its own", async () => {
    const [ada, grace] = [await newOwner(), await newOwner("Grace Hopper")];
    await addGoals(ada.id, ["A1", "A2", "A3"]);
    const [graceFirst] = await addGoals(grace.id, ["G1"]);
    expect(graceFirst!.position).toBe(0);
  });
});
