import { describe, expect, it } from "vitest";
import { buildTemplate } from "@/lib/content/template";
import { db } from "@/lib/db/client";
import { getPreviousSections } from "./get-previous-sections";

type State = "DRAFT" | "SENT" | "SKIPPED";

const day = (date: string) => new Date(`${date}T15:00:00Z`);

let counter = 0;
async function author() {
  counter += 1;
  const user = await db.user.create({ data: { email: `writer-${counter}@example.com`, name: `Writer ${counter}` } });
  const billing = await db.goal.create({ data: { ownerId: user.id, title: "Ship billing", position: 0 } });
  const hiring = await db.goal.create({ data: { ownerId: user.id, title: "Hire a designer", position: 1 } });
  /** An update due on `date` whose billing section says `doing`. */
  const update = async (date: string, state: State, doing = "") => {
    const dueAt = day(date);
    return db.update.create({
      data: {
        authorId: user.id,
        cycleStart: dueAt,
        dueAt,
        state,
        sentAt: state === "SENT" ? new Date(dueAt.getTime() - 60_000) : null,
        content: buildTemplate([billing, hiring]),
        sections: {
          create: [
            { goalId: hiring.id, position: 1, goalTitle: hiring.title, needHelp: `Help wanted ${date}` },
            { goalId: billing.id, position: 0, goalTitle: billing.title, doing, progress: "Halfway" },
          ],
        },
      },
    });
  };
  return { user, billing, hiring, update };
}

describe("getPreviousSections", () => {
  it("gives the text of the latest sent update due before this one, goal by goal in order", async () => {
    const { user, billing, hiring, update } = await author();
    await update("2026-10-30", "SENT", "Older words");
    await update("2026-11-13", "SENT", "Last time's words");
    await update("2026-11-20", "SKIPPED", "Skipped words");
    const current = await update("2026-11-27", "DRAFT");
    await update("2026-12-11", "SENT", "Later words");

    expect(await getPreviousSections({ authorId: user.id, updateId: current.id })).toEqual({
      dueAt: day("2026-11-13"),
      sentAt: new Date(day("2026-11-13").getTime() - 60_000),
      sections: [
        { goalId: billing.id, goalTitle: "Ship billing", doing: "Last time's words", needHelp: "", progress: "Halfway" },
        { goalId: hiring.id, goalTitle: "Hire a designer", doing: "", needHelp: "Help wanted 2026-11-13", progress: "" },
      ],
    });
  });

  it("ignores drafts and skipped cycles before this one", async () => {
    const { user, update } = await author();
    await update("2026-11-06", "SENT", "Really sent");
    await update("2026-11-13", "DRAFT", "Never sent");
    await update("2026-11-20", "SKIPPED", "Skipped");
    const current = await update("2026-11-27", "DRAFT");

    const previous = await getPreviousSections({ authorId: user.id, updateId: current.id });
    expect(previous?.dueAt).toEqual(day("2026-11-06"));
    expect(previous?.sections[0]?.doing).toBe("Really sent");
  });

  it("is null for the first update, even when later ones were sent", async () => {
    const { user, update } = await author();
    const first = await update("2026-11-13", "DRAFT");
    await update("2026-11-27", "SENT", "Later words");
    expect(await getPreviousSections({ authorId: user.id, updateId: first.id })).toBeNull();
  });

  it("never shows another author's update", async () => {
    const ada = await author();
    const mallory = await author();
    await mallory.update("2026-11-13", "SENT", "Mallory's words");
    const current = await ada.update("2026-11-27", "DRAFT");
    expect(await getPreviousSections({ authorId: ada.user.id, updateId: current.id })).toBeNull();
    await expect(getPreviousSections({ authorId: mallory.user.id, updateId: current.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
