import "server-only";
import type { PrismaClient } from "@prisma/client";
import { sqliteEngine } from "./search-engines";

let ready: Promise<void> | null = null;

async function createIndex(client: PrismaClient): Promise<void> {
  const found = await client.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE name = 'UpdateSearchText_au'`;
  if (found.length > 0) return;
  await client.$transaction(async (tx) => {
    for (const statement of sqliteEngine.setup) await tx.$executeRawUnsafe(statement);
  });
}

/** Makes sure the FTS5 index and the triggers that keep it in step exist; checked once per process. */
export function ensureSqliteSearchIndex(client: PrismaClient): Promise<void> {
  ready ??= createIndex(client).catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}
