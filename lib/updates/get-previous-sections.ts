import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type GetPreviousSectionsOptions = {
  authorId: string;
  updateId: string;
  /** The update's due time, when the caller has already read it as the author's. */
  dueAt?: Date;
};

/** One goal's text in the previous update, exactly as stored when it was sent. */
export type PreviousSection = { goalId: string; goalTitle: string; doing: string; needHelp: string; progress: string };

export type PreviousUpdate = { dueAt: Date; sentAt: Date; sections: PreviousSection[] };

/**
 * What the author wrote last time, per goal: their latest sent update due before this one. Drafts,
 * skipped cycles and anything never sent are not "last time". Null when nothing was sent before;
 * NOT_FOUND when the update is not the author's.
 */
export async function getPreviousSections({ authorId, updateId, dueAt }: GetPreviousSectionsOptions): Promise<PreviousUpdate | null> {
  const current = dueAt ? { dueAt } : await db.update.findFirst({ where: { id: updateId, authorId }, select: { dueAt: true } });
  if (!current) throw notFound("Update");
  const previous = await db.update.findFirst({
    where: { authorId, state: "SENT", sentAt: { not: null }, dueAt: { lt: current.dueAt } },
    orderBy: { dueAt: "desc" },
    select: {
      dueAt: true,
      sentAt: true,
      sections: {
        orderBy: { position: "asc" },
        select: { goalId: true, goalTitle: true, doing: true, needHelp: true, progress: true },
      },
    },
  });
  if (!previous?.sentAt) return null;
  return { dueAt: previous.dueAt, sentAt: previous.sentAt, sections: previous.sections };
}
