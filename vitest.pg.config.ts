// Unit tests that need PostgreSQL: lib/**/*.pg.test.ts, each file on a fresh database of the server
// PG_URL names. The Prisma client must be generated for PostgreSQL first:
//   DATABASE_URL=$PG_URL npm run db:generate && PG_URL=$PG_URL npx vitest run -c vitest.pg.config.ts
import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["lib/**/*.pg.test.ts"],
    exclude: configDefaults.exclude,
    setupFiles: ["lib/testing/postgres-database-setup.ts"],
  },
});
