import type { PrismaClient } from "@prisma/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDeliveries } from "./claim-deliveries";
import { toDeliverySnapshot } from "./delivery-snapshot";
import type { OutgoingMessage } from "./message";
import { createOutboxTestDatabase, type OutboxTestDatabase } from "./outbox-test-database";
import { runDueWork } from "./run-due-work";
import { smtpServerPerFile } from "./smtp-test-fixture";

const T0 = new Date("2026-11-27T15:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

const message: OutgoingMessage = {
  from: { name: "Ada Lovelace", address: "biweekly@example.com" },
  replyTo: { name: "Ada Lovelace", address: "ada@example.com" },
  to: [{ name: "Grace Hopper", address: "grace@example.com" }],
  cc: [{ name: "Alan Turing", address: "alan@example.com" }],
  subject: "Biweekly update from Ada Lovelace: 27 Nov 2026",
  text: "Progress\nThe mill turns.",
  html: "<p>The mill turns.</p>",
  messageId: "<update-u1@biweekly.example.com>",
};

const mailServer = smtpServerPerFile();
let database: OutboxTestDatabase;
let db: PrismaClient;


beforeEach(async () => {
  database = await createOutboxTestDatabase();
  db = database.db;
  await db.user.create({ data: { id: "ada", email: "ada@example.com", name: "Ada Lovelace" } });
  await db.update.create({
    data: { id: "u1", authorId: "ada", cycleStart: later(-14 * 24 * 60 * MINUTE), dueAt: T0, state: "APPROVED", approvedAt: T0, content: {} },
  });
  await db.delivery.create({
    data: { userId: "ada", updateId: "u1", kind: "UPDATE", idempotencyKey: "update:u1", nextAttemptAt: T0, ...toDeliverySnapshot(message) },
  });
});
afterEach(() => database.drop());

const run = (now: Date, client: PrismaClient = db) => runDueWork({ now, db: client, send: mailServer.sender.send, random: () => 0.5 });
const delivery = () => db.delivery.findUniqueOrThrow({ where: { idempotencyKey: "update:u1" } });
const update = () => db.update.findUniqueOrThrow({ where: { id: "u1" } });

describe("runDueWork", () => {
  it("sends a due update once, to the boss with the skip-level on cc, and records it as sent", async () => {
    expect(await run(T0)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await run(later(MINUTE))).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(mailServer.smtp.received).toHaveLength(1);
    const mail = mailServer.smtp.received[0]!;
    expect(mail.messageId).toBe("<update-u1@biweekly.example.com>");
    expect([mail.to].flat().flatMap((a) => a?.value)).toEqual(message.to);
    expect([mail.cc].flat().flatMap((a) => a?.value)).toEqual(message.cc);
    expect(await delivery()).toMatchObject({ state: "SENT", sentAt: T0, attempts: 1, leaseUntil: null });
    expect(await update()).toMatchObject({ state: "SENT", sentAt: T0 });
  });

  it("does not send a message before its time", async () => {
    expect(await run(later(-1))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailServer.smtp.received).toHaveLength(0);
  });

  it("keeps the update when the mail server is down, and sends it exactly once when it is back", async () => {
    await mailServer.smtp.stop();
    try {
      expect(await run(T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
    } finally {
      await mailServer.smtp.start();
    }
    const waiting = await delivery();
    expect(waiting).toMatchObject({ state: "QUEUED", attempts: 1, leaseUntil: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(waiting.nextAttemptAt.getTime() - T0.getTime()).toBe(30_000);
    expect((await update()).state).toBe("APPROVED");

    expect(await run(later(29_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await run(later(30_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await run(later(31_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailServer.smtp.received).toHaveLength(1);
    expect(await delivery()).toMatchObject({ state: "SENT", attempts: 2, lastError: null });
    expect((await update()).state).toBe("SENT");
  });

  it("retries when the server says to try later (451), backing off further each time", async () => {
    mailServer.smtp.answer({ code: 451, message: "Greylisted, try again later" });
    expect(await run(T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await delivery()).lastError).toMatch(/451.*Greylisted/);
    expect(await run(later(30_000))).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await delivery()).nextAttemptAt).toEqual(later(30_000 + 60_000));

    mailServer.smtp.answer("accept");
    expect(await run(later(90_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(mailServer.smtp.received).toHaveLength(1);
  });

  it("fails at once when the server refuses the message (550), keeping its reason for the author", async () => {
    mailServer.smtp.answer({ code: 550, message: "No such user here" });
    expect(await run(T0)).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await delivery();
    expect(failed).toMatchObject({ state: "FAILED", attempts: 1, leaseUntil: null });
    expect(failed.lastError).toMatch(/550.*No such user here/);
    expect((await update()).state).toBe("FAILED");
    expect(await run(later(2 * 60 * MINUTE))).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("gives up after twelve attempts and says so", async () => {
    await db.delivery.updateMany({ data: { attempts: 11 } });
    mailServer.smtp.answer({ code: 421, message: "Service not available" });
    expect(await run(T0)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await delivery()).lastError).toMatch(/^Gave up after 12 attempts\. Last error: .*421/);
    expect((await update()).state).toBe("FAILED");
  });

  it("sends one message when two servers run the outbox at the same moment", async () => {
    const other = database.connect();
    const results = await Promise.all([run(T0), run(T0, other), run(T0), run(T0, other)]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(mailServer.smtp.received).toHaveLength(1);
    expect(await delivery()).toMatchObject({ state: "SENT", attempts: 1 });
  });

  it("sends once, after the lease runs out, a message whose sender stopped between claim and send", async () => {
    // The claim a run makes, and then the process dies before it sends.
    const abandoned = await claimDeliveries({ db, ids: [(await delivery()).id], now: T0, leaseUntil: later(5 * MINUTE) });
    expect(abandoned).toMatchObject([{ state: "SENDING", attempts: 1 }]);
    expect(await run(later(4 * MINUTE))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await run(later(5 * MINUTE))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailServer.smtp.received).toHaveLength(0);

    expect(await run(later(5 * MINUTE + 1))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await run(later(6 * MINUTE))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailServer.smtp.received).toHaveLength(1);
    expect(mailServer.smtp.received[0]!.messageId).toBe(message.messageId);
    expect(await delivery()).toMatchObject({ state: "SENT", attempts: 2, sentAt: later(5 * MINUTE + 1) });
  });

  it("fails, rather than reports sent, when the server takes the message for the skip-level only", async () => {
    mailServer.smtp.answer((recipient) => (recipient === "grace@example.com" ? { code: 550, message: "Mailbox unavailable" } : "accept"));
    expect(await run(T0)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await delivery()).lastError).toMatch(/refused grace@example\.com: 550 Mailbox unavailable/);
    expect((await update()).state).toBe("FAILED");
  });
});
