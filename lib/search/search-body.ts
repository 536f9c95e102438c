import type { UpdateDocument } from "@/lib/content/document";
import { extractAnythingElse, extractGoalSections } from "@/lib/content/extract-sections";

/**
 * Every word of an update as one plain text, the way search reads it: each goal's title and its
 * three parts, then "Anything else". Paragraphs stay on lines of their own, so a snippet never
 * runs one part into the next.
 */
export function searchBody(doc: UpdateDocument): string {
  const parts = extractGoalSections(doc).flatMap((section) => [section.title, section.doing, section.needHelp, section.progress]);
  parts.push(extractAnythingElse(doc));
  return parts.filter((part) => part.trim() !== "").join("\n");
}
