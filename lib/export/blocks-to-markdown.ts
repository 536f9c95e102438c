import type { BlockNode, InlineNode, ListItemNode } from "@/lib/content/document";
import { codeFence } from "./escape-markdown";
import { inlinePlainText, inlineToMarkdown, type Highlight } from "./inline-to-markdown";

/** Decides, per paragraph, which stretches of its text to mark; none by default. */
export type HighlightParagraph = (plainText: string) => Highlight[];

const noHighlights: HighlightParagraph = () => [];

function indent(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? first + line : line === "" ? "" : rest + line))
    .join("\n");
}

function listItemToMarkdown(item: ListItemNode, marker: string, highlight: HighlightParagraph): string {
  return indent(blocksToMarkdown(item.content, highlight), marker, " ".repeat(marker.length));
}

function hasWords(block: BlockNode | ListItemNode | InlineNode): boolean {
  if (block.type === "text") return block.text.trim() !== "";
  if (block.type === "hardBreak") return false;
  return (block.content ?? []).some((child: BlockNode | ListItemNode | InlineNode) => hasWords(child));
}

function blockToMarkdown(block: BlockNode, highlight: HighlightParagraph): string {
  switch (block.type) {
    case "paragraph":
      return inlineToMarkdown(block.content, highlight(inlinePlainText(block.content)));
    case "bulletList":
      return block.content.map((item) => listItemToMarkdown(item, "- ", highlight)).join("\n");
    case "orderedList": {
      const start = block.attrs?.start ?? 1;
      return block.content.map((item, index) => listItemToMarkdown(item, `${start + index}. `, highlight)).join("\n");
    }
    case "blockquote":
      return indent(blocksToMarkdown(block.content, highlight), "> ", "> ").replace(/^$/gm, ">");
    case "codeBlock":
      return codeFence((block.content ?? []).map((node) => node.text).join(""), block.attrs?.language);
  }
}

/** Blocks as Markdown, a blank line between them; blocks with no words are left out. */
export function blocksToMarkdown(blocks: BlockNode[], highlight: HighlightParagraph = noHighlights): string {
  return blocks
    .filter(hasWords)
    .map((block) => blockToMarkdown(block, highlight))
    .join("\n\n");
}
