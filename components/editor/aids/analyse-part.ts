// What the aids need to know about one part. Parts are immutable nodes, so a part the author did
// not touch keeps its analysis: typing only costs the part being typed in.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { blocksToText } from "@/lib/content/blocks-to-text";
import type { BlockNode } from "@/lib/content/document";
import { isStale } from "@/lib/content/similarity";
import { findWeStatements } from "@/lib/content/we-statements";
import { countWords } from "@/lib/content/word-count";

export type PartAnalysis = {
  words: number;
  empty: boolean;
  /** "We"-statements as offsets from the start of the part's content. */
  weStatements: { from: number; to: number }[];
  /** The part as plain text, as it is stored for the goal. */
  text: string;
  staleAgainst?: { previous: string; stale: boolean };
};

const cache = new WeakMap<ProseMirrorNode, PartAnalysis>();

function weStatementsIn(part: ProseMirrorNode): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  part.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // One character per inline leaf, so offsets in the string are offsets in the block.
    const text = node.textBetween(0, node.content.size, "\n", " ");
    for (const match of findWeStatements(text)) found.push({ from: pos + 1 + match.from, to: pos + 1 + match.to });
    return false;
  });
  return found;
}

export function analysePart(part: ProseMirrorNode): PartAnalysis {
  const known = cache.get(part);
  if (known) return known;
  const plain = part.textBetween(0, part.content.size, "\n", " ");
  const analysis: PartAnalysis = {
    words: countWords(plain),
    empty: plain.trim() === "",
    weStatements: weStatementsIn(part),
    text: blocksToText((part.toJSON() as { content?: BlockNode[] }).content ?? []),
  };
  cache.set(part, analysis);
  return analysis;
}

/** Whether the part repeats `previous`; remembered while neither changes. */
export function partIsStale(part: ProseMirrorNode, previous: string): boolean {
  const analysis = analysePart(part);
  if (analysis.staleAgainst?.previous !== previous) {
    analysis.staleAgainst = { previous, stale: isStale(analysis.text, previous) };
  }
  return analysis.staleAgainst.stale;
}
