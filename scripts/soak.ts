// Load and soak: 200 authors autosaving their drafts every 2 seconds for 5 minutes, on SQLite and
// on PostgreSQL, against `next start` (the production build for each engine, made when needed).
// Prints requests, errors (the aim is none), p50/p95/p99 of the answer times, and then checks that
// each update's stored content is exactly the last save its author sent: PASS or FAIL.
//   npm run soak                                   (both engines, 5 minutes each)
//   npm run soak -- --engine=postgres --minutes=1  (one engine, shorter)
// SOAK_AUTHORS and SOAK_INTERVAL_MS change the load; SOAK_APP_PORT and SOAK_SMTP_PORT the ports
// (3475 and 2605); LOAD_BUILD=1 forces a fresh build. The Prisma client is left as it was found.
import { createLoadDatabase, enginesFromArgs, prepareBuild, restoreClient, type Engine } from "./load-engine";
import { loadAverage, seedAuthors, startLoadApp } from "./load-servers";
import { canonicalJson, storedContent } from "./load-stored-content";
import { runSoak, type SoakTally } from "./soak-authors";

const AUTHORS = Number(process.env.SOAK_AUTHORS ?? 200);
const INTERVAL_MS = Number(process.env.SOAK_INTERVAL_MS ?? 2_000);
const APP_PORT = Number(process.env.SOAK_APP_PORT ?? 3475);
const SMTP_PORT = Number(process.env.SOAK_SMTP_PORT ?? 2605);

function minutesFromArgs(argv: string[]): number {
  const arg = argv.find((a) => a.startsWith("--minutes="));
  const minutes = arg ? Number(arg.slice("--minutes=".length)) : 5;
  if (!(minutes > 0)) throw new Error("--minutes must be a positive number.");
  return minutes;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Every author's stored update against the last save they sent; returns how many differ. */
function lostWrites(tally: SoakTally, stored: Map<string, unknown>): string[] {
  const lost: string[] = [];
  for (const [updateId, sent] of tally.lastSent) {
    if (canonicalJson(stored.get(updateId)) !== canonicalJson(sent)) lost.push(updateId);
  }
  return lost;
}

async function soak(engine: Engine, minutes: number): Promise<boolean> {
  const database = createLoadDatabase(engine, "soak");
  try {
    prepareBuild(engine, database.url);
    const authors = seedAuthors(database, AUTHORS);
    const app = await startLoadApp({ database, appPort: APP_PORT, smtpPort: SMTP_PORT });
    let tally: SoakTally;
    try {
      console.log(`${engine}: ${authors.length} authors, a save each every ${INTERVAL_MS / 1000} s for ${minutes} min…`);
      tally = await runSoak({ appUrl: app.appUrl, authors, intervalMs: INTERVAL_MS, durationMs: minutes * 60_000 });
    } finally {
      app.stop();
    }
    const sorted = [...tally.latencies].sort((a, b) => a - b);
    const ms = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`;
    const rate = sorted.length / (minutes * 60);
    console.log(`${engine}: ${sorted.length} requests (${rate.toFixed(0)}/s), ${tally.errors} errors; p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)}, max ${ms(100)}`);
    if (tally.skippedBeats) console.log(`${engine}: ${tally.skippedBeats} beats skipped because the previous save had not answered yet`);
    for (const sample of tally.errorSamples) console.log(`  error: ${sample}`);
    const lost = lostWrites(tally, await storedContent(database, authors.map((a) => a.updateId)));
    const unsaved = authors.length - tally.lastSent.size;
    const pass = tally.errors === 0 && lost.length === 0 && unsaved === 0;
    console.log(
      `${engine}: ${pass ? "PASS" : "FAIL"}: ${tally.lastSent.size - lost.length} of ${authors.length} updates hold the last save sent` +
        (lost.length ? `; differs: ${lost.slice(0, 5).join(", ")}` : "") +
        (unsaved ? `; ${unsaved} authors never saved` : "") +
        ` (load average ${loadAverage()})`,
    );
    return pass;
  } finally {
    database.drop();
  }
}

async function main() {
  const engines = enginesFromArgs(process.argv.slice(2));
  const minutes = minutesFromArgs(process.argv.slice(2));
  let pass = true;
  try {
    for (const engine of engines) pass = (await soak(engine, minutes)) && pass;
  } finally {
    restoreClient();
  }
  process.exit(pass ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  restoreClient();
  process.exit(1);
});
