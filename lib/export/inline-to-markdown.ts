import type { InlineNode, TextMark, TextNode } from "@/lib/content/document";
import { isAllowedLinkUrl } from "@/lib/content/link-url";
import { escapeMarkdown, inlineCode, linkTarget } from "./escape-markdown";

/** Stretches of a paragraph's plain text (offsets as in inlinePlainText) to mark for the author. */
export type Highlight = { from: number; to: number };

const hasMark = (node: TextNode, type: TextMark["type"]) => node.marks?.some((mark) => mark.type === type) ?? false;

function linkHref(node: InlineNode): string | null {
  if (node.type !== "text") return null;
  const link = node.marks?.find((mark) => mark.type === "link");
  return link?.type === "link" && isAllowedLinkUrl(link.attrs.href) ? link.attrs.href : null;
}

/** Emphasis around words only: "** a**" would not read as bold, so the spaces stay outside. */
function wrap(text: string, delimiter: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${delimiter}${match[2]}${delimiter}${match[3]}` : text;
}

function styled(node: TextNode, text: string): string {
  if (hasMark(node, "code")) return inlineCode(text);
  let out = escapeMarkdown(text);
  if (hasMark(node, "italic")) out = wrap(out, "_");
  if (hasMark(node, "bold")) out = wrap(out, "**");
  return out;
}

/** A paragraph's text as the reader sees it: what highlights are measured against. */
export function inlinePlainText(nodes: InlineNode[] = []): string {
  return nodes.map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

/** Splits text nodes where a highlight starts or ends, and says which pieces lie inside one. */
function pieces(nodes: InlineNode[], highlights: Highlight[]) {
  const cuts = highlights.flatMap((h) => [h.from, h.to]);
  const out: Array<{ node: InlineNode; text: string; marked: boolean }> = [];
  let offset = 0;
  for (const node of nodes) {
    const text = node.type === "text" ? node.text : "\n";
    const bounds = [0, ...cuts.map((cut) => cut - offset).filter((at) => at > 0 && at < text.length), text.length].sort((a, b) => a - b);
    for (let i = 0; i + 1 < bounds.length; i += 1) {
      const at = offset + bounds[i]!;
      out.push({ node, text: text.slice(bounds[i], bounds[i + 1]), marked: highlights.some((h) => at >= h.from && at < h.to) });
    }
    offset += text.length;
  }
  return out;
}

/**
 * Inline content as Markdown: bold, italic, code and links as Markdown, the words escaped.
 * Highlighted stretches are wrapped in <mark>, which Markdown readers show highlighted and plain
 * text shows as a visible tag; the words inside stay exactly as written.
 */
export function inlineToMarkdown(nodes: InlineNode[] = [], highlights: Highlight[] = []): string {
  let out = "";
  let open = false;
  let openHref: string | null = null;
  for (const { node, text, marked } of pieces(nodes, highlights)) {
    const href = linkHref(node);
    if (openHref !== null && href !== openHref) out += `](${linkTarget(openHref)})`;
    if (marked !== open) out += marked ? "<mark>" : "</mark>";
    open = marked;
    if (href !== null && href !== openHref) out += "[";
    openHref = href;
    out += node.type === "hardBreak" ? "\\\n" : styled(node, text);
  }
  if (openHref !== null) out += `](${linkTarget(openHref)})`;
  if (open) out += "</mark>";
  return out;
}
