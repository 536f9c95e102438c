import { describe, expect, it } from "vitest";
import { buildTemplate } from "@/lib/content/template";
import { db } from "@/lib/db/client";
import { acceptHandover } from "./accept-handover";
import { getGoalTimeline } from "./get-goal-timeline";
import { offerHandover } from "./offer-handover";
import { addGoals, newOwner, refusal } from "./test-fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

type Written = { status?: "ON_TRACK" | "AT_RISK" | "OFF_TRACK"; doing?: string; progress?: string };

async function person(name: string) {
  const user = await newOwner(name);
  return db.user.update({ where: { id: user.id }, data: { setupCompletedAt: new Date() } });
}

/** An update of `authorId` due `days` from now, sent with this goal's section, or skipped when none is given. */
async function cycle(authorId: string, goal: { id: string; title: string }, days: number, written: Written | null) {
  const dueAt = daysFromNow(days);
  return db.update.create({
    data: {
      authorId,
      cycleStart: new Date(dueAt.getTime() - 14 * DAY_MS),
      dueAt,
      state: written ? "SENT" : "SKIPPED",
      sentAt: written ? dueAt : null,
      skipReason: written ? null : "On leave",
      content: buildTemplate([goal]),
      ...(written ? { sections: { create: [{ goalId: goal.id, position: 0, goalTitle: goal.title, ...written }] } } : {}),
    },
  });
}

describe("getGoalTimeline", () => {
  it("tells every cycle of the goal newest first, marking quiet ones, across a handover", async () => {
    const [ada, sam] = [await person("Ada Lovelace"), await person("Sam Okafor")];
    const [billing] = await addGoals(ada.id, ["Billing"]);
    await cycle(ada.id, billing!, 1, { status: "ON_TRACK", doing: "Ledger design", progress: "Schema merged" });
    await cycle(ada.id, billing!, 15, { status: "AT_RISK", doing: "Waiting on finance" });
    await cycle(ada.id, billing!, 29, null);
    const offer = await offerHandover({ ownerId: ada.id, input: { goalId: billing!.id, email: sam.email, note: "" }, now: new Date() });
    await acceptHandover({ receiverId: sam.id, handoverId: offer.id, now: daysFromNow(30) });
    await cycle(sam.id, billing!, 43, { status: "OFF_TRACK", progress: "Found the double charge" });

    const { entries, owners } = await getGoalTimeline({ ownerId: sam.id, goalId: billing!.id });
    expect(entries.map((entry) => [entry.kind, entry.authorName, entry.mine])).toEqual([
      ["written", "Sam Okafor", true],
      ["skipped", "Ada Lovelace", false],
      ["written", "Ada Lovelace", false],
      ["written", "Ada Lovelace", false],
    ]);
    expect(entries[2]).toMatchObject({ status: "AT_RISK", doing: "Waiting on finance", progress: "", noProgress: true });
    expect(entries[3]).toMatchObject({ status: "ON_TRACK", progress: "Schema merged", noProgress: false });
    expect(owners.map((owner) => [owner.ownerName, owner.until === null])).toEqual([
      ["Ada Lovelace", false],
      ["Sam Okafor", true],
    ]);
  });

  it("is not found for the previous owner or anyone else", async () => {
    const [ada, sam] = [await person("Ada Lovelace"), await person("Sam Okafor")];
    const [billing] = await addGoals(ada.id, ["Billing"]);
    expect((await refusal(getGoalTimeline({ ownerId: sam.id, goalId: billing!.id }))).code).toBe("NOT_FOUND");
    const offer = await offerHandover({ ownerId: ada.id, input: { goalId: billing!.id, email: sam.email, note: "" }, now: new Date() });
    await acceptHandover({ receiverId: sam.id, handoverId: offer.id, now: new Date() });
    expect((await refusal(getGoalTimeline({ ownerId: ada.id, goalId: billing!.id }))).code).toBe("NOT_FOUND");
  });

  it("marks a cycle sent without the goal, and starts with the goal", async () => {
    const ada = await person("Ada Lovelace");
    const [billing, hiring] = await addGoals(ada.id, ["Billing", "Hiring"]);
    await db.update.create({
      data: { authorId: ada.id, cycleStart: daysFromNow(-30), dueAt: daysFromNow(-16), state: "SENT", sentAt: daysFromNow(-16), content: buildTemplate([hiring!]) },
    });
    await cycle(ada.id, hiring!, 1, { doing: "Interviews" });
    const { entries } = await getGoalTimeline({ ownerId: ada.id, goalId: billing!.id });
    expect(entries.map((entry) => entry.kind)).toEqual(["left-out"]);
  });
});
