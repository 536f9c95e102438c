// Prisma CLI configuration. The schema engine runs as WebAssembly through a driver adapter, so
// nothing is downloaded at install or migrate time. DATABASE_URL alone selects the engine.
// With a prisma.config.ts the CLI does not read .env files; the environment is used as it is.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseEngine, postgresConfig } from "./lib/db/engine";
import { unrefLongTimers, withPostgresShadowDatabase, withSqliteScriptReplay } from "./prisma/adapter-fixes";

const { provider, url } = databaseEngine(process.env.DATABASE_URL);
// schema.prisma reads env("DATABASE_URL"); make the default visible to it.
process.env.DATABASE_URL = url;
unrefLongTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "postgres") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const { clientWithCatalogTypes } = await import("./prisma/adapter-fixes");
      const config = { ...postgresConfig(url), allowExitOnIdle: true };
      const Client = await clientWithCatalogTypes();
      return withPostgresShadowDatabase(
        new PrismaPg({ ...config, Client }),
        (database) => new PrismaPg({ ...config, Client, database }),
      );
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return withSqliteScriptReplay(new PrismaBetterSQLite3({ url }));
  },
});
