import "server-only";
import type { Db } from "@/lib/db/client";

// The FTS5 table is created here rather than in a migration: Prisma's migration engine does not
// model virtual tables and would report FTS5's own tables as drift
// (https://github.com/prisma/prisma/issues/8106). It is an index, not data: it can always be
// rebuilt from "UpdateSearchText".
const CREATE_STATEMENTS = [
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
  // Indexes whatever was written before the triggers existed; repeated, it changes nothing.
  `INSERT INTO "UpdateSearchIndex" ("UpdateSearchIndex") VALUES ('rebuild')`,
];

let ready: Promise<void> | null = null;

async function createIndex(client: Db & { $transaction: (fn: (tx: Db) => Promise<void>) => Promise<void> }): Promise<void> {
  const found = await client.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE name = 'UpdateSearchText_au'`;
  if (found.length > 0) return;
  await client.$transaction(async (tx) => {
    for (const statement of CREATE_STATEMENTS) await tx.$executeRawUnsafe(statement);
  });
}

/** Makes sure the FTS5 index and the triggers that keep it in step exist; once per process. */
export function ensureSqliteSearchIndex(client: Parameters<typeof createIndex>[0]): Promise<void> {
  ready ??= createIndex(client).catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}
