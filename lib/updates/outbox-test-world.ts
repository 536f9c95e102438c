// For the approve and skip tests: a real SMTP server on loopback, a fresh database, and two
// authors (Ada, who owns update "u1", and Mallory) with their boss and skip-level set up.
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import type { ParagraphNode, UpdateDocument } from "@/lib/content/document";
import { createOutboxTestDatabase, type OutboxTestDatabase } from "@/lib/delivery/outbox-test-database";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/delivery/smtp-test-server";

/** Ada's update about one goal; `progress` fills its third part. */
export function documentSaying(progress?: string): UpdateDocument {
  const words = (text?: string): [ParagraphNode] => [text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" }];
  return {
    type: "doc",
    content: [
      {
        type: "goalSection",
        attrs: { goalId: "g1", title: "Analytical engine" },
        content: [
          { type: "goalPart", attrs: { kind: "doing" }, content: words("Building the mill.") },
          { type: "goalPart", attrs: { kind: "help" }, content: words() },
          { type: "goalPart", attrs: { kind: "progress" }, content: words(progress) },
        ],
      },
    ],
  };
}

export type OutboxWorld = {
  smtp: SmtpTestServer;
  db: PrismaClient;
  /** Ada's update "u1" (version 3, a draft) for the cycle due at `dueAt`. */
  createUpdate(dueAt: Date): Promise<unknown>;
  /** Sends what is due at `now` through the app's own transport. */
  runDueWork(now: Date): Promise<unknown>;
};

/** Registers the hooks; call it before the test's own beforeAll. */
export function setUpOutboxWorld(): OutboxWorld {
  let database: OutboxTestDatabase;
  let transport: typeof import("@/lib/delivery/transport");
  let runDueWork: typeof import("@/lib/delivery/run-due-work").runDueWork;
  // Filled in by beforeAll; app modules must be imported after it, in the test's own beforeAll.
  const world = {} as OutboxWorld;

  beforeAll(async () => {
    world.smtp = await startSmtpTestServer();
    database = await createOutboxTestDatabase();
    world.db = database.db;
    vi.stubEnv("DATABASE_URL", database.url);
    vi.stubEnv("SMTP_URL", world.smtp.url);
    vi.stubEnv("NEXTAUTH_URL", "https://biweekly.example.com");
    vi.stubEnv("NEXTAUTH_SECRET", "s".repeat(40));
    vi.stubEnv("CRON_SECRET", "c".repeat(40));
    vi.stubEnv("MAIL_FROM", "Biweekly <updates@biweekly.example.com>");
    // Loaded after the environment is set: the app's database client and config read it once.
    transport = await import("@/lib/delivery/transport");
    runDueWork = (await import("@/lib/delivery/run-due-work")).runDueWork;
    world.createUpdate = (dueAt) =>
      world.db.update.create({ data: { id: "u1", authorId: "ada", cycleStart: dueAt, dueAt, content: documentSaying(), version: 3 } });
    world.runDueWork = (now) => runDueWork({ now, db: world.db, send: transport.sendMail });
  });

  afterAll(async () => {
    transport.closeMailSender();
    await world.smtp.stop();
    await database.drop();
    vi.unstubAllEnvs();
  });

  beforeEach(async () => {
    world.smtp.received.length = 0;
    world.smtp.answer("accept");
    await world.db.user.deleteMany();
    for (const [id, name] of [["ada", "Ada Lovelace"], ["mallory", "Mallory"]] as const) {
      await world.db.user.create({
        data: {
          id,
          name,
          email: `${id}@example.com`,
          timeZone: "Europe/Berlin",
          recipients: { create: { bossName: "Grace Hopper", bossEmail: "grace@example.com", skipName: "Alan Turing", skipEmail: "alan@example.com" } },
        },
      });
    }
  });

  return world;
}
