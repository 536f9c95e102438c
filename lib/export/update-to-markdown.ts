import {
  anythingElseOf,
  ANYTHING_ELSE_LABEL,
  CYCLE_STATUS_LABELS,
  cycleStatus,
  EMPTY_PART_TEXT,
  goalSectionsOf,
  PART_LABELS,
  type GoalSectionNode,
} from "@/lib/content/document";
import { formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { blocksToMarkdown } from "./blocks-to-markdown";
import { escapeMarkdown } from "./escape-markdown";
import type { ExportedUpdate } from "./history-export-schema";
import { readDocument } from "./read-document";

export type UpdateToMarkdownOptions = {
  update: ExportedUpdate;
  timeZone: string;
  /** The update's own heading level: 1 for a file of its own, 2 inside the whole history. */
  level?: 1 | 2;
};

const heading = (level: number, text: string) => `${"#".repeat(level)} ${escapeMarkdown(text)}`;
const names = (people: Array<{ name: string; address: string }>) => people.map((p) => p.name || p.address).join(", ");

export function updateTitle(update: ExportedUpdate, timeZone: string): string {
  return `Update due ${formatDayDate(new Date(update.dueAt), timeZone)}`;
}

/** Where the update stands, in one line: when it went and to whom, or why the cycle was skipped. */
function standing(update: ExportedUpdate, timeZone: string): string {
  const at = (iso: string) => formatDateTime(new Date(iso), timeZone);
  if (update.state === "SKIPPED") return `Skipped: ${update.skipReason ?? "no reason given"}`;
  const message = update.message;
  const recipients = message ? ` to ${names(message.to)}${message.cc.length > 0 ? `, cc ${names(message.cc)}` : ""}` : "";
  if (update.sentAt) return `Sent ${at(update.sentAt)}${recipients}${update.late ? ` (late: it was due ${at(update.dueAt)})` : ""}`;
  if (update.state === "DRAFT") return "Draft, not sent";
  if (update.state === "FAILED") return `Not delivered${recipients}: ${message?.lastError ?? "the mail server refused it"}`;
  return `Approved, waiting to send${recipients}`;
}

function goalToMarkdown(section: GoalSectionNode, level: number): string {
  const status = cycleStatus(section.attrs.status);
  const lines = [heading(level, section.attrs.title)];
  if (status) lines.push(`Status: ${CYCLE_STATUS_LABELS[status]}`);
  for (const part of section.content) {
    const body = blocksToMarkdown(part.content);
    lines.push(heading(level + 1, PART_LABELS[part.attrs.kind]), body || `_${escapeMarkdown(EMPTY_PART_TEXT)}_`);
  }
  return lines.join("\n\n");
}

/** One update as Markdown, from the stored document: the author's words, formatted, never changed. */
export function updateToMarkdown({ update, timeZone, level = 1 }: UpdateToMarkdownOptions): string {
  const parts = [heading(level, updateTitle(update, timeZone)), escapeMarkdown(standing(update, timeZone))];
  if (update.state === "SKIPPED") {
    if (update.skipNote) parts.push(`Note to ${escapeMarkdown(names(update.message?.to ?? []) || "the boss")}: ${escapeMarkdown(update.skipNote)}`);
    return parts.join("\n\n") + "\n";
  }
  const document = readDocument(update.document);
  if (!document) {
    parts.push("_This update could not be read as a document here; the JSON export holds it exactly as stored._");
    return parts.join("\n\n") + "\n";
  }
  for (const section of goalSectionsOf(document)) parts.push(goalToMarkdown(section, level + 1));
  const anythingElse = blocksToMarkdown(anythingElseOf(document)?.content ?? []);
  if (anythingElse) parts.push(heading(level + 1, ANYTHING_ELSE_LABEL), anythingElse);
  return parts.join("\n\n") + "\n";
}
