"use client";
import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { AidsBar } from "./aids/aids-bar";
import { LiveAidsBar } from "./aids/live-aids-bar";
import { useWritingAids } from "./aids/use-writing-aids";
import { WritingAids } from "./aids/writing-aids";
import type { UpdateDocument } from "@/lib/content/document";
import type { TemplateGoal } from "@/lib/content/template";
import { updateExtensions } from "@/lib/content/extensions";
import { describeSaveStatus, SaveIndicator } from "./save-status";
import type { DraftInputQueue } from "./draft-input-queue";
import { EDITOR_CLASS, EditorFrame } from "./editor-frame";
import { EditorNotices } from "./editor-notices";
import { EditorToolbar } from "./editor-toolbar";
import { EditorAnythingElse, EditorGoalPart, EditorGoalSection } from "./goal-node-views";
import { NewGoalsNotice } from "./new-goals-notice";
import { openShortcutsHelp } from "./shortcuts-help";
import { LinkForm } from "./link-form";
import { PartDecorations } from "./part-decorations";
import { PasteCleanup } from "./paste-cleanup";
import { replayDraftInput } from "./replay-draft-input";
import { scrollSelectionOnNextFrame } from "./scroll-on-next-frame";
import { restoreDraft } from "./draft-restore";
import type { LocalDraft } from "./draft-store";
import { StructureGuard } from "./structure-guard";
import { useAutosave } from "./use-autosave";

export type UpdateEditorProps = {
  updateId: string;
  initialContent: UpdateDocument;
  initialVersion: number;
  previewHref: string;
  /** Called when a save withdrew the update's approval (it was approved and not yet sent); taken once, when the editor opens. */
  onApprovalWithdrawn?: () => void;
  /** The author's text for each goal in their previous sent update, plain text as stored. */
  previousSections?: { goalId: string; doing: string; needHelp: string; progress: string; dueAt: string }[];
  /** The draft as sanitised HTML, shown until the editor has started so the words appear at once. */
  initialHtml?: string;
  /** The author's active goals: any not in the update yet can be added with one action. */
  activeGoals?: TemplateGoal[];
};

const extensions = [
  ...updateExtensions({ goalSection: EditorGoalSection, goalPart: EditorGoalPart, anythingElse: EditorAnythingElse }),
  StructureGuard,
  PasteCleanup,
  PartDecorations,
  WritingAids,
];

// Stable across renders: useEditor re-applies changed options to the live editor, and doing so
// mid-click would put the caret back where it was.
const EDITOR_PROPS = {
  attributes: { "aria-label": "Update text", role: "textbox", "aria-multiline": "true", class: EDITOR_CLASS },
  handleScrollToSelection: scrollSelectionOnNextFrame,
};

// Nothing here listens for Tiptap's "delete" events, and working them out replays every
// keystroke's change over the whole update once more.
const CORE_EXTENSIONS = { delete: false } as const;

type StartedEditorProps = UpdateEditorProps & {
  /** What the author did in the draft while this editor was loading. */
  queue?: DraftInputQueue;
};

/**
 * The author's draft: three parts per goal, saved as they type, kept on the device until saved.
 * Loaded on the author's first reach for the draft (see LazyUpdateEditor), so it renders on the
 * device only and starts at once.
 */
export function UpdateEditor(props: StartedEditorProps) {
  const { updateId, initialContent, initialVersion, previewHref, onApprovalWithdrawn, previousSections, activeGoals, queue } = props;
  const router = useRouter();
  const { status, controller, changes } = useAutosave(updateId, initialVersion, onApprovalWithdrawn);
  const [staleDraft, setStaleDraft] = useState<LocalDraft | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const shortcutsId = useId();

  const editor = useEditor({
    extensions,
    content: initialContent as JSONContent,
    immediatelyRender: true,
    enableCoreExtensions: CORE_EXTENSIONS,
    editorProps: EDITOR_PROPS,
    onUpdate: ({ editor: changed }) => changes.note(() => changed.getJSON()),
  });

  // In the same task as the swap, before any key can reach the page: the copy kept on this device
  // first, then what the author did in the draft while this editor loaded, then the focus.
  const started = useRef<typeof editor>(null);
  useLayoutEffect(() => {
    if (!editor || started.current === editor) return;
    started.current = editor;
    setStaleDraft(restoreDraft({ editor, updateId, serverContent: initialContent, serverVersion: initialVersion }));
    const { inputs, focus } = queue?.drain() ?? { inputs: [], focus: false };
    replayDraftInput(editor, inputs);
    if (focus) editor.view.focus();
  }, [editor, queue, updateId, initialContent, initialVersion]);

  const aids = useWritingAids(editor, previousSections);

  async function previewAndSend() {
    setLeaving(true);
    setLeaveError(null);
    changes.takeNow();
    if (await controller.flush()) {
      router.push(previewHref);
      return;
    }
    setLeaving(false);
    setLeaveError(
      `Your latest changes are not saved yet (${describeSaveStatus(controller.status).replace(/^Not saved: /, "")}), ` +
        "so the preview would be out of date. Your text is kept on this device; try again in a moment.",
    );
  }

  function onShortcut(event: KeyboardEvent<HTMLDivElement>) {
    if (!(event.metaKey || event.ctrlKey)) return;
    if (event.key.toLowerCase() === "k" && editor?.isFocused) {
      event.preventDefault();
      setLinkOpen(true);
    } else if (event.key === "/") {
      event.preventDefault();
      openShortcutsHelp(shortcutsId, () => editor?.commands.focus());
    }
  }

  return (
    <EditorFrame
      notices={
        <>
          <EditorNotices
            status={status}
            staleDraft={staleDraft}
            editor={editor}
            updateId={updateId}
            onStaleDraftHandled={() => setStaleDraft(null)}
            controller={controller}
            onSetAside={setStaleDraft}
          />
          {editor && activeGoals ? <NewGoalsNotice editor={editor} goals={activeGoals} /> : null}
        </>
      }
      onShortcut={onShortcut}
      toolbar={
        editor ? (
          <EditorToolbar editor={editor} linkOpen={linkOpen} onLink={() => setLinkOpen((open) => !open)} shortcutsId={shortcutsId} />
        ) : (
          <div className="h-9" />
        )
      }
      status={<SaveIndicator status={status} />}
      aidsBar={
        editor ? (
          <LiveAidsBar editor={editor} settings={aids.settings} onChange={aids.change} />
        ) : (
          <AidsBar settings={aids.settings} summary={{ totalWords: 0, weStatements: 0 }} onChange={aids.change} />
        )
      }
      linkForm={editor && linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
      text={<EditorContent editor={editor} />}
      onPreview={previewAndSend}
      previewBusy={leaving}
      previewError={leaveError}
    />
  );
}
