import { goalSectionsOf, type BlockNode } from "@/lib/content/document";
import { findWeStatements } from "@/lib/content/we-statements";
import { formatDate } from "@/lib/schedule/format";
import { blocksToMarkdown } from "./blocks-to-markdown";
import { escapeMarkdown } from "./escape-markdown";
import type { Highlight } from "./inline-to-markdown";
import type { HistoryExport } from "./history-export-schema";
import { readDocument } from "./read-document";

type Entry = { at: Date; progress: BlockNode[] };
type Story = { title: string; entries: Entry[] };

const SENTENCE = /[^.!?…\n]+(?:[.!?…]+["'’”)\]]*|$)/g;

/** The sentences of a paragraph that speak of "we", "our" or "the team": where to say "I". */
export function weSentences(text: string): Highlight[] {
  const found: Highlight[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const lead = match[0].length - match[0].trimStart().length;
    const from = match.index + lead;
    const to = match.index + match[0].trimEnd().length;
    if (to > from && findWeStatements(text.slice(from, to)).length > 0) found.push({ from, to });
  }
  return found;
}

/** Each goal's progress in the updates that went out, keyed by goal, in the goals' order. */
function stories(history: HistoryExport): Story[] {
  const byGoal = new Map<string, Story>(history.goals.map((goal) => [goal.id, { title: goal.title, entries: [] }]));
  const told = history.updates.filter((update) => update.state !== "DRAFT" && update.state !== "SKIPPED");
  for (const update of told) {
    const at = new Date(update.sentAt ?? update.dueAt);
    for (const section of goalSectionsOf(readDocument(update.document) ?? { type: "doc", content: [] })) {
      const story = byGoal.get(section.attrs.goalId) ?? { title: section.attrs.title, entries: [] };
      byGoal.set(section.attrs.goalId, story);
      const progress = section.content.find((part) => part.attrs.kind === "progress")?.content ?? [];
      story.entries.push({ at, progress });
    }
  }
  for (const story of byGoal.values()) story.entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  return [...byGoal.values()];
}

/**
 * For each goal, in date order, the progress the author reported, with its dates. Sentences that
 * say "we" are marked so the author can rewrite them as what they did; nothing is rewritten here.
 */
export function careerStory(history: HistoryExport): string {
  const zone = history.profile.timeZone;
  const parts = [
    `# ${escapeMarkdown(`Career story of ${history.profile.name ?? history.profile.email}`)}`,
    "The progress you reported, goal by goal, oldest first. Sentences marked like <mark>this</mark> say " +
      "\"we\", \"our\" or \"the team\": rewrite them to say what you did.",
  ];
  for (const story of stories(history)) {
    parts.push(`## ${escapeMarkdown(story.title)}`);
    const told = story.entries.map((entry) => ({ at: entry.at, text: blocksToMarkdown(entry.progress, weSentences) })).filter((entry) => entry.text);
    if (told.length === 0) parts.push("_No progress reported yet._");
    for (const entry of told) parts.push(`### ${escapeMarkdown(formatDate(entry.at, zone))}`, entry.text);
  }
  return parts.join("\n\n") + "\n";
}
