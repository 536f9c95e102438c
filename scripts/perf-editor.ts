// The editor's performance budget, printed as figures (never a pass/fail test run):
//   JavaScript on the editor route, Lighthouse mobile score, INP while typing with a 4x slower CPU,
//   and the server's time to autosave a 5,000-word update.
// Runs against a production build (built here if there is none; PERF_BUILD=1 rebuilds), with its
// own SMTP server and `next start` on port 3473 (PERF_APP_PORT) and a throwaway SQLite file.
import { chromium, type Browser } from "@playwright/test";
import { chromiumPath } from "../e2e/support/environment";
import { countWords } from "../lib/content/word-count";
import { createAuthor, type PerfAuthor } from "./perf-editor-author";
import { autosaveTimings } from "./perf-editor-autosave";
import { editorStartMs, scriptsLoaded, typingInteractions, type Interactions, type ScriptSize, type TypingMode } from "./perf-editor-browser";
import { lighthouseScore } from "./perf-editor-lighthouse";
import { buildIfNeeded, startServers } from "./perf-editor-servers";

const BUDGET = { jsKiB: 230, lighthouse: 95, inpMs: 50, autosaveP95Ms: 50 };
const CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const kib = (bytes: number) => bytes / 1024;
const DRAFT_TEXT = "[data-goal-part='doing'] [data-part-content] > p";
const verdict = (ok: boolean) => (ok ? "PASS" : "OVER");

function line(label: string, figure: string, budget: string, ok: boolean | null) {
  console.log(`${label.padEnd(44)} ${figure.padStart(12)}   budget ${budget.padEnd(10)} ${ok === null ? "n/a" : verdict(ok)}`);
}

function printScripts(title: string, sizes: ScriptSize[]): number {
  const total = sizes.reduce((sum, size) => sum + size.gzipBytes, 0);
  if (process.env.PERF_VERBOSE) {
    console.log(`  ${title}:`);
    for (const size of [...sizes].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
      console.log(`    ${kib(size.gzipBytes).toFixed(1).padStart(7)} KiB gzip  ${kib(size.bytes).toFixed(1).padStart(7)} KiB  ${new URL(size.url).pathname}`);
    }
  }
  return kib(total);
}

async function measureScripts(browser: Browser, author: PerfAuthor, appUrl: string) {
  const signedIn = await browser.newContext({ extraHTTPHeaders: { Cookie: author.cookie } });
  const scripts = await scriptsLoaded(signedIn, author.editorUrl, DRAFT_TEXT);
  const editor = printScripts("editor", scripts.onLoad);
  const onIntent = printScripts("editor, on the first click into the draft", scripts.onIntent);
  await signedIn.close();
  const anonymous = await browser.newContext();
  const signin = printScripts("sign-in", (await scriptsLoaded(anonymous, `${appUrl}/signin`)).onLoad);
  await anonymous.close();
  line("JS on the editor route (gzip -9)", `${editor.toFixed(1)} KiB`, `≤ ${BUDGET.jsKiB} KiB`, editor <= BUDGET.jsKiB);
  line("  then on the first click into the draft", `${onIntent.toFixed(1)} KiB`, "", null);
  line("  for comparison: sign-in page", `${signin.toFixed(1)} KiB`, "", null);
}

// INP moves by 15 ms or more from one run to the next on the same machine, so each way of typing is
// measured in several fresh browser contexts and the median is the figure.
const TYPING_RUNS = Math.max(1, Number.parseInt(process.env.PERF_TYPING_RUNS ?? "", 10) || 3);

async function typingRuns(browser: Browser, author: PerfAuthor, mode: TypingMode): Promise<Interactions[]> {
  const runs: Interactions[] = [];
  for (let run = 0; run < TYPING_RUNS; run += 1) {
    const context = await browser.newContext({ extraHTTPHeaders: { Cookie: author.cookie } });
    runs.push(await typingInteractions(context, author.editorUrl, 4, mode));
    await context.close();
  }
  return runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** "64 ms (64, 72, 56); paragraph 72, list item 48": the median, each run, and each place's median. */
function describeRuns(runs: Interactions[]): string {
  const each = runs.map((run) => run.inp.toFixed(0)).join(", ");
  const place = (pick: (run: Interactions) => number) => median(runs.map(pick)).toFixed(0);
  return `${median(runs.map((run) => run.inp)).toFixed(0)} ms (${each}); paragraph ${place((run) => run.paragraph)}, list item ${place((run) => run.listItem)}`;
}

async function measureTyping(browser: Browser, author: PerfAuthor) {
  const typing = await typingRuns(browser, author, "aids on");
  const plain = await typingRuns(browser, author, "aids off");
  const browserAlone = await typingRuns(browser, author, "no script");
  const context = await browser.newContext({ extraHTTPHeaders: { Cookie: author.cookie } });
  const start = await editorStartMs(context, author.editorUrl, 4);
  await context.close();
  const inp = median(typing.map((run) => run.inp));
  line(`INP typing, 5,000 words, CPU 4x, median of ${TYPING_RUNS}`, `${inp.toFixed(0)} ms`, `≤ ${BUDGET.inpMs} ms`, inp <= BUDGET.inpMs);
  console.log(`  writing aids on:               ${describeRuns(typing)}`);
  console.log(`  writing aids off:              ${describeRuns(plain)}`);
  console.log(`  the draft with no script:      ${describeRuns(browserAlone)}`);
  const worst = Math.max(...typing.map((run) => run.max)).toFixed(0);
  console.log(`  worst of ${typing[0]!.count} interactions (${typing.map((run) => run.observed).join(", ")} of them ≥ 16 ms) in any run with the aids on: ${worst} ms`);
  line("  first click to editor running, CPU 4x slower", `${start.toFixed(0)} ms`, "", null);
}

async function measure(appUrl: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_ARGS });
  try {
    const setupContext = await browser.newContext({ baseURL: appUrl });
    const author = await createAuthor(await setupContext.newPage());
    await setupContext.close();
    const texts = JSON.stringify(author.document).match(/"text":"(?:[^"\\]|\\.)*"/g) ?? [];
    const words = texts.reduce((sum, text) => sum + countWords(text.slice(8)), 0);
    console.log(`\nEditor performance budget (${appUrl}, update of ${words} words)\n`);
    await measureScripts(browser, author, appUrl);
    const lighthouse = await lighthouseScore(author.editorUrl, author.cookie, chromiumPath());
    if (lighthouse.score === null) line("Lighthouse mobile performance, editor", "unavailable", `≥ ${BUDGET.lighthouse}`, null);
    else line("Lighthouse mobile performance, editor", String(lighthouse.score), `≥ ${BUDGET.lighthouse}`, lighthouse.score >= BUDGET.lighthouse);
    if (lighthouse.unavailable) console.log(`  ${lighthouse.unavailable}`);
    else console.log(`  ${Object.entries(lighthouse.metrics).map(([id, value]) => `${id} ${Math.round(value ?? 0)}`).join(", ")}`);
    await measureTyping(browser, author);
    const saves = await autosaveTimings(author, 200);
    line(`Autosave, ${saves.count} PUTs of ${saves.bodyKiB.toFixed(0)} KiB, p95`, `${saves.p95.toFixed(1)} ms`, `≤ ${BUDGET.autosaveP95Ms} ms`, saves.p95 <= BUDGET.autosaveP95Ms);
    line("  p50 / max", `${saves.p50.toFixed(1)} / ${saves.max.toFixed(1)} ms`, "", null);
  } finally {
    await browser.close();
  }
}

async function main() {
  const [load] = (await import("node:os")).loadavg();
  if (load !== undefined && load > 1.5) console.log(`Load average ${load.toFixed(1)}: other work on this machine inflates the browser and server figures.`);
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
  buildIfNeeded();
  const servers = await startServers();
  // The sign-in flow reads its link from this mailbox.
  process.env.SMTP_MAILBOX_DIR = servers.mailboxDir;
  try {
    await measure(servers.appUrl);
  } finally {
    servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
