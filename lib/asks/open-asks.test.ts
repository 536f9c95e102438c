import { describe, expect, it } from "vitest";
import { openAsks, type SentAsks } from "./open-asks";

const ask = (text: string, goalId = "a") => ({ goalId, goalTitle: `Goal ${goalId}`, text });
const sent = (date: string, ...asks: ReturnType<typeof ask>[]): SentAsks => ({ sentAt: new Date(`${date}T15:00:00Z`), asks });

describe("openAsks", () => {
  it("gives the latest update's asks, each dated from the first of an unbroken run that asked it", () => {
    const result = openAsks([
      sent("2026-11-13", ask("Budget sign-off for the contractor"), ask("An intro to Legal")),
      sent("2026-10-30", ask("Budget sign-off for the contractor.")),
      sent("2026-10-16", ask("budget sign-off for the contractor")),
      sent("2026-10-02", ask("Something else entirely")),
      sent("2026-09-18", ask("Budget sign-off for the contractor")),
    ]);
    expect(result.map(({ text, firstAskedAt, timesAsked }) => [text, firstAskedAt.toISOString().slice(0, 10), timesAsked])).toEqual([
      ["Budget sign-off for the contractor", "2026-10-16", 3],
      ["An intro to Legal", "2026-11-13", 1],
    ]);
  });

  it("counts an ask only under the same goal", () => {
    const [only] = openAsks([sent("2026-11-13", ask("Design review", "a")), sent("2026-10-30", ask("Design review", "b"))]);
    expect(only?.timesAsked).toBe(1);
  });

  it("has nothing open before the first update is sent, or when the latest asked nothing", () => {
    expect(openAsks([])).toEqual([]);
    expect(openAsks([sent("2026-11-13"), sent("2026-10-30", ask("Old ask"))])).toEqual([]);
  });
});
