import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // lib/ marks itself server-only for the Next bundler; unit tests run on the server anyway.
      "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "emails/**/*.test.ts?(x)", "scripts/**/*.test.ts"],
    // Those need PostgreSQL and a client generated for it (vitest.pg.config.ts runs them), or a
    // build of the app (vitest.app.config.ts).
    exclude: [...configDefaults.exclude, "**/*.pg.test.ts", "**/*.app.test.ts"],
    environment: "node",
    setupFiles: ["lib/testing/database-setup.ts"],
  },
});
