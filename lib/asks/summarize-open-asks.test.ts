import { describe, expect, it } from "vitest";
import { doc, goal, li, p, ul } from "@/lib/content/test-fixtures";
import { db } from "@/lib/db/client";
import { day, ledgerAuthor } from "./ledger-test-world";
import { openAsksLineInput, saveOpenAsksLine } from "./open-asks-line-setting";
import { summarizeOpenAsks } from "./summarize-open-asks";

describe("summarizeOpenAsks", () => {
  it("counts the open ledger entries and the update's new asks, dated from the oldest", async () => {
    const { user, billing, send, write } = await ledgerAuthor();
    await send("2026-10-16", ["Budget sign-off"]);
    const draft = await write("2026-10-30", "DRAFT");
    const document = doc(goal(billing.id, billing.title, { help: [ul(li(p("Budget sign-off.")), li(p("An intro to Legal")))] }));
    expect(await summarizeOpenAsks({ authorId: user.id, updateId: draft.id, document, askedAt: day("2026-10-30") })).toEqual({
      count: 2,
      oldestAt: day("2026-10-16"),
    });
  });

  it("says nothing when nothing is open, or when the author turned the line off", async () => {
    const { user, billing, send, write } = await ledgerAuthor();
    const draft = await write("2026-10-30", "DRAFT");
    const empty = doc(goal(billing.id, billing.title, {}));
    expect(await summarizeOpenAsks({ authorId: user.id, updateId: draft.id, document: empty, askedAt: day("2026-10-30") })).toBeNull();
    await send("2026-10-16", ["Budget sign-off"]);
    await saveOpenAsksLine({ userId: user.id, input: openAsksLineInput.parse({}) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).openAsksLine).toBe(false);
    expect(await summarizeOpenAsks({ authorId: user.id, updateId: draft.id, document: empty, askedAt: day("2026-10-30") })).toBeNull();
  });
});
