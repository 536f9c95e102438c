// A fresh PostgreSQL database with every migration applied, on the server PG_URL points at.
// lib/testing/postgres-database-setup.ts gives every *.pg.test.ts file one (vitest.pg.config.ts).
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresConfig } from "@/lib/db/engine";

const MIGRATIONS_DIR = path.resolve(__dirname, "../../prisma/postgres/migrations");

export type PostgresTestDatabase = {
  /** A DATABASE_URL for this database. */
  url: string;
  /** Drops the database, closing whatever connections are still open to it. */
  drop: () => Promise<void>;
};

function migrationScripts(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"));
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(postgresConfig(url));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function requirePgUrl(): string {
  const url = process.env.PG_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("PG_URL must name a PostgreSQL server (postgres://...), e.g. from `scripts/postgres.sh start DIR`.");
  }
  return url;
}

/** Creates a database with a random name on the server `serverUrl` names, built by the migrations. */
export async function createPostgresTestDatabase(serverUrl: string): Promise<PostgresTestDatabase> {
  const name = `biweekly_test_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () => withClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
  try {
    // Each migration.sql runs as one simple-protocol query: several statements, one round trip.
    await withClient(url.toString(), async (client) => {
      for (const script of migrationScripts()) await client.query(script);
    });
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), drop };
}
