import "server-only";
import { db } from "@/lib/db/client";
import { recordSentAsks } from "./record-sent-asks";

export type FillLedgerFromHistoryOptions = { authorId: string };

/**
 * Builds the help ledger of an author whose updates were sent before it existed, by replaying
 * their sent updates in order. Until then an ask was open only while the latest update asked it,
 * so an ask left out of the next update counts as resolved when that update went out (with no
 * note: the note is the author's to write). An author who already has a ledger is left alone.
 * Answers how many entries were made.
 */
export async function fillLedgerFromHistory({ authorId }: FillLedgerFromHistoryOptions): Promise<number> {
  return db.$transaction(
    async (tx) => {
      if ((await tx.ask.count({ where: { authorId } })) > 0) return 0;
      const sent = await tx.update.findMany({
        where: { authorId, state: "SENT", sentAt: { not: null } },
        orderBy: { sentAt: "asc" },
        select: { id: true, sentAt: true },
      });
      for (const update of sent) {
        const sentAt = update.sentAt!;
        await recordSentAsks(tx, { updateId: update.id, authorId, sentAt });
        await tx.ask.updateMany({ where: { authorId, resolvedAt: null, lastUpdateId: { not: update.id } }, data: { resolvedAt: sentAt } });
      }
      return tx.ask.count({ where: { authorId } });
    },
    { timeout: 60_000 },
  );
}
