import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeGoal } from "./close-goal";
import { listGoals } from "./list-goals";
import { addGoals, newOwner } from "./test-fixtures";

describe("listGoals", () => {
  it("lists active, closed or all goals of one owner in their order", async () => {
    const [ada, grace] = [await newOwner(), await newOwner("Grace Hopper")];
    const [, hiring] = await addGoals(ada.id, ["Billing", "Hiring", "Onboarding"]);
    await addGoals(grace.id, ["Compilers"]);
    await closeGoal({ ownerId: ada.id, goalId: hiring!.id, outcome: "DONE", reason: "Hired", now: new Date() });

    const titles = async (include: "active" | "closed" | "all") =>
      (await listGoals({ ownerId: ada.id, include })).map((goal) => goal.title);
    expect(await titles("active")).toEqual(["Billing", "Onboarding"]);
    expect(await titles("closed")).toEqual(["Hiring"]);
    expect(await titles("all")).toEqual(["Billing", "Hiring", "Onboarding"]);
  });

  it("follows the positions, not the order goals were added", async () => {
    const owner = await newOwner();
    const [first, second] = await addGoals(owner.id, ["First", "Second"]);
    await db.goal.update({ where: { id: first!.id }, data: { position: 5 } });
    await db.goal.update({ where: { id: second!.id }, data: { position: 2 } });
    const goals = await listGoals({ ownerId: owner.id, include: "active" });
    expect(goals.map((goal) => goal.title)).toEqual(["Second", "First"]);
  });
});
