// The update's word count as the writing aids count it, read from its stored form (the editor may
// not have started yet): each paragraph on its own, a line break as a space.
import type { JSONContent } from "@tiptap/core";
import { countWords } from "./word-count";

function blockText(block: JSONContent): string {
  return (block.content ?? []).map((inline) => (inline.type === "text" ? (inline.text ?? "") : " ")).join("");
}

/** Words in every paragraph (and code block) of `doc`. */
export function documentWordCount(doc: JSONContent): number {
  if (doc.type === "paragraph" || doc.type === "codeBlock") return countWords(blockText(doc));
  return (doc.content ?? []).reduce((sum, child) => sum + documentWordCount(child), 0);
}
