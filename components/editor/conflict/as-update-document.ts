import type { JSONContent } from "@tiptap/core";
import type { UpdateDocument } from "@/lib/content/document";

/**
 * The editor's JSON read as an update. StructureGuard keeps it in that shape (goal sections of
 * three parts); Tiptap's own type is looser, hence the cast at this seam.
 */
export const asUpdateDocument = (content: JSONContent): UpdateDocument => content as unknown as UpdateDocument;
