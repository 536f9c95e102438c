"use client";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { TemplateGoal } from "@/lib/content/template";
import { goalIdsIn, insertGoalSection } from "./insert-goal-section";
import { MissingGoalsNotice } from "./missing-goals-notice";

type NewGoalsNoticeProps = {
  editor: Editor;
  /** The author's active goals, in their order. */
  goals: TemplateGoal[];
};

/** The goals missing from the update as the editor has it now. */
export function NewGoalsNotice({ editor, goals }: NewGoalsNoticeProps) {
  const inDocument = useEditorState({
    editor,
    selector: ({ editor: current }) => goalIdsIn(current.state).join("\n"),
  });
  const present = new Set(inDocument.split("\n"));
  return <MissingGoalsNotice missing={goals.filter((goal) => !present.has(goal.id))} onAdd={(goal) => insertGoalSection(editor, goal)} />;
}
