// The help ledger on PostgreSQL: filled in the transaction that records an update as sent.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { day, ledgerAuthor, recordSent } from "./ledger-test-world";

describe("the help ledger on PostgreSQL", () => {
  it("keeps a repeated ask as one entry, and records an update's asks once", async () => {
    const { user, send } = await ledgerAuthor();
    await send("2026-10-16", ["Budget sign-off for the contractor", "An intro to Legal"]);
    const second = await send("2026-10-30", ["Budget sign-off for the contractor."]);
    await recordSent(second.id, user.id, day("2026-10-31"));
    const rows = await db.ask.findMany({ where: { authorId: user.id }, orderBy: [{ firstAskedAt: "asc" }, { position: "asc" }] });
    expect(rows.map((row) => [row.text, row.firstAskedAt, row.timesAsked])).toEqual([
      ["Budget sign-off for the contractor.", day("2026-10-16"), 2],
      ["An intro to Legal", day("2026-10-16"), 1],
    ]);
  });
});
