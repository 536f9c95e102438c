import type { Editor, JSONContent } from "@tiptap/core";
import { clearDraft, readDraft, sameContent, writeDraft, type LocalDraft } from "./draft-store";
import { REPLACES_DOCUMENT } from "./structure-guard";

/** Puts a whole document in the editor; undo does not step back past it. */
export function replaceDocument(editor: Editor, content: JSONContent): void {
  editor.chain().setMeta("addToHistory", false).setMeta(REPLACES_DOCUMENT, true).setContent(content).run();
}

function fitsEditor(editor: Editor, content: JSONContent): boolean {
  try {
    editor.schema.nodeFromJSON(content).check();
    return true;
  } catch {
    return false;
  }
}

type RestoreOptions = { editor: Editor; updateId: string; serverContent: unknown; serverVersion: number };

function usable(editor: Editor, draft: LocalDraft | null, serverContent: unknown): draft is LocalDraft {
  return draft !== null && !sameContent(draft.content, serverContent) && fitsEditor(editor, draft.content);
}

/**
 * Text kept on this device that the server never got. Written on top of the server's current
 * copy, it is put back at once (and saved). Written on top of an older copy, it is set aside and
 * returned so the author can choose: a copy saved elsewhere is never overwritten silently.
 */
export function restoreDraft({ editor, updateId, serverContent, serverVersion }: RestoreOptions): LocalDraft | null {
  const draft = readDraft(updateId);
  const setAside = readDraft(updateId, "set-aside");
  if (!usable(editor, setAside, serverContent)) clearDraft(updateId, "set-aside");
  if (!usable(editor, draft, serverContent)) {
    clearDraft(updateId);
    return usable(editor, setAside, serverContent) ? setAside : null;
  }
  if (draft.baseVersion === serverVersion) {
    replaceDocument(editor, draft.content);
    return usable(editor, setAside, serverContent) ? setAside : null;
  }
  writeDraft(updateId, draft, "set-aside");
  clearDraft(updateId);
  return draft;
}
