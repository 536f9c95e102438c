/** A piece of a snippet: the author's text as written, and whether it is a word they searched for. */
export type SnippetPart = { text: string; hit: boolean };

const SNIPPET_CHARS = 160;

/** Letters with their accents removed, so "café" is found by "cafe" as both databases find it. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Where each whole word of `text` starts and ends. */
function wordsOf(text: string): { start: number; end: number; folded: string }[] {
  return [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
}

/** A window of about SNIPPET_CHARS around the first hit, cut at word boundaries. */
function windowAround(text: string, at: number): { from: number; to: number } {
  let from = Math.max(0, at - SNIPPET_CHARS / 3);
  let to = Math.min(text.length, from + SNIPPET_CHARS);
  from = Math.max(0, Math.min(from, to - SNIPPET_CHARS));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  return { from, to };
}

/**
 * The part of an update's text around the first word searched for, split into plain pieces and
 * hits. The pieces are text, never markup: the page renders them as text and marks the hits, so
 * whatever the author wrote shows as they wrote it.
 */
export function snippetParts(body: string, terms: string[]): SnippetPart[] {
  const text = body.replace(/\s+/g, " ").trim();
  const wanted = new Set(terms.map(fold));
  const hits = wordsOf(text).filter((word) => wanted.has(word.folded));
  const { from, to } = windowAround(text, hits[0]?.start ?? 0);
  const parts: SnippetPart[] = [];
  let at = from;
  for (const hit of hits.filter((h) => h.start >= from && h.end <= to)) {
    if (hit.start > at) parts.push({ text: text.slice(at, hit.start), hit: false });
    parts.push({ text: text.slice(hit.start, hit.end), hit: true });
    at = hit.end;
  }
  if (to > at) parts.push({ text: text.slice(at, to), hit: false });
  if (from > 0) parts.unshift({ text: "… ", hit: false });
  if (to < text.length) parts.push({ text: " …", hit: false });
  return parts;
}
