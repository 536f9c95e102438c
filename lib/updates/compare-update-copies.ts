// Pure: runs in the editor as well as on the server.
import { anythingElseOf, ANYTHING_ELSE_LABEL, PART_KINDS, PART_LABELS, type PartKind, type UpdateDocument } from "@/lib/content/document";
import { extractAnythingElse, extractGoalSections, type GoalSectionText } from "@/lib/content/extract-sections";

/** One part of one goal (or "Anything else") in two copies of an update; null where that copy has no such part. */
export type PartComparison = {
  /** Empty for "Anything else". */
  goalId: string;
  goalTitle: string;
  kind: PartKind | "anythingElse";
  /** "What I'm doing", "Where I need help", "Progress" or "Anything else". */
  label: string;
  /** How the author finds it: "Ship billing › Progress", or "Anything else". */
  name: string;
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
        name: `${theirs?.title ?? ours?.title ?? ""} › ${PART_LABELS[kind]}`,
        mine: mineText,
        saved: savedText,
        same: normalised(mineText) === normalised(savedText),
      });
    }
  }
  const anythingElse = comparedAnythingElse(mine, saved);
  return anythingElse ? [...comparisons, anythingElse] : comparisons;
}

function comparedAnythingElse(mine: UpdateDocument, saved: UpdateDocument): PartComparison | null {
  const mineText = anythingElseOf(mine) ? extractAnythingElse(mine) : null;
  const savedText = anythingElseOf(saved) ? extractAnythingElse(saved) : null;
  if (mineText === null && savedText === null) return null;
  const [label, kind] = [ANYTHING_ELSE_LABEL, "anythingElse" as const];
  return { goalId: "", goalTitle: "", kind, label, name: label, mine: mineText, saved: savedText, same: normalised(mineText) === normalised(savedText) };
}
