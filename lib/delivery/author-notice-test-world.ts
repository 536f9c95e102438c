// Authors with a schedule, their updates and the planner, on a fresh database per test.
import type { PrismaClient, UpdateState } from "@prisma/client";
import { afterEach, beforeEach } from "vitest";
import { createOutboxTestDatabase, type OutboxTestDatabase } from "./outbox-test-database";
import { planAuthorNotices } from "./plan-author-notices";

// Ada writes every other Friday at 16:00 Berlin time; her first update is due 27 Nov 2026.
export const DUE = new Date("2026-11-27T15:00:00Z");
export const NEXT_DUE = new Date("2026-12-11T15:00:00Z");
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const at = (from: Date, ms: number) => new Date(from.getTime() + ms);
export const noticeConfig = { appUrl: "https://biweekly.example.com", mailFrom: { name: "Biweekly", address: "updates@biweekly.example.com" } };

export type AuthorSetup = {
  id?: string;
  setupCompletedAt?: Date;
  pausedUntil?: Date;
  timeZone?: string;
  firstDueDate?: string;
  weekday?: number;
};

export type NoticeWorld = {
  readonly db: PrismaClient;
  /** Another client on the same database: a second server process. */
  connect(): PrismaClient;
  author(setup?: AuthorSetup): Promise<string>;
  update(state: UpdateState, dueAt?: Date, authorId?: string): Promise<{ id: string }>;
  plan(now: Date, client?: PrismaClient): ReturnType<typeof planAuthorNotices>;
  /** What the outbox does between two plans when the mail server is up: sends whatever is queued. */
  sendQueued(now: Date): Promise<void>;
  /** The idempotency keys of every queued or sent notice, in alphabetical order. */
  keys(): Promise<string[]>;
};

export function noticeWorld(): NoticeWorld {
  let database: OutboxTestDatabase;
  beforeEach(async () => {
    database = await createOutboxTestDatabase();
  });
  afterEach(() => database.drop());

  return {
    get db() {
      return database.db;
    },
    connect: () => database.connect(),
    async author({ id = "ada", setupCompletedAt = new Date("2026-11-01T09:00:00Z"), ...schedule } = {}) {
      await database.db.user.create({
        data: {
          id,
          email: `${id}@example.com`,
          name: "Ada Lovelace",
          timeZone: schedule.timeZone ?? "Europe/Berlin",
          setupCompletedAt,
          recipients: { create: { bossName: "Grace Hopper", bossEmail: "grace@example.com", skipName: "Alan Turing", skipEmail: "alan@example.com" } },
          schedule: {
            create: {
              intervalWeeks: 2,
              weekday: schedule.weekday ?? 5,
              localTime: "16:00",
              firstDueDate: schedule.firstDueDate ?? "2026-11-27",
              pausedUntil: schedule.pausedUntil ?? null,
            },
          },
        },
      });
      return id;
    },
    update: (state, dueAt = DUE, authorId = "ada") =>
      database.db.update.create({ data: { authorId, cycleStart: at(dueAt, -14 * DAY), dueAt, state, content: {} }, select: { id: true } }),
    plan: (now, client = database.db) => planAuthorNotices({ now, db: client, config: noticeConfig }),
    async sendQueued(now) {
      await database.db.delivery.updateMany({ where: { state: "QUEUED" }, data: { state: "SENT", sentAt: now } });
    },
    keys: async () => (await database.db.delivery.findMany({ orderBy: { idempotencyKey: "asc" } })).map((row) => row.idempotencyKey),
  };
}
