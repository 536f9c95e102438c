// Generates the Prisma client for the engine DATABASE_URL selects, with Prisma 7 (its client caches
// query plans). Prisma 7's CLI wants a native schema engine from the vendor's servers even to
// generate; generating never runs it, so a stand-in that says so is named instead. Migrations stay
// with `npx prisma` (6.19.3), whose schema engine is WebAssembly. Prisma 6 needs the datasource's
// `url` in the schema and Prisma 7 refuses it, so the client is generated from a copy without it.
// Usage: DATABASE_URL=... tsx scripts/generate-client.ts   (npm run db:generate)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { databaseEngine } from "../lib/db/engine";

const ROOT = path.resolve(__dirname, "..");
const GENERATOR_DIR = path.join(ROOT, "prisma/client-generator");
const fromGenerator = createRequire(path.join(GENERATOR_DIR, "package.json"));

function prisma7Cli(): string {
  const { version } = fromGenerator("prisma/package.json") as { version: string };
  if (!version.startsWith("7.")) {
    throw new Error(`prisma/client-generator has prisma ${version}, not 7.x: run npm install.`);
  }
  return fromGenerator.resolve("prisma/build/index.js");
}

const { provider } = databaseEngine(process.env.DATABASE_URL);
const source = readFileSync(path.join(ROOT, "prisma", provider, "schema.prisma"), "utf8");
const withoutUrl = source.replace(/^[ \t]*url[ \t]*=[ \t]*env\("DATABASE_URL"\)[ \t]*\n/m, "");
if (withoutUrl === source) throw new Error(`prisma/${provider}/schema.prisma has no url = env("DATABASE_URL") line`);

const schemaFile = path.join(ROOT, "node_modules/.cache/biweekly-client", provider, "schema.prisma");
mkdirSync(path.dirname(schemaFile), { recursive: true });
writeFileSync(schemaFile, withoutUrl);

execFileSync(process.execPath, [prisma7Cli(), "generate", "--schema", schemaFile], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(GENERATOR_DIR, "no-schema-engine.sh"),
  },
});
