import type { UpdateDocument } from "@/lib/content/document";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";

/**
 * A stored update as a document, or null when it no longer passes today's checks. An export must
 * never fail on one old update: the caller keeps the stored JSON as it is instead.
 */
export function readDocument(stored: unknown): UpdateDocument | null {
  try {
    return parseUpdateDocument(stored);
  } catch {
    return null;
  }
}
