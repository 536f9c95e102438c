// The database side of the load scripts: a throwaway database for one engine, migrated, with the
// Prisma client and the production build made for that engine. SQLite is a fresh file under
// .tmp/load/; PostgreSQL a throwaway server from scripts/postgres.sh, stopped by `drop`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export type Engine = "sqlite" | "postgres";
export type LoadDatabase = { engine: Engine; url: string; drop: () => void };

const ROOT = path.resolve(__dirname, "..");
const BUILT_FOR = path.join(ROOT, ".next/biweekly-built-for");
const CALLER_DATABASE_URL = process.env.DATABASE_URL;

/** The engines named by `--engine=sqlite,postgres` (both by default). */
export function enginesFromArgs(argv: string[]): Engine[] {
  const arg = argv.find((a) => a.startsWith("--engine="))?.slice("--engine=".length) ?? "sqlite,postgres";
  const engines = arg.split(",").map((e) => (e === "pg" || e === "postgresql" ? "postgres" : e));
  for (const engine of engines) if (engine !== "sqlite" && engine !== "postgres") throw new Error(`Unknown engine "${engine}": use sqlite or postgres.`);
  return engines as Engine[];
}

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

function generatedProvider(): string | undefined {
  const schema = path.join(ROOT, "node_modules/.prisma/client/schema.prisma");
  if (!existsSync(schema)) return undefined;
  return /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/.exec(readFileSync(schema, "utf8"))?.[1];
}

/**
 * Makes the Prisma client and the build agree with `engine`. The build is reused when the last one
 * made here was for the same engine; LOAD_BUILD=1 forces a fresh one (after changing the code).
 */
export function prepareBuild(engine: Engine, url: string): void {
  const provider = engine === "sqlite" ? "sqlite" : "postgresql";
  if (generatedProvider() !== provider) run("npm", ["run", "--silent", "db:generate"], { DATABASE_URL: url });
  const built = existsSync(BUILT_FOR) ? readFileSync(BUILT_FOR, "utf8").trim() : "";
  if (built === provider && existsSync(path.join(ROOT, ".next/BUILD_ID")) && process.env.LOAD_BUILD !== "1") return;
  console.log(`Building the app for ${engine} (next build)…`);
  const result = spawnSync("npx", ["next", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(BUILT_FOR, provider);
}

/** Leaves the Prisma client as the caller had it: for their DATABASE_URL, or SQLite. */
export function restoreClient(): void {
  const url = CALLER_DATABASE_URL ?? "file:./data/biweekly.db";
  const provider = url.startsWith("file:") ? "sqlite" : "postgresql";
  if (generatedProvider() !== provider) run("npm", ["run", "--silent", "db:generate"], { DATABASE_URL: url });
}

function startPostgres(dir: string): string {
  const script = path.join(ROOT, "scripts/postgres.sh");
  for (let attempt = 1; ; attempt += 1) {
    try {
      return execFileSync("bash", [script, "start", dir], { encoding: "utf8" }).trim().split("\n").at(-1)!;
    } catch (error) {
      // Another process took the free port it picked: stop and try again.
      execFileSync("bash", [script, "stop", dir]);
      if (attempt === 3) throw error;
    }
  }
}

/** A fresh, migrated database for `engine`, named `name`. */
export function createLoadDatabase(engine: Engine, name: string): LoadDatabase {
  if (engine === "sqlite") {
    const dir = path.join(ROOT, ".tmp/load", name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const url = `file:${path.join(dir, "load.db")}`;
    run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
    return { engine, url, drop: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dir = path.join("/tmp", `biweekly-load-pg-${name}-${process.pid}`);
  const url = startPostgres(dir);
  const drop = () => execFileSync("bash", [path.join(ROOT, "scripts/postgres.sh"), "stop", dir]);
  try {
    run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  } catch (error) {
    drop();
    throw error;
  }
  return { engine, url, drop };
}
