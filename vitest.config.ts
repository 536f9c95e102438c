import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // lib/ marks itself server-only for the Next bundler; unit tests run on the server anyway.
      "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "emails/**/*.test.ts?(x)", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["lib/testing/database-setup.ts"],
  },
});
