// Runs before every *.pg.test.ts file (vitest.pg.config.ts): each file gets its own fresh
// PostgreSQL database on the server PG_URL names, and lib/db/client connects to it.
import { afterAll } from "vitest";
import { createPostgresTestDatabase, requirePgUrl } from "./postgres-test-database";

const database = await createPostgresTestDatabase(requirePgUrl());
process.env.DATABASE_URL = database.url;
delete (globalThis as { biweeklyPrisma?: unknown }).biweeklyPrisma;

afterAll(async () => {
  const client = (globalThis as { biweeklyPrisma?: { $disconnect(): Promise<void> } }).biweeklyPrisma;
  await client?.$disconnect();
  await database.drop();
});
