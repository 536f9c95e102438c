import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import type { UpdateDocument } from "@/lib/content/document";
import { AppError } from "@/lib/errors/app-error";

/** The copy the server holds when a save from an older copy is refused. */
export type SavedCopy = { content: unknown; version: number; savedAt: Date };

/** What the author's other tab needs to compare with the refused text: JSON, never HTML. */
export type SavedCopyBody = { content: UpdateDocument; version: number; savedAt: string };

/**
 * A save refused because another tab or device saved a newer copy first. It carries that copy,
 * so the author can compare both and choose; nothing is overwritten without that choice.
 */
export class NewerCopySaved extends AppError {
  constructor(
    readonly saved: SavedCopy,
    state: string,
  ) {
    super("CONFLICT", "This update was saved from another tab or device after you opened it, so this copy was not saved", {
      version: String(saved.version),
      state,
    });
    this.name = "NewerCopySaved";
  }
}

/** The saved copy as the editor receives it; null when the stored text no longer reads as an update. */
export function savedCopyBody(saved: SavedCopy): SavedCopyBody | null {
  try {
    return { content: parseUpdateDocument(saved.content), version: saved.version, savedAt: saved.savedAt.toISOString() };
  } catch {
    return null;
  }
}
