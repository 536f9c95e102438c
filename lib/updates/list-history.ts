import "server-only";
import type { Prisma } from "@prisma/client";
import { Temporal } from "temporal-polyfill";
import { db } from "@/lib/db/client";

/** How an entry stands, in the words the history filter offers. */
export const HISTORY_STATES = ["on-time", "late", "skipped", "failed", "waiting"] as const;
export type HistoryState = (typeof HISTORY_STATES)[number];

export type HistoryFilter = {
  goalId?: string;
  state?: HistoryState;
  /** Local calendar dates, "YYYY-MM-DD", in the author's zone: cycles due from this day... */
  from?: string;
  /** ...up to and including this day. */
  to?: string;
};

export type ListHistoryOptions = { authorId: string; timeZone?: string; filter?: HistoryFilter };

const LISTED_STATES = ["APPROVED", "FAILED", "SENT", "SKIPPED"] as const;

const STORED_STATE: Record<HistoryState, (typeof LISTED_STATES)[number]> = {
  "on-time": "SENT",
  late: "SENT",
  skipped: "SKIPPED",
  failed: "FAILED",
  waiting: "APPROVED",
};

/** When an entry happened: a sent update when it left, anything else at its cycle's due time. */
const happenedAt = (entry: { sentAt: Date | null; dueAt: Date }) => (entry.sentAt ?? entry.dueAt).getTime();

/** Approved after its due time: it went, or goes, out late. */
const isLate = (update: { approvedAt: Date | null; dueAt: Date }) => update.approvedAt !== null && update.approvedAt > update.dueAt;

/** The first instant of a local calendar day in the zone. */
const startOfDay = (date: string, timeZone: string) => new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);

function dueWithin({ from, to }: HistoryFilter, timeZone: string): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  const next = to ? Temporal.PlainDate.from(to).add({ days: 1 }).toString() : undefined;
  return { ...(from ? { gte: startOfDay(from, timeZone) } : {}), ...(next ? { lt: startOfDay(next, timeZone) } : {}) };
}

function whereOf({ authorId, timeZone = "UTC", filter = {} }: ListHistoryOptions): Prisma.UpdateWhereInput {
  const dueAt = dueWithin(filter, timeZone);
  return {
    authorId,
    state: filter.state ? STORED_STATE[filter.state] : { in: [...LISTED_STATES] },
    ...(dueAt ? { dueAt } : {}),
    ...(filter.goalId ? { sections: { some: { goalId: filter.goalId } } } : {}),
  };
}

/**
 * Every cycle that left the author's draft, narrowed by the filter: updates still waiting to go
 * out or refused by the mail server first, so nothing approved is out of sight; then sent updates
 * and skipped cycles, newest first, so the record has no silent holes.
 */
export async function listHistory(options: ListHistoryOptions) {
  const { authorId, filter = {} } = options;
  const updates = await db.update.findMany({
    where: whereOf(options),
    orderBy: { dueAt: "desc" },
    select: {
      id: true,
      dueAt: true,
      state: true,
      sentAt: true,
      approvedAt: true,
      acknowledgedAt: true,
      skipReason: true,
      deliveries: {
        where: { userId: authorId, kind: "UPDATE" },
        take: 1,
        select: { subject: true, lastError: true, nextAttemptAt: true },
      },
    },
  });
  const pending = updates.filter((u) => u.state === "APPROVED" || u.state === "FAILED");
  const settled = updates.filter((u) => u.state === "SENT" || u.state === "SKIPPED").sort((a, b) => happenedAt(b) - happenedAt(a));
  const entries = [...pending, ...settled].map(({ deliveries, ...u }) => ({
    ...u,
    subject: deliveries[0]?.subject ?? null,
    lastError: deliveries[0]?.lastError ?? null,
    /** When an approved update is due to leave. */
    sendsAt: u.state === "APPROVED" ? (deliveries[0]?.nextAttemptAt ?? null) : null,
    late: isLate(u),
  }));
  if (filter.state === "late") return entries.filter((entry) => entry.late);
  if (filter.state === "on-time") return entries.filter((entry) => !entry.late);
  return entries;
}

export type HistoryEntry = Awaited<ReturnType<typeof listHistory>>[number];

/** Of the author's updates `ids`, those the history lists under the filter: what listHistory would return of them. */
export async function listedAmong(options: ListHistoryOptions & { ids: string[] }): Promise<Set<string>> {
  const { ids, filter = {} } = options;
  if (ids.length === 0) return new Set();
  const updates = await db.update.findMany({
    where: { ...whereOf(options), id: { in: ids } },
    select: { id: true, dueAt: true, approvedAt: true },
  });
  const kept = filter.state === "late" ? updates.filter(isLate) : filter.state === "on-time" ? updates.filter((u) => !isLate(u)) : updates;
  return new Set(kept.map((update) => update.id));
}

/** A calendar quarter in the author's zone and its entries, in the order they were listed. */
export type HistoryQuarter = { key: number; label: string; entries: HistoryEntry[] };

/** Groups entries by the quarter their cycle was due in, in the author's zone ("Q4 2026"), newest quarter first. */
export function groupByQuarter(entries: HistoryEntry[], timeZone: string): HistoryQuarter[] {
  const quarters = new Map<number, HistoryQuarter>();
  for (const entry of entries) {
    const local = Temporal.Instant.fromEpochMilliseconds(entry.dueAt.getTime()).toZonedDateTimeISO(timeZone);
    const number = Math.ceil(local.month / 3);
    const key = local.year * 10 + number;
    const quarter = quarters.get(key) ?? { key, label: `Q${number} ${local.year}`, entries: [] };
    quarter.entries.push(entry);
    quarters.set(key, quarter);
  }
  return [...quarters.values()].sort((a, b) => b.key - a.key);
}

/** The goals that appear in the author's history, for the goal filter: titles as last written. */
export async function listHistoryGoals({ authorId }: { authorId: string }): Promise<{ id: string; title: string }[]> {
  const sections = await db.updateSection.findMany({
    where: { update: { authorId, state: { in: [...LISTED_STATES] } } },
    orderBy: { update: { dueAt: "desc" } },
    select: { goalId: true, goalTitle: true },
  });
  const goals = new Map<string, string>();
  for (const { goalId, goalTitle } of sections) if (!goals.has(goalId)) goals.set(goalId, goalTitle);
  return [...goals].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}
