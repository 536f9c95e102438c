import "server-only";
import { db } from "@/lib/db/client";

export type ListHistoryOptions = { authorId: string };

/**
 * Every update that left the author's draft: sent ones, newest first, after any still waiting to
 * go out or refused by the mail server, so nothing approved is out of sight.
 */
export async function listHistory({ authorId }: ListHistoryOptions) {
  const updates = await db.update.findMany({
    where: { authorId, state: { in: ["APPROVED", "FAILED", "SENT"] } },
    orderBy: { dueAt: "desc" },
    select: {
      id: true,
      dueAt: true,
      state: true,
      sentAt: true,
      approvedAt: true,
      deliveries: { where: { userId: authorId }, orderBy: { createdAt: "desc" }, take: 1, select: { subject: true, lastError: true } },
    },
  });
  const pending = updates.filter((u) => u.state !== "SENT");
  const sent = updates.filter((u) => u.state === "SENT").sort((a, b) => b.sentAt!.getTime() - a.sentAt!.getTime());
  return [...pending, ...sent].map(({ deliveries, ...u }) => ({ ...u, subject: deliveries[0]?.subject ?? null, lastError: deliveries[0]?.lastError ?? null }));
}

export type HistoryEntry = Awaited<ReturnType<typeof listHistory>>[number];
