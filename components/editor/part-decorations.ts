// Marks the part being written in (for its focus border) and shows a short prompt in a part that
// is still empty. Prompts are decorations: they are never part of the author's text.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { partKind, type PartKind } from "@/lib/content/document";

const PROMPTS: Record<PartKind, string> = {
  doing: "What are you working on for this goal?",
  help: "Where are you stuck, or what do you need from your boss?",
  progress: "What moved forward since your last update?",
};

function isEmptyPart(part: ProseMirrorNode): boolean {
  const only = part.childCount === 1 ? part.firstChild : null;
  return only !== null && only.type.name === "paragraph" && only.content.size === 0;
}

const ANYTHING_ELSE_PROMPT = "Anything your boss should know that belongs to no goal: time off, a thank-you, news.";

/** The focus border on the part being written in, and the prompt in an empty one. */
function decorateWritable(found: Decoration[], part: ProseMirrorNode, start: number, from: number, prompt: string): void {
  const end = start + part.nodeSize;
  if (from > start && from < end) found.push(Decoration.node(start, end, { class: "is-current" }));
  if (isEmptyPart(part)) {
    const paragraph = start + 1;
    found.push(Decoration.node(paragraph, paragraph + 2, { class: "is-empty", "data-prompt": prompt }));
  }
}

function decorations(state: EditorState): DecorationSet {
  const found: Decoration[] = [];
  const { from } = state.selection;
  state.doc.forEach((section, sectionOffset) => {
    if (section.type.name === "anythingElse") {
      decorateWritable(found, section, sectionOffset, from, ANYTHING_ELSE_PROMPT);
      return;
    }
    section.forEach((part, partOffset) => {
      decorateWritable(found, part, sectionOffset + 1 + partOffset, from, PROMPTS[partKind(part.attrs.kind)]);
    });
  });
  return DecorationSet.create(state.doc, found);
}

export const PartDecorations = Extension.create({
  name: "goalPartDecorations",

  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey("goalPartDecorations"), props: { decorations } })];
  },
});
