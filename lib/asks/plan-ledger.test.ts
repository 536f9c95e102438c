import { describe, expect, it } from "vitest";
import { planLedger } from "./plan-ledger";

const ask = (text: string, goalId = "g1") => ({ goalId, goalTitle: `Goal ${goalId}`, text });

describe("planLedger", () => {
  it("keeps an ask repeated with small changes as the same entry, and adds the new ones", () => {
    const plan = planLedger(
      [{ id: "e1", goalId: "g1", text: "Budget sign-off for the contractor" }],
      [ask("An intro to Legal"), ask("budget sign-off for the contractor.")],
    );
    expect(plan.repeated).toEqual([{ entryId: "e1", ask: ask("budget sign-off for the contractor.") }]);
    expect(plan.added).toEqual([{ ask: ask("An intro to Legal"), position: 0 }]);
  });

  it("matches only under the same goal and only clearly similar words", () => {
    const open = [{ id: "e1", goalId: "g1", text: "Design review with the platform team" }];
    expect(planLedger(open, [ask("Design review with the platform team", "g2")]).repeated).toEqual([]);
    expect(planLedger(open, [ask("Budget for the offsite")]).repeated).toEqual([]);
  });

  it("lets one entry stand for one ask only", () => {
    const plan = planLedger([{ id: "e1", goalId: "g1", text: "Review" }], [ask("Review"), ask("Review")]);
    expect(plan.repeated).toHaveLength(1);
    expect(plan.added).toEqual([{ ask: ask("Review"), position: 1 }]);
  });
});
