// Adds the empty section of a goal created after the draft was started: structure only, the
// author still writes every word of it.
import type { Editor } from "@tiptap/core";
import type { EditorState } from "@tiptap/pm/state";
import { goalSection, type TemplateGoal } from "@/lib/content/template";
import { ADDS_GOAL_SECTION } from "./structure-guard";

/** The goal ids in the document, in order. */
export function goalIdsIn(state: EditorState): string[] {
  const ids: string[] = [];
  state.doc.forEach((section) => {
    if (section.type.name === "goalSection") ids.push(String(section.attrs.goalId));
  });
  return ids;
}

/** Puts the goal's empty section after the last goal, before "Anything else", and moves the caret into it. */
export function insertGoalSection(editor: Editor, goal: TemplateGoal): void {
  const { state } = editor;
  if (goalIdsIn(state).includes(goal.id)) return;
  let at = 0;
  state.doc.forEach((section, offset) => {
    if (section.type.name === "goalSection") at = offset + section.nodeSize;
  });
  const node = state.schema.nodeFromJSON(goalSection(goal));
  // Out of the undo history: undoing it would remove a goal, which the structure never allows.
  const tr = state.tr.insert(at, node).setMeta(ADDS_GOAL_SECTION, true).setMeta("addToHistory", false);
  editor.view.dispatch(tr);
  // Inside the section: past its start and into the first part's first paragraph.
  editor.chain().focus().setTextSelection(at + 3).scrollIntoView().run();
}
