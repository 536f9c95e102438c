import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeGoal } from "./close-goal";
import { moveGoal } from "./move-goal";
import { activeTitles, addGoals, newOwner } from "./test-fixtures";

describe("moveGoal", () => {
  it("swaps a goal with its neighbour up or down", async () => {
    const owner = await newOwner();
    const [, second, third] = await addGoals(owner.id, ["A", "B", "C"]);
    await moveGoal({ ownerId: owner.id, goalId: third!.id, direction: "up" });
    expect(await activeTitles(owner.id)).toEqual(["A", "C", "B"]);
    await moveGoal({ ownerId: owner.id, goalId: second!.id, direction: "up" });
    await moveGoal({ ownerId: owner.id, goalId: second!.id, direction: "up" });
    expect(await activeTitles(owner.id)).toEqual(["B", "A", "C"]);
    await moveGoal({ ownerId: owner.id, goalId: second!.id, direction: "down" });
    expect(await activeTitles(owner.id)).toEqual(["A", "B", "C"]);
  });

  it("changes nothing at either end of the list", async () => {
    const owner = await newOwner();
    const [first, , last] = await addGoals(owner.id, ["A", "B", "C"]);
    await moveGoal({ ownerId: owner.id, goalId: first!.id, direction: "up" });
    await moveGoal({ ownerId: owner.id, goalId: last!.id, direction: "down" });
    expect(await activeTitles(owner.id)).toEqual(["A", "B", "C"]);
  });

  it("steps over closed goals, so one press always moves the goal visibly", async () => {
    const owner = await newOwner();
    const [, dropped, last] = await addGoals(owner.id, ["A", "Dropped", "C"]);
    await closeGoal({ ownerId: owner.id, goalId: dropped!.id, outcome: "DROPPED", reason: "Reorg", now: new Date() });
    await moveGoal({ ownerId: owner.id, goalId: last!.id, direction: "up" });
    expect(await activeTitles(owner.id)).toEqual(["C", "A"]);
    const closed = await db.goal.findUniqueOrThrow({ where: { id: dropped!.id } });
    expect(closed.position).toBe(dropped!.position);
  });

  it("still moves goals that ended up sharing a position", async () => {
    const owner = await newOwner();
    const [first, second, third] = await addGoals(owner.id, ["A", "B", "C"]);
    await db.goal.updateMany({ where: { id: { in: [first!.id, second!.id, third!.id] } }, data: { position: 4 } });
    await moveGoal({ ownerId: owner.id, goalId: second!.id, direction: "up" });
    expect(await activeTitles(owner.id)).toEqual(["B", "A", "C"]);
  });

  it("refuses to move a closed goal", async () => {
    const owner = await newOwner();
    const [goal] = await addGoals(owner.id, ["A", "B"]);
    await closeGoal({ ownerId: owner.id, goalId: goal!.id, outcome: "DONE", reason: "Done", now: new Date() });
    await expect(moveGoal({ ownerId: owner.id, goalId: goal!.id, direction: "down" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
