// How fast full-text search answers over ten years of updates, on SQLite and on PostgreSQL.
// Seeds 1,000 authors with 260 updates each (one every two weeks for ten years), then runs a few
// hundred searches for realistic words, each by one author over their own updates, and prints
// p50, p95 and max per engine. The aim is p95 at most 50 ms; the figures are printed, not asserted.
//   npm run bench:search            (BENCH_AUTHORS, BENCH_UPDATES, BENCH_WORDS, BENCH_SEARCHES change the sizes)
// SQLite runs on a fresh file under .tmp/; PostgreSQL on a throwaway server from
// scripts/postgres.sh, stopped at the end. Both run the statement the app runs (lib/search/search-engines.ts)
// through the bare drivers, so no Prisma client of either provider is needed.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import pg from "pg";
import { postgresConfig } from "@/lib/db/engine";
import { postgresEngine, sqliteEngine, type EngineStatement } from "@/lib/search/search-engines";
import { searchTerms } from "@/lib/search/search-terms";
import { snippetParts } from "@/lib/search/snippet";
import { createPostgresTestDatabase } from "@/lib/testing/postgres-test-database";
import { createTestDatabase } from "@/lib/testing/test-database";
import { benchCorpus, type BenchCorpus } from "./bench-search-corpus";

const ROOT = path.resolve(__dirname, "..");
const sizes = {
  authors: Number(process.env.BENCH_AUTHORS ?? 1_000),
  updates: Number(process.env.BENCH_UPDATES ?? 260),
  words: Number(process.env.BENCH_WORDS ?? 90),
  searches: Number(process.env.BENCH_SEARCHES ?? 300),
};

type Runner = { run: (statement: EngineStatement) => Promise<{ body: string }[]>; close: () => Promise<void> };

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, corpus: BenchCorpus, runner: Runner, statement: (authorId: string, terms: string[]) => EngineStatement) {
  const timings: number[] = [];
  let found = 0;
  for (const { authorId, query } of corpus.searches) {
    const terms = searchTerms(query);
    const started = performance.now();
    const rows = await runner.run(statement(authorId, terms));
    for (const row of rows) snippetParts(row.body, terms);
    timings.push(performance.now() - started);
    found += rows.length;
  }
  timings.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`${name}: ${timings.length} searches, ${found} updates found; p50 ${ms(percentile(timings, 50))}, p95 ${ms(percentile(timings, 95))}, max ${ms(timings.at(-1)!)} (aim: p95 <= 50 ms)`);
}

async function sqliteRunner(corpus: BenchCorpus): Promise<Runner> {
  mkdirSync(path.join(ROOT, ".tmp"), { recursive: true });
  const database = await createTestDatabase(path.join(ROOT, ".tmp"));
  const connection = await new PrismaBetterSqlite3({ url: database.url }).connect();
  const started = performance.now();
  await connection.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");
  for (const script of corpus.sqliteInserts()) await connection.executeScript(script);
  await connection.executeScript(sqliteEngine.setup.map((statement) => `${statement};`).join("\n"));
  console.log(`sqlite: seeded and indexed in ${seconds(started)} (${database.file})`);
  return {
    run: async ({ sql, args }) => {
      const result = await connection.queryRaw({ sql, args, argTypes: args.map(() => ({ scalarType: "unknown", arity: "scalar" })) });
      const body = result.columnNames.indexOf("body");
      return result.rows.map((row) => ({ body: String(row[body]) }));
    },
    close: async () => {
      await connection.dispose();
      database.remove();
    },
  };
}

/** A throwaway server; tried again when another process took the free port it picked first. */
function startPostgres(dir: string, stop: () => void): string {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return execFileSync("bash", [path.join(ROOT, "scripts/postgres.sh"), "start", dir], { encoding: "utf8" }).trim().split("\n").at(-1)!;
    } catch (error) {
      stop();
      if (attempt === 3) throw error;
    }
  }
}

async function postgresRunner(corpus: BenchCorpus): Promise<Runner> {
  const dir = path.join("/tmp", `bench-search-pg-${process.pid}`);
  const stop = () => execFileSync("bash", [path.join(ROOT, "scripts/postgres.sh"), "stop", dir]);
  const serverUrl = startPostgres(dir, stop);
  try {
    const database = await createPostgresTestDatabase(serverUrl);
    const client = new pg.Client(postgresConfig(database.url));
    await client.connect();
    const started = performance.now();
    for (const { sql, values } of corpus.postgresInserts()) await client.query(sql, values);
    await client.query("ANALYZE");
    console.log(`postgres: seeded and indexed in ${seconds(started)}`);
    return {
      run: async ({ sql, args }) => (await client.query<{ body: string }>(sql, args)).rows,
      close: async () => {
        await client.end();
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

async function main() {
  console.log(`Seeding ${sizes.authors} authors x ${sizes.updates} updates, about ${sizes.words} words each; ${sizes.searches} searches.`);
  const corpus = benchCorpus(sizes);
  const limit = 50;
  for (const [name, open, engine] of [
    ["sqlite (FTS5)", sqliteRunner, sqliteEngine],
    ["postgres (tsvector + GIN)", postgresRunner, postgresEngine],
  ] as const) {
    const runner = await open(corpus);
    try {
      await measure(name, corpus, runner, (authorId, terms) => engine.statement({ authorId, terms, limit }));
    } finally {
      await runner.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
