// One query per database, each over its own full-text index. They are plain SQL with their
// arguments, so the app runs them through Prisma and the benchmark through the bare drivers:
// both measure the same statement.

/** An update whose words match, newest cycle first, with its words for the snippet. */
export type SearchMatch = { updateId: string; body: string };

export type EngineQuery = { authorId: string; terms: string[]; limit: number };

export type EngineStatement = { sql: string; args: (string | number)[] };

export type SearchEngine = {
  /** Statements that must have run before the first search; none where the migration made the index. */
  setup: readonly string[];
  statement: (query: EngineQuery) => EngineStatement;
};

/** Sent, failed and approved updates: what the author approved to go out. Drafts and skipped text never went anywhere. */
export const SEARCHED_STATES = ["SENT", "FAILED", "APPROVED"] as const;

// SQLite keeps the FTS5 table out of the migrations: Prisma's migration engine does not model
// virtual tables and would report FTS5's own tables as drift
// (https://github.com/prisma/prisma/issues/8106). It is an index, not data: it is rebuilt from
// "UpdateSearchText" whenever it is created.
const SQLITE_SETUP = [
  // External content: the words live once, in "UpdateSearchText". The author's id is indexed too,
  // so a search reads only that author's entries.
  `CREATE VIRTUAL TABLE IF NOT EXISTS "UpdateSearchIndex" USING fts5(
     "authorId", "body", content = 'UpdateSearchText', content_rowid = 'id',
     tokenize = 'unicode61 remove_diacritics 2')`,
  `CREATE TRIGGER IF NOT EXISTS "UpdateSearchText_ai" AFTER INSERT ON "UpdateSearchText" BEGIN
     INSERT INTO "UpdateSearchIndex" (rowid, "authorId", "body") VALUES (new."id", new."authorId", new."body");
   END`,
  `CREATE TRIGGER IF NOT EXISTS "UpdateSearchText_ad" AFTER DELETE ON "UpdateSearchText" BEGIN
     INSERT INTO "UpdateSearchIndex" ("UpdateSearchIndex", rowid, "authorId", "body") VALUES ('delete', old."id", old."authorId", old."body");
   END`,
  `CREATE TRIGGER IF NOT EXISTS "UpdateSearchText_au" AFTER UPDATE ON "UpdateSearchText" BEGIN
     INSERT INTO "UpdateSearchIndex" ("UpdateSearchIndex", rowid, "authorId", "body") VALUES ('delete', old."id", old."authorId", old."body");
     INSERT INTO "UpdateSearchIndex" (rowid, "authorId", "body") VALUES (new."id", new."authorId", new."body");
   END`,
  // Indexes whatever was written before the triggers existed.
  `INSERT INTO "UpdateSearchIndex" ("UpdateSearchIndex") VALUES ('rebuild')`,
];

/** SQLite: the FTS5 index; every term must match, and the author's id is part of the match too. */
export const sqliteEngine: SearchEngine = {
  setup: SQLITE_SETUP,
  statement: ({ authorId, terms, limit }) => ({
    // Terms are letters and digits only (searchTerms); quoting makes each one a plain word.
    sql: `SELECT t."updateId" AS "updateId", t."body" AS "body"
      FROM "UpdateSearchIndex" f
      JOIN "UpdateSearchText" t ON t."id" = f.rowid
      JOIN "Update" u ON u."id" = t."updateId"
      WHERE "UpdateSearchIndex" MATCH ? AND t."authorId" = ? AND u."authorId" = ? AND u."state" IN (?, ?, ?)
      ORDER BY u."dueAt" DESC LIMIT ?`,
    args: [
      [`"authorId" : "${authorId.replaceAll('"', '""')}"`, ...terms.map((term) => `"body" : "${term}"`)].join(" AND "),
      authorId,
      authorId,
      ...SEARCHED_STATES,
      limit,
    ],
  }),
};

/**
 * PostgreSQL: the GIN index on the body's words, punctuation read as a space as SQLite reads it;
 * the expression must be the index's own.
 */
export const postgresEngine: SearchEngine = {
  setup: [],
  statement: ({ authorId, terms, limit }) => ({
    sql: `SELECT t."updateId" AS "updateId", t."body" AS "body"
      FROM "UpdateSearchText" t
      JOIN "Update" u ON u."id" = t."updateId"
      WHERE t."authorId" = $1 AND u."authorId" = $1
        AND to_tsvector('simple', regexp_replace(t."body", '[[:punct:]]+', ' ', 'g')) @@ plainto_tsquery('simple', $2)
        AND u."state"::text IN ($3, $4, $5)
      ORDER BY u."dueAt" DESC LIMIT $6`,
    args: [authorId, terms.join(" "), ...SEARCHED_STATES, limit],
  }),
};
