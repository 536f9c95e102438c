// Generates prisma/sqlite/schema.prisma from prisma/postgres/schema.prisma, the source of truth.
// Only the datasource provider differs; PostgreSQL native types (@db.*) are dropped.
// Usage: node scripts/gen-sqlite-schema.mjs [--check]
import { readFileSync, writeFileSync } from "node:fs";

const SOURCE = "prisma/postgres/schema.prisma";
const TARGET = "prisma/sqlite/schema.prisma";

const generated =
  `// GENERATED from ${SOURCE} by scripts/gen-sqlite-schema.mjs. Do not edit.\n` +
  readFileSync(SOURCE, "utf8")
    .replace(/^\/\/ SOURCE OF TRUTH.*\n/m, "")
    .replace(/provider\s*=\s*"postgresql"/, 'provider = "sqlite"')
    .replace(/[ \t]+@db\.\w+(\([^)]*\))?/g, "");

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(TARGET, "utf8");
  } catch {}
  if (current !== generated) {
    console.error(`${TARGET} is stale: run npm run db:generate`);
    process.exit(1);
  }
  console.log("sqlite schema in sync with the postgres schema");
} else {
  writeFileSync(TARGET, generated);
}
