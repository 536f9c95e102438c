"use client";
import type { Editor } from "@tiptap/core";
import type { AutosaveController, SaveStatus } from "./autosave-controller";
import { ConflictView } from "./conflict/conflict-view";
import { KeptTextNotice } from "./conflict/kept-text-notice";
import { replaceDocument } from "./draft-restore";
import { clearDraft, type LocalDraft } from "./draft-store";

type EditorNoticesProps = {
  status: SaveStatus;
  staleDraft: LocalDraft | null;
  editor: Editor | null;
  updateId: string;
  onStaleDraftHandled: () => void;
  controller: AutosaveController;
  /** This tab's text, set aside when the author took the copy saved elsewhere. */
  onSetAside: (kept: LocalDraft | null) => void;
};

const actionClass =
  "rounded-md border border-amber-300 bg-white px-2.5 py-1.5 text-sm font-medium text-amber-950 hover:bg-amber-100 " +
  "dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50 dark:hover:bg-amber-900";

const panelClass =
  "space-y-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-50";

/** A refusal with nothing to compare: the update is locked, or the newer copy did not arrive. */
function RefusedPanel({ status }: { status: Extract<SaveStatus, { kind: "conflict" }> }) {
  return (
    <div role="alert" className={panelClass}>
      <p className="font-medium">{status.locked ? "This update can no longer be edited" : "This update was changed somewhere else"}</p>
      <p>
        {status.locked
          ? `${status.reason}. What you typed here was not saved to it, but it is kept on this device.`
          : "It was saved from another tab or device after you opened it, so saving here has stopped rather than overwrite that copy. Everything you typed is kept on this device."}
      </p>
      {status.locked ? null : (
        <p>
          <button type="button" className={actionClass} onClick={() => window.location.reload()}>
            Reload to compare
          </button>
        </p>
      )}
    </div>
  );
}

/** What the author must know before typing on: a save refused, or unsaved text found on this device. */
export function EditorNotices({ status, staleDraft, editor, updateId, onStaleDraftHandled, controller, onSetAside }: EditorNoticesProps) {
  if (status.kind === "conflict") {
    const { saved, mine } = status;
    if (status.locked || !saved || !mine || !editor) return <RefusedPanel status={status} />;
    return (
      <ConflictView
        mine={mine}
        saved={saved}
        onKeepMine={() => void controller.keepMine()}
        onUseSaved={() => onSetAside(controller.useSaved((content) => replaceDocument(editor, content)))}
      />
    );
  }
  if (!staleDraft || !editor) return null;
  return (
    <KeptTextNotice
      kept={staleDraft}
      editor={editor}
      onUseKept={() => {
        replaceDocument(editor, staleDraft.content);
        clearDraft(updateId, "set-aside");
        onStaleDraftHandled();
      }}
      onDismiss={() => {
        clearDraft(updateId, "set-aside");
        onStaleDraftHandled();
      }}
    />
  );
}
