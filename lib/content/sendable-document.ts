import type { UpdateDocument } from "./document";
import { extractAnythingElse } from "./extract-sections";

/** The document as the boss reads it: an "Anything else" left blank is left out, not shown empty. */
export function sendableDocument(doc: UpdateDocument): UpdateDocument {
  if (extractAnythingElse(doc).trim() !== "") return doc;
  return { ...doc, content: doc.content.filter((section) => section.type !== "anythingElse") };
}
