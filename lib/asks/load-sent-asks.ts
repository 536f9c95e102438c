import "server-only";
import { extractAsks } from "@/lib/content/extract-asks";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { db } from "@/lib/db/client";
import type { SentAsks } from "./open-asks";

export type LoadSentAsksOptions = { authorId: string; dueBefore?: Date };

/** Far enough back to date an ask repeated for a year of biweekly updates. */
const LOOKBACK_UPDATES = 27;

/** The asks of the author's sent updates, latest first; only those due before `dueBefore` when given. */
export async function loadSentAsks({ authorId, dueBefore }: LoadSentAsksOptions): Promise<SentAsks[]> {
  const sent = await db.update.findMany({
    where: { authorId, state: "SENT", sentAt: { not: null }, ...(dueBefore ? { dueAt: { lt: dueBefore } } : {}) },
    orderBy: { dueAt: "desc" },
    take: LOOKBACK_UPDATES,
    select: { sentAt: true, content: true },
  });
  return sent.map((update) => ({ sentAt: update.sentAt ?? new Date(0), asks: extractAsks(parseUpdateDocument(update.content)) }));
}
