import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { UpdateDocument } from "@/lib/content/document";
import { createOutboxTestDatabase, type OutboxTestDatabase } from "@/lib/delivery/outbox-test-database";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/delivery/smtp-test-server";

const document: UpdateDocument = {
  type: "doc",
  content: [
    {
      type: "goalSection",
      attrs: { goalId: "g1", title: "Analytical engine" },
      content: [
        { type: "goalPart", attrs: { kind: "doing" }, content: [{ type: "paragraph", content: [{ type: "text", text: "Building the mill." }] }] },
        { type: "goalPart", attrs: { kind: "help" }, content: [{ type: "paragraph" }] },
        { type: "goalPart", attrs: { kind: "progress" }, content: [{ type: "paragraph", content: [{ type: "text", text: "It turns." }] }] },
      ],
    },
  ],
};
const DUE = new Date("2026-11-27T15:00:00Z");

let smtp: SmtpTestServer;
let database: OutboxTestDatabase;
let db: PrismaClient;
let modules: {
  sendUpdateNow: typeof import("./send-update-now").sendUpdateNow;
  composeUpdateMessage: typeof import("./compose-update-message").composeUpdateMessage;
  kick: typeof import("@/lib/delivery/ticker").kickDeliveryTicker;
  runDueWork: typeof import("@/lib/delivery/run-due-work").runDueWork;
  transport: typeof import("@/lib/delivery/transport");
};

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  database = await createOutboxTestDatabase();
  db = database.db;
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("NEXTAUTH_URL", "https://biweekly.example.com");
  vi.stubEnv("NEXTAUTH_SECRET", "s".repeat(40));
  vi.stubEnv("CRON_SECRET", "c".repeat(40));
  vi.stubEnv("MAIL_FROM", "Biweekly <updates@biweekly.example.com>");
  // Loaded after the environment is set: the app's database client and config read it once.
  modules = {
    sendUpdateNow: (await import("./send-update-now")).sendUpdateNow,
    composeUpdateMessage: (await import("./compose-update-message")).composeUpdateMessage,
    kick: (await import("@/lib/delivery/ticker")).kickDeliveryTicker,
    runDueWork: (await import("@/lib/delivery/run-due-work")).runDueWork,
    transport: await import("@/lib/delivery/transport"),
  };
});

afterAll(async () => {
  modules.transport.closeMailSender();
  await smtp.stop();
  await database.drop();
  vi.unstubAllEnvs();
});

beforeEach(async () => {
  smtp.received.length = 0;
  smtp.answer("accept");
  await db.user.deleteMany();
  for (const [id, name] of [["ada", "Ada Lovelace"], ["mallory", "Mallory"]]) {
    await db.user.create({
      data: {
        id,
        name,
        email: `${id}@example.com`,
        timeZone: "Europe/Berlin",
        recipients: { create: { bossName: "Grace Hopper", bossEmail: "grace@example.com", skipName: "Alan Turing", skipEmail: "alan@example.com" } },
      },
    });
  }
  await db.update.create({ data: { id: "u1", authorId: "ada", cycleStart: DUE, dueAt: DUE, content: document, version: 3 } });
});

const send = (overrides: Partial<Parameters<typeof modules.sendUpdateNow>[0]> = {}) =>
  modules.sendUpdateNow({ authorId: "ada", updateId: "u1", now: new Date(), ...overrides });
const update = () => db.update.findUniqueOrThrow({ where: { id: "u1" } });
const deliveries = () => db.delivery.findMany({ where: { updateId: "u1" } });

describe("sendUpdateNow", () => {
  it("sends exactly what the preview showed, at once, and records the update as sent", async () => {
    const preview = await modules.composeUpdateMessage({
      author: { name: "Ada Lovelace", email: "ada@example.com" },
      recipients: { bossName: "Grace Hopper", bossEmail: "grace@example.com", skipName: "Alan Turing", skipEmail: "alan@example.com" },
      dueAt: DUE,
      timeZone: "Europe/Berlin",
      document,
      mailFrom: { name: "Biweekly", address: "updates@biweekly.example.com" },
      ackUrl: (await import("@/lib/ack/ack-url")).ackUrlFor("u1"),
    });
    expect(await send()).toEqual({ messageId: "<update-u1@biweekly.example.com>" });
    await modules.kick();

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe("Biweekly update from Ada Lovelace: 27 Nov 2026");
    expect(mail.messageId).toBe("<update-u1@biweekly.example.com>");
    expect(mail.from?.value).toEqual([{ name: "Ada Lovelace", address: "updates@biweekly.example.com" }]);
    expect(mail.replyTo?.value).toEqual([{ name: "Ada Lovelace", address: "ada@example.com" }]);
    expect(mail.text?.trim()).toBe(preview.text.trim());
    const [stored] = await deliveries();
    expect(stored).toMatchObject({ state: "SENT", subject: preview.subject, html: preview.html, text: preview.text });
    expect(await update()).toMatchObject({ state: "SENT" });
  });

  it("refuses to send an update twice", async () => {
    await send();
    await expect(send()).rejects.toMatchObject({ code: "CONFLICT" });
    await modules.kick();
    await expect(send()).rejects.toMatchObject({ code: "CONFLICT", message: "This update has already been sent." });
    expect(smtp.received).toHaveLength(1);
  });

  it("answers 404 for someone else's update and changes nothing", async () => {
    await expect(send({ authorId: "mallory" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await update()).state).toBe("DRAFT");
    expect(await deliveries()).toEqual([]);
  });

  it("does not send an update edited after the author previewed it", async () => {
    await expect(send({ version: 2 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await update()).state).toBe("DRAFT");
    expect(await deliveries()).toEqual([]);
  });

  it("keeps the approved update queued through a mail server outage, then sends it once", async () => {
    await smtp.stop();
    try {
      await send();
      await modules.kick();
      expect(await update()).toMatchObject({ state: "APPROVED" });
      const [waiting] = await deliveries();
      expect(waiting).toMatchObject({ state: "QUEUED", attempts: 1 });
      expect(waiting!.lastError).toBeTruthy();
    } finally {
      await smtp.start();
    }
    const later = new Date(Date.now() + 60 * 60_000);
    await modules.runDueWork({ now: later, db, send: modules.transport.sendMail });
    expect(smtp.received).toHaveLength(1);
    expect(await update()).toMatchObject({ state: "SENT" });
  });

  it("lets the author resend a refused update, under the same Message-ID", async () => {
    smtp.answer({ code: 550, message: "No such user" });
    await send();
    await modules.kick();
    expect(await update()).toMatchObject({ state: "FAILED" });
    expect((await deliveries())[0]!.lastError).toMatch(/550 No such user/);

    smtp.answer("accept");
    await send();
    await modules.kick();
    const rows = await deliveries();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: "SENT", attempts: 1, lastError: null, messageId: "<update-u1@biweekly.example.com>" });
    expect(smtp.received.map((m) => m.messageId)).toEqual(["<update-u1@biweekly.example.com>"]);
  });

  it("asks for recipients before sending when there are none", async () => {
    await db.recipients.delete({ where: { userId: "ada" } });
    await expect(send()).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await update()).state).toBe("DRAFT");
  });
});
