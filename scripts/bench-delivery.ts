// How fast the outbox sends, beside what nodemailer alone manages to the same SMTP server.
// Queues 10,000 due updates from 10,000 authors in a fresh database, then measures, against a real
// SMTP server on loopback that accepts and discards (in a child process, as a real server would be):
//   (a) nodemailer's pooled transport alone sending 10,000 equivalent messages, every connection busy;
//   (b) runDueWork draining the outbox (again and again until nothing is due).
// The ratio (b)/(a) is the figure; the aim is at least 0.8.
//
// The engine is the one the Prisma client is generated for; the other is refused.
//   SQLite (a fresh file under .tmp/):  npm run bench:delivery
//   PostgreSQL (a fresh database on PG_URL, e.g. from `scripts/postgres.sh start DIR`):
//     DATABASE_URL=$PG_URL npm run db:generate && PG_URL=$PG_URL npm run bench:delivery
//     then `npm run db:generate` to return to SQLite.
// BENCH_MESSAGES changes the count. The script runs as
// `tsx --conditions=react-server scripts/bench-delivery.ts`: under that condition the
// "server-only" marker lib/ imports resolves to an empty module, as it does on the server.
import { fork } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import type { PrismaClient } from "@prisma/client";
import { drainDueWork } from "@/lib/delivery/drain-due-work";
import { SMTP_POOL_SIZE } from "@/lib/delivery/smtp-pool";
import { createMailSender } from "@/lib/delivery/transport";
import { createPostgresTestDatabase } from "@/lib/testing/postgres-test-database";
import { sampleUpdateMessage, seedDueUpdates } from "@/lib/testing/seed-due-updates";
import { createTestDatabase } from "@/lib/testing/test-database";

const ROOT = path.resolve(__dirname, "..");
const COUNT = Number(process.env.BENCH_MESSAGES ?? 10_000);

type Engine = "sqlite" | "postgresql";
type Database = { engine: Engine; db: PrismaClient; close: () => Promise<void> };
type Sink = { url: string; received: () => Promise<number>; stop: () => void };

/** The child process: an SMTP server that accepts every message and keeps only a count. */
function runSink(): void {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.server.address();
    process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
  });
  process.on("message", () => process.send?.({ received }));
  process.on("disconnect", () => process.exit(0));
}

async function startSink(): Promise<Sink> {
  const child = fork(__filename, ["--sink"], { execArgv: process.execArgv });
  const [{ port }] = (await once(child, "message")) as [{ port: number }];
  return {
    url: `smtp://127.0.0.1:${port}`,
    async received() {
      child.send("count");
      const [{ received }] = (await once(child, "message")) as [{ received: number }];
      return received;
    },
    stop: () => child.kill(),
  };
}

/** Which engine the generated Prisma client speaks: it cannot talk to the other. */
function generatedEngine(): Engine {
  const schema = readFileSync(path.join(ROOT, "node_modules/.prisma/client/schema.prisma"), "utf8");
  const provider = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/.exec(schema)?.[1];
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`The generated Prisma client is for "${provider}"; run npm run db:generate.`);
}

/** A fresh database for `engine`, reached through the app's own client (lib/db/client). */
async function openDatabase(engine: Engine): Promise<Database> {
  let url: string;
  let remove: () => Promise<void>;
  if (engine === "sqlite") {
    const parent = path.join(ROOT, ".tmp");
    mkdirSync(parent, { recursive: true });
    const file = await createTestDatabase(parent);
    ({ url } = file);
    remove = async () => file.remove();
  } else {
    const pgUrl = process.env.PG_URL;
    if (!pgUrl) throw new Error("The Prisma client is generated for PostgreSQL: set PG_URL to a server to measure on.");
    const database = await createPostgresTestDatabase(pgUrl);
    ({ url } = database);
    remove = database.drop;
  }
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/db/client");
  const close = async () => {
    await db.$disconnect();
    await remove();
  };
  return { engine, db, close };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** (a) nodemailer alone, at its best: the same pool, every connection kept busy. */
async function rawRate(sink: Sink): Promise<number> {
  const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: SMTP_POOL_SIZE });
  const messages = Array.from({ length: COUNT }, (_, i) => sampleUpdateMessage(`Author raw ${i}`, `<raw-${i}@biweekly.example.com>`));
  // Two messages per connection in hand; handing over all 10,000 at once is slower.
  const feed = async () => {
    for (let message = messages.pop(); message; message = messages.pop()) await transport.sendMail(message);
  };
  const seconds = await timed(() => Promise.all(Array.from({ length: 2 * SMTP_POOL_SIZE }, feed)));
  transport.close();
  return COUNT / seconds;
}

/** (b) the outbox: claim, send and record each message, until nothing is due. */
async function outboxRate(sink: Sink, db: PrismaClient): Promise<number> {
  const sender = createMailSender({ smtpUrl: sink.url, mailboxDir: "unused" });
  let sent = 0;
  const seconds = await timed(async () => {
    ({ sent } = await drainDueWork({ clock: () => new Date(), db, send: sender.send }));
  });
  sender.close();
  const left = await db.delivery.count({ where: { state: { not: "SENT" } } });
  if (sent !== COUNT || left !== 0) throw new Error(`The outbox sent ${sent} of ${COUNT}; ${left} not sent.`);
  return COUNT / seconds;
}

async function measure(engine: Engine, sink: Sink): Promise<{ raw: number; outbox: number }> {
  const database = await openDatabase(engine);
  try {
    const seedSeconds = await timed(() => seedDueUpdates({ db: database.db, count: COUNT, dueAt: new Date(), prefix: "bench" }));
    console.log(`queued ${COUNT} due updates from ${COUNT} authors in ${seedSeconds.toFixed(1)} s`);
    const raw = await rawRate(sink);
    const before = await sink.received();
    const outbox = await outboxRate(sink, database.db);
    const arrived = (await sink.received()) - before;
    if (arrived !== COUNT) throw new Error(`The SMTP server received ${arrived} messages from the outbox, not ${COUNT}.`);
    return { raw, outbox };
  } finally {
    await database.close();
  }
}

function printTable(engine: Engine, { raw, outbox }: { raw: number; outbox: number }): void {
  const rows = [
    ["engine", "messages", "nodemailer pooled msg/s", "runDueWork msg/s", "ratio"],
    [engine, String(COUNT), raw.toFixed(0), outbox.toFixed(0), (outbox / raw).toFixed(2)],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padStart(widths[column]!)).join("  "));
}

async function main(): Promise<void> {
  const engine = generatedEngine();
  console.log(`engine: ${engine} (the Prisma client is generated for it)`);
  if (engine === "sqlite" && process.env.PG_URL) {
    console.log("PG_URL is set, but PostgreSQL needs its own client: DATABASE_URL=$PG_URL npm run db:generate, then run again.");
  }
  const sink = await startSink();
  try {
    printTable(engine, await measure(engine, sink));
  } finally {
    sink.stop();
  }
}

if (process.argv.includes("--sink")) runSink();
else
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
