import "server-only";
import { db } from "@/lib/db/client";

export type ListHistoryOptions = { authorId: string };

/** When an entry happened: a sent update when it left, anything else at its cycle's due time. */
const happenedAt = (entry: { sentAt: Date | null; dueAt: Date }) => (entry.sentAt ?? entry.dueAt).getTime();

/**
 * Every cycle that left the author's draft: updates still waiting to go out or refused by the
 * mail server first, so nothing approved is out of sight; then sent updates and skipped cycles,
 * newest first, so the record has no silent holes.
 */
export async function listHistory({ authorId }: ListHistoryOptions) {
  const updates = await db.update.findMany({
    where: { authorId, state: { in: ["APPROVED", "FAILED", "SENT", "SKIPPED"] } },
    orderBy: { dueAt: "desc" },
    select: {
      id: true,
      dueAt: true,
      state: true,
      sentAt: true,
      approvedAt: true,
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
  return [...pending, ...settled].map(({ deliveries, ...u }) => ({
    ...u,
    subject: deliveries[0]?.subject ?? null,
    lastError: deliveries[0]?.lastError ?? null,
    /** When an approved update is due to leave. */
    sendsAt: u.state === "APPROVED" ? (deliveries[0]?.nextAttemptAt ?? null) : null,
    late: u.approvedAt !== null && u.approvedAt > u.dueAt,
  }));
}

export type HistoryEntry = Awaited<ReturnType<typeof listHistory>>[number];
