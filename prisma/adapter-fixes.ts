// Small wrappers around Prisma's driver adapters, used only by the Prisma CLI (6.19.3)
// (prisma.config.ts) to run migrations with the WebAssembly schema engine.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

type Factory = SqlMigrationAwareDriverAdapterFactory;

/**
 * The WebAssembly schema engine leaves 10 s and 60 s timers pending, so the CLI would linger for a
 * minute after it is done. This module runs inside the CLI process: let those timers not hold it.
 */
export function unrefLongTimers() {
  const original = globalThis.setTimeout;
  const unrefed = (handler: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= 5_000) timer.unref();
    return timer;
  };
  globalThis.setTimeout = Object.assign(unrefed, { __promisify__: original.__promisify__ }) as typeof setTimeout;
}

const hasSeveralStatements = (sql: string) => /;\s*\S/.test(sql.replace(/--.*$/gm, ""));

/**
 * The shadow database replays each migration.sql through executeRaw, which better-sqlite3 runs
 * with prepare(): one statement only. Route multi-statement scripts to executeScript.
 */
export function withSqliteScriptReplay(factory: Factory): Factory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) =>
        query.args.length === 0 && hasSeveralStatements(query.sql)
          ? (await shadow.executeScript(query.sql), 0)
          : executeRaw(query);
      return shadow;
    },
  };
}

/**
 * adapter-pg drops its shadow database before closing the pool that uses it, which fails and
 * leaves the database behind. Create the shadow database here, and drop it after its pool is
 * closed. The database role needs CREATEDB.
 */
export function withPostgresShadowDatabase(factory: Factory, forDatabase: (name: string) => Factory): Factory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = await factory.connect();
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await forDatabase(name).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

/**
 * adapter-pg cannot deserialize PostgreSQL's catalog types (`name`, `"char"` and their arrays),
 * which the schema engine reads to describe a database. Report them as text.
 */
export async function clientWithCatalogTypes() {
  const { default: pg } = await import("pg");
  const asText: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };
  type Result = { fields?: { dataTypeID: number }[] };
  const remap = <T>(result: T): T => {
    for (const r of ([] as Result[]).concat(result as Result))
      for (const field of r?.fields ?? []) field.dataTypeID = asText[field.dataTypeID] ?? field.dataTypeID;
    return result;
  };
  // The pg Client's query() is heavily overloaded; this seam forwards every form unchanged.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  return class CatalogTypesClient extends pg.Client {
    query(...args: any[]): any {
      const callback = args[args.length - 1];
      if (typeof callback === "function") {
        args[args.length - 1] = (err: unknown, res: unknown) => callback(err, err ? res : remap(res));
        return (super.query as any)(...args);
      }
      const result = (super.query as any)(...args);
      return result && typeof result.then === "function" ? result.then(remap) : result;
    }
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
