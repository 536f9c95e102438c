// What the browser sees: the JavaScript a page loads, and how long typing into the editor takes to
// show on screen with the CPU slowed down.
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "@playwright/test";

export type ScriptSize = { url: string; bytes: number; gzipBytes: number };
export type PageScripts = { onLoad: ScriptSize[]; onIntent: ScriptSize[] };
/** INP over all typing, and over the typing into each place on its own. */
export type Interactions = { count: number; observed: number; inp: number; max: number; paragraph: number; listItem: number };

function collectScripts(page: Page): Promise<ScriptSize | null>[] {
  const bodies: Promise<ScriptSize | null>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }))
        .catch(() => null),
    );
  });
  return bodies;
}

const loaded = async (bodies: Promise<ScriptSize | null>[]) => (await Promise.all(bodies)).filter((size): size is ScriptSize => size !== null);

/**
 * Every script `url` loads, each body gzip-compressed here at level 9, as the wire would carry it;
 * with `intent`, also the scripts loaded once the author clicks into that element.
 */
export async function scriptsLoaded(context: BrowserContext, url: string, intent?: string): Promise<PageScripts> {
  const page = await context.newPage();
  const bodies = collectScripts(page);
  await page.goto(url, { waitUntil: "networkidle" });
  const onLoad = await loaded(bodies);
  const before = bodies.length;
  if (intent) {
    await page.locator(intent).first().click();
    await page.locator(STARTED_EDITOR).waitFor();
    await page.waitForLoadState("networkidle");
  }
  const onIntent = await loaded(bodies.slice(before));
  await page.close();
  return { onLoad, onIntent };
}

/** The running editor, as opposed to the server-rendered draft shown until it starts. */
export const STARTED_EDITOR = ".ProseMirror[role=textbox]";

// Event Timing entries, kept from the start of the page, one per event that took 16 ms or more.
const OBSERVE_EVENTS = `
  window.__perfEvents = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) window.__perfEvents.push({ id: entry.interactionId, duration: entry.duration, start: entry.startTime });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
`;

/** INP as web-vitals defines it: the worst interaction, skipping one for every 50 interactions. */
export function interactionToNextPaint(durations: number[], interactions: number): number {
  const worst = [...durations].sort((a, b) => b - a);
  if (worst.length === 0) return 0;
  return worst[Math.min(worst.length - 1, Math.floor(interactions / 50))]!;
}

async function typeAt(page: Page, target: string, text: string): Promise<void> {
  const element = page.locator(target).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error(`Nothing to type into at ${target}`);
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  // About 12 keys a second: a fast typist.
  await page.keyboard.type(text, { delay: 80 });
}

// The author's choice of writing aids, as the editor keeps it on the device.
const AIDS_OFF = `window.localStorage.setItem("biweekly:writing-aids", JSON.stringify({
  weStatements: false, emptyParts: false, similarToLastTime: false, wordCounts: false }));`;

/**
 * What is typed into: the editor with the writing aids as they come, or (for comparison) with all
 * of them off, or the server-rendered draft with the page's scripts held back. That last is the
 * browser's own editing of the same text, markup and styles, with no script at all.
 */
export type TypingMode = "aids on" | "aids off" | "no script";

type EventEntry = { id: number; duration: number; start: number };

/** Each interaction's longest event, for the interactions that began at or after `from` and before `to`. */
function worstPerInteraction(entries: EventEntry[], from: number, to: number): number[] {
  const worst = new Map<number, number>();
  for (const entry of entries) {
    if (entry.start >= from && entry.start < to) worst.set(entry.id, Math.max(entry.duration, worst.get(entry.id) ?? 0));
  }
  return [...worst.values()];
}

const PARAGRAPH = "[data-goal-part='doing'] [data-part-content] > p";
const LIST_ITEM = "[data-goal-part='doing'] [data-part-content] li:nth-child(6) p";
const SENTENCE = " I checked the numbers myself and wrote them up for the finance team today.";

/**
 * Types into the 2,000-word paragraph, then into a list item of 25 words, with the CPU slowed
 * `slowdown` times. INP is given over both, and over each on its own.
 */
export async function typingInteractions(context: BrowserContext, editorUrl: string, slowdown: number, mode: TypingMode): Promise<Interactions> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_EVENTS);
  if (mode === "aids off") await page.addInitScript(AIDS_OFF);
  if (mode === "no script") await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(editorUrl, { waitUntil: "networkidle" });
  if (mode !== "no script") {
    // The editor starts on the first click; what is measured is typing into it once it runs.
    await page.locator(PARAGRAPH).first().click();
    await page.locator(mode === "aids on" ? `${STARTED_EDITOR} [data-we-statement]` : STARTED_EDITOR).first().waitFor();
  }
  await page.evaluate(() => ((window as unknown as { __perfEvents: unknown[] }).__perfEvents.length = 0));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  await typeAt(page, PARAGRAPH, SENTENCE.repeat(2));
  const listFrom = await page.evaluate(() => performance.now());
  await typeAt(page, LIST_ITEM, SENTENCE.repeat(2));
  await page.waitForTimeout(1_000);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const entries = await page.evaluate(() => (window as unknown as { __perfEvents: EventEntry[] }).__perfEvents);
  await page.close();
  // A click and every key typed, in each place; interactions faster than 16 ms leave no entry but still count.
  const each = 1 + SENTENCE.length * 2;
  const paragraph = worstPerInteraction(entries, 0, listFrom);
  const listItem = worstPerInteraction(entries, listFrom, Infinity);
  const durations = [...paragraph, ...listItem];
  return {
    count: each * 2,
    observed: durations.length,
    inp: interactionToNextPaint(durations, each * 2),
    max: Math.max(0, ...durations),
    paragraph: interactionToNextPaint(paragraph, each),
    listItem: interactionToNextPaint(listItem, each),
  };
}

/**
 * From the author's first click on the draft to the editor running with the caret in place, with
 * the CPU slowed `slowdown` times: how long a first keystroke may wait to appear.
 */
export async function editorStartMs(context: BrowserContext, editorUrl: string, slowdown: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(editorUrl, { waitUntil: "networkidle" });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  const started = page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        let clickedAt = 0;
        document.addEventListener("pointerdown", () => (clickedAt ||= performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (!clickedAt || !document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
        }).observe(document.body, { childList: true, subtree: true });
      }),
    STARTED_EDITOR,
  );
  await page.locator("[data-goal-part='doing'] [data-part-content] > p").first().click();
  const ms = await started;
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await page.close();
  return ms;
}
