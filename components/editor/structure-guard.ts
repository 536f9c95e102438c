// Keeps the update's shape intact while the author types: one section per goal, three parts each,
// and "Anything else" after them.
// Select-all, a paste of copied sections or a stray delete can never remove or add a goal.
import { Extension, type Editor } from "@tiptap/core";
import { Fragment, Slice, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { isAllowedLinkUrl } from "@/lib/content/link-url";

/** Set on a transaction that replaces the whole document on purpose (restoring a saved copy). */
export const REPLACES_DOCUMENT = "biweeklyReplacesDocument";
/** Set on a transaction that adds a goal's empty section at the author's request. */
export const ADDS_GOAL_SECTION = "biweeklyAddsGoalSection";

const WRAPPERS = new Set(["goalSection", "goalPart", "anythingElse"]);
/** Where the author writes: a goal's three parts and "Anything else". */
const WRITABLE = new Set(["goalPart", "anythingElse"]);

function skeleton(doc: ProseMirrorNode): string {
  const goals: string[] = [];
  doc.forEach((section) => {
    if (section.type.name === "anythingElse") {
      goals.push("anything-else");
      return;
    }
    const parts: string[] = [];
    section.forEach((part) => parts.push(String(part.attrs.kind)));
    goals.push(`${String(section.attrs.goalId)}:${parts.join(",")}`);
  });
  return goals.join("|");
}

/** Pasted goal sections and parts give up their content only; pasted links must be web or mail links. */
function cleanPasted(fragment: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    if (WRAPPERS.has(node.type.name)) {
      cleanPasted(node.content).forEach((child) => nodes.push(child));
    } else if (node.isText) {
      nodes.push(node.mark(node.marks.filter((mark) => mark.type.name !== "link" || isAllowedLinkUrl(mark.attrs.href))));
    } else {
      nodes.push(node.copy(cleanPasted(node.content)));
    }
  });
  return Fragment.from(nodes);
}

function hasWrapper(fragment: Fragment): boolean {
  let found = false;
  fragment.descendants((node) => {
    found ||= WRAPPERS.has(node.type.name);
    return !found;
  });
  return found;
}

/**
 * Mod-a grows the selection step by step: the part being written in, then its goal, then the
 * whole update (for copying). Deleting a selected part empties it and leaves its label.
 */
function selectCurrentPart(editor: Editor): boolean {
  const { selection, doc } = editor.state;
  const { $from } = selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if (!WRAPPERS.has($from.node(depth).type.name)) continue;
    const range = TextSelection.between(doc.resolve($from.start(depth)), doc.resolve($from.end(depth)));
    // In an empty part there is nothing to select, and typing over the whole goal would wipe it.
    if (range.empty) return true;
    if (selection.from <= range.from && selection.to >= range.to) continue;
    editor.view.dispatch(editor.state.tr.setSelection(range));
    return true;
  }
  return false;
}

/**
 * Deleting or typing over a selection that spans several parts empties each part's share and
 * keeps every label; typed text lands where the selection started.
 */
function clearAcrossParts(state: EditorState, from: number, to: number): Transaction | null {
  const ranges: Array<[number, number]> = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (!WRITABLE.has(node.type.name)) return true;
    ranges.push([Math.max(from, pos + 1), Math.min(to, pos + node.nodeSize - 1)]);
    return false;
  });
  if (ranges.length < 2) return null;
  const tr = state.tr;
  // From the last part to the first, so earlier positions stay valid.
  for (const [start, end] of ranges.reverse()) tr.delete(start, end);
  return tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map(from)))).scrollIntoView();
}

function deleteAcrossParts(editor: Editor): boolean {
  const { from, to, empty } = editor.state.selection;
  const tr = empty ? null : clearAcrossParts(editor.state, from, to);
  if (tr) editor.view.dispatch(tr);
  return tr !== null;
}

function typeAcrossParts(view: EditorView, from: number, to: number, text: string): boolean {
  const tr = from === to ? null : clearAcrossParts(view.state, from, to);
  if (!tr) return false;
  view.dispatch(tr.insertText(text, tr.selection.from));
  return true;
}

export const StructureGuard = Extension.create({
  name: "goalStructureGuard",
  // Ahead of the default keys, which would try to delete across the parts and be refused.
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      "Mod-a": () => selectCurrentPart(this.editor),
      Backspace: () => deleteAcrossParts(this.editor),
      Delete: () => deleteAcrossParts(this.editor),
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("goalStructureGuard"),
        filterTransaction: (tr) =>
          !tr.docChanged ||
          tr.getMeta(REPLACES_DOCUMENT) === true ||
          tr.getMeta(ADDS_GOAL_SECTION) === true ||
          skeleton(tr.before) === skeleton(tr.doc),
        props: {
          handleTextInput: typeAcrossParts,
          transformPasted: (slice) => {
            const content = cleanPasted(slice.content);
            return hasWrapper(slice.content) ? new Slice(content, 0, 0) : new Slice(content, slice.openStart, slice.openEnd);
          },
        },
      }),
    ];
  },
});
