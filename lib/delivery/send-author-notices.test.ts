import { describe, expect, it } from "vitest";
import { at, DAY, DUE, HOUR, MINUTE, noticeWorld } from "./author-notice-test-world";
import { toDeliverySnapshot } from "./delivery-snapshot";
import { runDueWork } from "./run-due-work";
import { smtpServerPerFile } from "./smtp-test-fixture";

// runDueWork plans with the server's own configuration.
process.env.NEXTAUTH_URL = "https://biweekly.example.com";
process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-000";
process.env.CRON_SECRET = "a-test-secret-that-is-long-enough-111";
process.env.MAIL_FROM = "Biweekly <updates@biweekly.example.com>";

const world = noticeWorld();
const mailServer = smtpServerPerFile();


const run = (now: Date) => runDueWork({ now, db: world.db, send: mailServer.sender.send, random: () => 0.5 });
const recipients = () => mailServer.smtp.received.map((mail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address)));
const updateRow = (id: string) => world.db.update.findUniqueOrThrow({ where: { id } });

describe("reminders and nudges through the outbox", () => {
  it("the author receives each reminder once, linking to the editor, and the draft stays a draft", async () => {
    await world.author();
    const draft = await world.update("DRAFT");
    expect(await run(at(DUE, -2 * DAY))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await run(at(DUE, -2 * DAY + MINUTE))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await run(at(DUE, -2 * HOUR))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await run(at(DUE, -HOUR))).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(recipients()).toEqual([["ada@example.com"], ["ada@example.com"]]);
    const [first, second] = mailServer.smtp.received;
    expect(first!.subject).toBe("Your update is due Fri 27 Nov 2026, 16:00");
    expect(first!.from?.value).toEqual([{ name: "Biweekly", address: "updates@biweekly.example.com" }]);
    expect(first!.text).toContain("That is in 2 days");
    expect(second!.text).toContain("That is in 2 hours");
    expect(first!.html).toContain('href="https://biweekly.example.com/write"');
    expect(await updateRow(draft.id)).toMatchObject({ state: "DRAFT", sentAt: null });
  });

  it("the overdue nudge goes once and leaves the draft unsent", async () => {
    await world.author();
    const draft = await world.update("DRAFT");
    expect(await run(at(DUE, MINUTE))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await run(at(DUE, HOUR))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailServer.smtp.received.map((mail) => mail.subject)).toEqual(["Your update due Fri 27 Nov 2026, 16:00 has not been sent"]);
    expect(await updateRow(draft.id)).toMatchObject({ state: "DRAFT", sentAt: null });
  });

  it("an update's own message still marks it sent, and no reminder or nudge goes with it", async () => {
    await world.author();
    const approved = await world.update("APPROVED");
    const message = {
      from: { name: "Ada Lovelace", address: "updates@biweekly.example.com" },
      replyTo: { name: "Ada Lovelace", address: "ada@example.com" },
      to: [{ name: "Grace Hopper", address: "grace@example.com" }],
      cc: [{ name: "Alan Turing", address: "alan@example.com" }],
      subject: "Biweekly update from Ada Lovelace: 27 Nov 2026",
      text: "The mill turns.",
      html: "<p>The mill turns.</p>",
      messageId: `<update-${approved.id}@biweekly.example.com>`,
    };
    await world.db.delivery.create({
      data: { userId: "ada", updateId: approved.id, kind: "UPDATE", idempotencyKey: `update:${approved.id}`, nextAttemptAt: DUE, ...toDeliverySnapshot(message) },
    });
    expect(await run(at(DUE, -2 * HOUR))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await run(DUE)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await run(at(DUE, HOUR))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(recipients()).toEqual([["grace@example.com"]]);
    expect(await updateRow(approved.id)).toMatchObject({ state: "SENT", sentAt: DUE });
  });

  it("a reminder the mail server refuses never marks the author's update failed", async () => {
    await world.author();
    const draft = await world.update("DRAFT");
    expect(await run(at(DUE, -2 * DAY))).toEqual({ sent: 1, retried: 0, failed: 0 });
    // The two-hour reminder is claimed, then its sender stops; meanwhile the author approves.
    await world.plan(at(DUE, -2 * HOUR));
    await world.db.delivery.updateMany({ where: { state: "QUEUED" }, data: { state: "SENDING", leaseUntil: at(DUE, -2 * HOUR + MINUTE) } });
    await world.db.update.updateMany({ where: { id: draft.id }, data: { state: "APPROVED", approvedAt: at(DUE, -2 * HOUR) } });

    mailServer.smtp.answer({ code: 550, message: "Mailbox unavailable" });
    expect(await run(at(DUE, -HOUR))).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await updateRow(draft.id)).toMatchObject({ state: "APPROVED" });
  });
});
