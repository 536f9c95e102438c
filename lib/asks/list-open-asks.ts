import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { openAskOrder, openAskSelect, type OpenAsk } from "./open-asks";

export type ListOpenAsksOptions = {
  authorId: string;
  updateId: string;
  /** The update's due time, when the caller has already read it as the author's. */
  dueAt?: Date;
};

/**
 * The asks still open while writing an update: the unresolved ledger entries first asked in an
 * update due before it, oldest first. NOT_FOUND when the update is not the author's.
 */
export async function listOpenAsks({ authorId, updateId, dueAt }: ListOpenAsksOptions): Promise<OpenAsk[]> {
  const current = dueAt ? { dueAt } : await db.update.findFirst({ where: { id: updateId, authorId }, select: { dueAt: true } });
  if (!current) throw notFound("Update");
  return db.ask.findMany({
    where: { authorId, resolvedAt: null, firstUpdate: { authorId, dueAt: { lt: current.dueAt } } },
    orderBy: openAskOrder,
    select: openAskSelect,
  });
}
