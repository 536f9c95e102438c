"use client";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { AidSettings } from "./aid-settings";
import { AidsBar, type WritingAidsSummary } from "./aids-bar";
import { writingAidsKey } from "./writing-aids";

type LiveAidsBarProps = { editor: Editor; settings: AidSettings; onChange: (next: AidSettings) => void };

/** The aids bar with the running editor's totals; only this bar re-renders when they change. */
export function LiveAidsBar({ editor, settings, onChange }: LiveAidsBarProps) {
  const summary = useEditorState({
    editor,
    selector: ({ editor: current }): WritingAidsSummary => {
      const state = writingAidsKey.getState(current.state);
      return { totalWords: state?.totalWords ?? 0, weStatements: state?.weStatements ?? 0 };
    },
    equalityFn: (a, b) => a.totalWords === b?.totalWords && a.weStatements === b?.weStatements,
  });
  return <AidsBar settings={settings} summary={summary} onChange={onChange} />;
}
