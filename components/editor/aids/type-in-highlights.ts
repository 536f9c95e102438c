// A character typed into a block that shows many "we" highlights, or a long one that shows some, is
// inserted by the editor itself rather than left to the browser: after the browser's own edit the
// editor reads the whole block back from the page, element by element, which with a thousand
// highlights costs about a third of a second per keystroke (a fifth of that this way) and in a
// paragraph of a few thousand words with a few dozen, several milliseconds. The result is the same
// text, through the same input rules, as the editor's own path for a selection it cannot leave to
// the browser. Blocks without highlights keep the browser's native typing: it is quicker there.
import { TextSelection } from "@tiptap/pm/state";
import type { DecorationSet, EditorView } from "@tiptap/pm/view";
import { highlightsBetween } from "./aid-decorations";

const MANY_HIGHLIGHTS = 100;
const LONG_BLOCK = 1_000;

export function typeInHighlightedBlock(view: EditorView, event: KeyboardEvent, decorations: DecorationSet | undefined): boolean {
  const { selection } = view.state;
  if (!decorations || !event.charCode || event.ctrlKey || event.metaKey || view.composing) return false;
  if (!(selection instanceof TextSelection) || !selection.empty || !selection.$from.parent.isTextblock) return false;
  const text = String.fromCharCode(event.charCode);
  if (/[\r\n]/.test(text)) return false;
  const { $from } = selection;
  const highlights = highlightsBetween(decorations, $from.start(), $from.end());
  if (highlights < MANY_HIGHLIGHTS && !(highlights > 0 && $from.parent.content.size >= LONG_BLOCK)) return false;
  const insert = () => view.state.tr.insertText(text).scrollIntoView();
  if (!view.someProp("handleTextInput", (handle) => handle(view, selection.from, selection.to, text, insert))) view.dispatch(insert());
  return true;
}
