import "server-only";
import type { Prisma } from "@prisma/client";
import { extractAsks, type Ask } from "@/lib/content/extract-asks";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { AppError } from "@/lib/errors/app-error";
import { planLedger } from "./plan-ledger";

/** A stored text that is not an update document asks nothing; it never stops a send from being recorded. */
function asksOf(content: Prisma.JsonValue): Ask[] {
  try {
    return extractAsks(parseUpdateDocument(content));
  } catch (error) {
    if (error instanceof AppError) return [];
    throw error;
  }
}

export type RecordSentAsksOptions = { updateId: string; authorId: string; sentAt: Date };

/**
 * Puts the asks of an update that just went out into its author's help ledger. Runs inside the
 * transaction that marks the update sent, so an update is in the ledger exactly when it is sent.
 */
export async function recordSentAsks(tx: Prisma.TransactionClient, { updateId, authorId, sentAt }: RecordSentAsksOptions): Promise<void> {
  const update = await tx.update.findFirst({ where: { id: updateId, authorId }, select: { content: true } });
  if (!update) return;
  const asks = asksOf(update.content);
  if (asks.length === 0) return;
  const open = await tx.ask.findMany({
    where: { authorId, resolvedAt: null, firstUpdateId: { not: updateId } },
    orderBy: [{ firstAskedAt: "asc" }, { position: "asc" }],
    select: { id: true, goalId: true, text: true },
  });
  const plan = planLedger(open, asks);
  for (const { entryId, ask } of plan.repeated) {
    await tx.ask.updateMany({
      where: { id: entryId, authorId, lastUpdateId: { not: updateId } },
      data: { text: ask.text, goalTitle: ask.goalTitle, lastUpdateId: updateId, lastAskedAt: sentAt, timesAsked: { increment: 1 } },
    });
  }
  if (plan.added.length === 0) return;
  await tx.ask.createMany({
    data: plan.added.map(({ ask, position }) => ({
      authorId,
      goalId: ask.goalId,
      goalTitle: ask.goalTitle,
      text: ask.text,
      position,
      firstUpdateId: updateId,
      firstAskedAt: sentAt,
      lastUpdateId: updateId,
      lastAskedAt: sentAt,
    })),
  });
}
