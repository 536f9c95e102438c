import { describe, expect, it } from "vitest";
import { isSpreadThin, spreadThinInput } from "./spread-thin";

describe("isSpreadThin", () => {
  it("notices only more active goals than the threshold", () => {
    expect([5, 6].map((goals) => isSpreadThin(goals, 5))).toEqual([false, true]);
    expect(isSpreadThin(0, 1)).toBe(false);
  });
});

describe("spreadThinInput", () => {
  it("takes a whole number from 1 to 20", () => {
    expect(spreadThinInput.parse({ spreadThinAbove: " 7 " })).toEqual({ spreadThinAbove: 7 });
    expect(spreadThinInput.parse({ spreadThinAbove: "1" }).spreadThinAbove).toBe(1);
    expect(spreadThinInput.parse({ spreadThinAbove: "20" }).spreadThinAbove).toBe(20);
  });

  it("refuses anything else with one clear message", () => {
    for (const typed of ["0", "21", "", "2.5", "-3", "five"]) {
      const result = spreadThinInput.safeParse({ spreadThinAbove: typed });
      expect(result.success, typed).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Pick a whole number from 1 to 20.");
    }
  });
});
