"use client";
import type { Editor } from "@tiptap/core";
import { useMemo } from "react";
import { compareUpdateCopies } from "@/lib/updates/compare-update-copies";
import type { LocalDraft } from "../draft-store";
import { asUpdateDocument } from "./as-update-document";
import { CopyButton } from "./copy-button";

type KeptTextNoticeProps = {
  kept: LocalDraft;
  editor: Editor;
  onUseKept: () => void;
  onDismiss: () => void;
};

const actionClass =
  "rounded-md border border-amber-300 bg-white px-2.5 py-1.5 text-sm font-medium text-amber-950 hover:bg-amber-100 " +
  "dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50 dark:hover:bg-amber-900";

const when = (at: number) => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(at);

/**
 * Text written here that was never saved because the update changed elsewhere. It stays on this
 * device, each differing part readable and copyable, until the author puts it back or dismisses it.
 */
export function KeptTextNotice({ kept, editor, onUseKept, onDismiss }: KeptTextNoticeProps) {
  // Compared with the editor as the notice opens: the parts where the kept words are not in the editor.
  const parts = useMemo(
    () => compareUpdateCopies(asUpdateDocument(kept.content), asUpdateDocument(editor.getJSON())).filter((part) => !part.same && part.mine),
    [kept, editor],
  );
  return (
    <section
      aria-label="Unsaved text kept on this device"
      className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <p className="font-medium">Unsaved text kept on this device</p>
      <p>
        You wrote this here on {when(kept.changedAt)}. It was not saved because the update was changed elsewhere, and it stays on this device until
        you dismiss it.
      </p>
      <ul className="space-y-2">
        {parts.map((part) => (
          <li key={`${part.goalId}:${part.kind}`} className="rounded-md border border-amber-200 bg-white p-2 dark:border-amber-900 dark:bg-zinc-900">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-xs font-medium text-zinc-600 dark:text-zinc-300">{part.name}</p>
              <CopyButton text={part.mine ?? ""} what={part.name} />
            </div>
            <p className="mt-1 break-words whitespace-pre-wrap text-zinc-900 dark:text-zinc-100">{part.mine}</p>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={actionClass} onClick={onUseKept}>
          Use the text from this device
        </button>
        <button type="button" className={actionClass} onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
