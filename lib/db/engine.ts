// Which database engine a DATABASE_URL selects. Pure, so the Prisma CLI config, the app and the
// scripts all agree: one variable decides.

import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/biweekly.db";

export type DatabaseEngine = { provider: "sqlite" | "postgres"; url: string };

export function databaseEngine(databaseUrl: string | undefined): DatabaseEngine {
  const url = databaseUrl?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) return { provider: "sqlite", url };
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgres", url };
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url.split(":")[0]}:".`,
  );
}

/** Connection settings for node-postgres, parsed from a postgres:// URL. */
export function postgresConfig(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

/** The file a `file:` DATABASE_URL names, resolved against the working directory as the app does. */
export function sqliteFilePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));
}
