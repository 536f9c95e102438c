// The app as a person would run it, for measuring: a loopback SMTP server and `next start` on a
// throwaway SQLite file. Each process is started here and stopped here, by its own id.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export type PerfServers = { appUrl: string; mailboxDir: string; stop: () => void };

export const APP_PORT = Number(process.env.PERF_APP_PORT ?? 3473);
const SMTP_PORT = Number(process.env.PERF_SMTP_PORT ?? 2603);
const SCRATCH = path.resolve(".tmp/perf-editor");

function appEnvironment(appUrl: string, mailboxDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    NODE_ENV: "production",
    DATABASE_URL: `file:${path.join(SCRATCH, "perf.db")}`,
    SMTP_PORT: String(SMTP_PORT),
    SMTP_MAILBOX_DIR: mailboxDir,
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAILBOX_DIR: path.join(SCRATCH, "app-mailbox"),
    MAIL_FROM: "Biweekly <updates@biweekly.test>",
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: "perf-only-secret-perf-only-secret-perf-only",
    CRON_SECRET: "perf-only-cron-secret-perf-only-cron-secret",
  };
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server for ${url} exited with code ${child.exitCode}.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms.`);
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const { createConnection } = await import("node:net");
  for (let attempt = 0; attempt < 80; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`The SMTP server exited with code ${child.exitCode}.`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" }, () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The SMTP server did not listen on ${port}.`);
}

/** Builds the app when no production build is there (or when PERF_BUILD=1 asks for a fresh one). */
export function buildIfNeeded(): void {
  if (existsSync(".next/BUILD_ID") && process.env.PERF_BUILD !== "1") return;
  console.log("Building the app (next build)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Starts the SMTP server and the app on a fresh database; `stop` ends both. */
export async function startServers(): Promise<PerfServers> {
  const appUrl = `http://localhost:${APP_PORT}`;
  const mailboxDir = path.join(SCRATCH, "smtp-mailbox");
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(mailboxDir, { recursive: true });
  const env = appEnvironment(appUrl, mailboxDir);
  const migrate = spawnSync("npx", ["prisma", "migrate", "deploy"], { env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stderr}`);

  const quiet = process.env.PERF_SERVER_LOGS ? "inherit" : "ignore";
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
  };
  try {
    const smtp = spawn("npx", ["tsx", "scripts/smtp-server.ts"], { env, stdio: quiet, detached: true });
    children.push(smtp);
    await waitForPort(SMTP_PORT, smtp);
    const app = spawn("npx", ["next", "start", "-p", String(APP_PORT)], { env, stdio: quiet, detached: true });
    children.push(app);
    await waitFor(`${appUrl}/api/auth/providers`, app, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { appUrl, mailboxDir, stop };
}
