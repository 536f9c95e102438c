// The aids' decorations: a node decoration on every part (its word count and flags, read by the
// part's label) and an inline one on every "we"-statement. Both are read from the document as it
// stands; between readings they are only moved along with the author's edits, and the
// "we"-statements step aside from the blocks being typed in.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { AidSettings } from "./aid-settings";
import { analyseBlock, analysePart, forEachBlock, partIsStale } from "./analyse-part";

/** What a part's label shows; carried on the part's node decoration. */
export type PartAidSpec = { aidWords: number | null; aidEmpty: boolean; aidStale: boolean };

/** Where each part starts, and last time's text for it when there is one. An optional part is never marked empty. */
export type PartPlace = { part: ProseMirrorNode; start: number; previous: string | undefined; optional?: boolean };

/** The parts' label aids, and the "we"-statements: two sets, as they are kept up to date differently. */
export type AidDecorations = { parts: DecorationSet; we: DecorationSet };

export const WE_STATEMENT_HINT = "Say what your part was";

const WE_ATTRS = {
  class:
    "rounded-sm bg-amber-100/70 underline decoration-amber-500 decoration-2 underline-offset-2 " +
    "dark:bg-amber-400/15 dark:decoration-amber-400",
  title: WE_STATEMENT_HINT,
  "data-we-statement": "",
};

/** The "we"-statements of the textblock at `pos` (its opening position in the document). */
function weDecorations(block: ProseMirrorNode, pos: number): Decoration[] {
  return analyseBlock(block).weStatements.map(({ from, to }) => Decoration.inline(pos + 1 + from, pos + 1 + to, WE_ATTRS));
}

/**
 * The part's node decoration. Its attributes carry every figure the label shows, so the editor
 * redraws the label whenever one of them changes, even when the part itself did not.
 */
function partDecoration({ part, start, previous, optional }: PartPlace, settings: AidSettings): Decoration {
  const analysis = analysePart(part);
  const spec: PartAidSpec = {
    aidWords: settings.wordCounts ? analysis.words : null,
    aidEmpty: settings.emptyParts && analysis.empty && !optional,
    aidStale: settings.similarToLastTime && previous !== undefined && partIsStale(part, previous),
  };
  const attrs: Record<string, string> = {};
  if (spec.aidWords !== null) attrs["data-aid-words"] = String(spec.aidWords);
  if (spec.aidEmpty) attrs["data-aid-empty"] = "";
  if (spec.aidStale) attrs["data-aid-stale"] = "";
  return Decoration.node(start, start + part.nodeSize, attrs, spec);
}

/**
 * Every aid decoration in the document. Nodes are immutable and their analyses are remembered,
 * so only the blocks changed since the last reading are read again.
 */
export function readAidDecorations(doc: ProseMirrorNode, places: PartPlace[], settings: AidSettings): AidDecorations {
  const parts: Decoration[] = [];
  const we: Decoration[] = [];
  for (const place of places) {
    parts.push(partDecoration(place, settings));
    if (settings.weStatements) forEachBlock(place.part, (block, offset) => we.push(...weDecorations(block, place.start + 1 + offset)));
  }
  return { parts: DecorationSet.create(doc, parts), we: DecorationSet.create(doc, we) };
}

/** How many "we"-statements `we` holds between `from` and `to`. */
export function highlightsBetween(we: DecorationSet, from: number, to: number): number {
  return we.find(from, to).length;
}

type Range = { from: number; to: number };

/**
 * `we` without the "we"-statements of the textblocks that `ranges` touch. Typing into a block
 * whose words are wrapped in highlights makes the editor redraw the block and the browser lay it
 * out again on every key, which in a long block is slower than a key may be. So a block's
 * highlights step aside while it is typed in, and come back when the document is read again.
 */
export function withoutTypedBlocks(we: DecorationSet, doc: ProseMirrorNode, ranges: Range[]): DecorationSet {
  const typedIn: Decoration[] = [];
  for (const { from, to } of ranges) {
    const $from = doc.resolve(Math.max(0, Math.min(from, doc.content.size)));
    const $to = doc.resolve(Math.max(0, Math.min(to, doc.content.size)));
    const start = $from.parent.isTextblock ? $from.start() : from;
    const end = $to.parent.isTextblock ? $to.end() : to;
    typedIn.push(...we.find(start, end));
  }
  return typedIn.length === 0 ? we : we.remove(typedIn);
}
