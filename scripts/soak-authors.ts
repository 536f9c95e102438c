// Simulated authors for the soak: each autosaves their draft on a fixed beat, as the editor does
// (PUT /api/updates/<id>/content with the version the last save returned), with new text each
// time, never two saves of one author at once. Every answer's time and status is kept.
import { performance } from "node:perf_hooks";
import type { LoadAuthor } from "./load-servers";
import { sleep } from "./load-servers";

export type SoakTally = { latencies: number[]; errors: number; errorSamples: string[]; lastSent: Map<string, unknown>; skippedBeats: number };
export type SoakOptions = { appUrl: string; authors: LoadAuthor[]; intervalMs: number; durationMs: number };

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[]; text?: string };

const SENTENCES = [
  "I moved the importer's retry logic behind a flag and measured it against last week's traffic.",
  "The slow step turned out to be the currency lookup, which now reads from a cache.",
  "I wrote the migration guide for the finance team and walked them through it on Tuesday.",
  "Next I will split the nightly job so that one failing account no longer blocks the rest.",
  "I paired with Ana on the schema change and she led the second half of it herself.",
];

/** The author's draft with its first part rewritten: about 150 words, different on every save. */
export function draftText(template: unknown, author: number, save: number): unknown {
  const document = structuredClone(template) as Node;
  const firstPart = document.content?.[0]?.content?.[0];
  if (!firstPart) throw new Error("The draft has no goal section to write in.");
  const sentences = Array.from({ length: 8 }, (_, i) => SENTENCES[(author + save + i) % SENTENCES.length]);
  const text = `Save ${save} by author ${author}. ${sentences.join(" ")}`;
  firstPart.content = [{ type: "paragraph", content: [{ type: "text", text }] }];
  return document;
}

async function saveOnce(options: SoakOptions, author: LoadAuthor, content: unknown, version: number, tally: SoakTally): Promise<number | undefined> {
  const started = performance.now();
  try {
    const response = await fetch(`${options.appUrl}/api/updates/${author.updateId}/content`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Cookie: author.cookie, Origin: options.appUrl },
      body: JSON.stringify({ content, version }),
    });
    const body = (await response.json()) as { version?: number; error?: string };
    tally.latencies.push(performance.now() - started);
    if (response.ok && typeof body.version === "number") return body.version;
    tally.errors += 1;
    if (tally.errorSamples.length < 5) tally.errorSamples.push(`${response.status} ${body.error ?? ""}`);
  } catch (error) {
    tally.latencies.push(performance.now() - started);
    tally.errors += 1;
    if (tally.errorSamples.length < 5) tally.errorSamples.push(String(error));
  }
  return undefined;
}

/**
 * One author's beat: a save every interval from a staggered start, until the duration is up. A
 * save that answers after its next beat was due makes the author skip that beat, as the editor
 * does (it sends the latest text once the last save has answered), and the skip is counted.
 */
async function author(options: SoakOptions, index: number, startedAt: number, tally: SoakTally): Promise<void> {
  const who = options.authors[index]!;
  let version = who.version;
  const offset = (index / options.authors.length) * options.intervalMs;
  for (let beat = 0, save = 0; ; beat += 1, save += 1) {
    const behind = Math.ceil((performance.now() - startedAt - offset) / options.intervalMs);
    if (behind > beat) {
      tally.skippedBeats += behind - beat;
      beat = behind;
    }
    const due = startedAt + offset + beat * options.intervalMs;
    if (due - startedAt >= options.durationMs) return;
    await sleep(Math.max(0, due - performance.now()));
    const content = draftText(who.template, index, save);
    const saved = await saveOnce(options, who, content, version, tally);
    // Only what the server acknowledged is what must be stored; a refused save is counted above.
    if (saved !== undefined) {
      version = saved;
      tally.lastSent.set(who.updateId, content);
    }
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakTally> {
  const tally: SoakTally = { latencies: [], errors: 0, errorSamples: [], lastSent: new Map(), skippedBeats: 0 };
  const startedAt = performance.now();
  await Promise.all(options.authors.map((_, index) => author(options, index, startedAt, tally)));
  return tally;
}
