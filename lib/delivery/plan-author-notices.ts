import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { serverConfig } from "@/lib/config/server-config";
import {
  cycleLookup,
  noticeCandidates,
  noticeFor,
  type AuthorNotice,
  type AuthorUpdate,
  type CycleLookup,
  type NoticeCandidate,
  type ScheduledAuthor,
} from "./author-notice-candidates";
import { createNoticeComposer, type ComposeAuthorNotice, type NoticeConfig } from "./compose-author-notice";
import { toDeliverySnapshot } from "./delivery-snapshot";

/** The part of the database the planner reads and writes. */
export type NoticeDb = Pick<PrismaClient, "schedule" | "update" | "delivery">;

export type PlanAuthorNoticesOptions = {
  now: Date;
  db: NoticeDb;
  /** The sender and app address; read from the server's configuration when left out. */
  config?: NoticeConfig;
};

export type PlannedNotices = { reminders: number; overdue: number };

type NoticeRow = Prisma.DeliveryCreateManyInput & { kind: AuthorNotice["kind"] };

const NOTICE_KINDS = ["REMINDER", "OVERDUE"] as const;

// Keeps every query's parameter list well inside what SQLite and PostgreSQL accept.
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

/**
 * Queues the reminders and overdue nudges that are due at `now`, each exactly once. It runs on
 * every outbox run, so it reads a few rows per author in a handful of queries, and it is safe to
 * run from several places at once: every notice has a unique idempotency key.
 */
export async function planAuthorNotices(options: PlanAuthorNoticesOptions): Promise<PlannedNotices> {
  const { now, db } = options;
  const cycles = cycleLookup(now);
  const candidates = (await loadScheduledAuthors(db)).flatMap((author) => candidatesOf(author, now, cycles));
  const notices: AuthorNotice[] = [];
  for (const chunk of chunks(candidates)) {
    const updates = await loadUpdates(db, chunk);
    for (const candidate of chunk) {
      const notice = noticeFor(candidate, updates.get(candidate.author.id) ?? [], now);
      if (notice) notices.push(notice);
    }
  }
  await withdrawStaleNotices(db, new Set(notices.map((notice) => notice.idempotencyKey)));

  const planned: PlannedNotices = { reminders: 0, overdue: 0 };
  const missing = await notYetPlanned(db, notices);
  if (missing.length === 0) return planned;
  const compose = createNoticeComposer(options.config ?? serverConfig(), now);
  for (const chunk of chunks(missing)) {
    for (const row of await queue(db, await composeRows(chunk, now, compose))) {
      planned[row.kind === "REMINDER" ? "reminders" : "overdue"] += 1;
    }
  }
  return planned;
}

/** Authors who finished setting up: they have a schedule and someone to write to. */
async function loadScheduledAuthors(db: NoticeDb): Promise<ScheduledAuthor[]> {
  const rows = await db.schedule.findMany({
    where: { user: { setupCompletedAt: { not: null }, recipients: { isNot: null } } },
    select: {
      intervalWeeks: true,
      localTime: true,
      firstDueDate: true,
      reminderLeadMinutes: true,
      pausedUntil: true,
      user: { select: { id: true, email: true, name: true, timeZone: true, setupCompletedAt: true } },
    },
  });
  return rows.map(({ user, ...schedule }) => ({ ...user, schedule }));
}

function candidatesOf(author: ScheduledAuthor, now: Date, cycles: CycleLookup): NoticeCandidate[] {
  try {
    return noticeCandidates(author, now, cycles);
  } catch (error) {
    // One unreadable schedule (say, a zone this runtime does not know) must not hold up the others.
    console.error(`delivery: the schedule of author ${author.id} cannot be read; no reminders for them`, error);
    return [];
  }
}

/** Each author's updates from the earliest cycle in question on, in one query. */
async function loadUpdates(db: NoticeDb, candidates: readonly NoticeCandidate[]): Promise<Map<string, AuthorUpdate[]>> {
  const byAuthor = new Map<string, AuthorUpdate[]>();
  if (candidates.length === 0) return byAuthor;
  const since = new Date(Math.min(...candidates.map((candidate) => candidate.cycle.startsAt.getTime())));
  const rows = await db.update.findMany({
    where: { authorId: { in: [...new Set(candidates.map((candidate) => candidate.author.id))] }, dueAt: { gt: since } },
    select: { id: true, authorId: true, dueAt: true, state: true },
  });
  for (const row of rows) byAuthor.set(row.authorId, [...(byAuthor.get(row.authorId) ?? []), row]);
  return byAuthor;
}

/**
 * A notice still waiting in the outbox (the mail server was down) that no longer applies is taken
 * back: the author approved or skipped meanwhile, the due time passed, or a later reminder
 * superseded it. So after an outage the author gets the one notice that is still true.
 */
async function withdrawStaleNotices(db: NoticeDb, wanted: ReadonlySet<string>): Promise<void> {
  const waiting = await db.delivery.findMany({
    where: { kind: { in: [...NOTICE_KINDS] }, state: "QUEUED" },
    select: { id: true, idempotencyKey: true },
  });
  const stale = waiting.filter((row) => !wanted.has(row.idempotencyKey)).map((row) => row.id);
  for (const ids of chunks(stale)) {
    // Only while still queued: a notice a sender has claimed is already on its way.
    await db.delivery.deleteMany({ where: { id: { in: ids }, kind: { in: [...NOTICE_KINDS] }, state: "QUEUED" } });
  }
}

async function notYetPlanned(db: NoticeDb, notices: readonly AuthorNotice[]): Promise<AuthorNotice[]> {
  const planned = new Set<string>();
  for (const chunk of chunks(notices)) {
    const rows = await db.delivery.findMany({
      where: { idempotencyKey: { in: chunk.map((notice) => notice.idempotencyKey) } },
      select: { idempotencyKey: true },
    });
    for (const row of rows) planned.add(row.idempotencyKey);
  }
  return notices.filter((notice) => !planned.has(notice.idempotencyKey));
}

async function composeRows(notices: readonly AuthorNotice[], now: Date, compose: ComposeAuthorNotice): Promise<NoticeRow[]> {
  const rows: NoticeRow[] = [];
  for (const { author, kind, idempotencyKey, update, dueAt } of notices) {
    try {
      const message = await compose({ kind, idempotencyKey, author, dueAt, hasDraft: update !== null });
      rows.push({ userId: author.id, updateId: update?.id ?? null, kind, idempotencyKey, nextAttemptAt: now, ...toDeliverySnapshot(message) });
    } catch (error) {
      // One author's unsendable address must not hold up the others.
      console.error(`delivery: the ${kind.toLowerCase()} notice ${idempotencyKey} cannot be composed`, error);
    }
  }
  return rows;
}

/**
 * Queues the rows in one statement. If that fails, another run queued some of them first (or an
 * author was deleted meanwhile): then row by row, where a duplicate key means "already queued".
 */
async function queue(db: NoticeDb, rows: NoticeRow[]): Promise<NoticeRow[]> {
  if (rows.length === 0) return rows;
  try {
    await db.delivery.createMany({ data: rows });
    return rows;
  } catch {
    const queued: NoticeRow[] = [];
    for (const row of rows) {
      try {
        await db.delivery.create({ data: row });
        queued.push(row);
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
        console.error(`delivery: the notice ${row.idempotencyKey} could not be queued`, error);
      }
    }
    return queued;
  }
}
