import { blocksToText } from "./blocks-to-text";
import { EMPTY_PART_TEXT, PART_LABELS, partKind, type GoalSectionNode, type UpdateDocument } from "./document";

export type RenderTextOptions = { ownerName: string };

function sectionToText(section: GoalSectionNode, ownerName: string): string {
  const title = section.attrs.title;
  const lines = [title, "=".repeat(Math.max(3, Math.min(title.length, 72))), `Owner: ${ownerName}`];
  for (const part of section.content) {
    const text = blocksToText(part.content);
    lines.push("", PART_LABELS[partKind(part.attrs.kind)], text === "" ? EMPTY_PART_TEXT : text);
  }
  return lines.join("\n");
}

/**
 * The update as plain text, for the text part of the email: the same goals, owner line, labels
 * and words as the HTML, with lists as "- " and "1. ", quotes as "> " and links as "text <url>".
 */
export function renderDocumentText(doc: UpdateDocument, options: RenderTextOptions): string {
  return `${doc.content.map((section) => sectionToText(section, options.ownerName)).join("\n\n\n")}\n`;
}
