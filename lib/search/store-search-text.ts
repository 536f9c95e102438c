import "server-only";
import type { UpdateDocument } from "@/lib/content/document";
import type { Db } from "@/lib/db/client";
import { searchBody } from "./search-body";

export type StoreSearchTextOptions = { authorId: string; updateId: string; content: UpdateDocument };

/**
 * Rewrites the searchable words of one update, in the same transaction as the save that changed
 * them, so search never finds words the update no longer has. Each database's full-text index
 * follows this row on its own.
 */
export async function storeSearchText(tx: Db, { authorId, updateId, content }: StoreSearchTextOptions): Promise<void> {
  const body = searchBody(content);
  await tx.updateSearchText.upsert({
    where: { updateId },
    create: { updateId, authorId, body },
    update: { authorId, body },
  });
}
