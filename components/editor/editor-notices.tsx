"use client";
import type { Editor } from "@tiptap/core";
import type { ReactNode } from "react";
import type { SaveStatus } from "./autosave-controller";
import { replaceDocument } from "./draft-restore";
import { clearDraft, type LocalDraft } from "./draft-store";

type EditorNoticesProps = {
  status: SaveStatus;
  staleDraft: LocalDraft | null;
  editor: Editor | null;
  updateId: string;
  onStaleDraftHandled: () => void;
};

const actionClass =
  "rounded-md border border-amber-300 bg-white px-2.5 py-1.5 text-sm font-medium text-amber-950 hover:bg-amber-100 " +
  "dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50 dark:hover:bg-amber-900";

function Panel({ role, title, children }: { role?: "alert"; title: string; children: ReactNode }) {
  return (
    <div
      role={role}
      className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <p className="font-medium">{title}</p>
      {children}
    </div>
  );
}

const clock = (at: number) => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(at);

/** What the author must know before typing on: a save refused, or unsaved text found on this device. */
export function EditorNotices({ status, staleDraft, editor, updateId, onStaleDraftHandled }: EditorNoticesProps) {
  if (status.kind === "conflict") {
    return (
      <Panel role="alert" title={status.locked ? "This update can no longer be edited" : "This update was changed somewhere else"}>
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
      </Panel>
    );
  }
  if (!staleDraft || !editor) return null;
  return (
    <Panel title="Unsaved text from this device">
      <p>
        You wrote text here on {clock(staleDraft.changedAt)} that was never saved, and this update has been changed elsewhere since.
        Which version do you want to keep?
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={actionClass}
          onClick={() => {
            replaceDocument(editor, staleDraft.content);
            clearDraft(updateId, "set-aside");
            onStaleDraftHandled();
          }}
        >
          Use the text from this device
        </button>
        <button
          type="button"
          className={actionClass}
          onClick={() => {
            clearDraft(updateId, "set-aside");
            onStaleDraftHandled();
          }}
        >
          Keep the saved version
        </button>
      </div>
    </Panel>
  );
}
