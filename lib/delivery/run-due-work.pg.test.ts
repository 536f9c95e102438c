// The outbox on PostgreSQL, where several app instances share one database for real.
// Runs with vitest.pg.config.ts, on a fresh database per file (lib/testing/postgres-database-setup.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postgresConfig } from "@/lib/db/engine";
import { raceTwoInstances } from "@/lib/testing/race-two-instances";
import { seedDueUpdates } from "@/lib/testing/seed-due-updates";
import { claimDeliveries } from "./claim-deliveries";
import { runDueWork } from "./run-due-work";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";
import { createMailSender, type MailSender } from "./transport";

const T0 = new Date("2026-11-27T15:00:00Z");
const MINUTE = 60_000;
const later = (ms: number) => new Date(T0.getTime() + ms);

let smtp: SmtpTestServer;
let sender: MailSender;
let instances: [PrismaClient, PrismaClient];

const connect = () => new PrismaClient({ adapter: new PrismaPg(postgresConfig(process.env.DATABASE_URL!)) });

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  sender = createMailSender({ smtpUrl: smtp.url, mailboxDir: "unused" });
  instances = [connect(), connect()];
});
afterAll(async () => {
  sender.close();
  await smtp.stop();
  await Promise.all(instances.map((client) => client.$disconnect()));
});

beforeEach(async () => {
  smtp.received.length = 0;
  await instances[0].user.deleteMany();
});

describe("runDueWork on PostgreSQL", () => {
  it("sends every one of many messages exactly once when two servers drain the outbox at the same moment", async () => {
    const outcome = await raceTwoInstances({ instances, send: sender.send, now: T0, count: 200 });
    expect(outcome.results.reduce((sum, r) => sum + r.sent, 0)).toBe(200);
    expect(outcome.results.every((r) => r.retried + r.failed === 0)).toBe(true);
    expect(smtp.received.map((mail) => mail.messageId).sort()).toEqual(outcome.queued);
    expect(outcome.rows).toEqual(Array(200).fill("SENT/1"));
  });

  it("sends once, after the lease runs out, a message whose sender stopped between claim and send", async () => {
    const [db, other] = instances;
    const [messageId] = await seedDueUpdates({ db, count: 1, dueAt: T0, prefix: "crash" });
    const { id } = await db.delivery.findUniqueOrThrow({ where: { messageId } });
    expect(await claimDeliveries({ db, ids: [id], now: T0, leaseUntil: later(5 * MINUTE) })).toHaveLength(1);

    const run = (now: Date, client: PrismaClient) => runDueWork({ now, db: client, send: sender.send });
    expect(await run(later(5 * MINUTE), other)).toEqual({ sent: 0, retried: 0, failed: 0 });
    const results = await Promise.all([run(later(6 * MINUTE), db), run(later(6 * MINUTE), other)]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(smtp.received.map((mail) => mail.messageId)).toEqual([messageId]);
    expect(await db.delivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "SENT", attempts: 2 });
  });
});
