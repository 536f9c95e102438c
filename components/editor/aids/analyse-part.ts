// What the aids need to know about one part. Nodes are immutable, so a block or a part the author
// did not touch keeps its analysis: a keystroke only costs the block it lands in.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { blocksToText } from "@/lib/content/blocks-to-text";
import type { BlockNode } from "@/lib/content/document";
import { isStale } from "@/lib/content/similarity";
import { findWeStatements } from "@/lib/content/we-statements";
import { countWords } from "@/lib/content/word-count";

export type Span = { from: number; to: number };

export type BlockAnalysis = {
  words: number;
  blank: boolean;
  /** "We"-statements as offsets from the start of the block's content. */
  weStatements: Span[];
};

export type PartAnalysis = { words: number; empty: boolean; weStatements: number };

type StaleCheck = { previous: string; stale: boolean };

const blocks = new WeakMap<ProseMirrorNode, BlockAnalysis>();
const parts = new WeakMap<ProseMirrorNode, PartAnalysis>();
const staleChecks = new WeakMap<ProseMirrorNode, StaleCheck>();

/** One textblock: its words, whether it has any, and where it says "we". */
export function analyseBlock(block: ProseMirrorNode): BlockAnalysis {
  const known = blocks.get(block);
  if (known) return known;
  // One character per inline leaf, so offsets in the string are offsets in the block.
  const text = block.textBetween(0, block.content.size, "\n", " ");
  const analysis = {
    words: countWords(text),
    blank: text.trim() === "",
    weStatements: findWeStatements(text).map(({ from, to }) => ({ from, to })),
  };
  blocks.set(block, analysis);
  return analysis;
}

/** Calls `visit` with every textblock in `part` and its offset from the part's content start. */
export function forEachBlock(part: ProseMirrorNode, visit: (block: ProseMirrorNode, offset: number) => void): void {
  part.descendants((node, offset) => {
    if (!node.isTextblock) return true;
    visit(node, offset);
    return false;
  });
}

/** The part's word count, emptiness and number of "we"-statements, summed over its blocks. */
export function analysePart(part: ProseMirrorNode): PartAnalysis {
  const known = parts.get(part);
  if (known) return known;
  const analysis = { words: 0, empty: true, weStatements: 0 };
  forEachBlock(part, (block) => {
    const found = analyseBlock(block);
    analysis.words += found.words;
    analysis.empty &&= found.blank;
    analysis.weStatements += found.weStatements.length;
  });
  parts.set(part, analysis);
  return analysis;
}

/** Whether the part repeats `previous` (plain text as stored); remembered while neither changes. */
export function partIsStale(part: ProseMirrorNode, previous: string): boolean {
  const known = staleChecks.get(part);
  if (known?.previous === previous) return known.stale;
  const text = blocksToText((part.toJSON() as { content?: BlockNode[] }).content ?? []);
  const check = { previous, stale: isStale(text, previous) };
  staleChecks.set(part, check);
  return check.stale;
}
