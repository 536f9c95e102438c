"use client";
import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { AidsBar } from "./aids/aids-bar";
import { useWritingAids } from "./aids/use-writing-aids";
import { WritingAids } from "./aids/writing-aids";
import type { UpdateDocument } from "@/lib/content/document";
import type { TemplateGoal } from "@/lib/content/template";
import { updateExtensions } from "@/lib/content/extensions";
import { describeSaveStatus, SaveIndicator } from "./save-status";
import { EditorNotices } from "./editor-notices";
import { EditorToolbar } from "./editor-toolbar";
import { EditorAnythingElse, EditorGoalPart, EditorGoalSection } from "./goal-node-views";
import { NewGoalsNotice } from "./new-goals-notice";
import { openShortcutsHelp } from "./shortcuts-help";
import { LinkForm } from "./link-form";
import { PartDecorations } from "./part-decorations";
import { PasteCleanup } from "./paste-cleanup";
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

const EDITOR_CLASS = [
  "min-h-64 space-y-8 px-4 py-5 text-base leading-relaxed sm:text-[15px] text-zinc-900 outline-none sm:px-6 dark:text-zinc-100",
  "[&_p]:my-1 [&_li>p]:my-0.5 [&_ul]:my-1 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-1 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:my-1 [&_blockquote]:border-l-2 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-3 [&_blockquote]:text-zinc-600",
  "dark:[&_blockquote]:border-zinc-600 dark:[&_blockquote]:text-zinc-300",
  "[&_a]:text-indigo-600 [&_a]:underline dark:[&_a]:text-indigo-400",
  "[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-zinc-800",
  "[&_pre]:my-1 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-zinc-100 [&_pre]:p-3 [&_pre]:text-sm dark:[&_pre]:bg-zinc-800",
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_p.is-empty]:before:pointer-events-none [&_p.is-empty]:before:float-left [&_p.is-empty]:before:h-0",
  "[&_p.is-empty]:before:text-zinc-400 [&_p.is-empty]:before:content-[attr(data-prompt)] dark:[&_p.is-empty]:before:text-zinc-500",
].join(" ");

// The server-rendered draft, laid out like the editor's goal sections and parts.
const PLACEHOLDER_CLASS = [
  "[&_section]:space-y-3 [&_section+section]:border-t [&_section+section]:border-zinc-200 [&_section+section]:pt-6 dark:[&_section+section]:border-zinc-800",
  "[&_h2]:text-base [&_h2]:font-semibold [&_h2+div]:space-y-4",
  "[&_h3]:mb-1 [&_h3]:text-xs [&_h3]:font-medium [&_h3]:uppercase [&_h3]:tracking-wide [&_h3]:text-zinc-500 dark:[&_h3]:text-zinc-400",
  "[&_h3+div]:min-h-10 [&_h3+div]:border [&_h3+div]:border-transparent [&_h3+div]:px-3 [&_h3+div]:py-2",
].join(" ");

// Stable across renders: useEditor re-applies changed options to the live editor, and doing so
// mid-click would put the caret back where it was.
const EDITOR_PROPS = {
  attributes: { "aria-label": "Update text", role: "textbox", "aria-multiline": "true", class: EDITOR_CLASS },
};

/** The author's draft: three parts per goal, saved as they type, kept on the device until saved. */
export function UpdateEditor(props: UpdateEditorProps) {
  const { updateId, initialContent, initialVersion, initialHtml, previewHref, onApprovalWithdrawn, previousSections, activeGoals } = props;
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
    immediatelyRender: false,
    editorProps: EDITOR_PROPS,
    onCreate: ({ editor: created }) => {
      setStaleDraft(restoreDraft({ editor: created, updateId, serverContent: initialContent, serverVersion: initialVersion }));
    },
    onUpdate: ({ editor: changed }) => changes.note(() => changed.getJSON()),
  });

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
    <div className="space-y-4">
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
      <div
        onKeyDown={onShortcut}
        className="rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-t-xl border-b border-zinc-200 bg-white/95 px-2 py-1.5 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95">
          {editor ? <EditorToolbar editor={editor} linkOpen={linkOpen} onLink={() => setLinkOpen((open) => !open)} shortcutsId={shortcutsId} /> : <div className="h-9" />}
          <div className="px-2">
            <SaveIndicator status={status} />
          </div>
        </div>
        {editor ? <AidsBar settings={aids.settings} summary={aids.summary} onChange={aids.change} /> : null}
        {editor && linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
        {!editor && initialHtml ? (
          // Sanitised on the server with the email's own rules: only the author's words and the template's labels.
          <div className={`${EDITOR_CLASS} ${PLACEHOLDER_CLASS}`} dangerouslySetInnerHTML={{ __html: initialHtml }} />
        ) : null}
        <EditorContent editor={editor} className={editor || initialHtml ? "" : "min-h-64"} />
      </div>
      <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-end">
        {leaveError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {leaveError}
          </p>
        ) : null}
        <Button onClick={previewAndSend} disabled={leaving} aria-busy={leaving}>
          Preview and send
        </Button>
      </div>
    </div>
  );
}
