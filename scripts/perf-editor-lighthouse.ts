// Lighthouse's mobile performance score for one page, signed in through a session cookie, driving
// the machine's Chromium. Lighthouse's default settings are the mobile ones (a mid-range phone,
// simulated slow 4G and a 4x slower CPU).
import { existsSync } from "node:fs";

export type LighthouseResult = { score: number | null; metrics: Record<string, number | undefined>; unavailable?: string };

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

export async function lighthouseScore(url: string, cookie: string, chromePath: string | undefined): Promise<LighthouseResult> {
  if (!chromePath || !existsSync(chromePath)) return { score: null, metrics: {}, unavailable: "no Chromium found" };
  let modules: [typeof import("lighthouse"), typeof import("chrome-launcher")];
  try {
    modules = await Promise.all([import("lighthouse"), import("chrome-launcher")]);
  } catch (error) {
    return { score: null, metrics: {}, unavailable: `Lighthouse is not installed (${(error as Error).message})` };
  }
  const [{ default: lighthouse }, chromeLauncher] = modules;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      extraHeaders: { Cookie: cookie },
    });
    const lhr = result?.lhr;
    if (!lhr) return { score: null, metrics: {}, unavailable: "Lighthouse returned no report" };
    const score = lhr.categories.performance?.score;
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue]));
    return { score: typeof score === "number" ? Math.round(score * 100) : null, metrics };
  } finally {
    await chrome.kill();
  }
}
