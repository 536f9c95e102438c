import { AppError } from "@/lib/errors/app-error";
import {
  PART_KINDS,
  type AnythingElseNode,
  type GoalPartNode,
  type GoalSectionNode,
  type PartKind,
  type UpdateDocument,
} from "./document";

export type TemplateGoal = { id: string; title: string };

function emptyPart(kind: PartKind): GoalPartNode {
  return { type: "goalPart", attrs: { kind }, content: [{ type: "paragraph" }] };
}

/** An empty section for one goal, as the template lays it out. */
export function goalSection(goal: TemplateGoal): GoalSectionNode {
  const [doing, help, progress] = PART_KINDS.map(emptyPart) as [GoalPartNode, GoalPartNode, GoalPartNode];
  return { type: "goalSection", attrs: { goalId: goal.id, title: goal.title }, content: [doing, help, progress] };
}

export const emptyAnythingElse = (): AnythingElseNode => ({ type: "anythingElse", content: [{ type: "paragraph" }] });

/**
 * A blank update: one section per goal, in the order given, each part an empty paragraph, then
 * an empty "Anything else".
 * The author writes every word; the template only lays out where the words go.
 */
export function buildTemplate(goals: TemplateGoal[]): UpdateDocument {
  if (goals.length === 0) {
    throw new AppError("INVALID_INPUT", "An update needs at least one goal. Add a goal first.");
  }
  return { type: "doc", content: [...goals.map(goalSection), emptyAnythingElse()] };
}

/** An update written before "Anything else" existed gains an empty one; its words are untouched. */
export function withAnythingElse(doc: UpdateDocument): UpdateDocument {
  if (doc.content.some((section) => section.type === "anythingElse")) return doc;
  return { ...doc, content: [...doc.content, emptyAnythingElse()] };
}
