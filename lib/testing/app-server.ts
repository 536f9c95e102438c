// The built app (`next start`, production mode) in its own process, on a free loopback port, for
// tests that need whole servers: several instances on one database, each with its own pool.
// Needs a build (`next build`) made with the Prisma client for the same database engine.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
export const TEST_CRON_SECRET = "servers-test-cron-secret-servers-test-cron";

export type AppServer = { url: string; stop: () => Promise<void> };
export type StartAppServerOptions = { databaseUrl: string; smtpUrl: string; env?: Record<string, string> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready within a minute:\n${output()}`);
}

export async function startAppServer({ databaseUrl, smtpUrl, env = {} }: StartAppServerOptions): Promise<AppServer> {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("No build in .next: run `next build` with the client for this database first.");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const scratch = mkdtempSync(path.join(tmpdir(), "biweekly-app-"));
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      MAILBOX_DIR: path.join(scratch, "mailbox"),
      BIWEEKLY_DATA_DIR: scratch,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "servers-test-secret-servers-test-secret-xx",
      CRON_SECRET: TEST_CRON_SECRET,
      ...env,
    },
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
