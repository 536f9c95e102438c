// The shared test database, with Prisma clients for the outbox tests: `db`, and more clients on the
// same file when a test needs a second server process.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { createTestDatabase } from "@/lib/testing/test-database";

export type OutboxTestDatabase = {
  url: string;
  db: PrismaClient;
  /** Another client on the same file: a second server process. */
  connect(): PrismaClient;
  drop(): Promise<void>;
};

export async function createOutboxTestDatabase(): Promise<OutboxTestDatabase> {
  const database = await createTestDatabase();
  const clients: PrismaClient[] = [];
  const connect = () => {
    const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: database.url, timeout: 5_000 }) });
    clients.push(client);
    return client;
  };
  return {
    url: database.url,
    db: connect(),
    connect,
    async drop() {
      await Promise.all(clients.map((client) => client.$disconnect()));
      database.remove();
    },
  };
}
