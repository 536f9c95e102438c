import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { searchBody } from "./search-body";
import { SEARCHED_STATES } from "./search-engines";

/** The words of a stored update; one the editor could no longer read has none rather than stopping search. */
function bodyOf(content: unknown): string {
  try {
    return searchBody(parseUpdateDocument(content));
  } catch {
    return "";
  }
}

/**
 * Gives search the words of the author's updates that have none yet: those written before
 * search existed, or stored by another path than the editor's save. Usually finds nothing.
 */
export async function indexUnsearchedUpdates(client: PrismaClient, authorId: string): Promise<void> {
  const unsearched = await client.update.findMany({
    where: { authorId, state: { in: [...SEARCHED_STATES] }, searchText: { is: null } },
    select: { id: true, content: true },
  });
  if (unsearched.length === 0) return;
  try {
    await client.updateSearchText.createMany({
      data: unsearched.map((update) => ({ updateId: update.id, authorId, body: bodyOf(update.content) })),
    });
  } catch (error) {
    // A search running at the same moment indexed them first: their words are there either way.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
