// What the database holds for each update, read with the bare driver of its engine, so the load
// scripts check the stored rows themselves and not what the app answers about them.
import Database from "better-sqlite3";
import pg from "pg";
import { postgresConfig, sqliteFilePath } from "../lib/db/engine";
import type { LoadDatabase } from "./load-engine";

export async function storedContent(database: LoadDatabase, updateIds: string[]): Promise<Map<string, unknown>> {
  if (database.engine === "sqlite") {
    const connection = new Database(sqliteFilePath(database.url), { readonly: true });
    try {
      const rows = connection
        .prepare(`SELECT "id", "content" FROM "Update" WHERE "id" IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(updateIds)) as { id: string; content: string }[];
      return new Map(rows.map((row) => [row.id, JSON.parse(row.content)]));
    } finally {
      connection.close();
    }
  }
  const client = new pg.Client(postgresConfig(database.url));
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; content: unknown }>(`SELECT "id", "content" FROM "Update" WHERE "id" = ANY($1::text[])`, [updateIds]);
    return new Map(rows.map((row) => [row.id, row.content]));
  } finally {
    await client.end();
  }
}

/** JSON with its keys sorted, so two documents compare equal whatever order a database keeps keys in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
