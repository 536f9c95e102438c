"use client";
import type { Editor } from "@tiptap/core";
import { redoDepth, undoDepth } from "@tiptap/pm/history";
import { useEditorState } from "@tiptap/react";
import { ToolbarButtons, type ToolbarCommand, type ToolbarState } from "./toolbar-buttons";

type ToolbarProps = { editor: Editor; linkOpen: boolean; onLink: () => void; shortcutsId: string };

type Chain = ReturnType<Editor["chain"]>;

const COMMANDS: Record<ToolbarCommand, (chain: Chain) => Chain> = {
  bold: (c) => c.toggleBold(),
  italic: (c) => c.toggleItalic(),
  code: (c) => c.toggleCode(),
  bulletList: (c) => c.toggleBulletList(),
  orderedList: (c) => c.toggleOrderedList(),
  quote: (c) => c.toggleBlockquote(),
  codeBlock: (c) => c.toggleCodeBlock(),
  undo: (c) => c.undo(),
  redo: (c) => c.redo(),
};

const sameState = (a: ToolbarState | null, b: ToolbarState | null) =>
  a !== null && b !== null && (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);

export function EditorToolbar({ editor, linkOpen, onLink, shortcutsId }: ToolbarProps) {
  // Re-rendered only when a button's look changes, not on every keystroke.
  const state = useEditorState({
    editor,
    selector: ({ editor: current }): ToolbarState => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      link: current.isActive("link"),
      code: current.isActive("code"),
      quote: current.isActive("blockquote"),
      codeBlock: current.isActive("codeBlock"),
      // The history's own depth: asking `can()` builds every command on every keystroke.
      canUndo: undoDepth(current.state) > 0,
      canRedo: redoDepth(current.state) > 0,
    }),
    equalityFn: sameState,
  });
  const onCommand = (command: ToolbarCommand) => COMMANDS[command](editor.chain().focus()).run();
  return <ToolbarButtons state={state} linkOpen={linkOpen} onLink={onLink} onCommand={onCommand} shortcutsId={shortcutsId} />;
}
