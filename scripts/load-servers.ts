// The app under load as a deployment runs it: a loopback SMTP server and `next start` (the
// production build) on a load database, optionally pinned to one core. Every process is started
// here and stopped here, by its own id.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";
import type { LoadDatabase } from "./load-engine";

export type LoadAuthor = { authorId: string; updateId: string; version: number; template: unknown; cookie: string };
export type LoadApp = { appUrl: string; pid: number; log: string; stop: () => void };
/** `nodeOptions` become the server's NODE_OPTIONS (a heap cap, say), as a deployment would set them. */
export type StartLoadAppOptions = { database: LoadDatabase; appPort: number; smtpPort: number; cpu?: number; nodeOptions?: string };

const ROOT = path.resolve(__dirname, "..");

// Stopped on any exit, an uncaught error included, so no server outlives the script.
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates the authors (scripts/load-seed.ts in its own process) and returns them. */
export function seedAuthors(database: LoadDatabase, authors: number, historyAuthors = 0): LoadAuthor[] {
  const dir = path.join(ROOT, ".tmp/load");
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `authors-${process.pid}.json`);
  const env = { ...process.env, DATABASE_URL: database.url, LOAD_AUTHORS: String(authors), LOAD_HISTORY_AUTHORS: String(historyAuthors) };
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/load-seed.ts", out], { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error("Seeding the authors failed.");
  const seeded = JSON.parse(readFileSync(out, "utf8")) as LoadAuthor[];
  rmSync(out);
  return seeded;
}

function listening(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" }, () => socket.end(() => resolve(true)));
    socket.on("error", () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`The server for port ${port} exited with code ${child.exitCode}.`);
    if (await listening(port)) return;
    await sleep(250);
  }
  throw new Error(`Nothing listened on port ${port}.`);
}

async function waitForOk(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer.`);
}

/** Starts the SMTP server and `next start` (on core `cpu` when given); `stop` ends both. */
export async function startLoadApp({ database, appPort, smtpPort, cpu, nodeOptions }: StartLoadAppOptions): Promise<LoadApp> {
  const appUrl = `http://localhost:${appPort}`;
  for (const port of [appPort, smtpPort]) if (await listening(port)) throw new Error(`Port ${port} is taken: choose others (see the script's header).`);
  const scratch = path.join(ROOT, ".tmp/load", `mail-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    SMTP_PORT: String(smtpPort),
    SMTP_MAILBOX_DIR: path.join(scratch, "smtp"),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAILBOX_DIR: path.join(scratch, "app"),
    MAIL_FROM: "Biweekly <updates@biweekly.test>",
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: "load-only-secret-load-only-secret-load-only",
    CRON_SECRET: "load-only-cron-secret-load-only-cron-secret",
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
  };
  mkdirSync(scratch, { recursive: true });
  // The servers' output, kept for when something goes wrong under load.
  const log = path.join(ROOT, ".tmp/load", `servers-${appPort}.log`);
  const output = openSync(log, "w");
  const quiet = ["ignore", output, output] as const;
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
      running.delete(child);
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  console.log(`  server output: ${path.relative(ROOT, log)}`);
  try {
    const smtp = spawn("npx", ["tsx", "scripts/smtp-server.ts"], { cwd: ROOT, env, stdio: [...quiet], detached: true });
    children.push(smtp);
    running.add(smtp);
    await waitForPort(smtpPort, smtp);
    const next = [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(appPort)];
    const [command, args]: [string, string[]] = cpu === undefined ? [process.execPath, next] : ["taskset", ["-c", String(cpu), process.execPath, ...next]];
    const app: ChildProcess = spawn(command, args, { cwd: ROOT, env, stdio: [...quiet], detached: true });
    children.push(app);
    running.add(app);
    await waitForOk(`${appUrl}/api/health`, app);
    return { appUrl, pid: app.pid!, log, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The parent id is the fourth field, after the name in parentheses.
        return Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The resident memory (VmRSS, MiB) of the process that serves requests: the one titled next-server. */
export function serverRssMiB(rootPid: number): number {
  const queue = [rootPid];
  let fallback = rootPid;
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      if (title.startsWith("next-server")) return rss / 1024;
      fallback = pid;
    } catch {
      continue;
    }
    queue.push(...childrenOf(pid));
  }
  const status = readFileSync(`/proc/${fallback}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** The machine's load average, to print beside figures from a shared machine. */
export function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
}

/** Throws, with the end of the server's output, when the app has stopped. */
export function assertRunning(app: LoadApp): void {
  try {
    process.kill(app.pid, 0);
  } catch {
    const tail = readFileSync(app.log, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`The app stopped under load. The end of its output:\n${tail}`);
  }
}
