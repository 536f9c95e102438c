import { blocksToText } from "./blocks-to-text";
import {
  ANYTHING_ELSE_LABEL,
  CYCLE_STATUS_LABELS,
  cycleStatus,
  EMPTY_PART_TEXT,
  PART_LABELS,
  partKind,
  type GoalSectionNode,
  type SectionNode,
  type UpdateDocument,
} from "./document";
import { sendableDocument } from "./sendable-document";

export type RenderTextOptions = {
  ownerName: string;
  /** Goals handed over to someone else since the update was begun: goal id to their owner's name. */
  otherOwners?: Record<string, string>;
};

const underlined = (title: string) => [title, "=".repeat(Math.max(3, Math.min(title.length, 72)))];

function goalToText(section: GoalSectionNode, options: RenderTextOptions): string {
  const ownerName = options.otherOwners?.[section.attrs.goalId] ?? options.ownerName;
  const lines = [...underlined(section.attrs.title), `Owner: ${ownerName}`];
  const status = cycleStatus(section.attrs.status);
  if (status) lines.push(`Status: ${CYCLE_STATUS_LABELS[status]}`);
  for (const part of section.content) {
    const text = blocksToText(part.content);
    lines.push("", PART_LABELS[partKind(part.attrs.kind)], text === "" ? EMPTY_PART_TEXT : text);
  }
  return lines.join("\n");
}

function sectionToText(section: SectionNode, options: RenderTextOptions): string {
  if (section.type === "goalSection") return goalToText(section, options);
  return [...underlined(ANYTHING_ELSE_LABEL), "", blocksToText(section.content)].join("\n");
}

/**
 * The update as plain text, for the text part of the email: the same goals, owner line, labels
 * and words as the HTML, with lists as "- " and "1. ", quotes as "> " and links as "text <url>".
 */
export function renderDocumentText(doc: UpdateDocument, options: RenderTextOptions): string {
  return `${sendableDocument(doc).content.map((section) => sectionToText(section, options)).join("\n\n\n")}\n`;
}
