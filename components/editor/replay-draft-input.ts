// The editor does what the author did in the draft while it was loading, in the same order:
// text goes through the same input rules as typing, keys through the same keymaps, pastes through
// the same clean-up. Where the browser itself would have answered a key (a character deleted, the
// caret moved), the editor does the equivalent.
import type { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Selection, TextSelection, type Transaction } from "@tiptap/pm/state";
import { Mapping } from "@tiptap/pm/transform";
import type { EditorView } from "@tiptap/pm/view";
import type { DraftCaret } from "./draft-caret";
import type { QueuedInput, QueuedKey } from "./draft-input-queue";
import { insertGoalSection } from "./insert-goal-section";

const isPart = (node: ProseMirrorNode) => node.type.name === "goalPart" || node.type.name === "anythingElse";

/** The document position the draft's caret stands for; clamped to the document as it is now. */
export function positionOfCaret(doc: ProseMirrorNode, caret: DraftCaret): number {
  const parts: { node: ProseMirrorNode; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (!isPart(node)) return true;
    parts.push({ node, pos });
    return false;
  });
  const part = parts[Math.min(caret.part, parts.length - 1)];
  if (!part) return Selection.atStart(doc).from;
  const blocks: { node: ProseMirrorNode; pos: number }[] = [];
  part.node.descendants((node, offset) => {
    if (!node.isTextblock) return true;
    blocks.push({ node, pos: part.pos + 1 + offset });
    return false;
  });
  const block = blocks[Math.min(caret.block, blocks.length - 1)];
  if (!block) return Selection.near(doc.resolve(part.pos + 1)).from;
  return block.pos + 1 + Math.min(caret.offset, block.node.content.size);
}

function typeText(view: EditorView, text: string): void {
  for (const character of text) {
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(character, from, to).scrollIntoView();
    if (!view.someProp("handleTextInput", (handle) => handle(view, from, to, character, insert))) view.dispatch(insert());
  }
}

/** Where the caret goes for a key that only moves it; null for any other key. */
function movedSelection(state: EditorView["state"], key: string): Selection | null {
  const { selection, doc } = state;
  const { $from, $to, empty } = selection;
  const near = (pos: number, bias: -1 | 1) => Selection.near(doc.resolve(Math.max(0, Math.min(doc.content.size, pos))), bias);
  switch (key) {
    case "ArrowLeft":
      return empty ? near($from.pos - 1, -1) : near($from.pos, -1);
    case "ArrowRight":
      return empty ? near($to.pos + 1, 1) : near($to.pos, 1);
    case "ArrowUp":
      return near($from.before() - 1, -1);
    case "ArrowDown":
      return near($to.after() + 1, 1);
    case "Home":
      return TextSelection.create(doc, $from.start());
    case "End":
      return TextSelection.create(doc, $to.end());
    default:
      return null;
  }
}

/** The browser's own answer to Backspace or Delete inside a paragraph. */
function deleteCharacter(view: EditorView, key: string): void {
  const { selection, tr } = view.state;
  if (!selection.empty) {
    view.dispatch(tr.deleteSelection().scrollIntoView());
    return;
  }
  const { $from } = selection;
  const text = $from.parent.textBetween(0, $from.parent.content.size, undefined, "\ufffc");
  const at = $from.parentOffset;
  if (key === "Backspace" && at > 0) {
    const size = at >= 2 && /[\udc00-\udfff]/.test(text[at - 1] ?? "") ? 2 : 1;
    view.dispatch(tr.delete($from.pos - size, $from.pos).scrollIntoView());
  } else if (key === "Delete" && at < $from.parent.content.size) {
    const size = /[\ud800-\udbff]/.test(text[at] ?? "") ? 2 : 1;
    view.dispatch(tr.delete($from.pos, $from.pos + size).scrollIntoView());
  }
}

function pressKey(view: EditorView, key: QueuedKey): void {
  const event = new KeyboardEvent("keydown", { ...key, bubbles: true, cancelable: true });
  if (view.someProp("handleKeyDown", (handle) => handle(view, event))) return;
  if (key.ctrlKey || key.metaKey) return;
  if (key.key === "Backspace" || key.key === "Delete") {
    deleteCharacter(view, key.key);
    return;
  }
  const moved = movedSelection(view.state, key.key);
  if (moved) view.dispatch(view.state.tr.setSelection(moved).scrollIntoView());
}

/**
 * Does, in order, everything the author did in the draft before the editor had started. A place
 * in the draft is a place in the document as it was then: it is carried through every change made
 * here since, so a click after some typing lands on the words clicked.
 */
export function replayDraftInput(editor: Editor, inputs: QueuedInput[]): void {
  const { view } = editor;
  const original = view.state.doc;
  const since = new Mapping();
  const follow = ({ transaction, appendedTransactions }: { transaction: Transaction; appendedTransactions: Transaction[] }) => {
    for (const step of [transaction, ...appendedTransactions]) since.appendMapping(step.mapping);
  };
  editor.on("transaction", follow);
  try {
    for (const input of inputs) {
      if (editor.isDestroyed) return;
      if (input.kind === "select") {
        const { doc } = view.state;
        const place = (caret: DraftCaret) => doc.resolve(since.map(positionOfCaret(original, caret)));
        const selection = TextSelection.between(place(input.anchor), place(input.head));
        view.dispatch(view.state.tr.setSelection(selection));
      } else if (input.kind === "text") typeText(view, input.text);
      else if (input.kind === "key") pressKey(view, input.key);
      else if (input.kind === "paste") {
        if (input.html) view.pasteHTML(input.html);
        else view.pasteText(input.text);
      } else insertGoalSection(editor, input.goal);
    }
  } finally {
    editor.off("transaction", follow);
  }
}
