// For the ledger tests: authors whose updates go out through the outbox's own "sent" recording,
// so the ledger is filled exactly as it is when a real message leaves.
import { db } from "@/lib/db/client";
import { buildTemplate } from "@/lib/content/template";
import { doc, goal, li, p, ul } from "@/lib/content/test-fixtures";
import { createSentRecorder } from "@/lib/delivery/sent-recorder";

export const day = (date: string) => new Date(`${date}T15:00:00Z`);

let counter = 0;

/** A new author with one goal, "Ship billing", and a second, "Hire a designer". */
export async function ledgerAuthor() {
  counter += 1;
  const user = await db.user.create({ data: { email: `asker-${counter}@example.com`, name: `Asker ${counter}` } });
  const billing = await db.goal.create({ data: { ownerId: user.id, title: "Ship billing", position: 0 } });
  const hiring = await db.goal.create({ data: { ownerId: user.id, title: "Hire a designer", position: 1 } });

  const write = (date: string, state: "DRAFT" | "APPROVED", asks: string[] = [], onGoal = billing) =>
    db.update.create({
      data: {
        authorId: user.id,
        cycleStart: day(date),
        dueAt: day(date),
        state,
        content: asks.length > 0 ? doc(goal(onGoal.id, onGoal.title, { help: [ul(...asks.map((ask) => li(p(ask))))] })) : buildTemplate([billing]),
      },
    });

  /** Approves an update asking `asks` and records its message as sent on `date`. */
  const send = async (date: string, asks: string[] = [], onGoal = billing) => {
    const update = await write(date, "APPROVED", asks, onGoal);
    await recordSent(update.id, user.id, day(date));
    return update;
  };
  return { user, billing, hiring, write, send };
}

/** Records the update's message as sent, as the outbox does once the mail server took it. */
export async function recordSent(updateId: string, userId: string, now: Date) {
  const delivery = await db.delivery.upsert({
    where: { idempotencyKey: `update:${updateId}` },
    update: {},
    create: {
      userId,
      updateId,
      kind: "UPDATE",
      idempotencyKey: `update:${updateId}`,
      nextAttemptAt: now,
      messageId: `<${updateId}@biweekly.test>`,
      fromName: "Asker",
      fromAddress: "updates@biweekly.test",
      replyTo: "asker@example.com",
      toRecipients: JSON.stringify([{ name: "Grace Hopper", address: "grace@example.com" }]),
      ccRecipients: "[]",
      subject: "Biweekly update",
      html: "<p>update</p>",
      text: "update",
    },
  });
  const recorder = createSentRecorder({ db, now });
  recorder.record(delivery);
  await recorder.settled();
}
