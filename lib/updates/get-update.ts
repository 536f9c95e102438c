import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type GetUpdateOptions = { authorId: string; updateId: string };

/**
 * One of the author's updates with the message that carries it (its UPDATE delivery) and, for a
 * skipped cycle, the note to the boss; NOT_FOUND for anyone else's. Reminders about the update
 * are other rows and never stand in for it.
 */
export async function getUpdate({ authorId, updateId }: GetUpdateOptions) {
  const [update, recipients] = await Promise.all([
    db.update.findFirst({
      where: { id: updateId, authorId },
      include: { deliveries: { where: { userId: authorId, kind: { in: ["UPDATE", "SKIP_NOTE"] } }, orderBy: { createdAt: "desc" } } },
    }),
    db.recipients.findUnique({ where: { userId: authorId }, select: { bossName: true, skipName: true } }),
  ]);
  if (!update) throw notFound("Update");
  const { deliveries, ...rest } = update;
  return {
    ...rest,
    /** Who the author writes to now (a sent message keeps its own recipients). */
    recipients,
    delivery: deliveries.find((row) => row.kind === "UPDATE") ?? null,
    skipNoteDelivery: deliveries.find((row) => row.kind === "SKIP_NOTE") ?? null,
    /** Approved after its due time: it went, or goes, out late. */
    late: rest.approvedAt !== null && rest.approvedAt > rest.dueAt,
  };
}

export type UpdateWithDelivery = Awaited<ReturnType<typeof getUpdate>>;
