import "server-only";
import { db } from "@/lib/db/client";
import { openAskOrder, openAskSelect, type OpenAsk } from "./open-asks";

export type ListLatestOpenAsksOptions = { authorId: string };

/** The asks open as of now: every ask in the author's ledger not yet marked resolved, oldest first. */
export async function listLatestOpenAsks({ authorId }: ListLatestOpenAsksOptions): Promise<OpenAsk[]> {
  return db.ask.findMany({ where: { authorId, resolvedAt: null }, orderBy: openAskOrder, select: openAskSelect });
}
