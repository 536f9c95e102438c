import "server-only";
import type { UpdateDocument } from "@/lib/content/document";
import { extractAsks } from "@/lib/content/extract-asks";
import { db } from "@/lib/db/client";
import { planLedger } from "./plan-ledger";

export type OpenAsksSummary = { count: number; oldestAt: Date };

export type SummarizeOpenAsksOptions = { authorId: string; updateId: string; document: UpdateDocument; askedAt: Date };

/**
 * How many asks will be open once this update is sent, and since when the oldest: the ledger's
 * open entries and this update's new asks, dated `askedAt`. Null when the author turned the line
 * off or nothing is open.
 */
export async function summarizeOpenAsks({ authorId, updateId, document, askedAt }: SummarizeOpenAsksOptions): Promise<OpenAsksSummary | null> {
  const author = await db.user.findFirst({ where: { id: authorId }, select: { openAsksLine: true } });
  if (!author?.openAsksLine) return null;
  const open = await db.ask.findMany({
    where: { authorId, resolvedAt: null, firstUpdateId: { not: updateId } },
    orderBy: [{ firstAskedAt: "asc" }, { position: "asc" }],
    select: { id: true, goalId: true, text: true, firstAskedAt: true },
  });
  const { added } = planLedger(open, extractAsks(document));
  const count = open.length + added.length;
  if (count === 0) return null;
  return { count, oldestAt: open[0]?.firstAskedAt ?? askedAt };
}
