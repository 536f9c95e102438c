// The aids' decorations: a node decoration on every part (its word count and flags, read by the
// part's label) and an inline one on every "we"-statement. Built once for the whole document,
// then kept up to date block by block as the author types.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { AidSettings } from "./aid-settings";
import { analyseBlock, analysePart, forEachBlock, partIsStale } from "./analyse-part";

/** What a part's label shows; carried on the part's node decoration. */
export type PartAidSpec = { aidWords: number | null; aidEmpty: boolean; aidStale: boolean };

/** Where each part starts, and last time's text for it when there is one. An optional part is never marked empty. */
export type PartPlace = { part: ProseMirrorNode; start: number; previous: string | undefined; optional?: boolean };

export const WE_STATEMENT_HINT = "Say what your part was";

const WE_ATTRS = {
  class:
    "rounded-sm bg-amber-100/70 underline decoration-amber-500 decoration-2 underline-offset-2 " +
    "dark:bg-amber-400/15 dark:decoration-amber-400",
  title: WE_STATEMENT_HINT,
  "data-we-statement": "",
};
const WE_SPEC = { weStatement: true };

const isWeSpec = (spec: unknown) => spec === WE_SPEC;
const isPartSpec = (spec: unknown): spec is PartAidSpec => typeof spec === "object" && spec !== null && "aidWords" in spec;

/** The "we"-statements of the textblock at `pos` (its opening position in the document). */
export function weDecorations(block: ProseMirrorNode, pos: number): Decoration[] {
  return analyseBlock(block).weStatements.map(({ from, to }) => Decoration.inline(pos + 1 + from, pos + 1 + to, WE_ATTRS, WE_SPEC));
}

/** The part's node decoration; `stale` is last time's verdict when it is not to be checked now. */
export function partDecoration({ part, start, previous, optional }: PartPlace, settings: AidSettings, stale?: boolean): Decoration {
  const analysis = analysePart(part);
  const spec: PartAidSpec = {
    aidWords: settings.wordCounts ? analysis.words : null,
    aidEmpty: settings.emptyParts && analysis.empty && !optional,
    aidStale: settings.similarToLastTime && previous !== undefined && (stale ?? partIsStale(part, previous)),
  };
  const attrs: Record<string, string> = {};
  if (spec.aidEmpty) attrs["data-aid-empty"] = "";
  if (spec.aidStale) attrs["data-aid-stale"] = "";
  return Decoration.node(start, start + part.nodeSize, attrs, spec);
}

/** Every aid decoration in the document. */
export function allDecorations(doc: ProseMirrorNode, places: PartPlace[], settings: AidSettings): DecorationSet {
  const found: Decoration[] = [];
  for (const place of places) {
    found.push(partDecoration(place, settings));
    if (settings.weStatements) forEachBlock(place.part, (block, offset) => found.push(...weDecorations(block, place.start + 1 + offset)));
  }
  return DecorationSet.create(doc, found);
}

/** How many "we"-statements `set` highlights between `from` and `to`. */
export function highlightsBetween(set: DecorationSet, from: number, to: number): number {
  return set.find(from, to, isWeSpec).length;
}

/** The part's current node decoration, if it has one. */
export function findPartDecoration(set: DecorationSet, { part, start }: PartPlace): Decoration | undefined {
  return set.find(start, start + part.nodeSize, isPartSpec).find((d) => d.from === start && d.to === start + part.nodeSize);
}

/** Whether the part is flagged as like last time, as its decoration says now. */
export function shownStale(set: DecorationSet, place: PartPlace): boolean {
  const spec = findPartDecoration(set, place)?.spec as unknown;
  return isPartSpec(spec) && spec.aidStale;
}

type Range = { from: number; to: number };

/** The textblocks that `ranges` touch, by their position in `doc`. */
function touchedBlocks(doc: ProseMirrorNode, ranges: Range[]): Map<number, ProseMirrorNode> {
  const touched = new Map<number, ProseMirrorNode>();
  for (const { from, to } of ranges) {
    doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node, pos) => {
      if (!node.isTextblock) return true;
      touched.set(pos, node);
      return false;
    });
  }
  return touched;
}

/**
 * Re-reads the textblocks that `ranges` touch and redraws only the "we"-statements that appeared
 * or went: most keystrokes change none, and a block may hold hundreds.
 */
export function refreshBlocks(set: DecorationSet, doc: ProseMirrorNode, ranges: Range[]): DecorationSet {
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  for (const [pos, block] of touchedBlocks(doc, ranges)) {
    const shown = new Map(set.find(pos, pos + block.nodeSize, isWeSpec).map((d) => [`${d.from}:${d.to}`, d]));
    for (const decoration of weDecorations(block, pos)) {
      const key = `${decoration.from}:${decoration.to}`;
      if (shown.has(key)) shown.delete(key);
      else added.push(decoration);
    }
    removed.push(...shown.values());
  }
  if (removed.length === 0 && added.length === 0) return set;
  return set.remove(removed).add(doc, added);
}
