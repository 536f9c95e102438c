// The outbox with many messages at once: several sending slots, several servers, a clock that
// jumped, a slow mail server. Real SQLite file, real SMTP server on loopback, injected clock.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { raceTwoInstances } from "@/lib/testing/race-two-instances";
import { seedDueUpdates } from "@/lib/testing/seed-due-updates";
import { claimDeliveries } from "./claim-deliveries";
import type { OutgoingMessage } from "./message";
import { createOutboxTestDatabase, type OutboxTestDatabase } from "./outbox-test-database";
import { runDueWork } from "./run-due-work";
import { smtpServerPerFile } from "./smtp-test-fixture";

const T0 = new Date("2026-11-27T15:00:00Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const later = (ms: number) => new Date(T0.getTime() + ms);
const NOTHING = { sent: 0, retried: 0, failed: 0 };

const mailServer = smtpServerPerFile();
let database: OutboxTestDatabase;

beforeEach(async () => {
  database = await createOutboxTestDatabase();
});
afterEach(() => database.drop());

const run = (now: Date) => runDueWork({ now, db: database.db, send: mailServer.sender.send, random: () => 0.5 });
const receivedIds = () => mailServer.smtp.received.map((mail) => mail.messageId).sort();

describe("runDueWork with many messages", () => {
  it("after the clock jumps a month ahead, sends each waiting message once, not once per missed cycle", async () => {
    const { db } = database;
    const missed = await seedDueUpdates({ db, count: 3, dueAt: T0, prefix: "missed" });
    const next = await seedDueUpdates({ db, count: 2, dueAt: later(14 * DAY), prefix: "next" });
    // One was claimed just before the server stopped, and never sent.
    const [abandoned] = await db.delivery.findMany({ where: { userId: "missed-0" } });
    await claimDeliveries({ db, ids: [abandoned!.id], now: T0, leaseUntil: later(5 * MINUTE) });
    const monthLater = later(31 * DAY);

    const runs = [await run(monthLater), await run(monthLater), await run(later(45 * DAY)), await run(later(60 * DAY))];
    expect(runs).toEqual([{ sent: 5, retried: 0, failed: 0 }, NOTHING, NOTHING, NOTHING]);
    expect(receivedIds()).toEqual([...missed, ...next].sort());
    expect(await db.delivery.count({ where: { state: "SENT", sentAt: monthLater } })).toBe(5);
    expect(await db.update.count({ where: { state: "SENT" } })).toBe(5);
  });

  it("sends every one of many messages exactly once when two servers drain the outbox at the same moment", async () => {
    const outcome = await raceTwoInstances({ instances: [database.db, database.connect()], send: mailServer.sender.send, now: T0, count: 60 });
    expect(outcome.results.reduce((sum, r) => sum + r.sent, 0)).toBe(60);
    expect(outcome.results.every((r) => r.retried + r.failed === 0)).toBe(true);
    expect(receivedIds()).toEqual(outcome.queued);
    expect(outcome.rows).toEqual(Array(60).fill("SENT/1"));
  });

  it("sends many messages at once, and one refusal among them fails only that message", async () => {
    const { db } = database;
    const queued = await seedDueUpdates({ db, count: 30, dueAt: T0, prefix: "many" });
    const refused = "nobody@example.com";
    await db.delivery.updateMany({
      where: { userId: "many-7" },
      data: { toRecipients: JSON.stringify([{ name: "Nobody", address: refused }]), ccRecipients: "[]" },
    });
    mailServer.smtp.answer((recipient) => (recipient === refused ? { code: 550, message: "No such user here" } : "accept"));

    expect(await run(T0)).toEqual({ sent: 29, retried: 0, failed: 1 });
    expect(receivedIds()).toEqual(queued.filter((id) => !id.includes("many-7@")).sort());
    expect(await db.update.findUniqueOrThrow({ where: { id: "many-7" } })).toMatchObject({ state: "FAILED" });
    expect((await db.delivery.findFirstOrThrow({ where: { userId: "many-7" } })).lastError).toMatch(/550 No such user here/);
    expect(await db.update.count({ where: { state: "SENT" } })).toBe(29);
  });

  it("gives back, untried, what a run claimed once a slow mail server has used half the lease", async () => {
    const { db } = database;
    const queued = await seedDueUpdates({ db, count: 4, dueAt: T0, prefix: "slow" });
    let first = true;
    const slowAtFirst = async (outgoing: OutgoingMessage) => {
      // The first message takes three of the lease's five minutes to go out.
      if (first) vi.advanceTimersByTime(3 * MINUTE);
      first = false;
      await mailServer.sender.send(outgoing);
    };
    vi.useFakeTimers({ toFake: ["performance"] });
    try {
      const slow = await runDueWork({ now: T0, db, send: slowAtFirst, concurrency: 1, leaseMs: 5 * MINUTE });
      expect(slow).toEqual({ sent: 1, retried: 0, failed: 0 });
    } finally {
      vi.useRealTimers();
    }
    expect(await db.delivery.count({ where: { state: "QUEUED", attempts: 0, leaseUntil: null } })).toBe(3);

    expect(await run(T0)).toEqual({ sent: 3, retried: 0, failed: 0 });
    expect(receivedIds()).toEqual([...queued].sort());
  });
});
