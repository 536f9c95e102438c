import { blocksToText } from "./blocks-to-text";
import { goalSectionsOf, type BlockNode, type UpdateDocument } from "./document";

/** One thing the author asked for, in their words, under the goal it belongs to. */
export type Ask = { goalId: string; goalTitle: string; text: string };

/** Each list item is one ask, and so is each paragraph, quote or code block. */
function asksIn(blocks: BlockNode[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "bulletList" || block.type === "orderedList") {
      return block.content.map((item) => blocksToText(item.content));
    }
    return [blocksToText([block])];
  });
}

/** The asks of an update: every item or paragraph of every goal's "Where I need help", in order. */
export function extractAsks(doc: UpdateDocument): Ask[] {
  return goalSectionsOf(doc).flatMap((section) => {
    const help = section.content.find((part) => part.attrs.kind === "help");
    if (!help) return [];
    return asksIn(help.content)
      .map((text) => text.trim())
      .filter((text) => text !== "")
      .map((text) => ({ goalId: section.attrs.goalId, goalTitle: section.attrs.title, text }));
  });
}
