import { formatDateTime, formatPlainDate } from "@/lib/schedule/format";
import { escapeMarkdown } from "./escape-markdown";
import type { ExportedGoal, HistoryExport } from "./history-export-schema";
import { updateToMarkdown } from "./update-to-markdown";

const GOAL_STATUS: Record<ExportedGoal["status"], string> = {
  ON_TRACK: "on track",
  AT_RISK: "at risk",
  OFF_TRACK: "off track",
  DONE: "done",
  DROPPED: "dropped",
};

function goalLine(goal: ExportedGoal, timeZone: string): string {
  const target = goal.targetDate ? `, target ${formatPlainDate(goal.targetDate)}` : "";
  const closed = goal.closedAt ? `, closed ${formatDateTime(new Date(goal.closedAt), timeZone)}: ${goal.closeReason ?? "no reason given"}` : "";
  const description = goal.description ? ` — ${goal.description}` : "";
  return `- **${escapeMarkdown(goal.title)}** (${escapeMarkdown(`${GOAL_STATUS[goal.status]}${target}${closed}`)})${escapeMarkdown(description)}`;
}

/**
 * The whole history as one Markdown file: the goals, then every cycle that left the draft
 * (sent, waiting, refused or skipped), newest first, each from its stored document.
 */
export function historyToMarkdown(history: HistoryExport): string {
  const { profile } = history;
  const zone = profile.timeZone;
  const owner = profile.name ?? profile.email;
  const cycles = history.updates.filter((update) => update.state !== "DRAFT").reverse();
  const parts = [
    `# ${escapeMarkdown(`Biweekly updates of ${owner}`)}`,
    escapeMarkdown(`Exported ${formatDateTime(new Date(history.exportedAt), zone)} (${zone}).`),
    "## Goals",
    history.goals.length > 0 ? history.goals.map((goal) => goalLine(goal, zone)).join("\n") : "No goals.",
    ...cycles.map((update) => updateToMarkdown({ update, timeZone: zone, level: 2 }).trimEnd()),
  ];
  return parts.join("\n\n") + "\n";
}
