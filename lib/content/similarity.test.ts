import { describe, expect, it } from "vitest";
import { isStale, similarity } from "./similarity";

const LAST_TIME = "Migrating the billing service to the new queue. Two of five consumers are moved.";

describe("similarity", () => {
  it("is 1 for the same text, whatever the case, spacing and punctuation", () => {
    expect(similarity(LAST_TIME, LAST_TIME)).toBe(1);
    expect(similarity("Hello,   World!", "hello world")).toBe(1);
  });

  it("is 0 for texts with nothing in common", () => {
    expect(similarity("abc", "xyz")).toBe(0);
  });

  it("stays between 0 and 1", () => {
    const value = similarity(LAST_TIME, "Billing queue work continues.");
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });
});

describe("isStale", () => {
  it("flags a part copied from last time with a word changed", () => {
    expect(isStale(LAST_TIME.replace("Two", "Three"), LAST_TIME)).toBe(true);
  });

  it("does not flag a part rewritten for this cycle", () => {
    const now = "All five consumers now read from the new queue; the old one is switched off on Friday.";
    expect(isStale(now, LAST_TIME)).toBe(false);
  });

  it("never flags an empty part or one with nothing to compare to", () => {
    expect(isStale("", "")).toBe(false);
    expect(isStale("  ", LAST_TIME)).toBe(false);
    expect(isStale(LAST_TIME, "")).toBe(false);
  });

  it("honours a stricter threshold", () => {
    const edited = LAST_TIME.replace("Two of five", "Three of five");
    expect(isStale(edited, LAST_TIME, 0.999)).toBe(false);
  });
});
