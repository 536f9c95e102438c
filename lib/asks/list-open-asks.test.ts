import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ledgerAuthor } from "./ledger-test-world";
import { listLatestOpenAsks } from "./list-latest-open-asks";
import { listOpenAsks } from "./list-open-asks";
import { resolveAsk } from "./resolve-ask";

const summary = (asks: { text: string; goalTitle: string; firstAskedAt: Date; timesAsked: number }[]) =>
  asks.map((ask) => [ask.text, ask.goalTitle, ask.firstAskedAt.toISOString().slice(0, 10), ask.timesAsked]);

describe("listOpenAsks", () => {
  it("gives the open ledger entries asked before this update, dated from when they were first asked", async () => {
    const { user, send, write } = await ledgerAuthor();
    await send("2026-10-16", ["Budget sign-off"]);
    await send("2026-11-13", ["Budget sign-off", "An intro to Legal"]);
    const current = await write("2026-11-27", "DRAFT", ["Typed in the draft, not asked yet"]);
    await send("2026-12-11", ["From a later cycle"]);
    expect(summary(await listOpenAsks({ authorId: user.id, updateId: current.id }))).toEqual([
      ["Budget sign-off", "Ship billing", "2026-10-16", 2],
      ["An intro to Legal", "Ship billing", "2026-11-13", 1],
    ]);
  });

  it("leaves out what the author marked resolved", async () => {
    const { user, send, write } = await ledgerAuthor();
    await send("2026-11-13", ["Budget sign-off", "An intro to Legal"]);
    const intro = await db.ask.findFirstOrThrow({ where: { authorId: user.id, text: "An intro to Legal" } });
    await resolveAsk({ authorId: user.id, input: { askId: intro.id, note: "Met Legal on Tuesday" }, now: new Date() });
    const current = await write("2026-11-27", "DRAFT");
    expect(summary(await listOpenAsks({ authorId: user.id, updateId: current.id })).map(([text]) => text)).toEqual(["Budget sign-off"]);
  });

  it("answers not found for another author's update", async () => {
    const owner = await ledgerAuthor();
    const other = await ledgerAuthor();
    const draft = await owner.write("2026-11-27", "DRAFT");
    await expect(listOpenAsks({ authorId: other.user.id, updateId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listLatestOpenAsks", () => {
  it("gives every open ask of the author, whatever is being written, and no one else's", async () => {
    const { user, send, write } = await ledgerAuthor();
    await send("2026-10-30", ["Budget sign-off"]);
    await send("2026-11-13", ["Budget sign-off", "An intro to Legal"]);
    await write("2026-11-27", "DRAFT", ["Typed in the draft, not asked yet"]);
    const other = await ledgerAuthor();
    await other.send("2026-11-13", ["Someone else's ask"]);
    expect(summary(await listLatestOpenAsks({ authorId: user.id }))).toEqual([
      ["Budget sign-off", "Ship billing", "2026-10-30", 2],
      ["An intro to Legal", "Ship billing", "2026-11-13", 1],
    ]);
  });

  it("has nothing open before anything is sent", async () => {
    const { user, write } = await ledgerAuthor();
    await write("2026-11-27", "DRAFT", ["Not asked yet"]);
    expect(await listLatestOpenAsks({ authorId: user.id })).toEqual([]);
  });
});
