// Keeps the update's shape intact while the author types: one section per goal, three parts each.
// Select-all, a paste of copied sections or a stray delete can never remove or add a goal.
import { Extension, type Editor } from "@tiptap/core";
import { Fragment, Slice, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { isAllowedLinkUrl } from "@/lib/content/link-url";

/** Set on a transaction that replaces the whole document on purpose (restoring a saved copy). */
export const REPLACES_DOCUMENT = "biweeklyReplacesDocument";

const WRAPPERS = new Set(["goalSection", "goalPart"]);

function skeleton(doc: ProseMirrorNode): string {
  const goals: string[] = [];
  doc.forEach((section) => {
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
    if (selection.from <= range.from && selection.to >= range.to) continue;
    editor.view.dispatch(editor.state.tr.setSelection(range));
    return true;
  }
  return false;
}

export const StructureGuard = Extension.create({
  name: "goalStructureGuard",

  addKeyboardShortcuts() {
    return { "Mod-a": () => selectCurrentPart(this.editor) };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("goalStructureGuard"),
        filterTransaction: (tr) =>
          !tr.docChanged || tr.getMeta(REPLACES_DOCUMENT) === true || skeleton(tr.before) === skeleton(tr.doc),
        props: {
          transformPasted: (slice) => {
            const content = cleanPasted(slice.content);
            return hasWrapper(slice.content) ? new Slice(content, 0, 0) : new Slice(content, slice.openStart, slice.openEnd);
          },
        },
      }),
    ];
  },
});
