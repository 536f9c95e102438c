import "server-only";
import { extractAsks } from "@/lib/content/extract-asks";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { openAsks, type OpenAsk } from "./open-asks";

export type ListOpenAsksOptions = { authorId: string; updateId: string };

/** Far enough back to date an ask repeated for a year of biweekly updates. */
const LOOKBACK_UPDATES = 27;

/**
 * The asks still open while writing an update: those of the author's latest sent update due
 * before it, each with the date it was first asked. NOT_FOUND when the update is not the author's.
 */
export async function listOpenAsks({ authorId, updateId }: ListOpenAsksOptions): Promise<OpenAsk[]> {
  const current = await db.update.findFirst({ where: { id: updateId, authorId }, select: { dueAt: true } });
  if (!current) throw notFound("Update");
  const sent = await db.update.findMany({
    where: { authorId, state: "SENT", sentAt: { not: null }, dueAt: { lt: current.dueAt } },
    orderBy: { dueAt: "desc" },
    take: LOOKBACK_UPDATES,
    select: { sentAt: true, content: true },
  });
  return openAsks(
    sent.map((update) => ({ sentAt: update.sentAt ?? new Date(0), asks: extractAsks(parseUpdateDocument(update.content)) })),
  );
}
