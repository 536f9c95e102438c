// Pure: runs in the editor as well as on the server.
import { PART_KINDS, PART_LABELS, type PartKind, type UpdateDocument } from "@/lib/content/document";
import { extractGoalSections, type GoalSectionText } from "@/lib/content/extract-sections";

/** One part of one goal in two copies of an update; null where that copy has no such goal. */
export type PartComparison = {
  goalId: string;
  goalTitle: string;
  kind: PartKind;
  /** "What I'm doing", "Where I need help" or "Progress". */
  label: string;
  mine: string | null;
  saved: string | null;
  same: boolean;
};

const FIELD: Record<PartKind, "doing" | "needHelp" | "progress"> = { doing: "doing", help: "needHelp", progress: "progress" };

// Trailing spaces and blank lines are invisible to the reader: they do not make two parts differ.
const normalised = (text: string | null) => (text === null ? null : text.replace(/[ \t]+$/gm, "").trim());

/**
 * The author's text in this tab against the copy saved elsewhere, goal by goal and part by part,
 * as plain text. Goals follow the saved copy's order; goals only in this tab's copy come last.
 */
export function compareUpdateCopies(mine: UpdateDocument, saved: UpdateDocument): PartComparison[] {
  const mineSections = new Map(extractGoalSections(mine).map((section) => [section.goalId, section]));
  const savedSections = extractGoalSections(saved);
  const goalIds = [...savedSections.map((section) => section.goalId), ...mineSections.keys()];
  const savedById = new Map(savedSections.map((section) => [section.goalId, section]));
  const comparisons: PartComparison[] = [];
  for (const goalId of new Set(goalIds)) {
    const ours: GoalSectionText | undefined = mineSections.get(goalId);
    const theirs = savedById.get(goalId);
    for (const kind of PART_KINDS) {
      const mineText = ours ? ours[FIELD[kind]] : null;
      const savedText = theirs ? theirs[FIELD[kind]] : null;
      comparisons.push({
        goalId,
        goalTitle: theirs?.title ?? ours?.title ?? "",
        kind,
        label: PART_LABELS[kind],
        mine: mineText,
        saved: savedText,
        same: normalised(mineText) === normalised(savedText),
      });
    }
  }
  return comparisons;
}
