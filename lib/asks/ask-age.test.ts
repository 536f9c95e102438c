import { describe, expect, it } from "vitest";
import { askAge } from "./ask-age";

const now = new Date("2026-11-21T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("askAge", () => {
  it("reads as a person would say it", () => {
    expect([0, 1, 2, 13, 14, 20, 62, 63, 200, 400].map((days) => askAge(daysAgo(days), now))).toEqual([
      "today",
      "1 day",
      "2 days",
      "13 days",
      "2 weeks",
      "2 weeks",
      "8 weeks",
      "2 months",
      "6 months",
      "13 months",
    ]);
  });
});
