import { describe, expect, it } from "vitest";
import { closeGoalSchema, goalEditSchema, goalInputSchema, isCalendarDate } from "./goal-input";

describe("goal input", () => {
  it("trims the title and turns an empty target date into none", () => {
    const parsed = goalInputSchema.parse({ title: "  Ship billing  ", description: " Why \n", targetDate: "" });
    expect(parsed).toEqual({ title: "Ship billing", description: "Why", targetDate: null });
  });

  it("refuses a blank or overlong title with a message for the title field", () => {
    for (const title of ["", "   ", "x".repeat(201)]) {
      const result = goalInputSchema.safeParse({ title });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["title"]);
    }
    expect(goalInputSchema.safeParse({ title: "x".repeat(200) }).success).toBe(true);
  });

  it("keeps descriptions up to 5,000 characters", () => {
    expect(goalInputSchema.safeParse({ title: "t", description: "d".repeat(5000) }).success).toBe(true);
    expect(goalInputSchema.safeParse({ title: "t", description: "d".repeat(5001) }).success).toBe(false);
  });

  it("accepts only real calendar days as target dates", () => {
    expect(goalInputSchema.parse({ title: "t", targetDate: "2028-02-29" }).targetDate).toBe("2028-02-29");
    for (const targetDate of ["2027-02-29", "2026-04-31", "2026-13-01", "2026-1-5", "31/12/2026", "tomorrow"]) {
      const result = goalInputSchema.safeParse({ title: "t", targetDate });
      expect(result.error?.issues[0]?.path, targetDate).toEqual(["targetDate"]);
    }
    expect(isCalendarDate("2026-12-31")).toBe(true);
  });

  it("lets the edit form set how an open goal is going, never close it", () => {
    expect(goalEditSchema.parse({ title: "t", status: "AT_RISK" }).status).toBe("AT_RISK");
    expect(goalEditSchema.safeParse({ title: "t", status: "DONE" }).success).toBe(false);
  });

  it("needs an outcome and a reason to close a goal", () => {
    expect(closeGoalSchema.parse({ outcome: "DROPPED", reason: " Moved to another team " })).toEqual({
      outcome: "DROPPED",
      reason: "Moved to another team",
    });
    const missing = closeGoalSchema.safeParse({ reason: "   " });
    expect(missing.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["outcome", "reason"]);
    expect(closeGoalSchema.safeParse({ outcome: "DONE", reason: "r".repeat(2001) }).success).toBe(false);
  });
});
