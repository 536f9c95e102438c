import "server-only";
import type { PrismaClient, UpdateState } from "@prisma/client";
import { db } from "@/lib/db/client";
import { databaseEngine } from "@/lib/db/engine";
import { postgresEngine, sqliteEngine, type SearchEngine, type SearchMatch } from "./search-engines";
import { searchTerms } from "./search-terms";
import { snippetParts, type SnippetPart } from "./snippet";
import { indexUnsearchedUpdates } from "./index-unsearched-updates";
import { ensureSqliteSearchIndex } from "./sqlite-search-index";

export type SearchUpdatesOptions = {
  authorId: string;
  /** What the author typed; every word must appear in an update for it to match. */
  query: string;
  limit?: number;
  /** Another client than the app's own, for the benchmark. */
  client?: PrismaClient;
};

export type SearchResult = {
  updateId: string;
  dueAt: Date;
  sentAt: Date | null;
  state: UpdateState;
  snippet: SnippetPart[];
};

const ENGINES: Record<"sqlite" | "postgres", SearchEngine> = { sqlite: sqliteEngine, postgres: postgresEngine };

/** The matches from the full-text index of the database DATABASE_URL names. */
async function findMatches(client: PrismaClient, authorId: string, terms: string[], limit: number): Promise<SearchMatch[]> {
  const provider = databaseEngine(process.env.DATABASE_URL).provider;
  if (provider === "sqlite") await ensureSqliteSearchIndex(client);
  await indexUnsearchedUpdates(client, authorId);
  const { sql, args } = ENGINES[provider].statement({ authorId, terms, limit });
  return client.$queryRawUnsafe<SearchMatch[]>(sql, ...args);
}

/**
 * The author's own updates that contain every word of the query, newest cycle first, each with a
 * snippet around the first word found. Nobody else's update can match: the author's id is part of
 * every query.
 */
export async function searchUpdates({ authorId, query, limit = 50, client = db as PrismaClient }: SearchUpdatesOptions): Promise<SearchResult[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const matches = await findMatches(client, authorId, terms, limit);
  if (matches.length === 0) return [];
  const updates = await client.update.findMany({
    where: { authorId, id: { in: matches.map((match) => match.updateId) } },
    select: { id: true, dueAt: true, sentAt: true, state: true },
  });
  const byId = new Map(updates.map((update) => [update.id, update]));
  return matches.flatMap(({ updateId, body }) => {
    const update = byId.get(updateId);
    return update ? [{ updateId, dueAt: update.dueAt, sentAt: update.sentAt, state: update.state, snippet: snippetParts(body, terms) }] : [];
  });
}
