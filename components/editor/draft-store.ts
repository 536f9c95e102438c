// Every unsaved change is kept in this browser until the server has it, so closing the tab,
// losing the network or a server error never loses a word.
import type { JSONContent } from "@tiptap/core";
import { sameDocument } from "@/lib/content/same-document";

export type LocalDraft = {
  content: JSONContent;
  /** The server version this text was written on top of. */
  baseVersion: number;
  /** When it was last changed, in milliseconds since the epoch. */
  changedAt: number;
};

/**
 * "current" follows the editor. "set-aside" holds text written on top of an older copy of the
 * update until the author decides about it, so new typing cannot overwrite it.
 */
export type DraftSlot = "current" | "set-aside";

const key = (updateId: string, slot: DraftSlot) =>
  slot === "current" ? `biweekly:update-draft:${updateId}` : `biweekly:update-draft:${updateId}:set-aside`;

export function readDraft(updateId: string, slot: DraftSlot = "current"): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(updateId, slot));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof draft.baseVersion !== "number" || typeof draft.changedAt !== "number" || typeof draft.content !== "object") return null;
    return draft as LocalDraft;
  } catch {
    return null;
  }
}

/** False when the browser refuses (private mode, storage full): the caller says so. */
export function writeDraft(updateId: string, draft: LocalDraft, slot: DraftSlot = "current"): boolean {
  try {
    window.localStorage.setItem(key(updateId, slot), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(updateId: string, slot: DraftSlot = "current"): void {
  try {
    window.localStorage.removeItem(key(updateId, slot));
  } catch {
    // Nothing to keep: the server already has this text.
  }
}

/** Same text and structure, whatever order the database returned the keys in. */
export const sameContent = sameDocument;
