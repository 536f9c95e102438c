// Throughput and latency of the app's busiest requests beside a minimal route handler and the
// lightest page (sign-in, signed out), on SQLite and on PostgreSQL. `next start` (the production
// build for each engine, made when needed) runs pinned to core 0; autocannon, the load generator,
// runs in this process on core 1. For each target, at 10 and at 50 connections: requests/s, p50,
// p99 and the throughput's ratio to the baseline; then the server's resident memory after the
// load, and the aims with PASS or OVER.
// Figures, not tests: nothing fails on them. The machine's load average is printed beside them.
//   npm run bench                         (both engines)
//   npm run bench -- --engine=sqlite      (one)
// The server runs as README's deploy steps start it: with its heap capped (BENCH_NODE_OPTIONS,
// --max-old-space-size=192; set it empty for Node's default).
// BENCH_SECONDS (10) is each run's length; BENCH_HISTORY_AUTHORS (200) how many authors have ten
// years of sent updates (260 each), among them the one who reads; BENCH_APP_PORT and
// BENCH_SMTP_PORT the ports (3477, 2607); LOAD_BUILD=1 forces a fresh build.
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { benchTargets, measure, type Figure } from "./bench-targets";
import { createLoadDatabase, enginesFromArgs, prepareBuild, restoreClient, type Engine } from "./load-engine";
import { assertRunning, loadAverage, seedAuthors, serverRssMiB, startLoadApp } from "./load-servers";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HISTORY_AUTHORS = Number(process.env.BENCH_HISTORY_AUTHORS ?? 200);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3477);
const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT ?? 2607);
const CONNECTIONS = [10, 50];
const SERVER_NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS ?? "--max-old-space-size=192";
const AIMS = { homeShare: 0.5, p99AtTen: 50, rssMB: 300 };

/** While it measures, the load generator keeps to core 1, away from the server on core 0. */
const pinTo = (cores: string) => execFileSync("taskset", ["-a", "-p", "-c", cores, String(process.pid)], { stdio: "ignore" });

const verdict = (ok: boolean) => (ok ? "PASS" : "OVER");

function printFigure(figure: Figure, baseline: Figure | undefined): void {
  const ratio = baseline ? ` (${(figure.perSecond / baseline.perSecond).toFixed(2)} x baseline)` : "";
  const failed = figure.failed ? `  ${figure.failed} NOT 2xx` : "";
  console.log(
    `  ${figure.target.padEnd(32)} ${String(figure.connections).padStart(2)} conns: ${figure.perSecond.toFixed(0).padStart(5)} req/s${ratio.padEnd(20)}` +
      ` p50 ${figure.p50.toFixed(1).padStart(6)} ms  p99 ${figure.p99.toFixed(1).padStart(6)} ms${failed}`,
  );
}

function printAims(engine: Engine, figures: Figure[], rssMiB: number): void {
  const at = (name: string, connections: number) => figures.find((f) => f.target.startsWith(name) && f.connections === connections)!;
  const share = (name: string, connections: number) => at(name, connections).perSecond / at("baseline", connections).perSecond;
  console.log(`${engine}: aims`);
  for (const connections of CONNECTIONS) {
    const home = share("home", connections);
    console.log(
      `  ${verdict(home >= AIMS.homeShare)}  home page throughput at ${connections} conns is ${home.toFixed(2)} x baseline (aim >= ${AIMS.homeShare}; ` +
        `the sign-in page, with no database read, ${share("sign-in", connections).toFixed(2)} x)`,
    );
  }
  for (const figure of figures.filter((f) => f.connections === 10)) {
    console.log(`  ${verdict(figure.p99 <= AIMS.p99AtTen)}  p99 at 10 conns, ${figure.target}: ${figure.p99.toFixed(1)} ms (aim <= ${AIMS.p99AtTen} ms)`);
  }
  const rssMB = (rssMiB * 1024 * 1024) / 1e6;
  console.log(`  ${verdict(rssMB <= AIMS.rssMB)}  server RSS after the load: ${rssMB.toFixed(0)} MB, ${rssMiB.toFixed(0)} MiB (aim <= ${AIMS.rssMB} MB)`);
}

async function bench(engine: Engine): Promise<void> {
  const database = createLoadDatabase(engine, "bench");
  try {
    prepareBuild(engine, database.url);
    // Autosave runs each take fresh writers: the warm-up's 10, then one per connection of each run.
    const writerCount = 10 + CONNECTIONS.reduce((sum, n) => sum + n, 0);
    console.log(`${engine}: seeding ${HISTORY_AUTHORS} authors x 260 sent updates and ${writerCount} writers…`);
    const [reader, ...writers] = seedAuthors(database, writerCount + 1, HISTORY_AUTHORS);
    console.log(`${engine}: next start on core 0, NODE_OPTIONS=${SERVER_NODE_OPTIONS || "(none)"}`);
    const app = await startLoadApp({ database, appPort: APP_PORT, smtpPort: SMTP_PORT, cpu: 0, nodeOptions: SERVER_NODE_OPTIONS });
    try {
      const targets = benchTargets(app.appUrl, reader!, writers);
      const figures: Figure[] = [];
      pinTo("1");
      try {
        // Warm up: the first requests load each route and, on SQLite, build the search index.
        for (const target of targets) await measure(target, 10, 3);
        for (const connections of CONNECTIONS) {
          for (const target of targets) {
            const figure = await measure(target, connections, SECONDS);
            assertRunning(app);
            figures.push(figure);
            printFigure(figure, figures.find((f) => f.target.startsWith("baseline") && f.connections === connections && f !== figure));
          }
        }
      } finally {
        pinTo(`0-${availableParallelism() - 1}`);
      }
      const rss = serverRssMiB(app.pid);
      console.log(`${engine}: ${SECONDS} s per run, server on core 0, load average ${loadAverage()}`);
      printAims(engine, figures, rss);
    } finally {
      app.stop();
    }
  } finally {
    database.drop();
  }
}

async function main() {
  const engines = enginesFromArgs(process.argv.slice(2));
  try {
    for (const engine of engines) await bench(engine);
  } finally {
    restoreClient();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  restoreClient();
  process.exit(1);
});
