import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type ReopenAskOptions = { authorId: string; askId: string };

/** Puts a resolved ask back among the open ones; its first date and its note stay. NOT_FOUND for anyone else's. */
export async function reopenAsk({ authorId, askId }: ReopenAskOptions): Promise<void> {
  const reopened = await db.ask.updateMany({ where: { id: askId, authorId }, data: { resolvedAt: null } });
  if (reopened.count !== 1) throw notFound("Ask");
}
