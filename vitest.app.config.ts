// Tests against the built app: **/*.app.test.ts start `next start` instances of their own on the
// PostgreSQL server PG_URL names. The client must be generated and the app built for PostgreSQL:
//   DATABASE_URL=$PG_URL npm run db:generate && DATABASE_URL=$PG_URL npx next build
//   PG_URL=$PG_URL npx vitest run -c vitest.app.config.ts
import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["lib/**/*.app.test.ts"],
    exclude: configDefaults.exclude,
    setupFiles: [],
  },
});
