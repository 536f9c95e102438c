import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { loadSentAsks } from "./load-sent-asks";
import { openAsks, type OpenAsk } from "./open-asks";

export type ListOpenAsksOptions = { authorId: string; updateId: string };

/**
 * The asks still open while writing an update: those of the author's latest sent update due
 * before it, each with the date it was first asked. NOT_FOUND when the update is not the author's.
 */
export async function listOpenAsks({ authorId, updateId }: ListOpenAsksOptions): Promise<OpenAsk[]> {
  const current = await db.update.findFirst({ where: { id: updateId, authorId }, select: { dueAt: true } });
  if (!current) throw notFound("Update");
  return openAsks(await loadSentAsks({ authorId, dueBefore: current.dueAt }));
}
