import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ensureSqliteSearchIndex } from "./sqlite-search-index";

/** An update whose words match, newest cycle first, with its words for the snippet. */
export type SearchMatch = { updateId: string; body: string };

export type EngineQuery = { authorId: string; terms: string[]; limit: number };

export type SearchEngine = (client: PrismaClient, query: EngineQuery) => Promise<SearchMatch[]>;

/** Sent, failed and approved updates: what the author approved to go out. Drafts and skipped text never went anywhere. */
const SEARCHED_STATES = ["SENT", "FAILED", "APPROVED"];

/** SQLite: the FTS5 index; every term must match, and the author's id is part of the match too. */
export const sqliteEngine: SearchEngine = async (client, { authorId, terms, limit }) => {
  await ensureSqliteSearchIndex(client);
  // Terms are letters and digits only (searchTerms); quoting makes each one a plain word.
  const match = [`"authorId" : "${authorId.replaceAll('"', '""')}"`, ...terms.map((term) => `"body" : "${term}"`)].join(" AND ");
  return client.$queryRaw<SearchMatch[]>`
    SELECT t."updateId" AS "updateId", t."body" AS "body"
    FROM "UpdateSearchIndex" f
    JOIN "UpdateSearchText" t ON t."id" = f.rowid
    JOIN "Update" u ON u."id" = t."updateId"
    WHERE "UpdateSearchIndex" MATCH ${match} AND t."authorId" = ${authorId} AND u."authorId" = ${authorId}
      AND u."state" IN (${SEARCHED_STATES[0]}, ${SEARCHED_STATES[1]}, ${SEARCHED_STATES[2]})
    ORDER BY u."dueAt" DESC
    LIMIT ${limit}`;
};

/** PostgreSQL: the GIN index on to_tsvector('simple', body); the expression must be the index's own. */
export const postgresEngine: SearchEngine = async (client, { authorId, terms, limit }) =>
  client.$queryRaw<SearchMatch[]>`
    SELECT t."updateId" AS "updateId", t."body" AS "body"
    FROM "UpdateSearchText" t
    JOIN "Update" u ON u."id" = t."updateId"
    WHERE t."authorId" = ${authorId} AND u."authorId" = ${authorId}
      AND to_tsvector('simple', t."body") @@ plainto_tsquery('simple', ${terms.join(" ")})
      AND u."state"::text IN (${SEARCHED_STATES[0]}, ${SEARCHED_STATES[1]}, ${SEARCHED_STATES[2]})
    ORDER BY u."dueAt" DESC
    LIMIT ${limit}`;
