// Server time to autosave the long update: sequential PUTs to the autosave route on loopback, each
// a real change on top of the version the previous save returned, timed from request to answer.
import { performance } from "node:perf_hooks";
import { goalSectionsOf, type UpdateDocument } from "../lib/content/document";
import { saveDocument, type PerfAuthor } from "./perf-editor-author";

export type Timings = { count: number; p50: number; p95: number; max: number; bodyKiB: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** The document with `n` appended to the first part's first paragraph, as if one word was typed. */
function edited(document: UpdateDocument, n: number): UpdateDocument {
  const copy = structuredClone(document);
  const first = goalSectionsOf(copy)[0]!.content[0].content[0]!;
  if (first.type === "paragraph" && first.content?.[0]?.type === "text") first.content[0].text += ` edit${n}`;
  return copy;
}

export async function autosaveTimings(author: PerfAuthor, saves: number): Promise<Timings> {
  const url = `${new URL(author.editorUrl).origin}/api/updates/${author.updateId}/content`;
  const times: number[] = [];
  // Typing in the browser saved newer versions: start again from the long update as it was.
  let version = await saveDocument(author, author.document, author.version);
  let bodyBytes = 0;
  for (let i = 0; i < saves; i += 1) {
    const body = JSON.stringify({ content: edited(author.document, i), version });
    bodyBytes = body.length;
    const started = performance.now();
    const response = await fetch(url, { method: "PUT", headers: { "Content-Type": "application/json", Cookie: author.cookie, Origin: new URL(url).origin }, body });
    const answer = (await response.json()) as { version?: number; error?: string };
    times.push(performance.now() - started);
    if (!response.ok || answer.version === undefined) throw new Error(`Autosave ${i} failed: ${response.status} ${answer.error}`);
    version = answer.version;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { count: saves, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0, bodyKiB: bodyBytes / 1024 };
}
