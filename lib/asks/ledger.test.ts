import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { day, ledgerAuthor, recordSent } from "./ledger-test-world";
import { listLedger } from "./list-ledger";
import { reopenAsk } from "./reopen-ask";
import { resolveAsk } from "./resolve-ask";

const entries = (authorId: string) =>
  db.ask.findMany({ where: { authorId }, orderBy: [{ firstAskedAt: "asc" }, { position: "asc" }] });

describe("the help ledger", () => {
  it("keeps an ask repeated in the next update as one entry with its first date and latest words", async () => {
    const { user, send, hiring } = await ledgerAuthor();
    const first = await send("2026-10-16", ["Budget sign-off for the contractor", "An intro to Legal"]);
    const second = await send("2026-10-30", ["Budget sign-off for the contractor.", "A second laptop"]);
    await send("2026-11-13", ["A second laptop"], hiring);
    const rows = await entries(user.id);
    expect(rows.map((row) => [row.text, row.goalTitle, row.firstAskedAt, row.lastAskedAt, row.timesAsked, row.resolvedAt])).toEqual([
      ["Budget sign-off for the contractor.", "Ship billing", day("2026-10-16"), day("2026-10-30"), 2, null],
      ["An intro to Legal", "Ship billing", day("2026-10-16"), day("2026-10-16"), 1, null],
      ["A second laptop", "Ship billing", day("2026-10-30"), day("2026-10-30"), 1, null],
      ["A second laptop", "Hire a designer", day("2026-11-13"), day("2026-11-13"), 1, null],
    ]);
    expect(rows[0]).toMatchObject({ firstUpdateId: first.id, lastUpdateId: second.id });
  });

  it("records an update's asks once, even when its message is recorded as sent again", async () => {
    const { user, send } = await ledgerAuthor();
    const update = await send("2026-10-16", ["Budget sign-off"]);
    await recordSent(update.id, user.id, day("2026-10-17"));
    expect((await entries(user.id)).map((row) => [row.text, row.timesAsked])).toEqual([["Budget sign-off", 1]]);
  });

  it("moves a resolved ask to the resolved list with its note, and back when reopened", async () => {
    const { user, send } = await ledgerAuthor();
    await send("2026-10-16", ["Budget sign-off", "An intro to Legal"]);
    const [budget] = await entries(user.id);
    await resolveAsk({ authorId: user.id, input: { askId: budget!.id, note: "Approved by finance" }, now: day("2026-10-20") });
    const ledger = await listLedger({ authorId: user.id });
    expect(ledger.open.map((ask) => ask.text)).toEqual(["An intro to Legal"]);
    expect(ledger.resolved.map((ask) => [ask.text, ask.resolvedAt, ask.resolutionNote])).toEqual([["Budget sign-off", day("2026-10-20"), "Approved by finance"]]);
    await reopenAsk({ authorId: user.id, askId: budget!.id });
    expect((await listLedger({ authorId: user.id })).open.map((ask) => ask.text)).toEqual(["Budget sign-off", "An intro to Legal"]);
  });

  it("starts a new entry when a resolved ask is asked again", async () => {
    const { user, send } = await ledgerAuthor();
    await send("2026-10-16", ["Budget sign-off"]);
    const [budget] = await entries(user.id);
    await resolveAsk({ authorId: user.id, input: { askId: budget!.id, note: "" }, now: day("2026-10-20") });
    await send("2026-10-30", ["Budget sign-off"]);
    const ledger = await listLedger({ authorId: user.id });
    expect(ledger.open.map((ask) => [ask.text, ask.firstAskedAt])).toEqual([["Budget sign-off", day("2026-10-30")]]);
    expect(ledger.resolved).toHaveLength(1);
  });

  it("answers not found when someone resolves or reopens another author's ask, and changes nothing", async () => {
    const owner = await ledgerAuthor();
    const other = await ledgerAuthor();
    await owner.send("2026-10-16", ["Budget sign-off"]);
    const [budget] = await entries(owner.user.id);
    const input = { askId: budget!.id, note: "Not mine to close" };
    await expect(resolveAsk({ authorId: other.user.id, input, now: new Date() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reopenAsk({ authorId: other.user.id, askId: budget!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listLedger({ authorId: owner.user.id })).open).toHaveLength(1);
    expect(await listLedger({ authorId: other.user.id })).toEqual({ open: [], resolved: [] });
  });
});
