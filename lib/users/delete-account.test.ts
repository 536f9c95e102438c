import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { deleteAccount } from "./delete-account";

let people = 0;

async function personWithEverything(name: string) {
  people += 1;
  const email = `${name.toLowerCase()}-${people}@example.com`;
  const user = await db.user.create({ data: { email, name } });
  await db.recipients.create({ data: { userId: user.id, bossName: "Grace", bossEmail: "grace@example.com", skipName: "Alan", skipEmail: "alan@example.com" } });
  await db.schedule.create({ data: { userId: user.id, weekday: 5, localTime: "16:00", firstDueDate: "2026-11-27" } });
  await db.session.create({ data: { userId: user.id, sessionToken: `token-${people}`, expires: new Date(Date.now() + 86_400_000) } });
  await db.verificationToken.create({ data: { identifier: email, token: `link-${people}`, expires: new Date(Date.now() + 86_400_000) } });
  const goal = await db.goal.create({ data: { ownerId: user.id, title: "Engine", position: 0 } });
  await db.goalOwnership.create({ data: { goalId: goal.id, ownerId: user.id, ownerName: name, since: new Date() } });
  const update = await db.update.create({ data: { authorId: user.id, dueAt: new Date("2026-11-27T15:00:00Z"), cycleStart: new Date("2026-11-13T15:00:00Z"), content: { type: "doc", content: [] } } });
  await db.updateSection.create({ data: { updateId: update.id, goalId: goal.id, position: 0, goalTitle: "Engine", doing: "Milling" } });
  await db.delivery.create({
    data: {
      userId: user.id, updateId: update.id, kind: "UPDATE", idempotencyKey: `u-${update.id}`, nextAttemptAt: new Date(), messageId: `<${update.id}@x>`,
      fromName: name, fromAddress: "u@x.com", replyTo: email, toRecipients: "[]", ccRecipients: "[]", subject: "s", html: "h", text: "t",
    },
  });
  return { user, email };
}

async function rowsOf(userId: string, email: string) {
  return {
    users: await db.user.count({ where: { id: userId } }),
    recipients: await db.recipients.count({ where: { userId } }),
    schedules: await db.schedule.count({ where: { userId } }),
    sessions: await db.session.count({ where: { userId } }),
    signInLinks: await db.verificationToken.count({ where: { identifier: email } }),
    goals: await db.goal.count({ where: { ownerId: userId } }),
    ownerships: await db.goalOwnership.count({ where: { ownerId: userId } }),
    updates: await db.update.count({ where: { authorId: userId } }),
    sections: await db.updateSection.count({ where: { update: { authorId: userId } } }),
    deliveries: await db.delivery.count({ where: { userId } }),
  };
}

const everyTable = (n: number) => ({ users: n, recipients: n, schedules: n, sessions: n, signInLinks: n, goals: n, ownerships: n, updates: n, sections: n, deliveries: n });

describe("deleteAccount", () => {
  it("removes the person and every row that is theirs, and nobody else's", async () => {
    const ada = await personWithEverything("Ada");
    const grace = await personWithEverything("Grace");
    await deleteAccount({ userId: ada.user.id, input: { email: ada.email.toUpperCase() } });
    expect(await rowsOf(ada.user.id, ada.email)).toEqual(everyTable(0));
    expect(await rowsOf(grace.user.id, grace.email)).toEqual(everyTable(1));
  });

  it("deletes nothing when the typed address is not the account's own", async () => {
    const ada = await personWithEverything("Ada");
    const refusal = await deleteAccount({ userId: ada.user.id, input: { email: "someone@example.com" } }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).fieldErrors.email).toBe("That is not the email address of this account.");
    expect(await rowsOf(ada.user.id, ada.email)).toEqual(everyTable(1));
  });
});
