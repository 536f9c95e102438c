import { AppError } from "@/lib/errors/app-error";
import { PART_KINDS, type GoalPartNode, type GoalSectionNode, type PartKind, type UpdateDocument } from "./document";

export type TemplateGoal = { id: string; title: string };

function emptyPart(kind: PartKind): GoalPartNode {
  return { type: "goalPart", attrs: { kind }, content: [{ type: "paragraph" }] };
}

function goalSection(goal: TemplateGoal): GoalSectionNode {
  const [doing, help, progress] = PART_KINDS.map(emptyPart) as [GoalPartNode, GoalPartNode, GoalPartNode];
  return { type: "goalSection", attrs: { goalId: goal.id, title: goal.title }, content: [doing, help, progress] };
}

/**
 * A blank update: one section per goal, in the order given, each part an empty paragraph.
 * The author writes every word; the template only lays out where the words go.
 */
export function buildTemplate(goals: TemplateGoal[]): UpdateDocument {
  if (goals.length === 0) {
    throw new AppError("INVALID_INPUT", "An update needs at least one goal. Add a goal first.");
  }
  return { type: "doc", content: goals.map(goalSection) };
}
