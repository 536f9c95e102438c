import { isAllowedLinkUrl } from "./link-url";
import type { BlockNode, InlineNode, LinkAttrs, ListItemNode, TextNode } from "./document";

function linkOf(node: InlineNode): LinkAttrs | null {
  if (node.type !== "text") return null;
  const link = node.marks?.find((mark) => mark.type === "link");
  return link && link.type === "link" ? link.attrs : null;
}

function linkSuffix(text: string, href: string): string {
  if (!isAllowedLinkUrl(href)) return "";
  const shown = text.trim();
  if (shown === href || `mailto:${shown}` === href) return "";
  return ` <${href}>`;
}

/** Inline content as plain text; a link reads "its text <its address>" once per link. */
export function inlineToText(nodes: InlineNode[] = []): string {
  let out = "";
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i]!;
    if (node.type === "hardBreak") {
      out += "\n";
      continue;
    }
    const link = linkOf(node);
    if (!link) {
      out += node.text;
      continue;
    }
    // A link may span several text nodes (part of it bold): gather them first.
    let text = node.text;
    while (i + 1 < nodes.length && linkOf(nodes[i + 1]!)?.href === link.href) {
      i += 1;
      text += (nodes[i] as TextNode).text;
    }
    out += text + linkSuffix(text, link.href);
  }
  return out;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, index) => (line === "" && index > 0 ? rest.trimEnd() : (index === 0 ? first : rest) + line))
    .join("\n");
}

function listItemToText(item: ListItemNode, marker: string): string {
  const body = item.content.map(blockToText).join("\n");
  return prefixLines(body, marker, " ".repeat(marker.length));
}

function blockToText(block: BlockNode): string {
  switch (block.type) {
    case "paragraph":
      return inlineToText(block.content);
    case "bulletList":
      return block.content.map((item) => listItemToText(item, "- ")).join("\n");
    case "orderedList": {
      const start = block.attrs?.start ?? 1;
      return block.content.map((item, index) => listItemToText(item, `${start + index}. `)).join("\n");
    }
    case "blockquote":
      return prefixLines(blocksToText(block.content), "> ", "> ");
    case "codeBlock":
      return prefixLines((block.content ?? []).map((node) => node.text).join(""), "    ", "    ");
  }
}

function hasText(node: BlockNode | ListItemNode | InlineNode): boolean {
  if (node.type === "text") return node.text.trim() !== "";
  if (node.type === "hardBreak") return false;
  return (node.content ?? []).some((child: BlockNode | ListItemNode | InlineNode) => hasText(child));
}

/** Blocks as plain text, a blank line between them; blocks with no words are left out. */
export function blocksToText(blocks: BlockNode[]): string {
  return blocks.filter(hasText).map(blockToText).join("\n\n");
}
