// Two instances of the built app on one PostgreSQL database, with the in-process ticker off
// (SCHEDULER=external), both called on POST /api/cron at the same moments, again and again, while
// due updates keep arriving: every message reaches the real SMTP server exactly once.
// Runs with vitest.app.config.ts after `next build` for PostgreSQL (scripts/test-all.sh).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresConfig } from "@/lib/db/engine";
import { startAppServer, TEST_CRON_SECRET, type AppServer } from "@/lib/testing/app-server";
import { createPostgresTestDatabase, requirePgUrl, type PostgresTestDatabase } from "@/lib/testing/postgres-test-database";
import { seedDueUpdates } from "@/lib/testing/seed-due-updates";
import type { DueWorkResult } from "./run-due-work";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

const WAVES = [60, 60];
const ROUNDS_PER_WAVE = 3;
/** Calls per instance in each round, all at once. */
const CALLS_AT_ONCE = 3;

let database: PostgresTestDatabase;
let db: PrismaClient;
let smtp: SmtpTestServer;
let servers: AppServer[] = [];

beforeAll(async () => {
  database = await createPostgresTestDatabase(requirePgUrl());
  db = new PrismaClient({ adapter: new PrismaPg(postgresConfig(database.url)) });
  smtp = await startSmtpTestServer();
  const options = { databaseUrl: database.url, smtpUrl: smtp.url, env: { SCHEDULER: "external" } };
  servers = await Promise.all([startAppServer(options), startAppServer(options)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await smtp?.stop();
  await db?.$disconnect();
  await database?.drop();
});

async function cron(server: AppServer): Promise<DueWorkResult> {
  const response = await fetch(`${server.url}/api/cron`, { method: "POST", headers: { Authorization: `Bearer ${TEST_CRON_SECRET}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as DueWorkResult;
}

/** Both instances, several calls each, all in flight at once. */
function round(): Promise<DueWorkResult[]> {
  return Promise.all(Array.from({ length: CALLS_AT_ONCE }, () => servers.map(cron)).flat());
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe("POST /api/cron on two instances of the app", () => {
  it("delivers every due update exactly once, however the calls overlap", { timeout: 120_000 }, async () => {
    const queued: string[] = [];
    const results: DueWorkResult[] = [];
    for (const [wave, count] of WAVES.entries()) {
      queued.push(...(await seedDueUpdates({ db, count, dueAt: new Date(Date.now() - 60_000), prefix: `wave${wave}` })));
      for (let r = 0; r < ROUNDS_PER_WAVE; r += 1) results.push(...(await round()));
    }

    const received = smtp.received.map((mail) => mail.messageId ?? "(none)");
    const duplicated = [...countBy(received)].filter(([, n]) => n > 1).map(([id, n]) => `${id} x${n}`);
    const missing = queued.filter((id) => !received.includes(id));
    expect({ duplicated, missing }).toEqual({ duplicated: [], missing: [] });
    expect(received.length).toBe(queued.length);

    // Each message went to its recipients once: the boss on To, the skip-level on Cc.
    const perRecipient = countBy(
      smtp.received.flatMap((mail) => [mail.to, mail.cc].flatMap((field) => (Array.isArray(field) ? field : field ? [field] : []))
        .flatMap((group) => group.value.map((address) => `${mail.messageId} ${address.address}`))),
    );
    expect(perRecipient.size).toBe(queued.length * 2);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);

    // What the instances report and what the outbox holds agree with the mailbox.
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(queued.length);
    expect(results.every((result) => result.retried + result.failed === 0)).toBe(true);
    const rows = await db.delivery.findMany({ select: { state: true, attempts: true } });
    expect(countBy(rows.map((row) => `${row.state}/${row.attempts}`))).toEqual(new Map([["SENT/1", queued.length]]));
  });
});
