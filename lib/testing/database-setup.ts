// Runs before every unit test file: each file gets its own fresh SQLite database, built by the
// project's migrations, and lib/db/client connects to it. Pure tests never open it.
import { afterAll } from "vitest";
import { installTestDatabase } from "./test-database";

const database = await installTestDatabase();
delete (globalThis as { biweeklyPrisma?: unknown }).biweeklyPrisma;

afterAll(async () => {
  const client = (globalThis as { biweeklyPrisma?: { $disconnect(): Promise<void> } }).biweeklyPrisma;
  await client?.$disconnect();
  database.remove();
});
