import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptHandover } from "./accept-handover";
import { cancelHandover } from "./cancel-handover";
import { declineHandover } from "./decline-handover";
import { listHandedOverOwners } from "./list-handed-over-owners";
import { offerHandover } from "./offer-handover";
import { activeTitles, addGoals, newOwner, refusal } from "./test-fixtures";

const at = (iso: string) => new Date(iso);

async function person(name: string) {
  const user = await newOwner(name);
  return db.user.update({ where: { id: user.id }, data: { setupCompletedAt: new Date() } });
}

async function offered(note = "") {
  const [ada, sam] = [await person("Ada Lovelace"), await person("Sam Okafor")];
  await addGoals(sam.id, ["Sam's own"]);
  const [billing] = await addGoals(ada.id, ["Billing", "Hiring"]);
  const offer = await offerHandover({ ownerId: ada.id, input: { goalId: billing!.id, email: sam.email, note }, now: at("2026-11-12T09:00:00Z") });
  return { ada, sam, billing: billing!, offer };
}

describe("handing a goal over", () => {
  it("moves the goal to the end of the receiver's list once accepted, and records who owned it when", async () => {
    const { ada, sam, billing, offer } = await offered("It needs weekly love");
    expect(await activeTitles(ada.id)).toEqual(["Billing", "Hiring"]);
    const moment = new Date(Date.now() + 24 * 60 * 60 * 1000);
    await acceptHandover({ receiverId: sam.id, handoverId: offer.id, now: moment });
    expect(await activeTitles(ada.id)).toEqual(["Hiring"]);
    expect(await activeTitles(sam.id)).toEqual(["Sam's own", "Billing"]);
    const owners = await db.goalOwnership.findMany({ where: { goalId: billing.id }, orderBy: { since: "asc" } });
    expect(owners).toMatchObject([
      { ownerId: ada.id, ownerName: "Ada Lovelace", since: billing.createdAt, until: moment },
      { ownerId: sam.id, ownerName: "Sam Okafor", since: moment, until: null },
    ]);
    expect(await db.goalHandover.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ state: "ACCEPTED", decidedAt: moment, note: "It needs weekly love" });
  });

  it("lets an update begun before the handover name the new owner, and no one else's", async () => {
    const { ada, sam, billing, offer } = await offered();
    const [samsOwn] = await db.goal.findMany({ where: { ownerId: sam.id } });
    const goalIds = [billing.id, samsOwn!.id];
    expect(await listHandedOverOwners({ formerOwnerId: ada.id, goalIds })).toEqual({});
    await acceptHandover({ receiverId: sam.id, handoverId: offer.id, now: new Date(Date.now() + 1000) });
    expect(await listHandedOverOwners({ formerOwnerId: ada.id, goalIds })).toEqual({ [billing.id]: "Sam Okafor" });
    expect(await listHandedOverOwners({ formerOwnerId: sam.id, goalIds })).toEqual({});
  });

  it("refuses an unknown, unfinished or own address with the same kind of answer", async () => {
    const { ada, billing } = await offered();
    const halfway = await newOwner("Not set up");
    for (const email of ["nobody@example.com", halfway.email]) {
      const error = await refusal(offerHandover({ ownerId: ada.id, input: { goalId: billing.id, email, note: "" }, now: new Date() }));
      expect(error.fieldErrors.email).toBe("No one with this address uses Biweekly here yet.");
    }
    const [hiring] = await db.goal.findMany({ where: { ownerId: ada.id, title: "Hiring" } });
    expect((await refusal(offerHandover({ ownerId: ada.id, input: { goalId: hiring!.id, email: ada.email, note: "" }, now: new Date() }))).fieldErrors.email).toBe(
      "Enter someone else's address.",
    );
  });

  it("keeps one waiting offer per goal, and a declined or cancelled one leaves the goal where it was", async () => {
    const { ada, sam, billing, offer } = await offered();
    const again = await refusal(offerHandover({ ownerId: ada.id, input: { goalId: billing.id, email: sam.email, note: "" }, now: new Date() }));
    expect(again.code).toBe("CONFLICT");
    await declineHandover({ receiverId: sam.id, handoverId: offer.id, now: new Date() });
    const second = await offerHandover({ ownerId: ada.id, input: { goalId: billing.id, email: sam.email, note: "" }, now: new Date() });
    await cancelHandover({ ownerId: ada.id, handoverId: second.id, now: new Date() });
    expect((await refusal(acceptHandover({ receiverId: sam.id, handoverId: second.id, now: new Date() }))).message).toBe(
      "This offer was withdrawn before you answered.",
    );
    expect(await activeTitles(ada.id)).toEqual(["Billing", "Hiring"]);
    expect(await activeTitles(sam.id)).toEqual(["Sam's own"]);
  });

  it("lets exactly one of two answers at once win", async () => {
    const { ada, sam, offer } = await offered();
    const outcomes = await Promise.allSettled([
      acceptHandover({ receiverId: sam.id, handoverId: offer.id, now: new Date() }),
      cancelHandover({ ownerId: ada.id, handoverId: offer.id, now: new Date() }),
      acceptHandover({ receiverId: sam.id, handoverId: offer.id, now: new Date() }),
    ]);
    const state = (await db.goalHandover.findUniqueOrThrow({ where: { id: offer.id } })).state;
    const titles = [await activeTitles(ada.id), await activeTitles(sam.id)];
    if (state === "ACCEPTED") expect(titles).toEqual([["Hiring"], ["Sam's own", "Billing"]]);
    else expect(titles).toEqual([["Billing", "Hiring"], ["Sam's own"]]);
    expect(await db.goalOwnership.count({ where: { until: null, goal: { title: "Billing", ownerId: { in: [ada.id, sam.id] } } } })).toBe(1);
    expect(outcomes.some((outcome) => outcome.status === "fulfilled")).toBe(true);
  });

  it("is not found for anyone but the two people it concerns", async () => {
    const { ada, sam, billing, offer } = await offered();
    const mallory = await person("Mallory");
    const attempts = {
      offerForeignGoal: offerHandover({ ownerId: mallory.id, input: { goalId: billing.id, email: sam.email, note: "" }, now: new Date() }),
      accept: acceptHandover({ receiverId: mallory.id, handoverId: offer.id, now: new Date() }),
      decline: declineHandover({ receiverId: mallory.id, handoverId: offer.id, now: new Date() }),
      cancel: cancelHandover({ ownerId: mallory.id, handoverId: offer.id, now: new Date() }),
      senderAccepts: acceptHandover({ receiverId: ada.id, handoverId: offer.id, now: new Date() }),
    };
    for (const [name, attempt] of Object.entries(attempts)) expect((await refusal(attempt)).code, name).toBe("NOT_FOUND");
    expect((await db.goalHandover.findUniqueOrThrow({ where: { id: offer.id } })).state).toBe("PENDING");
  });
});
