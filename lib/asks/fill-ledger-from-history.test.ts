import { describe, expect, it } from "vitest";
import { doc, goal, li, p, ul } from "@/lib/content/test-fixtures";
import { db } from "@/lib/db/client";
import { fillLedgerFromHistory } from "./fill-ledger-from-history";
import { day, ledgerAuthor } from "./ledger-test-world";
import { listLedger } from "./list-ledger";

describe("fillLedgerFromHistory", () => {
  it("replays sent updates: asks still asked in the latest stay open, others are resolved when they stopped", async () => {
    const { user, billing, write } = await ledgerAuthor();
    // Sent before the ledger existed: marked sent directly, as they are in such a database.
    const sentBefore = async (date: string, asks: string[]) => {
      const update = await write(date, "APPROVED");
      const content = doc(goal(billing.id, billing.title, { help: [ul(...asks.map((ask) => li(p(ask))))] }));
      await db.update.update({ where: { id: update.id }, data: { state: "SENT", sentAt: day(date), content } });
    };
    await sentBefore("2026-10-02", ["Budget sign-off", "A second laptop"]);
    await sentBefore("2026-10-16", ["Budget sign-off."]);
    await sentBefore("2026-10-30", ["Budget sign-off", "An intro to Legal"]);

    expect(await fillLedgerFromHistory({ authorId: user.id })).toBe(3);
    const ledger = await listLedger({ authorId: user.id });
    expect(ledger.open.map((ask) => [ask.text, ask.firstAskedAt, ask.timesAsked])).toEqual([
      ["Budget sign-off", day("2026-10-02"), 3],
      ["An intro to Legal", day("2026-10-30"), 1],
    ]);
    expect(ledger.resolved.map((ask) => [ask.text, ask.resolvedAt, ask.resolutionNote])).toEqual([["A second laptop", day("2026-10-16"), ""]]);
    expect(await fillLedgerFromHistory({ authorId: user.id })).toBe(0);
  });
});
