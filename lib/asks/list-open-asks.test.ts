import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { doc, goal, li, p, ul } from "@/lib/content/test-fixtures";
import { buildTemplate } from "@/lib/content/template";
import { listLatestOpenAsks } from "./list-latest-open-asks";
import { listOpenAsks } from "./list-open-asks";

const day = (date: string) => new Date(`${date}T15:00:00Z`);

let counter = 0;
async function author() {
  counter += 1;
  const user = await db.user.create({ data: { email: `asker-${counter}@example.com`, name: `Asker ${counter}` } });
  const goalRow = await db.goal.create({ data: { ownerId: user.id, title: "Ship billing", position: 0 } });
  const update = (date: string, state: "DRAFT" | "SENT" | "SKIPPED", asks: string[] = []) =>
    db.update.create({
      data: {
        authorId: user.id,
        cycleStart: day(date),
        dueAt: day(date),
        state,
        sentAt: state === "SENT" ? day(date) : null,
        content: asks.length > 0 ? doc(goal(goalRow.id, goalRow.title, { help: [ul(...asks.map((ask) => li(p(ask))))] })) : buildTemplate([goalRow]),
      },
    });
  return { user, update };
}

describe("listOpenAsks", () => {
  it("gives the asks of the latest sent update before this one, dated from when they were first asked", async () => {
    const { user, update } = await author();
    await update("2026-10-16", "SENT", ["Budget sign-off"]);
    await update("2026-10-30", "SKIPPED");
    await update("2026-11-13", "SENT", ["Budget sign-off", "An intro to Legal"]);
    const current = await update("2026-11-27", "DRAFT", ["Typed in the draft, not asked yet"]);
    await update("2026-12-11", "SENT", ["From a later cycle"]);

    const asks = await listOpenAsks({ authorId: user.id, updateId: current.id });
    expect(asks.map((ask) => [ask.text, ask.goalTitle, ask.firstAskedAt.toISOString().slice(0, 10), ask.timesAsked])).toEqual([
      ["Budget sign-off", "Ship billing", "2026-10-16", 2],
      ["An intro to Legal", "Ship billing", "2026-11-13", 1],
    ]);
  });

  it("answers not found for another author's update", async () => {
    const owner = await author();
    const other = await author();
    const draft = await owner.update("2026-11-27", "DRAFT");
    await expect(listOpenAsks({ authorId: other.user.id, updateId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listLatestOpenAsks", () => {
  it("gives the asks of the author's latest sent update, whatever is being written", async () => {
    const { user, update } = await author();
    await update("2026-10-30", "SENT", ["Budget sign-off"]);
    await update("2026-11-13", "SENT", ["Budget sign-off", "An intro to Legal"]);
    await update("2026-11-27", "DRAFT", ["Typed in the draft, not asked yet"]);
    const other = await author();
    await other.update("2026-11-13", "SENT", ["Someone else's ask"]);

    const asks = await listLatestOpenAsks({ authorId: user.id });
    expect(asks.map((ask) => [ask.text, ask.firstAskedAt.toISOString().slice(0, 10), ask.timesAsked])).toEqual([
      ["Budget sign-off", "2026-10-30", 2],
      ["An intro to Legal", "2026-11-13", 1],
    ]);
  });

  it("has nothing open before anything is sent", async () => {
    const { user, update } = await author();
    await update("2026-11-27", "DRAFT", ["Not asked yet"]);
    expect(await listLatestOpenAsks({ authorId: user.id })).toEqual([]);
  });
});
