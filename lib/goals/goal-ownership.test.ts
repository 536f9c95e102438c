import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeGoal } from "./close-goal";
import { getGoal } from "./get-goal";
import { moveGoal } from "./move-goal";
import { reopenGoal } from "./reopen-goal";
import { updateGoal } from "./update-goal";
import { addGoals, goalInput, newOwner, refusal } from "./test-fixtures";

describe("another person's goal", () => {
  it("is not found by get, update, move, close or reopen, and nothing about it changes", async () => {
    const [ada, mallory] = [await newOwner("Ada Lovelace"), await newOwner("Mallory")];
    const [adaFirst, adaSecond] = await addGoals(ada.id, ["Billing", "Hiring"]);
    const [adaClosed] = await addGoals(ada.id, ["Old goal"]);
    await closeGoal({ ownerId: ada.id, goalId: adaClosed!.id, outcome: "DONE", reason: "Done", now: new Date() });
    await addGoals(mallory.id, ["Mallory's own"]);
    const snapshot = () => db.goal.findMany({ orderBy: { id: "asc" } });
    const before = await snapshot();

    const attempts = {
      get: getGoal({ ownerId: mallory.id, goalId: adaFirst!.id }),
      update: updateGoal({ ownerId: mallory.id, goalId: adaFirst!.id, input: { ...goalInput({ title: "Taken" }), status: "OFF_TRACK" } }),
      moveUp: moveGoal({ ownerId: mallory.id, goalId: adaSecond!.id, direction: "up" }),
      moveDown: moveGoal({ ownerId: mallory.id, goalId: adaFirst!.id, direction: "down" }),
      close: closeGoal({ ownerId: mallory.id, goalId: adaFirst!.id, outcome: "DROPPED", reason: "Mine now", now: new Date() }),
      reopen: reopenGoal({ ownerId: mallory.id, goalId: adaClosed!.id }),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      expect((await refusal(attempt)).code, name).toBe("NOT_FOUND");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("looks exactly like a goal that does not exist", async () => {
    const owner = await newOwner();
    const missing = await refusal(getGoal({ ownerId: owner.id, goalId: "no-such-goal" }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toBe("Goal not found");
  });
});
