import { blocksToText } from "./blocks-to-text";
import {
  anythingElseOf,
  cycleStatus,
  goalSectionsOf,
  type CycleStatus,
  type GoalSectionNode,
  type PartKind,
  type UpdateDocument,
} from "./document";

export type GoalSectionText = {
  goalId: string;
  title: string;
  /** Where the goal sits in the update, from 0. */
  position: number;
  /** How the author said the goal is going; null when they left it unset. */
  status: CycleStatus | null;
  doing: string;
  needHelp: string;
  progress: string;
};

function partText(section: GoalSectionNode, kind: PartKind): string {
  const part = section.content.find((candidate) => candidate.attrs.kind === kind);
  return part ? blocksToText(part.content) : "";
}

/**
 * Each goal's three parts as plain text, for goal timelines, search and the help ledger.
 * An empty part is an empty string. A goal that appears twice counts once, where it first appears.
 */
export function extractGoalSections(doc: UpdateDocument): GoalSectionText[] {
  const seen = new Set<string>();
  const sections: GoalSectionText[] = [];
  for (const section of goalSectionsOf(doc)) {
    const { goalId, title } = section.attrs;
    if (seen.has(goalId)) continue;
    seen.add(goalId);
    sections.push({
      goalId,
      title,
      position: sections.length,
      status: cycleStatus(section.attrs.status),
      doing: partText(section, "doing"),
      needHelp: partText(section, "help"),
      progress: partText(section, "progress"),
    });
  }
  return sections;
}

/** The "Anything else" text, or an empty string when there is none. */
export function extractAnythingElse(doc: UpdateDocument): string {
  const section = anythingElseOf(doc);
  return section ? blocksToText(section.content) : "";
}
